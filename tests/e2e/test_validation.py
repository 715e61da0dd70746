"""Inputs are checked before IREE runs, with errors that name the argument."""

from __future__ import annotations

import pytest
import torch
from torch.export import Dim

import torch_iree
from torch_iree import InputError


class TwoInputs(torch.nn.Module):
    def forward(self, tokens: torch.Tensor, mask: torch.Tensor) -> torch.Tensor:
        return tokens * mask


@pytest.fixture(scope="module")
def run() -> torch_iree.Loaded:
    seq = Dim("seq", min=2, max=64)
    return torch_iree.compile(
        TwoInputs(), (torch.randn(2, 8), torch.randn(2, 8)), dynamic_shapes=({1: seq}, {1: seq})
    )


def test_good_call(run: torch_iree.Loaded) -> None:
    a, b = torch.randn(2, 5), torch.randn(2, 5)
    torch.testing.assert_close(run(a, b), a * b)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        ((torch.randn(2, 8),), "expected 2 input value"),
        ((torch.randn(2, 8), torch.randn(2, 8), torch.randn(2, 8)), "expected 2 input value"),
        ((torch.randn(2, 8).double(), torch.randn(2, 8)), "'tokens' .* must have dtype float32, got float64"),
        ((torch.randn(2, 8), torch.randn(8)), "'mask' .* must have rank 2"),
        ((torch.randn(3, 8), torch.randn(3, 8)), "'tokens' .* must have size 2 in dim 0"),
        ((torch.randn(2, 65), torch.randn(2, 65)), r"'tokens' .* dim 1 is 65, outside the range \[2, 64\]"),
        (
            (torch.randn(2, 8), torch.randn(2, 9)),
            "'mask' .* dim 1 is 9, but it is the same dynamic size .* as dim 1 of 'tokens', which is 8",
        ),
        ((torch.randn(2, 8), 3.0), "'mask' .* must be a torch.Tensor, got float"),
    ],
)
def test_bad_calls_name_the_argument(run: torch_iree.Loaded, args: tuple, message: str) -> None:
    with pytest.raises(InputError, match=message):
        run(*args)


class Related(torch.nn.Module):
    def forward(self, x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        return x[:, : y.shape[1]] + y


def test_related_dynamic_dims() -> None:
    seq = Dim("seq", min=2, max=32)
    run = torch_iree.compile(
        Related(), (torch.randn(2, 8), torch.randn(2, 4)), dynamic_shapes={"x": {1: 2 * seq}, "y": {1: seq}}
    )
    for s in (3, 16):
        x, y = torch.randn(2, 2 * s), torch.randn(2, s)
        torch.testing.assert_close(run(x, y), Related()(x, y))
    with pytest.raises(InputError, match=r"'x' .* dim 1 must be 2\*seq = 10 \(seq is dim 1 of 'y'\), got 11"):
        run(torch.randn(2, 11), torch.randn(2, 5))


@pytest.mark.parametrize(
    ("value", "message"),
    [
        (torch.randn(2, 4, device="meta"), "'input' .*is a meta tensor"),
        (torch.randn(2, 4).to_sparse(), "'input' .*sparse_coo tensor.*to_dense"),
        (torch.quantize_per_tensor(torch.randn(2, 4), 0.1, 0, torch.qint8), "'input' .*quantized tensor"),
        ([[1.0] * 4] * 2, "input 'input' must be a tensor.*got a list of 2 item"),
        ((torch.randn(2, 4),), "input 'input' must be a tensor.*got a tuple of 1 item"),
        ({"a": 1}, "input 'input' must be a tensor.*got a dict"),
        (3.0, "'input' .*must be a torch.Tensor, got float"),
    ],
    ids=["meta", "sparse", "quantized", "list", "tuple", "dict", "float"],
)
def test_inputs_that_are_not_dense_tensors_name_the_argument(value, message: str, linear) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(torch_iree.InputError, match=message):
        linear(value)


@pytest.fixture(scope="module")
def linear() -> torch_iree.Loaded:
    return torch_iree.compile(torch.nn.Linear(4, 3).eval(), (torch.randn(2, 4),))


def test_dim_names_are_the_users() -> None:
    model = torch.nn.Linear(16, 4).eval()
    exported = torch_iree.export(
        model, (torch.randn(8, 16),), dynamic_shapes=({0: Dim("batch", min=1, max=64)},)
    )
    assert [t.describe() for t in exported.signature.tensor_inputs] == ["float32[batch, 16]"]
    assert set(exported.signature.symbols) == {"batch"}
    with pytest.raises(InputError, match=r"outside the range \[1, 64\] declared at export for batch"):
        exported.compile().load()(torch.randn(100, 16))


def test_zero_size_slices_are_taken() -> None:
    # A zero-size slice keeps its parent's strides, which IREE's DLPack import refuses: copied.
    run = torch_iree.compile(lambda x: x.sum(1) + 1, (torch.randn(3, 0),), cache=False)
    for empty in (torch.randn(3, 2)[:, :0], torch.empty(3, 0), torch.randn(2, 3).t()[:, :0]):
        torch.testing.assert_close(run(empty), torch.ones(3))


def test_a_program_exported_with_one_tensor_twice_takes_two() -> None:
    # torch.export traces f(x, x) as one input; the program must still read both arguments.
    x, y, w = torch.randn(3, 3), torch.randn(3, 3), torch.randn(3, 3)
    run = torch_iree.compile(lambda a, b: a @ b, (x, x), cache=False)
    torch.testing.assert_close(run(y, w), y @ w)
    view = torch_iree.compile(lambda a, b: a + b, (x, x[0]), cache=False)  # a view of the first
    torch.testing.assert_close(view(y, w[1]), y + w[1])
    torch.testing.assert_close(x, x.clone())  # the caller's example is left as it was
