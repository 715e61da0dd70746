"""Which ops of an imported program the compiler cannot lower, and where the model used them.

Ops with no torch-dialect definition come out of the FX importer as generic ``torch.operator``
ops: compiling would fail on the first of them with a raw diagnostic. We name them all, with
the model source lines and submodules they came from, before the compiler runs.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable
from typing import Any

import torch
from iree.compiler import ir
from iree.compiler.extras.fx_importer import _get_mlir_op_name_for_schema

from torch_iree.errors import UnsupportedOp

_TORCH_DIR = os.path.dirname(torch.__file__) + os.sep


def generic_ops(module: ir.Module) -> list[tuple[str, str | None]]:
    """The ``torch.operator`` ops left in ``module``: (torch op name, source location)."""
    found: list[tuple[str, str | None]] = []

    def visit(op: Any) -> ir.WalkResult:
        if op.operation.name == "torch.operator":
            name = ir.StringAttr(op.operation.attributes["name"]).value
            found.append((name.removeprefix("torch."), _source_of(op.operation.location)))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return found


def unsupported_ops(module: ir.Module, nodes: Iterable[Any]) -> list[UnsupportedOp]:
    """Generic ops in ``module``, attributed to the FX nodes (source line, nn.Module path)."""
    generic = dict(generic_ops(module))
    found: dict[tuple[str, str | None], UnsupportedOp] = {}
    claimed: set[str] = set()
    for node in nodes:
        schema = getattr(node.target, "_schema", None) if node.op == "call_function" else None
        if schema is None:
            continue
        mlir_name = _get_mlir_op_name_for_schema(schema).removeprefix("torch.")
        if mlir_name not in generic:
            continue
        claimed.add(mlir_name)
        op_name = user_op_name(node, mlir_name)
        source = source_line(node) or generic[mlir_name]
        found.setdefault((op_name, source), UnsupportedOp(op_name, source, module_path(node)))
    for name, source in generic.items():  # ops no FX node claimed: report the IR location
        if name not in claimed:
            found[(name, source)] = UnsupportedOp(name, source, None)
    return list(found.values())


def user_op_name(node: Any, default: str) -> str:
    """The op the user wrote: a decomposition may have turned it into another."""
    original = node.meta.get("original_aten")
    return default if original is None else str(original).removesuffix(".default")


def source_line(node: Any) -> str | None:
    """Where an FX node came from, as "x.py:N": the innermost frame of its stack trace that is
    not torch's own (F.embedding's body, say), else the innermost one."""
    frames = re.findall(r'File "([^"]+)", line (\d+)', node.meta.get("stack_trace") or "")
    users = [f for f in frames if not f[0].startswith(_TORCH_DIR)] or frames
    return f"{users[-1][0]}:{users[-1][1]}" if users else None


def module_path(node: Any) -> str | None:
    """The nn.Module the node ran in ("blocks.0.attn"), None at the top. Dynamo writes the
    path as the Python expression it traced (``L['self'].blocks[0].attn``): written the way
    torch.export and ``named_modules`` do."""
    stack = node.meta.get("nn_module_stack") or {}
    path = (list(stack.values())[-1][0] or None) if stack else None
    if path is None or not path.startswith(("L[", "self")):
        return path
    path = re.sub(r"^L\['self'\]\.?|^self\.?", "", path)
    path = re.sub(r"\[(\d+)\]", r".\1", path)  # blocks[0] -> blocks.0
    path = re.sub(r"\[['\"]([^'\"]+)['\"]\]", r".\1", path)  # layers['a'] -> layers.a
    path = re.sub(r"_modules\.|\._modules", "", path).strip(".")
    return path or None


def _source_of(location: ir.Location) -> str | None:
    # Locations print as loc("file.py":12:0), possibly nested (callsite/fused); the first
    # file:line in the text is the model line the importer recorded for the op.
    match = re.search(r'"([^"]+)":(\d+)', str(location))
    return f"{match.group(1)}:{match.group(2)}" if match else None


def describe_node(node: Any) -> str:
    """The op as the user wrote it, and where: "aten.embedding at model.py:12 (in embed)"."""
    target = node.target
    if getattr(target, "__name__", "") == "with_effects" and len(node.args) > 1:
        target = node.args[1]  # an effectful op wrapped by torch.export: name the op itself
    name = user_op_name(node, str(target).removesuffix(".default"))
    where, inside = source_line(node), module_path(node)
    return name + (f" at {where}" if where else "") + (f" (in {inside})" if inside else "")
