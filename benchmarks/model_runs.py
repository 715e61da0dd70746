"""One model through one contender, in the child process of ``bench_models.py``/``bench_flags.py``.

A contender is how the model runs: eager PyTorch, ``torch.compile`` with inductor, torch-iree
ahead of time (``torch_iree.compile``), torch-iree under ``torch.compile(backend="iree")``, or
iree-turbine's ``torch.compile`` backend. The child builds the model from the suite's registry
(seeded weights), compiles it, checks the first result against eager PyTorch within the model's
tolerance (a fast wrong answer is reported as wrong, not as fast), then times calls for a fixed
time budget and reports the median.

Thread counts are explicit and equal for everyone: torch uses every core, and so do IREE's
local-task workers (their default); local-sync programs run on the calling thread.
"""

from __future__ import annotations

import os
import statistics
import sys
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # torch_iree_models at the root

CONTENDERS = ("eager", "inductor", "torch_iree_aot", "torch_iree_dynamo", "iree_turbine")
TORCH_IREE = ("torch_iree_aot", "torch_iree_dynamo")
MIN_CALLS, MAX_CALLS = 5, 5000


def find_case(name: str) -> Any:
    from torch_iree_models import LARGE_MODELS, MODELS

    cases = {**MODELS, **LARGE_MODELS}
    if name not in cases:
        raise SystemExit(f"error: unknown model {name!r}; known: {', '.join(cases)}")
    return cases[name]


def build_contender(
    contender: str, model: Any, args: tuple[Any, ...], flags: tuple[str, ...], facts: dict[str, Any]
) -> Any:
    """The callable ``contender`` makes of ``model``; what it learns on the way goes to ``facts``."""
    import torch

    if contender == "eager":
        return model
    if contender == "inductor":
        return torch.compile(model, backend="inductor")
    if contender == "torch_iree_aot":
        import hashlib

        import torch_iree
        from torch_iree.targets import preferred_attention

        # torch_iree.compile's stages, to see the program: a flag that leaves it unchanged
        # byte for byte cannot have made it faster or slower (bench_flags counts on this).
        exported = torch_iree.export(model, args, attention=preferred_attention("llvm-cpu"))
        compiled = exported.compile(flags=flags)
        facts["program_sha256"] = hashlib.sha256(compiled.vmfb).hexdigest()
        return compiled.load()
    if contender == "torch_iree_dynamo":
        import torch_iree.dynamo  # registers backend="iree"

        return torch.compile(model, backend="iree", options={"flags": list(flags)})
    if contender == "iree_turbine":
        import iree.turbine.dynamo  # noqa: F401  (registers backend="iree_turbine")

        return torch.compile(model, backend="iree_turbine")
    raise SystemExit(f"error: unknown contender {contender!r}; known: {', '.join(CONTENDERS)}")


def measure(model_name: str, contender: str, seconds: float, flags: tuple[str, ...] = ()) -> dict[str, Any]:
    """Compile, check against eager, time calls for about ``seconds``; the result as a dict."""
    import torch

    from torch_iree_models import assert_outputs_match, max_abs_error

    torch.set_num_threads(os.cpu_count() or 1)
    case = find_case(model_name)
    model, args = case.module(), case.inputs()
    with torch.no_grad():
        want = model(*args)
        started = time.perf_counter()
        facts: dict[str, Any] = {}
        fn = build_contender(contender, model, args, flags, facts)
        got = fn(*args)
        first_call_s = time.perf_counter() - started
        result = {**facts, "first_call_s": first_call_s, "max_abs_error": max_abs_error(got, want)}
        try:
            assert_outputs_match(got, want, case.tolerance)
        except AssertionError as mismatch:
            return {**result, "wrong": str(mismatch).splitlines()[0][:300]}
        samples = _timed_calls(fn, args, seconds)
    return {**result, "median_us": statistics.median(samples) * 1e6, "calls": len(samples)}


def _timed_calls(fn: Any, args: tuple[Any, ...], seconds: float) -> list[float]:
    """Per-call seconds: warm-up for a fifth of the budget, then calls until the budget is spent."""
    samples: list[float] = []
    for phase_budget, keep in ((seconds / 5, False), (seconds, True)):
        phase: list[float] = []
        deadline = time.perf_counter() + phase_budget
        while len(phase) < MAX_CALLS and (len(phase) < MIN_CALLS or time.perf_counter() < deadline):
            start = time.perf_counter()
            fn(*args)
            phase.append(time.perf_counter() - start)
        if keep:
            samples = phase
    return samples
