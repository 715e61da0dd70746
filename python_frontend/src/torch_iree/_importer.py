"""FX graphs → torch-dialect MLIR: the one place an ``FxImporter`` is built, and the one list
of steps every graph goes through on its way to the compiler.

Two kinds of graph come in: ``torch.export`` programs (``import_programs``: one or several
functions over one module's state, placed by a ``StatePolicy``) and Dynamo graphs
(``import_dynamo_graph``: torch.compile's unit of work, every placeholder a runtime input).
Only their capture differs; then both run ``GRAPH_STEPS`` in order with the same
``ImportOptions``:

1. ``decompose``: the decomposition table for the attention mode, recovering from a
   decomposition that fails on this graph (core ATen's instead, or the op kept whole);
2. ``shield``: the compiler-bug rewrites (``torch_iree._passes.shield``);
3. ``index_checks``: run-time bounds checks of gather- and scatter-like ops;
4. ``aliasing``: which inputs the program writes and so gets a private copy of;
5. ``import``: IREE's FX importer, then the report of ops the compiler cannot lower.

So a model reaches the compiler the same way, with the same errors, whichever API it came
through.
"""

from __future__ import annotations

import contextlib
import dataclasses
import functools
import logging
import warnings
from collections.abc import Callable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from typing import Any, TypeVar

import torch
import torch.utils._pytree as pytree
from iree.compiler import ir
from iree.compiler.extras.fx_importer import ContextCache, FxImporter
from torch.export.graph_signature import OutputKind, OutputSpec, TensorArgument

from torch_iree import _pytrees as pytrees
from torch_iree._attribution import NodeLocations
from torch_iree._passes.aliasing import copied_inputs
from torch_iree._passes.cost import estimate_flops
from torch_iree._passes.index_checks import add_index_checks
from torch_iree._passes.op_support import describe_node, unsupported_ops
from torch_iree._state_hook import StateHook, StatePolicy
from torch_iree.artifacts import Exported
from torch_iree.decompositions import core_decompositions, decomposition_table, kept_whole
from torch_iree.decompositions.frameworks import framework_decompositions
from torch_iree.errors import ExportError, TorchIreeError
from torch_iree.options import ImportOptions
from torch_iree.signature import InputSlot, Signature, placeholder_values, signature_of, tensor_spec

log = logging.getLogger(__name__)

# The steps after capture, in the order both entries run them (see the module's docstring).
GRAPH_STEPS = ("decompose", "shield", "index_checks", "aliasing", "import")


@dataclass(frozen=True)
class Function:
    """One function of a program: an ExportedProgram and the names of its positional parameters."""

    name: str
    program: torch.export.ExportedProgram
    positional_names: tuple[str, ...] = ()
    symbol_names: Mapping[str, str] = dataclasses.field(default_factory=dict)  # torch's → the user's


@contextlib.contextmanager
def quiet_torch_deprecations() -> Iterator[None]:
    """torch 2.13 warns (FutureWarning) about its own use of ``LeafSpec`` while exporting and
    decomposing, from inside torch: noise a user of ours cannot act on, filtered only around
    our calls into torch (the process's own warning filters are left alone)."""
    with warnings.catch_warnings():
        warnings.filterwarnings(
            "ignore", message=r".*isinstance\(treespec, LeafSpec\)", category=FutureWarning
        )
        yield


def decompose(
    program: torch.export.ExportedProgram, options: ImportOptions | None = None
) -> torch.export.ExportedProgram:
    """Step 1 for a torch.export program: ``program`` with the decomposition table applied."""
    options = options or ImportOptions()
    return _with_recovery(
        program.run_decompositions, lambda table: _failing_decomposition(program, table), options
    )


_T = TypeVar("_T")


def _with_recovery(
    run: Callable[[dict[Any, Any]], _T],
    find_failing: Callable[[Mapping[Any, Any]], torch.fx.Node | None],
    options: ImportOptions,
) -> _T:
    """``run(table)`` with torch_iree's decomposition table for ``options.attention``.

    A decomposition that fails on this graph (PyTorch's own ones have bugs on some inputs) is
    replaced by core ATen's, or left out (the op kept whole), so a table entry never makes a
    program fail that the raw path might compile; the compiler then says whether it can lower
    the op. ``find_failing`` names the node whose op's decomposition alone fails."""
    table = {**decomposition_table(kept_whole(options.attention)), **framework_decompositions()}
    for _ in range(_MAX_DROPPED_DECOMPOSITIONS):
        try:
            with quiet_torch_deprecations():
                return run(table)
        except TorchIreeError:
            raise
        except Exception as exc:  # a decomposition's own bug: keep its op whole
            failing = find_failing(table)
            if failing is None:
                raise ExportError(
                    f"decomposing the program failed ({type(exc).__name__}: {_first_line(exc)}); "
                    "register a working decomposition with torch_iree.decompositions.extra_decompositions"
                ) from exc
            core = core_decompositions()
            if failing.target in core and table[failing.target] is not core[failing.target]:
                log.debug("decomposition of %s failed (%s); using core ATen's", describe_node(failing), exc)
                table[failing.target] = core[failing.target]
            else:
                log.debug(
                    "decomposition of %s failed (%s); keeping the op whole", describe_node(failing), exc
                )
                table.pop(failing.target)
    raise ExportError("too many decompositions failed on this program")


_MAX_DROPPED_DECOMPOSITIONS = 8


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[0] if text else ""


def _failing_decomposition(
    program: torch.export.ExportedProgram, table: Mapping[Any, Any]
) -> torch.fx.Node | None:
    """The first node of ``program`` whose op's decomposition alone fails (looked for only after
    a failure: one decomposition run per distinct op)."""
    return _first_failing(program.graph, table, program.run_decompositions)


def _first_failing(
    graph: torch.fx.Graph, table: Mapping[Any, Any], run: Callable[[dict[Any, Any]], Any]
) -> torch.fx.Node | None:
    seen = set()
    for node in graph.nodes:
        if node.op != "call_function" or node.target not in table or node.target in seen:
            continue
        seen.add(node.target)
        try:
            with quiet_torch_deprecations():
                run({node.target: table[node.target]})
        except Exception:
            return node
    return None


def _after_decomposition(
    graph: torch.fx.Graph,
    make_signature: Callable[[], Signature],
    options: ImportOptions,
    add_checks: Callable[[], tuple[str, ...]],
) -> Signature:
    """Steps 2-4 on a decomposed graph (in place), their results in its signature (read after
    the shield's rewrites, before the index checks add their output)."""
    rewritten = options.shield.rewrite(graph)
    if rewritten:
        log.debug("compiler-bug workarounds applied: %s", rewritten)
    signature = make_signature()
    checks = add_checks() if options.index_checks else ()
    return dataclasses.replace(
        signature,
        index_checks=checks,
        copied_inputs=copied_inputs(graph, signature.runtime_input_names),
        flops=estimate_flops(graph),
    )


def import_programs(
    functions: Sequence[Function], policy: StatePolicy, options: ImportOptions | None = None
) -> Exported:
    """Import decomposed ExportedPrograms (``decompose``) into one module, their state placed
    by ``policy``, through steps 2-5 with ``options``."""
    options = options or ImportOptions()
    if not functions:
        raise ExportError("the program has no functions: add one with program.function(...)")
    for function in functions:
        _check_no_input_mutation(function)
    hook = StateHook(
        policy, _mutated_buffers(functions), splat_zero_state=not options.shield.enabled("inline_zero_state")
    )
    importer = _fx_importer(hook)
    signatures: dict[str, Signature] = {}
    unsupported = []
    for function in functions:
        # Read what we need from the graph first: the importer rewrites it.
        program = function.program
        signatures[function.name] = _after_decomposition(
            program.graph,
            functools.partial(_function_signature, function),
            options,
            functools.partial(_check_indices, program),
        )
        nodes = list(function.program.graph.nodes)
        with _import_errors(nodes):
            importer.import_program(
                function.program, func_name=function.name, import_symbolic_shape_expressions=True
            )
        unsupported += unsupported_ops(importer.module, nodes)
    return Exported(
        importer.module,
        signatures,
        list(dict.fromkeys(unsupported)),
        parameters=hook.external_tensors,
        parameter_scope=policy.scope,
        state=tuple(hook.globals.values()),
    )


@contextlib.contextmanager
def _kept_whole_while_tracing(options: ImportOptions) -> Iterator[None]:
    """Tracing below autograd runs every CompositeImplicitAutograd op's own decomposition
    (``scaled_dot_product_attention`` among them), whatever the table says; torch.export's
    ``run_decompositions`` keeps such ops whole with this override, so the Dynamo capture uses
    the same one for the ops the table keeps whole (torch's private API: without it, the
    backend would lose IREE's fused attention)."""
    try:
        from torch._export.utils import _special_op_to_preserve_cia
        from torch.export.exported_program import _override_composite_implicit_decomp
    except ImportError:  # another torch: the ops decompose, which still compiles
        yield
        return
    cia = torch._C.DispatchKey.CompositeImplicitAutograd
    whole = [op for op in kept_whole(options.attention) if op.has_kernel_for_dispatch_key(cia)]
    with _override_composite_implicit_decomp(dict.fromkeys(whole, _special_op_to_preserve_cia)):
        yield


def _function_signature(function: Function) -> Signature:
    signature = signature_of(function.program).with_symbol_names(function.symbol_names)
    return dataclasses.replace(
        signature,
        positional_names=function.positional_names,
        # Only user outputs are returned: state updates are stores to globals.
        user_output_positions=tuple(range(len(signature.outputs))),
    )


def import_dynamo_graph(
    gm: torch.fx.GraphModule, example_inputs: Sequence[Any], options: ImportOptions | None = None
) -> Exported:
    """Capture a Dynamo graph as a functional ATen graph and run ``GRAPH_STEPS`` on it.

    The Exported program's ``lifted`` names the GraphModule's own parameters and buffers that
    the program takes first, before the graph's placeholders (they stay inputs, so weight
    updates are seen and one compiled graph serves any weights of the same shapes).
    """
    from torch._guards import detect_fake_mode

    options = options or ImportOptions()
    values = placeholder_values(gm, example_inputs)
    fake_mode = detect_fake_mode(values) or torch._subclasses.FakeTensorMode(allow_non_fake_inputs=True)

    def capture(table: dict[Any, Any]) -> Any:
        from torch._functorch.aot_autograd import aot_export_module

        # Tensors the graph holds as attributes (constants, unlifted state) are real: the
        # fake mode must take them as they are.
        allowed = fake_mode.allow_non_fake_inputs
        fake_mode.allow_non_fake_inputs = True
        try:
            with fake_mode, _kept_whole_while_tracing(options):
                return aot_export_module(gm, values, trace_joint=False, decompositions=table)
        finally:
            fake_mode.allow_non_fake_inputs = allowed

    def find_failing(table: Mapping[Any, Any]) -> torch.fx.Node | None:
        plain, _ = capture({})  # the graph's ATen ops, undecomposed
        return _first_failing(plain.graph, table, lambda one: capture(one))

    try:
        traced, graph_signature = _with_recovery(capture, find_failing, options)
    except TorchIreeError:
        raise
    except Exception as exc:
        raise ExportError(
            f"tracing the torch.compile graph failed ({type(exc).__name__}: {_first_line(exc)[:300]})"
        ) from exc
    if graph_signature.buffers_to_mutate or graph_signature.user_inputs_to_mutate:
        raise ExportError(
            "the graph mutates its inputs or buffers in place, which the torch.compile backend "
            "does not compile yet"
        )
    lifted = [*graph_signature.parameters, *graph_signature.buffers]
    signature = _after_decomposition(
        traced.graph, lambda: _graph_signature(traced), options, lambda: tuple(add_index_checks(traced.graph))
    )
    nodes = list(traced.graph.nodes)
    importer = _fx_importer()
    with _import_errors(nodes):
        importer.import_stateless_graph(traced.graph, func_name="main")
    module = importer.module
    return Exported(module, {"main": signature}, unsupported_ops(module, nodes), lifted=lifted)


@contextlib.contextmanager
def _import_errors(nodes: Sequence[torch.fx.Node]) -> Iterator[None]:
    """The FX importer's own failures (sparse tensors, effectful or higher-order ops it has no
    conversion for) as an ExportError naming the nodes that caused them."""
    try:
        yield
    except TorchIreeError:
        raise
    except Exception as exc:
        suspects = [describe_node(n) for n in nodes if _unimportable(n, exc)]
        what = ", ".join(suspects[:5]) or "this graph"
        raise ExportError(
            f"the FX importer could not import {what} ({type(exc).__name__}: {str(exc)[:300]}); "
            "sparse tensors, side-effecting ops, higher-order ops other than control flow and "
            "sizes read from tensor data are not supported: rewrite those lines with dense, "
            "functional ops of data-independent shapes"
        ) from exc


def _unimportable(node: torch.fx.Node, exc: BaseException) -> bool:
    if node.op != "call_function":
        return False
    value = node.meta.get("val")
    if isinstance(exc, KeyError) and isinstance(exc.args[0] if exc.args else None, torch.dtype):
        # A dtype the importer has no MLIR type for (complex128, uint64, ...): the ops making it.
        return any(getattr(v, "dtype", None) == exc.args[0] for v in pytree.tree_leaves(value))
    sparse = isinstance(value, torch.Tensor) and value.layout != torch.strided
    data_dependent = bool(node.meta.get("unbacked_bindings"))  # sizes read from tensor data
    return sparse or data_dependent or isinstance(node.target, torch._ops.HigherOrderOperator)


def _fx_importer(hooks: StateHook | None = None) -> FxImporter:
    """IREE's FX importer on a fresh MLIR context: built here and nowhere else. Its op
    locations name the FX node each op came from (``torch_iree._attribution``): the importer has
    no hook for locations, so its context cache is swapped for one that makes them."""
    importer = FxImporter(context=ir.Context(), hooks=hooks)
    importer._cc = _LocatingContextCache(importer._c, py_attr_tracker=importer._py_attr_tracker)
    return importer


class _LocatingContextCache(ContextCache):
    __slots__ = ("_locations",)

    def __init__(self, context: ir.Context, **kwargs: Any) -> None:
        super().__init__(context, **kwargs)
        self._locations = NodeLocations(context)

    def get_node_location(self, node: torch.fx.Node) -> ir.Location:
        return self._locations(node)


def _graph_signature(traced: torch.fx.GraphModule) -> Signature:
    inputs = []
    for node in (n for n in traced.graph.nodes if n.op == "placeholder"):
        value = node.meta.get("val")
        if isinstance(value, torch.Tensor):
            inputs.append(InputSlot(tensor_spec(node.name, value)))
        else:  # a SymInt size: passed to the program as an integer
            inputs.append(InputSlot(None, symbol=node.name))
    output_node = next(n for n in traced.graph.nodes if n.op == "output")
    outputs = []
    for index, value in enumerate(output_node.args[0]):
        val = getattr(value, "meta", {}).get("val")
        if not isinstance(val, torch.Tensor):
            raise ExportError(f"graph output {index} is a {type(val).__name__}, not a tensor")
        outputs.append(tensor_spec(f"output_{index}", val))
    _, in_spec = pytree.tree_flatten(tuple(range(len(inputs))))
    _, out_spec = pytree.tree_flatten(tuple(range(len(outputs))))
    return Signature(
        inputs=tuple(inputs),
        outputs=tuple(outputs),
        user_output_positions=tuple(range(len(outputs))),
        in_spec=pytrees.dumps(in_spec),
        out_spec=pytrees.dumps(out_spec),
    )


def _check_indices(program: torch.export.ExportedProgram) -> tuple[str, ...]:
    """Add the index checks to ``program``'s graph, their flags as its last user output."""
    checked = add_index_checks(program.graph)
    if checked:
        output = next(n for n in program.graph.nodes if n.op == "output")
        flags = TensorArgument(name=output.args[0][-1].name)
        program.graph_signature.output_specs.append(OutputSpec(OutputKind.USER_OUTPUT, flags, None))
    return tuple(checked)


def _mutated_buffers(functions: Sequence[Function]) -> set[str]:
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


def _check_no_input_mutation(function: Function) -> None:
    mutated = function.program.graph_signature.user_inputs_to_mutate
    if mutated:
        output = next(n for n in function.program.graph.nodes if n.op == "output")
        writers = [
            describe_node(n) for n in output.args[0] if isinstance(n, torch.fx.Node) and n.name in mutated
        ]
        raise ExportError(
            f"function {function.name!r} updates its input(s) {', '.join(sorted(set(mutated.values())))} "
            f"in place ({'; '.join(writers) or 'an in-place op'}); compiled programs cannot write to "
            "caller tensors: return the new value, or keep it in a buffer (program state)"
        )
