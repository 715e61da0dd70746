"""Import a Dynamo FX graph (torch.compile's unit of work) through the same pipeline as export.

Dynamo hands the backend a GraphModule whose placeholders are the user's tensors, the module's
parameters (lifted as inputs) and, for dynamic shapes, SymInt sizes. ``aot_export_module``
functionalises it and applies the same decomposition table as ``torch_iree.export``; the same
FX importer then makes the torch-dialect module, and the rest (compile, cache, runtime) is
shared with the AOT path.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.utils._pytree as pytree
from torch._functorch.aot_autograd import aot_export_module
from torch._guards import detect_fake_mode

from torch_iree.decompositions import decomposition_table
from torch_iree.errors import ExportError
from torch_iree.exporting import Exported
from torch_iree.importer import import_graph, unsupported_ops
from torch_iree.signature import InputSlot, Signature, tensor_spec


def placeholder_values(gm: torch.fx.GraphModule, example_inputs: list[Any]) -> list[Any]:
    """The (fake, possibly symbolic) values Dynamo traced each placeholder with."""
    values = []
    for node, example in zip(
        (n for n in gm.graph.nodes if n.op == "placeholder"), example_inputs, strict=True
    ):
        values.append(node.meta.get("example_value", example))
    return values


def export_graph(gm: torch.fx.GraphModule, example_inputs: list[Any]) -> tuple[Exported, list[str]]:
    """Functionalise, decompose and import a Dynamo graph.

    Returns the Exported program and the names of the GraphModule's own parameters and
    buffers that the program takes first, before the graph's placeholders.
    """
    values = placeholder_values(gm, example_inputs)
    fake_mode = detect_fake_mode(values)
    if fake_mode is None:
        fake_mode = torch._subclasses.FakeTensorMode(allow_non_fake_inputs=True)
    with fake_mode:
        traced, graph_signature = aot_export_module(
            gm, values, trace_joint=False, decompositions=decomposition_table()
        )
    if graph_signature.buffers_to_mutate or graph_signature.user_inputs_to_mutate:
        raise ExportError(
            "the graph mutates its inputs or buffers in place, which the torch.compile backend "
            "does not compile yet"
        )
    lifted = [*graph_signature.parameters, *graph_signature.buffers]
    placeholders = [n for n in traced.graph.nodes if n.op == "placeholder"]
    inputs = []
    for node in placeholders:
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
    signature = Signature(
        inputs=tuple(inputs),
        outputs=tuple(outputs),
        user_output_positions=tuple(range(len(outputs))),
        in_spec=pytree.treespec_dumps(in_spec),
        out_spec=pytree.treespec_dumps(out_spec),
    )
    nodes = list(traced.graph.nodes)
    module = import_graph(traced)
    return Exported(module, {"main": signature}, unsupported_ops(module, nodes)), lifted
