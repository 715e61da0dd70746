"""The OpInfo regression check gives the same verdicts when its batches run in worker
processes (``regression.check(..., jobs=2)``, what CI's test_opinfo does)."""

from __future__ import annotations

import pytest

pytest.importorskip("expecttest")  # torch's OpInfo database imports it

from ci.opinfo import regression


def test_workers_pass_good_ops_and_name_the_one_that_fails(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(regression, "BATCH", 2)  # three ops make two batches, so the pool runs
    verdicts = regression.check(["abs", "cholesky", "neg"], jobs=2)
    assert verdicts["abs"] is None and verdicts["neg"] is None, verdicts
    assert verdicts["cholesky"], verdicts  # IREE 3.13 has no lowering for it: the reason is kept
    assert set(verdicts) == {"abs", "cholesky", "neg"}


def test_an_unknown_op_is_a_verdict_not_a_crash() -> None:
    verdicts = regression.check(["no_such_op_anywhere"], jobs=2)
    assert verdicts["no_such_op_anywhere"], verdicts
