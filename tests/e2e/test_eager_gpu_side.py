"""The GPU side of the eager device that needs no GPU: which compile target a device name
gets, that a single-op program compiles for CUDA (to PTX, no driver involved), and that naming
a GPU the machine does not have is a clear error at once rather than every op on the host.
The run on a real GPU is `nox -s test-gpu`'s (tests marked ``cuda``)."""

from __future__ import annotations

import iree.runtime as rt
import pytest
import torch
from torch.utils import _pytree

import torch_iree.eager as eager
from torch_iree.compiling import default_compiler
from torch_iree.eager.devices import eager_target
from torch_iree.eager.programs import OpCall, compile_op
from torch_iree.errors import DeviceError, TorchIreeError
from torch_iree.targets import resolve_target


@pytest.mark.parametrize(
    ("device", "target", "expected"),
    [
        ("cpu", None, "llvm-cpu"),
        ("local-sync", None, "llvm-cpu"),
        ("cuda", None, "cuda"),
        ("cuda:1", None, "cuda"),
        ("hip:0", None, "rocm"),
        ("rocm", None, "rocm"),
        ("vulkan", None, "vulkan-spirv"),
        ("cuda:0", "cuda:sm_90", "cuda:sm_90"),
    ],
)
def test_a_device_name_picks_its_compile_target(device: str, target: str | None, expected: str) -> None:
    assert eager_target(device, target).name.startswith(expected)


@pytest.mark.parametrize(
    ("device", "target", "message"),
    [
        ("tpu", None, "unknown device 'tpu'"),
        ("cuda:x", None, "must be an integer"),
        ("cuda:0", "llvm-cpu", "cannot run on device 'cuda:0'"),
        ("", None, "named by a string"),
    ],
)
def test_bad_device_names_are_clear_errors(device: str, target: str | None, message: str) -> None:
    with pytest.raises(TorchIreeError, match=message):
        eager.device(device, target=target)


def _has_a_cuda_device() -> bool:
    try:
        rt.get_device("cuda://0")
    except (RuntimeError, ValueError):
        return False
    return True


def test_a_missing_gpu_fails_when_the_device_is_made() -> None:
    if _has_a_cuda_device():
        pytest.skip("this machine has a CUDA device")
    with pytest.raises(DeviceError, match="no cuda device 0 could be opened"):
        eager.device("cuda:0")


def test_single_op_programs_compile_for_cuda_without_a_gpu() -> None:
    x, w = torch.randn(4, 8), torch.randn(16, 8)
    leaves, spec = _pytree.tree_flatten(((x, w), {}))
    call = OpCall.of_leaves(torch.ops.aten.mm.default, [x, w.t().contiguous()], spec)
    compiled, from_cache = compile_op(
        call, call.tensors, default_compiler(), resolve_target("cuda:sm_80"), cache=None, mode="dynamic"
    )
    assert not from_cache
    assert compiled.target.startswith("cuda") and compiled.driver == "cuda"
    assert b"cuda-nvptx-fb" in compiled.vmfb  # the executable format of IREE's CUDA HAL
