"""Module state (parameters and buffers) as IREE globals, for programs of several functions.

The frozen import used by ``torch_iree.export`` copies each weight into the function that uses
it. A ``Program`` of several functions must instead share one copy of every weight and keep
mutable buffers (a KV cache, a counter) between calls. This importer hook gives each state
tensor one ``util.global`` named after its ``state_dict`` key:

* weights are immutable globals whose initial value is the tensor itself (``params="inline"``)
  or a named parameter ``#stream.parameter.named<"scope"::"key">`` that a parameter archive
  provides at load time (``params="external"``);
* buffers that any function updates are mutable globals: functions load them and store the
  value they produce, so an update made by one call is seen by the next (and by the other
  functions). Their initial value follows ``params`` like the weights'.

Mutable globals never get a splat initial value (``dense<0.0>``), though a zeroed cache would be
cheapest that way: with splats, IREE 3.13 compiled the example decoder (examples/gpt_decoder.py)
so that a layer's K cache read back the V cache's values (two mutable globals with the same
initial constant, stored at the same places; likely global fusion, not yet reduced to a small
repro: two plain globals stored together compile correctly). Each keeps its own value instead
(an inline blob, or an archive entry: the archive stores a uniform tensor as a splat, so a
zeroed cache costs no file space there).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

import torch
from iree.compiler import ir
from iree.compiler.dialects import util
from iree.compiler.extras.fx_importer import FxImporterHooks, InputInfo
from torch.export.graph_signature import InputKind

from torch_iree.errors import ExportError

# torch dtype → MLIR builtin element type of the global.
ELEMENT_TYPES = {
    torch.float32: "f32",
    torch.float64: "f64",
    torch.float16: "f16",
    torch.bfloat16: "bf16",
    torch.int8: "i8",
    torch.int16: "i16",
    torch.int32: "i32",
    torch.int64: "i64",
    torch.uint8: "ui8",
}
_STATE_KINDS = (InputKind.PARAMETER, InputKind.BUFFER)


@dataclass(frozen=True)
class StateGlobal:
    """One state tensor as the program holds it."""

    name: str  # its state_dict key, and the global's symbol
    tensor_type: str  # e.g. "tensor<4x64x16xf32>"
    mutable: bool
    external: bool  # initial value read from the parameter archive


def tensor_type_of(tensor: torch.Tensor) -> str:
    """The builtin tensor type a global holding ``tensor`` has, e.g. "tensor<4x64xf32>"."""
    return "tensor<" + "".join(f"{d}x" for d in tensor.shape) + ELEMENT_TYPES[tensor.dtype] + ">"


class GlobalDeclarations:
    """Declares ``util.global``s at the top of a module, in the order they are first used (so
    the IR reads, and diffs, in model order; inserting at the block's start alone would
    reverse them)."""

    def __init__(self, module_op: ir.Operation) -> None:
        self._body = module_op.regions[0].blocks[0]
        self._last: Any = None

    def declare(self, symbol: str, tensor_type: str, initial: ir.Attribute, mutable: bool = False) -> None:
        with ir.InsertionPoint.at_block_begin(self._body), ir.Location.unknown():
            op = util.GlobalOp(
                symbol,
                ir.Type.parse(tensor_type),
                sym_visibility="private",
                is_mutable=mutable or None,
                initial_value=initial,
            )
        if self._last is not None:
            op.move_after(self._last)
        self._last = op


class StateAsGlobals(FxImporterHooks):
    """Importer hooks that map a module's parameters and buffers to shared ``util.global``s.

    ``mutated`` names the buffers some function of the program updates; they become mutable.
    Everything that goes to the archive is collected in ``external_tensors`` (by key), in the
    order the program first uses it.
    """

    def __init__(self, params: str, scope: str, mutated: Iterable[str]) -> None:
        self.params = params
        self.scope = scope
        self.mutated = frozenset(mutated)
        self.globals: dict[str, StateGlobal] = {}
        self.external_tensors: dict[str, torch.Tensor] = {}
        self._declarations: GlobalDeclarations | None = None

    def prepare_module(self, module_op: ir.Operation) -> None:
        self._declarations = GlobalDeclarations(module_op)

    def resolve_input(self, gni: Any, value: Any, info: InputInfo) -> ir.Value | None:
        spec = info.input_spec
        if spec.kind not in _STATE_KINDS or not isinstance(value, torch.Tensor):
            return None  # constants and the like: the importer's default (an inline literal)
        mutable = spec.target in self.mutated
        if value.dtype not in ELEMENT_TYPES:
            if mutable:
                raise ExportError(
                    f"buffer {spec.target!r} ({value.dtype}) is updated by the program, but program "
                    f"state can hold only {', '.join(str(d) for d in ELEMENT_TYPES)}; keep it in "
                    "one of those dtypes and convert where it is used"
                )
            return None  # e.g. a bool mask: an inline literal in each function that reads it
        state = self.globals.get(spec.target) or self._declare(spec.target, value, mutable)
        loaded = util.GlobalLoadOp(ir.Type.parse(state.tensor_type), state.name).result
        return ir.Operation.create(
            "torch_c.from_builtin_tensor", results=[info.ir_type], operands=[loaded]
        ).result

    def store_produced_value(self, gni: Any, py_value: Any, produced: ir.Value, info: InputInfo) -> None:
        state = self.globals[info.input_spec.target]
        builtin = ir.Operation.create(
            "torch_c.to_builtin_tensor", results=[ir.Type.parse(state.tensor_type)], operands=[produced]
        ).result
        util.GlobalStoreOp(builtin, state.name)

    def _declare(self, name: str, tensor: torch.Tensor, mutable: bool) -> StateGlobal:
        assert self._declarations is not None, "prepare_module runs before any input"
        tensor_type = tensor_type_of(tensor)
        external = self.params == "external"
        if external:
            initial = ir.Attribute.parse(f'#stream.parameter.named<"{self.scope}"::"{name}"> : {tensor_type}')
            self.external_tensors[name] = tensor
        else:
            initial = _resource_attr(tensor, name, ir.Type.parse(tensor_type))
        self._declarations.declare(name, tensor_type, initial, mutable)
        state = StateGlobal(name, tensor_type, mutable, external)
        self.globals[name] = state
        return state


def _resource_attr(tensor: torch.Tensor, name: str, tensor_type: ir.Type) -> ir.Attribute:
    """The tensor's bytes as an inline resource blob (a copy: the IR owns it from here)."""
    data = tensor.detach().cpu().contiguous().reshape(-1).view(torch.uint8).numpy().copy()
    return ir.DenseResourceElementsAttr.get_from_buffer(memoryview(data), name, tensor_type)
