"""Decompositions of ops IREE 3.13 compiles to wrong answers or not at all, written with ops it
compiles right: ``logcumsumexp`` and ``embedding_bag`` (both miscompiled: the raw upstream path
returns wrong values for OpInfo's samples), ``gelu(approximate="tanh")`` (IREE's tanh loses
digits near saturation), ``nll_loss_forward`` (no lowering; PyTorch's own decomposition returned
a 0-d loss for ``reduction="none"``), and ops with no lowering: scans (``cummax``/``cummin``),
reductions with indices (``max``/``min``/``kthvalue``/``median`` along a dim, ``any``),
``logsumexp``, ``nll_loss2d``, ``fmax``/``fmin``, ``hypot``, ``angle``, ``addmv``, ``cdist``,
``isin``, ``searchsorted``, ``histc``. Each is checked against eager in
``tests/e2e/test_op_decompositions.py`` and by the OpInfo sweep.
"""

from __future__ import annotations

import math
from typing import Any

import torch

aten = torch.ops.aten
Tensor = torch.Tensor


def logcumsumexp(x: Tensor, dim: int) -> Tensor:
    """log(cumsum(exp(x))) along ``dim`` as a log-step scan (Hillis-Steele) of logaddexp: stable
    for any spread of values (subtracting one maximum would underflow the small prefixes)."""
    if x.dim() == 0:
        return x.clone()
    dim = dim % x.dim()
    length = x.shape[dim]
    result = x
    offset = 1
    while offset < length:
        shifted = torch.cat(
            [
                torch.full_like(result.narrow(dim, 0, offset), -math.inf),
                result.narrow(dim, 0, length - offset),
            ],
            dim,
        )
        result = _logaddexp(result, shifted)
        offset *= 2
    return result


def _logaddexp(a: Tensor, b: Tensor) -> Tensor:
    high = torch.maximum(a, b)
    low = torch.minimum(a, b)
    summed = high + torch.log1p(torch.exp(low - high))
    return torch.where(low == -math.inf, high, summed)  # also -inf + -inf, without inf - inf


def nll_loss_forward(
    x: Tensor, target: Tensor, weight: Tensor | None, reduction: int, ignore_index: int
) -> Any:
    if x.dim() > 2:
        return NotImplemented
    scores = x if x.dim() == 2 else x[None]
    labels = target if target.dim() == 1 else target[None]
    valid = labels != ignore_index
    safe = torch.where(valid, labels, torch.zeros_like(labels))
    picked = -torch.gather(scores, 1, safe[:, None])[:, 0]
    weights = torch.ones_like(picked) if weight is None else weight[safe]
    weights = torch.where(valid, weights, torch.zeros_like(weights))
    losses = picked * weights
    total = weights.sum()
    if reduction == 0:  # none
        return losses.reshape(target.shape), total.new_zeros(())
    if reduction == 1:  # mean over the weights of the counted targets
        return losses.sum() / total, total
    return losses.sum(), total


def embedding_bag(
    weight: Tensor,
    indices: Tensor,
    offsets: Tensor,
    scale_grad_by_freq: bool = False,
    mode: int = 0,
    sparse: bool = False,
    per_sample_weights: Tensor | None = None,
    include_last_offset: bool = False,
    padding_idx: int = -1,
) -> Any:
    """``_embedding_bag`` for 1-D indices with offsets: each index's bag is the number of offsets
    at or before it, less one; bags are then summed (mode 0), averaged (1) or maxed (2)."""
    if indices.dim() != 1 or mode not in (0, 1, 2):
        return NotImplemented
    bags = offsets.shape[0] - (1 if include_last_offset else 0)
    count = indices.shape[0]
    positions = torch.arange(count, device=indices.device)
    bag_of = (offsets[None, :bags] <= positions[:, None]).sum(1) - 1
    kept = (bag_of >= 0) & (indices != padding_idx) if padding_idx >= 0 else bag_of >= 0
    if include_last_offset:
        kept = kept & (positions < offsets[-1])
    rows = weight[indices]
    if per_sample_weights is not None:
        rows = rows * per_sample_weights[:, None]
    target = torch.where(kept, bag_of, torch.zeros_like(bag_of))
    expanded = target[:, None].expand_as(rows)
    sizes = torch.zeros(bags, dtype=torch.int64, device=indices.device).index_add(
        0, target, kept.to(torch.int64)
    )
    if mode == 2:
        empty = torch.full((bags, weight.shape[1]), -math.inf, dtype=weight.dtype, device=weight.device)
        masked = torch.where(kept[:, None], rows, torch.full_like(rows, -math.inf))
        output = empty.scatter_reduce(0, expanded, masked, "amax", include_self=True)
        output = torch.where(sizes[:, None] > 0, output, torch.zeros_like(output))
    else:
        masked = torch.where(kept[:, None], rows, torch.zeros_like(rows))
        output = weight.new_zeros((bags, weight.shape[1])).scatter_add(0, expanded, masked)
        if mode == 1:
            output = output / sizes.clamp(min=1)[:, None].to(output.dtype)
    return output, bag_of, sizes, torch.zeros_like(sizes)


def _scan_extreme(x: Tensor, dim: int, larger: bool) -> tuple[Tensor, Tensor]:
    """cummax/cummin as a log-step scan of (value, index) pairs: a later element wins ties (as
    in eager) and a NaN, once seen, stays."""
    if x.dim() == 0:
        return x.clone(), torch.zeros((), dtype=torch.int64)
    dim = dim % x.dim()
    length = x.shape[dim]
    shape = [1] * x.dim()
    shape[dim] = length
    values, indices = x, torch.arange(length).reshape(shape).expand(x.shape)
    offset = 1
    while offset < length:
        earlier_v = torch.cat([values.narrow(dim, 0, offset), values.narrow(dim, 0, length - offset)], dim)
        earlier_i = torch.cat([indices.narrow(dim, 0, offset), indices.narrow(dim, 0, length - offset)], dim)
        beats = (values >= earlier_v) if larger else (values <= earlier_v)
        keep_mine = (beats & ~torch.isnan(earlier_v)) | torch.isnan(values)
        values = torch.where(keep_mine, values, earlier_v)
        indices = torch.where(keep_mine, indices, earlier_i)
        offset *= 2
    return values, indices


def cummax(x: Tensor, dim: int) -> tuple[Tensor, Tensor]:
    return _scan_extreme(x, dim, larger=True)


def cummin(x: Tensor, dim: int) -> tuple[Tensor, Tensor]:
    return _scan_extreme(x, dim, larger=False)


def logsumexp(x: Tensor, dim: Any, keepdim: bool = False) -> Tensor:
    if not x.is_floating_point():  # as eager: integers and bools give the default float dtype
        x = x.to(torch.get_default_dtype())
    dims = [dim] if isinstance(dim, int) else list(dim)
    if x.dim() == 0 or not dims:
        return x.clone() if x.dim() == 0 else torch.log(torch.exp(x))
    top = torch.amax(x, dims, keepdim=True)
    top = torch.where(torch.isinf(top), torch.zeros_like(top), top)
    result = torch.log(torch.sum(torch.exp(x - top), dims, keepdim=True)) + top
    return result if keepdim else result.squeeze(dims)


def _extreme_with_index(x: Tensor, dim: int, keepdim: bool, larger: bool) -> tuple[Tensor, Tensor]:
    if x.dim() == 0:
        return x.clone(), torch.zeros((), dtype=torch.int64)
    value = torch.amax(x, dim, keepdim) if larger else torch.amin(x, dim, keepdim)
    index = torch.argmax(x, dim, keepdim) if larger else torch.argmin(x, dim, keepdim)
    return value, index


def max_dim(x: Tensor, dim: int, keepdim: bool = False) -> Any:
    return _extreme_with_index(x, dim, keepdim, larger=True)


def min_dim(x: Tensor, dim: int, keepdim: bool = False) -> Any:
    return _extreme_with_index(x, dim, keepdim, larger=False)


def any_dim(x: Tensor, dim: Any = None, keepdim: bool = False) -> Tensor:
    dims = list(range(x.dim())) if dim is None else ([dim] if isinstance(dim, int) else list(dim))
    if x.dim() == 0:
        return x != 0
    return torch.sum((x != 0).to(torch.int32), dims, keepdim=keepdim) > 0


def nll_loss2d_forward(
    x: Tensor, target: Tensor, weight: Tensor | None, reduction: int, ignore_index: int
) -> Any:
    """The image form (scores [N, C, H, W]) as the flat one: one row of C scores per pixel."""
    classes = x.shape[1]
    flat = x.movedim(1, -1).reshape(-1, classes)
    loss, total = nll_loss_forward(flat, target.reshape(-1), weight, reduction, ignore_index)
    return (loss.reshape(target.shape) if reduction == 0 else loss), total


def fmax(a: Tensor, b: Tensor) -> Tensor:  # NaN only where both are
    return torch.where(torch.isnan(a), b, torch.where(torch.isnan(b), a, torch.maximum(a, b)))


def fmin(a: Tensor, b: Tensor) -> Tensor:
    return torch.where(torch.isnan(a), b, torch.where(torch.isnan(b), a, torch.minimum(a, b)))


def hypot(a: Tensor, b: Tensor) -> Tensor:
    """sqrt(a² + b²) scaled by the larger magnitude, so neither overflows nor underflows."""
    a, b = torch.broadcast_tensors(a.abs(), b.abs())
    high, low = torch.maximum(a, b), torch.minimum(a, b)
    ratio = torch.where(high == 0, torch.zeros_like(high), low / high)
    result = high * torch.sqrt(1 + ratio * ratio)
    # NaN propagates through maximum, except that an infinite side wins (as in eager)
    return torch.where(torch.isinf(a) | torch.isinf(b), torch.full_like(result, math.inf), result)


def angle(x: Tensor) -> Any:
    if x.is_complex():
        return NotImplemented
    dtype = x.dtype if x.is_floating_point() else torch.get_default_dtype()
    value = torch.where(x < 0, torch.full_like(x, math.pi, dtype=dtype), torch.zeros_like(x, dtype=dtype))
    return torch.where(torch.isnan(x), x.to(dtype), value)


def addmv(x: Tensor, matrix: Tensor, vector: Tensor, *, beta: Any = 1, alpha: Any = 1) -> Tensor:
    product = torch.mv(matrix, vector)
    product = product if alpha == 1 else product * alpha
    return product if beta == 0 else (x if beta == 1 else x * beta) + product


def cdist(x1: Tensor, x2: Tensor, p: float, compute_mode: Any = None) -> Tensor:
    difference = (x1.unsqueeze(-2) - x2.unsqueeze(-3)).abs()
    if p == 0:
        return (difference != 0).to(x1.dtype).sum(-1)
    if math.isinf(p):
        return difference.amax(-1)
    return difference.pow(p).sum(-1).pow(1.0 / p)


def gelu(x: Tensor, approximate: str = "none") -> Any:
    if approximate != "tanh":
        return NotImplemented  # the erf form lowers well
    # 0.5 x (1 + tanh(y)) = x · sigmoid(2y): no cancellation where tanh(y) nears -1
    inner = math.sqrt(2.0 / math.pi) * (x + 0.044715 * x * x * x)
    return x * torch.sigmoid(2.0 * inner)


def kthvalue(x: Tensor, k: int, dim: int = -1, keepdim: bool = False) -> Any:
    if x.dim() == 0:
        return x.clone(), torch.zeros((), dtype=torch.int64)
    values, indices = torch.sort(x, dim)
    value, index = values.narrow(dim, k - 1, 1), indices.narrow(dim, k - 1, 1)
    return (value, index) if keepdim else (value.squeeze(dim), index.squeeze(dim))


def median_dim(x: Tensor, dim: int = -1, keepdim: bool = False) -> Any:
    if x.dim() == 0:
        return x.clone(), torch.zeros((), dtype=torch.int64)
    size = x.shape[dim % x.dim()]
    if not isinstance(size, int) or size == 0:
        return NotImplemented
    values, indices = torch.sort(x, dim)
    value, index = values.narrow(dim, (size - 1) // 2, 1), indices.narrow(dim, (size - 1) // 2, 1)
    if x.is_floating_point():  # eager's median is NaN, at the first NaN, when a row holds one
        nans = torch.isnan(x)
        has_nan = nans.any(dim, keepdim=True)
        value = torch.where(has_nan, torch.full_like(value, math.nan), value)
        index = torch.where(has_nan, torch.argmax(nans.to(torch.int32), dim, keepdim=True), index)
    return (value, index) if keepdim else (value.squeeze(dim), index.squeeze(dim))


def nanmedian_dim(x: Tensor, dim: int = -1, keepdim: bool = False) -> Any:
    """The median of the non-NaN values (NaNs sort last): the ((count - 1) // 2)-th of them."""
    if x.dim() == 0:
        return x.clone(), torch.zeros((), dtype=torch.int64)
    # NaNs as +inf sort after every number wherever the sort puts NaN itself
    values, indices = torch.sort(torch.where(torch.isnan(x), torch.full_like(x, math.inf), x), dim)
    count = (~torch.isnan(x)).sum(dim, keepdim=True)
    position = torch.clamp((count - 1) // 2, min=0)
    value, index = torch.gather(values, dim, position), torch.gather(indices, dim, position)
    value = torch.where(count == 0, torch.full_like(value, math.nan), value)
    return (value, index) if keepdim else (value.squeeze(dim), index.squeeze(dim))


def nanmedian(x: Tensor) -> Any:
    if x.numel() == 0:
        return NotImplemented
    return nanmedian_dim(x.reshape(-1), 0)[0]


def median(x: Tensor) -> Any:
    if x.numel() == 0:
        return NotImplemented
    return median_dim(x.reshape(-1), 0)[0]


def isin(elements: Any, test: Any, *, assume_unique: bool = False, invert: bool = False) -> Any:
    if not isinstance(elements, Tensor) or not isinstance(test, Tensor):
        return NotImplemented
    found = (
        (elements.unsqueeze(-1) == test.reshape(-1)).any(-1)
        if test.numel()
        else torch.zeros_like(elements, dtype=torch.bool)
    )
    return ~found if invert else found


def searchsorted(
    sorted_sequence: Tensor,
    values: Tensor,
    *,
    out_int32: bool = False,
    right: bool = False,
    side: Any = None,
    sorter: Any = None,
) -> Any:
    if sorter is not None or sorted_sequence.dim() > 1 and sorted_sequence.shape[:-1] != values.shape[:-1]:
        return NotImplemented
    right = right or side == "right"
    boundaries = sorted_sequence.unsqueeze(-2) if sorted_sequence.dim() > 1 else sorted_sequence
    probe = values.unsqueeze(-1)
    below = (boundaries <= probe) if right else (boundaries < probe)
    return below.sum(-1).to(torch.int32 if out_int32 else torch.int64)


def histc(x: Tensor, bins: int = 100, low: Any = 0, high: Any = 0) -> Any:
    if low == high:
        return NotImplemented  # the range comes from the data: data-dependent
    width = (high - low) / bins
    position = torch.floor((x - low) / width).to(torch.int64)
    position = torch.where(x == high, torch.full_like(position, bins - 1), position)
    inside = (x >= low) & (x <= high)
    counts = torch.nn.functional.one_hot(torch.where(inside, position, 0).reshape(-1), bins)
    return (counts * inside.reshape(-1, 1)).sum(0).to(x.dtype)


DECOMPOSITIONS: dict[Any, Any] = {
    aten.logcumsumexp.default: logcumsumexp,
    aten.cummax.default: cummax,
    aten.cummin.default: cummin,
    aten.logsumexp.default: logsumexp,
    aten.max.dim: max_dim,
    aten.min.dim: min_dim,
    aten.any.dim: any_dim,
    aten.any.dims: any_dim,
    aten.nll_loss2d_forward.default: nll_loss2d_forward,
    aten.fmax.default: fmax,
    aten.fmin.default: fmin,
    aten.hypot.default: hypot,
    aten.angle.default: angle,
    aten.addmv.default: addmv,
    aten._cdist_forward.default: cdist,
    aten.gelu.default: gelu,
    aten.kthvalue.default: kthvalue,
    aten.median.dim: median_dim,
    aten.median.default: median,
    aten.nanmedian.dim: nanmedian_dim,
    aten.nanmedian.default: nanmedian,
    aten.isin.Tensor_Tensor: isin,
    aten.searchsorted.Tensor: searchsorted,
    aten.histc.default: histc,
    aten.nll_loss_forward.default: nll_loss_forward,
    aten._embedding_bag.default: embedding_bag,
    aten._embedding_bag_forward_only.default: embedding_bag,
}
