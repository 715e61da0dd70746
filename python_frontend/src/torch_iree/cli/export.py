"""``torch-iree export``: a module spec or a saved ``.pt2`` → ``.mlir``, ``.vmfb`` or ``.irpa``."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from torch_iree.cli.common import (
    ARCHIVE_SUFFIX,
    UsageError,
    check_target,
    example_inputs,
    human_bytes,
    load_module,
    note,
    output_path,
    require_file,
    step,
)

if TYPE_CHECKING:
    from torch_iree.options import ParamsMode

KINDS = (".mlir", ".vmfb", ".irpa")


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("export", help="module:factory or .pt2 → .mlir, .vmfb or .irpa")
    parser.add_argument(
        "spec", help="module.path:factory, path/file.py:factory, or a saved ExportedProgram .pt2"
    )
    parser.add_argument(
        "--args", nargs="+", default=[], metavar="SHAPE", help="example inputs: f32[2,8] i64[4] …"
    )
    parser.add_argument(
        "--dynamic-dim",
        action="append",
        default=[],
        metavar="[NAME=]ARG:DIM[:MIN[:MAX]]",
        help="make dim DIM of input ARG dynamic (repeatable; the same NAME shares one size)",
    )
    parser.add_argument(
        "-o",
        "--output",
        required=True,
        help="OUT.mlir (+ OUT.mlir.json), OUT.vmfb (+ OUT.vmfb.json), or OUT.irpa: the weights alone "
        "(implies --params external)",
    )
    parser.add_argument(
        "--params",
        choices=("frozen", "inline", "external"),
        help="frozen: weights folded into the program as constants (default); inline: one global "
        "each inside the program; external: in a parameter archive written beside it, read when "
        "the program loads",
    )
    parser.add_argument(
        "--archive", metavar="PATH.irpa", help="where --params external writes the weights (default OUT.irpa)"
    )
    parser.add_argument("--target", default="llvm-cpu", help="compile target for .vmfb (default llvm-cpu)")
    parser.add_argument("--flag", action="append", default=[], help="extra iree-compile flag (repeatable)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from torch_iree._files import Staging
    from torch_iree.artifacts import metadata_path

    out = output_path(args.output, *KINDS)
    kind = out.suffix
    params = params_mode(args.params, kind)
    archive = archive_path(out, params, args.archive)
    target = check_target(args.target)
    exported = export_from_args(args, params)
    spec = exported.parameter_spec
    if archive is not None and spec is None:
        if kind == ARCHIVE_SUFFIX:
            raise UsageError(f"{args.spec} has no weights to write to a parameter archive")
        note(f"{args.spec} has no weights; no parameter archive written")
        archive = None
    compiled = None
    if kind == ".vmfb":
        with step(f"compiling for {target}"):
            compiled = exported.compile(target=target, flags=tuple(args.flag))
    with Staging() as staging:  # the program and its archive appear together or not at all
        if archive is not None:
            with step(f"writing {len(spec.entries)} parameters ({human_bytes(spec.nbytes)}) to {archive}"):
                exported.save_parameters(staging.stage(archive))
        if kind == ".mlir":
            exported.save_mlir(staging.stage(out))
            staging.stage(metadata_path(out))  # written by save_mlir beside it
        elif compiled is not None:
            compiled.save(staging.stage(out))
            staging.stage(metadata_path(out))
    for path in dict.fromkeys(p for p in (out, archive) if p is not None):
        print(path)
    return 0


def params_mode(params: str | None, kind: str) -> ParamsMode:
    """``--params`` checked against the output kind: a ``.irpa`` output implies external."""
    if kind == ARCHIVE_SUFFIX:
        if params not in (None, "external"):
            raise UsageError(f"a .irpa output holds external parameters; drop --params {params}")
        return "external"
    from torch_iree.options import check_params  # imports torch: not for `--help`

    return check_params(params or "frozen")


def archive_path(out: Path, params: str, archive: str | None) -> Path | None:
    """Where the parameter archive goes: ``--archive``, or ``out`` with the suffix ``.irpa``."""
    if params != "external":
        if archive is not None:
            raise UsageError("--archive names where external parameters go: add --params external")
        return None
    if out.suffix == ARCHIVE_SUFFIX:
        if archive is not None:
            raise UsageError(f"-o {out} is the archive already; drop --archive")
        return out
    if archive is None:
        return out.with_suffix(ARCHIVE_SUFFIX)
    path = Path(archive)
    if path.suffix != ARCHIVE_SUFFIX:
        raise UsageError(f"--archive {path} must end in .irpa (the runtime recognizes archives by extension)")
    return path


def export_from_args(args: argparse.Namespace, params: ParamsMode) -> Any:
    """The ``Exported`` program a module spec or a saved ``.pt2`` names."""
    import torch

    import torch_iree

    if args.spec.endswith(".pt2"):
        path = require_file(args.spec, "ExportedProgram file")
        if args.args or args.dynamic_dim:
            note("--args/--dynamic-dim are ignored for a .pt2 (it carries its own)")
        with step(f"loading {path}"):
            try:
                program = torch.export.load(str(path))
            except Exception as exc:
                raise UsageError(f"cannot load {path} as an ExportedProgram: {exc}") from None
        with step("exporting"):
            return torch_iree.export_program(program, params=params)
    module = load_module(args.spec)
    if not args.args:
        raise UsageError("--args is required for a module spec: the example input shapes, e.g. f32[2,8]")
    inputs = example_inputs(args.args)
    dynamic = parse_dynamic_dims(args.dynamic_dim, len(inputs))
    with step(f"exporting {args.spec}"), torch.no_grad():
        try:
            return torch_iree.export(module, inputs, dynamic_shapes=dynamic, params=params)
        except torch_iree.ExportError as exc:
            _blame_the_inputs(module, inputs, args.args, exc)
            raise


def _blame_the_inputs(module: Any, inputs: tuple[Any, ...], shapes: Sequence[str], exc: Exception) -> None:
    """When export failed because the model rejects the --args inputs (eager PyTorch fails on
    them too), that is the user's to fix: a UsageError. Otherwise the export error stands."""
    try:
        module(*inputs)
    except Exception as eager:  # what the model raises on bad inputs is its own business
        first = str(eager).strip().splitlines()[0] if str(eager).strip() else type(eager).__name__
        raise UsageError(f"the model rejects --args {' '.join(shapes)}: {first}") from None


def parse_dynamic_dims(specs: Sequence[str], arg_count: int) -> tuple[Any, ...] | None:
    """``[NAME=]ARG:DIM[:MIN[:MAX]]`` per dynamic dimension → torch.export dynamic_shapes.

    Dimensions given the same NAME share one ``torch.export.Dim`` (they must be equal).
    """
    if not specs:
        return None
    from torch.export import Dim

    dims: dict[str, Any] = {}
    per_arg: list[dict[int, Any] | None] = [None] * arg_count
    for spec in specs:
        name, _, rest = spec.rpartition("=")
        parts = rest.split(":")
        try:
            if not 2 <= len(parts) <= 4:
                raise ValueError
            arg, axis = int(parts[0]), int(parts[1])
            low = int(parts[2]) if len(parts) > 2 and parts[2] else None
            high = int(parts[3]) if len(parts) > 3 and parts[3] else None
        except ValueError:
            raise UsageError(
                f"bad --dynamic-dim {spec!r}: write [NAME=]ARG:DIM[:MIN[:MAX]], e.g. batch=0:0:1:1024"
            ) from None
        if not 0 <= arg < arg_count:
            raise UsageError(f"--dynamic-dim {spec!r}: there are {arg_count} inputs, no input {arg}")
        name = name or f"d{arg}_{axis}"
        if name not in dims:
            kwargs = {k: v for k, v in (("min", low), ("max", high)) if v is not None}
            if not name.isidentifier():
                raise UsageError(f"--dynamic-dim {spec!r}: {name!r} is not a valid name")
            dims[name] = Dim(name, **kwargs)
        per_arg[arg] = {**(per_arg[arg] or {}), axis: dims[name]}
    return tuple(per_arg)
