"""The ``torch-iree`` command: export, compile, run, bench and doctor, thin over the Python API.

Every subcommand is a small function taking parsed arguments and returning an exit code:
0 on success, 1 when torch_iree reports an error (``TorchIreeError``: its message), 2 on a
user error (missing file, bad spec or shape string, inputs or a parameter archive that do not
match the program).
Errors are one line on stderr starting with ``torch-iree: error:``. Long steps report progress
on stderr so stdout stays parseable.
"""

from __future__ import annotations

import argparse
import contextlib
import dataclasses
import importlib
import importlib.util
import json
import math
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable, Iterator, Sequence
from importlib import metadata
from pathlib import Path
from typing import Any

PROG = "torch-iree"

# Short dtype names accepted in shape strings (f32[2,8]) → torch dtype names.
DTYPES = {
    "f16": "float16",
    "bf16": "bfloat16",
    "f32": "float32",
    "f64": "float64",
    "i8": "int8",
    "i16": "int16",
    "i32": "int32",
    "i64": "int64",
    "u8": "uint8",
    "bool": "bool",
}
_SHAPE = re.compile(r"^(?P<dtype>[a-z0-9]+)\[(?P<dims>[0-9,\s]*)\]$")
_SEED = 0
_INT_HIGH = 10  # random integer inputs are drawn from [0, 10)


class UsageError(Exception):
    """Something the user passed is wrong: reported as one line, exit code 2."""


# --------------------------------------------------------------------------------------------
# progress


@contextlib.contextmanager
def step(label: str) -> Iterator[None]:
    """Print ``label…`` to stderr, then the time it took when the step ends."""
    print(f"{label}…", end=" ", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        yield
    except BaseException:
        print("failed", file=sys.stderr, flush=True)
        raise
    print(f"{time.perf_counter() - start:.1f} s", file=sys.stderr, flush=True)


def human_bytes(count: float) -> str:
    """848 → "848 B", 3 << 20 → "3.0 MiB"."""
    units = ("B", "KiB", "MiB", "GiB")
    power = 0
    while count >= 1024 and power < len(units) - 1:
        count /= 1024
        power += 1
    return f"{count:.0f} B" if power == 0 else f"{count:.1f} {units[power]}"


@contextlib.contextmanager
def staged_outputs() -> Iterator[Callable[[Path], Path]]:
    """Write a command's outputs under temporary names, then move them all into place.

    ``stage(final)`` returns where to write ``final`` now: a hidden folder beside it, so the
    final move is a same-filesystem rename. The moves happen, in staging order, only when the
    block completes; an error or interrupt leaves the destinations as they were (no program
    without its archive, no half-written file).
    """
    folders: dict[Path, Path] = {}
    moves: list[tuple[Path, Path]] = []

    def stage(final: Path) -> Path:
        parent = final.parent.resolve()
        if parent not in folders:
            parent.mkdir(parents=True, exist_ok=True)
            folders[parent] = Path(tempfile.mkdtemp(prefix=".torch-iree-", dir=parent))
        staged = folders[parent] / final.name
        moves.append((staged, final))
        return staged

    try:
        yield stage
        for staged, final in moves:
            os.replace(staged, final)
    finally:
        for folder in folders.values():
            shutil.rmtree(folder, ignore_errors=True)


# --------------------------------------------------------------------------------------------
# shapes, specs, inputs


def parse_shape(text: str) -> tuple[str, tuple[int, ...]]:
    """``f32[2,8]`` → ("float32", (2, 8)); ``i64[]`` is a scalar."""
    match = _SHAPE.match(text.strip())
    if match is None or match.group("dtype") not in DTYPES:
        raise UsageError(
            f"bad shape {text!r}: write DTYPE[D0,D1,...] such as f32[2,8] or i64[4], with DTYPE one "
            f"of {', '.join(DTYPES)}"
        )
    dims = [d.strip() for d in match.group("dims").split(",") if d.strip()]
    return DTYPES[match.group("dtype")], tuple(int(d) for d in dims)


def random_tensor(dtype: str, shape: Sequence[int], generator: Any) -> Any:
    import torch

    torch_dtype = getattr(torch, dtype)
    if torch_dtype == torch.bool:
        return torch.randint(0, 2, tuple(shape), generator=generator).to(torch.bool)
    if torch_dtype.is_floating_point:
        return torch.randn(tuple(shape), generator=generator).to(torch_dtype)
    return torch.randint(0, _INT_HIGH, tuple(shape), generator=generator, dtype=torch_dtype)


def example_inputs(shapes: Sequence[str]) -> tuple[Any, ...]:
    import torch

    generator = torch.Generator().manual_seed(_SEED)
    return tuple(random_tensor(*parse_shape(s), generator) for s in shapes)


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


def load_module(spec: str) -> Any:
    """``package.module:factory`` or ``path/to/file.py:factory`` → an nn.Module (in eval mode).

    ``factory`` is a callable returning an nn.Module, or a module-level nn.Module instance.
    """
    import torch

    module_name, sep, attr = spec.rpartition(":")
    if not sep or not module_name or not attr:
        raise UsageError(
            f"bad module spec {spec!r}: write module.path:factory (a callable returning an nn.Module, "
            "or an nn.Module instance), or give a saved ExportedProgram .pt2 file"
        )
    if module_name.endswith(".py"):
        path = Path(module_name)
        if not path.is_file():
            raise UsageError(f"no such file: {path}")
        import_spec = importlib.util.spec_from_file_location(path.stem, path)
        assert import_spec is not None and import_spec.loader is not None
        py_module = importlib.util.module_from_spec(import_spec)
        import_spec.loader.exec_module(py_module)
    else:
        if os.getcwd() not in sys.path:  # as `python -m` does; console scripts leave it out
            sys.path.insert(0, os.getcwd())
        try:
            py_module = importlib.import_module(module_name)
        except ImportError as exc:
            raise UsageError(f"cannot import {module_name!r} from spec {spec!r}: {exc}") from None
    target: Any = py_module
    for part in attr.split("."):
        if not hasattr(target, part):
            raise UsageError(f"{module_name!r} has no attribute {attr!r} (spec {spec!r})")
        target = getattr(target, part)
    if not isinstance(target, torch.nn.Module):
        if not callable(target):
            raise UsageError(f"{spec!r} is a {type(target).__name__}, not an nn.Module or a factory")
        target = target()
        if not isinstance(target, torch.nn.Module):
            raise UsageError(f"{spec!r}() returned a {type(target).__name__}, expected an nn.Module")
    return target.eval()


def check_target(target: str) -> str:
    from torch_iree.errors import TorchIreeError
    from torch_iree.targets import resolve_target

    try:
        return resolve_target(target).name
    except TorchIreeError as exc:
        raise UsageError(str(exc)) from None


def require_file(path: str | Path, what: str = "file") -> Path:
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no such {what}: {path}")
    return path


# --------------------------------------------------------------------------------------------
# export


_EXPORT_KINDS = (".mlir", ".vmfb", ".irpa")
_ARCHIVE_SUFFIX = ".irpa"  # the runtime picks an archive's parser by its extension
SIDECAR_FORMAT = 2  # 2: {"functions": {name: signature}, "parameters": spec}; 1: a bare signature


def params_mode(args: argparse.Namespace, kind: str) -> str:
    """``--params`` checked against the output kind: a ``.irpa`` output implies external."""
    if kind == _ARCHIVE_SUFFIX:
        if args.params == "inline":
            raise UsageError("a .irpa output holds external parameters; drop --params inline")
        params = "external"
    else:
        params = args.params or "inline"
    return params


def archive_path(out: Path, params: str, archive: str | None) -> Path | None:
    """Where the parameter archive goes: ``--archive``, or ``out`` with the suffix ``.irpa``."""
    if params != "external":
        if archive is not None:
            raise UsageError("--archive names where external parameters go: add --params external")
        return None
    if out.suffix == _ARCHIVE_SUFFIX:
        if archive is not None:
            raise UsageError(f"-o {out} is the archive already; drop --archive")
        return out
    if archive is None:
        return out.with_suffix(_ARCHIVE_SUFFIX)
    path = Path(archive)
    if path.suffix != _ARCHIVE_SUFFIX:
        raise UsageError(f"--archive {path} must end in .irpa (the runtime recognizes archives by extension)")
    return path


def export_from_args(args: argparse.Namespace, params: str) -> Any:
    """The ``Exported`` program a module spec or a saved ``.pt2`` names."""
    import torch

    import torch_iree

    if args.spec.endswith(".pt2"):
        path = require_file(args.spec, "ExportedProgram file")
        if args.args or args.dynamic_dim:
            print(
                "note: --args/--dynamic-dim are ignored for a .pt2 (it carries its own)",
                file=sys.stderr,
            )
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
        return torch_iree.export(module, inputs, dynamic_shapes=dynamic, params=params)


def cmd_export(args: argparse.Namespace) -> int:
    from torch_iree.compiling import metadata_path

    out = Path(args.output)
    kind = out.suffix
    if kind not in _EXPORT_KINDS:
        raise UsageError(f"output {out} must end in .mlir, .vmfb or .irpa (the weights alone)")
    params = params_mode(args, kind)
    archive = archive_path(out, params, args.archive)
    target = check_target(args.target)
    exported = export_from_args(args, params)
    spec = exported.parameter_spec
    if archive is not None and spec is None:
        if kind == _ARCHIVE_SUFFIX:
            raise UsageError(f"{args.spec} has no weights to write to a parameter archive")
        print(f"note: {args.spec} has no weights; no parameter archive written", file=sys.stderr)
        archive = None
    compiled = None
    if kind == ".vmfb":
        with step(f"compiling for {target}"):
            compiled = exported.compile(target=target, flags=tuple(args.flag))
    with staged_outputs() as stage:
        if archive is not None:
            with step(f"writing {len(spec.entries)} parameters ({human_bytes(spec.nbytes)}) to {archive}"):
                exported.save_parameters(stage(archive))
        if kind == ".mlir":
            # The signatures and parameter spec beside it, so `compile` can write a program
            # `run` can call (and that knows it needs an archive).
            write_sidecar(stage(signature_path(out)), exported.functions, spec)
            exported.save_mlir(stage(out))
        elif compiled is not None:
            stage(metadata_path(out))  # Compiled.save writes it beside the staged .vmfb
            compiled.save(stage(out))
    for path in dict.fromkeys(p for p in (out, archive) if p is not None):
        print(path)
    return 0


def signature_path(mlir_path: Path) -> Path:
    return mlir_path.with_name(mlir_path.name + ".signature.json")


def write_sidecar(path: Path, functions: dict[str, Any], parameters: Any) -> None:
    data = {
        "format": SIDECAR_FORMAT,
        "functions": {name: signature.to_json() for name, signature in functions.items()},
        "parameters": parameters.to_json() if parameters is not None else None,
    }
    path.write_text(json.dumps(data, indent=1), encoding="utf-8")


def read_sidecar(path: Path) -> tuple[dict[str, Any], Any]:
    """(functions, parameter spec or None) from an ``.mlir``'s sidecar, either format."""
    from torch_iree.parameters import ParameterSpec
    from torch_iree.signature import Signature

    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        if "functions" not in data:  # format 1: @main's signature and nothing else
            return {"main": Signature.from_json(data)}, None
        functions = {name: Signature.from_json(s) for name, s in data["functions"].items()}
        parameters = data.get("parameters")
        return functions, ParameterSpec.from_json(parameters) if parameters else None
    except (KeyError, TypeError, ValueError) as exc:
        raise UsageError(
            f"{path} is damaged ({exc}); export the .mlir again, or delete it to derive the signature "
            "from @main"
        ) from None


# --------------------------------------------------------------------------------------------
# compile

_MLIR_DTYPES = {
    "f16": "float16",
    "bf16": "bfloat16",
    "f32": "float32",
    "f64": "float64",
    "si8": "int8",
    "si16": "int16",
    "si32": "int32",
    "si64": "int64",
    "ui8": "uint8",
    "i1": "bool",
}
_VTENSOR = re.compile(r"!torch\.vtensor<\[(?P<dims>[^\]]*)\],(?P<dtype>\w+)>")
_MAIN = re.compile(
    r"func\.func @main\((?P<args>.*?)\)\s*(?:->\s*(?P<results>.*?))?\s*(?:attributes\b.*)?\{\s*$", re.M
)


def signature_from_mlir(text: str) -> Any:
    """Derive a Signature from ``func.func @main(%arg0: !torch.vtensor<[2,8],f32>) -> ...``.

    Returns None when @main takes or returns anything but value tensors. Dynamic sizes (``?``)
    become independent symbols with no declared range.
    """
    import torch.utils._pytree as pytree

    from torch_iree.signature import InputSlot, Signature, SymbolRange, TensorSpec

    match = _MAIN.search(text)
    if match is None:
        return None
    arg_text, result_text = match.group("args"), (match.group("results") or "")
    arg_types = [a.split(":", 1)[1].strip() for a in re.split(r",\s*(?=%)", arg_text) if ":" in a]
    result_text = result_text.strip()
    if result_text.startswith("(") and result_text.endswith(")"):
        result_text = result_text[1:-1]
    result_types = [t.strip() for t in re.split(r",\s*(?=!)", result_text) if t.strip()]
    symbols: dict[str, SymbolRange] = {}

    def spec(name: str, type_text: str) -> TensorSpec | None:
        m = _VTENSOR.fullmatch(type_text.split(" loc(")[0].strip())
        if m is None or m.group("dtype") not in _MLIR_DTYPES:
            return None
        shape: list[int | str] = []
        for axis, dim in enumerate(d.strip() for d in m.group("dims").split(",") if d.strip()):
            if dim == "?":
                symbol = f"{name}_d{axis}"
                if name.startswith("arg"):
                    symbols[symbol] = SymbolRange(1, None)
                shape.append(symbol)
            else:
                shape.append(int(dim))
        return TensorSpec(name, _MLIR_DTYPES[m.group("dtype")], tuple(shape))

    inputs = [spec(f"arg{i}", t) for i, t in enumerate(arg_types)]
    outputs = [spec(f"result{i}", t) for i, t in enumerate(result_types)]
    if any(s is None for s in (*inputs, *outputs)) or not outputs:
        return None
    in_spec = pytree.tree_flatten((tuple(range(len(inputs))), {}))[1]
    out_value: Any = 0 if len(outputs) == 1 else tuple(range(len(outputs)))
    out_spec = pytree.tree_flatten(out_value)[1]
    return Signature(
        inputs=tuple(InputSlot(s) for s in inputs),
        outputs=tuple(outputs),  # type: ignore[arg-type]
        user_output_positions=tuple(range(len(outputs))),
        symbols=symbols,
        in_spec=pytree.treespec_dumps(in_spec),
        out_spec=pytree.treespec_dumps(out_spec),
    )


# Builtin element type of a parameter global → (torch dtype name, bytes per element).
_GLOBAL_DTYPES = {
    "f16": ("float16", 2),
    "bf16": ("bfloat16", 2),
    "f32": ("float32", 4),
    "f64": ("float64", 8),
    "i8": ("int8", 1),
    "i16": ("int16", 2),
    "i32": ("int32", 4),
    "i64": ("int64", 8),
    "ui8": ("uint8", 1),
}
_NAMED_PARAMETER = re.compile(
    r'#stream\.parameter\.named<"(?P<scope>[^"]*)"::"(?P<key>[^"]*)">\s*:\s*'
    r"tensor<(?P<dims>(?:\d+x)*)(?P<dtype>\w+)>"
)


def parameters_from_mlir(text: str) -> Any:
    """The ParameterSpec of an MLIR module's ``#stream.parameter.named`` globals, or None.

    For an ``.mlir`` without its sidecar: the program then still knows it needs an archive,
    and which entries, so a wrong or missing one is reported at load instead of failing
    inside the runtime.
    """
    from torch_iree.parameters import ParameterEntry, ParameterSpec

    scopes: set[str] = set()
    entries: dict[str, ParameterEntry] = {}
    for match in _NAMED_PARAMETER.finditer(text):
        if match.group("dtype") not in _GLOBAL_DTYPES:
            raise UsageError(
                f"parameter {match.group('key')!r} has element type {match.group('dtype')}, which "
                "torch-iree cannot describe; export the .mlir again to get its sidecar"
            )
        dtype, size = _GLOBAL_DTYPES[match.group("dtype")]
        shape = tuple(int(d) for d in match.group("dims").split("x") if d)
        scopes.add(match.group("scope"))
        entries[match.group("key")] = ParameterEntry(
            match.group("key"), dtype, shape, size * math.prod(shape)
        )
    if not entries:
        return None
    if len(scopes) > 1:
        raise UsageError(f"the module reads parameters from several scopes ({', '.join(sorted(scopes))})")
    return ParameterSpec(scopes.pop(), tuple(entries.values()))


def cmd_compile(args: argparse.Namespace) -> int:
    from torch_iree.compiling import compile_bytecode, metadata_path
    from torch_iree.targets import resolve_target

    source = require_file(args.input, "MLIR file")
    out = Path(args.output)
    if out.suffix != ".vmfb":
        raise UsageError(f"output {out} must end in .vmfb")
    target = check_target(args.target)
    text = source.read_text(encoding="utf-8")
    sidecar = signature_path(source)
    if sidecar.is_file():
        functions, parameters = read_sidecar(sidecar)
    else:
        signature = signature_from_mlir(text)
        functions = None if signature is None else {"main": signature}
        parameters = parameters_from_mlir(text)
    flags = [*resolve_target(target).compiler_flags(), *args.flag]
    if functions is None:
        from iree.compiler import tools as iree_tools

        from torch_iree.compiling import _explain

        with step(f"compiling {source.name} for {target}"):
            try:
                vmfb = iree_tools.compile_str(text, input_type="torch", extra_args=flags)
            except iree_tools.CompilerToolError as exc:
                raise _explain(str(exc), target) from None
        with staged_outputs() as stage:
            stage(out).write_bytes(vmfb)
        print(
            f"note: could not derive a signature from {source.name}'s @main; wrote {out} without "
            "metadata: `torch-iree run` needs a program saved by `torch-iree export`",
            file=sys.stderr,
        )
    else:
        with step(f"compiling {source.name} for {target}"):
            compiled = compile_bytecode(text.encode("utf-8"), functions, target, flags)
        compiled = dataclasses.replace(compiled, parameters=parameters)
        with staged_outputs() as stage:
            stage(metadata_path(out))  # Compiled.save writes it beside the staged .vmfb
            compiled.save(stage(out))
        if parameters is not None:
            print(
                f"note: {out.name} reads its weights from a parameter archive: `torch-iree run` "
                f"looks for {out.with_suffix(_ARCHIVE_SUFFIX).name} beside it, or pass --parameters",
                file=sys.stderr,
            )
    print(out)
    return 0


# --------------------------------------------------------------------------------------------
# run


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
    beside = program.with_suffix(_ARCHIVE_SUFFIX)
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
    import torch_iree
    from torch_iree.compiling import Compiled
    from torch_iree.errors import ArtifactError

    path = require_file(args.program, "compiled program")
    compiled = Compiled.read(path)
    name = pick_function(compiled.functions, args.function)
    archive = resolve_archive(path, compiled.parameters, args.parameters)
    label = f"loading {path.name} with parameters {archive}" if archive else None
    try:
        with step(label) if label else contextlib.nullcontext():
            loaded = torch_iree.load(compiled, device=args.device, parameters=archive)
    except ArtifactError as exc:
        # The program was read above; what does not fit is the archive the user gave or we found.
        raise UsageError(str(exc)) from None
    return loaded, loaded.functions[name], archive


def _call_arguments(signature: Any, tensors: list[Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
    """Place tensors in the signature's tensor slots (constants keep their value); unflatten."""
    import torch.utils._pytree as pytree

    it = iter(tensors)
    leaves = [next(it) if slot.tensor is not None else slot.constant for slot in signature.inputs]
    args, kwargs = pytree.tree_unflatten(leaves, pytree.treespec_loads(signature.in_spec))
    return tuple(args), dict(kwargs)


def cmd_run(args: argparse.Namespace) -> int:
    import numpy as np
    import torch
    import torch.utils._pytree as pytree

    from torch_iree.errors import InputError

    loaded, function, _ = open_program(args)
    signature = function.signature
    specs = signature.tensor_inputs
    if len(args.inputs) != len(specs):
        wanted = ", ".join(s.describe() for s in specs)
        who = "the program" if len(loaded.functions) == 1 else f"function {function.name!r}"
        raise UsageError(f"{who} takes {len(specs)} input(s) ({wanted}), got {len(args.inputs)} .npy file(s)")
    tensors = []
    for path in args.inputs:
        require_file(path, "input file")
        try:
            array = np.load(path, allow_pickle=False)
        except ValueError as exc:
            raise UsageError(f"cannot read {path} as a .npy array: {exc}") from None
        tensors.append(torch.from_numpy(np.ascontiguousarray(array)))
    call_args, call_kwargs = _call_arguments(signature, tensors)
    try:
        outputs = pytree.tree_leaves(function(*call_args, **call_kwargs))
    except InputError as exc:
        files = ", ".join(f"tensor {i} = {Path(p).name}" for i, p in enumerate(args.inputs, 1))
        raise InputError(f"{exc} ({files})") from None
    outdir = Path(args.output_dir)
    outdir.mkdir(parents=True, exist_ok=True)
    for index, value in enumerate(outputs):
        path = outdir / f"out_{index}.npy"
        host = value.detach().cpu()
        np.save(path, (host.float() if host.dtype == torch.bfloat16 else host).numpy())
        dtype = str(value.dtype).removeprefix("torch.")
        print(f"{path}  {dtype}{list(value.shape)}")
    return 0


# --------------------------------------------------------------------------------------------
# bench


def bench_inputs(signature: Any, dims: dict[str, int]) -> list[Any]:
    """Random tensors matching the signature; a dynamic size takes ``dims`` or its minimum (≥ 1)."""
    import sympy
    import torch

    values = {name: dims.get(name, max(limits.min, 1)) for name, limits in signature.symbols.items()}
    generator = torch.Generator().manual_seed(_SEED)
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


def percentile(sorted_values: Sequence[float], fraction: float) -> float:
    index = min(len(sorted_values) - 1, max(0, round(fraction * (len(sorted_values) - 1))))
    return sorted_values[index]


def cmd_bench(args: argparse.Namespace) -> int:
    from torch_iree.validation import InputPlan

    if args.calls < 1:
        raise UsageError("--calls must be at least 1")
    dims = {}
    for item in args.dim:
        name, sep, value = item.partition("=")
        if not sep or not value.isdigit():
            raise UsageError(f"bad --dim {item!r}: write SYMBOL=SIZE, e.g. s0=8")
        dims[name] = int(value)
    loaded, function, archive = open_program(args)
    signature = function.signature
    unknown = sorted(set(dims) - set(signature.symbols))
    if unknown:
        known = ", ".join(sorted(signature.symbols)) or "none"
        raise UsageError(
            f"--dim names {', '.join(unknown)}, not dynamic sizes of this program (it has: {known})"
        )
    tensors = bench_inputs(signature, dims)
    call_args, call_kwargs = _call_arguments(signature, tensors)
    flat = InputPlan(signature).tensors(call_args, call_kwargs)  # validates once
    warmup = max(3, args.calls // 10)
    for _ in range(warmup):
        function.call_flat(flat)
    times = []
    total_start = time.perf_counter()
    for _ in range(args.calls):
        start = time.perf_counter()
        function.call_flat(flat)
        times.append(time.perf_counter() - start)
    total = time.perf_counter() - total_start
    times.sort()
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


# --------------------------------------------------------------------------------------------
# doctor

_DISTS = ("torch", "iree-base-compiler", "iree-base-runtime", "torch-iree")
_OPS = {
    "==": lambda a, b: a == b,
    "!=": lambda a, b: a != b,
    ">=": lambda a, b: a >= b,
    "<=": lambda a, b: a <= b,
    ">": lambda a, b: a > b,
    "<": lambda a, b: a < b,
}
_REQUIREMENT = re.compile(r"^\s*(?P<name>[A-Za-z0-9_.\-]+)\s*(?P<spec>[^;]*)")


def _version_key(version: str) -> tuple[int, ...]:
    """Release numbers of a version, local part dropped: "2.13.0+cpu" → (2, 13, 0)."""
    numbers = []
    for part in version.split("+")[0].split("."):
        digits = re.match(r"\d+", part)
        if digits is None:
            break
        numbers.append(int(digits.group()))
        if digits.group() != part:
            break
    while len(numbers) > 1 and numbers[-1] == 0:
        numbers.pop()
    return tuple(numbers)


def satisfies(version: str, specifier: str) -> bool:
    """Whether ``version`` meets a comma-separated specifier such as ``<2.15,>=2.13``."""
    for clause in filter(None, (c.strip() for c in specifier.split(","))):
        op = next(o for o in ("==", "!=", ">=", "<=", ">", "<") if clause.startswith(o))
        if not _OPS[op](_version_key(version), _version_key(clause[len(op) :].strip())):
            return False
    return True


def pinned_requirements() -> dict[str, str]:
    """torch-iree's own pins from its installed metadata: {"iree-base-runtime": "==3.13.0", ...}."""
    pins = {}
    for requirement in metadata.requires("torch-iree") or []:
        if "extra ==" in requirement:
            continue
        match = _REQUIREMENT.match(requirement)
        if match is None:
            continue
        name = match.group("name").lower().replace("_", "-")
        if name in _DISTS:
            pins[name] = match.group("spec").strip().strip("()")
    return pins


def installed_version(dist: str) -> str | None:
    try:
        return metadata.version(dist)
    except metadata.PackageNotFoundError:
        return None


def check_versions() -> tuple[list[tuple[str, str, str, str]], list[str]]:
    """Rows (package, installed, expected, status) and the pip commands that fix any skew."""
    pins = pinned_requirements()
    rows, fixes = [], []
    for dist in _DISTS:
        have = installed_version(dist)
        want = pins.get(dist, "")
        if have is None:
            status = "MISSING"
        elif want and not satisfies(have, want):
            status = "SKEW"
        else:
            status = "ok"
        if status != "ok" and want:
            fixes.append(f'pip install "{dist}{want}"')
        rows.append((dist, have or "-", want or "-", status))
    return rows, fixes


def input_torch_present() -> tuple[bool, str]:
    """Whether iree-compile's plugin list names input_torch; (present, detail)."""
    from iree.compiler.tools.binaries import find_tool

    try:
        tool = find_tool("iree-compile")
    except Exception as exc:  # the tool lookup raises its own error type
        return False, f"iree-compile not found: {exc}"
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "empty.mlir"
        source.write_text("module {}\n", encoding="utf-8")
        try:
            proc = subprocess.run(
                [
                    tool,
                    "--iree-print-plugin-info",
                    "--compile-to=input",
                    str(source),
                    "-o",
                    str(Path(tmp) / "out"),
                ],
                capture_output=True,
                text=True,
                timeout=120,
            )
        except (OSError, subprocess.TimeoutExpired) as exc:
            return False, f"could not run {tool}: {exc}"
    output = proc.stdout + proc.stderr
    return "input_torch" in output, tool


def runtime_devices() -> list[tuple[str, str]]:
    """(driver, devices) for every driver this runtime build has; errors are reported, not raised."""
    import iree.runtime as rt

    rows = []
    for driver in rt.query_available_drivers():
        try:
            devices = rt.get_driver(driver).query_available_devices()
            names = [
                str(d.get("name") or d.get("path") or d) if isinstance(d, dict) else str(d) for d in devices
            ]
            rows.append((driver, "; ".join(names) if names else "(no devices)"))
        except Exception as exc:  # drivers raise when their hardware or library is absent
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
            rows.append((driver, f"(unavailable: {message[:100]})"))
    return rows


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def cmd_doctor(args: argparse.Namespace) -> int:
    rows, fixes = check_versions()
    print(table(("package", "installed", "expected", "status"), rows))
    if not pinned_requirements():
        print("note: torch-iree's installed metadata pins nothing; versions were not compared")
    print()
    present, detail = input_torch_present()
    print(f"input_torch plugin: {'yes' if present else 'NO'} ({detail})")
    print()
    print(table(("driver", "devices"), runtime_devices()))
    problems = 0
    if fixes:
        problems += 1
        print(
            f"\n{PROG}: error: installed versions disagree with torch-iree's pins; fix with:", file=sys.stderr
        )
        for fix in fixes:
            print(f"  {fix}", file=sys.stderr)
    if not present:
        problems += 1
        print(
            f"{PROG}: error: iree-compile lacks the input_torch plugin; install the pinned "
            "iree-base-compiler wheel (see above)",
            file=sys.stderr,
        )
    if not problems:
        print("\nall good")
    return 1 if problems else 0


# --------------------------------------------------------------------------------------------
# entry point


def add_program_options(parser: argparse.ArgumentParser) -> None:
    """Options of the commands that load a program: its archive and which function to call."""
    parser.add_argument(
        "--parameters",
        metavar="PATH.irpa",
        help="parameter archive of a program exported with --params external (default: "
        "PROGRAM.irpa beside the program)",
    )
    parser.add_argument(
        "--function", metavar="NAME", help="function to call (default: the program's only function)"
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Take PyTorch programs to IREE.")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    export = commands.add_parser("export", help="module:factory or .pt2 → .mlir, .vmfb or .irpa")
    export.add_argument(
        "spec", help="module.path:factory, path/file.py:factory, or a saved ExportedProgram .pt2"
    )
    export.add_argument(
        "--args", nargs="+", default=[], metavar="SHAPE", help="example inputs: f32[2,8] i64[4] …"
    )
    export.add_argument(
        "--dynamic-dim",
        action="append",
        default=[],
        metavar="[NAME=]ARG:DIM[:MIN[:MAX]]",
        help="make dim DIM of input ARG dynamic (repeatable; the same NAME shares one size)",
    )
    export.add_argument(
        "-o",
        "--output",
        required=True,
        help="OUT.mlir (+ OUT.mlir.signature.json), OUT.vmfb (+ OUT.vmfb.json), or OUT.irpa: the "
        "weights alone (implies --params external)",
    )
    export.add_argument(
        "--params",
        choices=("inline", "external"),
        help="inline: weights inside the program (default); external: in a parameter archive "
        "written beside it, read when the program loads",
    )
    export.add_argument(
        "--archive", metavar="PATH.irpa", help="where --params external writes the weights (default OUT.irpa)"
    )
    export.add_argument("--target", default="llvm-cpu", help="compile target for .vmfb (default llvm-cpu)")
    export.add_argument("--flag", action="append", default=[], help="extra iree-compile flag (repeatable)")
    export.set_defaults(func=cmd_export)

    compile_ = commands.add_parser("compile", help="torch-dialect .mlir → .vmfb")
    compile_.add_argument("input", help="IN.mlir")
    compile_.add_argument("-o", "--output", required=True, help="OUT.vmfb")
    compile_.add_argument("--target", default="llvm-cpu", help="compile target (default llvm-cpu)")
    compile_.add_argument("--flag", action="append", default=[], help="extra iree-compile flag (repeatable)")
    compile_.set_defaults(func=cmd_compile)

    run = commands.add_parser("run", help="run a .vmfb on .npy inputs")
    run.add_argument("program", help="PROGRAM.vmfb (with PROGRAM.vmfb.json beside it)")
    run.add_argument("inputs", nargs="*", help="one .npy file per tensor input")
    run.add_argument("-o", "--output-dir", default=".", help="where out_0.npy … go (default .)")
    run.add_argument("--device", default="cpu", help="runtime device (default cpu)")
    add_program_options(run)
    run.set_defaults(func=cmd_run)

    bench = commands.add_parser("bench", help="latency percentiles of a .vmfb on random inputs")
    bench.add_argument("program", help="PROGRAM.vmfb (with PROGRAM.vmfb.json beside it)")
    bench.add_argument("--calls", type=int, default=100, help="timed calls (default 100)")
    bench.add_argument("--device", default="cpu", help="runtime device (default cpu)")
    bench.add_argument(
        "--dim", action="append", default=[], metavar="SYMBOL=SIZE", help="size of a dynamic dim"
    )
    add_program_options(bench)
    bench.set_defaults(func=cmd_bench)

    doctor = commands.add_parser("doctor", help="check versions, the compiler plugin and runtime devices")
    doctor.set_defaults(func=cmd_doctor)
    return parser


def parse_arguments(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """parse_args, except that `run`'s .npy inputs may also follow its options.

    argparse fills a ``nargs="*"`` positional at its first chance, so in
    ``run m.vmfb --parameters w.irpa x.npy`` the input would be "unrecognized"; the words it
    leaves over are that command's remaining inputs, in order.
    """
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "run" and not any(word.startswith("-") for word in extra):
        args.inputs = [*args.inputs, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def main(argv: Sequence[str] | None = None) -> int:
    from torch_iree.errors import InputError, TorchIreeError

    # torch 2.13's pytree deprecation, raised from inside torch.export itself: noise here.
    warnings.filterwarnings("ignore", message=r".*isinstance\(treespec, LeafSpec\)", category=FutureWarning)
    parser = build_parser()
    try:
        args = parse_arguments(parser, argv)
        return int(args.func(args))
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    except (UsageError, InputError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except TorchIreeError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
