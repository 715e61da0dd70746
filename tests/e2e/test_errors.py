"""Unsupported ops and bad artifacts give errors a user can act on."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest
import torch

import torch_iree
from torch_iree import ArtifactError, UnsupportedOpError


class Inner(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.special.bessel_j0(x)  # no torch-mlir lowering


class UsesUnsupportedOps(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.inner = Inner()

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.inner(x) + torch.linalg.eigvalsh(x).sum()  # neither this


def _line_of(fn, text: str) -> int:
    lines, start = inspect.getsourcelines(fn)
    return start + next(i for i, line in enumerate(lines) if text in line)


def test_unsupported_ops_are_named_with_source_lines() -> None:
    with pytest.raises(UnsupportedOpError) as info:
        torch_iree.compile(UsesUnsupportedOps(), (torch.randn(4, 4),))
    ops = {op.op: op for op in info.value.ops}
    assert set(ops) == {"aten.special_bessel_j0", "aten._linalg_eigh"}
    assert ops["aten.special_bessel_j0"].source == f"{__file__}:{_line_of(Inner.forward, 'bessel_j0')}"
    assert ops["aten.special_bessel_j0"].module_path == "inner"
    assert ops["aten._linalg_eigh"].source.endswith(f":{_line_of(UsesUnsupportedOps.forward, 'eigvalsh')}")
    message = str(info.value)
    assert "aten.special_bessel_j0 at" in message and "cannot lower 2 torch op(s)" in message


def test_save_load_round_trip_and_mlir(tmp_path: Path) -> None:
    model = torch.nn.Linear(4, 3).eval()
    x = torch.randn(2, 4)
    exported = torch_iree.export(model, (x,))
    assert "torch.aten" in exported.mlir and "func.func @main" in exported.mlir
    exported.save_mlir(tmp_path / "linear.mlir")
    assert (tmp_path / "linear.mlir").read_text() == exported.mlir
    saved = exported.compile().save(tmp_path / "linear.vmfb")
    run = torch_iree.load(saved)
    torch.testing.assert_close(run(x), model(x).detach())
    assert run.compiled.versions["iree-base-compiler"] == "3.13.0"


def test_load_errors(tmp_path: Path) -> None:
    with pytest.raises(ArtifactError, match="no compiled program"):
        torch_iree.load(tmp_path / "missing.vmfb")
    bare = tmp_path / "bare.vmfb"
    bare.write_bytes(b"not really")
    with pytest.raises(ArtifactError, match="no metadata file bare.vmfb.json"):
        torch_iree.load(bare)
    (tmp_path / "bare.vmfb.json").write_text("{broken")
    with pytest.raises(ArtifactError, match="damaged"):
        torch_iree.load(bare)


def _damage(kind: str, data: bytes) -> bytes:
    if kind == "empty":
        return b""
    if kind == "truncated":
        return data[: len(data) // 4]
    flipped = bytearray(data)
    flipped[len(data) // 2] ^= 0x10  # one bit, in the middle of the program
    return bytes(flipped)


@pytest.fixture(scope="module")
def saved_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("damaged")
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4)).eval()
    exported = torch_iree.export(model, (torch.randn(2, 8),), params="external")
    exported.save_parameters(folder / "model.irpa")
    return exported.compile(cache=False).save(folder / "model.vmfb")


@pytest.mark.parametrize("kind", ["empty", "truncated", "bit-flip"])
def test_damaged_program_is_a_named_error(kind: str, saved_program: Path, tmp_path: Path) -> None:
    from torch_iree.cli import main

    program = tmp_path / "model.vmfb"
    program.write_bytes(_damage(kind, saved_program.read_bytes()))
    Path(f"{program}.json").write_bytes(Path(f"{saved_program}.json").read_bytes())
    with pytest.raises(ArtifactError, match="damaged|not a valid IREE module"):
        torch_iree.load(program, parameters=saved_program.with_suffix(".irpa"))
    assert main(["run", str(program), "--parameters", str(saved_program.with_suffix(".irpa"))]) == 1


@pytest.mark.parametrize("kind", ["empty", "truncated"])
def test_damaged_archive_is_a_named_error(kind: str, saved_program: Path, tmp_path: Path) -> None:
    archive = tmp_path / "model.irpa"
    archive.write_bytes(_damage(kind, saved_program.with_suffix(".irpa").read_bytes()))
    with pytest.raises(ArtifactError, match="model.irpa"):
        torch_iree.load(saved_program, parameters=archive)


def test_program_in_memory_that_is_not_a_module(saved_program: Path) -> None:
    compiled = torch_iree.Compiled.read(saved_program)
    from dataclasses import replace

    with pytest.raises(ArtifactError, match="not a valid IREE module"):
        replace(compiled, vmfb=b"\x00" * 64).load(parameters=saved_program.with_suffix(".irpa"))


def test_archive_with_changed_weights_never_answers(saved_program: Path, tmp_path: Path) -> None:
    """A bit flipped inside a weight: the archive still parses, but its content hash differs."""
    import iree.runtime as rt

    archive = tmp_path / "model.irpa"
    data = bytearray(saved_program.with_suffix(".irpa").read_bytes())
    index = rt.ParameterIndex()
    index.load(str(saved_program.with_suffix(".irpa")))
    _, offset = dict(index.items())["0.weight"].file_storage
    data[offset + 5] ^= 0x40
    archive.write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="0.weight: content differs"):
        torch_iree.load(saved_program, parameters=archive)
    from torch_iree.cli import main

    assert main(["run", str(saved_program), "--parameters", str(archive)]) == 2  # the user's archive
