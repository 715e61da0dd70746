"""Bounds checks for the indices a program reads or writes through: an FX pass run before
import.

An index that is out of range must never read or write outside a tensor (IREE does not check:
an ``nn.Embedding(96, d)`` called with 96 returned NaN, with 10_000_000 the process died). For
every gather- and scatter-like op the pass inserts, in the graph itself:

* the wrap PyTorch defines for negative indices (advanced indexing, ``index_put``, ``take``:
  ``i < 0`` means ``i + n``; the others reject negatives, as eager does),
* ``bad = i < 0 or i >= n`` on the normalised index,
* a clamped index (``0`` where bad) that the op reads with, so nothing outside the tensor is
  ever touched,

and returns one more output: a bool per checked op, whether any of its indices was bad. The
runtime reads it after each call and raises an ``InputError`` naming the op and its source line
instead of returning outputs (``LoadedFunction``). Turning the checks off (``index_checks=False``)
leaves the program exactly as PyTorch exported it.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

import torch

from torch_iree._passes.fx_building import GraphBuilder
from torch_iree._passes.op_support import describe_node as describe

aten = torch.ops.aten


# op → how it takes its indices: "embedding" (weight, indices), "dim" (self, dim, index, ...),
# "list" (self, [index per leading dim, or None], ...).
_GATHERS: dict[Any, str] = {
    aten.embedding.default: "embedding",
    aten.index_select.default: "dim",
    aten.gather.default: "dim",
    aten.scatter.src: "dim",
    aten.scatter.value: "dim",
    aten.scatter.reduce: "dim",
    aten.scatter.value_reduce: "dim",
    aten.scatter_add.default: "dim",
    aten.scatter_reduce.two: "dim",
    aten.index.Tensor: "list",
    aten.index_put.default: "list",
}
# Ops PyTorch decomposes into index_put but whose own semantics reject negative indices.
_NO_WRAP_ORIGINS = ("index_copy", "index_add", "index_fill")


def add_index_checks(graph: torch.fx.Graph) -> list[str]:
    """Insert the checks into ``graph`` (decomposed ATen, with ``meta["val"]`` on its nodes) and
    append their flags as the graph's last output. Returns one description per checked op
    ("aten.embedding at model.py:12"), in the order of the flags; empty: nothing to check, the
    graph is unchanged."""
    sites = [node for node in graph.nodes if node.op == "call_function" and node.target in _GATHERS]
    if not sites:
        return []
    builder = _Builder(graph)
    flags, described = [], []
    for node in sites:
        bad_parts = [builder.guard(node, operand) for operand in _operands(node)]
        bad_parts = [b for b in bad_parts if b is not None]
        if not bad_parts:
            continue
        with graph.inserting_before(node):
            flag = bad_parts[0]
            for part in bad_parts[1:]:
                flag = builder.call(aten.logical_or.default, flag, part)
        flags.append(flag)
        described.append(describe(node))
    if not flags:
        return []
    output = next(n for n in graph.nodes if n.op == "output")
    with graph.inserting_before(output):
        stacked = builder.call(aten.stack.default, flags)
    outputs = output.args[0]
    output.args = ((*outputs, stacked),)
    graph.lint()
    return described


@dataclass(frozen=True)
class _Operand:
    index: Any  # the FX node of the index tensor
    replace: tuple[int, int | None]  # where to put the clamped index back
    size_of: Any  # node of the indexed tensor
    dim: int
    wraps: bool


def _operands(node: torch.fx.Node) -> Iterator[_Operand]:
    kind = _GATHERS[node.target]
    args = node.args
    if kind == "embedding":
        yield _Operand(args[1], (1, None), args[0], 0, False)
    elif kind == "dim":
        yield _Operand(args[2], (2, None), args[0], int(args[1]), False)
    else:
        origin = str(node.meta.get("original_aten") or "")
        wraps = not any(name in origin for name in _NO_WRAP_ORIGINS)
        for position, index in enumerate(args[1]):
            if index is not None:
                yield _Operand(index, (1, position), args[0], position, wraps)


class _Builder(GraphBuilder):
    def guard(self, node: torch.fx.Node, operand: _Operand) -> torch.fx.Node | None:
        index_val = operand.index.meta.get("val")
        indexed_val = operand.size_of.meta.get("val")
        if not isinstance(index_val, torch.Tensor) or not isinstance(indexed_val, torch.Tensor):
            return None
        if index_val.dtype == torch.bool or index_val.is_floating_point():
            return None  # masks select, they do not address
        dim = operand.dim % max(indexed_val.dim(), 1)
        self.serving = node
        with self.graph.inserting_before(node):
            size = indexed_val.shape[dim] if indexed_val.dim() else 1  # a 0-d tensor: one element
            if not isinstance(size, int):
                size = self.call(aten.sym_size.int, operand.size_of, dim)
            index = operand.index
            if operand.wraps:
                negative = self.call(aten.lt.Scalar, index, 0)
                index = self.call(aten.where.self, negative, self.call(aten.add.Scalar, index, size), index)
            bad = self.call(
                aten.logical_or.default,
                self.call(aten.lt.Scalar, index, 0),
                self.call(aten.ge.Scalar, index, size),
            )
            safe = self.call(aten.mul.Tensor, index, self.call(aten.logical_not.default, bad))
            flag = self.call(aten.any.default, bad)
        _replace_argument(node, operand.replace, safe)
        return flag


def _replace_argument(node: torch.fx.Node, where: tuple[int, int | None], value: torch.fx.Node) -> None:
    args = list(node.args)
    position, inner = where
    if inner is None:
        args[position] = value
    else:
        items = list(args[position])
        items[inner] = value
        args[position] = items
    node.args = tuple(args)
