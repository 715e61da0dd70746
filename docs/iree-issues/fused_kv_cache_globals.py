"""Repro: IREE 3.13 fuses a decoder's K and V cache globals when both start as dense<0.0>.

torch_iree gives mutable state an inline blob (or an archive entry) as its initial value. With a
splat instead (patched in below), the 1-layer decoder's two mutable globals survive to the flow
phase but come out of the stream phase as ONE variable resource, so K reads V's values:

    python docs/iree-issues/fused_kv_cache_globals.py          # writes /tmp/splat.mlir
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

from iree.compiler import ir  # noqa: E402

import torch_iree.state_hook as state_hook  # noqa: E402
from examples.gpt_decoder import TinyGPT, build_program  # noqa: E402

inline_blob = state_hook._resource_attr


def splat_when_zero(tensor, name, tensor_type):  # type: ignore[no-untyped-def]
    if not tensor.any():
        return ir.Attribute.parse(f"dense<0.000000e+00> : {tensor_type}")
    return inline_blob(tensor, name, tensor_type)


state_hook._resource_attr = splat_when_zero
exported = build_program(TinyGPT(layers=1).eval()).export()
Path("/tmp/splat.mlir").write_text(exported.mlir, encoding="utf-8")
print("/tmp/splat.mlir")
