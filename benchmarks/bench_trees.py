"""The same calls through two checkouts of the frontend, side by side: did a change move the
per-call cost of a loaded program, or the warm first call of torch.compile?

    git worktree add /tmp/before <commit>
    python benchmarks/bench_trees.py --before /tmp/before     # this checkout is "after"

Each (tree, measurement) runs in its own process with that tree's ``python_frontend/src`` first
on ``sys.path`` and a compile cache of its own, rounds interleaved (``harness``). Measurements:

- ``call``: ``Loaded.__call__`` on a tiny MLP (16 → 32 → 4, batch 1), median µs per call;
- ``flat``: ``call_flat`` (the unchecked path torch.compile's runner uses);
- ``warm``: a new process's first ``torch.compile(model, backend="iree")`` call with the
  cache already filled (import of torch_iree included, torch's own import not), and Dynamo's
  floor beside it (``backend="eager"``).

Results: a table on stdout, benchmarks/results/trees.{json,txt}.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import harness

RESULTS = Path(__file__).parent / "results"
HERE = Path(__file__).resolve().parents[1]
KINDS = ("call", "flat", "warm", "floor")


def _mlp() -> Any:
    import torch

    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4)).eval()


def child(kind: str, calls: int, out: Path) -> None:
    import torch

    torch.set_num_threads(1)
    model, x = _mlp(), torch.randn(1, 16)
    start = time.perf_counter()  # after torch's own import, which both contenders pay alike
    if kind in ("warm", "floor"):
        if kind == "warm":
            import torch_iree  # its import is part of the first call

            assert torch_iree.__name__
        backend = "iree" if kind == "warm" else "eager"
        with torch.no_grad():
            torch.compile(model, backend=backend)(x)
        harness.write_json(out, {"seconds": time.perf_counter() - start})
        return
    import torch_iree

    run = torch_iree.compile(model, (x,))
    fn = run if kind == "call" else run._sole().call_flat
    args = (x,) if kind == "call" else ([x],)
    samples = harness.time_calls(fn, args, calls)
    harness.write_json(out, {"seconds": statistics.median(samples)})


def _environment(tree: Path, cache: Path) -> dict[str, str]:
    return {
        **os.environ,
        "PYTHONPATH": str(tree / "python_frontend" / "src"),
        "TORCH_IREE_CACHE_DIR": str(cache),
        "OMP_NUM_THREADS": "1",
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, help="the other checkout (a git worktree)")
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--calls", type=int, default=3000)
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        child(args.child[0], int(args.child[1]), args.out)
        return 0
    if args.before is None or not (args.before / "python_frontend" / "src" / "torch_iree").is_dir():
        parser.error("--before must be a checkout of torch-iree (git worktree add DIR COMMIT)")
    trees = {"before": args.before.resolve(), "after": HERE}
    results: dict[str, dict[str, list[float]]] = {t: {k: [] for k in KINDS} for t in trees}
    with tempfile.TemporaryDirectory(prefix="bench-trees-") as folder:
        caches = {name: Path(folder) / name for name in trees}
        for name, tree in trees.items():  # fill each tree's cache (and check it runs)
            for kind in ("call", "warm"):
                harness.run_child(__file__, [kind, "10"], env=_environment(tree, caches[name]), capture=True)
        for round_ in range(args.rounds):
            for kind in KINDS:
                for name, tree in trees.items():
                    run = harness.run_child(
                        __file__, [kind, str(args.calls)], env=_environment(tree, caches[name]), capture=True
                    )
                    results[name][kind].append(run.result["seconds"])
            print(f"round {round_ + 1}/{args.rounds} done", file=sys.stderr)
    medians = {t: {k: statistics.median(v) for k, v in kinds.items()} for t, kinds in results.items()}
    lines = [
        "the same measurements through two checkouts (median of rounds, each its own process)",
        "",
        f"{'measurement':<28}{'before':>12}{'after':>12}{'after/before':>14}",
    ]
    labels = {
        "call": ("Loaded.__call__ (µs)", 1e6),
        "flat": ("call_flat (µs)", 1e6),
        "warm": ("warm torch.compile 1st (s)", 1.0),
        "floor": ("Dynamo floor 1st (s)", 1.0),
    }
    for kind, (label, scale) in labels.items():
        b, a = medians["before"][kind] * scale, medians["after"][kind] * scale
        lines.append(f"{label:<28}{b:>12.3f}{a:>12.3f}{a / b:>13.2f}×")
    for name in trees:
        ratio = medians[name]["warm"] / medians[name]["floor"]
        lines.append(f"warm first call / Dynamo floor, {name}: {ratio:.2f}×")
    text = "\n".join(lines)
    print(text)
    data = {"rounds": args.rounds, "calls": args.calls, "samples": results, "medians": medians}
    harness.save_results(args.out_dir, "trees", text, data)
    return 0


if __name__ == "__main__":
    sys.exit(main())
