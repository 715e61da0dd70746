"""Decoders with a KV cache, run as programs of two functions (``prefill`` and ``decode``).

``StackedCacheDecoder`` is written the way current decoder code is (Llama-style): grouped-query
attention (``enable_gqa``), RMSNorm, one stacked cache buffer ``[layers, 2, kv_heads, max_len,
head_dim]`` updated in place through ``cache[layer, 0].index_copy_(...)``, a ``[T]`` position
tensor and a 2-D ``[T, max_len]`` mask that SDPA broadcasts over batch and heads. IREE 3.13
compiles neither the slice update nor the 2-D mask as written: the shield's ``scatter_into_view``
and ``sdpa_mask_rank`` rewrites are what make it run (``torch_iree._passes.shield``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import torch
from torch import nn
from torch.nn import functional as F


class _Block(nn.Module):
    def __init__(self, dim: int, heads: int, kv_heads: int) -> None:
        super().__init__()
        self.heads, self.kv_heads, self.head_dim = heads, kv_heads, dim // heads
        self.norm1 = nn.RMSNorm(dim)
        self.q = nn.Linear(dim, dim, bias=False)
        self.kv = nn.Linear(dim, 2 * kv_heads * self.head_dim, bias=False)
        self.out = nn.Linear(dim, dim, bias=False)
        self.norm2 = nn.RMSNorm(dim)
        self.up = nn.Linear(dim, 3 * dim, bias=False)
        self.down = nn.Linear(3 * dim, dim, bias=False)

    def forward(
        self, x: torch.Tensor, layer_cache: torch.Tensor, positions: torch.Tensor, mask: torch.Tensor
    ) -> torch.Tensor:
        seq = x.shape[1]
        h = self.norm1(x)
        q = self.q(h).view(1, seq, self.heads, self.head_dim).transpose(1, 2)
        k, v = self.kv(h).view(1, seq, 2, self.kv_heads, self.head_dim).permute(2, 0, 3, 1, 4)
        layer_cache[0].index_copy_(1, positions, k[0])  # [kv_heads, max_len, head_dim], in place
        layer_cache[1].index_copy_(1, positions, v[0])
        attended = F.scaled_dot_product_attention(
            q, layer_cache[0][None], layer_cache[1][None], attn_mask=mask, enable_gqa=True
        )
        x = x + self.out(attended.transpose(1, 2).reshape(1, seq, -1))
        return x + self.down(F.silu(self.up(self.norm2(x))))


class StackedCacheDecoder(nn.Module):
    def __init__(
        self,
        vocab: int = 96,
        dim: int = 64,
        heads: int = 4,
        kv_heads: int = 2,
        layers: int = 2,
        max_len: int = 64,
    ) -> None:
        super().__init__()
        self.max_len = max_len
        self.tokens = nn.Embedding(vocab, dim)
        self.positions = nn.Embedding(max_len, dim)
        self.blocks = nn.ModuleList(_Block(dim, heads, kv_heads) for _ in range(layers))
        self.norm = nn.RMSNorm(dim)
        self.head = nn.Linear(dim, vocab, bias=False)
        self.register_buffer("cache", torch.zeros(layers, 2, kv_heads, max_len, dim // heads))
        with torch.no_grad():  # a wide spread: greedy decoding then varies its tokens
            for parameter in self.parameters():
                if parameter.dim() > 1:
                    parameter.normal_(0.0, 0.3)

    def _run(self, tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        x = self.tokens(tokens) + self.positions(positions)
        # Query i sees key j when j <= positions[i]: one [T, max_len] mask for every head.
        mask = torch.arange(self.max_len)[None, :] <= positions[:, None]
        for layer, block in enumerate(self.blocks):
            x = block(x, self.cache[layer], positions, mask)
        return self.head(self.norm(x[:, -1]))

    def prefill(self, tokens: torch.Tensor, positions: torch.Tensor) -> torch.Tensor:
        """Logits after ``tokens`` ([1, T]) at ``positions`` ([T]); fills the cache there."""
        return self._run(tokens, positions)

    def decode(self, token: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        """Logits after ``token`` ([1, 1]) at ``position`` ([1])."""
        return self._run(token, position)


def greedy(
    prefill: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    decode: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    prompt: torch.Tensor,
    count: int,
) -> list[int]:
    """``count`` greedy tokens after ``prompt`` with any prefill/decode pair."""
    length = prompt.shape[1]
    tokens = [int(prefill(prompt, torch.arange(length)).argmax(-1))]
    for position in range(length, length + count - 1):
        tokens.append(int(decode(torch.tensor([[tokens[-1]]]), torch.tensor([position])).argmax(-1)))
    return tokens


@dataclass(frozen=True)
class GenerationCase:
    """A decoder, its program's functions, and the generation the suite checks."""

    name: str
    description: str
    build: Callable[[], nn.Module]
    prompt_length: int = 7
    tokens: int = 32
    seed: int = 1234

    def module(self) -> nn.Module:
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(self.seed)
            return self.build().eval()

    def prompt(self) -> torch.Tensor:
        return torch.randint(
            0, 96, (1, self.prompt_length), generator=torch.Generator().manual_seed(self.seed)
        )

    def program(self, model: nn.Module, params: str = "inline"):  # type: ignore[no-untyped-def]
        """``prefill`` with a dynamic prompt length (2..32) and ``decode``, as one Program."""
        import torch_iree

        seq = torch.export.Dim("seq", min=2, max=32)
        program = torch_iree.Program(model, params=params)
        program.function(
            "prefill",
            args=(torch.zeros(1, 8, dtype=torch.int64), torch.arange(8)),
            dynamic_shapes=({1: seq}, {0: seq}),
        )
        program.function("decode", args=(torch.zeros(1, 1, dtype=torch.int64), torch.tensor([8])))
        return program


GENERATION_MODELS = {
    case.name: case
    for case in (
        GenerationCase(
            "stacked_cache_decoder",
            "GQA decoder, one stacked [layers, 2, ...] KV cache updated through slices, 2-D mask, [T] positions",
            StackedCacheDecoder,
        ),
    )
}
