"""``torch-iree doctor``: installed versions against torch-iree's pins, the compiler's torch
plugin, and the runtime's drivers and devices. Exit status 1 when something needs fixing."""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
from importlib import metadata
from pathlib import Path
from typing import Any

from torch_iree._versions import STACK, installed_version, satisfies
from torch_iree.cli.common import PROG, table

_REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9_.\-]+)\s*(?P<spec>[^;]*)")


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("doctor", help="check versions, the compiler plugin and runtime devices")
    parser.set_defaults(func=run)


COMPILER = "iree-base-compiler"
RUNTIME_ONLY = "runtime-only install: loads and runs compiled programs"
ADD_COMPILER = "pip install 'torch-iree[compiler]' to export and compile"


def run(args: argparse.Namespace) -> int:
    rows, fixes = check_versions()
    print(table(("package", "installed", "expected", "status"), rows))
    if not pinned_requirements():
        print("note: torch-iree's installed metadata pins nothing; versions were not compared")
    print()
    compiler_installed = installed_version(COMPILER) is not None
    if compiler_installed:
        present, detail = input_torch_present()
        print(f"input_torch plugin: {'yes' if present else 'NO'} ({detail})")
    else:
        present = True  # nothing to check: a runtime-only install has no compiler by design
        print(f"compiler: absent ({RUNTIME_ONLY}; {ADD_COMPILER})")
    print()
    print(table(("driver", "devices"), runtime_devices()))
    problems = 0
    if fixes:
        problems += 1
        print(
            f"\n{PROG}: error: installed versions disagree with torch-iree's pins; fix with:", file=sys.stderr
        )
        for fix in fixes:
            print(f"  {fix}", file=sys.stderr)
    if not present:
        problems += 1
        print(
            f"{PROG}: error: iree-compile lacks the input_torch plugin; install the pinned "
            "iree-base-compiler wheel (see above)",
            file=sys.stderr,
        )
    if not problems:
        print("\nall good")
    return 1 if problems else 0


def pinned_requirements() -> dict[str, str]:
    """torch-iree's own pins from its installed metadata: {"iree-base-runtime": "==3.13.0", ...}."""
    pins = {}
    try:
        requirements = metadata.requires("torch-iree") or []
    except metadata.PackageNotFoundError:
        return {}
    for requirement in requirements:
        if "extra ==" in requirement and 'extra == "compiler"' not in requirement:
            continue  # the compiler extra's pin is compared when the compiler is installed
        match = _REQUIREMENT.match(requirement)
        if match is None:
            continue
        name = match.group("name").lower().replace("_", "-")
        if name in STACK:
            pins[name] = match.group("spec").strip().strip("()")
    return pins


def check_versions() -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """Rows (package, installed, expected, status) and the pip commands that fix any skew."""
    pins = pinned_requirements()
    rows, fixes = [], []
    for dist in STACK:
        have = installed_version(dist)
        want = pins.get(dist, "")
        if have is None and dist == COMPILER:
            status = "absent (runtime-only)"
            rows.append((dist, "-", want or "-", status))
            continue
        if have is None:
            status = "MISSING"
        elif want and not satisfies(have, want):
            status = "SKEW"
        else:
            status = "ok"
        if status != "ok" and want:
            fixes.append(f'pip install "{dist}{want}"')
        rows.append((dist, have or "-", want or "-", status))
    return rows, fixes


def input_torch_present() -> tuple[bool, str]:
    """Whether iree-compile's plugin list names input_torch; (present, detail)."""
    try:
        from iree.compiler.tools.binaries import find_tool
    except ImportError:
        return False, "iree-base-compiler is not installed"
    try:
        tool = find_tool("iree-compile")
    except Exception as exc:  # the tool lookup raises its own error type
        return False, f"iree-compile not found: {exc}"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "empty.mlir"
        source.write_text("module {}\n", encoding="utf-8")
        command = [
            tool,
            "--iree-print-plugin-info",
            "--compile-to=input",
            str(source),
            "-o",
            str(Path(tmp) / "out"),
        ]
        try:
            proc = subprocess.run(command, capture_output=True, text=True, timeout=120)
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"could not run {tool}: {exc}"
    return "input_torch" in proc.stdout + proc.stderr, tool


def runtime_devices() -> list[tuple[str, str]]:
    """(driver, devices) for every driver this runtime build has; errors are reported, not raised."""
    import iree.runtime as rt

    rows = []
    for driver in rt.query_available_drivers():
        try:
            devices = rt.get_driver(driver).query_available_devices()
            names = [
                str(d.get("name") or d.get("path") or d) if isinstance(d, dict) else str(d) for d in devices
            ]
            rows.append((driver, "; ".join(names) if names else "(no devices)"))
        except Exception as exc:  # drivers raise when their hardware or library is absent
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            rows.append((driver, f"(unavailable: {message[:100]})"))
    return rows
