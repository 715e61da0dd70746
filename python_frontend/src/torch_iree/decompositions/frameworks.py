"""Decompositions for custom ops that other libraries register with ``torch.library``, which
reach torch.export and Dynamo graphs whole and which IREE cannot lower as opaque calls.

Each entry is looked up when a graph is decomposed (``framework_decompositions``), so an op
whose library was imported after the table was first built is still covered.

- ``transformers::grouped_mm_fallback`` (transformers' mixture-of-experts layers on CPU and
  fp32, ``transformers/integrations/moe.py``): rows of ``input`` sorted by expert, ``offs`` the
  cumulative row count per expert; its own kernel loops over ``offs.tolist()``, a size read from
  tensor data. Written without data-dependent sizes: each row's expert is the number of
  ``offs`` at or below its index, and the row is multiplied by every expert's weight and the
  product of its own expert kept (E times the FLOPs of the loop, no size read from data).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import torch


def _grouped_mm(input: torch.Tensor, weight: torch.Tensor, offs: torch.Tensor) -> torch.Tensor:
    rows = torch.arange(input.shape[0], device=input.device, dtype=offs.dtype)
    expert = (rows[:, None] >= offs[None, :]).sum(-1).clamp(max=weight.shape[0] - 1)
    chosen = torch.nn.functional.one_hot(expert, weight.shape[0]).to(input.dtype)  # (S, E)
    every = torch.einsum("si,eio->seo", input, weight)  # (S, E, out)
    return torch.einsum("se,seo->so", chosen, every)


# (namespace, op name, overload) → decomposition; ops whose library is not loaded are skipped.
_BY_NAME: dict[tuple[str, str, str], Callable[..., Any]] = {
    ("transformers", "grouped_mm_fallback", "default"): _grouped_mm,
}


def framework_decompositions() -> dict[Any, Callable[..., Any]]:
    """The entries whose op is registered in this process."""
    found = {}
    for (namespace, name, overload), fn in _BY_NAME.items():
        try:  # torch.ops makes any namespace on request; looking up a missing op raises
            found[getattr(getattr(getattr(torch.ops, namespace), name), overload)] = fn
        except (AttributeError, RuntimeError):
            continue
    return found
