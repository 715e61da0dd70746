"""Calls that return before the device finishes (``loaded.submit``, torch_iree.submission): the
CPU side of the mechanism a GPU uses to avoid a host wait per call, on IREE's threaded CPU
driver. Where the device must not run yet, a test holds it back with a fence of its own
(``wait_for``) and lets a timer release it, so a submit that waited would show, not hang."""

from __future__ import annotations

import dataclasses
import gc
import threading
import time
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

import iree.runtime as rt
import pytest
import torch

import torch_iree
from torch_iree.errors import DeviceError, InputError

RELEASE_AFTER_S = 1.0


class Block(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(32, 32)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return torch.tanh(self.linear(x)) + x


@pytest.fixture(scope="module")
def model() -> Block:
    torch.manual_seed(0)
    return Block().eval()


@pytest.fixture(scope="module")
def compiled(model: Block) -> torch_iree.Compiled:
    exported = torch_iree.export(model, (torch.randn(4, 32),))
    return exported.compile(cache=False)


@contextmanager
def held_back(loaded: torch_iree.Loaded) -> Iterator[threading.Timer]:
    """The next submitted call of ``loaded`` waits for a fence a timer signals later."""
    gate = loaded.device.create_semaphore(0)
    loaded.wait_for(rt.HalFence.create_at(gate, 1))
    timer = threading.Timer(RELEASE_AFTER_S, gate.signal, args=(1,))
    timer.start()
    try:
        yield timer
    finally:
        timer.join()


def eager(model: Block, x: torch.Tensor, times: int = 1) -> torch.Tensor:
    with torch.no_grad():
        for _ in range(times):
            x = model(x)
    return x


def test_submit_returns_what_the_plain_call_does(model: Block, compiled: torch_iree.Compiled) -> None:
    loaded = compiled.load(device="local-task")
    x = torch.randn(4, 32)
    pending = loaded.submit(x)
    assert [value.shape for value in pending.outputs] == [(4, 32)]
    got = pending.result()
    assert pending.done() and pending.result() is got  # read once, kept
    torch.testing.assert_close(got, loaded(x), rtol=0, atol=0)
    torch.testing.assert_close(got, eager(model, x), rtol=1e-5, atol=1e-5)


@pytest.mark.parametrize("device", ["local-task", "local-sync"])
def test_a_chain_stays_on_the_device_and_the_host_does_not_wait(
    model: Block, compiled: torch_iree.Compiled, device: str
) -> None:
    loaded = compiled.load(device=device)
    x = torch.randn(4, 32)
    if device == "local-sync":  # runs each call as it is submitted: no gate to hold it back
        pending = loaded.submit(x)
        for _ in range(9):
            pending = loaded.submit(pending.outputs[0])
        torch.testing.assert_close(pending.result(), eager(model, x, 10), rtol=1e-4, atol=1e-5)
        return
    with held_back(loaded):
        start = time.perf_counter()
        pending = loaded.submit(x)
        for _ in range(9):
            pending = loaded.submit(pending.outputs[0])
        issued_s = time.perf_counter() - start
        not_started = not pending.done()
        assert not pending.wait(timeout_s=0.01)
    assert issued_s < RELEASE_AFTER_S / 2 and not_started
    torch.testing.assert_close(pending.result(), eager(model, x, 10), rtol=1e-4, atol=1e-5)


def test_a_plain_call_waits_for_submitted_ones(model: Block, compiled: torch_iree.Compiled) -> None:
    loaded = compiled.load(device="local-task")
    x = torch.randn(4, 32)
    with held_back(loaded):
        start = time.perf_counter()
        pending = loaded.submit(x)
        plain = loaded(x)
        waited_s = time.perf_counter() - start
    assert waited_s > RELEASE_AFTER_S * 0.8 and pending.done()
    torch.testing.assert_close(plain, pending.result(), rtol=0, atol=0)


def test_inputs_live_until_the_device_has_read_them(model: Block, compiled: torch_iree.Compiled) -> None:
    loaded = compiled.load(device="local-task")
    x = torch.randn(4, 32)
    with held_back(loaded):
        submitted = x.clone()
        alive = weakref.ref(submitted)
        pending = loaded.submit(submitted)
        later = loaded.submit(torch.randn(4, 32))  # the program's last-input cache moves on
        del submitted
        gc.collect()
        held_while_pending = alive() is not None
    assert held_while_pending
    torch.testing.assert_close(pending.result(), eager(model, x), rtol=1e-5, atol=1e-5)
    later.result()
    gc.collect()
    assert alive() is None  # and let go once the device is done with it


def test_a_failed_fence_fails_its_call_and_reset_recovers(compiled: torch_iree.Compiled) -> None:
    loaded = compiled.load(device="local-task")
    x = torch.randn(4, 32)
    gate = loaded.device.create_semaphore(0)
    loaded.wait_for(rt.HalFence.create_at(gate, 1))
    pending = loaded.submit(x)
    gate.fail("the producer of x broke")
    with pytest.raises(DeviceError, match="producer of x broke"):
        pending.result()
    with pytest.raises(DeviceError, match="reset_state"):
        loaded.submit(x).result()
    loaded.reset_state()
    torch.testing.assert_close(loaded.submit(x).result(), loaded(x), rtol=0, atol=0)


def test_submit_checks_inputs_as_a_plain_call_does(compiled: torch_iree.Compiled) -> None:
    loaded = compiled.load(device="local-task")
    with pytest.raises(InputError, match="size 32 in dim 1"):
        loaded.submit(torch.randn(4, 16))
    with pytest.raises(InputError, match="dtype float32"):
        loaded.submit(torch.randn(4, 32, dtype=torch.float64))
    with pytest.raises(TypeError, match="HalFence"):
        loaded.wait_for("not a fence")  # type: ignore[arg-type]
    other = compiled.load(device="local-sync")  # another HAL device
    with pytest.raises(InputError, match="another device"):
        loaded.submit(other.submit(torch.randn(4, 32)).outputs[0])


def test_a_module_without_async_entry_points_says_so(compiled: torch_iree.Compiled) -> None:
    # The same signature over a module written by hand, with only the plain entry point.
    from iree.compiler import compile_str

    source = """
    func.func @main(%x: tensor<4x32xf32>) -> tensor<4x32xf32> {
      %y = arith.addf %x, %x : tensor<4x32xf32>
      return %y : tensor<4x32xf32>
    }
    """
    vmfb = compile_str(source, target_backends=["llvm-cpu"], extra_args=["--iree-llvmcpu-target-cpu=generic"])
    plain = dataclasses.replace(compiled, vmfb=vmfb).load(device="local-task")
    x = torch.randn(4, 32)
    torch.testing.assert_close(plain(x), x + x)
    with pytest.raises(DeviceError, match="no 'main\\$async' entry point"):
        plain.submit(x)


def test_a_written_input_takes_a_pending_output_through_a_private_copy() -> None:
    class Update(torch.nn.Module):
        def forward(self, x: torch.Tensor, i: torch.Tensor) -> torch.Tensor:
            return x.index_put((i,), torch.ones(2, 4))

    x, i = torch.randn(10, 4), torch.tensor([1, 2])
    loaded = torch_iree.compile(Update(), (x, i), cache=False, device="local-task")
    assert loaded.main.signature.copied_inputs == (0,)
    first = loaded.submit(x, i)
    # The program writes into x's buffer: a pending x is copied on the device first, so the
    # chain does not wait and the first call's output is left as it was.
    second = loaded.submit(first.outputs[0], i + 5)
    expected_first = Update()(x, i)
    torch.testing.assert_close(second.result(), Update()(expected_first, i + 5))
    torch.testing.assert_close(first.result(), expected_first)
