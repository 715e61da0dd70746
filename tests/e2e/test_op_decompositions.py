"""Ops IREE 3.13 compiles wrongly (or not at all) on the raw path, through torch_iree's own
decompositions (``torch_iree.decompositions.miscompiled_ops``, ``tan`` in ``special_functions``), against eager."""

from __future__ import annotations

import math

import pytest
import torch
import torch.nn.functional as F

import torch_iree

WEIGHT = torch.randn(10, 4)
INDICES = torch.tensor([1, 2, 4, 5, 4, 3, 2, 9])


def _bag(mode: str, **kwargs):  # type: ignore[no-untyped-def]
    return lambda w, i, o: F.embedding_bag(i, w, o, mode=mode, **kwargs)


CASES = {
    "logcumsumexp": (lambda x: torch.logcumsumexp(x, 1), (torch.randn(3, 37) * 20,)),
    "logcumsumexp_wide_spread": (
        lambda x: torch.logcumsumexp(x, 0),
        (torch.tensor([-200.0, 50.0, -math.inf, 80.0, 3.0]),),
    ),
    "logcumsumexp_0d": (lambda x: torch.logcumsumexp(x, 0), (torch.tensor(1.5),)),
    "embedding_bag_sum": (_bag("sum"), (WEIGHT, INDICES, torch.tensor([0, 3, 3, 6]))),
    "embedding_bag_mean": (_bag("mean"), (WEIGHT, INDICES, torch.tensor([0, 3, 3, 6]))),
    "embedding_bag_max": (_bag("max"), (WEIGHT, INDICES, torch.tensor([0, 3, 3, 6]))),
    "embedding_bag_padding": (_bag("mean", padding_idx=4), (WEIGHT, INDICES, torch.tensor([0, 2, 5]))),
    "embedding_bag_last_offset": (
        _bag("sum", include_last_offset=True),
        (WEIGHT, INDICES, torch.tensor([0, 2, 5, 7])),
    ),
    "embedding_bag_weighted": (
        lambda w, i, o, p: F.embedding_bag(i, w, o, mode="sum", per_sample_weights=p),
        (WEIGHT, INDICES, torch.tensor([0, 4]), torch.rand(8)),
    ),
    "nll_loss_none": (
        lambda x, t: F.nll_loss(x, t, reduction="none"),
        (torch.randn(5, 3), torch.tensor([0, 2, 1, 2, 0])),
    ),
    "nll_loss_mean_weighted_ignored": (
        lambda x, t, w: F.nll_loss(x, t, weight=w, ignore_index=1),
        (torch.randn(5, 3), torch.tensor([0, 2, 1, 2, 0]), torch.rand(3)),
    ),
    "nll_loss_sum_1d": (lambda x, t: F.nll_loss(x, t, reduction="sum"), (torch.randn(4), torch.tensor(2))),
    "cummax_with_ties_and_nan": (
        lambda x: torch.cummax(x, 0),
        (torch.tensor([1.0, 3.0, 3.0, 2.0, math.nan, 5.0]),),
    ),
    "cummin_2d": (lambda x: torch.cummin(x, 1), (torch.randn(3, 9),)),
    "logsumexp_inf_rows": (
        lambda x: torch.logsumexp(x, 1),
        (torch.tensor([[1.0, 2.0], [-math.inf, -math.inf], [math.inf, 0.0]]),),
    ),
    "logsumexp_of_integers": (lambda x: torch.logsumexp(x, 1), (torch.tensor([[1, 2, 3], [-4, 0, 9]]),)),
    "max_dim_keepdim": (lambda x: torch.max(x, 1, keepdim=True), (torch.randn(4, 6),)),
    "median_and_nanmedian": (
        lambda x: (torch.median(x, 1), torch.nanmedian(x, 1)),
        # (an all-NaN row has no defined nanmedian index: eager's depends on its selection algorithm)
        (torch.tensor([[3.0, math.nan, 1.0, 2.0], [4.0, 1.0, 2.0, 3.0], [5.0, math.nan, 1.0, math.nan]]),),
    ),
    "copysign_zeros": (
        torch.copysign,
        (torch.tensor([1.0, -2.0, 3.0, 0.0]), torch.tensor([-0.0, 0.0, -1.0, -5.0])),
    ),
    "nextafter": (
        torch.nextafter,
        (torch.tensor([0.0, 1.0, -1.0, 3.0]), torch.tensor([1.0, 2.0, -2.0, 3.0])),
    ),
    "frexp_subnormal_and_specials": (torch.frexp, (torch.tensor([0.0, 1e-40, -6.5, math.inf, 1024.0]),)),
    "diagonal_scatter_offset": (
        lambda x, s: torch.diagonal_scatter(x, s, 1),
        (torch.randn(4, 5), torch.randn(4)),
    ),
    "index_reduce_amax": (
        lambda x, i, s: x.index_reduce(0, i, s, "amax", include_self=False),
        (torch.randn(4, 3), torch.tensor([0, 2, 0]), torch.randn(3, 3)),
    ),
    "hypot_extremes": (
        torch.hypot,
        (torch.tensor([3e30, 0.0, math.inf, 1e-30]), torch.tensor([4e30, 0.0, 1.0, 1e-30])),
    ),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), (torch.linspace(-6, 6, 49),)),
    "squeeze_zero_size": (lambda x: (x.squeeze(), x.squeeze((0, 2))), (torch.randn(1, 0, 1, 3),)),
    "adaptive_avg_pool1d_zero_batch": (lambda x: F.adaptive_avg_pool1d(x, 3), (torch.randn(0, 8, 8),)),
    "pdist": (F.pdist, (torch.randn(5, 3),)),
    "tan_near_poles": (
        torch.tan,
        (torch.tensor([-1.5706383, 1.5707, 4.712385, 0.0, -0.0, 1e-8, 100.0, 0.7853982]),),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_eager(name: str) -> None:
    function, args = CASES[name]
    loaded = torch_iree.compile(function, args)
    torch.testing.assert_close(loaded(*args), function(*args), rtol=1e-5, atol=1e-5, equal_nan=True)
