"""The one dtype table: how each tensor element type is spelled by torch, the CLI, MLIR,
IREE's runtime and the compile-time state (globals, parameter archives).

Every module that needs a spelling looks it up here instead of keeping a table of its own.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DType:
    name: str  # torch dtype name without "torch.": "float32"
    short: str  # shape strings on the command line: "f32[2,8]"
    builtin: str  # MLIR builtin element type: tensor<2x8xf32>
    torch_element: str  # element type inside !torch.vtensor<[2,8],f32>
    itemsize: int
    hal: str  # member of iree.runtime.HalElementType
    numpy: str  # numpy dtype of a host copy (bfloat16 comes from ml_dtypes)
    state: bool = True  # may be program state: a util.global or a parameter-archive entry


DTYPES: tuple[DType, ...] = (
    DType("float16", "f16", "f16", "f16", 2, "FLOAT_16", "float16"),
    DType("bfloat16", "bf16", "bf16", "bf16", 2, "BFLOAT_16", "bfloat16"),
    DType("float32", "f32", "f32", "f32", 4, "FLOAT_32", "float32"),
    DType("float64", "f64", "f64", "f64", 8, "FLOAT_64", "float64"),
    DType("int8", "i8", "i8", "si8", 1, "SINT_8", "int8"),
    DType("int16", "i16", "i16", "si16", 2, "SINT_16", "int16"),
    DType("int32", "i32", "i32", "si32", 4, "SINT_32", "int32"),
    DType("int64", "i64", "i64", "si64", 8, "SINT_64", "int64"),
    DType("uint8", "u8", "ui8", "ui8", 1, "UINT_8", "uint8"),
    DType("bool", "bool", "i1", "i1", 1, "BOOL_8", "bool", state=False),
)

BY_NAME = {d.name: d for d in DTYPES}
BY_SHORT = {d.short: d for d in DTYPES}
BY_BUILTIN = {d.builtin: d for d in DTYPES}
BY_TORCH_ELEMENT = {d.torch_element: d for d in DTYPES}


def of_torch(dtype: object) -> DType | None:
    """The entry of a ``torch.dtype`` (None for dtypes torch_iree does not carry)."""
    return BY_NAME.get(str(dtype).removeprefix("torch."))
