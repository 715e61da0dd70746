"""Views on the eager device behave as PyTorch's: a write through a view reaches its base, and
a view read after its base or a sibling view was written sees the write (torch_iree.eager.views).
Each case runs in PyTorch on the host and on the device, and must give equal tensors without
any op falling back to the host."""

from __future__ import annotations

import warnings
from collections.abc import Callable

import pytest
import torch

import torch_iree.eager as eager


@pytest.fixture(scope="module")
def dev() -> eager.EagerDevice:
    # The default compile cache, as the eager model tests use: single-op programs are shared.
    return eager.device("cpu")


def slice_assignment(x: torch.Tensor) -> torch.Tensor:
    x[:, :2] = 7.0
    return x


def write_through_a_transpose(x: torch.Tensor) -> torch.Tensor:
    x.t()[0].fill_(-1.0)
    return x


def write_through_a_flat_view(x: torch.Tensor) -> torch.Tensor:
    x.view(24)[3:5] = 0.0
    return x


def sibling_views(x: torch.Tensor) -> tuple[torch.Tensor, ...]:
    first, second = x[:2], x[1:3]
    first.mul_(2.0)
    return second.clone(), x


def view_of_a_view(x: torch.Tensor) -> tuple[torch.Tensor, ...]:
    rows = x[1:]
    block = rows[:, 2:4]
    block.zero_()
    return rows.clone(), x


def base_written_after_the_view(x: torch.Tensor) -> torch.Tensor:
    row = x[2]
    x.add_(1.0)
    return row.clone()


def write_into_a_chunk(x: torch.Tensor) -> torch.Tensor:
    x.chunk(3, dim=1)[1].fill_(5.0)
    return x


def cache_filled_by_slices(x: torch.Tensor) -> torch.Tensor:
    cache = torch.zeros(4, 8)  # a host tensor: the device takes it as an input
    cache = cache.to(x.device) if not hasattr(x, "iree_device") else x.iree_device.tensor(cache)
    cache[:, 2:8].copy_(x)
    cache.narrow(1, 0, 2).copy_(x[:, :2] * 2.0)
    return cache


def circular_padding(x: torch.Tensor) -> torch.Tensor:
    return torch.nn.functional.pad(x.unsqueeze(0), (1, 2), mode="circular")


def detach_shares_the_value(x: torch.Tensor) -> torch.Tensor:
    detached = x.detach()
    x.add_(1.0)
    return detached.clone()


def transposed_in_place_then_written(x: torch.Tensor) -> tuple[torch.Tensor, ...]:
    rows = x[1:3]
    rows.transpose_(0, 1)  # the view's own sizes change; its place in x too
    rows[0].fill_(-5.0)
    x.add_(1.0)
    return rows.clone(), x


CASES: list[Callable[[torch.Tensor], object]] = [
    slice_assignment,
    write_through_a_transpose,
    write_through_a_flat_view,
    sibling_views,
    view_of_a_view,
    base_written_after_the_view,
    write_into_a_chunk,
    cache_filled_by_slices,
    circular_padding,
    detach_shares_the_value,
    transposed_in_place_then_written,
]


@pytest.mark.parametrize("case", CASES, ids=[case.__name__ for case in CASES])
def test_views_see_writes_as_in_pytorch(
    dev: eager.EagerDevice, case: Callable[[torch.Tensor], object]
) -> None:
    x = torch.arange(24.0).reshape(4, 6)
    expected = case(x.clone())
    with warnings.catch_warnings():
        warnings.simplefilter("error", eager.HostFallbackWarning)
        got = case(x.to(dev))
    expected_tuple = expected if isinstance(expected, tuple) else (expected,)
    got_tuple = got if isinstance(got, tuple) else (got,)
    assert len(got_tuple) == len(expected_tuple)
    for value, reference in zip(got_tuple, expected_tuple, strict=True):
        assert isinstance(value, eager.IreeTensor)
        torch.testing.assert_close(value.cpu(), reference, rtol=0, atol=0)


def test_calls_pytorch_refuses_raise_its_error_before_running(dev: eager.EagerDevice) -> None:
    # A program given sizes it was not made for may write out of bounds: a slice_scatter
    # whose source does not fit corrupted the heap before this was checked.
    x = torch.zeros(4, 6).to(dev)
    with pytest.raises(RuntimeError, match="source has sizes \\[6, 2\\]"):
        torch.slice_scatter(x, torch.ones(6, 2).to(dev), 0, 1, 3)
    with pytest.raises(RuntimeError, match="broadcast"):
        torch.ones(3).to(dev) + torch.ones(4).to(dev)
    torch.testing.assert_close(
        torch.slice_scatter(x, torch.ones(2, 6).to(dev), 0, 1, 3).cpu()[1:3], torch.ones(2, 6)
    )
