"""The per-op regression check: every op the committed sweep (``docs/opinfo.json``) saw pass
must still pass, each op its own verdict.

Compiling ~450 ops one by one would take CI most of an hour, so ops are compiled in batches,
each sample one function of one ``torch_iree.Program``; a batch that fails to compile is split
in halves until the ops that fail are found alone. An op passes when all its samples export,
compile, run and match eager as in the sweep.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import torch

from ci.opinfo import cases, report
from ci.opinfo.paths import compare, tensor_leaves

BATCH = 24  # ops per compiled module


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
            prepared[op] = [(s, s.eager()) for s in found]
        except Exception as exc:  # noqa: BLE001 - the op's samples or eager changed
            verdicts[op] = f"samples: {type(exc).__name__}: {exc}"
    runnable = [op for op in ops if op in prepared]
    for start in range(0, len(runnable), BATCH):
        verdicts.update(_check_batch(runnable[start : start + BATCH], prepared))
    return verdicts


def _check_batch(
    ops: Sequence[str], prepared: dict[str, list[tuple[cases.Sample, Any]]]
) -> dict[str, str | None]:
    import torch_iree

    verdicts: dict[str, str | None] = {}
    module = torch.nn.Module()
    program = torch_iree.Program(module)
    names: dict[str, list[tuple[str, cases.Sample, Any]]] = {}
    for index, op in enumerate(ops):
        names[op] = []
        for sample, expected in prepared[op]:
            name = f"op{index}_s{sample.index}"
            setattr(module, name, sample.function)
            try:
                program.function(name, args=sample.tensors)
            except Exception as exc:  # noqa: BLE001
                verdicts[op] = f"export: {exc}"[:400]
                break
            names[op].append((name, sample, expected))
    ready = [op for op in ops if op not in verdicts]
    if not ready:
        return verdicts
    try:
        loaded = program.export().compile("llvm-cpu", cache=False).load("local-sync")
    except Exception as exc:  # noqa: BLE001 - split the batch to find the ops that fail
        if len(ready) == 1:
            return {**verdicts, ready[0]: f"compile: {exc}"[:400]}
        half = len(ready) // 2
        return {**verdicts, **_check_batch(ready[:half], prepared), **_check_batch(ready[half:], prepared)}
    for op in ready:
        verdicts[op] = _run(loaded, names[op])
    return verdicts


def _run(loaded: Any, functions: Sequence[tuple[str, cases.Sample, Any]]) -> str | None:
    for name, sample, expected in functions:
        try:
            got = getattr(loaded, name)(*sample.tensors)
        except Exception as exc:  # noqa: BLE001
            return f"run: {exc}"[:400]
        problem = compare(expected, tensor_leaves(got), check_dtype=True)
        if problem:
            return f"sample {sample.index}: {problem}"
    return None
