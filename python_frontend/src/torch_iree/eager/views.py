"""Views on the eager device: a write through a view reaches its base, and a view read after
its base (or a sibling view) was written shows the write, as with PyTorch's own views.

Device values are never changed in place: an op's result is a new value. A view is therefore
its own value plus a ``ViewLink`` to its base, the way functionalization treats views: writing
into a view scatters the view's new value into the base (``slice_scatter`` for a slice, ...)
and bumps the base's write count; reading a view whose base was written since replays the view op
on the base first. Each step is an ordinary op on the device.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import torch

aten = torch.ops.aten
Dispatch = Callable[[Any, tuple[Any, ...], dict[str, Any]], Any]
IreeTensor = Any  # torch_iree.eager.tensor.IreeTensor (kept apart: no import circle)

# Views with the same elements in other sizes (a dense value's reshapes).
RESHAPES = {
    aten.view.default,
    aten.reshape.default,
    aten.unsqueeze.default,
    aten.squeeze.default,
    aten.squeeze.dim,
    aten.squeeze.dims,
}
# Written back by viewing the new value with the base's sizes.
_RESHAPING = RESHAPES | {aten.alias.default, aten.detach.default}
# A view op → the op that writes a source where the view sees: (base, src, *the view's
# arguments) -> the base with src written into it.
SCATTERS: dict[Any, Any] = {
    aten.slice.Tensor: aten.slice_scatter.default,
    aten.select.int: aten.select_scatter.default,
    aten.diagonal.default: aten.diagonal_scatter.default,
    aten.as_strided.default: aten.as_strided_scatter.default,
}
# Same elements in another order: written back by the inverse permutation.
_REORDERS = {aten.permute.default, aten.transpose.int, aten.t.default}
# Views several elements of which share memory: PyTorch refuses most writes into them.
_NOT_WRITABLE = {aten.expand.default}


@dataclass
class ViewLink:
    """How a view's value is made from its base (``func(base, *args, **kwargs)``), and the
    base's write count when it last was."""

    base: IreeTensor
    func: Any
    args: tuple[Any, ...]
    kwargs: dict[str, Any]
    base_writes: int


def link_views(func: Any, args: tuple[Any, ...], kwargs: dict[str, Any], result: Any) -> None:
    """Record that ``result`` (one tensor or a list, as ``func`` returned) views ``args[0]``."""
    base = args[0]
    if func in _NOT_WRITABLE or not hasattr(base, "_view_link"):
        return
    outputs = result if isinstance(result, (list, tuple)) else [result]
    single = len(outputs) == 1 and not isinstance(result, (list, tuple))
    for index, view in enumerate(outputs):
        if not hasattr(view, "_view_link"):
            continue
        if single and (func in SCATTERS or func in _RESHAPING or func in _REORDERS):
            view._view_link = ViewLink(base, func, tuple(args[1:]), dict(kwargs), base._writes)
        else:  # split, unbind, unfold, ...: the view's place in the base, found on meta tensors
            place = _strided_place(func, base, args[1:], kwargs, index)
            view._view_link = ViewLink(base, aten.as_strided.default, place, {}, base._writes)


def relink_after_in_place_view(
    tensor: IreeTensor, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> None:
    """``tensor.transpose_()`` and the like changed a view's own sizes: its link becomes the
    view's new place in the base, so replaying it and writing back stay right."""
    view = tensor._view_link
    if view is None:
        return
    base = torch.empty(tuple(view.base.shape), dtype=view.base.dtype, device="meta")
    meta = view.func(base, *view.args, **view.kwargs)
    func(meta, *args[1:], **kwargs)
    place = (list(meta.shape), list(meta.stride()), int(meta.storage_offset()))
    tensor._view_link = ViewLink(view.base, aten.as_strided.default, place, {}, view.base_writes)


def refresh_view(tensor: IreeTensor, dispatch: Dispatch) -> IreeTensor:
    """``tensor``, its value made again from its base if the base was written since."""
    view = tensor._view_link
    if view is None:
        return tensor
    refresh_view(view.base, dispatch)
    if view.base._writes != view.base_writes:
        tensor.take_value_of(dispatch(view.func, (view.base, *view.args), view.kwargs))
        view.base_writes = view.base._writes
        tensor._writes += 1  # views of this view are stale now
    return tensor


def propagate_write(tensor: IreeTensor, dispatch: Dispatch) -> None:
    """``tensor`` took a new value in place: so do its base, the base's base, and so on."""
    tensor._writes += 1
    view = tensor._view_link
    while view is not None:
        base = refresh_view(view.base, dispatch)
        base.take_value_of(_scatter(view, tensor, dispatch))
        base._writes += 1
        view.base_writes = base._writes
        tensor, view = base, base._view_link


def _scatter(view: ViewLink, value: IreeTensor, dispatch: Dispatch) -> IreeTensor:
    """The base with ``value`` written where ``view`` sees it."""
    base = view.base
    if view.func in SCATTERS:
        return dispatch(SCATTERS[view.func], (base, value, *view.args), view.kwargs)
    if view.func in _RESHAPING:
        return dispatch(aten.view.default, (value, list(base.shape)), {})
    return _reorder_back(view, value, dispatch)


def _permutation(view: ViewLink, rank: int) -> list[int]:
    """The dimension order a reordering view op gives (``permute``'s dims, a transpose's swap)."""
    if view.func is aten.permute.default:
        return [d % rank for d in view.args[0]]
    order = list(range(rank))
    if view.func is aten.transpose.int:
        first, second = (d % rank for d in view.args[:2])
        order[first], order[second] = order[second], order[first]
    elif rank == 2:  # t
        order = [1, 0]
    return order


def _reorder_back(view: ViewLink, value: IreeTensor, dispatch: Dispatch) -> IreeTensor:
    order = _permutation(view, len(view.base.shape))
    inverse = sorted(range(len(order)), key=order.__getitem__)
    return dispatch(aten.permute.default, (value, inverse), {})


def _strided_place(
    func: Any, base: IreeTensor, args: tuple[Any, ...], kwargs: dict[str, Any], index: int
) -> tuple[list[int], list[int], int]:
    """Sizes, strides and offset of output ``index`` of ``func`` over a dense ``base``."""
    meta = torch.empty(tuple(base.shape), dtype=base.dtype, device="meta")
    result = func(meta, *args, **kwargs)
    view = result[index] if isinstance(result, (list, tuple)) else result
    return list(view.shape), list(view.stride()), int(view.storage_offset())
