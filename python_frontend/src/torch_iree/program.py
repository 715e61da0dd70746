"""``Program``: several entry points of one module, compiled into one IREE module.

A deployable model is rarely one function: a decoder has ``prefill`` and ``decode``, which
share their weights and a KV cache. ``Program`` exports each entry point with torch.export,
then imports them all into one MLIR module in which every parameter and buffer is one global
(see ``state_import``): weights are stored once, and buffers the functions update persist
between calls::

    program = torch_iree.Program(model, params="external")
    program.function("prefill", args=(tokens,), dynamic_shapes=({1: seq},))
    program.function("decode", args=(token, position))
    exported = program.export()                 # one Exported, two functions
    exported.save_parameters("model.irpa")      # the weights, streamed to an IREE archive
    loaded = exported.compile("llvm-cpu").load("cpu", parameters="model.irpa")
    logits = loaded.prefill(tokens)
"""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass
from typing import Any

import torch
from iree.compiler import ir
from iree.compiler.extras.fx_importer import FxImporter
from torch.export.graph_signature import OutputKind

from torch_iree.decompositions import decomposition_table
from torch_iree.errors import ExportError
from torch_iree.exporting import Exported, capture, positional_names
from torch_iree.importer import unsupported_ops
from torch_iree.signature import Signature, signature_of
from torch_iree.state_import import StateAsGlobals

PARAMS_MODES = ("inline", "external")
DEFAULT_SCOPE = "model"


@dataclass
class _Function:
    name: str
    program: torch.export.ExportedProgram
    positional_names: tuple[str, ...]


class Program:
    """Builder for a multi-function program over one ``nn.Module``'s state.

    ``params``: "inline" keeps the weights in the compiled module; "external" leaves them out,
    to be read from a parameter archive (``Exported.save_parameters``) when the program loads,
    so one archive serves every target the program is compiled for. ``scope`` is the
    archive's parameter scope.
    """

    def __init__(self, module: torch.nn.Module, params: str = "inline", scope: str = DEFAULT_SCOPE) -> None:
        if not isinstance(module, torch.nn.Module):
            raise ExportError(f"Program takes an nn.Module, got {type(module).__name__}")
        if params not in PARAMS_MODES:
            raise ExportError(f"params must be one of {', '.join(PARAMS_MODES)}, got {params!r}")
        self.module = module
        self.params = params
        self.scope = scope
        self._functions: dict[str, _Function] = {}

    @property
    def function_names(self) -> tuple[str, ...]:
        return tuple(self._functions)

    def function(
        self,
        name: str,
        args: tuple[Any, ...] = (),
        kwargs: dict[str, Any] | None = None,
        dynamic_shapes: Any = None,
        method: str | None = None,
    ) -> Program:
        """Export ``module.<method>`` (default: the method called ``name``, else ``forward``)
        on example ``args`` as the program's function ``name``. Returns the program."""
        self._check_new_name(name)
        if method is None:
            method = name if callable(getattr(self.module, name, None)) else "forward"
        bound = getattr(self.module, method, None)
        if not callable(bound):
            raise ExportError(f"{type(self.module).__name__} has no method {method!r} to export as {name!r}")
        if not isinstance(args, tuple):
            args = (args,)
        program = _export_method(self.module, method, args, kwargs, dynamic_shapes)
        return self.add_exported(name, program, positional_names(bound, len(args)))

    def add_exported(
        self,
        name: str,
        program: torch.export.ExportedProgram,
        positional_names: tuple[str, ...] = (),
        decomposed: bool = False,
    ) -> Program:
        """Add an ExportedProgram made elsewhere (e.g. loaded from a ``.pt2``) as ``name``;
        ``decomposed``: torch_iree's decompositions were already applied to it."""
        self._check_new_name(name)
        if not decomposed:
            program = program.run_decompositions(decomposition_table())
        self._functions[name] = _Function(name, program, positional_names)
        return self

    def _check_new_name(self, name: str) -> None:
        if not name.isidentifier():
            raise ExportError(f"function name {name!r} must be a Python identifier")
        if name in self._functions:
            raise ExportError(f"the program already has a function {name!r}")

    def export(self) -> Exported:
        """Import every function into one MLIR module; weights shared, buffers as state."""
        if not self._functions:
            raise ExportError("the program has no functions: add one with program.function(...)")
        mutated = _mutated_buffers(self._functions.values())
        hooks = StateAsGlobals(self.params, self.scope, mutated)
        importer = FxImporter(context=ir.Context(), hooks=hooks)
        signatures: dict[str, Signature] = {}
        unsupported = []
        for function in self._functions.values():
            # Read what we need from the graph first: the importer rewrites it.
            signature = signature_of(function.program)
            signatures[function.name] = dataclasses.replace(
                signature,
                positional_names=function.positional_names,
                # Only user outputs are returned: state updates are stores to globals.
                user_output_positions=tuple(range(len(signature.outputs))),
            )
            nodes = list(function.program.graph.nodes)
            _check_no_input_mutation(function)
            importer.import_program(
                function.program, func_name=function.name, import_symbolic_shape_expressions=True
            )
            unsupported += unsupported_ops(importer.module, nodes)
        return Exported(
            importer.module,
            signatures,
            list(dict.fromkeys(unsupported)),
            parameters=hooks.external_tensors,
            parameter_scope=self.scope,
            state=tuple(hooks.globals.values()),
        )


def _export_method(
    module: torch.nn.Module, method: str, args: tuple[Any, ...], kwargs: Any, dynamic_shapes: Any
) -> torch.export.ExportedProgram:
    # torch.export traces module.forward; pointing the instance's forward at the method for
    # the duration keeps parameter and buffer names those of the module itself.
    had_own_forward = "forward" in vars(module)
    saved = vars(module).get("forward")
    module.forward = getattr(module, method)
    try:
        return capture(module, args, kwargs, dynamic_shapes, what=f"{type(module).__name__}.{method}")
    finally:
        if had_own_forward:
            module.forward = saved
        else:
            del module.forward


def _mutated_buffers(functions: Any) -> set[str]:
    """Buffers any function updates: each becomes one mutable global all functions share."""
    mutated: set[str] = set()
    for function in functions:
        for spec in function.program.graph_signature.output_specs:
            if spec.kind == OutputKind.BUFFER_MUTATION:
                mutated.add(spec.target)
            elif spec.kind == OutputKind.PARAMETER_MUTATION:
                raise ExportError(
                    f"function {function.name!r} updates parameter {spec.target!r}; programs can "
                    "update buffers only: register it with register_buffer instead"
                )
    return mutated


def _check_no_input_mutation(function: _Function) -> None:
    mutated = function.program.graph_signature.user_inputs_to_mutate
    if mutated:
        raise ExportError(
            f"function {function.name!r} updates its input(s) {', '.join(sorted(set(mutated.values())))} "
            "in place; compiled programs cannot write to caller tensors: return the new value, or "
            "keep it in a buffer (program state)"
        )
