"""Decompositions for shape, creation and indexing ops the torch dialect of IREE 3.13 does not
lower (``squeeze`` with a dim list or none, ``unbind``, ``eye``, ``empty_like``, ``put``,
``index_reduce``, ``diagonal_scatter``, ``as_strided_scatter``): written with views,
comparisons and scatters it does. The scatters into views go through flat offsets: an iota of
the tensor's element offsets, viewed the same way, says where each source element lands."""

from __future__ import annotations

from typing import Any

import torch

aten = torch.ops.aten
Tensor = torch.Tensor


def squeeze(x: Tensor, dims: Any = None) -> Tensor:
    """One ``squeeze.dim`` per size-1 dimension, last first (the dialect lowers squeeze.dim for
    any size; a view of a zero-size tensor crashes iree-compile)."""
    if any(not isinstance(s, int) for s in x.shape):
        return NotImplemented  # a dynamic size may or may not be 1: keep the op
    if isinstance(dims, int):
        dims = [dims]
    rank = max(x.dim(), 1)
    chosen = {d % rank for d in dims} if dims is not None else set(range(x.dim()))
    for d in sorted(chosen, reverse=True):
        if d < x.dim() and x.shape[d] == 1:
            x = aten.squeeze.dim(x, d)
    return x


def unbind(x: Tensor, dim: int = 0) -> list[Tensor]:
    return [aten.select.int(x, dim, i) for i in range(x.shape[dim])]


def eye(
    n: int,
    m: int | None = None,
    *,
    dtype: Any = None,
    layout: Any = None,
    device: Any = None,
    pin_memory: Any = None,
) -> Tensor:
    m = n if m is None else m
    rows = torch.arange(n, device=device)[:, None]
    columns = torch.arange(m, device=device)[None, :]
    return (rows == columns).to(dtype or torch.get_default_dtype())


def empty_like(x: Tensor, **kwargs: Any) -> Tensor:
    # Uninitialised memory may hold anything: zeros are one valid content, and compile.
    return torch.zeros_like(x, **{k: v for k, v in kwargs.items() if k in ("dtype", "device")})


def put(x: Tensor, index: Tensor, source: Tensor, accumulate: bool = False) -> Tensor:
    flat = x.reshape(-1)
    wrapped = torch.where(index < 0, index + flat.shape[0], index).reshape(-1)
    return flat.index_put((wrapped,), source.reshape(-1), accumulate).reshape(x.shape)


def index_reduce(
    x: Tensor, dim: int, index: Tensor, source: Tensor, reduce: str, include_self: bool = True
) -> Any:
    """index_reduce is scatter_reduce with the index spread along ``dim`` over the source."""
    if reduce not in ("prod", "mean", "amax", "amin"):
        return NotImplemented
    if x.dim() == 0:  # a 0-d tensor indexes as one of one element
        return index_reduce(x.reshape(1), 0, index, source.reshape(1), reduce, include_self).reshape(())
    dim = dim % x.dim()
    shape = [1] * source.dim()
    shape[dim] = index.shape[0]
    spread = index.reshape(shape).expand(source.shape)
    return x.scatter_reduce(dim, spread, source, reduce, include_self=include_self)


def _scatter_at(x: Tensor, positions: Tensor, source: Tensor) -> Tensor:
    """``x`` with ``source`` written where ``positions`` (flat offsets into ``x``) say."""
    flat = x.reshape(-1).index_put((positions.reshape(-1),), source.reshape(-1))
    return flat.reshape(x.shape)


def _offsets(x: Tensor) -> Tensor:
    return torch.arange(x.numel(), device=x.device).reshape(x.shape)


def diagonal_scatter(x: Tensor, source: Tensor, offset: int = 0, dim1: int = 0, dim2: int = 1) -> Tensor:
    positions = torch.diagonal(_offsets(x), offset, dim1, dim2)
    return _scatter_at(x, positions, source.expand(positions.shape))


def as_strided_scatter(
    x: Tensor, source: Tensor, size: Any, stride: Any, storage_offset: Any = None
) -> Tensor:
    positions = torch.as_strided(_offsets(x).reshape(-1), size, stride, storage_offset or 0)
    return _scatter_at(x, positions, source.expand(positions.shape))


DECOMPOSITIONS: dict[Any, Any] = {
    aten.diagonal_scatter.default: diagonal_scatter,
    aten.as_strided_scatter.default: as_strided_scatter,
    aten.squeeze.default: squeeze,
    aten.squeeze.dims: squeeze,
    aten.unbind.int: unbind,
    aten.eye.default: eye,
    aten.eye.m: eye,
    aten.empty_like.default: empty_like,
    aten.put.default: put,
    aten.index_reduce.default: index_reduce,
}
