"""Exporting with external vs inline parameters: wall time and peak memory of export, archive
write and compile, for torch_iree ``params="external"``, ``params="inline"`` and iree-turbine.

Two models: the decoder of examples/gpt_decoder.py (prefill + decode through ``build_program``)
and a stack of ``nn.Linear(4096, 4096)`` layers with about 1 GB of fp32 weights. Every
(model, configuration, round) runs in a fresh process, so each peak is its own; each checks that
the compiled program reproduces eager's output, so a broken path cannot pass as a fast one.

    python benchmarks/bench_params.py              # or: nox -s bench-params
    python benchmarks/bench_params.py --quick      # one round, a 2-layer stack: a smoke check
    python benchmarks/bench_params.py --from-json benchmarks/results/params.json   # table + plot again

Memory (params_probe.py): the Python process's high-water mark (VmHWM) is reset at the start of
every phase (``echo 5 > /proc/self/clear_refs``), so each phase reports its own peak. The
compiler, which torch_iree runs as a child process (iree-compile), is measured by a sampler
thread (``harness.TreeSampler``) that reads the child's own peak and adds up both processes' RSS
for the combined peak. (RUSAGE_CHILDREN cannot measure the compiler: a child inherits its
parent's high-water mark when it execs, so it reports the Python process's size whenever that
is the larger.)

The models and configurations are in params_cases.py, the tables in params_report.py, the plot
in params_plot.py. Results: a table on stdout, benchmarks/results/params.{json,txt,png}.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from dataclasses import asdict, dataclass
from pathlib import Path
from typing import Any

import harness
import params_cases
from params_plot import plot
from params_probe import ChildResult, Probe, instrument, progress
from params_report import fastest, one_line, ratios, report, summarize

RESULTS = Path(__file__).parent / "results"
CONFIGS = ("external", "turbine", "inline")  # inline last: the slowest and the largest
MODELS = ("gpt", "linear")


@dataclass(frozen=True)
class Options:
    models: tuple[str, ...] = MODELS
    configs: tuple[str, ...] = CONFIGS
    layers: int = 16  # of the linear stack: 16 x 4096 x 4096 fp32 = 1.07 GB
    # params="external" alone on stacks of these depths too: does the memory above the model
    # grow with W (a copy of the weights somewhere) or stay put (a fixed cost)?
    scaling_layers: tuple[int, ...] = (4, 32)
    rounds: int = 3  # each configuration runs this many times; the fastest round is reported
    width: int = 4096
    timeout_s: float = 900.0  # per configuration; a slower one is recorded as timed out
    results: Path = RESULTS


# ------------------------------------------------------------------------------ child side
def child_main(model: str, config: str, options: Options, out: Path) -> int:
    """One configuration of one model, its result written to ``out`` after every phase."""
    result = ChildResult(model, config)
    probe = Probe(result, out)
    try:
        with probe.phase("imports"):  # the interpreter, torch and IREE: the floor under every peak
            import iree.compiler.extras.fx_importer
            import iree.runtime
            import torch

            import torch_iree  # noqa: F401

            if config == "turbine":
                import iree.turbine.aot  # noqa: F401
        instrument(probe)
        with probe.phase("build model"):
            if model == "gpt":
                case = params_cases.gpt_case()
            else:
                case = params_cases.linear_case(options.layers, options.width)
        result.weight_bytes = case.weight_bytes
        with tempfile.TemporaryDirectory(prefix="bench-params-") as workdir, torch.no_grad():
            if config == "turbine":
                params_cases.run_turbine(case, probe, Path(workdir))
            else:
                params_cases.run_torch_iree(case, config, probe, Path(workdir))
    except Exception as exc:  # recorded, and the run goes on with the next configuration
        result.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
        progress(f"{model}/{config}: FAILED {result.error}")
    probe.save()
    return 0


# ----------------------------------------------------------------------------- parent side
def run_child(model: str, config: str, options: Options, layers: int | None = None) -> dict[str, Any]:
    """One configuration in a fresh process; its partial result survives a timeout."""
    args = [model, config, "--layers", str(layers or options.layers), "--width", str(options.width)]
    run = harness.run_child(__file__, args, timeout_s=options.timeout_s)
    row = {**run.result, "model": model, "config": config, "wall_s": run.wall_s}
    if run.timed_out:
        row.update(error=run.error, timed_out=True)
    elif run.error and not row.get("error"):
        row["error"] = run.error
    row["summary"] = summarize(row)
    return row


def run_all(options: Options) -> dict[str, Any]:
    configs = [c for c in options.configs if c != "turbine" or harness.module_available("iree.turbine.aot")]
    results: dict[str, Any] = {
        "options": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(options).items()},
        "models": {},
        "skipped": [c for c in options.configs if c not in configs],
    }
    for model in options.models:

        def one(config: str, round_: int, model: str = model) -> dict[str, Any]:
            row = run_child(model, config, options)
            print(f"== {model}/{config} round {round_ + 1}: {one_line(row)}", flush=True)
            return row

        runs = harness.interleaved_rounds(configs, options.rounds, one)
        rows = {config: fastest(found) for config, found in runs.items()}
        results["models"][model] = {"rows": rows, "ratios": ratios(rows)}
    main_row = results["models"].get("linear", {}).get("rows", {}).get("external")
    results["scaling"] = run_scaling(options, main_row) if main_row else []
    return results


def run_scaling(options: Options, main_row: dict[str, Any]) -> list[dict[str, Any]]:
    """params="external" on linear stacks of several depths (the main run's row reused)."""
    rows = []
    for layers in sorted({*options.scaling_layers, options.layers}):
        if layers == options.layers:
            row = main_row
        else:
            row = run_child("linear", "external", options, layers=layers)
            print(f"== linear x{layers}/external: {one_line(row)}", flush=True)
        rows.append({"layers": layers, **row})
    return rows


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 2-layer stack instead of 16")
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--layers", type=int, default=None)
    parser.add_argument("--width", type=int, default=Options.width)
    parser.add_argument(
        "--rounds", type=int, default=None, help="runs per configuration (default 3, --quick 1)"
    )
    parser.add_argument("--timeout", type=float, default=Options.timeout_s, help="seconds per configuration")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument(
        "--from-json", type=Path, help="redo the table and plot of an earlier run's params.json"
    )
    parser.add_argument("--child", nargs=2, metavar=("MODEL", "CONFIG"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    options = Options(
        models=tuple(args.models.split(",")),
        configs=tuple(args.configs.split(",")),
        layers=args.layers or (2 if args.quick else Options.layers),
        width=args.width,
        timeout_s=args.timeout,
        rounds=args.rounds or (1 if args.quick else Options.rounds),
        scaling_layers=() if args.quick else Options.scaling_layers,
        results=args.results,
    )
    if args.child:
        return child_main(*args.child, options, args.out)
    results = json.loads(args.from_json.read_text()) if args.from_json else run_all(options)
    text = report(results)
    print(text)
    harness.save_results(options.results, "params", text, None if args.from_json else results)
    plot(results, options.results / "params.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
