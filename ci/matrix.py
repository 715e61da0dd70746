"""The hardware test matrix (``ci/matrix.toml``): load it into dataclasses and validate it.

Every runner kind names its GitHub runner labels, the job it runs (the CPU suite or
``nox -s test-gpu``), the IREE runtime driver, the compile target and flags, and the pytest
marker expression. ``ci.workflows`` writes the GitHub workflows from it and ``ci.test_gpu``
finds the kind that matches a detected GPU.

    python -m ci.matrix            # the matrix as read and validated
"""

from __future__ import annotations

import argparse
import sys
from dataclasses import dataclass
from pathlib import Path

import tomlkit

from ci.paths import REPO_ROOT

MATRIX_PATH = REPO_ROOT / "ci" / "matrix.toml"
SCHEMA = 1
JOBS = ("cpu", "gpu")
# driver → the torch_iree backend whose code it runs (see torch_iree/targets.py)
DRIVER_BACKENDS = {
    "local-task": "llvm-cpu",
    "local-sync": "llvm-cpu",
    "cuda": "cuda",
    "hip": "rocm",
    "vulkan": "vulkan-spirv",
}
# GPU backend → the pytest marker of its tests (markers of the root pyproject.toml)
BACKEND_MARKERS = {"cuda": "cuda", "rocm": "rocm", "vulkan-spirv": "vulkan"}
_REQUIRED = ("name", "description", "runs_on", "job", "arch", "driver", "target", "flags", "markers")


class MatrixError(ValueError):
    """The matrix file is missing, malformed, or inconsistent."""


@dataclass(frozen=True)
class RunnerKind:
    name: str
    description: str
    runs_on: tuple[str, ...]
    job: str  # "cpu" or "gpu"
    arch: str  # CPU architecture, GPU architecture ("sm_80", "gfx942"), or "any"
    driver: str  # iree.runtime HAL driver
    target: str  # torch_iree compile target, e.g. "cuda:sm_80"
    flags: tuple[str, ...]
    markers: str  # pytest -m expression

    @property
    def backend(self) -> str:
        return self.target.partition(":")[0]

    @property
    def is_gpu(self) -> bool:
        return self.job == "gpu"

    @property
    def self_hosted(self) -> bool:
        return "self-hosted" in self.runs_on


@dataclass(frozen=True)
class Matrix:
    kinds: tuple[RunnerKind, ...]
    python: str  # the Python version CI jobs set up
    path: Path

    def kind(self, name: str) -> RunnerKind:
        for kind in self.kinds:
            if kind.name == name:
                return kind
        raise MatrixError(
            f"no runner kind {name!r} in {self.path}; known: {', '.join(k.name for k in self.kinds)}"
        )

    @property
    def cpu_kinds(self) -> tuple[RunnerKind, ...]:
        return tuple(k for k in self.kinds if not k.is_gpu)

    @property
    def gpu_kinds(self) -> tuple[RunnerKind, ...]:
        return tuple(k for k in self.kinds if k.is_gpu)

    def for_gpu(self, driver: str, arch: str | None) -> RunnerKind | None:
        """The GPU kind for a detected ``driver`` and architecture: an exact arch match, else
        the driver's architecture-independent kind (arch "any"), else None."""
        candidates = [k for k in self.gpu_kinds if k.driver == driver]
        exact = [k for k in candidates if arch is not None and k.arch == arch]
        if exact:
            return exact[0]
        generic = [k for k in candidates if k.arch == "any"]
        return generic[0] if generic else None


def load_matrix(path: Path = MATRIX_PATH) -> Matrix:
    """Read and validate; every error names the file and the kind."""
    try:
        data = tomlkit.parse(Path(path).read_text(encoding="utf-8")).unwrap()
    except FileNotFoundError:
        raise MatrixError(f"no matrix at {path}") from None
    except tomlkit.exceptions.ParseError as exc:
        raise MatrixError(f"{path}: not valid TOML: {exc}") from None
    if data.get("schema") != SCHEMA:
        raise MatrixError(f"{path}: schema must be {SCHEMA}")
    raw_kinds = data.get("kind")
    if not isinstance(raw_kinds, list) or not raw_kinds:
        raise MatrixError(f"{path}: no [[kind]] tables")
    kinds = tuple(_kind(raw, i, path) for i, raw in enumerate(raw_kinds))
    names = [k.name for k in kinds]
    duplicates = sorted({n for n in names if names.count(n) > 1})
    if duplicates:
        raise MatrixError(f"{path}: duplicate kind names {duplicates}")
    python = data.get("python")
    if not isinstance(python, str) or not python:
        raise MatrixError(f'{path}: python must name the CI jobs\' Python version, e.g. "3.11"')
    return Matrix(kinds, python, Path(path))


def _kind(raw: dict, index: int, path: Path) -> RunnerKind:
    where = f"{path}: kind {raw.get('name', f'#{index + 1}')!r}"
    missing = [key for key in _REQUIRED if key not in raw]
    if missing:
        raise MatrixError(f"{where}: missing {', '.join(missing)}")
    unknown = sorted(set(raw) - set(_REQUIRED))
    if unknown:
        raise MatrixError(f"{where}: unknown keys {unknown}")
    for key in ("runs_on", "flags"):
        if not isinstance(raw[key], list) or not all(isinstance(v, str) for v in raw[key]):
            raise MatrixError(f"{where}: {key} must be a list of strings")
    for key in ("name", "description", "job", "arch", "driver", "target", "markers"):
        if not isinstance(raw[key], str) or not raw[key]:
            raise MatrixError(f"{where}: {key} must be a non-empty string")
    kind = RunnerKind(
        name=raw["name"],
        description=raw["description"],
        runs_on=tuple(raw["runs_on"]),
        job=raw["job"],
        arch=raw["arch"],
        driver=raw["driver"],
        target=raw["target"],
        flags=tuple(raw["flags"]),
        markers=raw["markers"],
    )
    if not kind.runs_on:
        raise MatrixError(f"{where}: runs_on needs at least one runner label")
    if kind.job not in JOBS:
        raise MatrixError(f"{where}: job must be one of {JOBS}, got {kind.job!r}")
    backend = DRIVER_BACKENDS.get(kind.driver)
    if backend is None:
        raise MatrixError(f"{where}: unknown driver {kind.driver!r}; use one of {sorted(DRIVER_BACKENDS)}")
    if backend != kind.backend:
        raise MatrixError(
            f"{where}: target {kind.target!r} does not run on driver {kind.driver!r} (wants {backend})"
        )
    if kind.is_gpu != (backend != "llvm-cpu"):
        raise MatrixError(f"{where}: job {kind.job!r} does not fit target {kind.target!r}")
    if kind.is_gpu:
        marker = BACKEND_MARKERS[backend]
        if "gpu" not in kind.markers.split() or marker not in kind.markers.split():
            raise MatrixError(f"{where}: markers of a {backend} kind must select 'gpu and {marker}'")
        if not kind.self_hosted:
            raise MatrixError(f"{where}: GPU kinds run on self-hosted runners (add the 'self-hosted' label)")
    return kind


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.matrix", description=__doc__.splitlines()[0])
    parser.add_argument("--matrix", type=Path, default=MATRIX_PATH)
    args = parser.parse_args(argv)
    try:
        matrix = load_matrix(args.matrix)
    except MatrixError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    for kind in matrix.kinds:
        flags = " ".join(kind.flags) or "-"
        print(
            f"{kind.name:12} {kind.job:4} {kind.driver:10} {kind.target:14} {flags:10} -m '{kind.markers}'  [{', '.join(kind.runs_on)}]"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
