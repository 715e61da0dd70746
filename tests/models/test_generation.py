"""Decoders of ``torch_iree_models.decoders`` generate eager PyTorch's tokens through
``torch_iree.Program`` (prefill with a dynamic prompt length, then decode), with the weights
inline and in an external parameter archive."""

from __future__ import annotations

import copy

import pytest
import torch

from torch_iree_models.decoders import GENERATION_MODELS, greedy


@pytest.mark.parametrize("params", ["inline", "external"])
@pytest.mark.parametrize("name", sorted(GENERATION_MODELS))
def test_generates_eager_tokens(name: str, params: str, tmp_path) -> None:
    case = GENERATION_MODELS[name]
    prompt = case.prompt()
    with torch.no_grad():
        reference = case.module()
        eager = greedy(reference.prefill, reference.decode, prompt, case.tokens)
    exported = case.program(copy.deepcopy(case.module()), params).export()
    archive = exported.save_parameters(tmp_path / "weights.irpa") if params == "external" else None
    loaded = exported.compile("llvm-cpu").load("cpu", parameters=archive)
    assert greedy(loaded.prefill, loaded.decode, prompt, case.tokens) == eager
