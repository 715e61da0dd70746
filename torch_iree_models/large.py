"""``LARGE_MODELS``: deployment-sized models for the benchmarks (``benchmarks/bench_models.py``).

Sized like the models people deploy, so that compute, not per-call cost, decides who wins:
a 6-layer GPT-2-small decoder (768 wide, 12 heads, GPT-2's 50257-token vocabulary), a ResNet-18
at 224x224 and a BERT-base encoder stack (12 layers, 768 wide, 3072 feed-forward). Built in code
from seeded random weights like the rest of the suite (nothing is downloaded), batch 1. They are
kept out of ``MODELS`` because compiling them takes tens of seconds each: the test suite and the
corpus cover the same architectures at small sizes.
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from torch_iree_models.case import ModelCase, Tolerance, randn
from torch_iree_models.sequence import GPTDecoder
from torch_iree_models.vision import BasicBlock

GPT2_VOCAB = 50257
SEQUENCE = 128


class ResNet18(nn.Module):
    """ResNet-18's layout: 7x7 stem, max pool, 4 stages of 2 basic blocks (64-512 wide), 1000 classes."""

    def __init__(self, classes: int = 1000) -> None:
        super().__init__()
        self.stem = nn.Sequential(
            nn.Conv2d(3, 64, 7, stride=2, padding=3, bias=False),
            nn.BatchNorm2d(64),
            nn.ReLU(),
            nn.MaxPool2d(3, stride=2, padding=1),
        )
        blocks: list[nn.Module] = []
        width = 64
        for stage_width, stride in ((64, 1), (128, 2), (256, 2), (512, 2)):
            blocks += [BasicBlock(width, stage_width, stride), BasicBlock(stage_width, stage_width)]
            width = stage_width
        self.stages = nn.Sequential(*blocks)
        self.head = nn.Linear(512, classes)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        pooled = F.adaptive_avg_pool2d(self.stages(self.stem(x)), 1)
        return self.head(torch.flatten(pooled, 1))


def gpt2_small_6_layers() -> nn.Module:
    return GPTDecoder(vocab=GPT2_VOCAB, dim=768, heads=12, layers=6, context=1024)


def bert_base_encoder() -> nn.Module:
    layer = nn.TransformerEncoderLayer(768, 12, 3072, activation="gelu", batch_first=True)
    return nn.TransformerEncoder(layer, num_layers=12, enable_nested_tensor=False)


LARGE_MODELS: dict[str, ModelCase] = {
    case.name: case
    for case in (
        ModelCase(
            "gpt2_small_6l",
            "GPT-2-small-sized decoder, 6 layers, 128 tokens, tied 50257-word head",
            gpt2_small_6_layers,
            lambda b, g: (torch.randint(0, GPT2_VOCAB, (b, SEQUENCE), generator=g),),
            # Logits of a 768-wide tied head: fp32 reassociation moves them by ~1e-3.
            tolerance=Tolerance(atol=5e-3, rtol=1e-3),
            batch=1,
            dynamic_batches=(),
        ),
        ModelCase(
            "resnet18",
            "ResNet-18-sized CNN at 224x224",
            ResNet18,
            lambda b, g: (randn(g, b, 3, 224, 224),),
            tolerance=Tolerance(atol=1e-3, rtol=1e-3),
            batch=1,
            dynamic_batches=(),
        ),
        ModelCase(
            "bert_base_encoder",
            "BERT-base-sized encoder stack: 12 post-norm layers, 768 wide, 128 tokens",
            bert_base_encoder,
            lambda b, g: (randn(g, b, SEQUENCE, 768),),
            tolerance=Tolerance(atol=1e-3, rtol=1e-3),
            batch=1,
            dynamic_batches=(),
        ),
    )
}
