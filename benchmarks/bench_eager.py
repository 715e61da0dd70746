"""What eager execution on an IREE device costs (torch_iree.eager), each measurement in its own
process with a cache of its own:

1. **First use**: compile time per op signature (a cold cache: export, import, compile, load)
   and the same signatures loaded from the disk cache by a second process (warm start).
2. **Steady state**: time per forward of a tiny MLP and of one suite model, PyTorch's CPU eager
   against the IREE eager device (ops already compiled), and the per-op overhead that follows.
3. **Compiles over varying batch sizes**: a run over batches 2..64 must compile once per op
   signature, not once per size.

    python benchmarks/bench_eager.py          # ~3 min
    python benchmarks/bench_eager.py --quick

Results: a table on stdout, benchmarks/results/eager.{json,txt,png}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import harness

RESULTS = Path(__file__).parent / "results"
MODELS = ("tiny_mlp", "cnn_batchnorm")
BATCHES = (2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64)


# ------------------------------------------------------------------------------ child side
def _model(name: str) -> tuple[Any, tuple[Any, ...]]:
    import torch

    if name == "tiny_mlp":
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4))
        return model.eval(), (torch.randn(2, 16),)
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from torch_iree_models import MODELS as SUITE

    case = SUITE[name]
    return case.module(), case.inputs()


def child_main(kind: str, model_name: str, cache_dir: str, calls: int) -> dict[str, Any]:
    import torch

    import torch_iree.eager as eager
    from torch_iree.cache import CompileCache

    torch.set_num_threads(1)
    model, args = _model(model_name)
    dev = eager.device("cpu", cache=CompileCache(cache_dir))
    with torch.no_grad():
        want = model(*args)
        start = time.perf_counter()
        first = model(*[a.to(dev) for a in args])
        first_cpu = first.cpu()
        first_s = time.perf_counter() - start
        torch.testing.assert_close(first_cpu, want, rtol=1e-4, atol=1e-4)  # timing a wrong answer is none
        stats = dev.stats
        result: dict[str, Any] = {
            "first_s": first_s,
            "compiled": stats.compiled,
            "disk_hits": stats.disk_hits,
            "ops": stats.ops,
            "host_ops": stats.host_ops,
        }
        if kind == "steady":
            on_device = [a.to(dev) for a in args]
            ops_before = dev.stats.ops
            eager_s = harness.time_calls(model, args, calls)
            device_s = harness.time_calls(lambda *a: model(*a).cpu(), on_device, calls)
            ops_per_call = (dev.stats.ops - ops_before) / max(1, calls + max(20, calls // 10))
            result.update(
                eager_us=statistics.median(eager_s) * 1e6,
                device_us=statistics.median(device_s) * 1e6,
                ops_per_call=ops_per_call,
            )
        if kind == "batches":
            before = dev.stats.compiled + dev.stats.disk_hits
            for batch in BATCHES:
                sized = [torch.cat([a] * (batch // a.shape[0] + 1))[:batch] for a in args]
                torch.testing.assert_close(
                    model(*[a.to(dev) for a in sized]).cpu(), model(*sized), rtol=1e-4, atol=1e-4
                )
            result["programs_over_batches"] = dev.stats.compiled + dev.stats.disk_hits - before
            result["batches"] = list(BATCHES)
    return result


# ----------------------------------------------------------------------------- parent side
def _run(args: list[str]) -> dict[str, Any]:
    run = harness.run_child(__file__, args, env={"OMP_NUM_THREADS": "1"}, capture=True)
    if run.error:
        print(f"  child failed: {run.error}", file=sys.stderr)
    return run.result


def measure(calls: int, models: tuple[str, ...]) -> dict[str, Any]:
    rows: dict[str, Any] = {}
    for model in models:
        print(f"eager device: {model} ...", file=sys.stderr, flush=True)
        with tempfile.TemporaryDirectory(prefix="bench-eager-") as cache:
            cold = _run(["cold", model, cache, str(calls)])
            warm = _run(["steady", model, cache, str(calls)])
            batches = _run(["batches", model, cache, str(calls)])
        rows[model] = {"cold": cold, "warm": warm, "batches": batches}
    return {"models": rows, "calls": calls}


def report(data: dict[str, Any]) -> str:
    lines = ["eager IREE device (local-task) against PyTorch's CPU eager; each row its own processes", ""]
    columns = [
        harness.Column("model", 14, left=True),
        harness.Column("signatures", 10, "d"),
        harness.Column("cold s", 8, ".2f"),
        harness.Column("s/signature", 11, ".3f"),
        harness.Column("warm s", 8, ".3f"),
        harness.Column("eager µs", 9),
        harness.Column("device µs", 10),
        harness.Column("µs/op over", 10),
        harness.Column("new programs", 12, "d"),
    ]
    lines.append(harness.table_header(columns))
    for model, row in data["models"].items():
        cold, warm, batches = row["cold"], row["warm"], row["batches"]
        signatures = cold.get("compiled", 0) + cold.get("disk_hits", 0)
        per_signature = cold["first_s"] / signatures if signatures and "first_s" in cold else None
        over = None
        if "device_us" in warm and warm.get("ops_per_call"):
            over = (warm["device_us"] - warm["eager_us"]) / warm["ops_per_call"]
        lines.append(
            harness.table_row(
                columns,
                [
                    model,
                    signatures,
                    cold.get("first_s"),
                    per_signature,
                    warm.get("first_s"),
                    warm.get("eager_us"),
                    warm.get("device_us"),
                    over,
                    batches.get("programs_over_batches"),
                ],
            )
        )
    lines += [
        "",
        "signatures: programs the first forward needed (each compiled once); cold s: that first",
        "forward with an empty cache; warm s: the same in a second process (disk cache);",
        "eager/device µs: median forward (device: including reading the result back);",
        f"new programs: compiled over batches {BATCHES[0]}..{BATCHES[-1]} after the first forward",
        "(0: sizes do not recompile).",
    ]
    return "\n".join(lines)


# The two panels: title, y label, and per bar series the (row, field) it shows.
PANELS = (
    (
        "first use",
        "first forward, s",
        {"cold (compile)": ("cold", "first_s"), "warm (disk cache)": ("warm", "first_s")},
    ),
    (
        "steady state",
        "µs per forward",
        {"PyTorch CPU eager": ("warm", "eager_us"), "IREE eager device": ("warm", "device_us")},
    ),
)


def plot(data: dict[str, Any], path: Path) -> None:
    fig, axes = harness.figure(1, len(PANELS), size=(10, 4))
    models = list(data["models"])
    for axis, (title, label, series) in zip(axes.flat, PANELS, strict=True):
        bars = {
            name: [data["models"][m][row].get(field, 0) for m in models]
            for name, (row, field) in series.items()
        }
        harness.grouped_bars(axis, models, bars, width=0.35)
        axis.set_ylabel(label)
        axis.set_title(title)
        axis.legend()
    harness.save_figure(fig, path)


def main() -> None:
    if "--child" in sys.argv:
        parser = argparse.ArgumentParser()
        parser.add_argument("--out", required=True)
        parser.add_argument("--child", nargs=4, required=True)
        args = parser.parse_args()
        kind, model, cache, calls = args.child
        harness.write_json(Path(args.out), child_main(kind, model, cache, int(calls)))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the tiny MLP only, fewer calls")
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    parser.add_argument("--from-json", type=Path, help="report on saved results instead of measuring")
    args = parser.parse_args()
    if args.from_json:
        data = json.loads(args.from_json.read_text())
    else:
        data = measure(50 if args.quick else 300, MODELS[:1] if args.quick else MODELS)
    text = report(data)
    print(text)
    harness.save_results(args.out_dir, "eager", text, data)
    plot(data, args.out_dir / "eager.png")


if __name__ == "__main__":
    main()
