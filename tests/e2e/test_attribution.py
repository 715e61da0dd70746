"""Compiler failures are traced back to the ATen op the user wrote and its source line, and
every failure reaches the user as a torch_iree error."""

from __future__ import annotations

import inspect

import pytest
import torch
import torch.nn.functional as F

import torch_iree
from torch_iree._passes.shield import Shield

NO_SHIELD = Shield(frozenset({"sdpa_mask_rank", "scatter_into_view"}))


def _line_of(function, text: str) -> int:  # type: ignore[no-untyped-def]
    lines, first = inspect.getsourcelines(function)
    return first + next(i for i, line in enumerate(lines) if text in line)


def update_one_layer(cache, k, position):  # type: ignore[no-untyped-def]
    scaled = k * 2
    return cache[0].index_copy(0, position, scaled)


class Attention(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.project = torch.nn.Linear(8, 8)

    def forward(self, q, mask):  # type: ignore[no-untyped-def]
        q = self.project(q)
        return F.scaled_dot_product_attention(q, q, q, attn_mask=mask)


class Model(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.attention = Attention()

    def forward(self, q, mask):  # type: ignore[no-untyped-def]
        return self.attention(q, mask) + 1


def test_backend_failure_names_the_op_and_line_of_a_function() -> None:
    args = (torch.randn(2, 8, 4), torch.randn(1, 4), torch.tensor([3]))
    with pytest.raises(torch_iree.CompileError) as caught:
        torch_iree.export(update_one_layer, args, shield=NO_SHIELD).compile(cache=False)
    site = caught.value.sites[0]
    assert site.op == "aten.index_copy"  # as written, not the index_put it became
    assert site.source == f"{__file__}:{_line_of(update_one_layer, 'index_copy')}"
    assert str(caught.value).startswith("iree-compile failed on aten.index_copy")


def test_failure_inside_a_submodule_names_the_submodule() -> None:
    args = (torch.randn(1, 2, 3, 8), torch.ones(3, 3, dtype=torch.bool))
    with pytest.raises(torch_iree.CompileError) as caught:
        torch_iree.export(Model(), args, shield=NO_SHIELD).compile(cache=False)
    site = caught.value.sites[0]
    assert site.op == "aten.scaled_dot_product_attention"
    assert site.module_path == "attention"
    assert site.source.endswith(f":{_line_of(Attention.forward, 'scaled_dot_product_attention')}")


def test_compiler_crash_names_the_op() -> None:
    # IREE 3.13 crashes lowering nonzero of a 0-d tensor; the stack dump names the op class.
    with pytest.raises(torch_iree.CompileError, match=r"aten\.nonzero"):
        torch_iree.compile(torch.nonzero, (torch.tensor(1.0),), cache=False)


def test_import_and_decomposition_failures_are_export_errors_naming_the_op() -> None:
    with pytest.raises(torch_iree.ExportError, match=r"aten\._to_sparse"):
        torch_iree.export(lambda x: x.to_sparse().to_dense(), (torch.randn(3),))
    with pytest.raises(torch_iree.ExportError, match=r"aten\._local_scalar_dense"):
        torch_iree.export(lambda x: x.sum().item(), (torch.randn(3),))


def test_input_mutation_error_names_the_op() -> None:
    mean, var = torch.zeros(3), torch.ones(3)
    with pytest.raises(torch_iree.ExportError, match=r"aten\._native_batch_norm_legit_functional"):
        torch_iree.export(
            lambda x, m, v: F.batch_norm(x, m, v, training=True), (torch.randn(4, 3), mean, var)
        )


def test_float64_results_keep_their_precision() -> None:
    x = torch.tensor([1.0 + 1e-12, 3.0], dtype=torch.float64)
    out = torch_iree.compile(lambda t: t * 3, (x,))(x)
    assert out.dtype == torch.float64 and torch.equal(out, x * 3)
