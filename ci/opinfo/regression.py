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

import multiprocessing
import os
import warnings
from collections.abc import Sequence
from concurrent.futures import ProcessPoolExecutor
from typing import Any

import torch

from ci.opinfo import cases, report
from ci.opinfo.paths import compare, run_ours, tensor_leaves

BATCH = 40  # ops per compiled function
# op → its samples, each with eager's result
Prepared = dict[str, list[tuple[cases.Sample, Any]]]


def passing_ops(dtype: str = "float32") -> list[str]:
    """The ops the committed sweep saw pass on every sample."""
    rows = report.read().get(dtype, {})
    return sorted(op for op, row in rows.items() if report.op_passes(row))


def default_jobs() -> int:
    """Worker processes for ``check``: one per CPU this process may use, at most 4 (each holds
    torch and a compile in memory)."""
    return max(1, min(len(os.sched_getaffinity(0)), 4))


def check(
    ops: Sequence[str], dtype: str = "float32", samples: int = 3, jobs: int = 1
) -> dict[str, str | None]:
    """op → None when it passes, else what went wrong.

    With ``jobs`` > 1 the batches are checked in that many worker processes: a batch's time is
    half exporting in Python and half ``iree-compile``, each on one core, so a second process
    is what uses a second core.
    """
    verdicts, prepared = _prepare(ops, dtype, samples)
    runnable = [op for op in ops if op in prepared]
    batches = [
        (with_samples[start : start + BATCH], empty)
        for empty, group in enumerate(_by_emptiness(prepared))
        for with_samples in [[op for op in runnable if group.get(op)]]
        for start in range(0, len(with_samples), BATCH)
    ]
    if jobs <= 1 or len(batches) <= 1:
        results = [_check_batch_here(batch, bool(empty), prepared) for batch, empty in batches]
    else:
        context = multiprocessing.get_context("spawn")  # no fork of a process holding torch
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            futures = [
                pool.submit(_check_batch_in_worker, batch, bool(empty), dtype, samples)
                for batch, empty in batches
            ]
            results = [future.result() for future in futures]
    for result in results:
        for op, problem in result.items():
            verdicts[op] = verdicts.get(op) or problem
    for op in runnable:
        verdicts.setdefault(op, None)
    return verdicts


def _prepare(ops: Sequence[str], dtype: str, samples: int) -> tuple[dict[str, str | None], Prepared]:
    """Each op's samples with eager's results; verdicts for ops whose samples cannot be made."""
    verdicts: dict[str, str | None] = {}
    prepared: Prepared = {}
    for op in ops:
        try:
            found = cases.samples(op, dtype, samples)
        except Exception as exc:  # OpInfo's sample generator changed
            verdicts[op] = f"samples: {type(exc).__name__}: {exc}"
            continue
        prepared[op] = [(s, expected) for s in found if (expected := _eager(s)) is not None]
    return verdicts, prepared


def _check_batch_in_worker(ops: list[str], empty: bool, dtype: str, samples: int) -> dict[str, str | None]:
    """``_check_batch_here`` in a worker process, which makes its own samples (tensors and
    OpInfo's sample functions do not travel between processes)."""
    warnings.simplefilter("ignore")  # OpInfo's deprecation chatter, once per worker otherwise
    return _check_batch_here(ops, empty, _prepare(ops, dtype, samples)[1])


def _check_batch_here(ops: list[str], empty: bool, prepared: Prepared) -> dict[str, str | None]:
    """One batch: the samples of ``ops`` with (``empty``) or without a zero-size operand. An op
    that fails in the batch gets the verdict of its samples run alone."""
    problems = _check_batch(ops, _by_emptiness(prepared)[empty])
    for op in [op for op, problem in problems.items() if problem is not None]:
        problems[op] = _check_alone(prepared[op]) and problems[op]
    return problems


def _by_emptiness(prepared: Prepared) -> tuple[Prepared, Prepared]:
    """``prepared`` as two groups: samples without a zero-size operand, and those with one."""
    groups: tuple[Prepared, Prepared] = ({}, {})
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
    except Exception:
        return None


def _check_batch(ops: Sequence[str], prepared: Prepared) -> dict[str, str | None]:
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
    except Exception as exc:  # split the batch to find the ops that fail
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
