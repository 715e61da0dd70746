"""transformers models as users call them, through torch_iree.compile and
torch.compile(backend="iree"), against eager PyTorch: ``ModelOutput``s with their cache objects,
caches as inputs, ``use_cache`` off, a save/load round trip in a new process.

The CI subset (``CI_REAL_MODELS``: a dense and a grouped-query decoder, an encoder, an
encoder-decoder, a vision transformer, a CNN and a speech model); every architecture with
``TORCH_IREE_REAL_MODELS=all``, or ``nox -s real-models`` for the table beside inductor.
"""

from __future__ import annotations

import copy
import os
import subprocess
import sys
import warnings
from pathlib import Path

import pytest
import torch

pytest.importorskip("transformers")

import torch_iree
from torch_iree_models.transformers_suite import CI_REAL_MODELS, REAL_MODELS, compare_outputs

ALL = os.environ.get("TORCH_IREE_REAL_MODELS", "") == "all"
NAMES = list(REAL_MODELS) if ALL else list(CI_REAL_MODELS)


@pytest.fixture(autouse=True)
def _quiet() -> None:
    warnings.simplefilter("ignore", FutureWarning)  # transformers' own deprecation notices


@pytest.mark.parametrize("name", NAMES)
def test_aot_returns_what_eager_returns(name: str) -> None:
    case = REAL_MODELS[name]
    model, kwargs = case.module(), case.kwargs()
    with torch.no_grad():
        want = model(**kwargs)
    got = torch_iree.compile(model, (), kwargs)(**case.kwargs())
    status, why, _ = compare_outputs(got, want, case.tolerance)
    assert status == "pass", why


@pytest.mark.parametrize("name", NAMES)
def test_torch_compile_returns_what_eager_returns(name: str) -> None:
    case = REAL_MODELS[name]
    model, kwargs = case.module(), case.kwargs()
    with torch.no_grad():
        want = model(**kwargs)
        torch._dynamo.reset()
        backend = torch_iree.dynamo.Backend(on_unsupported="raise")
        got = torch.compile(model, backend=backend)(**case.kwargs())
    torch._dynamo.reset()
    status, why, _ = compare_outputs(got, want, case.tolerance)
    assert status == "pass", why
    assert backend.stats.fallbacks == 0 and backend.stats.graphs >= 1


def test_a_cache_goes_in_and_comes_out() -> None:
    # Decode step: the prefill's DynamicCache is an input, the updated one an output.
    case = REAL_MODELS["llama"]
    model = case.module()
    ids = case.kwargs()["input_ids"]
    with torch.no_grad():
        cache = model(input_ids=ids, use_cache=True).cache
        step = {"input_ids": ids[:, -1:], "cache": copy.deepcopy(cache)}
        want = model(**copy.deepcopy(step))
    got = torch_iree.compile(model, (), copy.deepcopy(step))(**copy.deepcopy(step))
    assert type(got.cache) is type(cache)
    status, why, _ = compare_outputs(got, want, case.tolerance)
    assert status == "pass", why
    with torch.no_grad():
        plain = model(input_ids=ids, use_cache=False)
    got = torch_iree.compile(model, (), {"input_ids": ids, "use_cache": False})(
        input_ids=ids, use_cache=False
    )
    assert list(got.keys()) == list(plain.keys()) == ["logits"]


def test_a_saved_program_returns_model_outputs_in_a_new_process(tmp_path: Path) -> None:
    case = REAL_MODELS["gpt2"]
    model, kwargs = case.module(), case.kwargs()
    torch_iree.export(model, (), kwargs).compile().save(tmp_path / "gpt2.vmfb")
    torch.save(kwargs["input_ids"], tmp_path / "ids.pt")
    script = (
        "import sys, torch, torch_iree\n"
        "run = torch_iree.load(sys.argv[1])\n"
        "out = run(input_ids=torch.load(sys.argv[2]))\n"
        "print(type(out).__name__, type(out.cache).__name__)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "gpt2.vmfb"), str(tmp_path / "ids.pt")],
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["CausalLMOutputWithCrossAttentions", "DynamicCache"]


def test_an_unexportable_model_is_one_clear_error() -> None:
    case = REAL_MODELS["gpt2"]
    model, kwargs = case.module(), case.kwargs()

    class DataDependent(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.inner = model

        def forward(self, input_ids: torch.Tensor) -> torch.Tensor:
            logits = self.inner(input_ids=input_ids).logits
            if logits.sum() > 0:  # control flow on tensor data
                return logits
            return -logits

    with pytest.raises(torch_iree.ExportError, match="depends on tensor data"):
        torch_iree.export(DataDependent(), (kwargs["input_ids"],))
