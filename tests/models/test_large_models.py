"""The benchmarks' deployment-sized models are the sizes they are named after (parameter counts
of the reference architectures), build from their seed, and run in eager PyTorch. Compiling
them is the benchmarks' job (``benchmarks/bench_models.py``), not CI's."""

from __future__ import annotations

import pytest
import torch

from torch_iree_models import LARGE_MODELS

# Parameter counts of the architectures they stand for, counted from the published layouts:
# torchvision's resnet18 (11,689,512); BERT-base's 12 encoder layers without embeddings and
# pooler (12 x 7,087,872); GPT-2 small's token and position embeddings and 6 of its 12 blocks
# plus the final LayerNorm (its LM head is tied to the token embedding).
REFERENCE_PARAMETERS = {
    "resnet18": 11_689_512,
    "bert_base_encoder": 12 * 7_087_872,
    "gpt2_small_6l": 50257 * 768 + 1024 * 768 + 6 * 7_087_872 + 2 * 768,
}


def test_every_large_model_has_a_reference_size() -> None:
    assert set(LARGE_MODELS) == set(REFERENCE_PARAMETERS)


@pytest.mark.parametrize("name", sorted(LARGE_MODELS))
def test_large_model_matches_its_reference_size_and_runs(name: str) -> None:
    case = LARGE_MODELS[name]
    model = case.module()
    assert sum(p.numel() for p in model.parameters()) == REFERENCE_PARAMETERS[name]
    again = case.module()  # seeded: the same weights every time
    assert all(torch.equal(a, b) for a, b in zip(model.parameters(), again.parameters(), strict=True))
    with torch.no_grad():
        out = model(*case.inputs())
    assert torch.isfinite(out).all()
    assert out.shape[0] == case.batch
