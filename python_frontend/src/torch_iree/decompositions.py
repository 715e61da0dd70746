"""The decomposition table applied to every exported program before import.

Many ATen ops reach the FX importer as ops it has no torch-dialect definition for, and come out
as generic ``torch.operator`` ops that the compiler cannot lower. PyTorch's core-ATen table
rewrites them into a small op set the torch-mlir lowering covers. We start from that table and
take out the ops that IREE compiles better as themselves:

- ``scaled_dot_product_attention``: torch-mlir lowers it to IREE's fused attention op
  (online softmax, no materialised score matrix); decomposed it becomes bmm + softmax + bmm.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import torch
from torch._decomp import core_aten_decompositions

aten = torch.ops.aten

# Ops that stay whole: IREE's lowering of the op beats the lowering of its decomposition.
KEEP_WHOLE: tuple[Any, ...] = (aten.scaled_dot_product_attention.default,)

# Decompositions a user registered on top of the table (see ``extra_decompositions``).
_EXTRA: dict[Any, Callable[..., Any]] = {}


def extra_decompositions(table: dict[Any, Callable[..., Any]]) -> None:
    """Add (or override) decompositions for ops the default table leaves unsupported."""
    _EXTRA.update(table)


def decomposition_table(keep: Iterable[Any] = KEEP_WHOLE) -> dict[Any, Callable[..., Any]]:
    """PyTorch's core-ATen decompositions, minus ``keep``, plus the user's extras."""
    table = core_aten_decompositions()
    for op in keep:
        table.pop(op, None)
    for op, fn in _EXTRA.items():
        table[op] = fn
    return table
