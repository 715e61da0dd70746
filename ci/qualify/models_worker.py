"""The model suite for qualification, run inside a side's venv.

    python -m ci.qualify.models_worker --out models.json [--models mlp,resnet]

Every model × variant (static, dynamic) × modality (AOT, torch.compile) is one entry, checked
against eager PyTorch within the model's tolerance. Each model runs in a child process of its
own, so a native crash or a hang costs that model's entries only. Unlike the pytest suite, the
outcome is recorded as it is (a listed known failure is a failure like any other): qualification
compares the two sides, not each side against the registry's expectations.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

MODEL_TIMEOUT_S = 900
MODALITIES = ("aot", "torch.compile")


def run_model(name: str) -> list[dict[str, Any]]:
    """All entries of one model, in this process."""
    import torch_iree_models
    from torch_iree_models import checks

    case = torch_iree_models.MODELS[name]
    rows = []
    for variant in case.variants():
        for modality in MODALITIES:
            started = time.perf_counter()
            try:
                if modality == "aot":
                    checks.check_aot(case, variant, target="llvm-cpu", device="cpu")
                else:
                    checks.check_torch_compile(case, variant)
                status, error = "pass", ""
            except AssertionError as exc:
                status, error = "mismatch", first_line(exc)
            except Exception as exc:  # any failure is this entry's outcome
                status, error = "fail", f"{type(exc).__name__}: {first_line(exc)}"
            entry = f"{name}-{variant}-{modality}"
            rows.append(
                {"name": entry, "status": status, "error": error, "time_s": time.perf_counter() - started}
            )
    return rows


def first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    return (errors or lines or [type(exc).__name__])[0][:300]


def run_all(names: Sequence[str]) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = []
    for index, name in enumerate(names, 1):
        started = time.perf_counter()
        argv = [sys.executable, "-m", "ci.qualify.models_worker", "--model", name]
        try:
            proc = subprocess.run(argv, capture_output=True, text=True, timeout=MODEL_TIMEOUT_S, check=False)
            found = [line for line in proc.stdout.splitlines() if line.startswith("[")]
            if proc.returncode != 0 or not found:
                tail = (proc.stderr.strip().splitlines() or [f"exit {proc.returncode}"])[-1]
                model_rows = _whole_model(name, "crash", f"exit {proc.returncode}: {tail[:250]}")
            else:
                model_rows = json.loads(found[-1])
        except subprocess.TimeoutExpired:
            model_rows = _whole_model(name, "timeout", f"no result within {MODEL_TIMEOUT_S} s")
        rows += model_rows
        passed = sum(r["status"] == "pass" for r in model_rows)
        print(
            f"models {index}/{len(names)} {name}: {passed}/{len(model_rows)} pass "
            f"({time.perf_counter() - started:.0f} s)",
            flush=True,
        )
    return rows


def _whole_model(name: str, status: str, error: str) -> list[dict[str, Any]]:
    # The variants are unknown without the model's process; one entry stands for all of them.
    return [{"name": f"{name}-*", "status": status, "error": error, "time_s": None}]


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m ci.qualify.models_worker", description=__doc__.splitlines()[0]
    )
    parser.add_argument("--model", help="run one model in this process and print its entries")
    parser.add_argument("--models", default="", help="comma-separated (default: the whole suite)")
    parser.add_argument("--out", type=Path, help="write every entry here (JSON)")
    args = parser.parse_args(argv)
    import torch_iree_models

    if args.model:
        if args.model not in torch_iree_models.MODELS:
            parser.error(f"unknown model {args.model!r}")
        print(json.dumps(run_model(args.model)))
        return 0
    names = [n for n in args.models.split(",") if n] or list(torch_iree_models.MODELS)
    unknown = sorted(set(names) - set(torch_iree_models.MODELS))
    if unknown or args.out is None:
        parser.error(f"--out is required; unknown models: {', '.join(unknown) or 'none'}")
    from ci.atomic import atomic_write_text

    atomic_write_text(args.out, json.dumps(run_all(names), indent=1) + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
