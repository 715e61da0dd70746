"""Adding nodes to a decomposed ATen graph before import: each new node gets its fake value
(``meta["val"]``, which the FX importer types it by) and the provenance of the node it serves
(source line, nn.Module path, the op the user wrote), so errors about it name the user's code."""

from __future__ import annotations

from typing import Any

import torch
from torch._guards import detect_fake_mode

_PROVENANCE = ("stack_trace", "nn_module_stack", "original_aten", "source_fn_stack")


class GraphBuilder:
    """Appends ATen calls to ``graph`` (at the current insertion point), computing each node's
    fake value with the graph's own fake mode."""

    def __init__(self, graph: torch.fx.Graph) -> None:
        self.graph = graph
        self.fake_mode = detect_fake_mode([n.meta.get("val") for n in graph.nodes if "val" in n.meta])
        self.serving: torch.fx.Node | None = None  # the node new ones inherit provenance from

    def call(self, target: Any, *args: Any, **kwargs: Any) -> torch.fx.Node:
        node = self.graph.call_function(target, args, kwargs)
        values, kw_values = torch.fx.node.map_arg((args, kwargs), lambda n: n.meta["val"])
        if self.fake_mode is not None:
            with self.fake_mode:
                node.meta["val"] = target(*values, **kw_values)
        else:
            node.meta["val"] = target(*values, **kw_values)
        if self.serving is not None:
            for key in _PROVENANCE:
                if key in self.serving.meta:
                    node.meta[key] = self.serving.meta[key]
        return node


def value(node: Any) -> Any:
    """The fake value of an FX node (a tensor, a SymInt, ...), or the constant itself."""
    return node.meta.get("val") if isinstance(node, torch.fx.Node) else node
