"""bench_params' numbers and tables: each child's phases summarized, the fastest round of each
configuration, the ratios to ``params="external"``, and the text report."""

from __future__ import annotations

from typing import Any

from harness import MIB, Column, table_header, table_row

TARGET_RATIO = 1.3  # the target for params="external": peak RSS <= 1.3 x weight bytes
# Below this, peak/W compares the interpreter and libraries (~300 MiB) with the weights: no ratio.
MIN_RATIO_WEIGHT_MIB = 64
WORK = ("export", "archive", "compile")  # the phases the total time and the peaks cover

LEGEND = """\
imports: RSS with the interpreter, torch and IREE loaded; +model: what building the model added (~W)
python: the Python process's peak during export + archive + compile, /W: over the weight bytes
-model/W: (python - RSS with the model built) / W, what exporting holds beyond the weights themselves
compiler: iree-compile's own peak (in-proc: iree-turbine compiles inside the Python process)
tree: Python + compiler processes together, sampled (shared-library pages count in each)
times: wall seconds per phase; total = export + archive + compile (model build and check excluded)"""

CONFIG_TABLE = [
    Column("config", 9, left=True),
    Column("imports", 7, fmt=".0f"),
    Column("+model", 7, fmt=".0f"),
    Column("python", 7, fmt=".0f"),
    Column("/W", 6, fmt=".2f"),
    Column("-model/W", 8, fmt=".2f"),
    Column("compiler", 8, missing="in-proc", fmt=".0f"),
    Column("tree", 7, fmt=".0f"),
    Column("/W", 6, fmt=".2f"),
    Column("export s", 8),
    Column("archive s", 9),
    Column("compile s", 9),
    Column("total s", 7),
]
SCALING_TABLE = [
    Column("layers", 6, fmt="d"),
    Column("W MiB", 7, fmt=".0f"),
    Column("imports", 7, fmt=".0f"),
    Column("+model", 7, fmt=".0f"),
    Column("python", 7, fmt=".0f"),
    Column("/W", 6, fmt=".2f"),
    Column("peak-model", 10, fmt=".0f"),
    Column("/W", 6, fmt=".2f"),
    Column("total s", 7),
]


def summarize(row: dict[str, Any]) -> dict[str, Any]:
    """The numbers the table shows, from one child's phases."""
    phases = [p for p in row.get("phases", []) if p["depth"] == 0]
    by_name = {p["name"]: p for p in phases}
    work = [p for p in phases if p["name"] in WORK]
    weight = row.get("weight_bytes") or 0
    summary: dict[str, Any] = {
        "weight_mib": weight / MIB,
        "imports_mib": by_name.get("imports", {}).get("rss_after_kib", 0) / 1024,
        "model_mib": by_name.get("build model", {}).get("rss_after_kib", 0) / 1024,
        "seconds": {p["name"]: p["seconds"] for p in phases},
        "total_s": sum(p["seconds"] for p in work) if work else None,
        "complete": {"export", "compile"} <= set(by_name) and not row.get("error"),
    }
    if work:
        python_peak = max(p["peak_kib"] for p in work) / 1024
        compiler = by_name.get("compile", {})
        summary["python_peak_mib"] = python_peak
        summary["tree_peak_mib"] = max(p["tree_peak_kib"] for p in work) / 1024
        summary["compiler_peak_mib"] = (
            None if row.get("compiler_in_process") else compiler.get("compiler_peak_kib", 0) / 1024
        )
        if weight / MIB >= MIN_RATIO_WEIGHT_MIB:
            w = weight / MIB
            summary["python_peak_per_w"] = python_peak / w
            summary["over_model_per_w"] = (python_peak - summary["model_mib"]) / w
            summary["over_imports_per_w"] = (python_peak - summary["imports_mib"]) / w
            summary["tree_peak_per_w"] = summary["tree_peak_mib"] / w
    return summary


def fastest(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the least total time (noise on a shared machine only adds time), with
    every round's total and peak kept beside it."""
    complete = [r for r in rounds if r["summary"]["complete"]] or rounds
    best = dict(min(complete, key=lambda r: r["summary"]["total_s"] or float("inf")))
    best["rounds"] = [
        {k: r["summary"].get(k) for k in ("total_s", "python_peak_mib", "tree_peak_mib")}
        | {"error": r.get("error")}
        for r in rounds
    ]
    return best


def ratios(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """external against each other configuration: how many times slower / larger the other is."""
    base = rows.get("external", {}).get("summary", {})
    found: dict[str, dict[str, float]] = {}
    for other in ("inline", "turbine"):
        theirs = rows.get(other, {}).get("summary", {})
        if not (base.get("complete") and theirs.get("complete")):
            continue
        found[other] = {
            key: theirs[key] / base[key]
            for key in ("total_s", "python_peak_mib", "tree_peak_mib")
            if base.get(key)
        }
    return found


def one_line(row: dict[str, Any]) -> str:
    """A run as one progress line."""
    s = row["summary"]
    if row.get("error"):
        return f"error: {row['error']}"
    ratio = f" ({s['python_peak_per_w']:.2f}x W)" if "python_peak_per_w" in s else ""
    return f"total {s['total_s']:.1f} s, python peak {s['python_peak_mib']:.0f} MiB{ratio}, check {row.get('check')}"


def report(results: dict[str, Any]) -> str:
    lines: list[str] = [LEGEND]
    for model, data in results["models"].items():
        rows = data["rows"]
        weight = next((r["summary"]["weight_mib"] for r in rows.values() if r["summary"]["weight_mib"]), 0)
        lines += [
            "",
            f"{model}: W = {weight:.1f} MiB of weights; memory in MiB, peak during export + archive + compile"
            + (" (W too small for /W ratios)" if weight < MIN_RATIO_WEIGHT_MIB else ""),
            "",
            table_header(CONFIG_TABLE) + "  check",
        ]
        lines += [_config_row(config, row) for config, row in rows.items()]
        lines.append(
            "  total s per round: "
            + "; ".join(
                f"{config} " + " ".join(_seconds(r["total_s"]) for r in row.get("rounds", []))
                for config, row in rows.items()
            )
        )
        for other, ratio in data["ratios"].items():
            lines.append(
                f"  {other} / external: time {ratio.get('total_s', float('nan')):.2f}x, python peak "
                f"{ratio.get('python_peak_mib', float('nan')):.2f}x, tree peak {ratio.get('tree_peak_mib', float('nan')):.2f}x"
            )
        lines += ["", f"{model}: steps (s, peak MiB, peak above the RSS at the step's start)"]
        for config, row in rows.items():
            steps = [p for p in row.get("phases", []) if p["name"] not in ("imports", "build model")]
            cells = [
                f"{'  ' * p['depth']}{p['name']} {p['seconds']:.1f} s {p['peak_kib'] / 1024:.0f} "
                f"(+{(p['peak_kib'] - p['rss_before_kib']) / 1024:.0f})"
                for p in steps
            ]
            lines.append(f"  {config:9} " + " | ".join(cells))
    lines += _scaling_report(results.get("scaling", []))
    lines += ["", _verdict(results)]
    return "\n".join(lines)


def _scaling_report(rows: list[dict[str, Any]]) -> list[str]:
    """External on stacks of several sizes: a fixed cost above the model stays in MiB as W grows,
    a copy of the weights grows with W."""
    if not rows:
        return []
    lines = [
        "",
        'params="external" by weight size (linear stacks): the peak above the built model, in MiB and / W',
        "",
        table_header(SCALING_TABLE) + "  check",
    ]
    for row in rows:
        s = row["summary"]
        if "python_peak_mib" not in s:
            lines.append(f"{row['layers']:6} {row.get('error', 'no result')}")
            continue
        above, w = s["python_peak_mib"] - s["model_mib"], s["weight_mib"]
        values = [row["layers"], w, s["imports_mib"], s["model_mib"] - s["imports_mib"], s["python_peak_mib"]]
        values += [s["python_peak_mib"] / w, above, above / w, s["total_s"]]
        verdict = "ok" if row.get("check", {}).get("ok") else row.get("error") or "FAIL"
        lines.append(f"{table_row(SCALING_TABLE, values)}  {verdict}")
    return lines


def _seconds(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "-"


def _config_row(config: str, row: dict[str, Any]) -> str:
    s = row["summary"]
    head = table_row(CONFIG_TABLE[:3], [config, s["imports_mib"], s["model_mib"] - s["imports_mib"]])
    if "python_peak_mib" not in s:
        return f"{head}  {row.get('error', 'no result')}"
    check = row.get("check", {})
    verdict = "ok" if check.get("ok") else f"FAIL {check}" if check else (row.get("error") or "-")
    if row.get("error") and check.get("ok"):
        verdict = row["error"]
    values = [config, s["imports_mib"], s["model_mib"] - s["imports_mib"], s["python_peak_mib"]]
    values += [s.get("python_peak_per_w"), s.get("over_model_per_w"), s["compiler_peak_mib"]]
    values += [s["tree_peak_mib"], s.get("tree_peak_per_w")]
    values += [s["seconds"].get(name) for name in WORK] + [s["total_s"]]
    return f"{table_row(CONFIG_TABLE, values)}  {verdict}"


def _verdict(results: dict[str, Any]) -> str:
    """The issue's two targets, on the largest model measured."""
    model = max(
        results["models"],
        key=lambda m: next(iter(results["models"][m]["rows"].values()))["summary"]["weight_mib"],
    )
    data = results["models"][model]
    external = data["rows"].get("external", {}).get("summary", {})
    lines = [f"targets ({model}):"]
    if external.get("complete"):
        absolute, over = external["python_peak_per_w"], external["over_imports_per_w"]
        lines.append(
            f"  external python peak {absolute:.2f}x W (target <= {TARGET_RATIO}x: "
            f"{'met' if absolute <= TARGET_RATIO else 'NOT met'}); without the {external['imports_mib']:.0f} MiB "
            f"of interpreter + libraries {over:.2f}x W ({'met' if over <= TARGET_RATIO else 'NOT met'})"
        )
    turbine = data["ratios"].get("turbine")
    if turbine:
        lines.append(
            f"  faster than iree-turbine: {'yes' if turbine['total_s'] > 1 else 'NO'} "
            f"(turbine takes {turbine['total_s']:.2f}x external's time)"
        )
    return "\n".join(lines)
