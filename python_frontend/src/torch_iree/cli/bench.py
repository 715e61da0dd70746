"""``torch-iree bench``: latency percentiles of a saved program on random inputs."""

from __future__ import annotations

import argparse
import time
from collections.abc import Sequence
from typing import Any

from torch_iree.cli.common import SEED, UsageError, human_bytes, random_tensor
from torch_iree.cli.run import add_program_options, call_arguments, open_program


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("bench", help="latency percentiles of a .vmfb on random inputs")
    add_program_options(parser)
    parser.add_argument("--calls", type=int, default=100, help="timed calls (default 100)")
    parser.add_argument(
        "--dim", action="append", default=[], metavar="SYMBOL=SIZE", help="size of a dynamic dim"
    )
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from torch_iree._validation import InputPlan

    if args.calls < 1:
        raise UsageError("--calls must be at least 1")
    dims = parse_dims(args.dim)
    loaded, function, archive = open_program(args)
    signature = function.signature
    unknown = sorted(set(dims) - set(signature.symbols))
    if unknown:
        known = ", ".join(sorted(signature.symbols)) or "none"
        raise UsageError(
            f"--dim names {', '.join(unknown)}, not dynamic sizes of this program (it has: {known})"
        )
    tensors = bench_inputs(signature, dims)
    call_args, call_kwargs = call_arguments(signature, tensors)
    flat = InputPlan(signature).tensors(call_args, call_kwargs)  # validates once
    warmup = max(3, args.calls // 10)
    times, total = time_calls(lambda: function.call_flat(flat), warmup, args.calls)
    inputs = ", ".join(
        f"{s.dtype}{list(t.shape)}" for s, t in zip(signature.tensor_inputs, tensors, strict=True)
    )
    print(f"program   {args.program} ({loaded.compiled.target}, device {args.device})")
    if len(loaded.functions) > 1:
        print(f"function  {function.name}")
    if archive is not None:
        print(f"params    {archive} ({human_bytes(loaded.compiled.parameters.nbytes)})")
    print(f"inputs    {inputs or '(none)'}")
    print(f"calls     {args.calls} (+{warmup} warm-up)")
    for label, fraction in (("p50", 0.50), ("p90", 0.90), ("p99", 0.99)):
        print(f"{label}       {percentile(times, fraction) * 1e3:.4f} ms")
    print(f"calls/s   {args.calls / total:.1f}")
    return 0


def parse_dims(items: Sequence[str]) -> dict[str, int]:
    dims = {}
    for item in items:
        name, sep, value = item.partition("=")
        if not sep or not value.isdigit():
            raise UsageError(f"bad --dim {item!r}: write SYMBOL=SIZE, e.g. s0=8")
        dims[name] = int(value)
    return dims


def time_calls(call: Any, warmup: int, calls: int) -> tuple[list[float], float]:
    """(sorted per-call seconds, total seconds) of ``calls`` calls after ``warmup`` ones."""
    for _ in range(warmup):
        call()
    times = []
    total_start = time.perf_counter()
    for _ in range(calls):
        start = time.perf_counter()
        call()
        times.append(time.perf_counter() - start)
    return sorted(times), time.perf_counter() - total_start


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def bench_inputs(signature: Any, dims: dict[str, int]) -> list[Any]:
    """Random tensors matching the signature; a dynamic size takes ``dims`` or its minimum (≥ 1)."""
    import sympy
    import torch

    values = {name: dims.get(name, max(limits.min, 1)) for name, limits in signature.symbols.items()}
    generator = torch.Generator().manual_seed(SEED)
    tensors = []
    for spec in signature.tensor_inputs:
        shape = []
        for dim in spec.shape:
            if isinstance(dim, int):
                shape.append(dim)
                continue
            expr = sympy.sympify(dim)
            for symbol in expr.free_symbols:
                values.setdefault(str(symbol), dims.get(str(symbol), 1))
            shape.append(int(expr.subs({sympy.Symbol(k): v for k, v in values.items()})))
        tensors.append(random_tensor(spec.dtype, shape, generator))
    return tensors
