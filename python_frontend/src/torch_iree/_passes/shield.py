"""The compiler-bug shield: rewrites that turn program patterns the installed IREE compiles
wrongly (or not at all) into equivalent ones it compiles right.

Each ``Workaround`` names the IREE failure it avoids and the upstream-style report of it
(``docs/iree-issues/<name>.md``); the FX ones are graph rewrites applied in the one import
path (``torch_iree._importer``), after decomposition and before the index checks. A ``Shield``
says which workarounds are on (all, by default): ``python -m ci.shield probe`` compiles each
report's repro with its workaround off and tells whether this IREE still needs it, so an IREE
bump says which rewrites can go.

- ``sdpa_mask_rank``: attention whose mask has fewer dimensions than the query (a ``[L, S]``
  mask PyTorch broadcasts over batch and heads) fails to compile; the mask gets the query's
  rank with leading size-1 dimensions, which IREE handles.
- ``scatter_into_view``: ``index_put``/``index_copy``/``scatter`` into a slice or select of a
  larger tensor (``cache[layer].index_copy_(0, pos, k)``, ``x[1, p] = v``) fails in dispatch
  formation; the update is made on the whole tensor instead, at the positions the view maps to
  (an iota through the same views), and the view taken of the result.
- ``uint8_conversions``: float → uint8 goes through int32, and uint8 operands of ops with a
  wider result (``sum`` → int64) are converted first: IREE converts uint8 as if it were signed.
- ``unique_sort_shapes``: sorts (and topk) of one shape in one function share the index iota
  IREE sorts in place; each one after the first sorts its input stacked over zero blocks, in a
  shape of its own.
- ``pool_window_past_input``: a pooling window larger than its padded input (``ceil_mode``:
  EfficientNet's classifier pool) fails to compile; the window is cut to the padded input,
  which covers the same elements.
- ``inline_zero_state``: mutable state that starts as zeros (KV caches) is given an inline blob
  instead of a ``dense<0.0>`` splat, because IREE fuses two such splat globals updated in the
  same functions into one (``torch_iree._state_hook``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import torch

from torch_iree._passes.fx_building import GraphBuilder, value

aten = torch.ops.aten


@dataclass(frozen=True)
class Workaround:
    name: str
    symptom: str  # what IREE does without it
    rewrite: Callable[[torch.fx.Graph], int] | None = None  # FX rewrite: count of sites changed

    @property
    def report(self) -> str:
        return f"docs/iree-issues/{self.name}.md"


@dataclass(frozen=True)
class Shield:
    """Which workarounds apply (all but ``disabled``)."""

    disabled: frozenset[str] = frozenset()

    def __post_init__(self) -> None:
        unknown = set(self.disabled) - {w.name for w in WORKAROUNDS}
        if unknown:
            raise ValueError(f"unknown workaround(s) {sorted(unknown)}; known: {', '.join(names())}")

    def enabled(self, name: str) -> bool:
        return name not in self.disabled

    def rewrite(self, graph: torch.fx.Graph) -> dict[str, int]:
        """Apply the enabled FX rewrites to ``graph`` in place; sites changed per workaround."""
        changed = {}
        for workaround in WORKAROUNDS:
            if workaround.rewrite is not None and self.enabled(workaround.name):
                count = workaround.rewrite(graph)
                if count:
                    changed[workaround.name] = count
        if changed:
            graph.eliminate_dead_code()
            graph.lint()
        return changed


# --------------------------------------------------------------------------------------------
# sdpa_mask_rank


def broadcast_attention_masks(graph: torch.fx.Graph) -> int:
    count = 0
    for node in list(graph.nodes):
        if node.op != "call_function" or node.target != aten.scaled_dot_product_attention.default:
            continue
        mask, where = _argument(node, 3, "attn_mask")
        query, mask_value = value(node.args[0]), value(mask)
        if not isinstance(mask_value, torch.Tensor) or not isinstance(query, torch.Tensor):
            continue
        missing = query.dim() - mask_value.dim()
        if missing <= 0:
            continue
        builder = GraphBuilder(graph)
        builder.serving = node
        with graph.inserting_before(node):
            for _ in range(missing):
                mask = builder.call(aten.unsqueeze.default, mask, 0)
        _set_argument(node, where, mask)
        count += 1
    return count


def _argument(node: torch.fx.Node, position: int, keyword: str) -> tuple[Any, int | str]:
    if len(node.args) > position:
        return node.args[position], position
    return node.kwargs.get(keyword), keyword


def _set_argument(node: torch.fx.Node, where: int | str, new: Any) -> None:
    if isinstance(where, int):
        args = list(node.args)
        args[where] = new
        node.args = tuple(args)
    else:
        node.kwargs = {**node.kwargs, where: new}


# --------------------------------------------------------------------------------------------
# scatter_into_view

# Ops that view their first argument (same elements, other indexing), replayed on the iota;
# clone is transparent here: an update of a clone changes no other tensor either way.
_VIEWS = {
    aten.select.int, aten.slice.Tensor, aten.view.default, aten.unsqueeze.default,
    aten.squeeze.dim, aten.squeeze.dims, aten.squeeze.default, aten.permute.default,
    aten.transpose.int, aten.t.default, aten.diagonal.default, aten.alias.default,
    aten.clone.default,
}  # fmt: skip
_SCATTERS = {
    aten.index_put.default: "list",
    aten.scatter.src: "dim",
    aten.scatter.value: "dim",
    aten.scatter_add.default: "dim",
}


def scatter_into_whole_tensor(graph: torch.fx.Graph) -> int:
    count = 0
    for node in list(graph.nodes):
        if node.op != "call_function" or node.target not in _SCATTERS:
            continue
        chain, base = _view_chain(node.args[0])
        base_value = value(base)
        if not chain or not isinstance(base_value, torch.Tensor) or not base_value.is_contiguous():
            continue
        if not all(isinstance(s, int) for s in base_value.shape):
            continue  # dynamic shapes: keep the op as it is
        _rewrite_scatter(graph, node, chain, base)
        count += 1
    return count


def _view_chain(node: Any) -> tuple[list[torch.fx.Node], Any]:
    """The view ops leading to ``node`` (outermost last) and the tensor they start from."""
    chain = []
    while isinstance(node, torch.fx.Node) and node.op == "call_function" and node.target in _VIEWS:
        chain.append(node)
        node = node.args[0]
    return chain[::-1], node


def _replay(builder: GraphBuilder, chain: Iterable[torch.fx.Node], start: Any) -> Any:
    for view in chain:
        if view.target == aten.clone.default:
            continue
        start = builder.call(view.target, start, *view.args[1:], **view.kwargs)
    return start


def _rewrite_scatter(
    graph: torch.fx.Graph, node: torch.fx.Node, chain: list[torch.fx.Node], base: Any
) -> None:
    base_value = value(base)
    builder = GraphBuilder(graph)
    builder.serving = node
    with graph.inserting_before(node):
        iota = builder.call(aten.arange.start_step, 0, base_value.numel(), 1, dtype=torch.int64)
        positions = _replay(builder, chain, builder.call(aten.view.default, iota, list(base_value.shape)))
        flat = builder.call(aten.view.default, base, [-1])
        kind = _SCATTERS[node.target]
        if kind == "list":  # index_put(view, indices, values, accumulate)
            targets = builder.call(aten.index.Tensor, positions, node.args[1])
            values, accumulate = node.args[2], (node.args[3] if len(node.args) > 3 else False)
        else:  # scatter(view, dim, index, src | value)
            dim, index, source = node.args[1], node.args[2], node.args[3]
            targets = builder.call(aten.gather.default, positions, dim, index)
            values = _scatter_values(builder, source, value(index), value(base).dtype)
            accumulate = node.target == aten.scatter_add.default
        updated = builder.call(aten.index_put.default, flat, [targets], values, accumulate)
        whole = builder.call(aten.view.default, updated, list(base_value.shape))
        result = _replay(builder, chain, whole)
    if result is whole:  # the chain was only clones
        result = builder.call(aten.alias.default, whole)
    # ``node`` becomes the last view: its name (which the graph signature may name as an
    # output) and its users stay as they were.
    node.target, node.args, node.kwargs = result.target, result.args, result.kwargs
    graph.erase_node(result)


def _scatter_values(builder: GraphBuilder, source: Any, index: torch.Tensor, dtype: torch.dtype) -> Any:
    """What scatter writes at each index position: ``src`` cut to the index's shape (scatter
    reads only that corner of it), or the scalar value as a 0-d tensor."""
    if not isinstance(source, torch.fx.Node):
        return builder.call(aten.scalar_tensor.default, source, dtype=dtype)
    for dim, size in enumerate(index.shape):
        if value(source).shape[dim] != size:
            source = builder.call(aten.slice.Tensor, source, dim, 0, size)
    return source


# --------------------------------------------------------------------------------------------
# uint8_conversions


def widen_uint8(graph: torch.fx.Graph) -> int:
    """Conversions IREE gets wrong for uint8: float → uint8 saturates as if signed (200.0 gives
    127), and ops that read uint8 into a wider result (``sum`` → int64) extend it as signed
    (255 reads as -1). Each goes through an explicit, correct conversion instead."""
    count = 0
    for node in list(graph.nodes):
        if node.op != "call_function" or not isinstance(value(node), torch.Tensor):
            continue
        out = value(node).dtype
        builder = GraphBuilder(graph)
        builder.serving = node
        if node.target == aten._to_copy.default and out == torch.uint8:
            source = value(node.args[0])
            if isinstance(source, torch.Tensor) and source.is_floating_point():
                with graph.inserting_before(node):
                    wide = builder.call(aten._to_copy.default, node.args[0], dtype=torch.int32)
                node.args = (wide, *node.args[1:])
                count += 1
            continue
        if out in (torch.uint8, torch.bool) or node.target == aten._to_copy.default:
            continue
        for position, argument in enumerate(node.args):
            argument_value = value(argument)
            if isinstance(argument_value, torch.Tensor) and argument_value.dtype == torch.uint8:
                with graph.inserting_before(node):
                    wide = builder.call(aten._to_copy.default, argument, dtype=out)
                _set_argument(node, position, wide)
                count += 1
    return count


# --------------------------------------------------------------------------------------------
# unique_sort_shapes

_SORTS = {aten.sort.default: 1, aten.sort.stable: None, aten.topk.default: 2}  # op → dim's position


def separate_sort_shapes(graph: torch.fx.Graph) -> int:
    """Sorts (and topk) of one shape in one function share the index iota IREE sorts in place,
    so all but one return wrong indices. Each sort after the first of a shape runs on its input
    stacked over k zero blocks (a new leading dim of size 1 + k, unique in the function), and
    takes block 0 of the result."""
    used: set[tuple[int, ...]] = set()
    count = 0
    for node in list(graph.nodes):
        if node.op != "call_function" or node.target not in _SORTS:
            continue
        x = value(node.args[0])
        if not isinstance(x, torch.Tensor) or not all(isinstance(d, int) for d in x.shape):
            continue
        shape = tuple(x.shape)
        if shape not in used:
            used.add(shape)
            continue
        extra = 1
        while (1 + extra, *shape) in used:
            extra += 1
        used.add((1 + extra, *shape))
        _sort_in_block(graph, node, extra)
        count += 1
    return count


def _sort_in_block(graph: torch.fx.Graph, node: torch.fx.Node, extra: int) -> None:
    x = value(node.args[0])
    builder = GraphBuilder(graph)
    builder.serving = node
    with graph.inserting_before(node):
        block = builder.call(aten.unsqueeze.default, node.args[0], 0)
        zeros = builder.call(aten.zeros.default, [extra, *x.shape], dtype=x.dtype)
        stacked = builder.call(aten.cat.default, [block, zeros], 0)
    position = _SORTS[node.target]
    args, kwargs = list(node.args), dict(node.kwargs)
    args[0] = stacked
    if position is None:  # sort.stable: dim is a keyword
        kwargs["dim"] = _shifted(kwargs.get("dim", -1), x.dim())
    elif len(args) > position:
        args[position] = _shifted(args[position], x.dim())
    else:
        default = -1
        kwargs["dim"] = _shifted(kwargs.get("dim", default), x.dim())
    node.args, node.kwargs = tuple(args), kwargs
    node.meta["val"] = _refake(builder, node)
    for user in list(node.users):  # the getitems reading values and indices
        if user.op != "call_function" or user.target is not _getitem():
            continue
        # The getitem itself becomes "block 0 of ...": its name (maybe a graph output) stays.
        with graph.inserting_before(user):
            whole = builder.call(_getitem(), node, user.args[1])
        user.target, user.args = aten.select.int, (whole, 0, 0)


def _shifted(dim: int, rank: int) -> int:
    return (dim % max(rank, 1)) + 1


def _getitem() -> Any:
    import operator

    return operator.getitem


# --------------------------------------------------------------------------------------------
# pool_window_past_input

# Pooling ops and the position of their dilation argument (None: avg pools have none).
_POOLS = {
    aten.avg_pool1d.default: None,
    aten.avg_pool2d.default: None,
    aten.avg_pool3d.default: None,
    aten.max_pool1d.default: 4,
    aten.max_pool2d.default: 4,
    aten.max_pool3d.default: 4,
    aten.max_pool2d_with_indices.default: 4,
    aten.max_pool3d_with_indices.default: 4,
}


def shrink_pool_windows(graph: torch.fx.Graph) -> int:
    """A pooling window larger than its padded input (EfficientNet's ``AvgPool2d(1280,
    ceil_mode=True)`` on a 7x7 map) has one output along that dimension, over the whole padded
    input: the same window, cut to ``input + 2 * padding``, gives the same elements, the same
    divisor and the same indices, and compiles. Static sizes only; strides are written out."""
    count = 0
    for node in list(graph.nodes):
        if node.op != "call_function" or node.target not in _POOLS:
            continue
        x = value(node.args[0])
        dims = len(x.shape) - 2 if isinstance(x, torch.Tensor) and x.dim() >= 3 else 0
        kernel = _per_dim(node.args[1] if len(node.args) > 1 else None, dims)
        if not dims or kernel is None:
            continue
        stride = _per_dim(node.args[2] if len(node.args) > 2 else None, dims) or kernel
        padding = _per_dim(node.args[3] if len(node.args) > 3 else 0, dims)
        dilation_at = _POOLS[node.target]
        dilation = _per_dim(
            node.args[dilation_at] if dilation_at and len(node.args) > dilation_at else 1, dims
        )
        if padding is None or dilation is None or any(d != 1 for d in dilation):
            continue
        sizes = list(x.shape[-dims:])
        cut = [
            min(k, s + 2 * p) if isinstance(s, int) else k
            for k, s, p in zip(kernel, sizes, padding, strict=True)
        ]
        if cut == kernel:
            continue
        # One output along a cut dimension, whatever its stride: the stride becomes the window,
        # and ceil_mode goes where no dimension's output count depends on it (IREE's ceil
        # path is what fails here).
        stride = [c if c != k else s for c, k, s in zip(cut, kernel, stride, strict=True)]
        args = [*node.args[:1], cut, stride, *node.args[3:]]
        ceil_at = 3 + (dilation_at is not None) + 1
        if len(args) > ceil_at and args[ceil_at] is True and _ceil_is_floor(sizes, cut, stride, padding):
            args[ceil_at] = False
        node.args = tuple(args)
        count += 1
    return count


def _ceil_is_floor(sizes: list[Any], kernel: list[int], stride: list[int], padding: list[int]) -> bool:
    """Whether every dimension's output count is the same with ceil_mode as without."""
    for size, k, s, p in zip(sizes, kernel, stride, padding, strict=True):
        if not isinstance(size, int) or (size + 2 * p - k) % s != 0:
            return False
    return True


def _per_dim(argument: Any, dims: int) -> list[int] | None:
    """A pooling argument as one int per spatial dimension (None when it is not plain ints;
    an empty list, the stride's default, is None too: the caller falls back to the kernel)."""
    if isinstance(argument, int):
        return [argument] * dims
    if isinstance(argument, (list, tuple)) and argument and all(isinstance(a, int) for a in argument):
        return list(argument) * dims if len(argument) == 1 else list(argument)
    return None


def _refake(builder: GraphBuilder, node: torch.fx.Node) -> Any:
    values, kw_values = torch.fx.node.map_arg((node.args, node.kwargs), lambda n: n.meta["val"])
    with builder.fake_mode:
        return node.target(*values, **kw_values)


WORKAROUNDS: tuple[Workaround, ...] = (
    Workaround(
        "sdpa_mask_rank",
        "attention with a mask of lower rank than the query fails to compile "
        "('tensor.collapse_shape' rank error / 'query and mask batch dimension mismatch')",
        broadcast_attention_masks,
    ),
    Workaround(
        "scatter_into_view",
        "index_put/scatter into a slice of a larger tensor fails to compile ('write affecting "
        "operations on global resources are restricted to workgroup distributed contexts')",
        scatter_into_whole_tensor,
    ),
    Workaround(
        "uint8_conversions",
        "float → uint8 conversion saturates as signed int8 (200.0 → 127), and uint8 read into a "
        "wider result is sign-extended (sum of [255] is -1)",
        widen_uint8,
    ),
    Workaround(
        "unique_sort_shapes",
        "two sorts (or topk) of the same shape in one function return wrong indices: they share "
        "one index iota, sorted in place by each",
        separate_sort_shapes,
    ),
    Workaround(
        "pool_window_past_input",
        "a pooling window larger than its padded input (ceil_mode) fails to compile "
        "('linalg.generic' op inferred input/output operand has shape's dimension ... but found ...)",
        shrink_pool_windows,
    ),
    Workaround(
        "inline_zero_state",
        "two zero-initialised (splat) mutable globals updated in the same functions are fused "
        "into one, so one cache reads the other's values",
    ),
)


def names() -> tuple[str, ...]:
    return tuple(w.name for w in WORKAROUNDS)


def workaround(name: str) -> Workaround:
    for found in WORKAROUNDS:
        if found.name == name:
            return found
    raise ValueError(f"unknown workaround {name!r}; known: {', '.join(names())}")
