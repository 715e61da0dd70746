"""Comparing a compiled model's outputs with eager PyTorch's."""

from __future__ import annotations

import math
from typing import Any

import torch

from torch_iree_models.case import Tolerance


def flat_outputs(value: Any) -> list[torch.Tensor]:
    """The tensors of a (nested) model output, in pytree order."""
    leaves, _ = torch.utils._pytree.tree_flatten(value)
    return [leaf for leaf in leaves if isinstance(leaf, torch.Tensor)]


def max_abs_error(got: Any, want: Any) -> float:
    """Largest elementwise |got - want| over every output leaf (bools/ints compared as numbers)."""
    worst = 0.0
    for g, w in zip(flat_outputs(got), flat_outputs(want), strict=True):
        if g.numel():
            worst = max(worst, float((g.double() - w.double()).abs().max()))
    return worst if math.isfinite(worst) else math.inf


def assert_outputs_match(got: Any, want: Any, tolerance: Tolerance) -> None:
    """Same structure, dtypes and shapes; floats within ``tolerance``, ints and bools exact."""
    got_leaves, got_spec = torch.utils._pytree.tree_flatten(got)
    want_leaves, want_spec = torch.utils._pytree.tree_flatten(want)
    assert got_spec == want_spec, f"output structure differs from eager: {got_spec} vs {want_spec}"
    for i, (g, w) in enumerate(zip(got_leaves, want_leaves, strict=True)):
        assert g.dtype == w.dtype, f"output {i}: dtype {g.dtype}, eager gives {w.dtype}"
        assert g.shape == w.shape, f"output {i}: shape {tuple(g.shape)}, eager gives {tuple(w.shape)}"
        if w.is_floating_point():
            torch.testing.assert_close(
                g, w, atol=tolerance.atol, rtol=tolerance.rtol, msg=lambda m, i=i: f"output {i}: {m}"
            )
        else:
            assert torch.equal(g, w), f"output {i} ({w.dtype}) differs from eager"
