"""Numerics bisection: which op of a model does IREE compute differently from PyTorch?

``bisect(model, args, target=...)`` captures the model with torch.export (its ATen ops as the
user's code called them, before torch-iree's decompositions) and runs it in PyTorch, keeping
every op's inputs and outputs. Then each op runs on IREE *on PyTorch's inputs*, so an op's
error is its own and not what earlier ops passed on: all ops go into one program (one compile)
whose inputs are every op's recorded operands and whose outputs are every op's results. An op
that does not compile there is found by splitting that program in halves, and reported with
the compiler's error; the others still run.

The result lists per op the largest absolute and relative error against PyTorch, and names the
first op past the tolerance with the line of the model's source that called it.
"""

from __future__ import annotations

import math
import operator
import os
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

import torch
from torch.utils import _pytree

from torch_iree.errors import ExportError, NumericsError, TorchIreeError

# (rtol, atol) per dtype when the caller gives none: the fp32 pair is what the model suite
# allows for whole models, so a single op passing it is held to at least that standard.
DEFAULT_TOLERANCES = {
    torch.float32: (1e-4, 1e-5),
    torch.float64: (1e-7, 1e-9),
    torch.float16: (1e-2, 1e-3),
    torch.bfloat16: (2e-2, 1e-2),
}
_SOURCE_LINE = re.compile(r'File "(?P<file>[^"]+)", line (?P<line>\d+), in (?P<fn>\S+)\n\s*(?P<code>[^\n]*)')


# A whole model's output gathers the rounding of every op before it: ten times an op's own.
MODEL_TOLERANCE_FACTOR = 10.0


@dataclass(frozen=True)
class OpResult:
    """One op of the model, run on IREE against PyTorch on the same inputs."""

    index: int  # position among the model's ops, in execution order
    node: str  # the FX node's name
    op: str  # the ATen overload, e.g. aten.gelu.default
    source: str | None  # file:line (code) of the model that called it, where torch knows it
    max_abs: float | None = None  # None: not compared (see error)
    max_rel: float | None = None
    ok: bool = False
    error: str | None = None  # why it could not be compared: the compiler's or runtime's error

    def describe(self) -> str:
        where = f" at {self.source}" if self.source else ""
        if self.error:
            return f"op {self.index} {self.op} ({self.node}){where}: {self.error}"
        return (
            f"op {self.index} {self.op} ({self.node}){where}: max abs error {self.max_abs:.3g}, "
            f"max rel error {self.max_rel:.3g}"
        )


@dataclass(frozen=True)
class BisectReport:
    target: str
    ops: tuple[OpResult, ...]
    tolerance: tuple[float, float] | None  # (rtol, atol) given, or None: per dtype

    @property
    def first_bad(self) -> OpResult | None:
        """The first op, in execution order, past the tolerance or not run on IREE."""
        return next((op for op in self.ops if not op.ok), None)

    def table(self) -> str:
        header = f"{'#':>4}  {'op':34} {'max abs':>10} {'max rel':>10}  {'':4} source"
        lines = [header]
        for op in self.ops:
            if op.error:
                values = f"{'-':>10} {'-':>10}  FAIL {op.error[:80]}"
            else:
                values = f"{op.max_abs:>10.3g} {op.max_rel:>10.3g}  {'ok' if op.ok else 'BAD':4}"
            lines.append(f"{op.index:>4}  {op.op[:34]:34} {values} {op.source or ''}".rstrip())
        bad = self.first_bad
        lines.append("")
        lines.append(
            f"first op past the tolerance: {bad.describe()}" if bad else "every op within the tolerance"
        )
        return "\n".join(lines)


@dataclass
class _Op:
    """An op of the traced model with what PyTorch gave it and got from it."""

    index: int
    node: torch.fx.Node
    args: Any  # the node's args and kwargs with every value recorded (tensors and constants)
    kwargs: Any
    outputs: list[torch.Tensor]
    single: bool  # the op returns one tensor (not a tuple or list of them)


def bisect(
    model: Callable[..., Any],
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    *,
    target: str = "llvm-cpu",
    device: str = "cpu",
    rtol: float | None = None,
    atol: float | None = None,
    cache: Any = True,
) -> BisectReport:
    """Run ``model`` op by op in PyTorch and on IREE (see the module's docstring).

    ``rtol``/``atol``: the tolerance for every op (default: per dtype, ``DEFAULT_TOLERANCES``).
    """
    if (rtol is None) != (atol is None):
        raise TorchIreeError("give both rtol and atol, or neither (a tolerance per dtype)")
    for name, value in (("rtol", rtol), ("atol", atol)):
        if value is not None and not (
            isinstance(value, (int, float)) and math.isfinite(value) and value >= 0
        ):
            raise TorchIreeError(f"{name} must be a finite number >= 0, got {value!r}")
    args = args if isinstance(args, tuple) else (args,)
    ops = _recorded_ops(model, args, kwargs or {})
    results = {op.index: result for op, result in _run_on_iree(ops, target, device, cache)}
    tolerance = None if rtol is None else (float(rtol), float(atol))
    compared = [_compare(op, results[op.index], tolerance) for op in ops]
    return BisectReport(target, tuple(compared), tolerance)


def _recorded_ops(model: Callable[..., Any], args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[_Op]:
    """The model's ATen ops in execution order, each with PyTorch's inputs and outputs."""
    module = model if isinstance(model, torch.nn.Module) else _Wrapped(model)
    with torch.no_grad():
        try:
            program = torch.export.export(module, args, kwargs)
        except Exception as exc:  # torch.export's own errors come in many classes
            raise ExportError(
                f"torch.export could not capture the model to bisect it: {_first_line(exc)}"
            ) from exc
        graph_module = program.module()
        values: dict[torch.fx.Node, Any] = {}
        recorder = _Recorder(graph_module, values)
        recorder.run(*_pytree.tree_leaves((args, _in_export_order(kwargs, program))))
    ops: list[_Op] = []
    for node in graph_module.graph.nodes:
        if node.op != "call_function" or not _comparable(node, values.get(node)):
            continue
        recorded = torch.fx.map_arg((node.args, node.kwargs), lambda n: values[n])
        outputs = _tensors(values[node])
        ops.append(
            _Op(len(ops), node, recorded[0], recorded[1], outputs, isinstance(values[node], torch.Tensor))
        )
    if not ops:
        raise TorchIreeError("the model has no ATen op whose result is a tensor: nothing to compare")
    return ops


def _in_export_order(kwargs: dict[str, Any], program: torch.export.ExportedProgram) -> dict[str, Any]:
    """``kwargs`` in the order the exported graph takes them (``forward``'s, not the call's)."""
    spec = program.call_spec.in_spec
    if not kwargs or spec is None:
        return kwargs
    from torch.export._tree_utils import reorder_kwargs  # torch.export's own rule

    return reorder_kwargs(kwargs, spec)


class _Wrapped(torch.nn.Module):
    def __init__(self, fn: Callable[..., Any]) -> None:
        super().__init__()
        self.fn = fn

    def forward(self, *args: Any, **kwargs: Any) -> Any:
        return self.fn(*args, **kwargs)


class _Recorder(torch.fx.Interpreter):
    def __init__(self, module: torch.fx.GraphModule, values: dict[torch.fx.Node, Any]) -> None:
        super().__init__(module)
        self._values = values

    def run_node(self, node: torch.fx.Node) -> Any:
        value = super().run_node(node)
        # A copy: a later in-place op (``x /= s``: the captured graph keeps it) must not change
        # what this op was recorded to return, or what a later op was recorded to take.
        self._values[node] = _pytree.tree_map(
            lambda v: v.clone() if isinstance(v, torch.Tensor) else v, value
        )
        return value


def _comparable(node: torch.fx.Node, value: Any) -> bool:
    """An ATen op with tensor results that a program can compute again from recorded inputs."""
    target = node.target
    if not isinstance(target, torch._ops.OpOverload):
        return False
    if target._schema.is_mutable or torch.Tag.nondeterministic_seeded in target.tags:
        return False  # in-place updates of state, and random numbers, have no single answer
    tensors = _tensors(value)
    return bool(tensors) and len(tensors) == len(_pytree.tree_leaves(value))


def _tensors(value: Any) -> list[torch.Tensor]:
    return [leaf for leaf in _pytree.tree_leaves(value) if isinstance(leaf, torch.Tensor)]


def _isolated_program(ops: Sequence[_Op]) -> tuple[torch.fx.GraphModule, list[torch.Tensor]]:
    """One graph that runs every op of ``ops`` on inputs of its own and returns all results."""
    graph = torch.fx.Graph()
    inputs: list[torch.Tensor] = []
    outputs = []

    def placeholder(value: Any) -> Any:
        if not isinstance(value, torch.Tensor):
            return value
        inputs.append(value)
        return graph.placeholder(f"in{len(inputs)}")

    for op in ops:
        node_args, node_kwargs = _pytree.tree_map(placeholder, (op.args, op.kwargs))
        result = graph.call_function(op.node.target, tuple(node_args), dict(node_kwargs))
        items = (
            [result]
            if op.single
            else [graph.call_function(operator.getitem, (result, i)) for i in range(len(op.outputs))]
        )
        for item in items:
            # A copy: a view of an input (transpose, expand) is then a result of its own.
            outputs.append(graph.call_function(torch.ops.aten.clone.default, (item,)))
    graph.output(tuple(outputs))
    return torch.fx.GraphModule(torch.nn.Module(), graph), inputs


def _run_on_iree(
    ops: Sequence[_Op], target: str, device: str, cache: Any
) -> list[tuple[_Op, list[torch.Tensor] | str]]:
    """Each op's results on IREE, or the error that kept it from running; a program that fails
    is split in halves until the failing ops stand alone."""
    from torch_iree.exporting import export

    program, inputs = _isolated_program(ops)
    try:
        loaded = export(program, tuple(inputs)).compile(target=target, cache=cache).load(device=device)
        results = list(_pytree.tree_leaves(loaded(*inputs)))
    except TorchIreeError as exc:
        if len(ops) == 1:
            return [(ops[0], _first_line(exc))]
        middle = len(ops) // 2
        return [
            *_run_on_iree(ops[:middle], target, device, cache),
            *_run_on_iree(ops[middle:], target, device, cache),
        ]
    found: list[tuple[_Op, list[torch.Tensor] | str]] = []
    for op in ops:
        found.append((op, results[: len(op.outputs)]))
        results = results[len(op.outputs) :]
    return found


def _first_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    return (lines[0] if lines else type(exc).__name__)[:300]


def _compare(op: _Op, got: list[torch.Tensor] | str, tolerance: tuple[float, float] | None) -> OpResult:
    base: dict[str, Any] = {
        "index": op.index,
        "node": op.node.name,
        "op": str(op.node.target),
        "source": source_line(op.node),
    }
    if isinstance(got, str):
        return OpResult(**base, error=got)
    worst_abs = worst_rel = 0.0
    ok = True
    for want, have in zip(op.outputs, got, strict=True):
        if have.shape != want.shape:
            return OpResult(**base, error=f"shape {list(have.shape)} where PyTorch gives {list(want.shape)}")
        max_abs, max_rel, close = _difference(want, have.to(want.dtype), tolerance)
        worst_abs, worst_rel, ok = max(worst_abs, max_abs), max(worst_rel, max_rel), ok and close
    return OpResult(**base, max_abs=worst_abs, max_rel=worst_rel, ok=ok)


def _difference(
    want: torch.Tensor, have: torch.Tensor, tolerance: tuple[float, float] | None
) -> tuple[float, float, bool]:
    """Largest absolute and relative error, and whether every element is within tolerance
    (NaN where PyTorch has NaN counts as equal; integers and booleans must match exactly)."""
    want, have = want.detach(), have.detach()
    if want.numel() == 0:
        return 0.0, 0.0, True
    if not (want.is_floating_point() or want.is_complex()):
        error = (want.to(torch.int64) - have.to(torch.int64)).abs()
        relative = error / want.to(torch.int64).abs().clamp_min(1)
        return float(error.max()), float(relative.max()), not bool(error.any())
    rtol, atol = tolerance or DEFAULT_TOLERANCES.get(want.dtype, DEFAULT_TOLERANCES[torch.float32])
    want64, have64 = (
        want.to(torch.complex128 if want.is_complex() else torch.float64),
        have.to(torch.complex128 if want.is_complex() else torch.float64),
    )
    both_nan = torch.isnan(want64) & torch.isnan(have64)
    same_inf = torch.isinf(want64) & (want64 == have64)
    error = (have64 - want64).abs().masked_fill(both_nan | same_inf, 0.0)
    error = torch.nan_to_num(error, nan=math.inf)
    scale = want64.abs().masked_fill(both_nan | same_inf, 1.0)
    relative = error / scale.clamp_min(torch.finfo(torch.float64).tiny)
    close = bool((error <= atol + rtol * scale).all())
    return float(error.max()), float(relative.max()), close


def source_line(node: torch.fx.Node) -> str | None:
    """``file:line (code)`` of the last frame of the node's stack trace: the model's line."""
    trace = node.meta.get("stack_trace")
    if not trace:
        return None
    frames = list(_SOURCE_LINE.finditer(trace))
    if not frames:
        return None
    # The innermost frame outside torch: the model's line, not F.linear's inside nn.Linear.
    torch_dir = os.path.dirname(torch.__file__) + os.sep
    outside = [frame for frame in frames if not frame["file"].startswith(torch_dir)]
    last = (outside or frames)[-1]
    return f"{last['file']}:{last['line']} ({last['code'].strip()[:60]})"


def check_against_eager(
    model: Callable[..., Any],
    loaded: Callable[..., Any],
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    *,
    target: str = "llvm-cpu",
    device: str = "cpu",
) -> None:
    """Run ``loaded`` and ``model`` on the same inputs; where any output differs beyond the
    model tolerance (per dtype, ``MODEL_TOLERANCE_FACTOR`` times an op's), bisect and raise
    ``NumericsError`` with the first op that differs on its own."""
    args = args if isinstance(args, tuple) else (args,)
    kwargs = kwargs or {}
    with torch.no_grad():
        want = _pytree.tree_leaves(model(*args, **kwargs))
        got = _pytree.tree_leaves(loaded(*args, **kwargs))
    for position, (expected, actual) in enumerate(zip(want, got, strict=False)):
        if not isinstance(expected, torch.Tensor):
            continue
        rtol, atol = DEFAULT_TOLERANCES.get(expected.dtype, DEFAULT_TOLERANCES[torch.float32])
        tolerance = (rtol * MODEL_TOLERANCE_FACTOR, atol * MODEL_TOLERANCE_FACTOR)
        if actual.shape == expected.shape:
            max_abs, _, close = _difference(expected, actual.to(expected.dtype), tolerance)
            if close:
                continue
            what = f"max abs error {max_abs:.3g}"
        else:
            what = f"shape {list(actual.shape)} where eager gives {list(expected.shape)}"
        report = bisect(model, args, kwargs, target=target, device=device)
        bad = report.first_bad
        found = (
            f"the first op that differs on its own: {bad.describe()}"
            if bad
            else "every op is within the tolerance on its own: the difference builds up across ops"
        )
        raise NumericsError(
            f"output {position} of the compiled program differs from eager PyTorch ({what}); {found}",
            report,
        )
