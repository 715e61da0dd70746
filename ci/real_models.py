"""The real-model suite: transformers architectures through every entry point, beside inductor.

    python -m ci.real_models run                        # all models → docs/real-models.{json,md,png}
    python -m ci.real_models run --models gpt2,bert --paths aot,dynamo
    python -m ci.real_models report                     # table and plot again from the JSON

Each model runs in a process of its own (a crash or a hang stays with its model; ``--timeout``
per model), eager first, then each path: ``aot`` (``torch_iree.compile(model, (), kwargs)``),
``dynamo`` (``torch.compile(model, backend="iree")``, fallbacks refused) and ``inductor``
(``torch.compile(model)``). A path passes when it returns eager's structure (the same
``ModelOutput`` class, caches included) with every tensor within the model's tolerance.
Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
import traceback
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from ci.atomic import atomic_write_text

ROOT = Path(__file__).resolve().parents[1]
DOCS = ROOT / "docs"
PATHS = ("aot", "dynamo", "inductor")
TIMEOUT_S = 900


# ------------------------------------------------------------------------------ child side
def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return f"{type(exc).__module__}.{type(exc).__name__}: {text.splitlines()[0] if text else ''}"[:400]


def _run_path(path: str, model: Any, kwargs: dict[str, Any]) -> Any:
    import torch

    import torch_iree

    torch._dynamo.reset()
    if path == "aot":
        return torch_iree.compile(model, (), kwargs)(**kwargs)
    if path == "dynamo":
        backend = torch_iree.dynamo.Backend(on_unsupported="raise")
        return torch.compile(model, backend=backend)(**kwargs)
    if path == "inductor":
        return torch.compile(model)(**kwargs)
    raise ValueError(f"unknown path {path!r}")


def child(name: str, paths: list[str], width: str = "small") -> None:
    """Run one model through ``paths``; one JSON line per path on stdout."""
    import warnings

    import torch

    from torch_iree_models.transformers_suite import at_width, compare_outputs

    warnings.simplefilter("ignore")
    torch.set_num_threads(1)
    case = at_width(name, width)
    model = case.module()
    with torch.no_grad():
        want = model(**case.kwargs())
    for path in paths:
        start = time.perf_counter()
        row: dict[str, Any] = {"model": name, "path": path}
        try:
            with torch.no_grad():
                got = _run_path(path, model, case.kwargs())
            row["status"], row["error"], row["max_abs"] = compare_outputs(got, want, case.tolerance)
        except Exception as exc:  # every failure is a result here
            row["status"], row["error"] = "fail", _first_line(exc)
            row["traceback"] = traceback.format_exc()[-2000:]
        row["seconds"] = round(time.perf_counter() - start, 2)
        print(json.dumps(row), flush=True)


# ------------------------------------------------------------------------------ parent side
def run(
    models: list[str],
    paths: list[str],
    out: Path,
    timeout_s: float,
    keep: Sequence[dict[str, Any]] = (),
    width: str = "small",
) -> list[dict[str, Any]]:
    """Run ``models``; ``keep``: rows of an earlier run to keep for every other model."""
    from torch_iree_models.transformers_suite import REAL_MODELS

    rows: list[dict[str, Any]] = [r for r in keep if r["model"] not in models and r["model"] in REAL_MODELS]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}
    for number, name in enumerate(models, 1):
        start = time.perf_counter()
        command = [sys.executable, "-m", "ci.real_models", "child", name, "--paths", ",".join(paths)]
        command += ["--width", width]
        try:
            done = subprocess.run(
                command, cwd=ROOT, env=env, capture_output=True, text=True, timeout=timeout_s
            )
            lines = [json.loads(line) for line in done.stdout.splitlines() if line.startswith("{")]
            why = (
                ""
                if done.returncode == 0
                else f"the model's process exited {done.returncode}: "
                + (done.stderr.strip().splitlines() or [""])[-1][:300]
            )
        except subprocess.TimeoutExpired:
            lines, why = [], f"timed out after {timeout_s:.0f} s"
        seen = {line["path"] for line in lines}
        lines += [{"model": name, "path": p, "status": "fail", "error": why} for p in paths if p not in seen]
        for line in lines:
            line["family"] = REAL_MODELS[name].family
        rows += lines
        verdicts = " ".join(f"{line['path']}={line['status']}" for line in lines)
        print(
            f"[{number}/{len(models)}] {name}: {verdicts} ({time.perf_counter() - start:.0f} s)",
            file=sys.stderr,
        )
        atomic_write_text(out, json.dumps({"width": width, "rows": rows}, indent=1) + "\n")  # survives a stop
    return rows


_WIDTHS = {
    "small": "every model at a small width (hidden 64, two layers, vocabulary 1000); batch 1, 8 tokens",
    "real": "published sizes of one checkpoint per architecture, two layers deep (`REAL_WIDTHS`); batch 1, 8 tokens",
}


def report(rows: list[dict[str, Any]], out_md: Path, out_png: Path | None, width: str = "small") -> str:
    """The pass table (markdown) and a bar plot of pass rates per family and path."""
    paths = [p for p in PATHS if any(r["path"] == p for r in rows)]
    models = list(dict.fromkeys(r["model"] for r in rows))
    by = {(r["model"], r["path"]): r for r in rows}
    lines = [
        "# Real models: transformers architectures through every entry point",
        "",
        "Generated by `python -m ci.real_models run` (`nox -s real-models`); each model built from",
        "its transformers configuration (`torch_iree_models/transformers_suite.py`), called with",
        "keyword inputs, compared with eager PyTorch (structure and every tensor).",
        f"Sizes: {_WIDTHS[width]}.",
        "",
        "| path | pass | of |",
        "|---|---:|---:|",
    ]
    for path in paths:
        passed = sum(1 for m in models if by.get((m, path), {}).get("status") == "pass")
        lines.append(f"| {path} | {passed} | {len(models)} ({100 * passed / max(len(models), 1):.0f}%) |")
    lines += ["", "| model | family | " + " | ".join(paths) + " |", "|---|---|" + "---|" * len(paths)]
    for model in models:
        family = next(r["family"] for r in rows if r["model"] == model)
        cells = [_cell(by.get((model, path))) for path in paths]
        lines.append(f"| {model} | {family} | " + " | ".join(cells) + " |")
    failures = [r for r in rows if r.get("status") != "pass"]
    if failures:
        lines += ["", "## What fails", "", "| model | path | error |", "|---|---|---|"]
        for r in failures:
            error = str(r.get("error", "")).replace("|", "\\|").replace("\n", " ")[:300]
            lines.append(f"| {r['model']} | {r['path']} | {error} |")
    text = "\n".join(lines) + "\n"
    atomic_write_text(out_md, text)
    if out_png is not None:
        _plot(rows, paths, out_png)
    return text


def _cell(row: dict[str, Any] | None) -> str:
    if row is None:
        return "–"
    return {"pass": "pass", "mismatch": "**wrong**", "fail": "fail"}.get(row["status"], row["status"])


def _plot(rows: list[dict[str, Any]], paths: list[str], out: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    families = list(dict.fromkeys(r["family"] for r in rows))
    fig, ax = plt.subplots(figsize=(8, 3.5))
    width = 0.8 / max(len(paths), 1)
    for i, path in enumerate(paths):
        rates = []
        for family in families:
            mine = [r for r in rows if r["family"] == family and r["path"] == path]
            rates.append(100 * sum(r["status"] == "pass" for r in mine) / max(len(mine), 1))
        ax.bar([f + i * width for f in range(len(families))], rates, width, label=path)
    ax.set_xticks([f + width * (len(paths) - 1) / 2 for f in range(len(families))], families)
    ax.set_ylabel("models passing (%)")
    ax.set_ylim(0, 105)
    ax.legend(loc="lower right")
    ax.set_title("transformers architectures vs eager PyTorch")
    fig.tight_layout()
    fig.savefig(out, dpi=110)
    plt.close(fig)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.real_models", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    for name in ("run", "report"):
        sub = commands.add_parser(name)
        sub.add_argument("--json", type=Path, default=DOCS / "real-models.json")
        sub.add_argument("--md", type=Path, default=DOCS / "real-models.md")
        sub.add_argument("--png", type=Path, default=DOCS / "real-models.png")
        if name == "run":
            sub.add_argument("--models", default="", help="comma-separated names (default: all)")
            sub.add_argument("--paths", default=",".join(PATHS))
            sub.add_argument("--timeout", type=float, default=TIMEOUT_S, help="seconds per model")
            sub.add_argument("--update", action="store_true", help="keep the JSON's rows for other models")
            sub.add_argument(
                "--width",
                choices=("small", "real"),
                default="small",
                help="real: the models with published sizes (REAL_WIDTHS), two layers deep",
            )
    one = commands.add_parser("child")
    one.add_argument("name")
    one.add_argument("--paths", default=",".join(PATHS))
    one.add_argument("--width", choices=("small", "real"), default="small")
    args = parser.parse_args(argv)
    if args.command == "child":
        child(args.name, args.paths.split(","), args.width)
        return 0
    if args.command == "run":
        from torch_iree_models.transformers_suite import REAL_MODELS, REAL_WIDTHS

        every = list(REAL_WIDTHS) if args.width == "real" else list(REAL_MODELS)
        models = [m for m in args.models.split(",") if m] or every
        unknown = [m for m in models if m not in every]
        paths = [p for p in args.paths.split(",") if p]
        if unknown or not set(paths) <= set(PATHS):
            parser.error(f"unknown models {unknown} or paths {paths}; paths are {', '.join(PATHS)}")
        keep = (
            json.loads(args.json.read_text(encoding="utf-8"))["rows"]
            if args.update and args.json.is_file()
            else []
        )
        rows = run(models, paths, args.json, args.timeout, keep, args.width)
        width = args.width
    else:
        saved = json.loads(args.json.read_text(encoding="utf-8"))
        rows, width = saved["rows"], saved.get("width", "small")
    print(report(rows, args.md, args.png, width))
    return 0


if __name__ == "__main__":
    sys.exit(main())
