"""A torch-dialect module without its metadata file: @main's signature and the parameters its
globals name, read with the compiler's MLIR bindings (no compile, no torch.export)."""

from __future__ import annotations

import pytest

from torch_iree._mlir_reading import parameters_of, parse_module, signature_of_main
from torch_iree.errors import ArtifactError

TWO_IN_TWO_OUT = """
func.func @main(%arg0: !torch.vtensor<[?,8],f32>, %arg1: !torch.vtensor<[4],si64>)
    -> (!torch.vtensor<[?,4],f32>, !torch.vtensor<[],i1>) {
  %0 = torch.aten.relu %arg0 : !torch.vtensor<[?,8],f32> -> !torch.vtensor<[?,4],f32>
  %1 = torch.vtensor.literal(dense<true> : tensor<i1>) : !torch.vtensor<[],i1>
  return %0, %1 : !torch.vtensor<[?,4],f32>, !torch.vtensor<[],i1>
}
"""

PARAMETERS = """
util.global private @w = #stream.parameter.named<"model"::"w"> : tensor<4x16xbf16>
util.global private @"n.count" = #stream.parameter.named<"model"::"n.count"> : tensor<i64>
util.global private mutable @inline = dense<0.0> : tensor<2xf32>
func.func @main() {
  return
}
"""


def test_signature_of_main() -> None:
    signature = signature_of_main(parse_module(TWO_IN_TWO_OUT))
    assert [t.describe() for t in signature.tensor_inputs] == ["float32[arg0_d0, 8]", "int64[4]"]
    assert [t.dtype for t in signature.outputs] == ["float32", "bool"]
    assert signature.symbols["arg0_d0"].min == 1 and signature.symbols["arg0_d0"].max is None
    assert signature.unflatten_outputs([1, 2]) == (1, 2)


@pytest.mark.parametrize(
    "text",
    [
        "func.func @main(%arg0: !torch.int) -> !torch.int {\n  return %arg0 : !torch.int\n}",
        "func.func @other(%a: !torch.vtensor<[2],f32>) -> !torch.vtensor<[2],f32> {\n  return %a : !torch.vtensor<[2],f32>\n}",
        "func.func @main(%a: !torch.vtensor<[2],complex<f32>>) -> !torch.vtensor<[2],complex<f32>> {\n"
        "  return %a : !torch.vtensor<[2],complex<f32>>\n}",
    ],
    ids=["not-tensors", "no-main", "unknown-dtype"],
)
def test_no_signature_when_main_cannot_be_described(text: str) -> None:
    assert signature_of_main(parse_module(text)) is None


def test_parameters_of() -> None:
    spec = parameters_of(parse_module(PARAMETERS))
    assert spec.scope == "model"
    assert [(e.name, e.dtype, e.shape, e.nbytes) for e in spec.entries] == [
        ("w", "bfloat16", (4, 16), 128),
        ("n.count", "int64", (), 8),
    ]
    assert parameters_of(parse_module("func.func @main() {\n  return\n}")) is None


def test_parameters_from_two_scopes_are_refused() -> None:
    text = PARAMETERS.replace('"model"::"w"', '"other"::"w"')
    with pytest.raises(ArtifactError, match="several scopes"):
        parameters_of(parse_module(text))


def test_bad_mlir_is_an_artifact_error() -> None:
    with pytest.raises(ArtifactError, match="not a valid MLIR module"):
        parse_module("func.func @main( {")
