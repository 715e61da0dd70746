"""``torch-iree compile``: a torch-dialect ``.mlir`` → ``.vmfb`` (+ its metadata)."""

from __future__ import annotations

import argparse
from typing import Any

from torch_iree.cli.common import (
    ARCHIVE_SUFFIX,
    UsageError,
    check_target,
    note,
    output_path,
    require_file,
    step,
)


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("compile", help="torch-dialect .mlir → .vmfb")
    parser.add_argument("input", help="IN.mlir (with IN.mlir.json beside it when torch-iree exported it)")
    parser.add_argument("-o", "--output", required=True, help="OUT.vmfb")
    parser.add_argument("--target", default="llvm-cpu", help="compile target (default llvm-cpu)")
    parser.add_argument("--flag", action="append", default=[], help="extra iree-compile flag (repeatable)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from torch_iree._files import write_atomic
    from torch_iree.artifacts import Exported
    from torch_iree.errors import ArtifactError

    source = require_file(args.input, "MLIR file")
    out = output_path(args.output, ".vmfb")
    target = check_target(args.target)
    try:
        exported = Exported.read(source)
    except ArtifactError as exc:
        raise UsageError(str(exc)) from None
    with step(f"compiling {source.name} for {target}"):
        compiled = exported.compile(target=target, flags=tuple(args.flag))
    if not compiled.functions:
        write_atomic(out, compiled.vmfb)
        note(
            f"could not derive a signature from {source.name}'s @main; wrote {out} without "
            "metadata: `torch-iree run` needs a program saved by `torch-iree export`"
        )
    else:
        compiled.save(out)
        if compiled.parameters is not None:
            note(
                f"{out.name} reads its weights from a parameter archive: `torch-iree run` looks for "
                f"{out.with_suffix(ARCHIVE_SUFFIX).name} beside it, or pass --parameters"
            )
    print(out)
    return 0
