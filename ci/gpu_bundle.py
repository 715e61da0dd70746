"""Compile on a CPU builder, check on a GPU runner: a bundle of compiled programs and answers.

GPU runners need not carry the compiler (or network access to fetch it): ``make`` exports and
compiles a few programs for a GPU target here, with their inputs and eager PyTorch's outputs;
``check`` runs them on the runner with nothing but iree-base-runtime, torch and this source
tree, and compares. What it covers: plain and dynamic-shape calls, fp16, DLPack zero copy
with device tensors, and a two-function program with a KV cache held as state, with inline
and with external parameters (an ``.irpa`` archive mapped at load)::

    python -m ci.gpu_bundle make .gpu_bundle --target cuda:sm_89      # here (needs the compiler)
    python -m ci.gpu_bundle check .gpu_bundle --device cuda           # on the GPU runner

``check`` prints a table and exits 1 if any case fails.
"""

from __future__ import annotations

import argparse
import copy
import json
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np
import torch

MANIFEST = "manifest.json"
PROMPT_LENGTH = 8
GENERATED_TOKENS = 32


@dataclass(frozen=True)
class CaseResult:
    name: str
    ok: bool
    detail: str
    output_device: str
    latency_ms: float | None


# ---------------------------------------------------------------------------------------------
# make (builder side)


def _call_cases() -> dict[
    str, tuple[torch.nn.Module, tuple[torch.Tensor, ...], Any, tuple[torch.Tensor, ...]]
]:
    """name → (module, export args, dynamic_shapes, run args)."""
    torch.manual_seed(0)
    mlp = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.GELU(), torch.nn.Linear(128, 32)).eval()
    batch = torch.export.Dim("batch", min=1, max=64)
    half = torch.nn.Linear(64, 64).half().eval()
    return {
        "mlp": (mlp, (torch.randn(8, 64),), None, (torch.randn(8, 64),)),
        "mlp_dynamic_batch": (mlp, (torch.randn(4, 64),), ({0: batch},), (torch.randn(37, 64),)),
        "linear_fp16": (half, (torch.randn(8, 64).half(),), None, (torch.randn(8, 64).half(),)),
    }


def make(out: Path, target: str) -> Path:
    import torch_iree
    from examples.gpt_decoder import TinyGPT, build_program, generate

    out.mkdir(parents=True, exist_ok=True)
    manifest: dict[str, Any] = {"target": target, "cases": []}
    for name, (module, args, dynamic, run_args) in _call_cases().items():
        print(f"make {name}", flush=True)
        torch_iree.export(module, args, dynamic_shapes=dynamic).compile(target, cache=False).save(
            out / f"{name}.vmfb"
        )
        with torch.no_grad():
            expected = module(*run_args)
        arrays: dict[str, Any] = {f"in{i}": _np(t) for i, t in enumerate(run_args)}
        np.savez(out / f"{name}.npz", **arrays, expected=_np(expected))
        tolerance = 1e-2 if expected.dtype == torch.float16 else 1e-4
        manifest["cases"].append({"name": name, "kind": "call", "tolerance": tolerance})
    torch.manual_seed(0)
    model = TinyGPT().eval()
    prompt = torch.randint(0, 96, (1, PROMPT_LENGTH))
    with torch.no_grad():
        reference = copy.deepcopy(model)
        tokens = generate(reference.prefill, reference.decode, prompt, GENERATED_TOKENS)
    for params in ("inline", "external"):
        name = f"gpt_{params}"
        print(f"make {name}", flush=True)
        exported = build_program(model, params).export()
        if params == "external":
            exported.save_parameters(out / f"{name}.irpa")
        exported.compile(target, cache=False).save(out / f"{name}.vmfb")
        np.savez(out / f"{name}.npz", prompt=prompt.numpy(), tokens=np.array(tokens))
        manifest["cases"].append({"name": name, "kind": "generate"})
    (out / MANIFEST).write_text(json.dumps(manifest, indent=1), encoding="utf-8")
    return out


def _np(tensor: torch.Tensor) -> np.ndarray:
    return tensor.detach().cpu().numpy()


# ---------------------------------------------------------------------------------------------
# check (runner side: iree-base-runtime only)


def check(bundle: Path, device: str, repeats: int = 50, host_outputs: bool = False) -> list[CaseResult]:
    manifest = json.loads((bundle / MANIFEST).read_text(encoding="utf-8"))
    results = []
    for case in manifest["cases"]:
        run = _check_call if case["kind"] == "call" else _check_generate
        try:
            results.append(run(bundle, case, device, repeats, host_outputs))
        except Exception as exc:  # one broken case must not hide the others
            results.append(CaseResult(case["name"], False, f"{type(exc).__name__}: {exc}", "-", None))
    return results


def _check_call(
    bundle: Path, case: dict[str, Any], device: str, repeats: int, host_outputs: bool
) -> CaseResult:
    import torch_iree

    name = case["name"]
    data = np.load(bundle / f"{name}.npz")
    loaded = _stage_via_host(torch_iree.load(bundle / f"{name}.vmfb", device=device), host_outputs)
    torch_device = _torch_device(device)
    inputs = [
        torch.from_numpy(data[key]).to(torch_device) for key in sorted(k for k in data if k.startswith("in"))
    ]
    output = loaded(*inputs)
    error = (output.float().cpu() - torch.from_numpy(data["expected"]).float()).abs().max().item()
    ok = error <= case["tolerance"]
    where = f"{output.device} ({loaded.functions['main'].output_transfer})"
    return CaseResult(name, ok, f"max error {error:.2e}", where, _latency(lambda: loaded(*inputs), repeats))


def _check_generate(
    bundle: Path, case: dict[str, Any], device: str, repeats: int, host_outputs: bool
) -> CaseResult:
    import torch_iree
    from examples.gpt_decoder import generate

    name = case["name"]
    data = np.load(bundle / f"{name}.npz")
    archive = bundle / f"{name}.irpa"
    loaded = torch_iree.load(
        bundle / f"{name}.vmfb", device=device, parameters=archive if archive.exists() else None
    )
    loaded = _stage_via_host(loaded, host_outputs)
    prompt = torch.from_numpy(data["prompt"])
    expected = [int(t) for t in data["tokens"]]
    got = generate(loaded.prefill, loaded.decode, prompt, len(expected))
    same = sum(a == b for a, b in zip(got, expected, strict=True))
    output = loaded.prefill(prompt)

    def one_generation() -> Any:
        loaded.reset_state()
        return generate(loaded.prefill, loaded.decode, prompt, len(expected))

    latency = _latency(one_generation, max(1, repeats // 10)) / len(expected)
    where = f"{output.device} ({loaded.functions['prefill'].output_transfer})"
    return CaseResult(name, got == expected, f"{same}/{len(expected)} tokens as eager", where, latency)


def _stage_via_host(loaded: Any, host_outputs: bool) -> Any:
    """For comparison runs: make results cross through host memory, the slowest way."""
    if host_outputs:
        for function in loaded.functions.values():
            function._export_outputs = function._copy_outputs = False
    return loaded


def _torch_device(device: str) -> str:
    name, _, index = device.partition(":")
    return f"cuda:{index or 0}" if name in ("cuda", "hip", "rocm") else "cpu"


def _latency(call: Callable[[], Any], repeats: int) -> float:
    """Median milliseconds per call; each call's outputs are read back so the work is done."""
    for _ in range(3):
        _finish(call())
    times = []
    for _ in range(repeats):
        started = time.perf_counter()
        _finish(call())
        times.append((time.perf_counter() - started) * 1e3)
    return float(np.median(times))


def _finish(value: Any) -> None:
    if isinstance(value, torch.Tensor) and value.is_cuda:
        torch.cuda.synchronize(value.device)


def report(results: Sequence[CaseResult]) -> str:
    rows = [("case", "result", "detail", "outputs on", "median ms")]
    for r in results:
        latency = f"{r.latency_ms:.3f}" if r.latency_ms is not None else "-"
        rows.append((r.name, "ok" if r.ok else "FAIL", r.detail, r.output_device, latency))
    widths = [max(len(row[i]) for row in rows) for i in range(len(rows[0]))]
    return "\n".join(
        "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)) for row in rows
    )


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    commands = parser.add_subparsers(dest="command", required=True)
    make_parser = commands.add_parser("make", help="compile the bundle (needs the IREE compiler)")
    make_parser.add_argument("out", type=Path)
    make_parser.add_argument("--target", default="cuda:sm_89")
    check_parser = commands.add_parser("check", help="run the bundle on a device (runtime only)")
    check_parser.add_argument("bundle", type=Path)
    check_parser.add_argument("--device", default="cuda")
    check_parser.add_argument("--report", type=Path, help="also write the results as JSON here")
    check_parser.add_argument(
        "--host-outputs", action="store_true", help="stage results via the host (to compare)"
    )
    args = parser.parse_args(argv)
    if args.command == "make":
        print(make(args.out, args.target))
        return 0
    results = check(args.bundle, args.device, host_outputs=args.host_outputs)
    print(report(results))
    if args.report:
        args.report.write_text(json.dumps([r.__dict__ for r in results], indent=1), encoding="utf-8")
    return 0 if all(r.ok for r in results) else 1


if __name__ == "__main__":
    sys.exit(main())
