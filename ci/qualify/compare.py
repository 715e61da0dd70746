"""Verdicts: one entry's outcome on the baseline and on the candidate → what changed.

Pure logic over recorded results, so it is tested without running anything. An outcome's
``status`` is the suite's own word; what counts as working depends on the suite:

- most suites: ``pass`` works, anything else (``fail``, ``mismatch``, ``crash``, ...) does not;
- ``shield``: the probe's verdict. ``needed`` and ``not needed`` both work (the workaround gives
  a correct program); ``broken`` does not. ``needed`` → ``not needed`` is ``fixed``: IREE fixed
  the bug, and the rewrite can be removed.

Timed suites (``bench``) compare working entries by ``metric`` (the compiled program's median
latency per call): beyond the noise threshold the verdict is ``slower`` or ``faster``, within it
``same``.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Mapping
from dataclasses import asdict, dataclass
from typing import Any

VERDICTS = ("broken", "fixed", "slower", "faster", "same")
MISSING = "missing"  # the entry did not run on this side (its suite crashed, or it is new)
SHIELD_SUITE = "shield"
TIMED_SUITES = frozenset({"bench"})
SHIELD_WORKING = frozenset({"needed", "not needed"})


@dataclass(frozen=True)
class Outcome:
    """One entry on one side."""

    status: str
    error: str = ""  # the error's first line, when it did not work
    time_s: float | None = None  # how long the entry took (bench: compiled latency per call)
    metric: float | None = None  # bench: the compiled program's latency per call (lower is better)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> Outcome:
        return cls(
            status=str(data["status"]),
            error=str(data.get("error") or ""),
            time_s=_number(data.get("time_s")),
            metric=_number(data.get("metric")),
        )


@dataclass(frozen=True)
class Comparison:
    suite: str
    name: str
    baseline: Outcome
    candidate: Outcome
    verdict: str
    change: float | None = None  # timed suites: candidate metric / baseline metric

    def to_json(self) -> dict[str, Any]:
        return {
            "suite": self.suite,
            "name": self.name,
            "baseline": self.baseline.to_json(),
            "candidate": self.candidate.to_json(),
            "verdict": self.verdict,
            "change": self.change,
        }


def works(suite: str, outcome: Outcome) -> bool:
    if suite == SHIELD_SUITE:
        return outcome.status in SHIELD_WORKING
    return outcome.status == "pass"


def verdict(suite: str, baseline: Outcome, candidate: Outcome, noise: float) -> tuple[str, float | None]:
    """The verdict, and for timed suites the latency change (candidate / baseline)."""
    before, after = works(suite, baseline), works(suite, candidate)
    if before and not after:
        return "broken", None
    if after and not before:
        return "fixed", None
    if suite == SHIELD_SUITE and (baseline.status, candidate.status) == ("needed", "not needed"):
        return "fixed", None
    if not (before and suite in TIMED_SUITES):
        return "same", None
    change = latency_change(baseline, candidate)
    if change is None:
        return "same", None
    if change > 1 + noise:
        return "slower", change
    if change < 1 / (1 + noise):
        return "faster", change
    return "same", change


def latency_change(baseline: Outcome, candidate: Outcome) -> float | None:
    if not _positive(baseline.metric) or not _positive(candidate.metric):
        return None
    return candidate.metric / baseline.metric  # type: ignore[operator]


def compare_suite(
    suite: str,
    baseline: Mapping[str, Outcome],
    candidate: Mapping[str, Outcome],
    noise: float,
) -> list[Comparison]:
    """Every entry either side ran, sorted by name; an entry one side lacks is ``missing`` there."""
    rows = []
    for name in sorted(set(baseline) | set(candidate)):
        before = baseline.get(name, Outcome(MISSING, "did not run on the baseline"))
        after = candidate.get(name, Outcome(MISSING, "did not run on the candidate"))
        word, change = verdict(suite, before, after, noise)
        rows.append(Comparison(suite, name, before, after, word, change))
    return rows


def counts(rows: Iterable[Comparison]) -> dict[str, int]:
    found = {word: 0 for word in VERDICTS}
    for row in rows:
        found[row.verdict] += 1
    return found


def passing(suite: str, outcomes: Mapping[str, Outcome]) -> int:
    return sum(works(suite, outcome) for outcome in outcomes.values())


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    return float(value) if math.isfinite(value) else None


def _positive(value: float | None) -> bool:
    return value is not None and math.isfinite(value) and value > 0
