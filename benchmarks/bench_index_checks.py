"""What the run-time index checks (torch_iree._passes.index_checks) cost per call, on every model of the
suite that has a gather- or scatter-like op: checks on against checks off, same model, same
inputs, each variant in its own process, interleaved rounds.

    python benchmarks/bench_index_checks.py [--rounds 3] [--calls 300]

Median per-call latency (local-sync device, one thread) and the ratio; results in
benchmarks/results/index_checks.{json,txt}.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

import harness

RESULTS = Path(__file__).resolve().parent / "results"
REPO = RESULTS.parents[1]
CHILD = """
import json, sys, time, torch, torch_iree, torch_iree_models
torch.set_num_threads(1)
case = torch_iree_models.MODELS[sys.argv[1]]
checks, calls = sys.argv[2] == "on", int(sys.argv[3])
model, args = case.module(), case.inputs()
exported = torch_iree.export(model, args, index_checks=checks)
run = exported.compile(cache=False).load("local-sync")
for _ in range(20):
    run(*args)
samples = []
for _ in range(calls):
    start = time.perf_counter()
    run(*args)
    samples.append(time.perf_counter() - start)
print(json.dumps({"us": sorted(samples)[len(samples) // 2] * 1e6, "sites": len(exported.signature.index_checks)}))
"""


def checked_models() -> list[str]:
    """The suite's models whose programs carry index checks."""
    sys.path.insert(0, str(REPO))
    import torch_iree
    import torch_iree_models

    names = []
    for name, case in torch_iree_models.MODELS.items():
        try:
            exported = torch_iree.export(case.module(), case.inputs())
        except torch_iree.TorchIreeError:
            continue
        if exported.signature.index_checks and not exported.unsupported:
            names.append(name)
    return names


def measure(model: str, checks: str, calls: int) -> dict[str, float]:
    env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(REPO), "TORCH_IREE_CACHE": "0"}
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, model, checks, str(calls)],
        env=env,
        capture_output=True,
        text=True,
        timeout=900,
    )
    if proc.returncode != 0:
        raise SystemExit(f"{model} ({checks}) failed:\n{proc.stderr[-2000:]}")
    return json.loads(proc.stdout.strip().splitlines()[-1])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--calls", type=int, default=300)
    args = parser.parse_args(argv)
    models = checked_models()
    runs: dict[str, dict[str, list[float]]] = {m: {"on": [], "off": []} for m in models}
    sites: dict[str, int] = {}
    for round_index in range(args.rounds):
        for model in models:
            for checks in ("on", "off"):
                result = measure(model, checks, args.calls)
                runs[model][checks].append(result["us"])
                sites[model] = max(sites.get(model, 0), int(result["sites"]))
            print(f"round {round_index + 1}: {model} done", file=sys.stderr)
    columns = [
        harness.Column("model", 22, left=True),
        harness.Column("ops checked", 11, fmt="d"),
        harness.Column("off µs", 9),
        harness.Column("on µs", 9),
        harness.Column("on/off", 7, fmt=".3f"),
    ]
    rows, ratios = [], []
    for model in models:
        off, on = statistics.median(runs[model]["off"]), statistics.median(runs[model]["on"])
        ratios.append(on / off)
        rows.append(harness.table_row(columns, [model, sites[model], off, on, on / off]))
    geomean = statistics.geometric_mean(ratios) if ratios else float("nan")
    text = "\n".join(
        [
            f"index checks on vs off, median per-call latency (local-sync, 1 thread), median of {args.rounds} rounds",
            harness.table_header(columns),
            *rows,
            f"geometric mean on/off: {geomean:.3f}",
        ]
    )
    print(text)
    harness.save_results(RESULTS, "index_checks", text, {"runs": runs, "sites": sites, "geomean": geomean})
    return 0


if __name__ == "__main__":
    sys.exit(main())
