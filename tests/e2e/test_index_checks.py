"""Out-of-range indices never read or write outside a tensor: every gather- and scatter-like op
checks its indices, an out-of-range one raises InputError (the process lives, no output comes
back), and negative indices behave as in eager PyTorch."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np
import pytest
import torch
import torch.nn.functional as F

import torch_iree
from torch_iree import InputError


class Op(torch.nn.Module):
    def __init__(self, fn: Callable[..., torch.Tensor]) -> None:
        super().__init__()
        self.fn = fn

    def forward(self, *args: torch.Tensor) -> torch.Tensor:
        return self.fn(*args)


X = torch.arange(40.0).reshape(10, 4)
i64 = torch.int64


# name → (fn(x, index), index for the export, in-range index, does a negative index wrap?)
CASES: dict[str, tuple[Callable[..., torch.Tensor], torch.Tensor, torch.Tensor, bool]] = {
    "embedding": (lambda x, i: F.embedding(i, x), torch.tensor([[1, 2]]), torch.tensor([[0, 9]]), False),
    "index_select": (lambda x, i: x.index_select(0, i), torch.tensor([1, 2]), torch.tensor([9, 0]), False),
    "gather": (
        lambda x, i: x.gather(0, i),
        torch.zeros(2, 4, dtype=i64),
        torch.tensor([[9] * 4, [0] * 4]),
        False,
    ),
    "take": (lambda x, i: x.take(i), torch.tensor([1, 2]), torch.tensor([39, 0]), True),
    "advanced_index": (lambda x, i: x[i], torch.tensor([1, 2]), torch.tensor([9, 0]), True),
    "index_two_dims": (lambda x, i: x[i, i % 4], torch.tensor([1, 2]), torch.tensor([9, 3]), True),
    "index_put": (
        lambda x, i: x.index_put((i,), torch.ones(2, 4)),
        torch.tensor([1, 2]),
        torch.tensor([9, 0]),
        True,
    ),
    "scatter": (
        lambda x, i: x.scatter(0, i, torch.ones(1, 4)),
        torch.zeros(1, 4, dtype=i64),
        torch.full((1, 4), 9),
        False,
    ),
    "scatter_add": (
        lambda x, i: x.scatter_add(0, i, torch.ones(1, 4)),
        torch.zeros(1, 4, dtype=i64),
        torch.full((1, 4), 9),
        False,
    ),
    "index_copy": (
        lambda x, i: x.index_copy(0, i, torch.ones(2, 4)),
        torch.tensor([1, 2]),
        torch.tensor([9, 0]),
        False,
    ),
}


@pytest.fixture(scope="module", params=sorted(CASES))
def case(request: pytest.FixtureRequest) -> tuple[str, Op, torch_iree.Loaded, torch.Tensor, bool]:
    fn, example, good, wraps = CASES[request.param]
    model = Op(fn)
    return request.param, model, torch_iree.compile(model, (X, example)), good, wraps


def test_in_range_matches_eager(case) -> None:  # type: ignore[no-untyped-def]
    _, model, run, good, _ = case
    torch.testing.assert_close(run(X, good), model(X, good))


@pytest.mark.parametrize("offset", [1, 10_000_000])
def test_out_of_range_is_an_input_error(case, offset: int) -> None:  # type: ignore[no-untyped-def]
    name, model, run, good, _ = case
    bad = good.clone()
    bad.view(-1)[0] = (X.numel() if name == "take" else 10) - 1 + offset
    with pytest.raises(Exception):  # noqa: B017 (eager's own error type varies by op)
        model(X, bad)
    with pytest.raises(InputError, match="index out of range in aten"):
        run(X, bad)
    torch.testing.assert_close(run(X, good), model(X, good))  # and the program still works


def test_negative_indices_behave_as_in_eager(case) -> None:  # type: ignore[no-untyped-def]
    _, model, run, good, wraps = case
    negative = good - (X.numel() if case[0] == "take" else 10)  # the same rows, counted from the end
    if wraps:
        torch.testing.assert_close(run(X, negative), model(X, negative))
    else:
        with pytest.raises(Exception):  # noqa: B017
            model(X, negative)
        with pytest.raises(InputError, match="index out of range"):
            run(X, negative)
    too_negative = negative.clone()
    too_negative.view(-1)[0] = -(X.numel() + 1)
    with pytest.raises(InputError):
        run(X, too_negative)


def test_checks_can_be_turned_off() -> None:
    model = torch.nn.Embedding(96, 8).eval()
    index = torch.tensor([[1, 95]])
    exported = torch_iree.export(model, (index,), index_checks=False)
    assert exported.signature.index_checks == ()
    run = exported.compile().load()
    torch.testing.assert_close(run(index), model(index))
    checked = torch_iree.export(model, (index,))
    assert len(checked.signature.index_checks) == 1 and "aten.embedding" in checked.signature.index_checks[0]


def test_dynamic_shapes_and_dynamo() -> None:
    from torch.export import Dim

    model = torch.nn.Embedding(96, 8).eval()
    run = torch_iree.compile(
        model, (torch.tensor([[1, 2]]),), dynamic_shapes=({1: Dim("seq", min=1, max=64)},)
    )
    torch.testing.assert_close(run(torch.tensor([[5, 6, 95]])), model(torch.tensor([[5, 6, 95]])))
    with pytest.raises(InputError):
        run(torch.tensor([[5, 96, 7]]))
    torch._dynamo.reset()
    compiled = torch.compile(model, backend="iree")
    with torch.no_grad():
        torch.testing.assert_close(compiled(torch.tensor([[3, 4]])), model(torch.tensor([[3, 4]])))
        with pytest.raises(InputError):
            compiled(torch.tensor([[3, 96]]))
    torch._dynamo.reset()


def test_cli_run_with_an_out_of_range_index(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from torch_iree.cli import main

    program = torch_iree.export(torch.nn.Embedding(96, 8).eval(), (torch.tensor([[1, 2]]),)).compile()
    program.save(tmp_path / "embed.vmfb")
    np.save(tmp_path / "ids.npy", np.array([[3, 10_000_000]], dtype=np.int64))
    assert (
        main(["run", str(tmp_path / "embed.vmfb"), str(tmp_path / "ids.npy"), "-o", str(tmp_path / "out")])
        == 2
    )
    assert "index out of range in aten.embedding" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()
