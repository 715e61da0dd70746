"""The per-op regression check: every op the committed sweep (``docs/opinfo.json``) saw pass
must still pass, each op its own verdict.

Compiling ~450 ops one by one would take CI most of an hour, so ops are compiled in batches:
all samples of ``BATCH`` ops in one function; a batch that fails is split in halves until the
ops that fail are found alone. An op passes when all its samples export,
compile, run and match eager as in the sweep.

Samples with a zero-size operand are batched apart from the others: IREE 3.13 fails to compile
some elementwise ops (digamma, erfc, reciprocal, the special functions) when empty and
non-empty operands share a function, though each group compiles alone. Mixed, those ops sent
their batches into splitting: 120 ops took 23 compiles instead of 3 (measured here).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from ci.opinfo import cases, report
from ci.opinfo.paths import compare, run_ours, tensor_leaves

BATCH = 40  # ops per compiled function


def passing_ops(dtype: str = "float32") -> list[str]:
    """The ops the committed sweep saw pass on every sample."""
    rows = report.read().get(dtype, {})
    return sorted(op for op, row in rows.items() if report.op_passes(row))


def check(ops: Sequence[str], dtype: str = "float32", samples: int = 3) -> dict[str, str | None]:
    """op → None when it passes, else what went wrong."""
    verdicts: dict[str, str | None] = {}
    prepared: dict[str, list[tuple[cases.Sample, Any]]] = {}
    for op in ops:
        try:
            found = cases.samples(op, dtype, samples)
        except Exception as exc:  # noqa: BLE001 - OpInfo's sample generator changed
            verdicts[op] = f"samples: {type(exc).__name__}: {exc}"
            continue
        prepared[op] = [(s, expected) for s in found if (expected := _eager(s)) is not None]
    runnable = [op for op in ops if op in prepared]
    for group in _by_emptiness(prepared):
        with_samples = [op for op in runnable if group.get(op)]
        for start in range(0, len(with_samples), BATCH):
            for op, problem in _check_batch(with_samples[start : start + BATCH], group).items():
                verdicts[op] = verdicts.get(op) or problem
    for op in runnable:
        verdicts.setdefault(op, None)
    for op in [op for op in runnable if verdicts[op] is not None]:
        verdicts[op] = _check_alone(prepared[op]) and verdicts[op]
    return verdicts


def _by_emptiness(
    prepared: dict[str, list[tuple[cases.Sample, Any]]],
) -> tuple[dict[str, list[tuple[cases.Sample, Any]]], ...]:
    """``prepared`` as two groups: samples without a zero-size operand, and those with one."""
    groups: tuple[dict[str, list[tuple[cases.Sample, Any]]], ...] = ({}, {})
    for op, entries in prepared.items():
        for sample, expected in entries:
            empty = any(t.numel() == 0 for t in sample.tensors)
            groups[empty].setdefault(op, []).append((sample, expected))
    return groups


def _check_alone(prepared: list[tuple[cases.Sample, Any]]) -> str | None:
    """The sweep's own path (each sample its own function): the verdict for an op that failed
    in a batch, where its samples shared one function. Sharing changes what IREE compiles: two
    same-shape sorts in one function return wrong indices (their index iotas are CSE'd and both
    sorted in place), and empty and non-empty operands together crash it."""
    samples = [sample for sample, _ in prepared]
    outcomes = run_ours(samples, {s.index: expected for s, expected in prepared}, set())
    failed = [
        f"sample {i}: {o.status}: {o.message}" for i, o in sorted(outcomes.items()) if o.status != "pass"
    ]
    return failed[0][:400] if failed else None


def _eager(sample: cases.Sample) -> Any:
    """Eager's result, None where eager rejects the sample (the sweep skips those too)."""
    try:
        return None if sample.varies() else sample.eager()
    except Exception:  # noqa: BLE001
        return None


def _check_batch(
    ops: Sequence[str], prepared: dict[str, list[tuple[cases.Sample, Any]]]
) -> dict[str, str | None]:
    """All samples of ``ops`` as ONE function (one export, one decomposition, one compile: those
    cost per function, not per op); where that fails, each half on its own."""
    import torch_iree

    entries = [(op, sample, expected) for op in ops for sample, expected in prepared[op]]
    counts = [len(tensor_leaves(expected)) for _, _, expected in entries]

    def forward(*tensors: torch.Tensor) -> list[torch.Tensor]:
        results, start = [], 0
        for _, sample, _ in entries:
            count = len(sample.tensors)
            results += tensor_leaves(sample.function(*tensors[start : start + count]))
            start += count
        return results

    inputs = tuple(t for _, sample, _ in entries for t in sample.tensors)
    try:
        loaded = torch_iree.compile(forward, inputs, cache=False, device="local-sync")
        got = loaded(*inputs)
    except Exception as exc:  # noqa: BLE001 - split the batch to find the ops that fail
        if len(ops) == 1:
            return {ops[0]: f"{type(exc).__name__}: {exc}"[:400]}
        half = len(ops) // 2
        return {**_check_batch(ops[:half], prepared), **_check_batch(ops[half:], prepared)}
    verdicts: dict[str, str | None] = dict.fromkeys(ops)
    start = 0
    for (op, sample, expected), count in zip(entries, counts, strict=True):
        problem = compare(expected, got[start : start + count], check_dtype=True)
        start += count
        if problem and verdicts[op] is None:
            verdicts[op] = f"sample {sample.index}: {problem}"
    return verdicts
