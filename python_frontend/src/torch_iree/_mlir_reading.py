"""What a torch-dialect MLIR module without metadata says about itself: the signature of its
``@main`` and the external parameters its globals name.

For an ``.mlir`` file that lost its metadata file, so that it can still be compiled into a
program ``load`` can call (and that knows which parameter archive it needs). The module is
parsed with the compiler's own MLIR bindings; only the text of a single type or attribute is
matched (the bindings have no Python class for ``!torch.vtensor`` or stream parameters).
"""

from __future__ import annotations

import math
import re
from typing import Any

import torch.utils._pytree as pytree
from iree.compiler import ir

from torch_iree import _dtypes as dtypes
from torch_iree import _pytrees as pytrees
from torch_iree.errors import ArtifactError
from torch_iree.parameters import ParameterEntry, ParameterSpec
from torch_iree.signature import InputSlot, Signature, SymbolRange, TensorSpec

_VTENSOR = re.compile(r"!torch\.vtensor<\[(?P<dims>[^\]]*)\],(?P<dtype>\w+)>")
_NAMED_PARAMETER = re.compile(r'#stream\.parameter\.named<"(?P<scope>[^"]*)"::"(?P<key>[^"]*)">')


def parse_module(text: str) -> ir.Module:
    """Parse MLIR text in a fresh context that knows the torch and IREE dialects."""
    context = ir.Context()
    try:
        return ir.Module.parse(text, context)
    except Exception as exc:  # the bindings raise MLIRError (a ValueError subclass on some versions)
        raise ArtifactError(f"not a valid MLIR module: {str(exc).strip().splitlines()[0]}") from None


def _top_level(module: ir.Module, name: str) -> list[Any]:
    return [op.operation for op in module.body.operations if op.operation.name == name]


def signature_of_main(module: ir.Module) -> Signature | None:
    """The Signature of ``func.func @main``, or None when it takes or returns anything but
    value tensors of dtypes torch_iree knows. Dynamic sizes (``?``) become independent symbols
    (``arg0_d0``) of range [1, inf)."""
    main = next(
        (
            f
            for f in _top_level(module, "func.func")
            if ir.StringAttr(f.attributes["sym_name"]).value == "main"
        ),
        None,
    )
    if main is None:
        return None
    function_type = ir.FunctionType(ir.TypeAttr(main.attributes["function_type"]).value)
    symbols: dict[str, SymbolRange] = {}
    inputs = [_tensor_spec(f"arg{i}", str(t), symbols) for i, t in enumerate(function_type.inputs)]
    outputs = [_tensor_spec(f"result{i}", str(t), None) for i, t in enumerate(function_type.results)]
    if any(s is None for s in (*inputs, *outputs)) or not outputs:
        return None
    in_spec = pytree.tree_flatten((tuple(range(len(inputs))), {}))[1]
    out_value: Any = 0 if len(outputs) == 1 else tuple(range(len(outputs)))
    return Signature(
        inputs=tuple(InputSlot(s) for s in inputs),
        outputs=tuple(outputs),  # type: ignore[arg-type]
        user_output_positions=tuple(range(len(outputs))),
        symbols=symbols,
        in_spec=pytrees.dumps(in_spec),
        out_spec=pytrees.dumps(pytree.tree_flatten(out_value)[1]),
    )


def _tensor_spec(name: str, type_text: str, symbols: dict[str, SymbolRange] | None) -> TensorSpec | None:
    match = _VTENSOR.fullmatch(type_text.strip())
    entry = dtypes.BY_TORCH_ELEMENT.get(match.group("dtype")) if match else None
    if match is None or entry is None:
        return None
    shape: list[int | str] = []
    for axis, dim in enumerate(d.strip() for d in match.group("dims").split(",") if d.strip()):
        if dim == "?":
            symbol = f"{name}_d{axis}"
            if symbols is not None:
                symbols[symbol] = SymbolRange(1, None)
            shape.append(symbol)
        else:
            shape.append(int(dim))
    return TensorSpec(name, entry.name, tuple(shape))


def parameters_of(module: ir.Module) -> ParameterSpec | None:
    """The ParameterSpec of the module's ``#stream.parameter.named`` globals, or None."""
    scopes: set[str] = set()
    entries: dict[str, ParameterEntry] = {}
    for op in _top_level(module, "util.global"):
        if "initial_value" not in op.attributes:
            continue
        match = _NAMED_PARAMETER.match(str(op.attributes["initial_value"]))
        if match is None:
            continue
        tensor_type = ir.RankedTensorType(ir.TypeAttr(op.attributes["type"]).value)
        entry = dtypes.BY_BUILTIN.get(str(tensor_type.element_type))
        key = match.group("key")
        if entry is None or not entry.state:
            raise ArtifactError(
                f"parameter {key!r} has element type {tensor_type.element_type}, which torch-iree "
                "cannot describe; export the .mlir again to get its metadata file"
            )
        shape = tuple(int(d) for d in tensor_type.shape)
        scopes.add(match.group("scope"))
        entries[key] = ParameterEntry(key, entry.name, shape, entry.itemsize * math.prod(shape))
    if not entries:
        return None
    if len(scopes) > 1:
        raise ArtifactError(f"the module reads parameters from several scopes ({', '.join(sorted(scopes))})")
    return ParameterSpec(scopes.pop(), tuple(entries.values()))
