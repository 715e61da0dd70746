"""The decomposition table applied to every exported program before import.

Many ATen ops reach the FX importer as ops that have no torch-dialect definition, and come out
as generic ``torch.operator`` ops that the compiler cannot lower. The table is built from:

1. PyTorch's core-ATen decompositions, the base every torch.export consumer shares;
2. minus the ops IREE compiles better whole (``KEEP_WHOLE``):
   - ``scaled_dot_product_attention``: torch-mlir lowers it to IREE's fused attention op
     (online softmax, no materialised score matrix); decomposed it is bmm + softmax + bmm;
   - ``roll``: the core decomposition (index arithmetic + gather) fails to compile, the op
     itself lowers to slices and a concat (found by tests/e2e/test_op_coverage.py);
   - ``pixel_unshuffle``: the core decomposition crashes iree-compile on a zero-size input,
     the whole op handles it;
   - ``linalg_slogdet``: core decomposes it into ``_linalg_slogdet``, which IREE cannot lower;
3. plus every decomposition PyTorch registers for an op that the torch dialect of *this*
   compiler does not define and that core ATen does not already decompose (asked of the
   compiler's own MLIR context, so the table follows the locked IREE release instead of a
   list that goes stale). Core's own decompositions are never replaced here: PyTorch's other
   registration for ``std_mean.dim`` (``torch._refs.std_mean``), for one, fails where core's
   works; only core's pass-through entries for composite ops (which may leave the op in the
   graph, e.g. ``squeeze.dim``) give way;
4. plus PyTorch's own decompositions for ops the torch dialect defines but this IREE release
   cannot lower whole (``DECOMPOSE``):
   - ``upsample_bilinear2d``: core ATen keeps it, and IREE 3.13 fails to lower the whole op
     (its scale factors stay ``torch.constant.float``); decomposed it is index arithmetic and
     gathers that compile (found by the model suite's ``bilinear_upsample``);
5. plus our own (``OWN``), where PyTorch's decomposition does not suit export (batch norm) or
   PyTorch has none (the fused inference path of nn.TransformerEncoderLayer; the special
   functions of ``torch_iree.decompositions.special_functions``), or IREE compiles the op to wrong answers
   (``torch_iree.decompositions.miscompiled_ops``). An own entry replaces a core one only when
   listed in ``CORE_OVERRIDES`` with the test that shows it is better;
6. plus decompositions a user registers with ``extra_decompositions``.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Iterable
from typing import Any

import torch
from iree.compiler import ir
from iree.compiler.extras.fx_importer import _get_mlir_op_name_for_schema
from torch._decomp import core_aten_decompositions, get_decompositions
from torch._decomp import decomposition_table as registered_decompositions
from torch._refs.nn.functional import pdist as refs_pdist

from torch_iree.decompositions.layouts import DECOMPOSITIONS as LAYOUT_OPS
from torch_iree.decompositions.miscompiled_ops import DECOMPOSITIONS as MISCOMPILED_OPS
from torch_iree.decompositions.special_functions import DECOMPOSITIONS as SPECIAL_FUNCTIONS
from torch_iree.options import AttentionMode, check_attention

aten = torch.ops.aten

KEEP_WHOLE: tuple[Any, ...] = (
    aten.scaled_dot_product_attention.default,
    aten.roll.default,  # core decomposes it into gathers that fail to compile; IREE lowers roll itself
    aten.pixel_unshuffle.default,  # core's decomposition crashes iree-compile on zero-size inputs
    aten.linalg_slogdet.default,  # core's gives _linalg_slogdet, which IREE cannot lower
    # The dialect's squeeze.dim lowers for every size, zero-size included; the own squeeze
    # and squeeze.dims decompositions are chains of it (a view of a zero-size tensor crashes
    # iree-compile 3.13).
    aten.squeeze.dim,
)


def kept_whole(attention: AttentionMode = "fused") -> tuple[Any, ...]:
    """The ops the table leaves whole for an attention mode (``torch_iree.options.AttentionMode``)."""
    if check_attention(attention) == "fused":
        return KEEP_WHOLE
    return tuple(op for op in KEEP_WHOLE if op is not aten.scaled_dot_product_attention.default)


# Ops the torch dialect defines (so step 3 leaves them whole) but IREE 3.13 cannot lower whole:
# PyTorch's own decompositions for them go into the table.
DECOMPOSE: tuple[Any, ...] = (
    # IREE 3.13 fails to lower the whole op: "failed to legalize operation 'torch.constant.float'"
    # (the scale factors); decomposed, nn.Upsample(mode="bilinear") compiles and matches eager.
    aten.upsample_bilinear2d.vec,
    aten.upsample_bilinear2d.default,
    # The dialect defines the view-and-copy ops, IREE lowers none of them: as the view + clone.
    aten.as_strided_copy.default,
    aten.permute_copy.default,
    aten.unbind_copy.int,
    aten.view_copy.default,
    aten.view_copy.dtype,
)


def _batch_norm_no_training(x, weight, bias, running_mean, running_var, momentum, eps):
    # PyTorch's own decomposition goes through the mutable ``_native_batch_norm_legit``, which
    # breaks the functional graph export needs; in eval mode batch norm is a per-channel affine
    # map, written here with elementwise ops IREE fuses into the producer.
    shape = [1, -1] + [1] * (x.dim() - 2)
    scale = torch.rsqrt(running_var + eps)
    if weight is not None:
        scale = scale * weight
    out = (x - running_mean.view(shape)) * scale.view(shape)
    if bias is not None:
        out = out + bias.view(shape)
    empty = x.new_zeros((0,))
    return out, empty, empty


def _transformer_encoder_layer(
    src,
    embed_dim,
    num_heads,
    qkv_weight,
    qkv_bias,
    proj_weight,
    proj_bias,
    use_gelu,
    norm_first,
    eps,
    norm_weight_1,
    norm_bias_1,
    norm_weight_2,
    norm_bias_2,
    ffn_weight_1,
    ffn_bias_1,
    ffn_weight_2,
    ffn_bias_2,
    mask=None,
    mask_type=None,
):
    # nn.TransformerEncoderLayer's inference fast path: one fused kernel with no decomposition
    # in PyTorch, so Dynamo graphs of eval-mode encoders would not compile. Written back as
    # the layer's own math, with attention as SDPA (which IREE keeps whole).
    F = torch.nn.functional
    batch, seq = src.shape[0], src.shape[1]
    head_dim = embed_dim // num_heads

    def attention(x):
        q, k, v = F.linear(x, qkv_weight, qkv_bias).chunk(3, dim=-1)
        q, k, v = (t.reshape(batch, seq, num_heads, head_dim).transpose(1, 2) for t in (q, k, v))
        attn_mask = None if mask is None else (~mask if mask.dtype == torch.bool else mask)
        if attn_mask is not None and attn_mask.dim() == 2 and attn_mask.shape[0] == batch:
            attn_mask = attn_mask[:, None, None, :]  # key padding mask (batch, seq)
        out = F.scaled_dot_product_attention(q, k, v, attn_mask=attn_mask)
        return F.linear(out.transpose(1, 2).reshape(batch, seq, embed_dim), proj_weight, proj_bias)

    def feed_forward(x):
        hidden = F.linear(x, ffn_weight_1, ffn_bias_1)
        hidden = F.gelu(hidden) if use_gelu else F.relu(hidden)
        return F.linear(hidden, ffn_weight_2, ffn_bias_2)

    def norm1(x):
        return F.layer_norm(x, (embed_dim,), norm_weight_1, norm_bias_1, eps)

    def norm2(x):
        return F.layer_norm(x, (embed_dim,), norm_weight_2, norm_bias_2, eps)

    if norm_first:
        x = src + attention(norm1(src))
        return x + feed_forward(norm2(x))
    x = norm1(src + attention(src))
    return norm2(x + feed_forward(x))


# Our own decompositions: they win over PyTorch's for the same op.
OWN: dict[Any, Callable[..., Any]] = {
    aten._native_batch_norm_legit_no_training.default: _batch_norm_no_training,
    # What pdist's C++ kernel calls (the eager device meets it; export sees pdist itself):
    # PyTorch has no decomposition for it and IREE cannot lower it. Same signature as pdist.
    aten._pdist_forward.default: refs_pdist,
    aten._transformer_encoder_layer_fwd.default: _transformer_encoder_layer,
    **SPECIAL_FUNCTIONS,
    **MISCOMPILED_OPS,
    **LAYOUT_OPS,
}
# Own entries that replace a core-ATen decomposition, and the test that shows ours is better
# (tests/unit/test_decomposition_table.py checks that no other own entry is a core one).
_OPINFO_FAILS_WITH_CORE = (
    "core's entry leaves an op IREE 3.13 cannot lower, so OpInfo's samples fail with it "
    "(docs/opinfo.md); ours: tests/e2e/test_op_decompositions.py"
)
CORE_OVERRIDES: dict[Any, str] = {
    aten.nll_loss_forward.default: (
        "core's gives a 0-d loss for reduction='none' (OpInfo nn.functional.nll_loss): "
        "tests/e2e/test_op_decompositions.py"
    ),
    **dict.fromkeys(
        (
            aten.nll_loss2d_forward.default,
            aten.logsumexp.default,
            aten.isin.Tensor_Tensor,
            aten.squeeze.default,
            aten.unbind.int,
            aten.eye.default,
            aten.eye.m,
            aten.empty_like.default,
        ),
        _OPINFO_FAILS_WITH_CORE,
    ),
}

# Core entries that are pass-through wrappers for a composite op whose C++ kernel leaves an op
# IREE cannot lower, where PyTorch's registered Python decomposition works (the general rule of
# step 3 keeps core's wrapper for composite ops: for ``nll_loss_nd`` the registered one is wrong).
REGISTERED_OVER_CORE: dict[Any, str] = {
    aten.pdist.default: (
        "core's wrapper leaves aten._pdist_forward, which IREE 3.13 cannot lower; the registered "
        "decomposition passes OpInfo nn.functional.pdist (docs/opinfo.md)"
    ),
}

_EXTRA: dict[Any, Callable[..., Any]] = {}


def extra_decompositions(table: dict[Any, Callable[..., Any]]) -> None:
    """Add (or override) decompositions for ops the default table leaves unsupported."""
    _EXTRA.update(table)
    decomposition_table.cache_clear()


@functools.cache
def decomposition_table(keep: Iterable[Any] = KEEP_WHOLE) -> dict[Any, Callable[..., Any]]:
    """The table ``ExportedProgram.run_decompositions`` gets (cached: building it costs ~0.2 s)."""
    table = dict(core_decompositions())
    for op in keep:
        table.pop(op, None)
    for op, fn in _decompositions_for_undefined_ops(frozenset(keep)).items():
        if op not in table or _is_composite_passthrough(op, table[op]):
            table[op] = fn  # core's own decomposition, where it has one, stays
    preferred = [op for op in REGISTERED_OVER_CORE if op not in keep]
    for op, fn in get_decompositions(preferred).items():
        table[op] = fn
    for op, fn in get_decompositions([op for op in DECOMPOSE if op not in keep]).items():
        table[op] = fn
    for op, fn in (*OWN.items(), *_EXTRA.items()):
        table[op] = fn
    return table


@functools.cache
def core_decompositions() -> dict[Any, Callable[..., Any]]:
    """PyTorch's core-ATen table (cached: each call builds new wrapper objects)."""
    return dict(core_aten_decompositions())


def _is_composite_passthrough(op: Any, fn: Any) -> bool:
    """Core lists some ops (``squeeze.dim``, ...) with a wrapper that runs the op's C++
    CompositeImplicitAutograd kernel; for an op that has none, that leaves the op itself in the
    graph, and for one the torch dialect lacks, PyTorch's registered Python decomposition is the
    better entry. (Where the op has such a kernel, ``nll_loss_nd`` say, core's wrapper is right
    and the registered Python one wrong: a 0-d loss for reduction="none".)"""
    wrapper = isinstance(fn, functools.partial) and fn.func.__name__ == "_special_op_to_decompose_cia"
    return wrapper and not op.has_kernel_for_dispatch_key(torch._C.DispatchKey.CompositeImplicitAutograd)


def _decompositions_for_undefined_ops(keep: frozenset[Any]) -> dict[Any, Callable[..., Any]]:
    context = ir.Context()
    chosen = {}
    for op, fn in registered_decompositions.items():
        if not isinstance(op, torch._ops.OpOverload) or op in keep:
            continue
        if op._schema.is_mutable or op._overloadname.endswith("out"):
            continue  # export graphs are functional: in-place and out= variants never occur
        if not context.is_registered_operation(_get_mlir_op_name_for_schema(op._schema)):
            chosen[op] = fn
    return chosen
