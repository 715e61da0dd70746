"""Attention is exported fused (IREE's attention op) or decomposed (matmul + softmax + matmul);
torch_iree.compile decomposes it for CPU targets, where that was faster (see
torch_iree.decompositions.ATTENTION_MODES). Both give eager's answers."""

from __future__ import annotations

import pytest
import torch
import torch.nn.functional as F

import torch_iree
from torch_iree.targets import preferred_attention


class Attention(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.qkv = torch.nn.Linear(32, 96)

    def forward(self, x: torch.Tensor, keep: torch.Tensor) -> torch.Tensor:
        q, k, v = (z.unflatten(-1, (4, 8)).transpose(1, 2) for z in self.qkv(x).chunk(3, dim=-1))
        masked = F.scaled_dot_product_attention(q, k, v, attn_mask=keep[:, None, None, :])
        causal = F.scaled_dot_product_attention(q, k, v, is_causal=True, scale=0.3)
        return (masked + causal).transpose(1, 2).flatten(-2)


def _inputs() -> tuple[torch.Tensor, torch.Tensor]:
    keep = torch.ones(2, 10, dtype=torch.bool)
    keep[1, 6:] = False  # the second sequence is padded after 6 tokens
    return torch.randn(2, 10, 32), keep


@pytest.mark.parametrize("attention", ["fused", "decomposed"])
def test_both_attention_modes_match_eager(attention: str) -> None:
    model, args = Attention().eval(), _inputs()
    exported = torch_iree.export(model, args, attention=attention)
    assert ("scaled_dot_product_attention" in str(exported.mlir)) == (attention == "fused")
    got = exported.compile(target="llvm-cpu").load()(*args)
    torch.testing.assert_close(got, model(*args), atol=1e-5, rtol=1e-5)


def test_compile_decomposes_attention_for_cpus_only() -> None:
    assert preferred_attention("llvm-cpu") == "decomposed"
    assert preferred_attention("llvm-cpu:generic") == "decomposed"
    assert preferred_attention("cuda") == preferred_attention("rocm") == "fused"
    model, args = Attention().eval(), _inputs()
    torch.testing.assert_close(torch_iree.compile(model, args)(*args), model(*args), atol=1e-5, rtol=1e-5)


@pytest.mark.parametrize("bad", ["", "flash", None])
def test_an_unknown_attention_mode_is_refused(bad: object) -> None:
    with pytest.raises(torch_iree.ExportError, match="attention must be one of fused, decomposed"):
        torch_iree.export(Attention(), _inputs(), attention=bad)  # type: ignore[arg-type]
