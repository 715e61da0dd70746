"""The hardware matrix (ci/matrix.toml) loads, validates, and names targets the compiler knows."""

from __future__ import annotations

from pathlib import Path

import pytest

from ci.gpu_suite import compile_probe
from ci.lock import read_lock
from ci.matrix import MATRIX_PATH, MatrixError, load_matrix

REQUIRED_KINDS = {
    "cpu-x86_64": ("local-task", "llvm-cpu"),
    "cpu-aarch64": ("local-task", "llvm-cpu"),
    "nvidia-sm80": ("cuda", "cuda"),
    "nvidia-sm90": ("cuda", "cuda"),
    "amd-gfx942": ("hip", "rocm"),
    "amd-gfx1100": ("hip", "rocm"),
    "vulkan": ("vulkan", "vulkan-spirv"),
}


def test_the_matrix_has_every_runner_kind() -> None:
    matrix = load_matrix()
    assert {k.name: (k.driver, k.backend) for k in matrix.kinds} == REQUIRED_KINDS
    assert {k.arch for k in matrix.cpu_kinds} == {"x86_64", "aarch64"}
    assert {k.arch for k in matrix.gpu_kinds} == {"sm_80", "sm_90", "gfx942", "gfx1100", "any"}
    for kind in matrix.gpu_kinds:
        assert kind.self_hosted and "gpu" in kind.markers
    assert matrix.python in read_lock().wheelhouse.python


def test_gpu_lookup_by_driver_and_arch() -> None:
    matrix = load_matrix()
    assert matrix.for_gpu("cuda", "sm_90").name == "nvidia-sm90"
    assert matrix.for_gpu("hip", "gfx1100").name == "amd-gfx1100"
    assert matrix.for_gpu("vulkan", None).name == "vulkan"  # architecture-independent kind
    assert matrix.for_gpu("cuda", "sm_75") is None
    with pytest.raises(MatrixError, match="no runner kind 'tpu'"):
        matrix.kind("tpu")


def test_every_target_compiles_with_the_locked_compiler() -> None:
    # Catches an architecture the locked IREE does not know (it knows no sm_90: that kind
    # targets sm_89 PTX, which the driver JIT-compiles on Hopper).
    problems = {}
    for target, flags in sorted({(k.target, k.flags) for k in load_matrix().kinds}):
        result = compile_probe(target, flags)
        if isinstance(result, str):
            problems[target] = result
    assert not problems


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "matrix.toml"
    path.write_text(text)
    return path


GOOD_GPU = """
schema = 1
python = "3.11"
[[kind]]
name = "x"
description = "d"
runs_on = ["self-hosted", "gpu"]
job = "gpu"
arch = "sm_80"
driver = "cuda"
target = "cuda:sm_80"
flags = []
markers = "gpu and cuda"
"""


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("schema = 1", "schema = 2"), "schema must be 1"),
        (('driver = "cuda"', 'driver = "metal"'), "unknown driver 'metal'"),
        (('target = "cuda:sm_80"', 'target = "rocm:gfx942"'), "does not run on driver 'cuda'"),
        (('markers = "gpu and cuda"', 'markers = "gpu"'), "must select 'gpu and cuda'"),
        (('runs_on = ["self-hosted", "gpu"]', 'runs_on = ["ubuntu-24.04"]'), "self-hosted"),
        (('job = "gpu"', 'job = "cpu"'), "does not fit target"),
        (("flags = []\n", ""), "missing flags"),
        (("flags = []\n", 'flags = []\ncolor = "red"\n'), "unknown keys"),
        (('python = "3.11"\n', ""), "python must name"),
        (("[[kind]]", "[[kind]]\n[[kind]]"), "missing"),
    ],
)
def test_validation_errors_name_the_problem(tmp_path: Path, change: tuple[str, str], message: str) -> None:
    load_matrix(_write(tmp_path, GOOD_GPU))  # the base case is valid
    with pytest.raises(MatrixError, match=message):
        load_matrix(_write(tmp_path, GOOD_GPU.replace(*change, 1)))


def test_duplicate_names_and_bad_toml(tmp_path: Path) -> None:
    twice = GOOD_GPU + GOOD_GPU[GOOD_GPU.index("[[kind]]") :]
    with pytest.raises(MatrixError, match="duplicate kind names"):
        load_matrix(_write(tmp_path, twice))
    with pytest.raises(MatrixError, match="not valid TOML"):
        load_matrix(_write(tmp_path, "schema = = 1"))
    with pytest.raises(MatrixError, match="no matrix"):
        load_matrix(tmp_path / "absent.toml")


def test_cli_prints_the_matrix(capsys: pytest.CaptureFixture[str]) -> None:
    from ci.matrix import main

    assert main(["--matrix", str(MATRIX_PATH)]) == 0
    out = capsys.readouterr().out
    assert "nvidia-sm90" in out and "gpu and rocm" in out
