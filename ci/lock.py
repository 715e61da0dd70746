"""The stack lock (third_party/stack.lock): read it into typed values, change it atomically.

The file is TOML with comments written for people, so writes go through ``tomlkit``, which
keeps comments and layout intact on a read-modify-write (``tomllib`` cannot write, and
``tomli-w`` would drop every comment).

Command line::

    python -m ci.lock show               # the lock as the library reads it
    python -m ci.lock get iree.commit    # one field
    python -m ci.lock set iree.llvm_commit=<sha> torch_mlir.commit=<sha>
"""

from __future__ import annotations

import argparse
import os
import re
import sys
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import tomlkit
from packaging.requirements import InvalidRequirement, Requirement
from packaging.specifiers import InvalidSpecifier, SpecifierSet
from packaging.version import InvalidVersion, Version

from ci.atomic import atomic_write_text
from ci.paths import LOCK_PATH

UNRESOLVED = "unresolved"
SCHEMA = 1
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")
STACK_PACKAGES = {"torch", "iree-base-compiler", "iree-base-runtime", "torch-iree"}


class LockError(ValueError):
    """The lock file is missing, malformed, or a requested change would make it inconsistent."""


@dataclass(frozen=True)
class IreePin:
    version: str
    build_version: str
    commit: str
    llvm_commit: str | None
    torch_mlir_commit: str | None


@dataclass(frozen=True)
class TorchMlirPin:
    commit: str | None
    patches: tuple[str, ...]


@dataclass(frozen=True)
class TorchPin:
    supported: SpecifierSet
    tested: tuple[str, ...]


@dataclass(frozen=True)
class FrontendPin:
    dependencies: tuple[str, ...]  # the frontend's own direct dependencies, with their bounds


@dataclass(frozen=True)
class WheelhouseSpec:
    python: tuple[str, ...]
    platforms: tuple[str, ...]


@dataclass(frozen=True)
class StackLock:
    iree: IreePin
    torch_mlir: TorchMlirPin
    torch: TorchPin
    frontend: FrontendPin
    wheelhouse: WheelhouseSpec
    path: Path


def read_lock(path: Path = LOCK_PATH) -> StackLock:
    """Parse and validate the lock; raise LockError naming the field that is wrong."""
    return _to_stack_lock(_load_document(path), Path(path))


def update_lock(changes: Mapping[str, Any], path: Path = LOCK_PATH) -> StackLock:
    """Apply ``{"table.key": value}`` changes, validate the result, then replace the file.

    ``None`` is written as "unresolved". Nothing is written unless the whole new lock
    validates, so a bad change leaves the file exactly as it was.
    """
    path = Path(path)
    doc = _load_document(path)
    if not os.access(path, os.W_OK):
        raise LockError(
            f"{path} is not writable by you (mode {path.stat().st_mode & 0o777:o}); the lock is "
            "replaced only by someone who could edit it in place: fix its permissions first"
        )
    for dotted, value in changes.items():
        table_name, _, key = dotted.partition(".")
        table = doc.get(table_name)
        if not key or table is None or key not in table:
            raise LockError(f"{path}: no field {dotted!r} in the stack lock")
        if isinstance(table[key], list) and isinstance(value, str):
            value = _parse_list(path, dotted, value)
        table[key] = UNRESOLVED if value is None else value
    new_lock = _to_stack_lock(doc, path)
    atomic_write_text(path, tomlkit.dumps(doc))
    return new_lock


def _parse_list(path: Path, dotted: str, text: str) -> list[str]:
    """A list field's new value: a TOML array (``["2.13.0", "2.14.1"]``) or comma-separated
    items (``2.13.0,2.14.1``; empty for an empty list)."""
    if text.strip().startswith("["):
        try:
            value = tomlkit.parse(f"value = {text}")["value"].unwrap()
        except tomlkit.exceptions.ParseError as exc:
            raise LockError(f"{path}: {dotted} = {text!r} is not a TOML array: {exc}") from None
    else:
        value = [item.strip() for item in text.split(",") if item.strip()]
    if not all(isinstance(item, str) for item in value):
        raise LockError(f"{path}: {dotted} must be a list of strings, got {value!r}")
    return value


def get_field(lock_path: Path, dotted: str) -> Any:
    doc = _load_document(lock_path)
    table_name, _, key = dotted.partition(".")
    try:
        value = doc[table_name][key] if key else doc[table_name]
    except KeyError:
        raise LockError(f"{lock_path}: no field {dotted!r} in the stack lock") from None
    return value.unwrap() if hasattr(value, "unwrap") else value


def _load_document(path: Path) -> tomlkit.TOMLDocument:
    try:
        text = Path(path).read_text(encoding="utf-8")
    except FileNotFoundError:
        raise LockError(f"stack lock not found at {path}; run from a checkout of torch-iree") from None
    try:
        return tomlkit.parse(text)
    except tomlkit.exceptions.ParseError as exc:
        raise LockError(f"{path}: not valid TOML: {exc}") from None


def _to_stack_lock(doc: Mapping[str, Any], path: Path) -> StackLock:
    fields = _FieldReader(doc, path)
    if fields.get("schema", int, top_level=True) != SCHEMA:
        raise LockError(f"{path}: schema must be {SCHEMA}; this checkout cannot read another")
    lock = StackLock(
        iree=IreePin(
            version=fields.version("iree.version"),
            build_version=fields.version("iree.build_version"),
            commit=fields.sha("iree.commit", required=True) or "",
            llvm_commit=fields.sha("iree.llvm_commit"),
            torch_mlir_commit=fields.sha("iree.torch_mlir_commit"),
        ),
        torch_mlir=TorchMlirPin(
            commit=fields.sha("torch_mlir.commit"),
            patches=tuple(fields.get("torch_mlir.patches", list)),
        ),
        torch=TorchPin(
            supported=fields.specifier("torch.supported"),
            tested=tuple(fields.get("torch.tested", list)),
        ),
        frontend=FrontendPin(dependencies=fields.requirements("frontend.dependencies")),
        wheelhouse=WheelhouseSpec(
            python=tuple(fields.get("wheelhouse.python", list)),
            platforms=tuple(fields.get("wheelhouse.platforms", list)),
        ),
        path=path,
    )
    for version in lock.torch.tested:
        if version not in lock.torch.supported:
            raise LockError(
                f"{path}: torch.tested has {version}, outside torch.supported "
                f"{lock.torch.supported}; widen the range or drop the version"
            )
    if not Version(lock.iree.build_version).base_version == lock.iree.version:
        raise LockError(
            f"{path}: iree.build_version {lock.iree.build_version} is not a build of "
            f"iree.version {lock.iree.version}"
        )
    return lock


class _FieldReader:
    """Reads dotted fields with type checks, so every error names the field and the file."""

    def __init__(self, doc: Mapping[str, Any], path: Path) -> None:
        self._doc = doc
        self._path = path

    def get(self, dotted: str, kind: type, top_level: bool = False) -> Any:
        try:
            if top_level:
                value = self._doc[dotted]
            else:
                table, key = dotted.split(".", 1)
                value = self._doc[table][key]
        except KeyError:
            raise LockError(f"{self._path}: missing field {dotted!r}") from None
        value = value.unwrap() if hasattr(value, "unwrap") else value
        if not isinstance(value, kind):
            raise LockError(f"{self._path}: {dotted} must be a {kind.__name__}, got {value!r}")
        return value

    def version(self, dotted: str) -> str:
        value = self.get(dotted, str)
        try:
            Version(value)
        except InvalidVersion:
            raise LockError(f"{self._path}: {dotted} = {value!r} is not a version") from None
        return value

    def sha(self, dotted: str, required: bool = False) -> str | None:
        value = self.get(dotted, str)
        if value == UNRESOLVED and not required:
            return None
        if not _SHA_RE.match(value):
            allowed = "a 40-hex-digit commit" + ("" if required else f' or "{UNRESOLVED}"')
            raise LockError(f"{self._path}: {dotted} = {value!r} must be {allowed}")
        return value

    def requirements(self, dotted: str) -> tuple[str, ...]:
        """Plain requirements (name and version bounds; no markers, URLs or stack packages)."""
        values = self.get(dotted, list)
        found = []
        for value in values:
            try:
                requirement = Requirement(value) if isinstance(value, str) else None
            except InvalidRequirement:
                requirement = None
            if requirement is None or requirement.marker or requirement.url or requirement.extras:
                raise LockError(
                    f"{self._path}: {dotted} has {value!r}, not a requirement such as 'numpy>=1.26'"
                )
            if requirement.name.lower() in STACK_PACKAGES:
                raise LockError(
                    f"{self._path}: {dotted} names {requirement.name}, which the lock pins elsewhere"
                )
            found.append(str(value))
        return tuple(found)

    def specifier(self, dotted: str) -> SpecifierSet:
        value = self.get(dotted, str)
        try:
            return SpecifierSet(value)
        except InvalidSpecifier:
            raise LockError(f"{self._path}: {dotted} = {value!r} is not a version range") from None


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.lock", description=__doc__.splitlines()[0])
    parser.add_argument("--lock", type=Path, default=LOCK_PATH)
    sub = parser.add_subparsers(dest="command", required=True)
    sub.add_parser("show", help="print the lock as read and validated")
    get = sub.add_parser("get", help="print one field, e.g. iree.commit")
    get.add_argument("field")
    set_ = sub.add_parser("set", help="change fields atomically: table.key=value ...")
    set_.add_argument("assignments", nargs="+", metavar="table.key=value")
    args = parser.parse_args(argv)
    try:
        if args.command == "show":
            print(tomlkit.dumps(_load_document(args.lock)) if read_lock(args.lock) else "")
        elif args.command == "get":
            print(get_field(args.lock, args.field))
        else:
            changes = {}
            for assignment in args.assignments:
                key, sep, value = assignment.partition("=")
                if not sep:
                    raise LockError(f"expected table.key=value, got {assignment!r}")
                changes[key] = value
            update_lock(changes, args.lock)
    except LockError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
