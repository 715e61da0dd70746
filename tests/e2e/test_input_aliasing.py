"""A compiled program never changes the caller's tensors: IREE may build an op's result in the
storage of an input (iree-org/iree#16168), so inputs that reach such an op are passed as copies
(torch_iree._passes.aliasing); all others still cross without a copy."""

from __future__ import annotations

from collections.abc import Callable

import pytest
import torch

import torch_iree


def _setitem_slice(x: torch.Tensor, i: torch.Tensor) -> torch.Tensor:
    y = x.clone()
    y[1:3] = 5.0
    return y


def _setitem_index(x: torch.Tensor, i: torch.Tensor) -> torch.Tensor:
    y = x.clone()
    y[i] = 7.0
    return y


OPS: dict[str, Callable[[torch.Tensor, torch.Tensor], torch.Tensor]] = {
    "sort": lambda x, i: torch.sort(x, dim=1)[0],
    "sort_descending": lambda x, i: torch.sort(x, dim=0, descending=True)[0],
    "topk": lambda x, i: torch.topk(x, 2, dim=1)[0],
    "index_put": lambda x, i: x.index_put((i,), torch.ones(2, 4)),
    "index_copy": lambda x, i: x.index_copy(0, i, torch.ones(2, 4)),
    "index_add": lambda x, i: x.index_add(0, i, torch.ones(2, 4)),
    "index_fill": lambda x, i: x.index_fill(0, i, -1.0),
    "scatter": lambda x, i: x.scatter(0, i[:1].view(1, 1).expand(1, 4), torch.ones(1, 4)),
    "scatter_add": lambda x, i: x.scatter_add(0, i[:1].view(1, 1).expand(1, 4), torch.ones(1, 4)),
    "slice_scatter": lambda x, i: torch.slice_scatter(x, torch.zeros(2, 4), 0, 0, 2),
    "select_scatter": lambda x, i: torch.select_scatter(x, torch.zeros(4), 0, 1),
    "setitem_slice": _setitem_slice,
    "setitem_index": _setitem_index,
    "view_then_sort": lambda x, i: torch.sort(x.view(4, 10), dim=1)[0],
    "cumsum": lambda x, i: x.cumsum(0),
    "masked_fill": lambda x, i: x.masked_fill(x > 0, 0.0),
}


class Op(torch.nn.Module):
    def __init__(self, fn: Callable[..., torch.Tensor]) -> None:
        super().__init__()
        self.fn = fn

    def forward(self, x: torch.Tensor, i: torch.Tensor) -> torch.Tensor:
        return self.fn(x, i)


@pytest.mark.parametrize("name", sorted(OPS))
def test_inputs_are_never_changed(name: str) -> None:
    model = Op(OPS[name])
    torch.manual_seed(0)
    x, index = torch.randn(10, 4), torch.tensor([3, 4])
    run = torch_iree.compile(model, (x, torch.tensor([1, 2])))
    before = x.clone()
    for _ in range(2):  # a second call sees the same input as the first
        torch.testing.assert_close(run(x, index), model(before, index))
    assert torch.equal(x, before)


def test_torch_compile_keeps_the_callers_tensors() -> None:
    model = Op(OPS["index_put"])
    x, index = torch.randn(10, 4), torch.tensor([3, 4])
    before = x.clone()
    torch._dynamo.reset()
    compiled = torch.compile(model, backend="iree")
    with torch.no_grad():
        torch.testing.assert_close(compiled(x, index), model(before, index))
    assert torch.equal(x, before)
    torch._dynamo.reset()


def test_only_inputs_that_reach_an_update_are_copied() -> None:
    plain = torch_iree.export(torch.nn.Linear(4, 4), (torch.randn(2, 4),))
    assert plain.signature.copied_inputs == ()
    sorted_second = torch_iree.export(
        Op(lambda x, i: x + torch.sort(i.float())[0].sum()), (torch.randn(2), torch.tensor([2, 1]))
    )
    assert sorted_second.signature.copied_inputs == ()  # sort reads a converted copy of i, not i
    updated = torch_iree.export(Op(OPS["index_put"]), (torch.randn(10, 4), torch.tensor([1, 2])))
    assert updated.signature.copied_inputs == (0,)
