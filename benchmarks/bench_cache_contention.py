"""Eight processes compile the same model at once: with one shared cold cache (one compiles, the
others wait for it and load its entry) against private caches (every process compiles, as all
of them did before the compile cache had per-key claims).

    python benchmarks/bench_cache_contention.py [--model transformer_encoder] [--processes 8] [--rounds 3]

Wall time from starting the processes to the last one's result, median over interleaved rounds;
results in benchmarks/results/cache_contention.{json,txt}.
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

import harness

RESULTS = Path(__file__).resolve().parent / "results"
REPO = RESULTS.parents[1]
CHILD = """
import json, sys, torch, torch_iree, torch_iree_models
from torch_iree.cache import CompileCache
case = torch_iree_models.MODELS[sys.argv[1]]
model, args = case.module(), case.inputs()
cache = CompileCache.from_environment()
run = torch_iree.compile(model, args, cache=cache)
with torch.no_grad():
    torch_iree_models.assert_outputs_match(run(*args), model(*args), case.tolerance)
print(json.dumps({"hits": cache.stats.hits, "ok": True}))
"""


def one_round(model: str, processes: int, shared: bool) -> dict[str, float]:
    """Start ``processes`` compiles together; wall seconds until all are done, and how many
    were served by the cache."""
    with tempfile.TemporaryDirectory(prefix="bench-contention-") as folder:
        env = {**os.environ, "OMP_NUM_THREADS": "1", "PYTHONPATH": str(REPO)}
        procs = []
        start = time.perf_counter()
        for index in range(processes):
            cache_dir = Path(folder) / ("shared" if shared else f"private-{index}")
            procs.append(
                subprocess.Popen(
                    [sys.executable, "-c", CHILD, model],
                    env={**env, "TORCH_IREE_CACHE_DIR": str(cache_dir)},
                    stdout=subprocess.PIPE,
                    stderr=subprocess.DEVNULL,
                    text=True,
                )
            )
        results = [json.loads(p.communicate(timeout=1800)[0].strip().splitlines()[-1]) for p in procs]
        wall = time.perf_counter() - start
    if not all(r["ok"] for r in results):
        raise SystemExit("a process computed a wrong result")
    return {"wall_s": wall, "loaded_from_cache": sum(r["hits"] for r in results)}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="transformer_encoder", help="a model of torch_iree_models")
    parser.add_argument("--processes", type=int, default=8)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict[str, float]]] = {"private caches": [], "one shared cache": []}
    for round_index in range(args.rounds):  # interleaved: load on the machine hits both alike
        for name in runs:
            runs[name].append(one_round(args.model, args.processes, shared=name == "one shared cache"))
            print(f"round {round_index + 1}: {name}: {runs[name][-1]['wall_s']:.1f} s", file=sys.stderr)
    columns = [
        harness.Column("contender", 18, left=True),
        harness.Column("wall s", 8),
        harness.Column("from cache", 11, fmt="d"),
    ]
    medians = {name: statistics.median(r["wall_s"] for r in rounds) for name, rounds in runs.items()}
    lines = [
        f"{args.processes} processes compiling {args.model} at once, median of {args.rounds} rounds",
        harness.table_header(columns),
        *(
            harness.table_row(columns, [name, medians[name], int(rounds[-1]["loaded_from_cache"])])
            for name, rounds in runs.items()
        ),
        f"shared / private: {medians['one shared cache'] / medians['private caches']:.2f}",
    ]
    text = "\n".join(lines)
    print(text)
    harness.save_results(
        RESULTS, "cache_contention", text, {"model": args.model, "processes": args.processes, "runs": runs}
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
