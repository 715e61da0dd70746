"""The frontend covers every op the plain upstream path covers, and more.

The plain path is torch.export + IREE's FX importer + iree-compile with no decompositions.
Each case is a one-op module; a case counts as covered when it compiles and its result matches
eager. The test prints the table it measured (pytest -s to see it).
"""

from __future__ import annotations

import torch
import torch.nn.functional as F
from iree.compiler import ir
from iree.compiler import tools as iree_tools
from iree.compiler.extras.fx_importer import FxImporter

import torch_iree

X = torch.randn(2, 4, 8, 8)
V = torch.randn(4, 16)

CASES: dict[str, tuple] = {
    "linear": (lambda x: F.linear(x, torch.ones(8, 16)), (V,)),
    "gelu_tanh": (lambda x: F.gelu(x, approximate="tanh"), (V,)),
    "hardswish": (F.hardswish, (V,)),
    "mish": (F.mish, (V,)),
    "softplus": (F.softplus, (V,)),
    "log_softmax": (lambda x: F.log_softmax(x, -1), (V,)),
    "layer_norm": (lambda x: F.layer_norm(x, (16,)), (V,)),
    "group_norm": (lambda x: F.group_norm(x, 2), (X,)),
    "batch_norm_eval": (lambda x: F.batch_norm(x, torch.zeros(4), torch.ones(4)), (X,)),
    "instance_norm": (F.instance_norm, (X,)),
    "avg_pool2d": (lambda x: F.avg_pool2d(x, 2), (X,)),
    "max_pool2d": (lambda x: F.max_pool2d(x, 2), (X,)),
    "adaptive_avg_pool2d": (lambda x: F.adaptive_avg_pool2d(x, (3, 3)), (X,)),
    "upsample_nearest": (lambda x: F.interpolate(x, scale_factor=2.0, mode="nearest"), (X,)),
    "upsample_bilinear": (lambda x: F.interpolate(x, scale_factor=2.0, mode="bilinear"), (X,)),
    "pixel_shuffle": (lambda x: F.pixel_shuffle(x, 2), (X,)),
    "unfold": (lambda x: F.unfold(x, 3), (X,)),
    "sdpa_causal": (lambda q: F.scaled_dot_product_attention(q, q, q, is_causal=True), (X,)),
    "cumsum": (lambda x: torch.cumsum(x, -1), (V,)),
    "logsumexp": (lambda x: torch.logsumexp(x, -1), (V,)),
    "var_mean": (lambda x: torch.var_mean(x, -1)[0], (V,)),
    "norm": (lambda x: torch.linalg.vector_norm(x, dim=-1), (V,)),
    "roll": (lambda x: torch.roll(x, 3, -1), (V,)),
    "diag_embed": (torch.diag_embed, (V,)),
    "cosine_similarity": (lambda x: F.cosine_similarity(x, x.flip(0)), (V,)),
    "xlogy": (lambda x: torch.xlogy(x.abs(), x.abs() + 1), (V,)),
    "heaviside": (lambda x: torch.heaviside(x, torch.tensor(0.5)), (V,)),
    "smooth_l1_loss": (lambda x: F.smooth_l1_loss(x, x.flip(0)), (V,)),
    "embedding": (
        lambda i: F.embedding(i, torch.arange(40.0).view(10, 4)),
        (torch.tensor([[1, 3], [9, 0]]),),
    ),
}


class _Op(torch.nn.Module):
    def __init__(self, fn) -> None:
        super().__init__()
        self.fn = fn

    def forward(self, *args):
        return self.fn(*args)


def _plain_upstream_compiles(module: torch.nn.Module, args: tuple) -> bool:
    program = torch.export.export(module, args)
    importer = FxImporter(context=ir.Context())
    importer.import_frozen_program(program)
    try:
        iree_tools.compile_str(
            str(importer.module),
            input_type="torch",
            target_backends=["llvm-cpu"],
            extra_args=["--iree-llvmcpu-target-cpu=host"],
        )
    except iree_tools.CompilerToolError:
        return False
    return True


def _ours_matches_eager(module: torch.nn.Module, args: tuple) -> bool:
    try:
        run = torch_iree.compile(module, args)
    except torch_iree.CompileError:
        return False
    torch.testing.assert_close(run(*args), module(*args), atol=1e-4, rtol=1e-4)
    return True


def test_frontend_covers_a_superset_of_the_plain_path() -> None:
    rows = []
    for name, (fn, args) in CASES.items():
        module = _Op(fn)
        rows.append((name, _plain_upstream_compiles(module, args), _ours_matches_eager(module, args)))
    print(f"\n{'op':22} plain  torch_iree")
    for name, plain, ours in rows:
        print(f"{name:22} {'yes' if plain else 'no':6} {'yes' if ours else 'no'}")
    plain_ok = {name for name, plain, _ in rows if plain}
    ours_ok = {name for name, _, ours in rows if ours}
    print(f"covered: plain {len(plain_ok)}/{len(rows)}, torch_iree {len(ours_ok)}/{len(rows)}")
    assert plain_ok <= ours_ok, f"the plain path covers ops the frontend does not: {plain_ok - ours_ok}"
    assert len(ours_ok) >= len(plain_ok) + 6
