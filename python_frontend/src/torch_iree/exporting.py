"""The export stage: PyTorch modules → ``Exported`` programs, through torch.export and the
importer.

``Program`` is the one path: it captures each entry point of a module with torch.export and
imports them all into one MLIR module over the module's state (``torch_iree._importer``'s graph
steps, with one ``ImportOptions``). ``export()`` is a one-function ``Program`` whose weights are
frozen into its function by default (``params``: ``torch_iree.options.ParamsMode``);
``export_program`` takes an ExportedProgram someone already made (e.g. loaded from a ``.pt2``)::

    program = torch_iree.Program(model, params="external")
    program.function("prefill", args=(tokens,), dynamic_shapes=({1: seq},))
    program.function("decode", args=(token, position))
    exported = program.export()                 # one Exported, two functions
    exported.save_parameters("model.irpa")      # the weights, streamed to an IREE archive
    loaded = exported.compile("llvm-cpu").load("cpu", parameters="model.irpa")
    logits = loaded.prefill(tokens)
"""

from __future__ import annotations

import contextlib
import inspect
import logging
import re
from collections.abc import Iterator
from typing import Any

import torch

from torch_iree._importer import Function, decompose, import_programs, quiet_torch_deprecations
from torch_iree._passes.shield import Shield
from torch_iree._state_hook import StatePolicy
from torch_iree._transformers_capture import transformers_capture
from torch_iree.artifacts import Exported
from torch_iree.errors import ExportError
from torch_iree.options import AttentionMode, ImportOptions, ParamsMode, check_params

log = logging.getLogger(__name__)

DEFAULT_SCOPE = "model"


class Program:
    """Builder for a program of one or several functions over one ``nn.Module``'s state.

    ``params``: "inline" (default) keeps the weights in the compiled module, one global each,
    shared by all functions; "external" leaves them out, to be read from a parameter archive
    (``Exported.save_parameters``) when the program loads, so one archive serves every target
    the program is compiled for; "frozen" folds them into each function as constants. ``scope``
    is the archive's parameter scope. Buffers that a function updates are program state in
    every mode. ``index_checks``: every gather- and scatter-like op checks its indices at run
    time and an out-of-range index raises ``InputError``; False trusts the inputs. ``shield``:
    which compiler-bug workarounds apply (``torch_iree.Shield``; default: all). ``attention``:
    "fused" keeps ``scaled_dot_product_attention`` whole for IREE's fused attention op (what GPUs
    want), "decomposed" writes it as matmul + softmax + matmul (faster on CPUs at 128 tokens and
    more: ``torch_iree.options.AttentionMode``).
    """

    def __init__(
        self,
        module: torch.nn.Module,
        params: ParamsMode = "inline",
        scope: str = DEFAULT_SCOPE,
        index_checks: bool = True,
        shield: Shield | None = None,
        attention: AttentionMode = "fused",
    ) -> None:
        if not isinstance(module, torch.nn.Module):
            raise ExportError(f"Program takes an nn.Module, got {type(module).__name__}")
        self.module = module
        self.params = check_params(params)
        self.scope = scope
        # Raises ExportError for an unknown attention mode.
        self.options = ImportOptions(index_checks, shield or Shield(), attention)
        self._functions: dict[str, Function] = {}

    @property
    def function_names(self) -> tuple[str, ...]:
        return tuple(self._functions)

    def function(
        self,
        name: str,
        args: tuple[Any, ...] | Any = (),
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
        names = positional_names(bound, len(args))
        return self._add(name, program, names, user_dim_names(program, args, dynamic_shapes, names, kwargs))

    def add_exported(
        self, name: str, program: torch.export.ExportedProgram, positional_names: tuple[str, ...] = ()
    ) -> Program:
        """Add an ExportedProgram made elsewhere (e.g. loaded from a ``.pt2``) as ``name``."""
        return self._add(name, program, positional_names, {})

    def _add(
        self,
        name: str,
        program: torch.export.ExportedProgram,
        positional_names: tuple[str, ...],
        symbol_names: dict[str, str],
    ) -> Program:
        self._check_new_name(name)
        self._functions[name] = Function(
            name, decompose(program, self.options), positional_names, symbol_names
        )
        return self

    def _check_new_name(self, name: str) -> None:
        if not isinstance(name, str) or not name.isidentifier():
            raise ExportError(f"function name {name!r} must be a Python identifier")
        if name in self._functions:
            raise ExportError(f"the program already has a function {name!r}")

    def export(self) -> Exported:
        """Import every function into one MLIR module; weights shared, buffers as state."""
        log.debug("importing %s (params %s)", ", ".join(self._functions), self.params)
        return import_programs(
            list(self._functions.values()), StatePolicy(self.params, self.scope), self.options
        )


def export(
    module: torch.nn.Module | Any,
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    dynamic_shapes: Any = None,
    params: ParamsMode = "frozen",
    index_checks: bool = True,
    shield: Shield | None = None,
    attention: AttentionMode = "fused",
) -> Exported:
    """Capture ``module`` with torch.export on example ``args`` and import it to MLIR.

    ``dynamic_shapes`` is passed to torch.export (``torch.export.Dim`` per dynamic dimension).
    ``params="external"`` leaves the weights out of the program, for a parameter archive
    (``Exported.save_parameters``); "inline" keeps them as globals of the compiled module; the
    default, "frozen", folds them into the function as constants. Plain callables are
    wrapped in a module. Buffers the module updates are kept as program state.
    ``index_checks=False`` drops the run-time bounds checks of indices; ``attention="decomposed"``
    writes attention as matmuls and softmax, faster on CPUs (see ``Program``).
    """
    if not isinstance(module, torch.nn.Module):
        if not callable(module):
            raise ExportError(f"expected an nn.Module or a callable, got {type(module).__name__}")
        module = _CallableModule(module)
    program = Program(module, params, index_checks=index_checks, shield=shield, attention=attention)
    return program.function("main", args, kwargs, dynamic_shapes, method="forward").export()


def export_program(
    program: torch.export.ExportedProgram,
    positional_names: tuple[str, ...] = (),
    params: ParamsMode = "frozen",
    index_checks: bool = True,
    shield: Shield | None = None,
    attention: AttentionMode = "fused",
) -> Exported:
    """Import an ExportedProgram someone already made (e.g. loaded from a ``.pt2`` file)."""
    if not isinstance(program, torch.export.ExportedProgram):
        raise ExportError(f"expected a torch.export.ExportedProgram, got {type(program).__name__}")
    one = Program(program.module(), params, index_checks=index_checks, shield=shield, attention=attention)
    return one.add_exported("main", program, positional_names).export()


def capture(
    module: torch.nn.Module, args: tuple[Any, ...], kwargs: Any, dynamic_shapes: Any, what: str
) -> torch.export.ExportedProgram:
    """``torch.export.export``, with its failures as an ExportError naming ``what``;
    transformers models with transformers' own export helpers (``_transformers_capture``)."""
    try:
        dynamic = dynamic_shapes is not None
        with _quiet_fake_tensor_log(), quiet_torch_deprecations(), transformers_capture(module, dynamic):
            args, kwargs = _unaliased((args, kwargs))  # after: caches are pytrees from here
            return torch.export.export(module, args, kwargs=kwargs, dynamic_shapes=dynamic_shapes)
    except Exception as exc:  # torch.export raises many types; keep its message, add ours.
        raise ExportError(
            f"torch.export could not capture {what}: {_data_dependence(exc)}{exc}\n"
            "See https://pytorch.org/docs/stable/export.html for what export supports."
        ) from exc


def _unaliased(inputs: Any) -> Any:
    """``inputs`` with every tensor that shares memory with an earlier one replaced by a copy.
    torch.export traces one tensor passed twice (``f(x, x)``) as one input: the program would
    read its first argument for both and give wrong answers for two different tensors."""
    seen: set[int] = set()

    def distinct(value: Any) -> Any:
        if not isinstance(value, torch.Tensor) or value.untyped_storage().nbytes() == 0:
            return value
        storage = value.untyped_storage().data_ptr()
        if storage in seen:
            return value.clone()
        seen.add(storage)
        return value

    return torch.utils._pytree.tree_map(distinct, inputs)


_DATA_DEPENDENT = ("data-dependent", "Pending unbacked symbols")


def _data_dependence(exc: BaseException) -> str:
    """A first line for export's data-dependent failures, whose own message starts with a
    symbolic expression: what the program did and which ATen ops read tensor data."""
    text = str(exc)
    if not any(marker in text for marker in _DATA_DEPENDENT):
        return ""
    caused = re.search(r"Caused by: \(([^)]*)\)", text)
    where = f" at {caused.group(1)}" if caused else ""
    return (
        f"the program depends on tensor data{where}: a Python value read from a tensor "
        "(aten.item / aten._local_scalar_dense, e.g. `if tensor:` or `.tolist()`) or a size set "
        "by the data (aten.nonzero, aten.unique, ...); compute with tensors (torch.where) or mark "
        "the size with torch._check.\n"
    )


@contextlib.contextmanager
def _quiet_fake_tensor_log() -> Iterator[None]:
    """torch logs a traceback at ERROR level for every op that fails while tracing with fake
    tensors, before raising the error we report anyway: keep that out of the user's output."""
    logger = logging.getLogger("torch._subclasses.fake_tensor")
    level = logger.level
    logger.setLevel(logging.CRITICAL)
    try:
        yield
    finally:
        logger.setLevel(level)


def _export_method(
    module: torch.nn.Module, method: str, args: tuple[Any, ...], kwargs: Any, dynamic_shapes: Any
) -> torch.export.ExportedProgram:
    # torch.export traces module.forward; pointing the instance's forward at the method for
    # the duration keeps parameter and buffer names those of the module itself.
    if method == "forward":
        return capture(module, args, kwargs, dynamic_shapes, what=type(module).__name__)
    had_own_forward = "forward" in vars(module)
    saved: Any = vars(module).get("forward")
    module.forward = getattr(module, method)
    try:
        return capture(module, args, kwargs, dynamic_shapes, what=f"{type(module).__name__}.{method}")
    finally:
        if had_own_forward:
            module.forward = saved
        else:
            del module.forward


def user_dim_names(
    program: torch.export.ExportedProgram,
    args: tuple[Any, ...],
    dynamic_shapes: Any,
    names: tuple[str, ...],
    kwargs: dict[str, Any] | None = None,
) -> dict[str, str]:
    """torch's symbol (``s77``) → the name the user gave its ``Dim`` ("batch"), for the tensor
    arguments whose dynamic shapes are given per argument (by position or by name)."""
    if not dynamic_shapes:
        return {}
    per_arg = dict(dynamic_shapes) if isinstance(dynamic_shapes, dict) else dict(enumerate(dynamic_shapes))
    values = [node.meta.get("val") for node in program.graph.nodes if node.op == "placeholder"]
    user = values[len(values) - _leaf_count((args, kwargs or {})) :]
    found, leaf = {}, 0
    for position, value in enumerate(args):
        spec = per_arg.get(position, per_arg.get(names[position] if position < len(names) else None))
        if isinstance(value, torch.Tensor) and leaf < len(user) and isinstance(user[leaf], torch.Tensor):
            axes = spec.items() if isinstance(spec, dict) else enumerate(spec or ())
            for axis, dim in axes:
                size = user[leaf].shape[axis] if axis < user[leaf].dim() else None
                name = getattr(dim, "__name__", None)
                if isinstance(size, torch.SymInt) and name and size.node.expr.is_Symbol:
                    found[str(size.node.expr)] = name
        leaf += _leaf_count(value)
    return found


def _leaf_count(value: Any) -> int:
    import torch.utils._pytree as pytree

    return len(pytree.tree_leaves(value))


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
        _keep_frames_of(fn)

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)


def _keep_frames_of(fn: Any) -> None:
    """torch.export records only ``forward`` frames in a node's stack trace; a plain function's
    own frames are what errors should point at, so register it as an anchor (torch's hook for
    exactly this; absent from some versions, where errors name the wrapper's line instead)."""
    register = getattr(torch.fx.proxy, "_register_stack_trace_anchor", None)
    if register is not None and hasattr(fn, "__code__"):
        register(fn)
