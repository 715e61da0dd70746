"""``torch-iree`` with external parameters (``.irpa`` archives) and multi-function programs."""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path

import numpy as np
import pytest
import torch

import torch_iree
from torch_iree import cli

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))  # cli_models, as the spec names it

import cli_models  # noqa: E402

MLP = ["export", "cli_models:make_mlp", "--args", "f32[2,8]"]
WEIGHTS = {"0.weight", "0.bias", "2.weight", "2.bias"}


pytestmark = pytest.mark.usefixtures("cli_env")


@pytest.fixture(scope="module")
def external(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cli_models:make_mlp exported with --params external: mlp.vmfb, its .json and mlp.irpa."""
    out = tmp_path_factory.mktemp("external") / "mlp.vmfb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cli-cache"))
        assert cli.main([*MLP, "--params", "external", "-o", str(out)]) == 0
    return out


def _x(tmp_path: Path, seed: int) -> tuple[str, np.ndarray]:
    x = np.random.default_rng(seed).standard_normal((2, 8)).astype(np.float32)
    path = tmp_path / "x.npy"
    np.save(path, x)
    return str(path), x


def _eager(x: np.ndarray) -> np.ndarray:
    with torch.no_grad():
        return cli_models.make_mlp()(torch.from_numpy(x)).numpy()


def _assert_run_matches_eager(argv: list[str], tmp_path: Path, seed: int) -> None:
    """Run ``argv`` on a random input; out_0.npy must equal the eager model's output."""
    path, x = _x(tmp_path, seed)
    out = tmp_path / "out"
    assert cli.main(["-v", *argv, path, "-o", str(out)]) == 0  # -v: steps are logged outside a terminal
    np.testing.assert_allclose(np.load(out / "out_0.npy"), _eager(x), rtol=1e-4, atol=1e-5)


def _copy_program(vmfb: Path, folder: Path) -> Path:
    """The program and its metadata, without the archive, in ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    shutil.copy(vmfb, folder / vmfb.name)
    shutil.copy(f"{vmfb}.json", folder / f"{vmfb.name}.json")
    return folder / vmfb.name


def test_export_external_vmfb_writes_archive_beside(external: Path) -> None:
    archive = external.with_suffix(".irpa")
    assert external.is_file() and archive.is_file()
    meta = json.loads(Path(f"{external}.json").read_text())
    assert meta["parameters"]["scope"] == "model"
    assert {e["name"] for e in meta["parameters"]["entries"]} == WEIGHTS
    assert not [p for p in external.parent.iterdir() if p.name.startswith(".")]  # no staging left


def test_run_finds_archive_beside_program(
    external: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _assert_run_matches_eager(["run", str(external)], tmp_path, seed=1)
    assert f"loading mlp.vmfb with parameters {external.with_suffix('.irpa')}" in capsys.readouterr().err


def test_run_with_explicit_parameters(external: Path, tmp_path: Path) -> None:
    program = _copy_program(external, tmp_path / "program")
    weights = tmp_path / "weights" / "w.irpa"
    weights.parent.mkdir()
    shutil.copy(external.with_suffix(".irpa"), weights)
    _assert_run_matches_eager(["run", str(program), "--parameters", str(weights)], tmp_path, seed=2)


def test_bench_external(external: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", str(external), "--calls", "5"]) == 0
    out = capsys.readouterr().out
    assert "params    " in out and "mlp.irpa (848 B)" in out and "p50" in out


@pytest.mark.parametrize("sidecar", [True, False], ids=["sidecar", "derived-from-mlir"])
def test_export_mlir_external_compile_run(
    sidecar: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    mlir = tmp_path / "mlp.mlir"
    assert cli.main([*MLP, "--params", "external", "-o", str(mlir)]) == 0
    assert capsys.readouterr().out.split() == [str(mlir), str(tmp_path / "mlp.irpa")]
    assert '#stream.parameter.named<"model"::"0.weight">' in mlir.read_text()
    side = mlir.with_name("mlp.mlir.json")
    data = json.loads(side.read_text())
    assert (data["format"], data["stage"]) == (3, "exported")
    assert set(data["functions"]) == {"main"}
    assert {e["name"] for e in data["parameters"]["entries"]} == WEIGHTS
    if not sidecar:
        side.unlink()
    vmfb = tmp_path / "mlp.vmfb"
    assert cli.main(["compile", str(mlir), "-o", str(vmfb)]) == 0
    assert "looks for mlp.irpa beside it" in capsys.readouterr().err
    parameters = json.loads(Path(f"{vmfb}.json").read_text())["parameters"]
    if not sidecar:  # derived from the IR: names, types and sizes, but not the content hashes
        for entry in data["parameters"]["entries"]:
            assert len(entry.pop("sha256")) == 64
    assert parameters == data["parameters"]
    _assert_run_matches_eager(["run", str(vmfb)], tmp_path, seed=3)


def test_compile_reads_first_sidecar_format(tmp_path: Path) -> None:
    """Sidecars written before external parameters held @main's bare signature, in
    ``<name>.mlir.signature.json`` (before the one metadata format)."""
    mlir = tmp_path / "mlp.mlir"
    assert cli.main([*MLP, "-o", str(mlir)]) == 0
    side = mlir.with_name("mlp.mlir.json")
    data = json.loads(side.read_text())
    assert data["parameters"] is None
    side.unlink()
    mlir.with_name("mlp.mlir.signature.json").write_text(json.dumps(data["functions"]["main"]))
    vmfb = tmp_path / "mlp.vmfb"
    assert cli.main(["compile", str(mlir), "-o", str(vmfb)]) == 0
    assert json.loads(Path(f"{vmfb}.json").read_text())["parameters"] is None
    _assert_run_matches_eager(["run", str(vmfb)], tmp_path, seed=4)


def test_export_archive_only(external: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    archive = tmp_path / "only" / "weights.irpa"
    assert cli.main([*MLP, "-o", str(archive)]) == 0
    assert capsys.readouterr().out.split() == [str(archive)]
    assert [p.name for p in archive.parent.iterdir()] == ["weights.irpa"]
    # The same model's weights: they fit the program exported separately.
    _assert_run_matches_eager(["run", str(external), "--parameters", str(archive)], tmp_path, seed=5)


def test_export_archive_option(tmp_path: Path) -> None:
    vmfb, archive = tmp_path / "prog" / "mlp.vmfb", tmp_path / "weights" / "mlp-weights.irpa"
    argv = [*MLP, "--params", "external", "--archive", str(archive), "-o", str(vmfb)]
    assert cli.main(argv) == 0
    assert archive.is_file() and vmfb.is_file() and not vmfb.with_suffix(".irpa").exists()
    _assert_run_matches_eager(["run", str(vmfb), "--parameters", str(archive)], tmp_path, seed=6)


def test_mismatched_archive_exit_2(
    external: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wide = tmp_path / "wide.irpa"
    assert cli.main(["export", "cli_models:make_wide_mlp", "--args", "f32[2,8]", "-o", str(wide)]) == 0
    capsys.readouterr()
    path, _ = _x(tmp_path, 7)
    argv = ["run", str(external), path, "--parameters", str(wide), "-o", str(tmp_path / "out")]
    assert cli.main(argv) == 2
    err = capsys.readouterr().err
    assert "torch-iree: error: parameter archive" in err and "does not match the program" in err
    assert "0.weight: 1024 bytes, expected 512" in err
    assert not (tmp_path / "out").exists()


def test_missing_archive_exit_2(external: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    program = _copy_program(external, tmp_path / "alone")
    path, _ = _x(tmp_path, 8)
    for argv in (["run", str(program), path], ["bench", str(program)]):
        assert cli.main(argv) == 2
        err = capsys.readouterr().err
        assert "reads its 4 weights from a parameter archive and there is no mlp.irpa beside it" in err
        assert "pass --parameters PATH" in err
    assert cli.main(["run", str(program), path, "--parameters", str(tmp_path / "nope.irpa")]) == 2
    assert "no such parameter archive" in capsys.readouterr().err


def test_inline_program_rejects_parameters(
    external: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vmfb = tmp_path / "inline.vmfb"
    assert cli.main([*MLP, "-o", str(vmfb)]) == 0
    assert cli.main(["bench", str(vmfb), "--parameters", str(external.with_suffix(".irpa"))]) == 2
    assert "holds its weights inline; drop --parameters" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        ([*MLP, "--params", "bogus", "-o", "{tmp}/m.vmfb"], "invalid choice: 'bogus'"),
        ([*MLP, "--params", "inline", "-o", "{tmp}/m.irpa"], "drop --params inline"),
        ([*MLP, "--archive", "{tmp}/w.irpa", "-o", "{tmp}/m.vmfb"], "add --params external"),
        (
            [*MLP, "--params", "external", "--archive", "{tmp}/w.bin", "-o", "{tmp}/m.vmfb"],
            "must end in .irpa",
        ),
        ([*MLP, "--archive", "{tmp}/w.irpa", "-o", "{tmp}/m.irpa"], "is the archive already"),
        (["export", "cli_models:add_one", "--args", "f32[2]", "-o", "{tmp}/m.irpa"], "has no weights"),
    ],
)
def test_params_user_errors_exit_2(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert cli.main([a.format(tmp=tmp_path) for a in argv]) == 2
    assert message in capsys.readouterr().err
    assert not list(tmp_path.iterdir())  # nothing written


def test_weightless_external_program_needs_no_archive(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    vmfb = tmp_path / "add.vmfb"
    assert (
        cli.main(
            ["export", "cli_models:add_one", "--args", "f32[2]", "--params", "external", "-o", str(vmfb)]
        )
        == 0
    )
    assert "no parameter archive written" in capsys.readouterr().err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["add.vmfb", "add.vmfb.json"]
    np.save(tmp_path / "x.npy", np.zeros(2, np.float32))
    assert cli.main(["run", str(vmfb), str(tmp_path / "x.npy"), "-o", str(tmp_path)]) == 0
    np.testing.assert_array_equal(np.load(tmp_path / "out_0.npy"), np.ones(2, np.float32))


def test_failure_while_writing_leaves_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    """The archive is written first; a failure after it must not leave it (or anything) behind,
    and the CLI says what failed in one line."""

    def broken_save(self: object, path: Path) -> Path:
        Path(path).write_bytes(b"partial")
        raise OSError("disk full")

    monkeypatch.setattr(torch_iree.Compiled, "save", broken_save)
    assert cli.main([*MLP, "--params", "external", "-o", str(tmp_path / "mlp.vmfb")]) == 2
    assert capsys.readouterr().err.strip().splitlines()[-1] == "torch-iree: error: disk full"
    assert not list(tmp_path.iterdir())


@pytest.fixture(scope="module")
def two_heads(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A two-function program (forward, doubled) over one weight, archive beside it."""
    folder = tmp_path_factory.mktemp("two-heads")
    x = torch.zeros(2, 8)
    program = torch_iree.Program(cli_models.make_two_heads(), params="external")
    exported = program.function("forward", args=(x,)).function("doubled", args=(x,)).export()
    exported.save_parameters(folder / "heads.irpa")
    return exported.compile("llvm-cpu").save(folder / "heads.vmfb")


def test_run_function_of_multi_function_program(
    two_heads: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path, x = _x(tmp_path, 9)
    out = tmp_path / "out"
    assert cli.main(["run", str(two_heads), path, "-o", str(out)]) == 2
    assert "the program has functions forward, doubled: choose one with --function NAME" in (
        capsys.readouterr().err
    )
    assert cli.main(["run", str(two_heads), path, "--function", "nope", "-o", str(out)]) == 2
    assert "has no function 'nope'; it has forward, doubled" in capsys.readouterr().err
    assert cli.main(["run", str(two_heads), path, "--function", "doubled", "-o", str(out)]) == 0
    with torch.no_grad():
        expected = cli_models.make_two_heads().doubled(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(np.load(out / "out_0.npy"), expected, rtol=1e-4, atol=1e-5)


def test_bench_function(two_heads: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert cli.main(["bench", str(two_heads), "--function", "forward", "--calls", "5"]) == 0
    assert "function  forward" in capsys.readouterr().out
