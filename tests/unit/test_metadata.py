"""The one metadata format of saved programs, signatures as JSON, and input validation plans:
all plain data, tested without the compiler or torch.export."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import torch
import torch.utils._pytree as pytree

from torch_iree._validation import InputPlan
from torch_iree.artifacts import METADATA_FORMAT, Compiled, metadata_path, read_metadata
from torch_iree.errors import ArtifactError, InputError
from torch_iree.parameters import ParameterEntry, ParameterSpec
from torch_iree.signature import InputSlot, Signature, SymbolRange, TensorSpec


def _signature() -> Signature:
    """f(x: f32[s0, 4], n: i64[2*s0], k=3) -> (f32[s0, 4], [i64[2*s0]])"""
    x, n = TensorSpec("x", "float32", ("s0", 4)), TensorSpec("n", "int64", ("2*s0",))
    in_spec = pytree.tree_flatten(((0, 1), {"k": 3}))[1]
    out_spec = pytree.tree_flatten((0, [1]))[1]
    return Signature(
        inputs=(InputSlot(x), InputSlot(n), InputSlot(None, 3)),
        outputs=(TensorSpec("y", "float32", ("s0", 4)), TensorSpec("m", "int64", ("2*s0",))),
        user_output_positions=(0, 1),
        symbols={"s0": SymbolRange(1, 64)},
        in_spec=pytree.treespec_dumps(in_spec),
        out_spec=pytree.treespec_dumps(out_spec),
        positional_names=("x", "n"),
    )


def _compiled(**changes) -> Compiled:  # type: ignore[no-untyped-def]
    spec = ParameterSpec("model", (ParameterEntry("w", "bfloat16", (4, 16), 128),))
    fields = dict(
        vmfb=b"vmfb",
        functions={"main": _signature()},
        target="llvm-cpu",
        driver="local-task",
        flags=("--a",),
        versions={"torch": "2.13.0"},
        parameters=spec,
    )
    return Compiled(**{**fields, **changes})


def test_signature_json_round_trip() -> None:
    signature = _signature()
    assert Signature.from_json(json.loads(json.dumps(signature.to_json()))) == signature


def test_compiled_metadata_round_trip(tmp_path: Path) -> None:
    compiled = _compiled()
    meta = compiled.metadata()
    assert (meta["format"], meta["stage"]) == (METADATA_FORMAT, "compiled")
    assert Compiled.from_metadata(b"vmfb", json.loads(json.dumps(meta))) == compiled
    path = compiled.save(tmp_path / "p.vmfb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["p.vmfb", "p.vmfb.json"]
    assert Compiled.read(path) == compiled


def test_format_1_and_2_metadata_are_still_read(tmp_path: Path) -> None:
    meta = _compiled(parameters=None).metadata()
    del meta["stage"]
    one = {**meta, "format": 1, "signature": meta.pop("functions")["main"]}
    del one["parameters"]
    (tmp_path / "p.vmfb").write_bytes(b"vmfb")
    metadata_path(tmp_path / "p.vmfb").write_text(json.dumps(one))
    assert Compiled.read(tmp_path / "p.vmfb") == _compiled(parameters=None)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        ("{broken", "damaged"),
        ("[1, 2]", "not a JSON object"),
        ('{"format": 99, "stage": "compiled"}', "format 99"),
        ('{"format": 3, "stage": "exported", "functions": {}}', "stage 'exported'"),
        ('{"format": 3, "stage": "compiled", "functions": {"main": 5}}', "damaged"),
        ('{"format": 3, "stage": "compiled"}', "damaged"),
    ],
)
def test_damaged_metadata_is_an_artifact_error(content: str, message: str, tmp_path: Path) -> None:
    (tmp_path / "p.vmfb").write_bytes(b"vmfb")
    metadata_path(tmp_path / "p.vmfb").write_text(content)
    with pytest.raises(ArtifactError, match=message):
        Compiled.read(tmp_path / "p.vmfb")


def test_read_metadata_names_the_stage(tmp_path: Path) -> None:
    path = tmp_path / "m.mlir.json"
    path.write_text(json.dumps({"format": 3, "stage": "exported", "functions": {}}))
    assert read_metadata(path, "exported")["stage"] == "exported"
    with pytest.raises(ArtifactError, match="compiled metadata"):
        read_metadata(path, "compiled")


def test_save_is_all_or_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    _compiled().save(tmp_path / "p.vmfb")
    before = {p.name: p.read_bytes() for p in tmp_path.iterdir()}

    def fail(*args: object, **kwargs: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr(Path, "write_bytes", fail)
    with pytest.raises(OSError, match="disk full"):
        _compiled(target="other").save(tmp_path / "p.vmfb")
    assert {p.name: p.read_bytes() for p in tmp_path.iterdir()} == before


def test_parameter_spec_json() -> None:
    spec = ParameterSpec.of("s", {"a": torch.zeros(3, 2), "b": torch.zeros((), dtype=torch.int64)})
    assert ParameterSpec.from_json(json.loads(json.dumps(spec.to_json()))) == spec
    assert spec.nbytes == 3 * 2 * 4 + 8


class TestInputPlan:
    plan = InputPlan(_signature())

    def test_valid_call(self) -> None:
        x, n = torch.zeros(5, 4), torch.zeros(10, dtype=torch.int64)
        assert [t is v for t, v in zip(self.plan.tensors((x, n), {"k": 3}), (x, n), strict=True)] == [
            True,
            True,
        ]
        assert len(self.plan.tensors((x,), {"n": n, "k": 3})) == 2  # a positional by keyword

    @pytest.mark.parametrize(
        ("x", "n", "k", "message"),
        [
            (torch.zeros(5, 4, dtype=torch.float64), torch.zeros(10, dtype=torch.int64), 3, "dtype float32"),
            (torch.zeros(5), torch.zeros(10, dtype=torch.int64), 3, "rank 2"),
            (torch.zeros(5, 3), torch.zeros(10, dtype=torch.int64), 3, "size 4 in dim 1"),
            (torch.zeros(65, 4), torch.zeros(130, dtype=torch.int64), 3, r"outside the range \[1, 64\]"),
            (torch.zeros(5, 4), torch.zeros(9, dtype=torch.int64), 3, "2\\*s0 = 10"),
            (torch.zeros(5, 4), torch.zeros(10, dtype=torch.int64), 4, "constant 3"),
            (torch.zeros(5, 4), 7, 3, "must be a torch.Tensor"),
        ],
    )
    def test_bad_calls_name_the_argument(self, x, n, k, message: str) -> None:  # type: ignore[no-untyped-def]
        with pytest.raises(InputError, match=message):
            self.plan.tensors((x, n), {"k": k})

    def test_wrong_structure(self) -> None:
        with pytest.raises(InputError, match="expected 3 input value"):
            self.plan.tensors((torch.zeros(5, 4),), {})
