"""Compile targets: one table that maps a target name to IREE compiler flags and a runtime driver.

A target is written ``backend`` or ``backend:arch``: ``llvm-cpu`` (host CPU features),
``llvm-cpu:generic`` (portable x86-64/aarch64 code), ``cuda:sm_80``, ``rocm:gfx942``,
``vulkan-spirv`` or ``vulkan-spirv:rdna3``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from torch_iree.errors import TorchIreeError

if TYPE_CHECKING:
    from torch_iree.options import AttentionMode

HOST = "host"  # llvm-cpu's default arch: the CPU this process runs on


@dataclass(frozen=True)
class Backend:
    name: str
    iree_backend: str  # --iree-hal-target-backends value
    driver: str  # iree.runtime driver that runs its code
    arch_flag: str  # flag that takes the architecture
    default_arch: str | None  # None: the compiler's own default
    device_aliases: tuple[str, ...]  # what users may pass as load(device=...)
    # float64 stays float64 (IREE's torch input demotes it to float32 by default, which changes
    # the compiled function's signature under the caller); Vulkan has no general f64 support.
    keeps_f64: bool = True


BACKENDS: dict[str, Backend] = {
    backend.name: backend
    for backend in (
        Backend(
            "llvm-cpu",
            "llvm-cpu",
            "local-task",
            "--iree-llvmcpu-target-cpu",
            HOST,
            ("cpu", "local-task", "local-sync"),
        ),
        Backend("cuda", "cuda", "cuda", "--iree-cuda-target", None, ("cuda",)),
        Backend("rocm", "rocm", "hip", "--iree-rocm-target", None, ("hip", "rocm")),
        Backend(
            "vulkan-spirv",
            "vulkan-spirv",
            "vulkan",
            "--iree-vulkan-target",
            None,
            ("vulkan",),
            keeps_f64=False,
        ),
    )
}


@dataclass(frozen=True)
class Target:
    """A resolved compile target: what to pass to iree-compile and which driver runs it."""

    backend: Backend
    arch: str | None

    @property
    def name(self) -> str:
        return self.backend.name if self.arch is None else f"{self.backend.name}:{self.arch}"

    @property
    def driver(self) -> str:
        return self.backend.driver

    @property
    def is_host_cpu(self) -> bool:
        """llvm-cpu code for this machine's CPU: the compiler resolves ``host`` to a name and
        features (see ``torch_iree.compiling.HostCpu``)."""
        return self.backend.name == "llvm-cpu" and self.arch == HOST


def resolve_target(spec: str | Target) -> Target:
    if isinstance(spec, Target):
        return spec
    name, _, arch = spec.partition(":")
    backend = BACKENDS.get(name)
    if backend is None:
        known = ", ".join(BACKENDS)
        raise TorchIreeError(f"unknown target {spec!r}; use one of {known} (optionally with ':arch')")
    if backend.name == "llvm-cpu" and arch == "generic":
        return Target(backend, "generic")
    return Target(backend, arch or backend.default_arch)


def preferred_attention(spec: str | Target) -> AttentionMode:
    """How ``torch_iree.compile`` exports attention for a target: "decomposed" (matmul + softmax
    + matmul) on CPUs, where IREE 3.13's fused attention was slower (measurements at
    ``torch_iree.options.AttentionMode``); "fused" elsewhere."""
    return "decomposed" if resolve_target(spec).backend.name == "llvm-cpu" else "fused"


def default_device(driver: str) -> str:
    """The device name ``load`` takes for a program compiled for ``driver`` ("cpu", "cuda", ...)."""
    backend = next((b for b in BACKENDS.values() if b.driver == driver), None)
    return backend.device_aliases[0] if backend is not None else driver
