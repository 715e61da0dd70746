"""Which iree-compile flags torch-iree should add by default on the CPU, chosen by measurement.

Each candidate flag set is compiled on top of today's defaults (which already target the host
CPU's exact features) for every model of the suite and the large models, run ahead of time
(``torch_iree.compile``), checked against eager PyTorch and timed, each in its own process and
interleaved round by round with the defaults. A candidate earns a place among the defaults only
where it wins on most models and breaks none (``verdict``); the table that justified each
default is ``results/flags.txt``.

    python benchmarks/bench_flags.py                   # every candidate, 2 rounds (~40 min here)
    python benchmarks/bench_flags.py --quick           # 3 models, 1 round
    python benchmarks/bench_flags.py --candidates im2col --models resnet18,cnn_batchnorm
    python benchmarks/bench_flags.py --from-json benchmarks/results/flags.json
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
import models_report
from bench_models import run_model, run_parser, selected_models

BASELINE = "default"
# Candidates on top of the defaults, each a flag set someone tuning IREE for CPUs would try.
CANDIDATES: dict[str, tuple[str, ...]] = {
    "im2col": ("--iree-global-opt-use-im2col-for-convs",),
    "ukernels_all": ("--iree-llvmcpu-enable-ukernels=all",),
    "aggressive_fusion": ("--iree-dispatch-creation-enable-aggressive-fusion",),
    "opt_O3": ("--iree-opt-level=O3",),
    "transposes_through_conv": ("--iree-global-opt-propagate-transposes-through-conv",),
}
WIN = 0.95  # a model counts as a win below this ratio, as a loss above 1/WIN (noise between)


def verdict(models: Mapping[str, Mapping[str, Any]], candidate: str) -> dict[str, Any]:
    """Wins, losses and breakages of ``candidate`` against the defaults, and whether to keep it:
    nothing the defaults run broken, and more wins than losses on a majority of the models whose
    program the candidate changed (a convolution flag leaves an MLP's program byte for byte the
    same: that model says nothing about it)."""
    wins, losses, broken, timed, unchanged = [], [], [], 0, 0
    for name, rows in models.items():
        base, mine = rows.get(BASELINE, {}), rows.get(candidate, {})
        if models_report.outcome(base) is not None:
            continue  # the defaults do not run it either: nothing to break
        if models_report.outcome(mine) is not None:
            broken.append(name)
            continue
        if base.get("program_sha256") and base.get("program_sha256") == mine.get("program_sha256"):
            unchanged += 1
            continue
        timed += 1
        r = models_report.ratio(rows, candidate, BASELINE) or 1.0
        if r < WIN:
            wins.append(name)
        elif r > 1 / WIN:
            losses.append(name)
    keep = not broken and len(wins) > len(losses) and len(wins) * 2 > timed
    return {
        "wins": wins,
        "losses": losses,
        "broken": broken,
        "timed": timed,
        "unchanged": unchanged,
        "keep": keep,
    }


def render_verdicts(data: Mapping[str, Any]) -> str:
    lines = ["", f"verdicts (win: ratio < {WIN}, loss: > {1 / WIN:.2f}; keep: wins on most, breaks none)"]
    for candidate in data["contenders"]:
        if candidate == BASELINE:
            continue
        v = verdict(data["models"], candidate)
        lines.append(
            f"  {candidate:24} {'KEEP' if v['keep'] else 'drop':5} wins {len(v['wins'])}/{v['timed']} "
            f"changed programs, losses {len(v['losses'])}, unchanged {v['unchanged']}, "
            f"broken {len(v['broken'])} {' '.join(v['broken'])}".rstrip()
        )
    return "\n".join(lines)


def parse_args(argv: Sequence[str] | None) -> argparse.Namespace:
    parser = run_parser(__doc__.splitlines()[0], rounds=2)
    parser.add_argument("--candidates", default=",".join(CANDIDATES), help="which of the built-in candidates")
    parser.add_argument(
        "--candidate",
        action="append",
        default=[],
        metavar="NAME=FLAGS",
        help="another candidate: a name and its iree-compile flags, space-separated (repeatable)",
    )
    return parser.parse_args(argv)


def main(argv: Sequence[str] | None = None) -> int:
    args = parse_args(argv)
    if args.from_json:
        return publish(harness.read_json(args.from_json), args.out_dir, write_json=False)
    groups, names = selected_models(args)
    candidates = {c: CANDIDATES.get(c, ()) for c in args.candidates.split(",") if c}
    unknown = [n for n in names if n not in groups] + [c for c in candidates if c not in CANDIDATES]
    for extra in args.candidate:
        name, _, flags = extra.partition("=")
        if not name or not flags.split() or name == BASELINE:
            unknown.append(f"{extra!r} (want NAME=FLAGS)")
        candidates[name] = tuple(flags.split())
    if unknown:
        print(f"error: unknown models or candidates: {', '.join(unknown)}", file=sys.stderr)
        return 2
    rounds = args.rounds or (1 if args.quick else 2)
    seconds = args.seconds or (0.5 if args.quick else 1.5)
    variants = {BASELINE: ("torch_iree_aot", ()), **{c: ("torch_iree_aot", f) for c, f in candidates.items()}}
    data: dict[str, Any] = {
        "title": f"torch_iree AOT time per call / default flags, {platform.machine()}, best of {rounds}",
        "contenders": list(variants),
        "flags": {label: list(flags) for label, (_, flags) in variants.items()},
        "groups": {n: groups[n] for n in names},
        "models": {},
    }
    with tempfile.TemporaryDirectory(prefix="bench-flags-") as scratch:
        env = {"TORCH_IREE_CACHE_DIR": f"{scratch}/iree"}
        for i, name in enumerate(names):
            print(f"[{i + 1}/{len(names)}] {name}", file=sys.stderr, flush=True)
            data["models"][name] = run_model(name, variants, rounds, seconds, env, log=_stderr)
    return publish(data, args.out_dir, write_json=True)


def publish(data: dict[str, Any], out_dir: Path, write_json: bool) -> int:
    text = models_report.render(data, BASELINE, data.get("title", "")) + "\n" + render_verdicts(data)
    print(text)
    harness.save_results(out_dir, "flags", text, data if write_json else None)
    models_report.plot(data, BASELINE, out_dir / "flags.png")
    # A wrong answer with today's defaults is a bug to report, not a finding about a candidate.
    return 1 if any("wrong" in rows.get(BASELINE, {}) for rows in data["models"].values()) else 0


def _stderr(line: str) -> None:
    print(line, file=sys.stderr, flush=True)


if __name__ == "__main__":
    sys.exit(main())
