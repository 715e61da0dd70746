"""How much work a graph does per call, estimated from its decomposed ATen ops at the example's
shapes: the runtime uses it to pick a CPU driver (``torch_iree.runtime.cpu_driver``).

Matrix products, convolutions and attention count their multiply-adds as torch's own FLOP
counter does (``torch.utils.flop_counter``); every other op counts one operation per output
element. It is a size class, not a prediction: enough to tell a graph whose call is over in
microseconds from one worth spreading over threads.
"""

from __future__ import annotations

from typing import Any

import torch
import torch.utils._pytree as pytree
from torch.utils.flop_counter import flop_registry


def estimate_flops(graph: torch.fx.Graph) -> int:
    total = 0
    for node in graph.nodes:
        if node.op == "call_function":
            total += _node_flops(node)
    return total


def _node_flops(node: torch.fx.Node) -> int:
    output = _concrete(node.meta.get("val"))
    counter = flop_registry.get(getattr(node.target, "overloadpacket", None))
    if counter is not None:
        args, kwargs = pytree.tree_map_only(
            torch.fx.Node, lambda n: _concrete(n.meta.get("val")), (node.args, node.kwargs)
        )
        try:
            return int(counter(*args, **kwargs, out_val=output))
        except Exception:
            pass
    return sum(leaf.numel() for leaf in pytree.tree_leaves(output) if isinstance(leaf, torch.Tensor))


def _concrete(value: Any) -> Any:
    """``value`` with each tensor as a meta tensor of its example sizes (a symbolic size at its
    hint, read without guarding on it: the estimate must not specialise a dynamic dimension)."""
    return pytree.tree_map_only(
        torch.Tensor,
        lambda t: torch.empty([_hint(d) for d in t.shape], dtype=t.dtype, device="meta"),
        value,
    )


def _hint(size: Any) -> int:
    if isinstance(size, torch.SymInt):
        node = size.node
        return int(node.hint) if node.has_hint() else 1  # data-dependent: no example value
    return int(size)
