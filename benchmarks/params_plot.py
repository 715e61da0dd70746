"""bench_params' plot: per model, peak memory by configuration and wall time by phase."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import harness
from params_report import MIN_RATIO_WEIGHT_MIB, TARGET_RATIO


def plot(results: dict[str, Any], path: Path) -> Path:
    models = list(results["models"])
    fig, axes = harness.figure(len(models), 2, (12, 4 * len(models)))
    for (memory, timing), model in zip(axes, models, strict=True):
        rows = results["models"][model]["rows"]
        measured = [rows[c] for c in rows if "python_peak_mib" in rows[c]["summary"]]
        _plot_memory(memory, model, measured)
        _plot_time(timing, model, measured)
    return harness.save_figure(fig, path)


def _plot_memory(axis: Any, model: str, rows: list[dict[str, Any]]) -> None:
    """The Python process's peak stacked as floor (imports) + model + what export held above
    it, beside the sampled peak of Python and compiler together; labels give peak / W."""
    summaries = [r["summary"] for r in rows]
    weight = summaries[0]["weight_mib"] if summaries else 0.0
    xs = range(len(rows))
    left, right = [x - 0.2 for x in xs], [x + 0.2 for x in xs]
    parts = (
        ("interpreter + libraries", [s["imports_mib"] / 1024 for s in summaries], "#bbbbbb"),
        ("model (built)", [(s["model_mib"] - s["imports_mib"]) / 1024 for s in summaries], "#4c72b0"),
        (
            "export/archive/compile above the model",
            [(s["python_peak_mib"] - s["model_mib"]) / 1024 for s in summaries],
            "#dd8452",
        ),
    )
    tops = harness.stacked_bars(axis, left, parts, 0.38)
    trees = [s["tree_peak_mib"] / 1024 for s in summaries]
    axis.bar(right, trees, 0.38, label="python + compiler (sampled)", color="#55a868")
    if weight >= MIN_RATIO_WEIGHT_MIB:
        pythons = [s["python_peak_mib"] / 1024 for s in summaries]
        harness.label_bars(axis, left, pythons, [f"{s['python_peak_per_w']:.2f}x W" for s in summaries])
        harness.label_bars(axis, right, trees, [f"{s['tree_peak_per_w']:.2f}x" for s in summaries])
        axis.axhline(TARGET_RATIO * weight / 1024, color="red", linestyle="--", label=f"{TARGET_RATIO} x W")
    axis.set_ylim(top=max(trees + tops, default=1.0) * 1.35)  # room for the legend and labels
    axis.set_xticks(list(xs), [_label(r) for r in rows])
    axis.set_ylabel("peak RSS (GiB)")
    axis.set_title(f"{model} (W = {weight:.1f} MiB): peak memory")
    axis.legend(fontsize=7, loc="upper left")


def _plot_time(axis: Any, model: str, rows: list[dict[str, Any]]) -> None:
    """Wall time stacked by phase; labels give each configuration's total over external's."""
    summaries = [r["summary"] for r in rows]
    xs = list(range(len(rows)))
    parts = [
        (name, [s["seconds"].get(name, 0.0) for s in summaries], None)
        for name in ("export", "archive", "compile")
    ]
    tops = harness.stacked_bars(axis, xs, parts, 0.6)
    base = next(
        (s["total_s"] for r, s in zip(rows, summaries, strict=True) if r["config"] == "external"), None
    )
    if base:
        shown = [(x, s["total_s"]) for x, s in zip(xs, summaries, strict=True) if s["total_s"]]
        harness.label_bars(
            axis,
            [x for x, _ in shown],
            [t for _, t in shown],
            [f"{t:.1f} s ({t / base:.2f}x)" for _, t in shown],
        )
    axis.set_ylim(top=max(tops, default=1.0) * 1.35)
    axis.set_xticks(xs, [_label(r) for r in rows])
    axis.set_ylabel("wall time (s)")
    axis.set_title(f"{model}: export + archive + compile (vs external)")
    axis.legend(fontsize=7, loc="upper left")


def _label(row: dict[str, Any]) -> str:
    return row["config"] + (" (timed out)" if row.get("timed_out") else "")
