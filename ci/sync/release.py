"""An IREE release's identity, read from its ``iree-base-compiler`` wheel.

The compiler wheel carries ``iree/compiler/version.py``, written by IREE's release build::

    VERSION = "3.13.0rc20261016"
    REVISIONS = {"IREE": "89ece87b89852100c0a4ac3d515e14842d090967"}

That is the same source the stack lock's ``iree.build_version`` and ``iree.commit`` come from.
The file is parsed with ``ast`` (literals only), never imported or executed.
"""

from __future__ import annotations

import ast
import re
import subprocess
import sys
import tempfile
import zipfile
from dataclasses import dataclass
from pathlib import Path

from packaging.version import InvalidVersion, Version

from ci.errors import BadInput

COMPILER_DIST = "iree-base-compiler"
VERSION_MODULE = "iree/compiler/version.py"
_SHA_RE = re.compile(r"^[0-9a-f]{40}$")


@dataclass(frozen=True)
class IreeRelease:
    version: str  # the release, X.Y.Z (the lock's iree.version)
    build_version: str  # what the wheel reports, e.g. 3.13.0rc20261016 (iree.build_version)
    commit: str  # REVISIONS["IREE"] (iree.commit)


def read_wheel_release(wheel: Path) -> IreeRelease:
    """Read VERSION and REVISIONS["IREE"] from a compiler wheel (a zip file)."""
    try:
        with zipfile.ZipFile(wheel) as archive:
            source = archive.read(VERSION_MODULE).decode("utf-8")
    except (OSError, zipfile.BadZipFile) as exc:
        raise BadInput(f"cannot read {wheel} as a wheel: {exc}") from None
    except KeyError:
        raise BadInput(f"{wheel} has no {VERSION_MODULE}; is it an {COMPILER_DIST} wheel?") from None
    values = _literal_assignments(source, wheel)
    build_version, revisions = values.get("VERSION"), values.get("REVISIONS")
    if not isinstance(build_version, str):
        raise BadInput(f"{wheel}: {VERSION_MODULE} has no VERSION string")
    commit = revisions.get("IREE") if isinstance(revisions, dict) else None
    if not isinstance(commit, str) or not _SHA_RE.match(commit):
        raise BadInput(f"{wheel}: {VERSION_MODULE} has no 40-hex-digit REVISIONS['IREE']")
    try:
        base = Version(build_version).base_version
    except InvalidVersion:
        raise BadInput(f"{wheel}: VERSION {build_version!r} is not a version") from None
    return IreeRelease(version=base, build_version=build_version, commit=commit)


def _literal_assignments(source: str, wheel: Path) -> dict[str, object]:
    try:
        tree = ast.parse(source)
    except SyntaxError as exc:
        raise BadInput(f"{wheel}: {VERSION_MODULE} is not Python: {exc}") from None
    values: dict[str, object] = {}
    for node in tree.body:
        if isinstance(node, ast.Assign) and len(node.targets) == 1 and isinstance(node.targets[0], ast.Name):
            try:
                values[node.targets[0].id] = ast.literal_eval(node.value)
            except ValueError:
                continue  # not a literal; not one of the values we read
    return values


def download_compiler_wheel(version: str, dest: Path, find_links: Path | None = None) -> Path:
    """``pip download`` the compiler wheel for this platform; with ``find_links``, offline."""
    cmd = [sys.executable, "-m", "pip", "download", "--no-deps", "--only-binary=:all:"]
    cmd += ["--disable-pip-version-check", "--quiet", "--dest", str(dest)]
    if find_links is not None:
        cmd += ["--no-index", "--find-links", str(find_links)]
    cmd.append(f"{COMPILER_DIST}=={version}")
    proc = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        said = [line for line in proc.stderr.splitlines() if line.strip()]
        raise BadInput(
            f"pip download {COMPILER_DIST}=={version} failed: {said[-1] if said else proc.returncode}"
        )
    wheels = sorted(dest.glob("*.whl"))
    if len(wheels) != 1:
        raise BadInput(
            f"pip download {COMPILER_DIST}=={version} left {len(wheels)} wheels in {dest}, expected one"
        )
    return wheels[0]


def fetch_release(version: str, find_links: Path | None = None) -> IreeRelease:
    """The release ``version`` (e.g. 3.14.0) as its compiler wheel describes it."""
    try:
        wanted = Version(version)
    except InvalidVersion:
        raise BadInput(f"--iree-version {version!r} is not a version like 3.14.0") from None
    with tempfile.TemporaryDirectory(prefix="torch-iree-wheel-") as tmp:
        release = read_wheel_release(download_compiler_wheel(version, Path(tmp), find_links))
    if wanted not in (Version(release.version), Version(release.build_version)):
        raise BadInput(
            f"{COMPILER_DIST}=={version} reports VERSION {release.build_version}; expected {version}"
        )
    return release
