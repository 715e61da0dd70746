"""A chain of calls with a host wait per call (``loaded(y)``) against submitted calls that wait
once at the end (``loaded.submit(pending.outputs[0])`` ... ``.result()``), on IREE's threaded
CPU driver (local-task): the CPU side of the no-host-wait mechanism a GPU uses.

Contenders, each in its own process, rounds interleaved, over residual MLP blocks from tiny to
large (the output feeds the next call, as layers or decode steps do):

- ``eager``: PyTorch, one thread;
- ``plain``: ``y = loaded(y)``: each call waits for the device and crosses back to torch;
- ``submitted``: ``p = loaded.submit(p.outputs[0])``: the host only queues work; one wait at the
  end. Also reported: how long the host spends in one submit (``issue µs``).

Every chain's result is checked against eager before it is timed.

    python benchmarks/bench_submission.py           # or: nox -s bench
    python benchmarks/bench_submission.py --quick

Results: a table on stdout, benchmarks/results/submission.{json,txt,png}.
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
CONTENDERS = ("eager", "plain", "submitted")
# (name, width, batch): a block is x + tanh(Linear(x)) twice, width -> width.
SIZES = (
    ("block16x1", 16, 1),
    ("block256x16", 256, 16),
    ("block512x64", 512, 64),
    ("block1024x128", 1024, 128),
)
CHAIN = 16  # calls per chain
BUDGET_S = 4.0  # timed chains per child: as many as fit (at most --chains, at least 10)


# ------------------------------------------------------------------------------ child side
def _block(width: int, batch: int) -> tuple[Any, Any]:
    import torch

    class Block(torch.nn.Module):
        def __init__(self) -> None:
            super().__init__()
            self.first, self.second = torch.nn.Linear(width, width), torch.nn.Linear(width, width)

        def forward(self, x: torch.Tensor) -> torch.Tensor:
            x = x + torch.tanh(self.first(x))
            return x + torch.tanh(self.second(x))

    torch.manual_seed(0)
    with torch.no_grad():
        model = Block().eval()
        for layer in (model.first, model.second):
            layer.weight.mul_(0.5 / width**0.5)  # keeps a 16-call chain's values in range
    return model, torch.randn(batch, width)


def _chain(contender: str, model: Any, loaded: Any) -> Any:
    if contender == "eager":

        def run(x: Any) -> Any:
            for _ in range(CHAIN):
                x = model(x)
            return x
    elif contender == "plain":

        def run(x: Any) -> Any:
            for _ in range(CHAIN):
                x = loaded(x)
            return x
    else:

        def run(x: Any) -> Any:
            pending = loaded.submit(x)
            for _ in range(CHAIN - 1):
                pending = loaded.submit(pending.outputs[0])
            return pending.result()

    return run


def _issue_us(loaded: Any, x: Any, chains: int) -> float:
    """Median host time of one submit within a chain (the device keeps working meanwhile)."""
    samples = []
    for _ in range(chains):
        pending = loaded.submit(x)
        for _ in range(CHAIN - 1):
            start = time.perf_counter()
            pending = loaded.submit(pending.outputs[0])
            samples.append(time.perf_counter() - start)
        pending.result()
    return statistics.median(samples) * 1e6


def child_main(contender: str, size: str, chains: int) -> dict[str, Any]:
    import torch

    import torch_iree

    torch.set_num_threads(1)
    _, width, batch = next(s for s in SIZES if s[0] == size)
    model, x = _block(width, batch)
    loaded = None if contender == "eager" else torch_iree.compile(model, (x,), device="local-task")
    run = _chain(contender, model, loaded)
    with torch.no_grad():
        expected = _chain("eager", model, None)(x)
        start = time.perf_counter()
        torch.testing.assert_close(run(x), expected, rtol=1e-4, atol=1e-4)  # no timing a wrong chain
        chains = max(10, min(chains, int(BUDGET_S / max(time.perf_counter() - start, 1e-6))))
        samples = harness.time_calls(run, [x], chains, warmup=max(3, chains // 10))
    result = {"chain_us": statistics.median(samples) * 1e6}
    if contender == "submitted":
        result["issue_us"] = _issue_us(loaded, x, max(3, chains // 4))
    return {**result, "chains": chains}


# ----------------------------------------------------------------------------- parent side
def measure(rounds: int, chains: int, sizes: tuple[str, ...]) -> dict[str, Any]:
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="submission-cache-") as cache_dir:
        env = {"TORCH_IREE_CACHE_DIR": cache_dir, "OMP_NUM_THREADS": "1"}
        for size in sizes:
            print(f"chains of {CHAIN} calls: {size} ...", file=sys.stderr, flush=True)

            def run(contender: str, _round: int, size: str = size) -> harness.ChildRun:
                args = [contender, size, "--chains", str(chains)]
                return harness.run_child(__file__, args, env=env, capture=True)

            runs = harness.interleaved_rounds(CONTENDERS, rounds, run)
            row: dict[str, Any] = {}
            for contender, contender_runs in runs.items():
                for failed in (r for r in contender_runs if r.error):
                    print(f"  {contender} failed: {failed.error}", file=sys.stderr)
                for key in ("chain_us", "issue_us"):
                    values = [r.result[key] for r in contender_runs if key in r.result]
                    if values:
                        row[f"{contender}_{key}"] = min(values)  # best round: the least disturbed
            rows[size] = row
    return {"sizes": rows, "rounds": rounds, "chains": chains, "chain_length": CHAIN}


def report(data: dict[str, Any]) -> str:
    calls = data["chain_length"]
    lines = [
        f"µs per call in chains of {calls} calls on local-task (best of {data['rounds']} rounds, "
        "each contender its own process)",
        "",
    ]
    columns = [
        harness.Column("model", 14, left=True),
        harness.Column("eager", 9),
        harness.Column("plain", 9),
        harness.Column("submitted", 10),
        harness.Column("subm/plain", 10, ".2f"),
        harness.Column("issue µs", 9),
    ]
    lines.append(harness.table_header(columns))
    for size, row in data["sizes"].items():
        eager, plain, submitted = (row.get(f"{c}_chain_us") for c in CONTENDERS)
        per_call = [None if v is None else v / calls for v in (eager, plain, submitted)]
        ratio = submitted / plain if plain and submitted else None
        lines.append(harness.table_row(columns, [size, *per_call, ratio, row.get("submitted_issue_us")]))
    return "\n".join(lines)


def plot(data: dict[str, Any], path: Path) -> None:
    fig, axes = harness.figure(size=(8, 4))
    sizes = list(data["sizes"])
    calls = data["chain_length"]
    series = {c: [(data["sizes"][s].get(f"{c}_chain_us") or 0) / calls for s in sizes] for c in CONTENDERS}
    harness.grouped_bars(axes.flat[0], sizes, series, width=0.27)
    axes.flat[0].legend()
    axes.flat[0].set_yscale("log")
    axes.flat[0].set_ylabel("µs per call (log)")
    axes.flat[0].set_title(f"chains of {calls} calls: a host wait per call vs one at the end")
    harness.save_figure(fig, path)


def main() -> None:
    if "--child" in sys.argv:
        parser = argparse.ArgumentParser()
        parser.add_argument("--out", required=True)
        parser.add_argument("--child", nargs=2, required=True)
        parser.add_argument("--chains", type=int, default=200)
        args = parser.parse_args()
        harness.write_json(Path(args.out), child_main(*args.child, args.chains))
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="1 round, few chains, 2 sizes: a smoke check")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    parser.add_argument("--from-json", type=Path, help="report on saved results instead of measuring")
    args = parser.parse_args()
    if args.from_json:
        data = json.loads(args.from_json.read_text())
    else:
        names = tuple(s[0] for s in SIZES)
        rounds, chains = (1, 20) if args.quick else (args.rounds, 200)
        data = measure(rounds, chains, (names[0], names[-1]) if args.quick else names)
    text = report(data)
    print(text)
    harness.save_results(args.out_dir, "submission", text, data)
    plot(data, args.out_dir / "submission.png")


if __name__ == "__main__":
    main()
