"""The model suite and three deployment-sized models, per call: eager PyTorch against inductor,
torch-iree ahead of time, torch-iree under torch.compile, and iree-turbine.

Every (model, contender) pair runs in its own process (``harness.run_child``): it compiles, checks
its first answer against eager PyTorch within the model's tolerance, then times calls for a
budget of seconds. Contenders are interleaved round by round and each keeps its fastest
per-process median, so a burst of load from elsewhere slows one round rather than one contender.
Compile caches (torch-iree's, inductor's) live in a scratch folder for the run: the first round
compiles, later rounds start warm.

    python benchmarks/bench_models.py                      # or: nox -s bench (~45 min here)
    python benchmarks/bench_models.py --quick              # 2 suite models + 1 large, 1 round
    python benchmarks/bench_models.py --models mlp,resnet18 --contenders eager,torch_iree_aot
    python benchmarks/bench_models.py --from-json benchmarks/results/models.json

Results: a table on stdout, ``results/models.{json,txt,png}``. Exit status 1 when a contender's
answer was wrong (a benchmark must not report a fast wrong program as a win).
"""

from __future__ import annotations

import argparse
import platform
import sys
import tempfile
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import harness
import model_runs
import models_report

RESULTS = Path(__file__).parent / "results"
SCRIPT = Path(__file__)
QUICK_MODELS = ("mlp", "transformer_encoder", "resnet18")
CHILD_TIMEOUT_S = 900.0


def all_models() -> dict[str, str]:
    """Every benchmarked model and its group: the suite's (without its known AOT failures on
    the CPU) and the large ones."""
    from torch_iree_models import LARGE_MODELS, MODELS

    suite = {n: "suite" for n, case in MODELS.items() if case.known_failure("llvm-cpu") is None}
    return {**suite, **{name: "large" for name in LARGE_MODELS}}


def child_main(args: list[str], out: Path) -> int:
    model, contender, seconds, *flags = args
    harness.write_json(out, model_runs.measure(model, contender, float(seconds), tuple(flags)))
    return 0


def run_model(
    model: str,
    variants: Mapping[str, tuple[str, tuple[str, ...]]],
    rounds: int,
    seconds: float,
    env: dict[str, str],
    log: Any,
) -> dict[str, dict[str, Any]]:
    """Every variant (label → contender and its extra compiler flags) on ``model``, ``rounds``
    times interleaved; the best round of each."""

    def one(label: str, round_: int) -> dict[str, Any]:
        contender, flags = variants[label]
        run = harness.run_child(
            SCRIPT, [model, contender, str(seconds), *flags], env=env, timeout_s=CHILD_TIMEOUT_S, capture=True
        )
        row = dict(run.result) if run.result else {"error": run.error or "no result"}
        if run.error and "median_us" not in row and "wrong" not in row:
            row["error"] = run.error
        log(f"  {model:22} {label:18} round {round_ + 1}/{rounds}: {_summary(row)}")
        return row

    runs = harness.interleaved_rounds(list(variants), rounds, one)
    return {label: best(rows) for label, rows in runs.items()}


def best(rows: Sequence[dict[str, Any]]) -> dict[str, Any]:
    """The fastest round; a wrong answer in any round wins over every timing (it must show)."""
    wrong = [row for row in rows if "wrong" in row]
    if wrong:
        return wrong[0]
    timed = [row for row in rows if "median_us" in row]
    if not timed:
        return rows[0]
    fastest = min(timed, key=lambda row: row["median_us"])
    return {**fastest, "round_medians_us": [row["median_us"] for row in timed]}


def _summary(row: dict[str, Any]) -> str:
    why = models_report.outcome(row)
    return why if why else f"{row['median_us'] / 1000:.3f} ms (first call {row['first_call_s']:.1f} s)"


def positive_number(kind: type) -> Any:
    """An argparse type: a number of ``kind`` above zero (else a clear usage error)."""

    def parse(text: str) -> Any:
        try:
            value = kind(text)
        except ValueError:
            value = None
        if value is None or not value > 0:
            raise argparse.ArgumentTypeError(f"want a number above 0, got {text!r}")
        return value

    return parse


def run_parser(description: str, rounds: int) -> argparse.ArgumentParser:
    """The options every model benchmark here takes (this one and ``bench_flags.py``)."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--quick", action="store_true", help="a few models, 1 round, short timing")
    parser.add_argument("--models", help="comma-separated model names (default: the suite + large)")
    parser.add_argument("--rounds", type=positive_number(int), help=f"rounds (default {rounds})")
    parser.add_argument("--seconds", type=positive_number(float), help="timing budget per process")
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    parser.add_argument("--from-json", type=Path, help="print and plot an earlier run's results")
    return parser


def selected_models(args: argparse.Namespace) -> tuple[dict[str, str], list[str]]:
    """Every known model with its group, and the names ``--models``/``--quick`` select."""
    groups = all_models()
    return groups, args.models.split(",") if args.models else list(QUICK_MODELS if args.quick else groups)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = run_parser(__doc__.splitlines()[0], rounds=3)
    parser.add_argument("--contenders", default=",".join(model_runs.CONTENDERS))
    parser.add_argument(
        "--iree-flag",
        action="append",
        default=[],
        help="an extra iree-compile flag for the torch-iree contenders",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        return publish(harness.read_json(args.from_json), args.out_dir, write_json=False)
    groups, names = selected_models(args)
    unknown = [n for n in names if n not in groups]
    contenders = args.contenders.split(",")
    bad = [c for c in contenders if c not in model_runs.CONTENDERS]
    if unknown or bad or "eager" not in contenders:
        print(f"error: unknown models {unknown} / contenders {bad}; eager is required", file=sys.stderr)
        return 2
    if "iree_turbine" in contenders and not harness.module_available("iree.turbine"):
        print("iree-turbine is not installed: skipping it", file=sys.stderr)
        contenders.remove("iree_turbine")
    rounds = args.rounds or (1 if args.quick else 3)
    seconds = args.seconds or (0.5 if args.quick else 2.0)
    data: dict[str, Any] = {
        "title": f"time per call / eager, {platform.machine()}, best of {rounds} rounds",
        "contenders": contenders,
        "groups": {n: groups[n] for n in names},
        "versus": [
            [c, "inductor"] for c in model_runs.TORCH_IREE if c in contenders and "inductor" in contenders
        ],
        "models": {},
        "rounds": rounds,
        "seconds": seconds,
        "iree_flags": args.iree_flag,
    }
    with tempfile.TemporaryDirectory(prefix="bench-models-") as scratch:
        # One cold cache per run, shared by its rounds: round 1 compiles, later rounds hit.
        env = {"TORCH_IREE_CACHE_DIR": f"{scratch}/iree", "TORCHINDUCTOR_CACHE_DIR": f"{scratch}/inductor"}
        for i, name in enumerate(names):
            print(f"[{i + 1}/{len(names)}] {name}", file=sys.stderr, flush=True)
            variants = {
                c: (c, tuple(args.iree_flag) if c in model_runs.TORCH_IREE else ()) for c in contenders
            }
            data["models"][name] = run_model(name, variants, rounds, seconds, env, log=_stderr)
    return publish(data, args.out_dir, write_json=True)


def publish(data: dict[str, Any], out_dir: Path, write_json: bool) -> int:
    text = models_report.render(data, "eager", data.get("title", ""))
    print(text)
    harness.save_results(out_dir, "models", text, data if write_json else None)
    models_report.plot(data, "eager", out_dir / "models.png")
    wrong = [m for m, rows in data["models"].items() for row in rows.values() if "wrong" in row]
    return 1 if wrong else 0


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


if __name__ == "__main__":
    if "--child" in sys.argv:
        out = Path(sys.argv[sys.argv.index("--out") + 1])
        sys.exit(child_main(sys.argv[sys.argv.index("--child") + 1 :], out))
    sys.exit(main())
