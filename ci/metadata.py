"""The frontend wheel's dependency pins, derived from the stack lock.

``python_frontend/pyproject.toml`` is checked in with its ``dependencies`` written by this
module, so a plain ``pip install ./python_frontend`` or ``python -m build`` needs nothing from
outside the package folder. ``python -m ci.metadata`` rewrites them from the lock;
``--check`` exits non-zero when they have drifted (CI and the test suite run it).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import tomlkit

from ci.atomic import atomic_write_text
from ci.lock import StackLock, read_lock
from ci.paths import FRONTEND_PYPROJECT, LOCK_PATH

IREE_PACKAGES = ("iree-base-compiler", "iree-base-runtime")
# The frontend's own direct dependencies, not versions the lock decides: filelock guards the
# compile cache across processes, platformdirs names its folder, packaging compares versions;
# numpy and ml_dtypes carry tensors to and from the runtime, sympy checks symbolic sizes.
# ml_dtypes stays below 0.7: its 0.7.0 extension takes ~0.6 s to import (0.6.0: 5 ms, measured
# with python -X importtime), and iree.runtime imports it in every process that runs a program.
OWN_DEPENDENCIES = (
    "filelock>=3.12",
    "packaging>=23",
    "platformdirs>=3",
    "numpy>=1.26",
    "ml_dtypes>=0.4,<0.7",
    "sympy>=1.13",
)


def expected_dependencies(lock: StackLock) -> list[str]:
    """Exact IREE pins (compiler and runtime must match the version the lock names) and the
    supported torch range, in a stable order."""
    pins = [f"{name}=={lock.iree.version}" for name in IREE_PACKAGES]
    return [*pins, f"torch{lock.torch.supported}", *OWN_DEPENDENCIES]


def current_dependencies(pyproject: Path = FRONTEND_PYPROJECT) -> list[str]:
    doc = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    return [str(dep) for dep in doc["project"]["dependencies"]]


def write_dependencies(lock: StackLock, pyproject: Path = FRONTEND_PYPROJECT) -> bool:
    """Rewrite the dependencies from the lock; return whether the file changed."""
    doc = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    wanted = expected_dependencies(lock)
    if [str(dep) for dep in doc["project"]["dependencies"]] == wanted:
        return False
    array = tomlkit.array()
    array.extend(wanted)
    array.multiline(True)
    doc["project"]["dependencies"] = array
    atomic_write_text(pyproject, tomlkit.dumps(doc))
    return True


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.metadata", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail instead of rewriting")
    parser.add_argument("--lock", type=Path, default=LOCK_PATH)
    parser.add_argument("--pyproject", type=Path, default=FRONTEND_PYPROJECT)
    args = parser.parse_args(argv)
    lock = read_lock(args.lock)
    if args.check:
        have, want = current_dependencies(args.pyproject), expected_dependencies(lock)
        if have != want:
            print(
                f"{args.pyproject}: dependencies {have} disagree with the stack lock {want}; "
                "run `python -m ci.metadata` to regenerate them",
                file=sys.stderr,
            )
            return 1
        return 0
    changed = write_dependencies(lock, args.pyproject)
    print(f"{args.pyproject}: {'updated' if changed else 'already matches the lock'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
