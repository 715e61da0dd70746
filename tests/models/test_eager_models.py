"""The model suite's forward passes in eager mode on an IREE device (torch_iree.eager) match
eager PyTorch within each model's tolerance. The CI subset by default; every model with
``TORCH_IREE_EAGER_MODELS=all`` (kept apart from ``TORCH_IREE_MODELS``, which CI sets: every
op of every model compiles on first use, about 2 more minutes)."""

from __future__ import annotations

import os
import warnings

import pytest
import torch

import torch_iree.eager as eager
from torch_iree_models import MODELS, ModelCase, assert_outputs_match

FULL_SUITE = os.environ.get("TORCH_IREE_EAGER_MODELS", "") == "all"


def _params() -> list:
    params = []
    for case in MODELS.values():
        marks = [] if case.ci else [pytest.mark.slow]
        if not case.ci and not FULL_SUITE:
            marks.append(pytest.mark.skip(reason="outside the CI subset; set TORCH_IREE_EAGER_MODELS=all"))
        params.append(pytest.param(case, id=case.name, marks=marks))
    return params


@pytest.mark.parametrize("case", _params())
def test_forward_on_the_eager_device_matches(case: ModelCase) -> None:
    device = eager.device("cpu")
    model, args = case.module(), case.inputs()
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", eager.HostFallbackWarning)  # counted below instead
        want = model(*args)
        got = model(*[a.to(device) for a in args])
    got = torch.utils._pytree.tree_map(lambda v: v.cpu() if isinstance(v, eager.IreeTensor) else v, got)
    assert_outputs_match(got, want, case.tolerance)
    stats = device.stats
    # Most ops ran on IREE: host fallbacks are the exception (an LSTM's fused CPU kernel).
    assert stats.ops > stats.host_ops, stats


def test_a_cnn_keeps_its_programs_over_batch_sizes() -> None:
    # Convolution and pooling output sizes are floor divisions: their programs are dynamic in
    # the batch only. A convolution fed a pending pooling output binds its buffers when it is
    # submitted, so it waits for that input (torch_iree.submission) rather than failing.
    case = MODELS["cnn_batchnorm"]
    device = eager.device("cpu")
    model = case.module()
    first = None
    with torch.no_grad():
        for batch in (2, 3, 12, 5, 2):
            args = case.inputs(batch)
            got = model(*[a.to(device) for a in args]).cpu()
            assert_outputs_match(got, model(*args), case.tolerance)
            if first is None:
                first = device.stats.compiled + device.stats.disk_hits
    assert device.stats.compiled + device.stats.disk_hits == first
    assert device.stats.host_ops == 0


@pytest.mark.parametrize("case", _params())
def test_model_moved_to_the_eager_device_matches_without_copying_weights(case: ModelCase) -> None:
    # model.to(device): parameters and buffers become device tensors once; later calls copy
    # only their inputs (and host fallbacks' results) to the device, never the weights.
    device = eager.device("cpu")
    model, args = case.module(), case.inputs()
    with torch.no_grad():
        want = model(*args)
    state = {**dict(model.named_parameters()), **dict(model.named_buffers())}
    assert model.to(device) is model
    moved = {**dict(model.named_parameters()), **dict(model.named_buffers())}
    assert sorted(moved) == sorted(state)
    assert all(isinstance(t, eager.IreeTensor) for t in moved.values())
    assert all(isinstance(p, torch.nn.Parameter) for p in model.parameters())
    after_move = device.stats.to_device
    assert after_move == len(state)
    inputs = [a.to(device) if isinstance(a, torch.Tensor) else a for a in args]
    with torch.no_grad(), warnings.catch_warnings():
        warnings.simplefilter("ignore", eager.HostFallbackWarning)
        for _ in range(2):
            before, host_before = device.stats.to_device, device.stats.host_ops
            got = model(*inputs)
            copies, host_ops = device.stats.to_device - before, device.stats.host_ops - host_before
            assert copies <= host_ops * 4, (case.name, copies, host_ops)  # results of host ops only
    got = torch.utils._pytree.tree_map(lambda v: v.cpu() if isinstance(v, eager.IreeTensor) else v, got)
    assert_outputs_match(got, want, case.tolerance)
    model.cpu()  # and back: plain host tensors again
    assert not any(isinstance(t, eager.IreeTensor) for t in [*model.parameters(), *model.buffers()])
    with torch.no_grad():
        assert_outputs_match(model(*args), want, case.tolerance)
