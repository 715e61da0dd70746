"""Stage 1: a PyTorch module and example arguments → an ``Exported`` torch-dialect program."""

from __future__ import annotations

import dataclasses
import inspect
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import torch
from iree.compiler import ir

from torch_iree.decompositions import decomposition_table
from torch_iree.errors import ExportError, UnsupportedOp
from torch_iree.importer import import_program, unsupported_ops
from torch_iree.parameters import ParameterSpec, save_archive
from torch_iree.signature import Signature, signature_of, sole_function
from torch_iree.state_import import StateGlobal

if TYPE_CHECKING:
    from collections.abc import Mapping, Sequence

    from torch_iree.compiling import Compiled


class Exported:
    """A program captured by torch.export, decomposed and imported to the MLIR ``torch`` dialect.

    Holds the MLIR module in memory; ``.mlir`` gives its text and ``.save_mlir`` writes it.
    ``functions`` maps each entry point to its signature (one, "main", for ``export``; several
    for a ``Program``). ``.compile(target)`` turns it into a ``Compiled`` program. With external
    parameters, ``parameters`` holds the weights by archive key and ``save_parameters`` writes
    them to an ``.irpa`` archive.
    """

    def __init__(
        self,
        module: ir.Module,
        functions: Mapping[str, Signature],
        unsupported: list[UnsupportedOp],
        parameters: Mapping[str, torch.Tensor] | None = None,
        parameter_scope: str = "model",
        state: tuple[StateGlobal, ...] = (),
    ) -> None:
        self.module = module
        self.functions = dict(functions)
        self.unsupported = unsupported
        self.parameters = dict(parameters or {})
        self.parameter_spec = ParameterSpec.of(parameter_scope, self.parameters) if self.parameters else None
        self.state = state

    @property
    def signature(self) -> Signature:
        """The signature of a one-function program."""
        return sole_function(self.functions, "Exported")

    @property
    def mlir(self) -> str:
        """The torch-dialect program as MLIR text (weights inline as resource blobs)."""
        return str(self.module)

    def mlir_bytecode(self) -> bytes:
        buffer = io.BytesIO()
        self.module.operation.write_bytecode(buffer)
        return buffer.getvalue()

    def save_mlir(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_text(self.mlir, encoding="utf-8")
        return path

    def save_parameters(self, path: str | Path) -> Path:
        """Write the external weights to the IREE parameter archive ``path`` (``.irpa``)."""
        if not self.parameters:
            raise ExportError(
                'this program holds its weights inline; export it with params="external" to '
                "write them to a parameter archive"
            )
        mutable = [state.name for state in self.state if state.mutable]
        return save_archive(self.parameters, path, splat_candidates=mutable)

    def compile(self, target: str = "llvm-cpu", flags: Sequence[str] = (), cache: bool = True) -> Compiled:
        """Compile for ``target``; ``cache=False`` bypasses the persistent compile cache."""
        from torch_iree.compiling import compile_exported

        return compile_exported(self, target=target, flags=flags, cache=cache)

    def __repr__(self) -> str:
        described = []
        for name, signature in self.functions.items():
            inputs = ", ".join(t.describe() for t in signature.tensor_inputs)
            outputs = ", ".join(t.describe() for t in signature.outputs)
            described.append(f"{name}({inputs}) -> ({outputs})")
        return f"<Exported {'; '.join(described)}>"


def export(
    module: torch.nn.Module | Any,
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    dynamic_shapes: Any = None,
    params: str = "inline",
) -> Exported:
    """Capture ``module`` with torch.export on example ``args`` and import it to MLIR.

    ``dynamic_shapes`` is passed to torch.export (``torch.export.Dim`` per dynamic dimension).
    ``params="external"`` leaves the weights out of the program, for a parameter archive
    (``Exported.save_parameters``); the default freezes them into it. Plain callables are
    wrapped in a module.
    """
    if not isinstance(module, torch.nn.Module):
        if not callable(module):
            raise ExportError(f"expected an nn.Module or a callable, got {type(module).__name__}")
        module = _CallableModule(module)
    if not isinstance(args, tuple):
        args = (args,)
    if params != "inline":
        from torch_iree.program import Program

        program = Program(module, params=params)
        return program.function("main", args, kwargs, dynamic_shapes, method="forward").export()
    names = positional_names(module.forward, len(args))
    program = capture(module, args, kwargs, dynamic_shapes, what=type(module).__name__)
    return export_program(program, positional_names=names)


def capture(
    module: torch.nn.Module, args: tuple[Any, ...], kwargs: Any, dynamic_shapes: Any, what: str
) -> torch.export.ExportedProgram:
    """``torch.export.export``, with its failures as an ExportError naming ``what``."""
    try:
        return torch.export.export(module, args, kwargs=kwargs, dynamic_shapes=dynamic_shapes)
    except Exception as exc:  # torch.export raises many types; keep its message, add ours.
        raise ExportError(
            f"torch.export could not capture {what}: {exc}\n"
            "See https://pytorch.org/docs/stable/export.html for what export supports."
        ) from exc


def export_program(
    program: torch.export.ExportedProgram, positional_names: tuple[str, ...] = (), params: str = "inline"
) -> Exported:
    """Import an ExportedProgram someone already made (e.g. loaded from a ``.pt2`` file).

    A program that updates buffers (a running statistic, a cache) is imported the way
    ``Program`` imports one, with the buffers as state that persists between calls: freezing
    them would silently drop the updates.
    """
    program = program.run_decompositions(decomposition_table())
    if params != "inline" or _updates_buffers(program):
        from torch_iree.program import Program

        # Program wants the module for its own exports only; this one is already exported.
        stateful = Program(program.module(), params=params)
        return stateful.add_exported("main", program, positional_names, decomposed=True).export()
    signature = dataclasses.replace(signature_of(program), positional_names=positional_names)
    nodes = list(program.graph.nodes)  # the importer rewrites the graph; keep the node metadata
    module = import_program(program)
    return Exported(module, {"main": signature}, unsupported_ops(module, nodes))


def _updates_buffers(program: torch.export.ExportedProgram) -> bool:
    return bool(program.graph_signature.buffers_to_mutate)


def positional_names(function: Any, count: int) -> tuple[str, ...]:
    """Names of the first ``count`` positional parameters of ``function`` (for messages)."""
    try:
        parameters = inspect.signature(function).parameters.values()
    except (TypeError, ValueError):
        return ()
    kinds = (inspect.Parameter.POSITIONAL_OR_KEYWORD,)
    return tuple(p.name for p in parameters if p.kind in kinds)[:count]


class _CallableModule(torch.nn.Module):
    def __init__(self, fn: Any) -> None:
        super().__init__()
        self.fn = fn

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)
