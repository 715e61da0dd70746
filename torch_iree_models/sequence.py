"""Sequence architectures: transformer encoder, GPT-style decoder, LSTM/GRU, embeddings with
LayerNorm/RMSNorm, and masked attention."""

from __future__ import annotations

import torch
import torch.nn.functional as F
from torch import nn

from torch_iree_models.case import randn


def transformer_encoder() -> nn.Module:
    layer = nn.TransformerEncoderLayer(d_model=64, nhead=4, dim_feedforward=128, batch_first=True)
    return nn.TransformerEncoder(layer, num_layers=2, enable_nested_tensor=False)


class GPTBlock(nn.Module):
    def __init__(self, dim: int, heads: int) -> None:
        super().__init__()
        self.heads = heads
        self.ln1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.ln2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(
            nn.Linear(dim, 4 * dim), nn.GELU(approximate="tanh"), nn.Linear(4 * dim, dim)
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        b, t, d = x.shape
        q, k, v = self.qkv(self.ln1(x)).split(d, dim=-1)
        q, k, v = (z.view(b, t, self.heads, d // self.heads).transpose(1, 2) for z in (q, k, v))
        attn = F.scaled_dot_product_attention(q, k, v, is_causal=True)
        x = x + self.proj(attn.transpose(1, 2).reshape(b, t, d))
        return x + self.mlp(self.ln2(x))


class GPTDecoder(nn.Module):
    """A GPT-2-style decoder: token + position embeddings, causal SDPA blocks, tied LM head."""

    def __init__(self, vocab: int = 128, dim: int = 64, heads: int = 4, layers: int = 2, context: int = 32):
        super().__init__()
        self.tokens = nn.Embedding(vocab, dim)
        self.positions = nn.Embedding(context, dim)
        self.blocks = nn.ModuleList(GPTBlock(dim, heads) for _ in range(layers))
        self.ln_f = nn.LayerNorm(dim)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        positions = torch.arange(ids.shape[1], device=ids.device)
        x = self.tokens(ids) + self.positions(positions)
        for block in self.blocks:
            x = block(x)
        return self.ln_f(x) @ self.tokens.weight.t()


class Recurrent(nn.Module):
    """An LSTM or GRU over a sequence, with the final state and a per-step projection."""

    def __init__(self, kind: str) -> None:
        super().__init__()
        rnn_cls = {"lstm": nn.LSTM, "gru": nn.GRU}[kind]
        self.rnn = rnn_cls(16, 32, num_layers=2, batch_first=True, bidirectional=kind == "gru")
        self.head = nn.Linear(32 * (2 if kind == "gru" else 1), 8)

    def forward(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        out, state = self.rnn(x)
        hidden = state[0] if isinstance(state, tuple) else state
        return self.head(out), hidden


class RMSNorm(nn.Module):
    """Written out (not nn.RMSNorm) the way LLaMA-style code does it."""

    def __init__(self, dim: int, eps: float = 1e-6) -> None:
        super().__init__()
        self.eps = eps
        self.weight = nn.Parameter(torch.rand(dim) + 0.5)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * torch.rsqrt(x.pow(2).mean(-1, keepdim=True) + self.eps) * self.weight


class EmbeddingNorms(nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.embed = nn.Embedding(100, 32, padding_idx=0)
        self.layer_norm = nn.LayerNorm(32)
        self.rms_norm = RMSNorm(32)
        self.torch_rms_norm = nn.RMSNorm(32, eps=1e-6)
        self.out = nn.Linear(32, 16)

    def forward(self, ids: torch.Tensor) -> torch.Tensor:
        x = self.embed(ids)
        x = self.layer_norm(x) + self.rms_norm(x)
        return self.out(self.torch_rms_norm(F.silu(x)))


class MaskedAttention(nn.Module):
    """Attention with a key-padding mask (bool), an additive float mask and a boolean SDPA mask."""

    def __init__(self) -> None:
        super().__init__()
        self.mha = nn.MultiheadAttention(32, 4, batch_first=True)
        self.qkv = nn.Linear(32, 96)

    def forward(self, x: torch.Tensor, padding: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        t = x.shape[1]
        distance = (torch.arange(t).view(1, t) - torch.arange(t).view(t, 1)).abs().float()
        bias = -0.1 * distance  # ALiBi-like additive mask
        a, _ = self.mha(x, x, x, key_padding_mask=padding, attn_mask=bias, need_weights=False)
        q, k, v = self.qkv(x).chunk(3, dim=-1)
        keep = ~padding[:, None, :] & torch.ones(t, t, dtype=torch.bool).tril()
        b = F.scaled_dot_product_attention(q[:, None], k[:, None], v[:, None], attn_mask=keep[:, None])
        return a, b.squeeze(1)


def padded_sequences(batch: int, g: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    """MaskedAttention's inputs: sequences of 8 and a key-padding mask (4 to 8 real steps)."""
    x = randn(g, batch, 8, 32)
    lengths = torch.randint(4, 9, (batch,), generator=g)
    padding = torch.arange(8).view(1, 8) >= lengths.view(batch, 1)  # True = padded
    return x, padding
