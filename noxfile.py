"""The command surface. Sessions stay thin: the logic lives in ci/ where it is tested.

nox -s build              # frontend wheel + locked IREE wheels → dist/wheelhouse, offline install, smoke
nox -s test               # the CPU test suite (what CI runs); pass pytest args after --
nox -s lint               # ruff check + format check, metadata/lock consistency
"""

from __future__ import annotations

from pathlib import Path

import nox
import tomllib

ROOT = Path(__file__).parent
LOCK = tomllib.loads((ROOT / "third_party" / "stack.lock").read_text())
TORCH_PIN = f"torch=={LOCK['torch']['tested'][0]}"  # never unpinned: that resolves to a CUDA build
IREE_PINS = [f"iree-base-{part}=={LOCK['iree']['version']}" for part in ("compiler", "runtime")]
CI_DEPS = ["tomlkit>=0.12", "packaging>=23", "rich>=13", "filelock>=3.12"]
TEST_DEPS = ["pytest>=8", "pytest-timeout>=2.3"]

nox.options.sessions = ["build"]
nox.options.reuse_venv = "yes"  # a second `nox -s build` must not recreate environments


@nox.session
def build(session: nox.Session) -> None:
    """Build dist/wheelhouse, install it offline into dist/venv and smoke-run a model."""
    session.install(*CI_DEPS, "build>=1.2", "setuptools>=69")
    session.run("python", "-m", "ci.build", *session.posargs)


@nox.session
def test(session: nox.Session) -> None:
    """The CPU suite against the real compiler and runtime (GPU-marked tests skip here)."""
    session.install(TORCH_PIN, *IREE_PINS, *CI_DEPS, *TEST_DEPS, "build>=1.2", "setuptools>=69")
    session.install("--no-deps", "-e", "python_frontend")
    session.run("python", "-m", "pytest", *(session.posargs or ["-q"]))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint + format check) and the lock ↔ metadata check."""
    session.install("ruff>=0.6", *CI_DEPS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("python", "-m", "ci.metadata", "--check")
