"""The frontend wheel's dependency pins, derived from the stack lock.

The base install is what a host needs to load and run compiled programs: the IREE runtime,
torch and the frontend's own dependencies. The ``compiler`` extra adds the IREE compiler (about
300 MB), needed to export and compile: ``pip install "torch-iree[compiler]"``. A base without
it plus an extra that adds it is the PyPA way to offer a smaller install (extras can only add),
the same split as ``jax`` / ``jax[cpu]`` and IREE's own ``iree-base-runtime`` /
``iree-base-compiler``.

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
COMPILER_EXTRA = "compiler"


def expected_dependencies(lock: StackLock) -> list[str]:
    """The base install: the exact IREE runtime pin, the supported torch range and the
    frontend's own dependencies, in a stable order."""
    own = lock.frontend.dependencies  # the lock's [frontend] table, which says why each bound
    return [f"iree-base-runtime=={lock.iree.version}", f"torch{lock.torch.supported}", *own]


def expected_extras(lock: StackLock) -> dict[str, list[str]]:
    """The compiler extra: exactly the compiler that matches the runtime."""
    return {COMPILER_EXTRA: [f"iree-base-compiler=={lock.iree.version}"]}


def all_requirements(lock: StackLock) -> list[str]:
    """Every requirement as the wheel's metadata writes it (extras with their marker)."""
    extras = [f'{req}; extra == "{name}"' for name, reqs in expected_extras(lock).items() for req in reqs]
    return [*expected_dependencies(lock), *extras]


def current_dependencies(pyproject: Path = FRONTEND_PYPROJECT) -> list[str]:
    doc = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    return [str(dep) for dep in doc["project"]["dependencies"]]


def current_extras(pyproject: Path = FRONTEND_PYPROJECT) -> dict[str, list[str]]:
    doc = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    extras = doc["project"].get("optional-dependencies", {})
    return {str(name): [str(dep) for dep in deps] for name, deps in extras.items()}


def matches_lock(lock: StackLock, pyproject: Path = FRONTEND_PYPROJECT) -> bool:
    return current_dependencies(pyproject) == expected_dependencies(lock) and current_extras(
        pyproject
    ) == expected_extras(lock)


def write_dependencies(lock: StackLock, pyproject: Path = FRONTEND_PYPROJECT) -> bool:
    """Rewrite the dependencies and extras from the lock; return whether the file changed."""
    if matches_lock(lock, pyproject):
        return False
    doc = tomlkit.parse(pyproject.read_text(encoding="utf-8"))
    doc["project"]["dependencies"] = _array(expected_dependencies(lock))
    if "optional-dependencies" not in doc["project"]:
        doc["project"]["optional-dependencies"] = tomlkit.table()
    extras = doc["project"]["optional-dependencies"]  # updated in place: its comments stay
    wanted = expected_extras(lock)
    for name in [n for n in extras if n not in wanted]:
        del extras[name]
    for name, reqs in wanted.items():
        extras[name] = _array(reqs)
    atomic_write_text(pyproject, tomlkit.dumps(doc))
    return True


def _array(items: list[str]) -> tomlkit.items.Array:
    array = tomlkit.array()
    array.extend(items)
    array.multiline(True)
    return array


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.metadata", description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="fail instead of rewriting")
    parser.add_argument("--lock", type=Path, default=LOCK_PATH)
    parser.add_argument("--pyproject", type=Path, default=FRONTEND_PYPROJECT)
    args = parser.parse_args(argv)
    lock = read_lock(args.lock)
    if args.check:
        if not matches_lock(lock, args.pyproject):
            have = [*current_dependencies(args.pyproject), current_extras(args.pyproject)]
            want = [*expected_dependencies(lock), expected_extras(lock)]
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
