"""Inputs a compiled program may write into, so that the runtime passes them as copies.

IREE may compute an op's result in the storage of one of its operands (a "tied" result); when
that operand is a function argument, the storage is the caller's tensor, which the runtime
hands over without a copy (iree-org/iree#16168). Measured with IREE 3.13: ``sort``, ``topk``,
``index_put`` (so ``x[i] = v``, ``index_copy``, ``index_add``), ``scatter``/``scatter_add``
and ``index_fill`` of an input changed the user's tensor, and a slice update of an input
(``slice_scatter``: ``y[1:3] = v``) failed with PERMISSION_DENIED. ``copied_inputs`` finds the
inputs that reach such an op as the operand it updates (through views, which alias them);
only those are copied, per call.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

aten = torch.ops.aten

# Ops whose result IREE may build in the storage of their first operand.
_UPDATES_FIRST_OPERAND = frozenset(
    {
        aten.sort.default,
        aten.sort.stable,
        aten.topk.default,
        aten.kthvalue.default,
        aten.index_put.default,
        aten.index_copy.default,
        aten.index_fill.int_Scalar,
        aten.index_fill.int_Tensor,
        aten.scatter.src,
        aten.scatter.value,
        aten.scatter.reduce,
        aten.scatter.value_reduce,
        aten.scatter_add.default,
        aten.scatter_reduce.two,
        aten.slice_scatter.default,
        aten.select_scatter.default,
        aten.diagonal_scatter.default,
        aten.masked_scatter.default,
    }
)
# Ops whose result may share its first operand's storage (views, and copies the compiler folds).
_SAME_STORAGE = frozenset(
    {
        aten.view.default,
        aten._unsafe_view.default,
        aten.reshape.default,
        aten.alias.default,
        aten.slice.Tensor,
        aten.select.int,
        aten.permute.default,
        aten.transpose.int,
        aten.t.default,
        aten.expand.default,
        aten.unsqueeze.default,
        aten.squeeze.default,
        aten.squeeze.dim,
        aten.squeeze.dims,
        aten.as_strided.default,
        aten.clone.default,
        aten._to_copy.default,
        aten.contiguous.default,
        aten.flatten.using_ints,
        aten.unflatten.int,
    }
)


def copied_inputs(graph: torch.fx.Graph, slots: Sequence[str | None]) -> tuple[int, ...]:
    """Positions (in ``slots``: the program's runtime inputs by placeholder name, None for an
    input that is no tensor) of the inputs some op may update in place."""
    placeholders = {n.name: n for n in graph.nodes if n.op == "placeholder"}
    return tuple(
        position
        for position, name in enumerate(slots)
        if name is not None and name in placeholders and _reaches_an_update(placeholders[name])
    )


def _reaches_an_update(start: torch.fx.Node) -> bool:
    seen, pending = {start}, [start]
    while pending:
        node = pending.pop()
        for user in node.users:
            if user.op != "call_function" or not _is_first_operand(user, node):
                continue
            if user.target in _UPDATES_FIRST_OPERAND:
                return True
            if user.target in _SAME_STORAGE and _keeps_dtype(user, node) and user not in seen:
                seen.add(user)
                pending.append(user)
    return False


def _keeps_dtype(user: Any, node: torch.fx.Node) -> bool:
    """A conversion to another dtype makes new storage; one to the same dtype may fold away."""
    before, after = node.meta.get("val"), user.meta.get("val")
    return (
        not (isinstance(before, torch.Tensor) and isinstance(after, torch.Tensor))
        or before.dtype == after.dtype
    )


def _is_first_operand(user: Any, node: torch.fx.Node) -> bool:
    return bool(user.args) and user.args[0] is node
