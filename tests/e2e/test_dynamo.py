"""torch.compile(backend="iree"): numerics, graph breaks, dynamic shapes, fallback, zero copy."""

from __future__ import annotations

import gc
import warnings
import weakref
from pathlib import Path

import pytest
import torch

import torch_iree.dynamo as iree_dynamo


@pytest.fixture(autouse=True)
def _fresh_dynamo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path / "cache"))
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


@pytest.fixture
def backend() -> iree_dynamo.Backend:
    """A backend object of our own: its counters are this test's alone."""
    return iree_dynamo.Backend()


def compiled_matches_eager(
    backend: iree_dynamo.Backend,
    model: torch.nn.Module,
    *inputs: torch.Tensor,
    atol: float = 1e-5,
    **compile_kwargs,
):
    compiled = torch.compile(model, backend=backend, **compile_kwargs)
    with torch.no_grad():
        got, want = compiled(*inputs), model(*inputs)
    torch.testing.assert_close(got, want, atol=atol, rtol=1e-4)
    return compiled


def test_backend_is_found_through_the_entry_point() -> None:
    from torch._dynamo.backends.registry import lookup_backend

    assert lookup_backend("iree") is iree_dynamo.backend


@pytest.mark.parametrize(
    "model, shape",
    [
        (torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.GELU(), torch.nn.Linear(32, 4)), (4, 16)),
        (
            torch.nn.Sequential(
                torch.nn.Conv2d(3, 8, 3),
                torch.nn.BatchNorm2d(8),
                torch.nn.ReLU(),
                torch.nn.AdaptiveAvgPool2d(1),
            ),
            (2, 3, 12, 12),
        ),
        (torch.nn.TransformerEncoderLayer(32, 4, 64, batch_first=True), (2, 6, 32)),
    ],
    ids=["mlp", "cnn", "transformer"],
)
def test_models_match_eager(
    model: torch.nn.Module, shape: tuple[int, ...], backend: iree_dynamo.Backend
) -> None:
    compiled_matches_eager(backend, model.eval(), torch.randn(shape), atol=1e-4)
    assert backend.stats.compiled >= 1 and backend.stats.fallbacks == 0


class WithGraphBreak(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.a, self.b = torch.nn.Linear(8, 8), torch.nn.Linear(8, 8)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        h = self.a(x).relu()
        torch._dynamo.graph_break()
        return self.b(h).tanh()


def test_graph_break_compiles_each_side(backend: iree_dynamo.Backend) -> None:
    compiled_matches_eager(backend, WithGraphBreak().eval(), torch.randn(3, 8))
    assert backend.stats.compiled == 2


def test_dynamic_batch_compiles_once(backend: iree_dynamo.Backend) -> None:
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 2)).eval()
    compiled = torch.compile(model, backend=backend, dynamic=True)
    with torch.no_grad():
        for batch in (2, 5, 33):
            x = torch.randn(batch, 8)
            torch.testing.assert_close(compiled(x), model(x), atol=1e-5, rtol=1e-4)
    assert backend.stats.compiled == 1


def test_marked_dynamic_dim_compiles_once(backend: iree_dynamo.Backend) -> None:
    model = torch.nn.Linear(8, 3).eval()
    compiled = torch.compile(model, backend=backend)
    with torch.no_grad():
        for batch in (4, 9):
            x = torch.randn(batch, 8)
            torch._dynamo.mark_dynamic(x, 0)
            torch.testing.assert_close(compiled(x), model(x), atol=1e-5, rtol=1e-4)
    assert backend.stats.compiled == 1


class Unsupported(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.special.bessel_j0(x) + 1


def test_unsupported_graph_falls_back_with_one_warning(backend: iree_dynamo.Backend) -> None:
    x = torch.randn(5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        compiled = torch.compile(Unsupported(), backend=backend)
        torch.testing.assert_close(compiled(x), Unsupported()(x))
        compiled(x)
    fallbacks = [w for w in caught if issubclass(w.category, iree_dynamo.FallbackWarning)]
    assert len(fallbacks) == 1 and "aten.special_bessel_j0" in str(fallbacks[0].message)
    assert backend.stats.fallbacks == 1


def test_strict_mode_raises() -> None:
    compiled = torch.compile(Unsupported(), backend="iree", options={"on_unsupported": "raise"})
    with pytest.raises(Exception, match="aten.special_bessel_j0"):
        compiled(torch.randn(5))


def test_unknown_option_is_an_error() -> None:
    compiled = torch.compile(torch.nn.Linear(2, 2), backend="iree", options={"tagret": "cuda"})
    with pytest.raises(Exception, match="unknown torch.compile option"):
        compiled(torch.randn(1, 2))


class AddInPlaceVisible(torch.nn.Module):
    def forward(self, x: torch.Tensor, w: torch.Tensor) -> torch.Tensor:
        return x * w


def test_weights_are_inputs_not_frozen(backend: iree_dynamo.Backend) -> None:
    # Parameters are passed by reference (DLPack, no copy): an in-place update after
    # compilation is what the next call computes with, as in eager.
    model = torch.nn.Linear(4, 4, bias=False).eval()
    compiled = torch.compile(model, backend=backend)
    x = torch.randn(2, 4)
    with torch.no_grad():
        compiled(x)
        model.weight.mul_(2.0)
        torch.testing.assert_close(compiled(x), model(x))
    assert backend.stats.compiled == 1


def test_zero_copy_in_and_out() -> None:
    from torch_iree.runtime import Loaded

    exported = torch_iree_export_identity()
    run = Loaded(exported, device="cpu")
    x = torch.randn(16, 16)
    (out,) = run.call_flat([x])
    # The result crossed by DLPack, not by a copy (a host copy would pass the checks below too).
    assert run.functions["main"].output_transfer == "dlpack"
    # The program writes a fresh buffer; the torch tensor returned wraps it without a copy.
    view = run.device.from_dlpack_capsule(out.__dlpack__())
    back = torch.from_dlpack(run.device.create_dlpack_capsule(view, 1, 0))
    assert back.data_ptr() == out.data_ptr()
    # Input side: an imported tensor is the same memory IREE reads.
    imported = run.functions["main"]._to_device(x)
    assert torch.from_dlpack(run.device.create_dlpack_capsule(imported, 1, 0)).data_ptr() == x.data_ptr()


def torch_iree_export_identity():
    import torch_iree

    return torch_iree.export(lambda t: t * 2, (torch.randn(16, 16),)).compile(cache=False)


@pytest.mark.parametrize("how", ["string", "object"])
def test_compiled_model_and_its_weights_are_freed(how: str, backend: iree_dynamo.Backend) -> None:
    # Nothing of torch_iree may keep a compiled model alive: once the user drops the model and
    # its compiled function, the model and its weights are garbage.
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4)).eval()
    compiled = torch.compile(model, backend="iree" if how == "string" else backend)
    with torch.no_grad():
        torch.testing.assert_close(compiled(torch.ones(2, 8)), model(torch.ones(2, 8)))
    refs = [weakref.ref(model), weakref.ref(model[0].weight), weakref.ref(model[2].bias)]
    del model, compiled
    torch._dynamo.reset()  # Dynamo's own caches are Dynamo's business; ours must hold nothing
    gc.collect()
    assert [r() is None for r in refs] == [True, True, True]


def test_compiled_model_is_freed_without_resetting_dynamo(backend: iree_dynamo.Backend) -> None:
    class Scaled(torch.nn.Module):  # a class of its own: Dynamo caches per code object
        def __init__(self) -> None:
            super().__init__()
            self.weight = torch.nn.Parameter(torch.randn(4, 4))

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x @ self.weight

    model = Scaled().eval()
    compiled = torch.compile(model, backend=backend)
    with torch.no_grad():
        compiled(torch.randn(2, 4))
    assert backend.stats.compiled == 1
    refs = [weakref.ref(model), weakref.ref(model.weight)]
    del model, compiled
    gc.collect()
    assert [r() is None for r in refs] == [True, True]
