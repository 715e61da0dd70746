"""What a qualification tells bots and people: a JSON report and a PR body.

The JSON report's keys are stable (``schema`` changes if they do not stay so); every entry has
``suite``, ``name``, ``baseline`` and ``candidate`` (``status``, ``error``, ``time_s``,
``metric``), ``verdict`` and, for benchmarks, ``change``. The PR text starts with the title on
its first line, then a blank line and the markdown body.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

from ci.qualify import compare
from ci.qualify.compare import Comparison
from ci.qualify.run import QualifyResult, SideRun

REPORT_SCHEMA = 1
TABLE_ROWS = 50  # the PR body lists at most this many entries per table (the JSON has them all)


def report_dict(result: QualifyResult) -> dict[str, Any]:
    options = result.options
    return {
        "schema": REPORT_SCHEMA,
        "status": result.status,
        "exit_code": int(result.exit_code),
        "message": result.message,
        "elapsed_s": result.elapsed_s,
        "size": options.size,
        "noise_threshold": options.noise,
        "baseline": _side(result.baseline),
        "candidate": _side(result.candidate),
        "suites": {name: _suite_summary(result, name) for name in options.suites} if result.rows else {},
        "entries": [row.to_json() for row in result.rows],
    }


def report_json(result: QualifyResult) -> str:
    return json.dumps(report_dict(result), indent=1) + "\n"


def _side(run: SideRun | None) -> dict[str, Any] | None:
    if run is None:
        return None
    return {
        "iree": run.side.iree,
        "torch": run.side.torch,
        "installed": run.installed,
        "suite_seconds": run.seconds,
        "suite_errors": run.errors,
    }


def _suite_summary(result: QualifyResult, name: str) -> dict[str, Any]:
    assert result.baseline is not None and result.candidate is not None
    rows = [row for row in result.rows if row.suite == name]
    return {
        "entries": len(rows),
        "baseline_working": sum(compare.works(name, row.baseline) for row in rows),
        "candidate_working": sum(compare.works(name, row.candidate) for row in rows),
        "verdicts": compare.counts(rows),
    }


def title(result: QualifyResult) -> str:
    if result.baseline is None or result.candidate is None:
        return f"Qualification: {result.status}"
    before, after = result.baseline.side, result.candidate.side
    changed = [
        f"{what} {old} → {new}"
        for what, old, new in (("IREE", before.iree, after.iree), ("torch", before.torch, after.torch))
        if old != new
    ] or [f"IREE {after.iree} (same as the lock)"]
    word = "qualifies" if result.status == "qualifies" else "needs a person"
    return f"Qualify {', '.join(changed)}: {word}"


def pr_body(result: QualifyResult) -> str:
    lines = [title(result), "", f"**{result.status}**: {result.message}", ""]
    if not result.rows:
        return "\n".join(lines)
    lines += _suite_table(result)
    broken = [row for row in result.rows if row.verdict == "broken"]
    fixed = [row for row in result.rows if row.verdict == "fixed" and row.suite != compare.SHIELD_SUITE]
    removable = [row for row in result.rows if row.suite == compare.SHIELD_SUITE and row.verdict == "fixed"]
    timed = [row for row in result.rows if row.verdict in ("slower", "faster")]
    lines += _entries("What broke", broken, lambda r: r.candidate.error or r.candidate.status)
    lines += _entries("What got fixed", fixed, lambda r: r.baseline.error or r.baseline.status)
    if removable:
        lines += ["### Shield rewrites that can be removed", ""]
        lines += [
            f"- `{row.name}`: the candidate compiles its repro correctly without it" for row in removable
        ]
        lines.append("")
    lines += _performance(timed, result.options.noise)
    lines.append(
        f"Sizes: {result.options.size}; noise threshold {1 + result.options.noise:.3g}× either way; {result.elapsed_s:.0f} s. "
        "The JSON report has every entry."
    )
    return "\n".join(lines) + "\n"


def section(result: QualifyResult) -> str:
    """The PR body as a section of another PR body (the sync bot's): a heading, no title line."""
    body = pr_body(result).split("\n", 2)[2]
    return f"## Qualification: {title(result)}\n\n{body}"


def _suite_table(result: QualifyResult) -> list[str]:
    lines = [
        "| suite | entries | baseline working | candidate working | broken | fixed | slower | faster |",
        "|---|---:|---:|---:|---:|---:|---:|---:|",
    ]
    for name in result.options.suites:
        s = _suite_summary(result, name)
        v = s["verdicts"]
        lines.append(
            f"| {name} | {s['entries']} | {s['baseline_working']} | {s['candidate_working']} "
            f"| {v['broken']} | {v['fixed']} | {v['slower']} | {v['faster']} |"
        )
    return [*lines, ""]


def _entries(heading: str, rows: list[Comparison], why: Any) -> list[str]:
    if not rows:
        return []
    lines = [
        f"### {heading} ({len(rows)})",
        "",
        "| suite | entry | baseline | candidate | error |",
        "|---|---|---|---|---|",
    ]
    for row in rows[:TABLE_ROWS]:
        lines.append(
            f"| {row.suite} | `{row.name}` | {row.baseline.status} | {row.candidate.status} | {_cell(why(row))} |"
        )
    if len(rows) > TABLE_ROWS:
        lines.append(f"| … | {len(rows) - TABLE_ROWS} more in the JSON report | | | |")
    return [*lines, ""]


def _performance(rows: Iterable[Comparison], noise: float) -> list[str]:
    rows = sorted(rows, key=lambda r: r.change or 1.0, reverse=True)
    if not rows:
        return [f"No benchmark moved beyond the noise threshold ({1 + noise:.3g}× either way).", ""]
    lines = [
        "### Performance (compiled latency per call, llvm-cpu)",
        "",
        "| model | baseline | candidate | change | verdict |",
        "|---|---:|---:|---:|---|",
    ]
    for row in rows:
        lines.append(
            f"| {row.name} | {_micros(row.baseline.metric)} | {_micros(row.candidate.metric)} "
            f"| {row.change:.2f}× | {row.verdict} |"
        )
    return [*lines, ""]


def _micros(seconds: float | None) -> str:
    return "-" if seconds is None else f"{seconds * 1e6:.1f} µs"


def _cell(text: str) -> str:
    return " ".join(text.split()).replace("|", "\\|")[:160]
