"""Eager execution on IREE devices: tensors whose values live on an IREE device, and ATen ops
on them that run there one at a time, each as a single-op program.

    dev = torch_iree.eager.device("cpu")
    x = torch.randn(4, 8).to(dev)          # an IreeTensor
    y = torch.nn.functional.gelu(x @ x.T)  # two programs, submitted: no host wait
    print(y.cpu())                         # reading waits

Why a ``__torch_dispatch__`` subclass and not a PrivateUse1 backend: a backend needs a C++
allocator and kernel registrations built against each torch release; the subclass is plain
Python over the same importer, compiler, compile cache and runtime session as the rest of
torch-iree, and sees every ATen op (after PyTorch's own composite decompositions), which is
exactly the unit of one program. Its cost is Python per op (see benchmarks/results/eager.txt).
"""

from __future__ import annotations

from torch_iree.eager.devices import EagerDevice, EagerStats, HostFallbackWarning
from torch_iree.eager.tensor import IreeTensor

__all__ = ["EagerDevice", "EagerStats", "HostFallbackWarning", "IreeTensor", "device"]


def device(driver: str = "cpu", target: str | None = None, **options: object) -> EagerDevice:
    """An eager IREE device: ``x.to(torch_iree.eager.device("cpu"))``. Options as for
    ``EagerDevice`` (``cache``, ``compiler``, ``session``)."""
    return EagerDevice(driver, target, **options)  # type: ignore[arg-type]
