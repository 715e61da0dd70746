"""``torch-iree bisect``: run a model op by op in PyTorch and on IREE, and name the first op
whose result differs (torch_iree.debug.bisect). Exit 0 when every op is within the tolerance,
1 when one is not (or did not compile), 2 on a usage error."""

from __future__ import annotations

import argparse
from typing import Any

from torch_iree.cli.common import UsageError, check_target, example_inputs, load_module, step


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("bisect", help="which op of a model does IREE compute differently?")
    parser.add_argument("spec", help="module.path:factory or path/file.py:factory")
    parser.add_argument(
        "--args", nargs="+", required=True, metavar="SHAPE", help="example inputs: f32[2,8] i64[4] …"
    )
    parser.add_argument("--target", default="llvm-cpu", help="compile target (default llvm-cpu)")
    parser.add_argument("--device", default="cpu", help="runtime device (default cpu)")
    parser.add_argument("--rtol", type=float, help="relative tolerance for every op (default: per dtype)")
    parser.add_argument("--atol", type=float, help="absolute tolerance for every op (default: per dtype)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from torch_iree.debug import bisect

    if (args.rtol is None) != (args.atol is None):
        raise UsageError("give both --rtol and --atol, or neither (a tolerance per dtype)")
    target = check_target(args.target)
    module = load_module(args.spec)
    inputs = example_inputs(args.args)
    with step(f"running {args.spec} op by op in PyTorch and on {target}"):
        report = bisect(module, inputs, target=target, device=args.device, rtol=args.rtol, atol=args.atol)
    print(report.table())
    return 0 if report.first_bad is None else 1
