"""Decompositions of ops IREE 3.13 compiles to wrong answers or not at all, written with ops it
compiles right: ``logcumsumexp`` and ``embedding_bag`` (both miscompiled: the raw upstream path
returns wrong values for OpInfo's samples), ``nll_loss_forward`` (no lowering; PyTorch's own
decomposition returned a 0-d loss for ``reduction="none"``). Each is checked against eager in
``tests/e2e/test_op_decompositions.py``.
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


DECOMPOSITIONS: dict[Any, Any] = {
    aten.logcumsumexp.default: logcumsumexp,
    aten.nll_loss_forward.default: nll_loss_forward,
    aten._embedding_bag.default: embedding_bag,
    aten._embedding_bag_forward_only.default: embedding_bag,
}
