"""A small GPT-style decoder with a KV cache held as module state, and greedy generation.

The flagship example of ``torch_iree.Program``: two entry points of one module, ``prefill``
(the prompt, any length up to the cache size) and ``decode`` (one token at a position), compiled
into one IREE module that shares the weights and keeps the KV cache between calls::

    python examples/gpt_decoder.py              # eager vs compiled tokens, side by side
    python examples/gpt_decoder.py --params external --archive /tmp/gpt.irpa
"""

from __future__ import annotations

import argparse
import time
from collections.abc import Callable

import torch
from torch import nn
from torch.nn import functional as F


class Block(nn.Module):
    def __init__(self, dim: int, heads: int, max_len: int) -> None:
        super().__init__()
        self.heads = heads
        self.norm1 = nn.LayerNorm(dim)
        self.qkv = nn.Linear(dim, 3 * dim)
        self.proj = nn.Linear(dim, dim)
        self.norm2 = nn.LayerNorm(dim)
        self.mlp = nn.Sequential(nn.Linear(dim, 4 * dim), nn.GELU(), nn.Linear(4 * dim, dim))
        # The KV cache: [heads, max_len, head_dim] each; program state once compiled.
        self.register_buffer("k_cache", torch.zeros(heads, max_len, dim // heads))
        self.register_buffer("v_cache", torch.zeros(heads, max_len, dim // heads))

    def _qkv(self, x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor, torch.Tensor]:
        batch, seq, dim = x.shape
        q, k, v = self.qkv(self.norm1(x)).split(dim, dim=-1)
        return tuple(t.view(batch, seq, self.heads, -1).transpose(1, 2) for t in (q, k, v))

    def _finish(self, x: torch.Tensor, attended: torch.Tensor) -> torch.Tensor:
        batch, _, seq, _ = attended.shape
        x = x + self.proj(attended.transpose(1, 2).reshape(batch, seq, -1))
        return x + self.mlp(self.norm2(x))

    def prefill(self, x: torch.Tensor) -> torch.Tensor:
        q, k, v = self._qkv(x)
        seq = x.shape[1]
        self.k_cache[:, :seq] = k[0]
        self.v_cache[:, :seq] = v[0]
        return self._finish(x, F.scaled_dot_product_attention(q, k, v, is_causal=True))

    def decode(self, x: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        q, k, v = self._qkv(x)
        self.k_cache.index_copy_(1, position, k[0])
        self.v_cache.index_copy_(1, position, v[0])
        visible = (torch.arange(self.k_cache.shape[1]) <= position).view(1, 1, 1, -1)
        attended = F.scaled_dot_product_attention(
            q, self.k_cache.unsqueeze(0), self.v_cache.unsqueeze(0), attn_mask=visible
        )
        return self._finish(x, attended)


class TinyGPT(nn.Module):
    """Token and position embeddings, ``layers`` pre-norm blocks, and a head tied to the
    token embedding (one tensor, two uses: the compiled program keeps one copy)."""

    def __init__(self, vocab: int = 96, dim: int = 64, heads: int = 4, layers: int = 2, max_len: int = 64):
        super().__init__()
        self.max_len = max_len
        self.tokens = nn.Embedding(vocab, dim)
        self.positions = nn.Embedding(max_len, dim)
        self.blocks = nn.ModuleList(Block(dim, heads, max_len) for _ in range(layers))
        self.norm = nn.LayerNorm(dim)
        # Untrained weights at PyTorch's default scale make greedy decoding repeat one token;
        # a wider spread gives varied tokens, so a wrong cache update shows in the output.
        with torch.no_grad():
            for parameter in self.parameters():
                if parameter.dim() > 1:
                    parameter.normal_(0.0, 0.3)

    def _logits(self, x: torch.Tensor) -> torch.Tensor:
        return self.norm(x[:, -1]) @ self.tokens.weight.T

    def prefill(self, tokens: torch.Tensor) -> torch.Tensor:
        """Logits for the token after ``tokens`` ([1, seq] int64); fills the cache."""
        x = self.tokens(tokens) + self.positions(torch.arange(tokens.shape[1]))
        for block in self.blocks:
            x = block.prefill(x)
        return self._logits(x)

    def decode(self, token: torch.Tensor, position: torch.Tensor) -> torch.Tensor:
        """Logits after ``token`` ([1, 1] int64) at ``position`` ([1] int64)."""
        x = self.tokens(token) + self.positions(position)
        for block in self.blocks:
            x = block.decode(x, position)
        return self._logits(x)


def generate(
    prefill: Callable[[torch.Tensor], torch.Tensor],
    decode: Callable[[torch.Tensor, torch.Tensor], torch.Tensor],
    prompt: torch.Tensor,
    count: int,
) -> list[int]:
    """Greedy decoding of ``count`` tokens after ``prompt`` with any prefill/decode pair."""
    logits = prefill(prompt)
    tokens = [int(logits.argmax(-1))]
    for position in range(prompt.shape[1], prompt.shape[1] + count - 1):
        logits = decode(torch.tensor([[tokens[-1]]]), torch.tensor([position]))
        tokens.append(int(logits.argmax(-1)))
    return tokens


def build_program(model: TinyGPT, params: str = "inline"):
    """The two entry points as one torch_iree.Program (prompt length dynamic, 2..max_len-32)."""
    import torch_iree

    seq = torch.export.Dim("seq", min=2, max=model.max_len - 32)
    program = torch_iree.Program(model, params=params)
    program.function("prefill", args=(torch.zeros(1, 8, dtype=torch.int64),), dynamic_shapes=({1: seq},))
    program.function("decode", args=(torch.zeros(1, 1, dtype=torch.int64), torch.tensor([8])))
    return program


def main() -> None:
    import copy

    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--params", choices=("inline", "external"), default="inline")
    parser.add_argument("--archive", default="gpt_decoder.irpa", help="where external weights go")
    parser.add_argument("--target", default="llvm-cpu")
    parser.add_argument("--device", default="cpu")
    parser.add_argument("--tokens", type=int, default=32)
    options = parser.parse_args()

    torch.manual_seed(0)
    model = TinyGPT().eval()
    prompt = torch.randint(0, 96, (1, 8))
    with torch.no_grad():
        reference = copy.deepcopy(model)
        eager = generate(reference.prefill, reference.decode, prompt, options.tokens)

    started = time.perf_counter()
    exported = build_program(model, options.params).export()
    archive = exported.save_parameters(options.archive) if options.params == "external" else None
    loaded = exported.compile(options.target).load(options.device, parameters=archive)
    print(f"export + compile + load: {time.perf_counter() - started:.1f} s")
    compiled = generate(loaded.prefill, loaded.decode, prompt, options.tokens)
    print("eager:   ", eager)
    print("compiled:", compiled)
    print("same tokens" if compiled == eager else "DIFFERENT tokens")


if __name__ == "__main__":
    main()
