"""torch.compile(backend="iree") against eager and iree-turbine: per-call latency, first-call
compile time cold vs warm (compile cache), and eager speed next to IREE (mixing).

Every measurement runs in its own process (`--child`), one after another, so contenders never
share a process, a warm cache or a core. Run on a quiet machine:

    python benchmarks/bench_torch_compile.py            # or: nox -s bench
    python benchmarks/bench_torch_compile.py --quick    # fewer calls, for a smoke check

Results: a table on stdout, benchmarks/results/torch_compile.json and torch_compile.png.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

RESULTS = Path(__file__).parent / "results"
THREADS = "1"
ROUNDS = 3  # torch's threads; IREE's local-task workers are left at their default


# ----------------------------------------------------------------------------- child side
def _model(name: str):
    import torch

    torch.manual_seed(0)
    if name == "mlp":
        model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4))
        return model.eval(), (torch.randn(1, 16),)
    if name == "encoder":
        layer = torch.nn.TransformerEncoderLayer(64, 4, 128, batch_first=True)
        return layer.eval(), (torch.randn(1, 16, 64),)
    if name == "convnet":
        model = torch.nn.Sequential(
            torch.nn.Conv2d(3, 16, 3, padding=1),
            torch.nn.ReLU(),
            torch.nn.Conv2d(16, 16, 3, padding=1),
            torch.nn.ReLU(),
            torch.nn.AdaptiveAvgPool2d(1),
            torch.nn.Flatten(),
            torch.nn.Linear(16, 10),
        )
        return model.eval(), (torch.randn(1, 3, 32, 32),)
    raise SystemExit(f"unknown model {name}")


def _compiled(backend: str, model):
    import torch

    if backend == "eager":
        return model
    if backend == "dynamo_identity":
        # Dynamo with a backend that runs the captured graph as is: the per-call cost of
        # torch.compile itself (guards, argument gathering), the floor for every backend.
        return torch.compile(model, backend=lambda gm, example_inputs: gm.forward)
    if backend == "iree":
        return torch.compile(model, backend="iree")
    if backend == "iree_turbine":
        import iree.turbine.dynamo  # noqa: F401  (registers the backend)

        return torch.compile(model, backend="iree_turbine")
    raise SystemExit(f"unknown backend {backend}")


def _time_calls(fn, args, calls: int) -> list[float]:
    for _ in range(max(20, calls // 10)):  # warm-up
        fn(*args)
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        fn(*args)
        samples.append(time.perf_counter() - start)
    return samples


def child_latency(backend: str, model_name: str, calls: int) -> dict:
    import torch

    model, args = _model(model_name)
    with torch.no_grad():
        fn = _compiled(backend, model)
        fn(*args)
        samples = _time_calls(fn, args, calls)
    return {"median_us": statistics.median(samples) * 1e6, "p90_us": _quantile(samples, 0.9) * 1e6}


def child_first_call(model_name: str) -> dict:
    import torch
    import torch._dynamo  # noqa: F401  (imports cost ~2.5 s here, in any backend: not ours to time)

    from torch_iree.dynamo import stats

    model, args = _model(model_name)
    with torch.no_grad():
        start = time.perf_counter()
        _compiled("iree", model)(*args)
        first = time.perf_counter() - start
    return {
        "first_call_s": first,
        "backend_s": stats.seconds,
        "cache_hits": stats.cache_hits,
        "compiled": stats.compiled,
    }


def child_mixing(calls: int, device: str) -> dict:
    import torch

    conv, conv_args = _model("convnet")
    mlp, mlp_args = _model("mlp")
    blocks = 5
    with torch.no_grad():
        before = [statistics.median(_time_calls(conv, conv_args, calls // blocks)) for _ in range(blocks)]
        compiled = torch.compile(mlp, backend="iree", options={"device": device})
        after = []
        for _ in range(blocks):
            for _ in range(200):  # IREE runs, then eager again: do IREE's threads get in the way?
                compiled(*mlp_args)
            after.append(statistics.median(_time_calls(conv, conv_args, calls // blocks)))
    return {
        "eager_before_us": statistics.median(before) * 1e6,
        "eager_after_us": statistics.median(after) * 1e6,
    }


def _quantile(samples: list[float], q: float) -> float:
    ordered = sorted(samples)
    return ordered[min(len(ordered) - 1, int(q * len(ordered)))]


# ---------------------------------------------------------------------------- parent side
def _run_child(args: list[str], env: dict[str, str] | None = None) -> dict:
    env = {**os.environ, "OMP_NUM_THREADS": THREADS, **(env or {})}
    proc = subprocess.run(
        [sys.executable, __file__, "--child", *args], capture_output=True, text=True, env=env
    )
    if proc.returncode != 0:
        # Keep the line that says why (a compiler diagnostic beats Dynamo's closing advice).
        lines = [line for line in proc.stderr.splitlines() if "error:" in line or "Error:" in line]
        return {"error": (lines[0] if lines else f"exit {proc.returncode}")[:300]}
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _turbine_available() -> bool:
    try:
        import iree.turbine  # noqa: F401
    except ImportError:
        return False
    return True


def run_all(calls: int) -> dict:
    results: dict = {"calls": calls, "latency": {}, "first_call": {}, "mixing": {}}
    backends = ["eager", "dynamo_identity", "iree"] + (["iree_turbine"] if _turbine_available() else [])
    with tempfile.TemporaryDirectory() as cache:
        cache_env = {"TORCH_IREE_CACHE_DIR": cache}
        # Timings on a small machine drift; each contender runs in ROUNDS separate processes,
        # contenders interleaved round by round, and the best per-process median is kept.
        for model in ("mlp", "encoder"):
            runs: dict[str, list[dict]] = {backend: [] for backend in backends}
            for round_ in range(ROUNDS):
                for backend in backends:
                    row = _run_child(["latency", backend, model, str(calls)], cache_env)
                    runs[backend].append(row)
                    print(f"latency  {model:8} {backend:16} round {round_ + 1}: {row}", flush=True)
            for backend, rows in runs.items():
                ok = [r["median_us"] for r in rows if "median_us" in r]
                # The fastest round: noise on a shared 2-core machine only ever adds time
                # (eager itself swings between ~21 and ~47 µs from one process to the next).
                results["latency"].setdefault(model, {})[backend] = (
                    {"median_us": min(ok), "rounds_us": ok} if ok else rows[0]
                )
        with tempfile.TemporaryDirectory() as fresh:
            for model in ("mlp", "encoder"):
                for phase in ("cold", "warm"):  # cold: empty cache; warm: a new process, cache filled
                    print(f"first    {model:8} {phase:13}", end=" ", flush=True)
                    row = _run_child(["first", model], {"TORCH_IREE_CACHE_DIR": f"{fresh}/{model}"})
                    results["first_call"].setdefault(model, {})[phase] = row
                    print(row)
        for device in ("local-sync", "cpu"):
            rows = []
            for round_ in range(ROUNDS):
                row = _run_child(["mixing", str(calls), device], cache_env)
                rows.append(row)
                print(
                    f"mixing   convnet eager around iree on {device:10} round {round_ + 1}: {row}", flush=True
                )
            ratios = [r["eager_after_us"] / r["eager_before_us"] for r in rows if "eager_before_us" in r]
            results["mixing"][device] = {"rounds": rows, "median_ratio": statistics.median(ratios)}
    return results


def report(results: dict) -> str:
    lines = [
        "",
        "per-call latency (median, µs); overhead over eager, and over the Dynamo floor",
        "(dynamo_identity: torch.compile with a backend that runs the graph as is)",
        "",
        f"{'model':9} {'eager':>8} {'floor':>8} {'iree':>8} {'turbine':>8}"
        f" {'iree-eager':>11} {'turb-eager':>11} {'ratio':>6} {'iree-floor':>11} {'turb-floor':>11} {'ratio':>6}",
    ]
    for model, row in results["latency"].items():
        eager, floor, ours, turbine = (
            row.get(name, {}).get("median_us", float("nan"))
            for name in ("eager", "dynamo_identity", "iree", "iree_turbine")
        )
        cells = [_us(v) for v in (eager, floor, ours, turbine)]
        cells += [_us(ours - eager, 11), _us(turbine - eager, 11), _ratio(turbine - eager, ours - eager)]
        cells += [_us(ours - floor, 11), _us(turbine - floor, 11), _ratio(turbine - floor, ours - floor)]
        lines.append(f"{model:9} " + " ".join(cells))
    for model, row in results["latency"].items():
        for backend, cell in row.items():
            if "error" in cell:
                lines.append(f"  {backend} on {model} failed: {cell['error']}")
    lines += [
        "",
        "first call (s): cold compile vs warm (cache hit in a new process);",
        "backend = time inside backend='iree', first call = that + Dynamo's own tracing",
        "",
        f"{'model':9} {'backend cold':>12} {'warm':>7} {'warm/cold':>9}   {'1st call cold':>13} {'warm':>7} {'warm/cold':>9}",
    ]
    for model, row in results["first_call"].items():
        cold, warm = row["cold"], row["warm"]
        lines.append(
            f"{model:9} {cold['backend_s']:12.3f} {warm['backend_s']:7.3f} {warm['backend_s'] / cold['backend_s']:9.1%}"
            f"   {cold['first_call_s']:13.3f} {warm['first_call_s']:7.3f} {warm['first_call_s'] / cold['first_call_s']:9.1%}"
        )
    lines += ["", "eager convnet latency after IREE ran in the same process / before (median of rounds)", ""]
    for device, row in results["mixing"].items():
        pairs = ", ".join(
            f"{r['eager_before_us']:.0f}→{r['eager_after_us']:.0f} µs"
            for r in row["rounds"]
            if "eager_before_us" in r
        )
        lines.append(f"  iree on {device:10}: {row['median_ratio']:.2f}×   ({pairs})")
    return "\n".join(lines)


def _us(value: float, width: int = 8) -> str:
    return f"{value:{width}.1f}" if value == value else f"{'fails':>{width}}"


def _ratio(theirs: float, ours: float) -> str:
    if theirs != theirs or ours != ours:
        return f"{'-':>6}"
    return f"{theirs / ours:5.1f}×" if ours > 0 else f"{'∞':>6}"


def plot(results: dict, path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, (left, right) = plt.subplots(1, 2, figsize=(10, 4))
    models = list(results["latency"])
    backends = ["eager", "dynamo_identity", "iree", "iree_turbine"]
    width = 0.2
    for i, backend in enumerate(backends):
        values = [results["latency"][m].get(backend, {}).get("median_us", 0) for m in models]
        left.bar([x + i * width for x in range(len(models))], values, width, label=backend)
    left.set_xticks([x + 1.5 * width for x in range(len(models))], models)
    left.set_ylabel("median per-call latency (µs)")
    left.set_yscale("log")
    left.legend()
    left.set_title("per-call latency")
    for i, phase in enumerate(("cold", "warm")):
        values = [results["first_call"][m][phase]["backend_s"] for m in results["first_call"]]
        right.bar([x + i * 0.35 for x in range(len(values))], values, 0.35, label=phase)
    right.set_xticks([x + 0.175 for x in range(len(results["first_call"]))], list(results["first_call"]))
    right.set_ylabel("time in backend='iree' on first call (s)")
    right.legend()
    right.set_title("first call: cold compile vs cache hit")
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--child", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    if args.child:
        import torch

        torch.set_num_threads(int(THREADS))
        kind, *rest = args.child
        if kind == "latency":
            result = child_latency(rest[0], rest[1], int(rest[2]))
        elif kind == "first":
            result = child_first_call(rest[0])
        else:
            result = child_mixing(int(rest[0]), rest[1])
        print(json.dumps(result))
        return 0
    results = run_all(calls=300 if args.quick else 3000)
    text = report(results)
    print(text)
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "torch_compile.json").write_text(json.dumps(results, indent=1) + "\n")
    (RESULTS / "torch_compile.txt").write_text(text.lstrip() + "\n")
    plot(results, RESULTS / "torch_compile.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
