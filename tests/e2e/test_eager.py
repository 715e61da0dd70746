"""Eager execution on an IREE device (torch_iree.eager): ops on IreeTensors run as single-op
programs, sizes do not recompile, a second process starts warm, values stay on the device until
read, and ops IREE cannot take run on the host with one warning each."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import warnings
from pathlib import Path

import pytest
import torch

import torch_iree.eager as eager
from torch_iree.errors import InputError, TorchIreeError


@pytest.fixture
def dev(tmp_path: Path) -> eager.EagerDevice:
    from torch_iree.cache import CompileCache

    return eager.device("cpu", cache=CompileCache(tmp_path / "cache"))


def mlp() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.GELU(), torch.nn.Linear(16, 4)).eval()


def test_to_device_ops_and_reads(dev: eager.EagerDevice) -> None:
    x = torch.randn(4, 8)
    on_device = x.to(dev)
    assert isinstance(on_device, eager.IreeTensor) and on_device.iree_device is dev
    x.fill_(0.0)  # .to(device) copied: the device's value does not change with x
    y = torch.tanh(on_device @ on_device.T) * 2 + 1
    assert isinstance(y, eager.IreeTensor) and y.shape == (4, 4)
    assert dev.stats.to_host == 0  # nothing read yet: the ops were submitted, not waited for
    expected = torch.tanh(on_device.cpu() @ on_device.cpu().T) * 2 + 1
    torch.testing.assert_close(y.cpu(), expected)
    assert dev.stats.to_host == 1
    torch.testing.assert_close(torch.from_numpy(y.numpy()), expected)
    assert y.sum().item() == pytest.approx(float(expected.sum()), rel=1e-5)
    assert "device='iree:local-task'" in repr(y)
    assert dev.stats.host_ops <= 1  # item(): a scalar read, not an op IREE refused


def test_model_sizes_do_not_recompile(dev: eager.EagerDevice) -> None:
    model = mlp()
    with torch.no_grad():
        for batch in (2, 3, 5, 9, 17):
            x = torch.randn(batch, 8)
            torch.testing.assert_close(model(x.to(dev)).cpu(), model(x), rtol=1e-4, atol=1e-5)
            if batch == 2:
                signatures = dev.stats.compiled + dev.stats.disk_hits
    assert dev.stats.compiled + dev.stats.disk_hits == signatures  # one program per op signature
    assert dev.stats.host_ops == 0
    with torch.no_grad():  # batch 1 is a size class of its own (torch.export fixes size-1 dims)
        model(torch.randn(1, 8).to(dev)).cpu()
    assert dev.stats.compiled + dev.stats.disk_hits > signatures


def test_a_second_process_starts_warm(tmp_path: Path) -> None:
    child = textwrap.dedent(
        """
        import json, sys, torch
        import torch_iree.eager as eager
        from torch_iree.cache import CompileCache
        dev = eager.device("cpu", cache=CompileCache(sys.argv[1]))
        torch.manual_seed(0)
        model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4)).eval()
        x = torch.randn(3, 8)
        with torch.no_grad():
            ok = torch.allclose(model(x.to(dev)).cpu(), model(x), atol=1e-5)
        s = dev.stats
        print(json.dumps({"ok": ok, "compiled": s.compiled, "disk_hits": s.disk_hits}))
        """
    )

    def run() -> dict:
        env = {**os.environ, "OMP_NUM_THREADS": "1"}
        done = subprocess.run(
            [sys.executable, "-c", child, str(tmp_path / "cache")],
            capture_output=True,
            text=True,
            timeout=600,
            env=env,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        return json.loads(done.stdout.strip().splitlines()[-1])

    cold, warm = run(), run()
    assert cold["ok"] and cold["compiled"] > 0
    assert warm["ok"] and warm["compiled"] == 0 and warm["disk_hits"] == cold["compiled"] + cold["disk_hits"]


def test_unsupported_ops_run_on_the_host_with_one_warning(dev: eager.EagerDevice) -> None:
    torch.manual_seed(0)
    a = torch.randn(3, 3)
    square = a @ a.T + torch.eye(3)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        first = torch.linalg.cholesky(square.to(dev) + 0)  # a value the device computed
        second = torch.linalg.cholesky(square.to(dev) * 2)
    fallbacks = [w for w in caught if issubclass(w.category, eager.HostFallbackWarning)]
    assert len(fallbacks) == 1 and "cholesky" in str(fallbacks[0].message)
    torch.testing.assert_close(first.cpu(), torch.linalg.cholesky(square))
    torch.testing.assert_close(second.cpu(), torch.linalg.cholesky(square * 2))
    assert dev.stats.host_ops >= 2 and dev.stats.to_host >= 2  # the copies it cost are counted


def test_in_place_ops_and_host_tensors(dev: eager.EagerDevice) -> None:
    x = torch.randn(4, 8)
    on_device = x.to(dev)
    on_device.add_(1.0)
    on_device.mul_(torch.full((8,), 2.0))  # a host tensor as an operand
    on_device.transpose_(0, 1)  # an in-place view op: the tensor's sizes change
    assert on_device.shape == (8, 4)
    torch.testing.assert_close(on_device.cpu(), ((x + 1.0) * 2.0).T)
    target = torch.zeros(8, 4)
    target.copy_(on_device)  # a host tensor written from a device value
    torch.testing.assert_close(target, ((x + 1.0) * 2.0).T)
    other = torch.zeros(8, 4).to(dev)
    other.copy_(on_device)
    torch.testing.assert_close(other.cpu(), target)


def test_results_of_several_outputs_and_integer_ops(dev: eager.EagerDevice) -> None:
    x = torch.randn(5, 6)
    values, indices = torch.topk(x.to(dev), 2, dim=1)
    want_values, want_indices = torch.topk(x, 2, dim=1)
    torch.testing.assert_close(values.cpu(), want_values)
    assert torch.equal(indices.cpu(), want_indices)
    parts = torch.split(x.to(dev), 2, dim=0)
    assert [p.shape for p in parts] == [(2, 6), (2, 6), (1, 6)]
    assert torch.equal(parts[2].cpu(), x[4:])
    assert torch.equal((x.to(dev) > 0).cpu(), x > 0)


def test_bad_uses_are_clear_errors(dev: eager.EagerDevice) -> None:
    other = eager.device("cpu")
    with pytest.raises(InputError, match="mixes tensors of eager devices"):
        torch.randn(2).to(dev) + torch.randn(2).to(other)
    with pytest.raises(TorchIreeError, match="named by a string"):
        eager.device(3)  # type: ignore[arg-type]
    with pytest.raises(TorchIreeError, match="cannot run on device 'vulkan'"):
        eager.device("vulkan", target="llvm-cpu")
    with pytest.raises(TypeError, match="can be the argument of tensor.to"):
        torch.add(torch.randn(2), dev)  # type: ignore[call-overload]
