"""OpInfo entries as sample functions: the tensors of a sample are the function's inputs,
everything else (ints, dtypes, shapes, flags) is baked into the function."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from typing import Any

import torch
import torch.utils._pytree as pytree
from torch.utils._python_dispatch import TorchDispatchMode

# Ops whose result is random (or uninitialised memory): nothing to compare with eager, so they
# are listed, not tested. Matched against the name's words ("nn.functional.dropout2d" →
# nn, functional, dropout2d), by prefix.
RANDOM_WORDS = (
    "bernoulli", "normal", "rand", "multinomial", "uniform", "dropout", "exponential",
    "geometric", "cauchy", "empty", "rrelu", "feature_alpha_dropout",
)  # fmt: skip

DTYPES = {
    "float32": torch.float32,
    "float16": torch.float16,
    "bfloat16": torch.bfloat16,
    "int32": torch.int32,
}


@dataclass(frozen=True)
class Sample:
    """One OpInfo sample: ``function(*tensors)`` is what is compiled and compared."""

    op: str
    index: int
    function: Callable[..., Any]
    tensors: tuple[torch.Tensor, ...]

    def eager(self) -> Any:
        return self.function(*[t.clone() for t in self.tensors])

    def varies(self) -> bool:
        """Whether eager's result is random (dropout with training=True in an op's keyword
        arguments, say): it runs an op torch tags as seeded, or gives other results under
        another seed. Nothing to compare a compiled run with."""
        results = []
        for seed in (1, 2):
            torch.manual_seed(seed)
            with _SeededOps() as seeded:
                results.append(tensor_leaves(self.eager()))
            if seeded.seen:
                return True
        return len(results[0]) != len(results[1]) or not all(
            _same(a, b) for a, b in zip(*results, strict=True)
        )


def op_key(info: Any) -> str:
    return info.name + (f".{info.variant_test_name}" if info.variant_test_name else "")


@functools.cache
def op_database() -> dict[str, Any]:
    """OpInfo key → entry, for the ops that run on CPU."""
    from torch.testing._internal.common_methods_invocations import op_db

    return {op_key(info): info for info in op_db}


# Names those words catch that are deterministic after all.
NOT_RANDOM = frozenset({
    "__rand__", "native_dropout_backward", "signal.windows.exponential",
    "nn.functional.feature_alpha_dropout.without_train",
})  # fmt: skip


def is_random(key: str) -> bool:
    words = re.split(r"[._]", key)
    hit = any(word.startswith(prefix) for word in words for prefix in RANDOM_WORDS if word != "normalize")
    return hit and key not in NOT_RANDOM


def supports(key: str, dtype: str) -> bool:
    return DTYPES[dtype] in op_database()[key].supported_dtypes("cpu")


def samples(key: str, dtype: str, limit: int) -> list[Sample]:
    """The first ``limit`` samples of op ``key`` in ``dtype`` (OpInfo's own, seeded)."""
    info = op_database()[key]
    torch.manual_seed(0)
    found = []
    for index, sample in enumerate(_first(info.sample_inputs("cpu", DTYPES[dtype]), limit)):
        found.append(_as_function(key, index, info.op, sample))
    return found


def _first(iterable: Iterator[Any], limit: int) -> Iterator[Any]:
    for index, item in enumerate(iterable):
        if index >= limit:
            return
        yield item


def _as_function(key: str, index: int, op: Callable[..., Any], sample: Any) -> Sample:
    leaves, spec = pytree.tree_flatten((sample.input, tuple(sample.args), dict(sample.kwargs)))
    positions = [i for i, leaf in enumerate(leaves) if isinstance(leaf, torch.Tensor)]
    constants = list(leaves)
    tensors = tuple(leaves[i].detach().clone() for i in positions)

    def forward(*inputs: torch.Tensor) -> Any:  # named forward: torch.export keeps its frame
        values = list(constants)
        for position, tensor in zip(positions, inputs, strict=True):
            values[position] = tensor
        first, args, kwargs = pytree.tree_unflatten(values, spec)
        return op(first, *args, **kwargs)

    return Sample(key, index, forward, tensors)


class _SeededOps(TorchDispatchMode):
    """Notes whether any op tagged ``nondeterministic_seeded`` (bernoulli, rand, native
    dropout in training, ...) runs."""

    seen = False

    def __torch_dispatch__(self, func, types, args=(), kwargs=None):
        if torch.Tag.nondeterministic_seeded in getattr(func, "tags", ()):
            self.seen = True
        return func(*args, **(kwargs or {}))


def _same(a: torch.Tensor, b: torch.Tensor) -> bool:
    if a.shape != b.shape or a.dtype != b.dtype:
        return False
    if a.is_floating_point() or a.is_complex():
        return torch.allclose(a, b, rtol=0, atol=0, equal_nan=True)
    return torch.equal(a, b)


def tensor_leaves(value: Any) -> list[torch.Tensor]:
    return [leaf for leaf in pytree.tree_leaves(value) if isinstance(leaf, torch.Tensor)]


def describe(sample: Sample) -> str:
    shapes = ", ".join(f"{tuple(t.shape)}:{str(t.dtype).removeprefix('torch.')}" for t in sample.tensors)
    return f"{sample.op}[{sample.index}]({shapes})"


def keys(selected: Sequence[str] = ()) -> list[str]:
    """Every OpInfo key (sorted), or the ``selected`` ones, checked to exist."""
    database = op_database()
    unknown = [key for key in selected if key not in database]
    if unknown:
        raise SystemExit(f"unknown OpInfo op(s): {', '.join(unknown)}")
    return sorted(selected or database)
