"""Numerics bisection (torch_iree.debug): every op of a model on IREE against PyTorch on the
same inputs; an injected wrong decomposition, and an op that does not compile, are named."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

import torch_iree
from torch_iree import decompositions
from torch_iree.debug import bisect
from torch_iree.errors import ExportError, NumericsError, TorchIreeError

THIS_FILE = Path(__file__).name


class Model(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.first, self.norm, self.last = (
            torch.nn.Linear(16, 32),
            torch.nn.LayerNorm(32),
            torch.nn.Linear(32, 4),
        )

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, ...]:
        h = torch.nn.functional.gelu(self.first(x))
        h = self.norm(h)
        values, indices = torch.topk(h, 3, dim=-1)
        return self.last(h).softmax(-1), values, indices, h.t()


class Factor(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        square = x @ x.T + torch.eye(x.shape[0])
        return torch.linalg.cholesky(square).sum(0) + x.sum(0)


@pytest.fixture
def model() -> Model:
    torch.manual_seed(0)
    return Model().eval()


@pytest.fixture
def wrong_gelu(monkeypatch: pytest.MonkeyPatch):
    """A decomposition of gelu that is off by a lot (what a bad table entry would do)."""
    monkeypatch.setitem(
        decompositions._EXTRA, torch.ops.aten.gelu.default, lambda x, approximate="none": x * 0.5
    )
    decompositions.decomposition_table.cache_clear()
    yield
    monkeypatch.undo()
    decompositions.decomposition_table.cache_clear()


def test_a_correct_model_is_within_tolerance_op_by_op(model: Model) -> None:
    report = bisect(model, (torch.randn(4, 16),), cache=False)
    assert [op.op for op in report.ops] == [
        "aten.linear.default",
        "aten.gelu.default",
        "aten.layer_norm.default",
        "aten.topk.default",
        "aten.linear.default",
        "aten.softmax.int",
        "aten.t.default",
    ]
    assert report.first_bad is None and all(op.ok and op.error is None for op in report.ops)
    gelu = report.ops[1]
    assert gelu.source is not None and THIS_FILE in gelu.source and "gelu" in gelu.source
    assert "every op within the tolerance" in report.table()


def test_an_injected_wrong_decomposition_is_named(model: Model, wrong_gelu: None) -> None:
    report = bisect(model, (torch.randn(4, 16),), cache=False)
    bad = report.first_bad
    assert bad is not None and bad.op == "aten.gelu.default" and not bad.ok and bad.max_abs > 0.1
    assert THIS_FILE in bad.source
    # The ops after it are fed PyTorch's values, so they are not blamed for gelu's error.
    assert [op.op for op in report.ops if not op.ok] == ["aten.gelu.default"]
    assert "first op past the tolerance: op 1 aten.gelu.default" in report.table()


def test_compile_check_names_the_op_that_differs(model: Model, wrong_gelu: None) -> None:
    x = torch.randn(4, 16)
    with pytest.raises(NumericsError, match="aten.gelu.default") as caught:
        torch_iree.compile(model, (x,), cache=False, check=True)
    assert caught.value.report.first_bad.op == "aten.gelu.default"


def test_compile_check_passes_a_correct_model(model: Model) -> None:
    x = torch.randn(4, 16)
    loaded = torch_iree.compile(model, (x,), cache=False, check=True)
    torch.testing.assert_close(loaded(x)[0], model(x)[0], rtol=1e-4, atol=1e-5)


def test_an_op_that_does_not_compile_is_isolated_and_the_rest_compared() -> None:
    report = bisect(Factor(), (torch.randn(3, 3),), cache=False)
    failing = [op for op in report.ops if op.error]
    assert [op.op for op in failing] == ["aten.linalg_cholesky_ex.default"] or [op.op for op in failing] == [
        "aten.linalg_cholesky.default"
    ]
    assert report.first_bad is failing[0]
    assert all(op.ok for op in report.ops if not op.error) and len(report.ops) > 3


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"rtol": 1e-3}, "both rtol and atol"),
        ({"rtol": -1.0, "atol": 0.0}, "rtol must be a finite number"),
        ({"rtol": 1e-3, "atol": float("nan")}, "atol must be a finite number"),
    ],
)
def test_bad_tolerances_are_refused(model: Model, kwargs: dict, message: str) -> None:
    with pytest.raises(TorchIreeError, match=message):
        bisect(model, (torch.randn(4, 16),), **kwargs)


def test_a_model_without_ops_has_nothing_to_compare() -> None:
    with pytest.raises(TorchIreeError, match="nothing to compare"):
        bisect(lambda x: x, (torch.randn(2),))


def test_cli_prints_the_table_and_exits_1_on_a_failing_op(tmp_path: Path) -> None:
    source = tmp_path / "models.py"
    source.write_text(
        textwrap.dedent(
            """
            import torch

            class Factor(torch.nn.Module):
                def forward(self, x):
                    return torch.linalg.cholesky(x @ x.T + torch.eye(x.shape[0])).sum(0)

            def good():
                return torch.nn.Sequential(torch.nn.Linear(8, 8), torch.nn.Tanh())
            """
        )
    )

    def cli(factory: str) -> subprocess.CompletedProcess:
        command = [sys.executable, "-m", "torch_iree", "bisect", f"{source}:{factory}", "--args", "f32[3,8]"]
        return subprocess.run(command, capture_output=True, text=True, timeout=600, cwd=tmp_path)

    good = cli("good")
    assert good.returncode == 0, good.stderr
    assert "aten.tanh.default" in good.stdout and "every op within the tolerance" in good.stdout
    bad = cli("Factor")
    assert bad.returncode == 1, bad.stderr
    assert "FAIL" in bad.stdout and "first op past the tolerance" in bad.stdout and "cholesky" in bad.stdout
    usage = subprocess.run(
        [sys.executable, "-m", "torch_iree", "bisect", f"{source}:good", "--args", "f32[3,8]", "--rtol", "1"],
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert usage.returncode == 2 and "--atol" in usage.stderr


def test_keyword_inputs_list_results_and_empty_slices() -> None:
    class Mixed(torch.nn.Module):
        def forward(self, x: torch.Tensor, *, scale: torch.Tensor, shift: torch.Tensor) -> tuple:
            return x * scale - shift, x[:, :0].sum(1), torch.split(x, 1, dim=1), (x > 0).sum()

    x, scale, shift = torch.randn(3, 2), torch.randn(3, 2), torch.randn(3, 2) + 5
    report = bisect(Mixed(), (x,), {"shift": shift, "scale": scale}, cache=False)  # not forward's order
    assert report.first_bad is None, report.table()
    assert {"aten.split.Tensor", "aten.slice.Tensor", "aten.sum.default"} <= {op.op for op in report.ops}


def test_a_model_torch_export_cannot_capture_is_an_export_error() -> None:
    class DataDependent(torch.nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x + 1 if x.sum() > 0 else x - 1

    with pytest.raises(ExportError, match="torch.export could not capture the model"):
        bisect(DataDependent(), (torch.randn(3),))
