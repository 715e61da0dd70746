"""Dense and elementwise models: the MLP (also in float16/bfloat16), integer and boolean
indexing, and bfloat16 elementwise work."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from torch_iree_models.case import randn


def mlp() -> nn.Module:
    return nn.Sequential(
        nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64), nn.SiLU(), nn.Linear(64, 10), nn.LogSoftmax(-1)
    )


class IntegerIndexing(nn.Module):
    """Integer and boolean tensors: gather, scatter(-add), index_select, masks, argmax, cumsum."""

    def __init__(self) -> None:
        super().__init__()
        self.table = nn.Parameter(torch.randn(20, 8))

    def forward(self, x: torch.Tensor, index: torch.Tensor, mask: torch.Tensor):
        picked = torch.gather(x, 1, index)  # (B, 4)
        rows = self.table.index_select(0, index.flatten()).view(*index.shape, 8).sum(1)  # (B, 8)
        scattered = torch.zeros_like(x).scatter_add(1, index, picked)
        written = x.scatter(1, index[:, :1], -1.0)
        masked = x.masked_fill(~mask, 0.0)
        where = torch.where(mask, x, x * 2)
        counts = mask.to(torch.int64).cumsum(-1)  # integer output
        best = masked.argmax(-1)  # integer output
        positive = (x > 0) & mask  # boolean output
        return picked + 1, rows, scattered + written + where, counts, best, positive


def integer_inputs(batch: int, g: torch.Generator) -> tuple[torch.Tensor, ...]:
    """IntegerIndexing's inputs: values, gather indices into them, and a boolean mask."""
    x = randn(g, batch, 16)
    index = torch.randint(0, 16, (batch, 4), generator=g)
    mask = torch.rand(batch, 16, generator=g) > 0.3
    return x, index, mask


class Bf16Elementwise(nn.Module):
    """bf16 elementwise and reduction work (what IREE 3.13 compiles on llvm-cpu in bf16)."""

    def forward(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = F.gelu(x * y + 1.0)
        return h.sum(-1), torch.softmax(h.float(), -1)
