"""Repro: IREE 3.13 fuses a decoder's K and V cache globals when both start as dense<0.0>.

torch_iree gives mutable state an inline blob (or an archive entry) as its initial value: the
shield's ``inline_zero_state`` workaround. With it off, the zeroed caches are splats, and the
1-layer decoder's two mutable globals survive to the flow phase but come out of the stream phase
as ONE variable resource, so K reads V's values:

    python docs/iree-issues/inline_zero_state.py          # writes /tmp/splat.mlir
    for p in flow stream; do iree-compile /tmp/splat.mlir --iree-input-type=torch \
        --iree-hal-target-backends=llvm-cpu --compile-to=$p -o /tmp/splat.$p.mlir; done
    grep -E "util.global.*(k_cache|v_cache)" /tmp/splat.flow.mlir /tmp/splat.stream.mlir

flow: @blocks.0.k_cache and @blocks.0.v_cache; stream: only @blocks.0.k_cache (+ its timepoint).
Two plain globals stored together (no in-place updates) compile correctly, so the pattern
matters: both are updated in place (slice_scatter / index_put) in the same functions.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))  # examples/, from any folder

import torch

import torch_iree
from examples.gpt_decoder import TinyGPT
from torch_iree._passes.shield import Shield

torch.manual_seed(0)
program = torch_iree.Program(TinyGPT(layers=1).eval(), shield=Shield(frozenset({"inline_zero_state"})))
seq = torch.export.Dim("seq", min=2, max=32)
program.function("prefill", args=(torch.zeros(1, 8, dtype=torch.int64),), dynamic_shapes=({1: seq},))
program.function("decode", args=(torch.zeros(1, 1, dtype=torch.int64), torch.tensor([8])))
Path("/tmp/splat.mlir").write_text(program.export().mlir, encoding="utf-8")
print("/tmp/splat.mlir")
