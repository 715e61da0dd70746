"""What a compiled program takes and returns: tensor specs, dynamic dims, pytree structure.

The signature is read from the ExportedProgram before import (the importer consumes the graph)
and travels with the compiled artifact as JSON, so a loaded program can check its arguments
and rebuild the module's output structure without re-exporting anything.
"""

from __future__ import annotations

import functools
import math
import operator
import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import asdict, dataclass, field, replace
from typing import Any

import torch
import torch.utils._pytree as pytree
from torch.export import ExportedProgram
from torch.export.graph_signature import ConstantArgument, InputKind, OutputKind, TensorArgument

from torch_iree import _pytrees as pytrees
from torch_iree.errors import ExportError, InputError

Dim = int | str  # a static size, or the name of a symbolic size ("s0", "2*s0")


def placeholder_values(gm: torch.fx.GraphModule, example_inputs: Sequence[Any]) -> list[Any]:
    """The (fake, possibly symbolic) values Dynamo traced each placeholder of ``gm`` with."""
    placeholders = [n for n in gm.graph.nodes if n.op == "placeholder"]
    return [
        node.meta.get("example_value", example)
        for node, example in zip(placeholders, example_inputs, strict=True)
    ]


def _unflatten(leaves: list[Any], spec: pytree.TreeSpec) -> Any:
    return pytree.tree_unflatten(leaves, spec)


@dataclass(frozen=True)
class SymbolRange:
    min: int
    max: int | None  # None: unbounded


@dataclass(frozen=True)
class TensorSpec:
    name: str
    dtype: str  # torch dtype name without "torch.", e.g. "float32"
    shape: tuple[Dim, ...]

    @property
    def torch_dtype(self) -> torch.dtype:
        return getattr(torch, self.dtype)

    def describe(self) -> str:
        dims = ", ".join(str(d) for d in self.shape)
        return f"{self.dtype}[{dims}]"


@dataclass(frozen=True)
class InputSlot:
    """One flattened user input: a tensor the program takes, or a constant export baked in."""

    tensor: TensorSpec | None
    constant: Any = None
    symbol: str | None = None  # a symbolic size passed as an integer (torch.compile graphs)


@dataclass(frozen=True)
class Signature:
    inputs: tuple[InputSlot, ...]
    outputs: tuple[TensorSpec, ...]
    # Positions of the user's outputs among everything the program returns (buffer mutations
    # of a frozen program come back too, and are dropped).
    user_output_positions: tuple[int, ...]
    symbols: dict[str, SymbolRange] = field(default_factory=dict)
    in_spec: str = ""
    out_spec: str = ""
    # Names of the positional parameters the example call filled, so a caller may pass them
    # by keyword too (as with the eager module).
    positional_names: tuple[str, ...] = ()
    # The ops whose indices the program checks (torch_iree._passes.index_checks): it returns one bool
    # per op after the user's outputs, true when that op was given an index out of range.
    index_checks: tuple[str, ...] = ()
    # Runtime inputs (positions among the tensor and size inputs) the program may write into
    # (torch_iree._passes.aliasing): passed as copies, so the caller's tensors never change.
    copied_inputs: tuple[int, ...] = ()
    # Estimated work per call at the example's shapes (torch_iree._passes.cost): what the runtime picks
    # a CPU driver by; None where unknown (programs saved before it was recorded).
    flops: int | None = None

    @property
    def runtime_input_names(self) -> tuple[str | None, ...]:
        """The placeholder name of each input the program takes at run time, in order (tensors
        by name, sizes as None; constants baked in at export are not inputs)."""
        return tuple(
            slot.tensor.name if slot.tensor is not None else None
            for slot in self.inputs
            if slot.tensor is not None or slot.symbol is not None
        )

    @property
    def tensor_inputs(self) -> tuple[TensorSpec, ...]:
        return tuple(slot.tensor for slot in self.inputs if slot.tensor is not None)

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Signature:
        def tensor(d: dict[str, Any] | None) -> TensorSpec | None:
            return None if d is None else TensorSpec(d["name"], d["dtype"], tuple(d["shape"]))

        return cls(
            inputs=tuple(
                InputSlot(tensor(s["tensor"]), s["constant"], s.get("symbol")) for s in data["inputs"]
            ),
            outputs=tuple(tensor(o) for o in data["outputs"]),  # type: ignore[misc]
            user_output_positions=tuple(data["user_output_positions"]),
            symbols={k: SymbolRange(**v) for k, v in data["symbols"].items()},
            in_spec=data["in_spec"],
            out_spec=data["out_spec"],
            positional_names=tuple(data.get("positional_names", ())),
            index_checks=tuple(data.get("index_checks", ())),
            copied_inputs=tuple(data.get("copied_inputs", ())),
            flops=data["flops"] if isinstance(data.get("flops"), int) else None,
        )

    def with_symbol_names(self, names: Mapping[str, str]) -> Signature:
        """The signature with torch's symbol names (``s77``) replaced by the user's
        (``Dim("batch")``), in shapes, derived sizes (``2*batch``) and ranges."""
        names = {old: new for old, new in names.items() if old != new}
        if not names:
            return self
        pattern = re.compile(r"\b(" + "|".join(map(re.escape, names)) + r")\b")

        def rename(dim: Dim) -> Dim:
            return dim if isinstance(dim, int) else pattern.sub(lambda m: names[m.group(1)], dim)

        def spec(tensor: TensorSpec) -> TensorSpec:
            return TensorSpec(tensor.name, tensor.dtype, tuple(rename(d) for d in tensor.shape))

        return replace(
            self,
            inputs=tuple(replace(s, tensor=spec(s.tensor)) if s.tensor else s for s in self.inputs),
            outputs=tuple(spec(t) for t in self.outputs),
            symbols={names.get(k, k): v for k, v in self.symbols.items()},
        )

    # The pytree structures, parsed once (a call would otherwise parse JSON twice, ~5 µs).
    @functools.cached_property
    def in_tree(self) -> pytree.TreeSpec:
        return pytrees.loads(self.in_spec)

    @functools.cached_property
    def out_tree(self) -> pytree.TreeSpec:
        return pytrees.loads(self.out_spec)

    @functools.cached_property
    def plain_positional_count(self) -> int | None:
        """N when the program was called with N positional leaves (tensors or numbers, no
        nesting, no keywords): such a call's arguments are its flat inputs as they are."""
        spec = self.in_tree
        if spec.type is not tuple or spec.num_children != 2:
            return None
        args, kwargs = spec.children()
        if args.type is not tuple or kwargs.type is not dict or kwargs.num_children:
            return None
        return args.num_children if all(child.is_leaf() for child in args.children()) else None

    @functools.cached_property
    def unflatten_outputs(self) -> Callable[[list[Any]], Any]:
        """leaves → the module's output structure (a plain tensor or tuple without pytree)."""
        spec = self.out_tree
        if spec.is_leaf():
            return operator.itemgetter(0)
        if spec.type is tuple and all(child.is_leaf() for child in spec.children()):
            return tuple
        return functools.partial(_unflatten, spec=spec)

    def flatten_inputs(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
        if kwargs and len(args) < len(self.positional_names):
            args, kwargs = self._bind_keywords(args, kwargs)
        leaves, spec = pytree.tree_flatten((args, kwargs))
        expected = self.in_tree
        if spec != expected:
            self._name_the_mismatch(args, expected)
            raise_structure_mismatch(args, kwargs, expected, len(leaves))
        return leaves

    def _name_the_mismatch(self, args: tuple[Any, ...], expected: Any) -> None:
        """Raise an InputError naming the first positional argument whose nesting differs from
        the example's (a list where a tensor was, a tuple of the wrong length)."""
        try:
            positional = expected.child(0).children()
        except (AttributeError, IndexError, ValueError):
            return
        for index, (value, want) in enumerate(zip(args, positional, strict=False)):
            if pytree.tree_flatten(value)[1] == want:
                continue
            name = self.positional_names[index] if index < len(self.positional_names) else f"argument {index}"
            wanted = "a tensor" if want.is_leaf() else f"a {want.type.__name__} of {want.num_leaves} value(s)"
            raise InputError(
                f"input {name!r} must be {wanted}, structured as at export; got {_describe(value)}"
            )

    def _bind_keywords(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[tuple, dict]:
        args, kwargs = tuple(args), dict(kwargs)
        for name in self.positional_names[len(args) :]:
            if name not in kwargs:
                break
            args += (kwargs.pop(name),)
        return args, kwargs


def _describe(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"a tensor of shape {list(value.shape)}"
    if isinstance(value, (list, tuple, dict)):
        return f"a {type(value).__name__} of {len(value)} item(s)"
    return f"a {type(value).__name__}"


def raise_structure_mismatch(args: tuple, kwargs: dict, expected: Any, got_leaves: int) -> None:
    want = expected.num_leaves
    raise InputError(
        f"expected {want} input value(s) structured like the example arguments at export, got "
        f"{got_leaves} ({len(args)} positional, kwargs {sorted(kwargs)}); pass the same "
        "nesting of tuples/lists/dicts as the example arguments"
    )


def signature_of(program: ExportedProgram) -> Signature:
    """Read the user-facing signature of an ExportedProgram (call before importing it)."""
    placeholders = {n.name: n for n in program.graph.nodes if n.op == "placeholder"}
    symbols = _symbol_ranges(program)
    inputs = []
    for spec in program.graph_signature.input_specs:
        if spec.kind != InputKind.USER_INPUT:
            continue
        if isinstance(spec.arg, TensorArgument):
            value = placeholders[spec.arg.name].meta["val"]
            inputs.append(InputSlot(tensor_spec(spec.arg.name, value)))
        elif isinstance(spec.arg, ConstantArgument):
            inputs.append(InputSlot(None, spec.arg.value))
        else:
            raise ExportError(
                f"input {spec.arg.name!r} is a {type(spec.arg).__name__}; torch_iree compiles "
                "tensor inputs and constants only: pass the value as a tensor"
            )
    output_node = next(n for n in program.graph.nodes if n.op == "output")
    output_values = output_node.args[0]
    outputs, positions = [], []
    for position, spec in enumerate(program.graph_signature.output_specs):
        if spec.kind != OutputKind.USER_OUTPUT:
            continue
        if not isinstance(spec.arg, TensorArgument):
            producer = getattr(output_values[position], "target", None)
            made_by = f" (made by {producer})" if producer is not None else ""
            raise ExportError(
                f"output {position} is a {type(spec.arg).__name__}{made_by}, not a tensor; return "
                "tensors from the module (wrap Python numbers with torch.tensor)"
            )
        outputs.append(tensor_spec(spec.arg.name, output_values[position].meta["val"]))
        positions.append(position)
    return Signature(
        inputs=tuple(inputs),
        outputs=tuple(outputs),
        user_output_positions=tuple(positions),
        symbols=symbols,
        in_spec=pytrees.dumps(program.call_spec.in_spec),
        out_spec=pytrees.dumps(program.call_spec.out_spec),
    )


def tensor_spec(name: str, value: Any) -> TensorSpec:
    if not isinstance(value, torch.Tensor):
        raise ExportError(f"{name!r} is a {type(value).__name__}, expected a tensor")
    shape: list[Dim] = [
        int(d) if isinstance(d, int) or not isinstance(d, torch.SymInt) else _sym_name(d) for d in value.shape
    ]
    return TensorSpec(name, str(value.dtype).removeprefix("torch."), tuple(shape))


def _sym_name(size: torch.SymInt) -> Dim:
    expr = size.node.expr
    return int(expr) if expr.is_number else str(expr)


def _symbol_ranges(program: ExportedProgram) -> dict[str, SymbolRange]:
    ranges = {}
    for symbol, value_range in program.range_constraints.items():
        if not getattr(symbol, "is_symbol", False):
            continue
        upper = value_range.upper
        upper_int = None if not math.isfinite(float(upper)) else int(upper)
        lower = value_range.lower
        # An unbacked symbol (a size read from data, say by nonzero) may be unbounded below.
        ranges[str(symbol)] = SymbolRange(int(lower) if math.isfinite(float(lower)) else 0, upper_int)
    return ranges


def sole_function(functions: Mapping[str, Signature], what: str) -> Signature:
    if len(functions) != 1:
        raise AttributeError(
            f"this {what} program has functions {', '.join(functions)}; take one's signature "
            "from .functions[name]"
        )
    return next(iter(functions.values()))
