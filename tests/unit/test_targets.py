from __future__ import annotations

import pytest

from torch_iree import TorchIreeError, resolve_target
from torch_iree.compiling import Compiler, HostCpu
from torch_iree.errors import DeviceError
from torch_iree.runtime import parse_device

# What "host" resolved to on some machine; given, so the table needs no compiler.
ZEN = HostCpu("znver4", "+avx512f,+avx2")
KEEP_F64 = "--iree-input-demote-f64-to-f32=false"  # float64 stays float64 where the target has it


@pytest.mark.parametrize(
    ("spec", "flags", "driver"),
    [
        (
            "llvm-cpu",
            [
                "--iree-hal-target-backends=llvm-cpu",
                "--iree-llvmcpu-target-cpu=znver4",
                "--iree-llvmcpu-target-cpu-features=+avx512f,+avx2",
                KEEP_F64,
            ],
            "local-task",
        ),
        (
            "llvm-cpu:generic",
            ["--iree-hal-target-backends=llvm-cpu", "--iree-llvmcpu-target-cpu=generic", KEEP_F64],
            "local-task",
        ),
        ("cuda:sm_80", ["--iree-hal-target-backends=cuda", "--iree-cuda-target=sm_80", KEEP_F64], "cuda"),
        ("rocm:gfx942", ["--iree-hal-target-backends=rocm", "--iree-rocm-target=gfx942", KEEP_F64], "hip"),
        ("vulkan-spirv", ["--iree-hal-target-backends=vulkan-spirv"], "vulkan"),
    ],
)
def test_target_table(spec: str, flags: list[str], driver: str) -> None:
    target = resolve_target(spec)
    assert list(Compiler(host_cpu=ZEN).flags(target)) == flags
    assert list(Compiler(host_cpu=ZEN).flags(spec, ["--x"])) == [*flags, "--x"]
    assert target.driver == driver


def test_unknown_target_lists_the_known_ones() -> None:
    with pytest.raises(TorchIreeError, match="llvm-cpu, cuda, rocm, vulkan-spirv"):
        resolve_target("tpu")


def test_device_must_match_the_compiled_driver() -> None:
    assert parse_device("cpu", "local-task") == ("local-task", 0)
    assert parse_device("cuda:1", "cuda") == ("cuda", 1)
    with pytest.raises(DeviceError, match="compiled for the local-task driver"):
        parse_device("cuda", "local-task")
    with pytest.raises(DeviceError, match="unknown device"):
        parse_device("tpu", "local-task")
