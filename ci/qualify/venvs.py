"""An isolated venv per side: its IREE and torch, the frontend's other dependencies, and the
frontend and ``ci`` from a snapshot of this checkout (by a ``.pth`` file, so nothing is built or
written in the work tree). The snapshot is copied once at the start of a qualification: both
sides and every suite run the same code, even if the checkout is edited while they run.

Venvs are reused across runs: a venv is keyed by everything installed into it and marked ready
only once complete, so an interrupted build is thrown away and redone, never half used.
"""

from __future__ import annotations

import hashlib
import json
import os
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

import tomlkit
from filelock import FileLock
from packaging.requirements import Requirement

from ci.errors import BadInput
from ci.paths import REPO_ROOT
from ci.qualify.versions import Side

WHEELHOUSE = REPO_ROOT / "dist" / "wheelhouse"
FRONTEND = REPO_ROOT / "python_frontend"
READY = ".qualify-ready"
# What the suites run and read, copied into the snapshot (everything else stays behind).
SNAPSHOT_PATHS = (
    "ci",
    "python_frontend/src",
    "torch_iree_models",
    "tests/corpus",
    "docs/opinfo.json",
    "docs/iree-issues",
    "examples",  # the shield's zero-state probe runs examples/gpt_decoder.py
    "third_party/stack.lock",
)
# What the suites need besides the frontend's own dependencies: ci's (tomlkit, rich, ...),
# expecttest for torch's OpInfo database, psutil for the benchmark harness.
SUITE_DEPENDENCIES = ("tomlkit>=0.12", "rich>=13", "expecttest>=0.2", "psutil>=5.9")
PINNED_ELSEWHERE = {"torch", "iree-base-compiler", "iree-base-runtime"}


@dataclass(frozen=True)
class Venv:
    path: Path
    python: Path


def frontend_dependencies() -> list[str]:
    """The frontend's declared dependencies, less those each side pins itself."""
    project = tomlkit.parse((FRONTEND / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    return [str(d) for d in project["dependencies"] if Requirement(d).name.lower() not in PINNED_ELSEWHERE]


def requirements(side: Side) -> list[str]:
    return side.requirements() + frontend_dependencies() + list(SUITE_DEPENDENCIES)


def venv_key(reqs: Sequence[str], find_links: Sequence[Path]) -> str:
    identity = {
        "python": sys.version,
        "executable": sys.executable,
        "requirements": sorted(reqs),
        "find_links": [str(p) for p in find_links],
    }
    return hashlib.sha256(json.dumps(identity, sort_keys=True).encode()).hexdigest()[:16]


def python_in(path: Path) -> Path:
    return path / ("Scripts/python.exe" if os.name == "nt" else "bin/python")


def find_links(extra: Sequence[Path] = ()) -> list[Path]:
    """Wheel folders given, then those built here (``nox -s build``): pip takes them with the index."""
    return [*extra, *([WHEELHOUSE] if WHEELHOUSE.is_dir() else [])]


def ensure(side: Side, root: Path, links: Sequence[Path], log: Callable[[str], None]) -> Venv:
    """The side's venv under ``root``, built unless a complete one with the same key exists."""
    reqs = requirements(side)
    path = root / f"venv-{venv_key(reqs, links)}"
    root.mkdir(parents=True, exist_ok=True)
    with FileLock(str(path) + ".lock"):
        if (path / READY).is_file():
            log(f"{side.name}: reusing {path}")
            _link_checkout(python_in(path), root / "checkout")  # (older venvs linked the tree itself)
            return Venv(path, python_in(path))
        shutil.rmtree(path, ignore_errors=True)  # an earlier build that did not finish
        log(f"{side.name}: building a venv with {side.label()} (first time: a few minutes)")
        subprocess.run([sys.executable, "-m", "venv", str(path)], check=True, capture_output=True)
        python = python_in(path)
        argv = [str(python), "-m", "pip", "install", "--quiet", "--prefer-binary"]
        for folder in links:
            argv += ["--find-links", str(folder)]
        proc = subprocess.run(argv + reqs, capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            shutil.rmtree(path, ignore_errors=True)
            errors = [line for line in proc.stderr.splitlines() if line.startswith("ERROR:")]
            detail = errors[0] if errors else proc.stderr.strip()[-300:]
            raise BadInput(f"the {side.name}'s wheels ({side.label()}) do not install here: {detail}")
        _link_checkout(python, root / "checkout")
        (path / READY).write_text(json.dumps(reqs) + "\n", encoding="utf-8")
    return Venv(path, python)


def snapshot(root: Path) -> Path:
    """A fresh copy of what the suites need from this checkout, under ``root/checkout``."""
    target = root / "checkout"
    shutil.rmtree(target, ignore_errors=True)
    for relative in SNAPSHOT_PATHS:
        source, copy = REPO_ROOT / relative, target / relative
        copy.parent.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, copy, ignore=shutil.ignore_patterns("__pycache__", "*.pyc"))
        elif source.is_file():
            shutil.copy2(source, copy)
    return target


def _link_checkout(python: Path, checkout: Path) -> None:
    """Put the snapshot's frontend sources and its root on the venv's path."""
    purelib = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    lines = [str(checkout / "python_frontend" / "src"), str(checkout)]
    (Path(purelib) / "torch_iree_checkout.pth").write_text("\n".join(lines) + "\n", encoding="utf-8")


def installed_versions(venv: Venv) -> dict[str, str]:
    """What the venv really has (the compiler's own build version, torch's with its local label)."""
    code = (
        "import json, importlib.metadata as m, torch, iree.compiler.version as v;"
        "print(json.dumps({'iree-base-compiler': m.version('iree-base-compiler'),"
        "'iree-base-runtime': m.version('iree-base-runtime'), 'iree_build': v.VERSION,"
        "'torch': torch.__version__}))"
    )
    proc = subprocess.run([str(venv.python), "-c", code], capture_output=True, text=True, check=False)
    if proc.returncode != 0:
        tail = (proc.stderr.strip().splitlines() or ["no output"])[-1]
        raise BadInput(f"the venv at {venv.path} installed but does not import torch and IREE: {tail}")
    return json.loads(proc.stdout.strip().splitlines()[-1])
