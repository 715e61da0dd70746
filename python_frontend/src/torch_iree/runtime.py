"""Stage 3: a ``Compiled`` program → a ``Loaded`` callable on an IREE runtime device.

One VM instance per process, and one HAL device per driver and index, both reused by every
loaded program: creating a device starts its worker threads, which is slow and, done per
program, would leave many thread pools spinning next to PyTorch's own.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

import iree.runtime as rt
import ml_dtypes
import numpy as np
import torch

from torch_iree.compiling import Compiled
from torch_iree.errors import DeviceError
from torch_iree.targets import BACKENDS
from torch_iree.validation import InputPlan

# torch dtype → (IREE element type, numpy dtype used for the host copy)
_ELEMENT_TYPES: dict[torch.dtype, tuple[Any, np.dtype]] = {
    torch.float32: (rt.HalElementType.FLOAT_32, np.dtype(np.float32)),
    torch.float64: (rt.HalElementType.FLOAT_64, np.dtype(np.float64)),
    torch.float16: (rt.HalElementType.FLOAT_16, np.dtype(np.float16)),
    torch.bfloat16: (rt.HalElementType.BFLOAT_16, np.dtype(ml_dtypes.bfloat16)),
    torch.int8: (rt.HalElementType.SINT_8, np.dtype(np.int8)),
    torch.int16: (rt.HalElementType.SINT_16, np.dtype(np.int16)),
    torch.int32: (rt.HalElementType.SINT_32, np.dtype(np.int32)),
    torch.int64: (rt.HalElementType.SINT_64, np.dtype(np.int64)),
    torch.uint8: (rt.HalElementType.UINT_8, np.dtype(np.uint8)),
    torch.bool: (rt.HalElementType.BOOL_8, np.dtype(np.bool_)),
}
# torch cannot take numpy arrays of these dtypes; they cross as same-width integers.
_BIT_VIEWS = {torch.bfloat16: (np.int16, torch.int16)}


@functools.cache
def vm_instance() -> rt.VmInstance:
    return rt.VmInstance()


@functools.cache
def hal_device(driver: str, index: int = 0) -> rt.HalDevice:
    if driver not in rt.query_available_drivers():
        raise DeviceError(
            f"the IREE runtime has no {driver!r} driver here; available: "
            f"{', '.join(rt.query_available_drivers())}"
        )
    try:
        if driver.startswith("local-"):
            return rt.get_device(driver)
        return rt.get_device(f"{driver}://{index}")
    except (ValueError, RuntimeError) as exc:
        raise DeviceError(
            f"no {driver} device {index} could be opened ({exc}); check the driver and that the "
            "GPU is visible (nvidia-smi / rocminfo / vulkaninfo)"
        ) from exc


def parse_device(device: str, compiled_driver: str) -> tuple[str, int]:
    """Map a user's device string ("cpu", "cuda:1", "vulkan") to (driver, index)."""
    name, _, index_text = device.partition(":")
    backend = next((b for b in BACKENDS.values() if name in b.device_aliases), None)
    if backend is None:
        raise DeviceError(f"unknown device {device!r}; use cpu, cuda[:N], hip[:N] or vulkan[:N]")
    driver = name if name in ("local-task", "local-sync") else backend.driver
    if backend.driver != compiled_driver and not (
        driver.startswith("local-") and compiled_driver.startswith("local-")
    ):
        raise DeviceError(
            f"the program was compiled for the {compiled_driver} driver and cannot run on "
            f"device {device!r}; compile it for that device's target instead"
        )
    try:
        return driver, int(index_text or 0)
    except ValueError:
        raise DeviceError(f"device index in {device!r} must be an integer") from None


class Loaded:
    """A compiled program resident on a device, called like the original module."""

    def __init__(self, compiled: Compiled, device: str = "cpu", function: str = "main") -> None:
        driver, index = parse_device(device, compiled.driver)
        self.compiled = compiled
        self.device = hal_device(driver, index)
        instance = vm_instance()
        self._module = rt.VmModule.copy_buffer(instance, compiled.vmfb)
        self._context = rt.VmContext(
            instance, modules=[rt.create_hal_module(instance, self.device), self._module]
        )
        self._function = self._module.lookup_function(function)
        if self._function is None:
            raise DeviceError(f"the program has no function {function!r}")
        self._inputs = InputPlan(compiled.signature)
        self._allocator = self.device.allocator
        self._outputs = compiled.signature.user_output_positions
        self._output_dtypes = [spec.torch_dtype for spec in compiled.signature.outputs]

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        tensors = self._inputs.tensors(args, kwargs)
        arg_list = rt.VmVariantList(len(tensors))
        for tensor in tensors:
            arg_list.push_ref(self._to_device(tensor))
        results = rt.VmVariantList(len(self._outputs))
        self._context.invoke(self._function, arg_list, results)
        leaves = [
            _to_torch(results.get_as_object(position, rt.HalBufferView), dtype)
            for position, dtype in zip(self._outputs, self._output_dtypes, strict=True)
        ]
        return self.compiled.signature.unflatten_outputs(leaves)

    def _to_device(self, tensor: torch.Tensor) -> rt.HalBufferView:
        element_type, _ = _ELEMENT_TYPES[tensor.dtype]
        host = tensor.detach()
        if host.device.type != "cpu":
            host = host.cpu()
        bits = _BIT_VIEWS.get(tensor.dtype)
        array = (host.view(bits[1]) if bits else host).contiguous().numpy()
        return self._allocator.allocate_buffer_copy(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING,
            device=self.device,
            buffer=array,
            element_type=element_type,
        )


def _to_torch(view: rt.HalBufferView, dtype: torch.dtype) -> torch.Tensor:
    _, np_dtype = _ELEMENT_TYPES[dtype]
    bits = _BIT_VIEWS.get(dtype)
    array = view.map().asarray(tuple(view.shape), np.dtype(bits[0]) if bits else np_dtype)
    result = torch.from_numpy(np.array(array, copy=True))
    return result.view(dtype) if bits else result


def load(program: Compiled | str | Path, device: str = "cpu") -> Loaded:
    """Load a compiled program (or one saved with ``Compiled.save``) onto ``device``."""
    compiled = program if isinstance(program, Compiled) else Compiled.read(program)
    return Loaded(compiled, device=device)
