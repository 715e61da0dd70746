"""User errors on the command line: exit 2 and one ``torch-iree: error:`` line, no traceback,
nothing half written."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import numpy as np
import pytest

from torch_iree import cli

MLP = ["export", "cli_models:make_mlp", "--args", "f32[2,8]"]
pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def program(mlp_program: Path) -> Path:
    return mlp_program


def _user_error(argv: list[str], capsys: pytest.CaptureFixture[str], expected: str) -> None:
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    last = err.strip().splitlines()[-1]
    assert last.startswith("torch-iree: error:") and expected in last, err
    errors = [line for line in err.splitlines() if "error" in line.lower()]
    assert "Traceback" not in err and len(errors) == 1, err


def test_output_that_is_a_folder(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    folder = tmp_path / "out.vmfb"
    folder.mkdir()
    _user_error([*MLP, "-o", str(folder)], capsys, "is a folder")


def test_output_under_a_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    _user_error([*MLP, "-o", str(blocker / "sub" / "model.vmfb")], capsys, f"{blocker} is a file")
    assert blocker.read_text() == "x"


def test_mlir_that_is_not_text(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mlir = tmp_path / "bad.mlir"
    mlir.write_bytes(b"\xff\xfe\x00binary")
    _user_error(["compile", str(mlir), "-o", str(tmp_path / "bad.vmfb")], capsys, "not UTF-8")
    assert not (tmp_path / "bad.vmfb").exists()


@pytest.mark.parametrize(
    ("device", "expected"), [("tpu", "unknown device"), ("cuda", "compiled for the local-task")]
)
def test_device_that_cannot_run_the_program(
    device: str, expected: str, program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    np.save(tmp_path / "x.npy", np.ones((2, 8), np.float32))
    _user_error(["run", str(program), str(tmp_path / "x.npy"), "--device", device], capsys, expected)


def test_args_the_model_rejects(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _user_error(
        ["export", "cli_models:make_mlp", "--args", "f32[2,5]", "-o", str(tmp_path / "m.mlir")],
        capsys,
        "the model rejects --args f32[2,5]",
    )
    assert list(tmp_path.iterdir()) == []


def test_run_picks_the_device_of_the_program_target(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cuda = tmp_path / "mlp_cuda.vmfb"
    assert cli.main([*MLP, "-o", str(cuda), "--target", "cuda:sm_80"]) == 0
    np.save(tmp_path / "x.npy", np.ones((2, 8), np.float32))
    capsys.readouterr()
    code = cli.main(["run", str(cuda), str(tmp_path / "x.npy")])
    err = capsys.readouterr().err
    if code == 0:  # a CUDA machine: it ran there
        return
    assert code == 1 and "cuda" in err and "compiled for the" not in err, err


def test_doctor_without_the_compiler(tmp_path: Path) -> None:
    """A runtime-only host: doctor reports the compiler absent and still checks the rest."""
    child = textwrap.dedent(
        """
        import sys
        sys.modules["iree.compiler"] = None  # as if iree-base-compiler were not installed
        from torch_iree.cli import main
        sys.exit(main(["doctor"]))
        """
    )
    proc = subprocess.run(
        [sys.executable, "-c", child], capture_output=True, text=True, timeout=300, env=os.environ
    )
    assert "Traceback" not in proc.stderr, proc.stderr
    assert "input_torch plugin: NO (iree-base-compiler is not installed)" in proc.stdout
    assert "local-task" in proc.stdout  # the runtime's drivers are still listed


def test_dimension_names_are_kept(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    """`--dynamic-dim batch=...` names the size `batch` in the program, for `bench --dim` and in
    every range error."""
    program = tmp_path / "mlp.vmfb"
    assert cli.main([*MLP, "--dynamic-dim", "batch=0:0:1:64", "-o", str(program)]) == 0
    assert cli.main(["bench", str(program), "--dim", "batch=32", "--calls", "3"]) == 0
    assert "float32[32, 8]" in capsys.readouterr().out
    np.save(tmp_path / "x.npy", np.ones((65, 8), np.float32))
    _user_error(
        ["run", str(program), str(tmp_path / "x.npy")], capsys, "[1, 64] declared at export for batch"
    )
