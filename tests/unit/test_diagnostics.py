"""Compiler diagnostics become our errors: torch ops are named, backend limits are not blamed on the model."""

from __future__ import annotations

from torch_iree.compiling import explain_failure
from torch_iree.errors import CompileError, UnsupportedOpError

TORCH_OP = (
    "/src/model.py:12:0: error: failed to legalize operation 'torch.operator' that was explicitly "
    'marked illegal: %3 = "torch.operator"(%arg0) <{name = "torch.aten.special_bessel_j0"}> : (...)\n'
)
BACKEND_OP = "/src/model.py:40:0: error: failed to legalize operation 'vector.broadcast'\n"


def test_generic_torch_op_is_named_with_its_line() -> None:
    error = explain_failure(TORCH_OP, "llvm-cpu")
    assert isinstance(error, UnsupportedOpError)
    assert [(op.op, op.source) for op in error.ops] == [("aten.special_bessel_j0", "/src/model.py:12")]


def test_backend_op_failure_is_a_compile_error_not_an_unsupported_op() -> None:
    error = explain_failure(BACKEND_OP + "\nInvoked with:\n iree-compile ...", "vulkan-spirv")
    assert type(error) is CompileError
    assert "vector.broadcast" in str(error) and "Invoked with" not in str(error)
