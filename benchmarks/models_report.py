"""``bench_models.py``'s and ``bench_flags.py``'s results: ratios, geometric means, tables, plot.

A result is ``{"models": {model: {contender: row}}, "groups": {model: "suite"|"large"}, ...}``
where a row is the best round of a child (``median_us``) or why it has none (``error`` when it
failed, ``wrong`` when its answer differed from eager). Ratios are a contender's median over the
baseline's (eager for the contenders, the default flags for the flag sets): below 1 is faster.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import harness

Rows = Mapping[str, Mapping[str, Any]]  # contender → row, for one model


def ratio(rows: Rows, contender: str, baseline: str) -> float | None:
    """``contender``'s median over ``baseline``'s, or None when either has no timing."""
    mine, base = rows.get(contender, {}).get("median_us"), rows.get(baseline, {}).get("median_us")
    return mine / base if mine and base else None


def geomean(values: Sequence[float]) -> float | None:
    return math.exp(sum(math.log(v) for v in values) / len(values)) if values else None


def geomean_ratio(
    models: Mapping[str, Rows], names: Sequence[str], contender: str, baseline: str
) -> tuple[float | None, int]:
    """The geometric mean of ``contender``/``baseline`` over the models in ``names`` where both
    ran and were right, and how many models that is."""
    ratios = [r for name in names if (r := ratio(models[name], contender, baseline)) is not None]
    return geomean(ratios), len(ratios)


def outcome(row: Mapping[str, Any]) -> str | None:
    """Why a row has no timing ("failed: ...", "WRONG: ..."), or None when it has one."""
    if "wrong" in row:
        return f"WRONG: {row['wrong']}"
    if "median_us" not in row:
        return f"failed: {row.get('error', 'no result')}"
    return None


def render(data: Mapping[str, Any], baseline: str, title: str) -> str:
    """The per-model table of ratios to ``baseline``, geometric means per group, and failures."""
    models: Mapping[str, Rows] = data["models"]
    contenders = [c for c in data["contenders"] if c != baseline]
    columns = [
        harness.Column("model", 22, left=True),
        harness.Column(f"{baseline} ms", 12, ".3f"),
        *(harness.Column(c, max(len(c), 9), ".2f") for c in contenders),
    ]
    lines = [title, "", harness.table_header(columns)]
    for name, rows in models.items():
        base = rows.get(baseline, {}).get("median_us")
        cells = [name, base / 1000 if base else None, *(ratio(rows, c, baseline) for c in contenders)]
        lines.append(harness.table_row(columns, cells))
    lines.append("")
    for group in ("suite", "large", "all"):
        names = [n for n in models if group == "all" or data["groups"].get(n) == group]
        if not names:
            continue
        cells: list[Any] = [f"geomean {group}", None]
        for contender in contenders:
            mean, count = geomean_ratio(models, names, contender, baseline)
            cells.append(None if mean is None else f"{mean:.2f} ({count})")
        lines.append(harness.table_row(columns, cells))
    lines += _against(data, baseline)
    failures = [
        f"  {name} / {contender}: {why}"
        for name, rows in models.items()
        for contender, row in rows.items()
        if (why := outcome(row)) is not None
    ]
    if failures:
        lines += ["", "no timing:", *failures]
    return "\n".join(lines)


def _against(data: Mapping[str, Any], baseline: str) -> list[str]:
    """torch-iree against inductor, over the models where both ran (the issue's second bar)."""
    pairs = data.get("versus", [])
    lines = []
    for mine, theirs in pairs:
        for group in ("suite", "large", "all"):
            names = [n for n in data["models"] if group == "all" or data["groups"].get(n) == group]
            mean, count = geomean_ratio(data["models"], names, mine, theirs)
            if mean is not None:
                lines.append(f"{mine} / {theirs}, geomean {group}: {mean:.2f} over {count} models")
    return [""] + lines if lines else []


def plot(data: Mapping[str, Any], baseline: str, path: Path) -> Path:
    """Per-model ratios to ``baseline``, one bar per contender, log scale, 1.0 marked."""
    models: Mapping[str, Rows] = data["models"]
    contenders = [c for c in data["contenders"] if c != baseline]
    names = list(models)
    fig, axes = harness.figure(size=(max(8.0, 0.75 * len(names) + 2), 4.5))
    axis = axes[0][0]
    series = {c: [ratio(models[n], c, baseline) or math.nan for n in names] for c in contenders}
    width = 0.8 / max(1, len(series))
    harness.grouped_bars(axis, names, series, width)
    axis.set_yscale("log")
    axis.axhline(1.0, color="black", linewidth=0.8)
    axis.set_ylabel(f"time per call / {baseline} (lower is faster)")
    axis.tick_params(axis="x", labelrotation=60, labelsize=8)
    axis.legend(fontsize=8)
    axis.set_title(data.get("title", ""))
    return harness.save_figure(fig, path)
