"""Compare a compiled program with eager PyTorch, leaf by leaf."""

from __future__ import annotations

import torch

import torch_iree


def assert_parity(model: torch.nn.Module, args: tuple, *, atol: float, rtol: float = 1e-4, run=None):
    """Compile ``model`` (unless ``run`` is given) and compare every output leaf to eager."""
    run = run or torch_iree.compile(model, args)
    with torch.no_grad():
        want = model(*args)
    got = run(*args)
    want_leaves, want_spec = torch.utils._pytree.tree_flatten(want)
    got_leaves, got_spec = torch.utils._pytree.tree_flatten(got)
    assert got_spec == want_spec, "compiled outputs are not structured like eager's"
    for w, g in zip(want_leaves, got_leaves, strict=True):
        assert g.dtype == w.dtype and g.shape == w.shape
        torch.testing.assert_close(g, w, atol=atol, rtol=rtol)
    return run
