"""Every model of the suite, against eager PyTorch, through each modality and variant.

- ``test_aot``: torch_iree.export → compile (llvm-cpu) → load, static and dynamic batch;
- ``test_torch_compile``: ``torch.compile(backend="iree")``; skipped until ``torch_iree.dynamo``
  exists;
- ``test_gpu``: AOT on the GPU that ``nox -s test-gpu`` detected (it sets TORCH_IREE_GPU_TARGET
  and TORCH_IREE_GPU_DEVICE); skipped everywhere else.

The default run covers the CI subset (``ModelCase.ci``); the rest is marked ``slow`` and runs
with ``TORCH_IREE_MODELS=all``. Known failures expect their error exactly: when a fix lands they fail
as XPASS so the registry gets updated.
"""

from __future__ import annotations

import contextlib
import importlib
import os
import shlex
from collections.abc import Iterator
from typing import Any

import pytest
import torch

import torch_iree_models
from torch_iree_models import MODELS, KnownFailure, ModelCase
from torch_iree_models.checks import check_aot, compile_with_iree, run_compiled

FULL_SUITE = os.environ.get("TORCH_IREE_MODELS", "") == "all"
GPU_TARGET = os.environ.get("TORCH_IREE_GPU_TARGET", "")  # e.g. "cuda:sm_90", set by test-gpu
GPU_DEVICE = os.environ.get("TORCH_IREE_GPU_DEVICE", "")  # e.g. "cuda:0"
GPU_FLAGS = tuple(shlex.split(os.environ.get("TORCH_IREE_GPU_FLAGS", "")))  # the matrix kind's flags
# Backend name → the pytest marker that selects it (the markers of pyproject.toml).
GPU_BACKENDS = {"cuda": "cuda", "rocm": "rocm", "vulkan-spirv": "vulkan"}


def _params(backend: str, modality: str = "aot", extra_marks: tuple[Any, ...] = ()) -> list[Any]:
    params = []
    for case in MODELS.values():
        for variant in case.variants():
            marks = list(extra_marks)
            if not case.ci:
                marks.append(pytest.mark.slow)
                if not FULL_SUITE:
                    marks.append(pytest.mark.skip(reason="outside the CI subset; set TORCH_IREE_MODELS=all"))
            params.append(pytest.param(case, variant, id=f"{case.name}-{variant}", marks=marks))
    return params


@contextlib.contextmanager
def known_failure(failure: KnownFailure | None) -> Iterator[None]:
    """Expect exactly the registry's known failure: another error fails the test, and so does
    success (then the entry should go); the expected error is reported as an xfail."""
    if failure is None:
        yield
        return
    with pytest.raises(Exception) as info:  # any type: the message decides, below
        yield
    if not failure.matches(info.value):
        raise AssertionError(
            f"known failure {failure.reason!r} expects an error matching {failure.match!r}, got: {info.value}"
        ) from info.value
    pytest.xfail(failure.reason)


@pytest.mark.parametrize(("case", "variant"), _params("llvm-cpu"))
def test_aot(case: ModelCase, variant: str) -> None:
    with known_failure(case.known_failure("llvm-cpu")):
        check_aot(case, variant, target="llvm-cpu", device="cpu")


def _dynamo_backend() -> str:
    """Import the torch.compile backend, or skip while it does not exist yet."""
    try:
        importlib.import_module("torch_iree.dynamo")
    except ModuleNotFoundError as exc:
        if exc.name != "torch_iree.dynamo":
            raise  # the backend exists but one of its own imports is broken: that is a failure
        pytest.skip("torch_iree.dynamo (the torch.compile backend) is not available in this torch_iree")
    return "iree"


@pytest.mark.parametrize(("case", "variant"), _params("llvm-cpu", "torch.compile"))
def test_torch_compile(case: ModelCase, variant: str) -> None:
    _dynamo_backend()
    model = case.module()
    compiled = compile_with_iree(case, variant, model)
    with known_failure(case.known_failure("llvm-cpu", "torch.compile")):
        run_compiled(case, model, compiled, variant)


@pytest.mark.gpu
@pytest.mark.parametrize(
    "backend",
    [
        pytest.param(name, marks=getattr(pytest.mark, marker), id=marker)
        for name, marker in GPU_BACKENDS.items()
    ],
)
@pytest.mark.parametrize(("case", "variant"), _params("gpu"))
def test_gpu(backend: str, case: ModelCase, variant: str, request: pytest.FixtureRequest) -> None:
    if not GPU_TARGET:
        pytest.skip("no GPU target: run through `nox -s test-gpu`, which detects the GPU and sets it")
    if GPU_TARGET.partition(":")[0] != backend:
        pytest.skip(f"this run targets {GPU_TARGET}, not {backend}")
    with known_failure(case.known_failure(GPU_TARGET)):
        check_aot(case, variant, target=GPU_TARGET, device=GPU_DEVICE or "cpu", flags=GPU_FLAGS)


def test_registry_is_well_formed() -> None:
    """Cheap checks that keep the registry honest (no compiler involved)."""
    assert torch_iree_models.CI_MODELS, "the CI subset is empty"
    for case in MODELS.values():
        args = case.inputs()
        assert all(isinstance(a, torch.Tensor) for a in args), f"{case.name}: inputs must be tensors"
        again = case.inputs()
        assert all(torch.equal(a, b) for a, b in zip(args, again, strict=True)), (
            f"{case.name}: inputs not seeded"
        )
        if case.batch_dims is not None:
            assert len(case.batch_dims) == len(args), f"{case.name}: one batch dim per input"
        assert case.tolerance.atol >= 0 and case.tolerance.rtol >= 0
    first = MODELS["mlp"].module().state_dict()
    second = MODELS["mlp"].module().state_dict()
    assert all(torch.equal(first[k], second[k]) for k in first), "weights are not seeded"


def test_a_known_failure_expects_its_own_error() -> None:
    failure = KnownFailure("why", r"arith\.constant")
    with pytest.raises(AssertionError, match="expects an error matching"), known_failure(failure):
        raise RuntimeError("another error entirely")
    with pytest.raises(pytest.fail.Exception, match="DID NOT RAISE"), known_failure(failure):
        pass  # fixed: the entry must go
    with pytest.raises(pytest.xfail.Exception, match="why"), known_failure(failure):
        raise RuntimeError("error: 'arith.constant' op verifier failed")
