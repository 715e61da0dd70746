"""The model suite: small real-world PyTorch architectures, built in code from seeded weights.

One registry (``MODELS``) serves the pytest suite (``tests/models``), the corpus generator
(``python -m ci.corpus``) and the coverage report (``python -m ci.coverage``). Nothing is
downloaded: every model is constructed here and its weights come from a fixed seed, so the same
code gives the same weights, inputs and reference outputs on every machine.

Each ``ModelCase`` declares its own tolerance (fp32 models are held to ~1e-4; reduced precision
and long recurrences get more room), which inputs carry a batch dimension (for the dynamic-batch
variant), and whether it belongs to the small subset the default CI run covers.

``ci`` imports this file by path (``ci.corpus.load_model_zoo``) under the module name
``model_zoo``, the same name pytest gives it, so there is only ever one copy in a process.
"""

from __future__ import annotations

import math
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import torch
import torch.nn.functional as F
from torch import nn
from torch.export import Dim

SEED = 20240611
# The range a dynamic batch dimension is exported with. Small on purpose: it bounds nothing the
# tests need and keeps torch.export from guessing at sizes it never saw.
BATCH_MIN, BATCH_MAX = 1, 64


@dataclass(frozen=True)
class Tolerance:
    atol: float
    rtol: float


FP32 = Tolerance(atol=1e-4, rtol=1e-4)


@dataclass(frozen=True)
class ModelCase:
    """One model of the suite and how to exercise it."""

    name: str
    description: str
    build: Callable[[], nn.Module]  # called under a fixed seed by ``module()``
    make_inputs: Callable[[int, torch.Generator], tuple[torch.Tensor, ...]]  # (batch, rng) → args
    tolerance: Tolerance = FP32
    dtype: str = "float32"  # the model's compute dtype, for reports
    batch: int = 2  # batch of the example inputs the static variant is exported with
    # Batch sizes the dynamic variant is run at after exporting once at ``batch``; () means the
    # model has no dynamic-batch variant.
    dynamic_batches: tuple[int, ...] = (1, 5)
    # Which dimension of each input is the batch (None: that input has none).
    batch_dims: tuple[int | None, ...] | None = None  # None: dim 0 of every input
    ci: bool = False  # in the default CI subset (the rest run with TORCH_IREE_MODELS=all)
    # Where the model is known not to work, and why, keyed by "modality:backend" (e.g.
    # "aot:llvm-cpu"), a backend ("llvm-cpu", "cuda", ...), a modality ("aot": torch_iree.export,
    # "torch.compile"), or "*" for everywhere. Tests turn these into strict xfails, so a fix
    # shows up as an XPASS failure that asks for the entry to go.
    known_failures: Mapping[str, str] = field(default_factory=dict)

    def module(self) -> nn.Module:
        """The model with its seeded weights, in eval mode."""
        with torch.random.fork_rng(devices=[]):
            torch.manual_seed(_seed(self.name))
            model = self.build()
            _randomize_norm_stats(model)
        return model.eval()

    def inputs(self, batch: int | None = None) -> tuple[torch.Tensor, ...]:
        """Deterministic example inputs at ``batch`` (default: the static batch)."""
        batch = self.batch if batch is None else batch
        generator = torch.Generator().manual_seed(_seed(self.name) + batch)
        return self.make_inputs(batch, generator)

    @property
    def has_dynamic_variant(self) -> bool:
        return bool(self.dynamic_batches)

    def dynamic_shapes(self, args: tuple[torch.Tensor, ...]) -> tuple[dict[int, Any] | None, ...]:
        """torch.export ``dynamic_shapes`` marking the batch dimension of every batched input."""
        batch = Dim("batch", min=BATCH_MIN, max=BATCH_MAX)
        dims = self.batch_dims if self.batch_dims is not None else (0,) * len(args)
        return tuple(None if d is None else {d: batch} for d in dims)

    def variants(self) -> tuple[str, ...]:
        return ("static", "dynamic") if self.has_dynamic_variant else ("static",)

    def known_failure(self, backend: str, modality: str = "aot") -> str | None:
        """Why the model does not work on ``backend`` (a backend name or a target spec) through
        ``modality`` ("aot" or "torch.compile"), if known."""
        backend = backend.partition(":")[0]
        for key in (f"{modality}:{backend}", backend, modality, "*"):
            if key in self.known_failures:
                return self.known_failures[key]
        return None


def _seed(name: str) -> int:
    # Per-model seeds, stable across Python runs (hash() of a str is salted per process).
    return SEED + zlib.crc32(name.encode()) % 10_000


def _randomize_norm_stats(model: nn.Module) -> None:
    """Give batch norms non-trivial running statistics (fresh ones make BN an identity)."""
    for sub in model.modules():
        if isinstance(sub, nn.modules.batchnorm._BatchNorm) and sub.running_mean is not None:
            with torch.no_grad():
                sub.running_mean.uniform_(-0.5, 0.5)
                sub.running_var.uniform_(0.5, 1.5)
                sub.weight.uniform_(0.5, 1.5)
                sub.bias.uniform_(-0.2, 0.2)


def _randn(generator: torch.Generator, *shape: int, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    return torch.randn(*shape, generator=generator).to(dtype)


# ---------------------------------------------------------------------------------------------
# Architectures


def mlp() -> nn.Module:
    return nn.Sequential(
        nn.Linear(32, 64), nn.GELU(), nn.Linear(64, 64), nn.SiLU(), nn.Linear(64, 10), nn.LogSoftmax(-1)
    )


def cnn_batchnorm() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        nn.MaxPool2d(2),
        nn.Conv2d(16, 32, 3, stride=2, padding=1),
        nn.BatchNorm2d(32),
        nn.ReLU(),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(32, 10),
    )


class BasicBlock(nn.Module):
    """ResNet's basic block; a strided block gets a 1x1 projection shortcut."""

    def __init__(self, cin: int, cout: int, stride: int = 1) -> None:
        super().__init__()
        self.conv1 = nn.Conv2d(cin, cout, 3, stride=stride, padding=1, bias=False)
        self.bn1 = nn.BatchNorm2d(cout)
        self.conv2 = nn.Conv2d(cout, cout, 3, padding=1, bias=False)
        self.bn2 = nn.BatchNorm2d(cout)
        self.shortcut: nn.Module = nn.Identity()
        if stride != 1 or cin != cout:
            self.shortcut = nn.Sequential(
                nn.Conv2d(cin, cout, 1, stride=stride, bias=False), nn.BatchNorm2d(cout)
            )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = F.relu(self.bn1(self.conv1(x)))
        out = self.bn2(self.conv2(out))
        return F.relu(out + self.shortcut(x))


def resnet() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU(),
        BasicBlock(16, 16),
        BasicBlock(16, 32, stride=2),
        BasicBlock(32, 32),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(32, 10),
    )


class InvertedResidual(nn.Module):
    """MobileNetV2's block: 1x1 expand, 3x3 depthwise, 1x1 project, residual when shapes allow."""

    def __init__(self, cin: int, cout: int, stride: int, expand: int) -> None:
        super().__init__()
        hidden = cin * expand
        self.use_residual = stride == 1 and cin == cout
        self.block = nn.Sequential(
            nn.Conv2d(cin, hidden, 1, bias=False),
            nn.BatchNorm2d(hidden),
            nn.ReLU6(),
            nn.Conv2d(hidden, hidden, 3, stride=stride, padding=1, groups=hidden, bias=False),
            nn.BatchNorm2d(hidden),
            nn.Hardswish(),
            nn.Conv2d(hidden, cout, 1, bias=False),
            nn.BatchNorm2d(cout),
        )

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        out = self.block(x)
        return x + out if self.use_residual else out


def depthwise_separable() -> nn.Module:
    return nn.Sequential(
        nn.Conv2d(3, 16, 3, stride=2, padding=1, bias=False),
        nn.BatchNorm2d(16),
        nn.ReLU6(),
        InvertedResidual(16, 16, 1, 2),
        InvertedResidual(16, 24, 2, 4),
        InvertedResidual(24, 24, 1, 4),
        nn.AdaptiveAvgPool2d(1),
        nn.Flatten(),
        nn.Linear(24, 10),
    )


class UpsampleDecoder(nn.Module):
    """A segmentation-style decoder: transposed convs (with output padding) and nearest upsampling."""

    def __init__(self) -> None:
        super().__init__()
        self.deconv1 = nn.ConvTranspose2d(16, 8, 4, stride=2, padding=1)
        self.deconv2 = nn.ConvTranspose2d(8, 8, 3, stride=2, padding=1, output_padding=1)
        self.up_nearest = nn.Upsample(scale_factor=4, mode="nearest")
        self.head = nn.Conv2d(16, 3, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        a = self.deconv2(F.relu(self.deconv1(x)))  # 4x4 → 16x16
        b = self.up_nearest(x[:, :8])  # 4x4 → 16x16
        return torch.sigmoid(self.head(torch.cat([a, b], dim=1)))


class BilinearUpsample(nn.Module):
    """Bilinear upsampling (FPN / U-Net style skip merge)."""

    def __init__(self) -> None:
        super().__init__()
        self.lateral = nn.Conv2d(8, 8, 1)
        self.up = nn.Upsample(scale_factor=2, mode="bilinear", align_corners=False)

    def forward(self, coarse: torch.Tensor) -> torch.Tensor:
        return self.up(self.lateral(coarse))


class Pooling(nn.Module):
    """Max/avg pooling variants (padding, ceil mode, count_include_pad, adaptive, 1-d)."""

    def __init__(self) -> None:
        super().__init__()
        self.conv = nn.Conv2d(4, 8, 3, padding=1)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        x = self.conv(x)
        parts = [
            F.max_pool2d(x, 3, stride=2, padding=1),
            F.avg_pool2d(x, 2, ceil_mode=True),
            F.avg_pool2d(x, 3, stride=2, padding=1, count_include_pad=False),
            F.adaptive_avg_pool2d(x, (3, 3)),
            F.adaptive_max_pool2d(x, (2, 2)),
            F.max_pool1d(x.flatten(2), 4),
            F.avg_pool1d(x.flatten(2), 4),
        ]
        return torch.cat([p.flatten(1) for p in parts], dim=1)


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


def _int_inputs(batch: int, g: torch.Generator) -> tuple[torch.Tensor, ...]:
    x = _randn(g, batch, 16)
    index = torch.randint(0, 16, (batch, 4), generator=g)
    mask = torch.rand(batch, 16, generator=g) > 0.3
    return x, index, mask


class Bf16Elementwise(nn.Module):
    """bf16 elementwise and reduction work (what IREE 3.13 compiles on llvm-cpu in bf16)."""

    def forward(self, x: torch.Tensor, y: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        h = F.gelu(x * y + 1.0)
        return h.sum(-1), torch.softmax(h.float(), -1)


def _padding(batch: int, g: torch.Generator) -> tuple[torch.Tensor, torch.Tensor]:
    x = _randn(g, batch, 8, 32)
    lengths = torch.randint(4, 9, (batch,), generator=g)
    padding = torch.arange(8).view(1, 8) >= lengths.view(batch, 1)  # True = padded
    return x, padding


BF16_CONSTANTS = (
    "IREE 3.13: a bf16 matmul with frozen (constant) bf16 weights fails to compile (arith.constant "
    "verifier error); torch.compile passes the weights as inputs and works"
)

MODELS: dict[str, ModelCase] = {
    case.name: case
    for case in (
        ModelCase(
            "mlp",
            "3-layer MLP, GELU/SiLU, log-softmax",
            mlp,
            lambda b, g: (_randn(g, b, 32),),
            ci=True,
        ),
        ModelCase(
            "cnn_batchnorm",
            "conv + batchnorm + max pool + global average pool",
            cnn_batchnorm,
            lambda b, g: (_randn(g, b, 3, 32, 32),),
            ci=True,
        ),
        ModelCase(
            "resnet",
            "ResNet basic blocks with a strided projection shortcut",
            resnet,
            lambda b, g: (_randn(g, b, 3, 32, 32),),
        ),
        ModelCase(
            "depthwise_separable",
            "MobileNetV2 inverted residuals: depthwise convs, ReLU6, hardswish",
            depthwise_separable,
            lambda b, g: (_randn(g, b, 3, 32, 32),),
        ),
        ModelCase(
            "upsample_decoder",
            "transposed convs + nearest/bilinear upsampling",
            UpsampleDecoder,
            lambda b, g: (_randn(g, b, 16, 4, 4),),
        ),
        ModelCase(
            "bilinear_upsample",
            "1x1 conv + bilinear upsampling",
            BilinearUpsample,
            lambda b, g: (_randn(g, b, 8, 6, 6),),
        ),
        ModelCase(
            "pooling",
            "max/avg pooling: padding, ceil mode, count_include_pad, adaptive, 1-d",
            Pooling,
            lambda b, g: (_randn(g, b, 4, 15, 15),),
        ),
        ModelCase(
            "transformer_encoder",
            "2-layer nn.TransformerEncoder (d=64, 4 heads)",
            transformer_encoder,
            lambda b, g: (_randn(g, b, 12, 64),),
            ci=True,
            known_failures={
                "vulkan-spirv": "IREE 3.13 vulkan-spirv: the fused attention (iree_linalg_ext.online_attention) "
                "fails to compile (result must be a tensor, got a memref); seen compiling, no device here"
            },
        ),
        ModelCase(
            "gpt_decoder",
            "GPT-style decoder: embeddings, causal SDPA, tied LM head",
            GPTDecoder,
            lambda b, g: (torch.randint(0, 128, (b, 16), generator=g),),
            # Logits through a tied 64-wide head: fp32 reassociation differs by a few 1e-4.
            tolerance=Tolerance(atol=1e-3, rtol=1e-4),
            ci=True,
            known_failures={
                "vulkan-spirv": "IREE 3.13 vulkan-spirv: the fused attention (iree_linalg_ext.online_attention) "
                "fails to compile (result must be a tensor, got a memref); seen compiling, no device here"
            },
        ),
        ModelCase(
            "lstm",
            "2-layer LSTM over 10 steps + per-step head",
            lambda: Recurrent("lstm"),
            lambda b, g: (_randn(g, b, 10, 16),),
        ),
        ModelCase(
            "gru",
            "2-layer bidirectional GRU over 10 steps + per-step head",
            lambda: Recurrent("gru"),
            lambda b, g: (_randn(g, b, 10, 16),),
        ),
        ModelCase(
            "embedding_norms",
            "embedding (padding_idx) + LayerNorm + hand-written and nn.RMSNorm",
            EmbeddingNorms,
            lambda b, g: (torch.randint(0, 100, (b, 12), generator=g),),
        ),
        ModelCase(
            "masked_attention",
            "MHA with key-padding + additive masks, SDPA with a boolean mask",
            MaskedAttention,
            _padding,
            known_failures={
                "vulkan-spirv": "IREE 3.13 vulkan-spirv: vector.broadcast fails to legalize in the masked "
                "attention's code; seen compiling, no device here"
            },
        ),
        ModelCase(
            "integer_indexing",
            "int/bool tensors: gather, scatter(_add), index_select, masked_fill, where, cumsum, argmax",
            IntegerIndexing,
            _int_inputs,
            tolerance=Tolerance(atol=1e-5, rtol=1e-5),
            ci=True,
        ),
        ModelCase(
            "mlp_fp16",
            "the MLP in float16",
            lambda: mlp().half(),
            lambda b, g: (_randn(g, b, 32, dtype=torch.float16),),
            tolerance=Tolerance(atol=2e-2, rtol=2e-2),
            dtype="float16",
            ci=True,
            known_failures={
                "vulkan-spirv": "IREE 3.13 vulkan-spirv: vector.bitcast vector<2xf32> -> vector<4xf16> fails "
                "to legalize; seen compiling, no device here"
            },
        ),
        ModelCase(
            "elementwise_bf16",
            "bfloat16 elementwise + reductions",
            Bf16Elementwise,
            lambda b, g: (_randn(g, b, 64, dtype=torch.bfloat16), _randn(g, b, 64, dtype=torch.bfloat16)),
            # A bf16 sum of 64 values of ~1: one bf16 ulp at 32-64 is 0.25.
            tolerance=Tolerance(atol=0.5, rtol=2e-2),
            dtype="bfloat16",
        ),
        ModelCase(
            "mlp_bf16",
            "the MLP in bfloat16",
            lambda: mlp().to(torch.bfloat16),
            lambda b, g: (_randn(g, b, 32, dtype=torch.bfloat16),),
            tolerance=Tolerance(atol=0.1, rtol=2e-2),
            dtype="bfloat16",
            dynamic_batches=(),
            known_failures={
                "aot:llvm-cpu": BF16_CONSTANTS,
                "aot:vulkan-spirv": BF16_CONSTANTS + " (vulkan-spirv: seen compiling, no device here)",
            },
        ),
    )
}

CI_MODELS = tuple(name for name, case in MODELS.items() if case.ci)


def flat_outputs(value: Any) -> list[torch.Tensor]:
    """The tensors of a (nested) model output, in pytree order."""
    leaves, _ = torch.utils._pytree.tree_flatten(value)
    return [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]


def max_abs_error(got: Any, want: Any) -> float:
    """Largest elementwise |got - want| over every output leaf (bools/ints compared as numbers)."""
    worst = 0.0
    for g, w in zip(flat_outputs(got), flat_outputs(want), strict=True):
        if g.numel():
            worst = max(worst, float((g.double() - w.double()).abs().max()))
    return worst if math.isfinite(worst) else math.inf


def assert_outputs_match(got: Any, want: Any, tolerance: Tolerance) -> None:
    """Same structure, dtypes and shapes; floats within ``tolerance``, ints and bools exact."""
    got_leaves, got_spec = torch.utils._pytree.tree_flatten(got)
    want_leaves, want_spec = torch.utils._pytree.tree_flatten(want)
    assert got_spec == want_spec, f"output structure differs from eager: {got_spec} vs {want_spec}"
    for i, (g, w) in enumerate(zip(got_leaves, want_leaves, strict=True)):
        assert g.dtype == w.dtype, f"output {i}: dtype {g.dtype}, eager gives {w.dtype}"
        assert g.shape == w.shape, f"output {i}: shape {tuple(g.shape)}, eager gives {tuple(w.shape)}"
        if w.is_floating_point():
            torch.testing.assert_close(
                g, w, atol=tolerance.atol, rtol=tolerance.rtol, msg=lambda m, i=i: f"output {i}: {m}"
            )
        else:
            assert torch.equal(g, w), f"output {i} ({w.dtype}) differs from eager"
