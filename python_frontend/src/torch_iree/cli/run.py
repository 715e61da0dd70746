"""``torch-iree run``: call a saved program on ``.npy`` inputs and write its outputs as ``.npy``."""

from __future__ import annotations

import argparse
import contextlib
import io
from pathlib import Path
from typing import Any

from torch_iree.cli.common import ARCHIVE_SUFFIX, UsageError, require_file, step


def add_program_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that load a program: its device, archive and function."""
    parser.add_argument("program", help="PROGRAM.vmfb (with PROGRAM.vmfb.json beside it)")
    parser.add_argument(
        "--device",
        help="runtime device: cpu, cuda[:N], hip[:N], vulkan[:N] (default: the program's target's)",
    )
    parser.add_argument(
        "--parameters",
        metavar="PATH.irpa",
        help="parameter archive of a program exported with --params external (default: "
        "PROGRAM.irpa beside the program)",
    )
    parser.add_argument(
        "--function", metavar="NAME", help="function to call (default: the program's only function)"
    )


def add_parser(commands: Any) -> None:
    parser = commands.add_parser("run", help="run a .vmfb on .npy inputs")
    add_program_options(parser)
    parser.add_argument("inputs", nargs="*", help="one .npy file per tensor input")
    parser.add_argument("-o", "--output-dir", default=".", help="where out_0.npy … go (default .)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    import numpy as np
    import torch
    import torch.utils._pytree as pytree

    from torch_iree._files import write_atomic
    from torch_iree.errors import InputError

    loaded, function, _ = open_program(args)
    signature = function.signature
    specs = signature.tensor_inputs
    if len(args.inputs) != len(specs):
        wanted = ", ".join(s.describe() for s in specs)
        who = "the program" if len(loaded.functions) == 1 else f"function {function.name!r}"
        raise UsageError(f"{who} takes {len(specs)} input(s) ({wanted}), got {len(args.inputs)} .npy file(s)")
    tensors = [torch.from_numpy(np.ascontiguousarray(read_npy(path))) for path in args.inputs]
    call_args, call_kwargs = call_arguments(signature, tensors)
    try:
        outputs = pytree.tree_leaves(function(*call_args, **call_kwargs))
    except InputError as exc:
        files = ", ".join(f"tensor {i} = {Path(p).name}" for i, p in enumerate(args.inputs, 1))
        raise InputError(f"{exc} ({files})") from None
    outdir = Path(args.output_dir)
    for index, value in enumerate(outputs):
        path = outdir / f"out_{index}.npy"
        host = value.detach().cpu()
        buffer = io.BytesIO()  # np.save into memory, so each output file is written atomically
        np.save(buffer, (host.float() if host.dtype == torch.bfloat16 else host).numpy())
        write_atomic(path, buffer.getvalue())
        print(f"{path}  {str(value.dtype).removeprefix('torch.')}{list(value.shape)}")
    return 0


def read_npy(path: str) -> Any:
    import numpy as np

    require_file(path, "input file")
    try:
        return np.load(path, allow_pickle=False)
    except (ValueError, OSError, EOFError) as exc:
        raise UsageError(f"cannot read {path} as a .npy array: {exc}") from None


def resolve_archive(program: Path, spec: Any, given: str | None) -> Path | None:
    """The archive to load ``program`` with: ``--parameters``, else ``<stem>.irpa`` beside it.

    None for a program whose weights are inside it.
    """
    if spec is None:
        if given is not None:
            raise UsageError(f"{program.name} holds its weights inline; drop --parameters")
        return None
    if given is not None:
        return require_file(given, "parameter archive")
    beside = program.with_suffix(ARCHIVE_SUFFIX)
    if beside.is_file():
        return beside
    raise UsageError(
        f"{program.name} reads its {len(spec.entries)} weights from a parameter archive and there is "
        f"no {beside.name} beside it; pass --parameters PATH (write one with `torch-iree export SPEC "
        f"--params external -o {beside.name}`)"
    )


def pick_function(functions: dict[str, Any], name: str | None) -> str:
    """``--function`` checked against the program's functions; the sole one when not given."""
    listed = ", ".join(functions)
    if name is None:
        if len(functions) == 1:
            return next(iter(functions))
        raise UsageError(f"the program has functions {listed}: choose one with --function NAME")
    if name not in functions:
        raise UsageError(f"the program has no function {name!r}; it has {listed}")
    return name


def open_program(args: argparse.Namespace) -> tuple[Any, Any, Path | None]:
    """(Loaded, the LoadedFunction to call, the archive used or None) for run and bench."""
    from torch_iree.artifacts import Compiled
    from torch_iree.errors import ArtifactError, DeviceError
    from torch_iree.runtime import parse_device
    from torch_iree.targets import default_device

    path = require_file(args.program, "compiled program")
    compiled = Compiled.read(path)
    args.device = args.device or default_device(compiled.driver)
    try:
        parse_device(args.device, compiled.driver)
    except DeviceError as exc:  # a device name that cannot run this program: the user's to fix
        raise UsageError(str(exc)) from None
    name = pick_function(compiled.functions, args.function)
    archive = resolve_archive(path, compiled.parameters, args.parameters)
    label = f"loading {path.name} with parameters {archive}" if archive else None
    try:
        with step(label) if label else contextlib.nullcontext():
            loaded = compiled.load(device=args.device, parameters=archive)
    except ArtifactError as exc:
        # The program was read above; what does not fit is the archive the user gave or we found.
        raise UsageError(str(exc)) from None
    return loaded, loaded.functions[name], archive


def call_arguments(signature: Any, tensors: list[Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Place tensors in the signature's tensor slots (constants keep their value); unflatten."""
    import torch.utils._pytree as pytree

    it = iter(tensors)
    leaves = [next(it) if slot.tensor is not None else slot.constant for slot in signature.inputs]
    args, kwargs = pytree.tree_unflatten(leaves, pytree.treespec_loads(signature.in_spec))
    return tuple(args), dict(kwargs)
