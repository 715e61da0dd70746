"""The coverage report: every model of the suite × every compile target (``nox -s coverage``).

For each model (static shapes) and target it records the status, the largest absolute error
against eager PyTorch, the compile time, and for targets with a device here the run time of the
compiled program against eager. It writes ``docs/coverage.md`` (the table), ``docs/coverage.json``
(the raw numbers) and ``docs/coverage.png`` (the run-time ratios).

Timing follows the repository's rules for a small, shared machine (shared/DESIGN.md):
each contender runs in its own process, one after the other, never alongside another;
torch uses one thread (``torch.set_num_threads(1)``) and IREE the ``local-sync`` device (it runs
on the calling thread), so neither fights the other for the cores; every contender is warmed
up and timed as the median over many calls. GPU targets are compiled only, unless a device
for them is present.

    python -m ci.coverage [--models mlp,resnet] [--targets llvm-cpu,cuda:sm_80] [--out docs]
"""

from __future__ import annotations

import argparse
import functools
import json
import math
import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from ci.paths import REPO_ROOT

DOCS_DIR = REPO_ROOT / "docs"
DEFAULT_TARGETS = ("llvm-cpu", "cuda:sm_80", "rocm:gfx942", "vulkan-spirv")
RUN_DEVICES = {"llvm-cpu": "local-sync"}  # targets timed here, and the device they run on
WARMUP_CALLS = 5
SAMPLES = 31
SAMPLE_MIN_S = 0.002  # each sample times enough calls to last this long (timer resolution)
WORKER_TIMEOUT_S = 900


@dataclass(frozen=True)
class CoverageOptions:
    models: tuple[str, ...] = ()  # empty: every model of the registry
    targets: tuple[str, ...] = DEFAULT_TARGETS
    out: Path = DOCS_DIR
    plot: bool = True
    samples: int = SAMPLES  # timing samples per contender (fewer: a quicker, noisier run)


@dataclass
class Cell:
    """One model on one target."""

    model: str
    target: str
    status: str  # pass, mismatch, compiles (no device to run), known failure, compile error, ...
    detail: str = ""
    max_abs_error: float | None = None
    compile_s: float | None = None
    run_s: float | None = None  # median per call
    eager_s: float | None = None  # median per call, measured in its own process
    tolerance: dict[str, float] = field(default_factory=dict)

    @property
    def ratio(self) -> float | None:
        """IREE run time / eager run time (below 1: IREE is faster)."""
        if self.run_s is None or not self.eager_s:
            return None
        return self.run_s / self.eager_s


# --------------------------------------------------------------------------------------------
# Workers: run in their own processes (python -m ci.coverage worker ...), print one JSON line.


def time_calls(fn: Callable[[], Any], warmup: int = WARMUP_CALLS, samples: int = SAMPLES) -> float:
    """Median seconds per call of ``fn`` after ``warmup`` calls; each sample batches calls so it
    lasts at least SAMPLE_MIN_S."""
    for _ in range(warmup):
        fn()
    start = time.perf_counter()
    fn()
    single = max(time.perf_counter() - start, 1e-7)
    per_sample = max(1, math.ceil(SAMPLE_MIN_S / single))
    times = []
    for _ in range(samples):
        start = time.perf_counter()
        for _ in range(per_sample):
            fn()
        times.append((time.perf_counter() - start) / per_sample)
    return statistics.median(times)


def _worker_setup() -> Any:
    import torch

    torch.set_num_threads(1)
    torch.set_num_interop_threads(1)
    import torch_iree_models

    return torch_iree_models


def eager_worker(model: str, samples: int = SAMPLES) -> dict[str, Any]:
    import torch

    zoo = _worker_setup()
    case = zoo.MODELS[model]
    module, args = case.module(), case.inputs()
    with torch.no_grad():
        seconds = time_calls(lambda: module(*args), samples=samples)
    return {"model": model, "eager_s": seconds}


def iree_worker(model: str, targets: Sequence[str], samples: int = SAMPLES) -> list[dict[str, Any]]:
    import torch

    import torch_iree

    zoo = _worker_setup()
    case = zoo.MODELS[model]
    module, args = case.module(), case.inputs()
    tolerance = {"atol": case.tolerance.atol, "rtol": case.tolerance.rtol}
    cells = []
    try:
        exported = torch_iree.export(module, args)
    except torch_iree.TorchIreeError as exc:
        return [
            asdict(Cell(model, t, "export error", _first_line(exc), tolerance=tolerance)) for t in targets
        ]
    with torch.no_grad():
        want = module(*args)
    for target in targets:
        cell = Cell(model, target, "compile error", tolerance=tolerance)
        known = case.known_failure(target)
        start = time.perf_counter()
        try:
            compiled = exported.compile(target=target)
        except torch_iree.TorchIreeError as exc:
            cell.compile_s = time.perf_counter() - start
            cell.status, cell.detail = (
                ("known failure", known.reason)
                if known and known.matches(exc)
                else ("compile error", _first_line(exc))
            )
            cells.append(asdict(cell))
            continue
        cell.compile_s = time.perf_counter() - start
        device = RUN_DEVICES.get(target.partition(":")[0])
        if device is None:
            cell.status, cell.detail = "compiles", "no device here to run it"
            cells.append(asdict(cell))
            continue
        try:
            run = torch_iree.load(compiled, device=device)
            got = run(*args)
            cell.max_abs_error = zoo.max_abs_error(got, want)
            zoo.assert_outputs_match(got, want, case.tolerance)
            cell.status = "pass"
        except AssertionError as exc:
            cell.status, cell.detail = "mismatch", _first_line(exc)
        except torch_iree.TorchIreeError as exc:
            cell.status, cell.detail = "runtime error", _first_line(exc)
            cells.append(asdict(cell))
            continue
        if known:
            cell.detail = f"listed as a known failure, but works: {known}"
        cell.run_s = time_calls(functools.partial(run, *args), samples=samples)
        cells.append(asdict(cell))
    return cells


def _first_line(exc: BaseException) -> str:
    ops = getattr(exc, "ops", None)  # UnsupportedOpError: the ops are the message
    if ops:
        return "cannot lower " + ", ".join(sorted({op.op for op in ops}))
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    return (errors or lines or [type(exc).__name__])[0][:200]


# --------------------------------------------------------------------------------------------
# The parent: one worker process at a time, then the report.


def _run_worker(args: Sequence[str]) -> Any:
    # No compile cache: compile times are what the report measures.
    env = {**os.environ, "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1", "TORCH_IREE_CACHE": "0"}
    proc = subprocess.run(
        [sys.executable, "-m", "ci.coverage", "worker", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env=env,
        timeout=WORKER_TIMEOUT_S,
        check=False,
    )
    lines = [line for line in proc.stdout.splitlines() if line.startswith(("{", "["))]
    if proc.returncode != 0 or not lines:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-5:]
        raise RuntimeError(f"worker {' '.join(args)} failed (exit {proc.returncode}): {' | '.join(tail)}")
    return json.loads(lines[-1])


def collect(options: CoverageOptions, log: Callable[[str], None] = print) -> list[Cell]:
    import torch_iree_models as zoo

    models = options.models or tuple(zoo.MODELS)
    cells: list[Cell] = []
    samples = ["--samples", str(options.samples)]
    for model in models:
        started = time.perf_counter()
        try:
            eager_s = _run_worker(["--contender", "eager", "--model", model, *samples])["eager_s"]
            rows = _run_worker(
                ["--contender", "iree", "--model", model, "--targets", ",".join(options.targets), *samples]
            )
        except (RuntimeError, subprocess.TimeoutExpired) as exc:
            cells += [Cell(model, t, "worker error", str(exc)[:200]) for t in options.targets]
            log(f"{model}: worker error: {exc}")
            continue
        for row in rows:
            cell = Cell(**row)
            cell.eager_s = eager_s
            cells.append(cell)
        summary = ", ".join(f"{c.target} {c.status}" for c in cells if c.model == model)
        log(f"{model}: {summary} ({time.perf_counter() - started:.0f} s)")
    return cells


def _cell_text(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _fmt(value: float | None, spec: str, unit: str = "") -> str:
    return "–" if value is None else f"{value:{spec}}{unit}"


def _machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {os.cpu_count()} cores, {platform.system()} {platform.machine()}"


def _versions() -> dict[str, str]:
    from importlib import metadata

    versions = {}
    for dist in ("torch", "iree-base-compiler", "iree-base-runtime", "torch-iree"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions


def render_markdown(
    cells: Sequence[Cell], targets: Sequence[str], versions: dict[str, str], machine: str
) -> str:
    models = list(dict.fromkeys(c.model for c in cells))
    by_key = {(c.model, c.target): c for c in cells}
    lines = [
        "# Model coverage",
        "",
        "Generated by `nox -s coverage` (`python -m ci.coverage`); do not edit by hand.",
        "Every model of the suite (`torch_iree_models`, static shapes, the registry's example",
        "inputs) through `torch_iree.export` → `compile(target)`; on targets with a device here the",
        "program runs and is compared with eager PyTorch, whose tolerance is the model's own.",
        "",
        f"- versions: {', '.join(f'{k} {v}' for k, v in sorted(versions.items()))}",
        f"- machine: {machine}",
        "- run time: median per call after warm-up, each contender in its own process, one at a time;",
        "  torch with 1 thread, IREE on the `local-sync` device (the calling thread). **ratio** = IREE /",
        "  eager (below 1: the compiled program is faster). One run: on a machine shared with other",
        "  jobs, ratios move between runs (on the 2-core machine this was made on, by up to ~2× for",
        "  some models); rerun `nox -s coverage` on a quiet machine before drawing conclusions.",
        "- GPU targets are compiled only here (no device): the status says whether the compiler",
        "  accepts the model for that architecture. See `docs/coverage.png` for the ratios.",
        "",
    ]
    summary = []
    for target in targets:
        row = [by_key[(m, target)] for m in models if (m, target) in by_key]
        compiled = sum(c.status in ("pass", "mismatch", "runtime error", "compiles") for c in row)
        ran = [c for c in row if c.status in ("pass", "mismatch", "runtime error")]
        passed = sum(c.status == "pass" for c in row)
        runs = f"{passed}/{len(row)} run and match eager" if ran else "none run (no device here)"
        summary.append(f"`{target}`: {compiled}/{len(row)} compile, {runs}")
    lines += ["Compiled and run, per target (compiling is not working: only a run compares results):", ""]
    lines += [f"- {line}" for line in summary] + [""]
    run_targets = [t for t in targets if t.partition(":")[0] in RUN_DEVICES]
    for target in run_targets:
        lines += [
            f"## `{target}` (run on `{RUN_DEVICES[target.partition(':')[0]]}`)",
            "",
            "| model | status | max abs error | tolerance (atol) | compile | IREE run | eager run | ratio |",
            "|---|---|---:|---:|---:|---:|---:|---:|",
        ]
        for model in models:
            c = by_key.get((model, target))
            if c is None:
                continue
            status = c.status if not c.detail or c.status == "known failure" else f"{c.status}: {c.detail}"
            status = _cell_text(status)
            lines.append(
                f"| {model} | {status} | {_fmt(c.max_abs_error, '.1e')} | {c.tolerance.get('atol', '–')} "
                f"| {_fmt(c.compile_s, '.1f', ' s')} | {_fmt(None if c.run_s is None else c.run_s * 1e3, '.3f', ' ms')} "
                f"| {_fmt(None if c.eager_s is None else c.eager_s * 1e3, '.3f', ' ms')} | {_fmt(c.ratio, '.2f')} |"
            )
        lines.append("")
    compile_targets = [t for t in targets if t not in run_targets]
    if compile_targets:
        lines += ["## Compile only", "", "| model | " + " | ".join(f"`{t}`" for t in compile_targets) + " |"]
        lines.append("|---|" + "---|" * len(compile_targets))
        for model in models:
            texts = []
            for target in compile_targets:
                c = by_key.get((model, target))
                if c is None:
                    texts.append("–")
                elif c.status == "compiles":
                    texts.append(f"compiles ({_fmt(c.compile_s, '.1f', ' s')})")
                elif c.status == "known failure":
                    texts.append(c.status)
                else:
                    texts.append(_cell_text(f"{c.status}: {c.detail}" if c.detail else c.status))
            lines.append(f"| {model} | " + " | ".join(texts) + " |")
        lines.append("")
    known: dict[str, list[str]] = {}
    for c in cells:
        if c.status == "known failure":
            known.setdefault(c.detail, []).append(f"{c.model} on `{c.target}`")
    if known:
        lines += ["## Known failures (`known_failures` in the registry)", ""]
        lines += [f"- {', '.join(where)}: {reason}" for reason, where in known.items()]
        lines.append("")
    return "\n".join(lines).rstrip("\n") + "\n"


def render_plot(cells: Sequence[Cell], path: Path) -> bool:
    """A bar chart of IREE / eager run-time ratios (log scale); False when nothing was timed."""
    timed = [c for c in cells if c.ratio is not None]
    if not timed:
        return False
    import matplotlib

    matplotlib.use("Agg")  # no display; also makes the PNG independent of the environment
    import matplotlib.pyplot as plt

    timed.sort(key=lambda c: c.ratio or 0)
    fig, ax = plt.subplots(figsize=(8, 0.35 * len(timed) + 1.6), dpi=100)
    labels = [c.model if len({x.target for x in timed}) == 1 else f"{c.model} ({c.target})" for c in timed]
    ratios = [c.ratio or 0 for c in timed]
    colors = ["#2a9d8f" if r < 1 else "#e76f51" for r in ratios]
    # Bars grow from 1 (parity): left for faster than eager, right for slower.
    ax.barh(labels, [r - 1 for r in ratios], left=1, color=colors)
    ax.axvline(1.0, color="black", linewidth=1)
    ax.set_xscale("log")
    low, high = min(min(ratios), 1) / 1.5, max(max(ratios), 1) * 1.5
    ax.set_xlim(low, high)
    from matplotlib.ticker import FixedLocator, FuncFormatter, NullFormatter

    ticks = [t for t in (0.05, 0.1, 0.2, 0.5, 1, 2, 5, 10, 20) if low <= t <= high]
    ax.xaxis.set_major_locator(FixedLocator(ticks))
    ax.xaxis.set_major_formatter(FuncFormatter(lambda value, _: f"{value:g}×"))
    ax.xaxis.set_minor_formatter(NullFormatter())
    ax.set_xlabel("IREE run time / eager PyTorch run time (log scale; < 1: IREE faster)")
    ax.set_title("torch-iree: run time vs eager (median per call, 1 thread each)")
    for y, ratio in enumerate(ratios):
        ax.text(ratio, y, f" {ratio:.2f}×", va="center", fontsize=8)
    ax.margins(x=0.15)
    fig.tight_layout()
    fig.savefig(path, metadata={"Software": None})  # no version stamp: the PNG changes only with the data
    plt.close(fig)
    return True


def read_cells(path: Path) -> tuple[list[Cell], dict[str, str], str]:
    """The cells, versions and machine of a coverage.json (to re-render without re-measuring)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    cells = [Cell(**{k: v for k, v in c.items() if k != "ratio"}) for c in data["cells"]]
    return cells, data["versions"], data["machine"]


def write_report(
    cells: Sequence[Cell],
    options: CoverageOptions,
    versions: dict[str, str] | None = None,
    machine: str | None = None,
) -> list[Path]:
    from ci.atomic import atomic_write_text

    options.out.mkdir(parents=True, exist_ok=True)
    versions, machine = versions or _versions(), machine or _machine()
    md = options.out / "coverage.md"
    atomic_write_text(md, render_markdown(cells, options.targets, versions, machine))
    raw = options.out / "coverage.json"
    data = {
        "versions": versions,
        "machine": machine,
        "cells": [asdict(c) | {"ratio": c.ratio} for c in cells],
    }
    atomic_write_text(raw, json.dumps(data, indent=1, sort_keys=True) + "\n")
    written = [md, raw]
    if options.plot and render_plot(cells, options.out / "coverage.png"):
        written.append(options.out / "coverage.png")
    return written


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv[:1] == ["worker"]:
        worker = argparse.ArgumentParser(prog="python -m ci.coverage worker")
        worker.add_argument("--contender", choices=("eager", "iree"), required=True)
        worker.add_argument("--model", required=True)
        worker.add_argument("--targets", default=",".join(DEFAULT_TARGETS))
        worker.add_argument("--samples", type=int, default=SAMPLES)
        args = worker.parse_args(argv[1:])
        if args.contender == "eager":
            print(json.dumps(eager_worker(args.model, args.samples)))
        else:
            print(json.dumps(iree_worker(args.model, args.targets.split(","), args.samples)))
        return 0
    parser = argparse.ArgumentParser(prog="python -m ci.coverage", description=__doc__.splitlines()[0])
    parser.add_argument("--models", default="", help="comma-separated model names (default: all)")
    parser.add_argument("--targets", default=",".join(DEFAULT_TARGETS))
    parser.add_argument("--out", type=Path, default=DOCS_DIR)
    parser.add_argument("--no-plot", action="store_true")
    parser.add_argument("--samples", type=int, default=SAMPLES, help=f"timing samples (default {SAMPLES})")
    parser.add_argument(
        "--from-json", type=Path, help="re-render the report from a coverage.json, measuring nothing"
    )
    args = parser.parse_args(argv)
    options = CoverageOptions(
        models=tuple(m for m in args.models.split(",") if m),
        targets=tuple(t for t in args.targets.split(",") if t),
        out=args.out,
        plot=not args.no_plot,
        samples=args.samples,
    )
    if args.samples < 1:
        parser.error("--samples must be at least 1")
    if args.from_json:
        cells, versions, machine = read_cells(args.from_json)
        targets = tuple(dict.fromkeys(c.target for c in cells))
        options = CoverageOptions(targets=targets, out=options.out, plot=options.plot)
        for path in write_report(cells, options, versions, machine):
            print(f"wrote {path}")
        return 0
    import torch_iree_models

    unknown = sorted(set(options.models) - set(torch_iree_models.MODELS))
    if unknown:
        print(f"error: unknown models {', '.join(unknown)}", file=sys.stderr)
        return 2
    cells = collect(options)
    for path in write_report(cells, options):
        print(f"wrote {path}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
