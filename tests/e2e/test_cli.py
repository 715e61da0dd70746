"""The ``torch-iree`` command, run in-process through ``cli.main`` (and once as the console script)."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

from torch_iree import cli
from torch_iree.cli.common import UsageError
from torch_iree.cli.doctor import pinned_requirements

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # cli_models, as the spec names it

import cli_models  # noqa: E402

pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture
def program(mlp_program: Path) -> Path:
    return mlp_program


def _save(path: Path, array: np.ndarray) -> str:
    np.save(path, array)
    return str(path)


def _eager(x: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return cli_models.make_mlp()(torch.from_numpy(x)).numpy()


def test_export_vmfb_writes_program_and_metadata(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert program.is_file() and Path(f"{program}.json").is_file()
    meta = json.loads(Path(f"{program}.json").read_text())
    assert meta["target"].startswith("llvm-cpu")
    assert [t["tensor"]["shape"] for t in meta["functions"]["main"]["inputs"]] == [[2, 8]]


def test_run_matches_eager(program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    x = np.random.default_rng(1).standard_normal((2, 8)).astype(np.float32)
    code = cli.main(["run", str(program), _save(tmp_path / "x.npy", x), "-o", str(tmp_path / "out")])
    assert code == 0
    assert "float32[2, 4]" in capsys.readouterr().out
    np.testing.assert_allclose(np.load(tmp_path / "out" / "out_0.npy"), _eager(x), rtol=1e-4, atol=1e-5)


def test_export_mlir_compile_run(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    mlir = tmp_path / "mlp.mlir"
    assert cli.main(["-v", "export", "cli_models:make_mlp", "--args", "f32[2,8]", "-o", str(mlir)]) == 0
    err = capsys.readouterr().err
    assert "exporting cli_models:make_mlp…" in err
    assert "func.func @main(%arg0: !torch.vtensor<[2,8],f32>)" in mlir.read_text()
    # Without its metadata file `compile` derives the signature from @main's types.
    mlir.with_name("mlp.mlir.json").unlink()
    vmfb = tmp_path / "mlp.vmfb"
    assert cli.main(["-v", "compile", str(mlir), "-o", str(vmfb), "--target", "llvm-cpu"]) == 0
    assert "compiling mlp.mlir for llvm-cpu" in capsys.readouterr().err
    x = np.random.default_rng(2).standard_normal((2, 8)).astype(np.float32)
    assert cli.main(["run", str(vmfb), _save(tmp_path / "x.npy", x), "-o", str(tmp_path)]) == 0
    np.testing.assert_allclose(np.load(tmp_path / "out_0.npy"), _eager(x), rtol=1e-4, atol=1e-5)


@pytest.mark.parametrize("params", ["inline", "external"])
def test_export_saved_exported_program(
    params: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    model = cli_models.make_mlp().eval()
    pt2 = tmp_path / "mlp.pt2"
    torch.export.save(torch.export.export(model, (torch.randn(2, 8),)), str(pt2))
    vmfb = tmp_path / "mlp.vmfb"
    assert cli.main(["-v", "export", str(pt2), "--params", params, "-o", str(vmfb)]) == 0
    assert "compiling for llvm-cpu" in capsys.readouterr().err
    assert (tmp_path / "mlp.irpa").is_file() == (params == "external")
    x = np.random.default_rng(4).standard_normal((2, 8)).astype(np.float32)
    assert cli.main(["run", str(vmfb), _save(tmp_path / "x.npy", x), "-o", str(tmp_path)]) == 0
    np.testing.assert_allclose(np.load(tmp_path / "out_0.npy"), _eager(x), rtol=1e-4, atol=1e-5)


def test_compile_without_derivable_signature_writes_bare_vmfb(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mlir = tmp_path / "scalar.mlir"
    mlir.write_text(
        "func.func @main(%arg0: !torch.vtensor<[2],f32>, %arg1: !torch.int) -> !torch.vtensor<[2],f32> {\n"
        "  %0 = torch.aten.add.Scalar %arg0, %arg1, %arg1 : !torch.vtensor<[2],f32>, !torch.int, "
        "!torch.int -> !torch.vtensor<[2],f32>\n"
        "  return %0 : !torch.vtensor<[2],f32>\n}\n"
    )
    vmfb = tmp_path / "scalar.vmfb"
    assert cli.main(["compile", str(mlir), "-o", str(vmfb)]) == 0
    assert vmfb.is_file() and not Path(f"{vmfb}.json").exists()
    assert "`torch-iree run` needs a program saved by `torch-iree export`" in capsys.readouterr().err


def test_bench_reports_percentiles(program: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", str(program), "--calls", "20"]) == 0
    out = capsys.readouterr().out
    for field in ("p50", "p90", "p99", "calls/s", "float32[2, 8]", "20 (+3 warm-up)"):
        assert field in out
    p50 = float(next(line for line in out.splitlines() if line.startswith("p50")).split()[1])
    assert p50 > 0


def test_dynamic_dim_export_and_bench(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    vmfb = tmp_path / "dyn.vmfb"
    argv = ["export", "cli_models:make_mlp", "--args", "f32[4,8]", "--dynamic-dim", "batch=0:0:1:64"]
    assert cli.main([*argv, "-o", str(vmfb)]) == 0
    symbols = json.loads(Path(f"{vmfb}.json").read_text())["functions"]["main"]["symbols"]
    (symbol,) = symbols
    assert symbols[symbol] == {"min": 1, "max": 64}
    assert cli.main(["bench", str(vmfb), "--calls", "5", "--dim", f"{symbol}=7"]) == 0
    assert "float32[7, 8]" in capsys.readouterr().out
    x = np.ones((65, 8), np.float32)
    assert cli.main(["run", str(vmfb), _save(tmp_path / "x.npy", x), "-o", str(tmp_path)]) == 2
    assert "outside the range [1, 64]" in capsys.readouterr().err


def test_doctor_consistent_environment(capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["doctor"]) == 0
    out = capsys.readouterr().out
    assert "input_torch plugin: yes" in out
    for name in ("torch", "iree-base-compiler", "iree-base-runtime", "torch-iree", "local-task"):
        assert name in out
    assert "SKEW" not in out


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (
            ["export", "cli_models:nope", "--args", "f32[2,8]", "-o", "{tmp}/m.mlir"],
            "has no attribute 'nope'",
        ),
        (["export", "no_such_module:make", "--args", "f32[2]", "-o", "{tmp}/m.mlir"], "cannot import"),
        (["export", "cli_models", "--args", "f32[2]", "-o", "{tmp}/m.mlir"], "bad module spec"),
        (["export", "cli_models:not_a_model", "--args", "f32[2]", "-o", "{tmp}/m.mlir"], "not an nn.Module"),
        (
            ["export", "cli_models:make_mlp", "--args", "f32(2,8)", "-o", "{tmp}/m.mlir"],
            "bad shape 'f32(2,8)'",
        ),
        (["export", "{tmp}/missing.pt2", "-o", "{tmp}/m.mlir"], "no such ExportedProgram file"),
        (
            ["export", "cli_models:make_mlp", "--args", "f32[2,8]", "-o", "{tmp}/m.txt"],
            "must end in .mlir, .vmfb or .irpa",
        ),
        (
            ["export", "cli_models:make_mlp", "--args", "f32[2,8]", "-o", "{tmp}/m.vmfb", "--target", "tpu"],
            "unknown target 'tpu'",
        ),
        (["compile", "{tmp}/missing.mlir", "-o", "{tmp}/m.vmfb"], "no such MLIR file"),
        (["run", "{tmp}/missing.vmfb", "{tmp}/x.npy"], "no such compiled program"),
        (["bench", "{tmp}/missing.vmfb"], "no such compiled program"),
        (["frobnicate"], "invalid choice"),
    ],
)
def test_user_errors_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([a.format(tmp=tmp_path) for a in argv]) == 2
    err = capsys.readouterr().err
    assert "torch-iree: error:" in err and message in err


@pytest.mark.parametrize(
    ("array", "message"),
    [
        (
            np.zeros((2, 8), np.float64),
            "must have dtype float32, got float64; convert it with .to(torch.float32) (tensor 1 = x.npy)",
        ),
        (np.zeros((3, 8), np.float32), "must have size 2 in dim 0"),
        (np.zeros((2, 8, 1), np.float32), "must have rank 2"),
    ],
)
def test_run_bad_npy_exit_2(
    program: Path, array: np.ndarray, message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["run", str(program), _save(tmp_path / "x.npy", array), "-o", str(tmp_path)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("torch-iree: error:") and message in err
    assert not (tmp_path / "out_0.npy").exists()


def test_run_wrong_input_count_and_missing_npy(
    program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main(["run", str(program)]) == 2
    assert "takes 1 input(s) (float32[2, 8]), got 0" in capsys.readouterr().err
    assert cli.main(["run", str(program), str(tmp_path / "nope.npy")]) == 2
    assert "no such input file" in capsys.readouterr().err


def test_frontend_error_exit_1(program: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bare = tmp_path / "bare.vmfb"
    shutil.copy(program, bare)  # no metadata beside it: the frontend's ArtifactError
    assert cli.main(["bench", str(bare)]) == 1
    err = capsys.readouterr().err
    assert err.startswith("torch-iree: error:") and "no metadata file bare.vmfb.json" in err


def test_parse_helpers() -> None:
    assert cli.parse_shape("f32[2,8]") == ("float32", (2, 8))
    assert cli.parse_shape("i64[]") == ("int64", ())
    assert cli.parse_shape("bf16[ 3 , 1 ]") == ("bfloat16", (3, 1))
    for bad in ("f33[2]", "f32(2)", "f32[2.5]", ""):
        with pytest.raises(UsageError, match="bad shape"):
            cli.parse_shape(bad)


def test_console_script_runs(program: Path, tmp_path: Path) -> None:
    script = shutil.which("torch-iree")
    if script is None:
        pytest.skip("the torch-iree console script is not installed (pip install -e python_frontend)")
    x = np.random.default_rng(3).standard_normal((2, 8)).astype(np.float32)
    proc = subprocess.run(
        [script, "run", str(program), _save(tmp_path / "x.npy", x), "-o", str(tmp_path)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    np.testing.assert_allclose(np.load(tmp_path / "out_0.npy"), _eager(x), rtol=1e-4, atol=1e-5)


SKEWED_RUNTIME = "3.12.0"


@pytest.mark.slow
def test_doctor_on_skewed_environment(tmp_path: Path) -> None:
    """A venv that sees this environment but has another iree-base-runtime: doctor says how to fix it."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    python = venv / ("Scripts" if os.name == "nt" else "bin") / "python"
    # The new venv sees this environment through a .pth file (after its own site-packages, so
    # what it installs itself wins): the packages here, and torch_iree however it is installed
    # (an editable checkout under nox). --system-site-packages would show only the base
    # interpreter's packages when this environment is itself a venv.
    venv_site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()
    import torch_iree

    seen = [p for p in sys.path if p.endswith("site-packages")] + [str(Path(torch_iree.__file__).parents[1])]
    Path(venv_site, "parent_environment.pth").write_text("\n".join(dict.fromkeys(seen)) + "\n")
    install = subprocess.run(
        [str(python), "-m", "pip", "install", "-q", "--no-deps", f"iree-base-runtime=={SKEWED_RUNTIME}"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    if install.returncode != 0:
        pytest.skip(f"cannot install iree-base-runtime=={SKEWED_RUNTIME}: {install.stderr[-500:]}")
    proc = subprocess.run(
        [str(python), "-m", "torch_iree", "doctor"], capture_output=True, text=True, timeout=300
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "SKEW" in proc.stdout and SKEWED_RUNTIME in proc.stdout
    wanted = next(r for r in pinned_requirements().items() if r[0] == "iree-base-runtime")
    assert f'pip install "iree-base-runtime{wanted[1]}"' in proc.stderr


@pytest.mark.parametrize("terminal", [False, True])
def test_progress_shows_on_a_terminal_and_stays_out_of_pipes(terminal: bool, tmp_path: Path) -> None:
    import pty

    argv = [sys.executable, "-m", "torch_iree", "export", "cli_models:make_mlp", "--args", "f32[2,8]"]
    argv += ["-o", str(tmp_path / "m.mlir")]
    env = {**os.environ, "TORCH_IREE_CACHE": "0"}
    env.pop("TORCH_IREE_LOG", None)
    if not terminal:
        proc = subprocess.run(argv, cwd=HERE, env=env, capture_output=True, text=True, timeout=300)
        assert proc.returncode == 0, proc.stderr
        assert proc.stdout.strip() == str(tmp_path / "m.mlir") and proc.stderr == ""
        return
    primary, secondary = pty.openpty()
    proc = subprocess.Popen(argv, cwd=HERE, env=env, stdout=subprocess.PIPE, stderr=secondary, text=True)
    os.close(secondary)
    assert proc.wait(timeout=300) == 0
    shown = b""
    while True:
        try:
            chunk = os.read(primary, 4096)
        except OSError:  # the terminal closed with the process
            break
        if not chunk:
            break
        shown += chunk
    os.close(primary)
    assert re.search(r"exporting cli_models:make_mlp… \d+\.\d s", shown.decode()), shown
