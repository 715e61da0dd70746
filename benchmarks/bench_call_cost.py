"""What one call of a loaded AOT program costs, and which CPU driver suits which program size.

Two measurements, every contender in its own process (``harness.run_child``), rounds
interleaved:

1. **Per-call overhead** on a tiny MLP (16 → 32 → 4, batch 1): eager PyTorch; a raw
   ``iree.runtime`` call of the same vmfb (import the input by DLPack, invoke, export the
   result by DLPack: what the runtime's Python API needs at the least); ``Loaded.__call__``
   (argument checks, output structure); ``call_flat`` (the unchecked path torch.compile uses).
2. **local-sync vs local-task** over models from 10 kFLOP to ~1 GFLOP per call: the crossover
   that ``torch_iree.runtime.LOCAL_SYNC_BELOW_FLOPS`` is set from.

    python benchmarks/bench_call_cost.py            # or: nox -s bench
    python benchmarks/bench_call_cost.py --quick

Results: a table on stdout, benchmarks/results/call_cost.{json,txt,png}.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import tempfile
from pathlib import Path
from typing import Any

import harness

RESULTS = Path(__file__).parent / "results"
OVERHEAD_CONTENDERS = ("eager", "raw_iree_runtime", "loaded_call", "loaded_call_flat")
DRIVERS = ("local-sync", "local-task")
# (name, hidden width, batch): MLPs of three Linear layers, from tiny to ~1 GFLOP per call.
SIZES = (
    ("mlp16x1", 16, 1),
    ("mlp64x8", 64, 8),
    ("mlp128x16", 128, 16),
    ("mlp256x16", 256, 16),
    ("mlp256x64", 256, 64),
    ("mlp512x64", 512, 64),
    ("mlp1024x64", 1024, 64),
    ("mlp1024x256", 1024, 256),
)


# ------------------------------------------------------------------------------ child side
def _mlp(width: int, batch: int) -> tuple[Any, Any]:
    import torch

    torch.manual_seed(0)
    inner = max(width, 32)
    model = torch.nn.Sequential(
        torch.nn.Linear(width, inner), torch.nn.ReLU(), torch.nn.Linear(inner, inner), torch.nn.ReLU(),
        torch.nn.Linear(inner, 4),
    )  # fmt: skip
    return model.eval(), torch.randn(batch, width)


def _child_overhead(contender: str, calls: int) -> dict[str, Any]:
    import torch

    import torch_iree

    model, x = _mlp(16, 1)
    if contender == "eager":
        with torch.no_grad():
            samples = harness.time_calls(model, [x], calls)
        return {"us": statistics.median(samples) * 1e6}
    loaded = torch_iree.compile(model, (x,), device="local-sync")
    expected = model(x).detach()
    if contender == "loaded_call":
        fn, args = loaded, [x]
    elif contender == "loaded_call_flat":
        fn, args = loaded.call_flat, [[x]]
    else:
        fn, args = _raw_call(loaded), [x]
    torch.testing.assert_close(_first(fn(*args)), expected)  # a benchmark of a wrong answer is none
    return {"us": statistics.median(harness.time_calls(fn, args, calls)) * 1e6}


def _first(result: Any) -> Any:
    return result[0] if isinstance(result, (list, tuple)) else result


def _raw_call(loaded: Any) -> Any:
    """The same vmfb called through iree.runtime alone, on its own context and device."""
    import iree.runtime as rt
    import torch

    instance = rt.VmInstance()
    device = rt.get_device("local-sync")
    module = rt.VmModule.copy_buffer(instance, loaded.compiled.vmfb)
    context = rt.VmContext(instance, modules=[rt.create_hal_module(instance, device), module])
    function = module.lookup_function("main")

    def call(x: Any) -> Any:
        args = rt.VmVariantList(1)
        args.push_ref(device.from_dlpack_capsule(x.__dlpack__()))
        results = rt.VmVariantList(1)
        context.invoke(function, args, results)
        view = results.get_as_object(0, rt.HalBufferView)
        return torch.from_dlpack(device.create_dlpack_capsule(view, 1, 0))

    return call


def _child_driver(size: str, driver: str, calls: int) -> dict[str, Any]:
    import torch

    import torch_iree

    _, width, batch = next(s for s in SIZES if s[0] == size)
    model, x = _mlp(width, batch)
    loaded = torch_iree.compile(model, (x,), device=driver)
    torch.testing.assert_close(loaded(x), model(x).detach(), rtol=1e-4, atol=1e-4)
    samples = harness.time_calls(loaded, [x], calls)
    return {"us": statistics.median(samples) * 1e6, "flops": loaded.functions["main"].signature.flops}


def child(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--child", nargs="+", required=True)
    parser.add_argument("--calls", type=int, default=2000)
    args = parser.parse_args(argv)
    kind, *rest = args.child
    result = _child_overhead(rest[0], args.calls) if kind == "overhead" else _child_driver(*rest, args.calls)
    harness.write_json(Path(args.out), result)


# ----------------------------------------------------------------------------- parent side
def _median_of_rounds(runs: list[harness.ChildRun], what: str) -> float | None:
    values = [r.result[what] for r in runs if what in r.result]
    for run in runs:
        if run.error:
            print(f"  a child failed: {run.error}", file=sys.stderr)
    return statistics.median(values) if values else None


def measure(rounds: int, calls: int, cache_dir: str, sizes: tuple[str, ...]) -> dict[str, Any]:
    env = {"TORCH_IREE_CACHE_DIR": cache_dir, "OMP_NUM_THREADS": "1"}

    def run(child_args: list[str]) -> harness.ChildRun:
        return harness.run_child(__file__, [*child_args, "--calls", str(calls)], env=env, capture=True)

    print("per-call overhead, tiny MLP ...", file=sys.stderr)
    overhead_runs = harness.interleaved_rounds(OVERHEAD_CONTENDERS, rounds, lambda c, _: run(["overhead", c]))
    overhead = {c: _median_of_rounds(overhead_runs[c], "us") for c in OVERHEAD_CONTENDERS}
    drivers: dict[str, dict[str, Any]] = {}
    for size in sizes:
        print(f"local-sync vs local-task: {size} ...", file=sys.stderr)
        runs = harness.interleaved_rounds(DRIVERS, rounds, lambda d, _, s=size: run(["driver", s, d]))
        drivers[size] = {d: _median_of_rounds(runs[d], "us") for d in DRIVERS}
        drivers[size]["flops"] = next(
            (r.result["flops"] for r in runs[DRIVERS[0]] if "flops" in r.result), None
        )
    return {"overhead_us": overhead, "drivers": drivers, "rounds": rounds, "calls": calls}


def report(data: dict[str, Any]) -> str:
    from torch_iree.runtime import LOCAL_SYNC_BELOW_FLOPS, cpu_driver

    overhead = data["overhead_us"]
    raw = overhead.get("raw_iree_runtime")
    lines = ["per-call time, tiny MLP (median µs; each contender its own process)", ""]
    columns = [harness.Column("path", 18, left=True), harness.Column("µs", 8), harness.Column("- raw µs", 9)]
    lines.append(harness.table_header(columns))
    for name in OVERHEAD_CONTENDERS:
        value = overhead.get(name)
        above = None if value is None or raw is None else value - raw
        lines.append(harness.table_row(columns, [name, value, above]))
    lines += [
        "",
        f"local-sync vs local-task (median µs per call); rule: local-sync below {LOCAL_SYNC_BELOW_FLOPS:,} FLOP",
        "",
    ]
    columns = [
        harness.Column("model", 12, left=True),
        harness.Column("MFLOP", 9, ".3f"),
        harness.Column("sync µs", 9),
        harness.Column("task µs", 9),
        harness.Column("task/sync", 9, ".2f"),
        harness.Column("faster", 11, left=True),
        harness.Column("rule picks", 11, left=True),
    ]
    lines.append(harness.table_header(columns))
    for size, row in data["drivers"].items():
        sync, task, flops = row.get("local-sync"), row.get("local-task"), row.get("flops")
        ratio = task / sync if sync and task else None
        faster = None if ratio is None else ("local-sync" if ratio > 1 else "local-task")
        picks = cpu_driver([flops]) if flops is not None else None
        lines.append(harness.table_row(columns, [size, (flops or 0) / 1e6, sync, task, ratio, faster, picks]))
    return "\n".join(lines)


def plot(data: dict[str, Any], path: Path) -> None:
    fig, axes = harness.figure(size=(8, 4))
    axis = axes.flat[0]
    rows = [r for r in data["drivers"].values() if r.get("flops")]
    flops = [r["flops"] for r in rows]
    for driver in DRIVERS:
        axis.plot(flops, [r.get(driver) for r in rows], marker="o", label=driver)
    from torch_iree.runtime import LOCAL_SYNC_BELOW_FLOPS

    axis.axvline(LOCAL_SYNC_BELOW_FLOPS, color="gray", linestyle="--", label="rule's threshold")
    axis.set_xscale("log")
    axis.set_yscale("log")
    axis.set_xlabel("estimated FLOP per call")
    axis.set_ylabel("median µs per call")
    axis.set_title("IREE CPU drivers by program size")
    axis.legend()
    harness.save_figure(fig, path)


def main() -> None:
    if "--child" in sys.argv:
        child(sys.argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round, fewer calls, 2 sizes: a smoke check")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    parser.add_argument("--from-json", type=Path, help="report on saved results instead of measuring")
    args = parser.parse_args()
    rounds, calls = (1, 200) if args.quick else (args.rounds, 2000)
    if args.from_json:
        data = json.loads(args.from_json.read_text())
    else:
        with tempfile.TemporaryDirectory(prefix="call-cost-cache-") as cache_dir:
            sizes = tuple(s[0] for s in SIZES)
            data = measure(rounds, calls, cache_dir, (sizes[0], sizes[-1]) if args.quick else sizes)
    text = report(data)
    print(text)
    harness.save_results(args.out_dir, "call_cost", text, data)
    plot(data, args.out_dir / "call_cost.png")


if __name__ == "__main__":
    main()
