"""Every OpInfo op the committed sweep (docs/opinfo.json, ``nox -s opinfo``) saw pass still
passes: compiled for llvm-cpu, run, and equal to eager PyTorch on OpInfo's own samples. One test
per op; the ops are compiled in batches (``ci.opinfo.regression``) so the whole check takes a
few minutes, in a worker process per CPU. When an op starts passing, rerun ``nox -s opinfo`` to add it here."""

from __future__ import annotations

import functools

import pytest

pytest.importorskip("expecttest")  # torch's OpInfo database imports it

from ci.opinfo import regression

OPS = regression.passing_ops()


@functools.cache
def _verdicts() -> dict[str, str | None]:
    return regression.check(OPS, jobs=regression.default_jobs())


def test_the_sweep_results_are_committed() -> None:
    assert len(OPS) > 300, "docs/opinfo.json is missing or lists few passing ops: run nox -s opinfo"


@pytest.mark.parametrize("op", OPS)
def test_op_still_passes(op: str) -> None:
    problem = _verdicts()[op]
    assert problem is None, f"{op}: {problem}"
