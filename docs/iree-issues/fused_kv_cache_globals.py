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

import sys, torch
sys.path.insert(0,'.')
import torch_iree.state_import as si
from iree.compiler import ir
orig = si._resource_attr
def splat(tensor, name, ty):
    if not tensor.any():
        return ir.Attribute.parse(f"dense<0.000000e+00> : {ty}")
    return orig(tensor, name, ty)
si._resource_attr = splat
from examples.gpt_decoder import TinyGPT, build_program
m = TinyGPT(layers=1).eval()
ex = build_program(m).export()
open("/tmp/splat.mlir","w").write(ex.mlir)
