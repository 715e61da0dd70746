"""How a program's state (its module's parameters and buffers) enters the IR: the importer's
one hook, with a policy.

* ``frozen``: each weight is a literal constant of the function that uses it (the importer's
  default; one-function programs, where the compiler may fold weights into the code);
* ``inline``: each weight is one immutable ``util.global`` whose initial value is the tensor,
  shared by every function of the program;
* ``external``: each weight is a ``util.global`` initialised from the named parameter
  ``#stream.parameter.named<"scope"::"key">``, which a parameter archive provides at load
  time. ``external_min_bytes`` keeps smaller tensors inline (the IR corpus does that).

Under every policy, a buffer that some function updates (a KV cache, a running count) is a
mutable global: functions load it and store what they produce, so an update made by one call is
seen by the next, and by the other functions of the program.

Mutable globals never get a splat initial value (``dense<0.0>``), though a zeroed cache would be
cheapest that way: with splats, IREE 3.13 compiled the example decoder (examples/gpt_decoder.py)
so that a layer's K cache read back the V cache's values (the shield's ``inline_zero_state``
workaround, docs/iree-issues/inline_zero_state.md). Each keeps its own value instead (an inline blob, or an archive entry: the archive stores a uniform tensor as a
splat, so a zeroed cache costs no file space there).
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

from torch_iree import _dtypes as dtypes
from torch_iree.artifacts import StateGlobal
from torch_iree.errors import ExportError
from torch_iree.options import ParamsMode, check_params

_STATE_KINDS = (InputKind.PARAMETER, InputKind.BUFFER)


@dataclass(frozen=True)
class StatePolicy:
    """Where a program's weights live (see the module's docstring)."""

    name: ParamsMode
    scope: str = "model"  # the parameter archive's scope
    external_min_bytes: int = 0  # "external": smaller weights stay frozen literals

    def __post_init__(self) -> None:
        check_params(self.name)  # the one list of modes, and its error


def tensor_type_of(tensor: torch.Tensor) -> str:
    """The builtin tensor type a global holding ``tensor`` has, e.g. "tensor<4x64xf32>"."""
    entry = dtypes.of_torch(tensor.dtype)
    assert entry is not None and entry.state, f"{tensor.dtype} cannot be program state"
    return "tensor<" + "".join(f"{d}x" for d in tensor.shape) + entry.builtin + ">"


def _can_be_state(tensor: torch.Tensor) -> bool:
    entry = dtypes.of_torch(tensor.dtype)
    return entry is not None and entry.state


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


class StateHook(FxImporterHooks):
    """The importer hook that places parameters and buffers by ``policy``.

    ``mutated`` names the buffers some function of the program updates; they become mutable
    globals. Everything that goes to the archive is collected in ``external_tensors`` (by key),
    in the order the program first uses it; ``globals`` lists every global declared.
    """

    def __init__(
        self, policy: StatePolicy, mutated: Iterable[str] = (), splat_zero_state: bool = False
    ) -> None:
        self.policy = policy
        self.mutated = frozenset(mutated)
        # True only to probe whether IREE still needs the shield's inline_zero_state workaround.
        self.splat_zero_state = splat_zero_state
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
        if not _can_be_state(value):
            if mutable:
                allowed = ", ".join(d.name for d in dtypes.DTYPES if d.state)
                raise ExportError(
                    f"buffer {spec.target!r} ({value.dtype}) is updated by the program, but program "
                    f"state can hold only {allowed}; keep it in one of those dtypes and convert "
                    "where it is used"
                )
            return None  # e.g. a bool mask: an inline literal in each function that reads it
        state = self.globals.get(spec.target)
        if state is None:
            if not mutable and not self._as_global(value):
                return None  # frozen: a literal in the function
            state = self._declare(spec.target, value, mutable)
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

    def _as_global(self, tensor: torch.Tensor) -> bool:
        if self.policy.name == "inline":
            return True
        return self.policy.name == "external" and self._external(tensor)

    def _external(self, tensor: torch.Tensor) -> bool:
        nbytes = tensor.numel() * tensor.element_size()
        return self.policy.name == "external" and nbytes >= self.policy.external_min_bytes

    def _declare(self, name: str, tensor: torch.Tensor, mutable: bool) -> StateGlobal:
        assert self._declarations is not None, "prepare_module runs before any input"
        tensor_type = tensor_type_of(tensor)
        external = self._external(tensor)
        if external:
            scope = self.policy.scope
            initial = ir.Attribute.parse(f'#stream.parameter.named<"{scope}"::"{name}"> : {tensor_type}')
            self.external_tensors[name] = tensor
        elif mutable and self.splat_zero_state and not tensor.any():
            initial = ir.Attribute.parse(f"{_zero(tensor)} : {tensor_type}")
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


def _zero(tensor: torch.Tensor) -> str:
    return "dense<0.000000e+00>" if tensor.is_floating_point() else "dense<0>"
