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
from torch_iree.signature import Signature, signature_of

if TYPE_CHECKING:
    from collections.abc import Sequence

    from torch_iree.compiling import Compiled


class Exported:
    """A program captured by torch.export, decomposed and imported to the MLIR ``torch`` dialect.

    Holds the MLIR module in memory; ``.mlir`` gives its text and ``.save_mlir`` writes it.
    ``.compile(target)`` turns it into a ``Compiled`` program.
    """

    def __init__(self, module: ir.Module, signature: Signature, unsupported: list[UnsupportedOp]) -> None:
        self.module = module
        self.signature = signature
        self.unsupported = unsupported

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

    def compile(self, target: str = "llvm-cpu", flags: Sequence[str] = (), cache: bool = True) -> Compiled:
        """Compile for ``target``; ``cache=False`` bypasses the persistent compile cache."""
        from torch_iree.compiling import compile_exported

        return compile_exported(self, target=target, flags=flags, cache=cache)

    def __repr__(self) -> str:
        inputs = ", ".join(t.describe() for t in self.signature.tensor_inputs)
        outputs = ", ".join(t.describe() for t in self.signature.outputs)
        return f"<Exported ({inputs}) -> ({outputs})>"


def export(
    module: torch.nn.Module | Any,
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    dynamic_shapes: Any = None,
) -> Exported:
    """Capture ``module`` with torch.export on example ``args`` and import it to MLIR.

    ``dynamic_shapes`` is passed to torch.export (``torch.export.Dim`` per dynamic dimension).
    Plain callables are wrapped in a module.
    """
    if not isinstance(module, torch.nn.Module):
        if not callable(module):
            raise ExportError(f"expected an nn.Module or a callable, got {type(module).__name__}")
        module = _CallableModule(module)
    if not isinstance(args, tuple):
        args = (args,)
    positional_names = _positional_names(module, len(args))
    try:
        program = torch.export.export(module, args, kwargs=kwargs, dynamic_shapes=dynamic_shapes)
    except Exception as exc:  # torch.export raises many types; keep its message, add ours.
        raise ExportError(
            f"torch.export could not capture {type(module).__name__}: {exc}\n"
            "See https://pytorch.org/docs/stable/export.html for what export supports."
        ) from exc
    return export_program(program, positional_names=positional_names)


def export_program(program: torch.export.ExportedProgram, positional_names: tuple[str, ...] = ()) -> Exported:
    """Import an ExportedProgram someone already made (e.g. loaded from a ``.pt2`` file)."""
    program = program.run_decompositions(decomposition_table())
    signature = dataclasses.replace(signature_of(program), positional_names=positional_names)
    nodes = list(program.graph.nodes)  # the importer rewrites the graph; keep the node metadata
    module = import_program(program)
    return Exported(module, signature, unsupported_ops(module, nodes))


def _positional_names(module: torch.nn.Module, count: int) -> tuple[str, ...]:
    try:
        parameters = inspect.signature(module.forward).parameters.values()
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
