"""bench_torch_compile's report: the latency, first-call and mixing tables, and the plot."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import harness

BACKENDS = ("eager", "dynamo_identity", "iree", "iree_turbine")  # in the order of the table


def _ratio(theirs: float, ours: float) -> str:
    if theirs != theirs or ours != ours:
        return "-"
    return f"{theirs / ours:5.1f}×" if ours > 0 else "∞"


def _columns(spec: str, **kwargs: Any) -> list[harness.Column]:
    """Columns from "title:width title:width ...", all with ``kwargs``."""
    return [harness.Column(t, int(w), **kwargs) for t, w in (c.rsplit(":", 1) for c in spec.split())]


# The latency table: medians, then overheads over eager and over the Dynamo floor, with ratios.
LATENCY = [
    harness.Column("model", 9, left=True),
    *_columns("eager:8 floor:8 iree:8 turbine:8 iree-eager:11 turb-eager:11", missing="fails"),
    harness.Column("ratio", 6),
    *_columns("iree-floor:11 turb-floor:11", missing="fails"),
    harness.Column("ratio", 6),
]
# The first-call table: time inside the backend, then the whole first call; cold, warm, ratio.
FIRST_CALL = [
    harness.Column("model", 9, left=True),
    harness.Column("backend cold", 12, ".3f"),
    harness.Column("warm", 7, ".3f"),
    harness.Column("warm/cold", 9, ".1%"),
    harness.Column("  1st call cold", 15, ".3f"),
    harness.Column("warm", 7, ".3f"),
    harness.Column("warm/cold", 9, ".1%"),
    harness.Column("floor", 7, ".3f"),
    harness.Column("warm/floor", 10, ".2f"),
]


def report(results: dict[str, Any]) -> str:
    lines = [
        "",
        "per-call latency (median, µs); overhead over eager, and over the Dynamo floor",
        "(dynamo_identity: torch.compile with a backend that runs the graph as is)",
        "",
        harness.table_header(LATENCY),
    ]
    for model, row in results["latency"].items():
        eager, floor, ours, turbine = (row.get(name, {}).get("median_us", float("nan")) for name in BACKENDS)
        values = [model, eager, floor, ours, turbine]
        values += [ours - eager, turbine - eager, _ratio(turbine - eager, ours - eager)]
        values += [ours - floor, turbine - floor, _ratio(turbine - floor, ours - floor)]
        lines.append(harness.table_row(LATENCY, values))
    for model, row in results["latency"].items():
        for backend, cell in row.items():
            if "error" in cell:
                lines.append(f"  {backend} on {model} failed: {cell['error']}")
    lines += [
        "",
        "first call (s): cold compile vs warm (cache hit in a new process);",
        "backend = time inside backend='iree', first call = torch.compile + the call, importing",
        "torch_iree included; floor = the same with backend='eager' (median of rounds, each its",
        "own process)",
        "",
        harness.table_header(FIRST_CALL),
    ]
    for model, row in results["first_call"].items():
        cold, warm = row["cold"], row["warm"]
        if "error" in cold or "error" in warm:
            lines.append(f"{model:9} failed: {cold.get('error') or warm.get('error')}")
            continue
        values = [cold["backend_s"], warm["backend_s"], warm["backend_s"] / cold["backend_s"]]
        values += [cold["first_call_s"], warm["first_call_s"], warm["first_call_s"] / cold["first_call_s"]]
        floor = row.get("floor", {}).get("first_call_s")
        values += [floor, warm["first_call_s"] / floor if floor else None]
        lines.append(harness.table_row(FIRST_CALL, [model, *values]))
    lines += ["", "eager convnet latency after IREE ran in the same process / before (median of rounds)", ""]
    for device, row in results["mixing"].items():
        pairs = ", ".join(
            f"{r['eager_before_us']:.0f}→{r['eager_after_us']:.0f} µs"
            for r in row["rounds"]
            if "eager_before_us" in r
        )
        lines.append(f"  iree on {device:10}: {row['median_ratio']:.2f}×   ({pairs})")
    return "\n".join(lines)


def plot(results: dict[str, Any], path: Path) -> Path:
    fig, ((left, right),) = harness.figure(1, 2, (10, 4))
    models = list(results["latency"])
    series = {b: [results["latency"][m].get(b, {}).get("median_us", 0) for m in models] for b in BACKENDS}
    harness.grouped_bars(left, models, series, 0.2)
    left.set_ylabel("median per-call latency (µs)")
    left.set_yscale("log")
    left.legend()
    left.set_title("per-call latency")
    first = results["first_call"]
    phases = {p: [first[m][p].get("backend_s", 0) for m in first] for p in ("cold", "warm")}
    harness.grouped_bars(right, list(first), phases, 0.35)
    right.set_ylabel("time in backend='iree' on first call (s)")
    right.legend()
    right.set_title("first call: cold compile vs cache hit")
    return harness.save_figure(fig, path)
