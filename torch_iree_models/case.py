"""``ModelCase``: one model of the registry, its seeded weights and inputs, and how to run it."""

from __future__ import annotations

import re
import zlib
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import torch
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
class KnownFailure:
    """A failure the model is known to have: why, and a regular expression its error matches."""

    reason: str
    match: str

    def matches(self, error: BaseException | str) -> bool:
        return re.search(self.match, str(error)) is not None

    def to_json(self) -> dict[str, str]:
        return {"reason": self.reason, "match": self.match}


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
    # Where the model is known not to work, why, and which error says so, keyed by
    # "modality:backend" (e.g. "aot:llvm-cpu"), a backend ("llvm-cpu", "cuda", ...), a modality
    # ("aot": torch_iree.export, "torch.compile"), or "*" for everywhere. Tests expect exactly
    # that error: another one fails them, and so does success (a fix: remove the entry).
    known_failures: Mapping[str, KnownFailure] = field(default_factory=dict)

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

    def known_failure(self, backend: str, modality: str = "aot") -> KnownFailure | None:
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


def randn(generator: torch.Generator, *shape: int, dtype: torch.dtype = torch.float32) -> torch.Tensor:
    """Standard-normal inputs drawn from ``generator`` (in float32, then cast to ``dtype``)."""
    return torch.randn(*shape, generator=generator).to(dtype)
