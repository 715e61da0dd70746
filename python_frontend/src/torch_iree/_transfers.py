"""How tensors cross between torch and IREE devices: the dtype tables, and the copies used
where DLPack cannot hand memory over as it is (another device, an unexportable buffer)."""

from __future__ import annotations

from typing import Any

import iree.runtime as rt
import ml_dtypes
import numpy as np
import torch

from torch_iree import _dtypes as dtypes
from torch_iree.errors import InputError


def _host_numpy_dtype(entry: dtypes.DType) -> np.dtype:
    return np.dtype(ml_dtypes.bfloat16) if entry.numpy == "bfloat16" else np.dtype(entry.numpy)


# torch dtype → (IREE element type, numpy dtype used for the host copy), from the one table.
ELEMENT_TYPES: dict[torch.dtype, tuple[Any, np.dtype]] = {
    getattr(torch, d.name): (getattr(rt.HalElementType, d.hal), _host_numpy_dtype(d)) for d in dtypes.DTYPES
}
# torch cannot take numpy arrays of these dtypes; they cross as same-width integers.
BIT_VIEWS = {torch.bfloat16: (np.int16, torch.int16)}


# DLPack device codes, for handing IREE buffers to torch without a copy.
DLPACK_DEVICE = {"local-task": 1, "local-sync": 1, "cuda": 2, "hip": 10}
# IREE imports host memory only at this alignment; torch's allocator gives 64 too, but views
# with an offset may not be, and those are copied instead.
IMPORT_ALIGNMENT = 64


def copy_to_device(device: rt.HalDevice, tensor: torch.Tensor) -> rt.HalBufferView:
    """A device buffer holding a copy of ``tensor`` (which may live anywhere)."""
    element_type, _ = ELEMENT_TYPES[tensor.dtype]
    host = tensor.cpu()
    bits = BIT_VIEWS.get(tensor.dtype)
    array = (host.view(bits[1]) if bits else host).contiguous().numpy()
    return device.allocator.allocate_buffer_copy(
        memory_type=rt.MemoryType.DEVICE_LOCAL,
        allowed_usage=rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING,
        device=device,
        buffer=array,
        element_type=element_type,
    )


def host_copy_to_torch(
    device: rt.HalDevice, view: rt.HalBufferView, dtype: torch.dtype, torch_device: torch.device | None
) -> torch.Tensor:
    """``view`` copied through host memory into a tensor on ``torch_device`` (None: the CPU)."""
    _, np_dtype = ELEMENT_TYPES[dtype]
    bits = BIT_VIEWS.get(dtype)
    array = rt.DeviceArray(device, view, implicit_host_transfer=True).to_host()
    result = torch.from_numpy(np.array(array.view(bits[0]) if bits else array.astype(np_dtype, copy=False)))
    result = result.view(dtype) if bits else result
    return result.to(torch_device) if torch_device is not None else result


def copy_into_torch(
    device: rt.HalDevice,
    view: rt.HalBufferView,
    dtype: torch.dtype,
    dlpack_device: int | None,
    device_id: int | None,
) -> torch.Tensor:
    """A device-to-device copy of ``view`` into a plain device allocation, which (unlike the
    pooled result buffers) the driver can hand to torch by DLPack."""
    target = device.allocator.allocate_buffer(
        memory_type=rt.MemoryType.DEVICE_LOCAL,
        allowed_usage=rt.BufferUsage.DEFAULT,
        allocation_size=view.byte_length,
    )
    done = device.create_semaphore(0)
    device.queue_copy(view.get_buffer(), target, [], [(done, 1)])
    done.wait(1)
    copied = rt.HalBufferView(target, list(view.shape), ELEMENT_TYPES[dtype][0])
    return as_dtype(
        torch.from_dlpack(device.create_dlpack_capsule(copied, dlpack_device, device_id)),
        dtype,
    )


def torch_device_for(driver: str, index: int) -> torch.device | None:
    """The torch device results belong on when they cannot cross by DLPack (None: the CPU)."""
    if driver in ("cuda", "hip") and torch.cuda.is_available():
        return torch.device("cuda", index)
    return None


def same_device(tensor: torch.Tensor, dlpack_device: int, device_id: int) -> bool:
    kind = tensor.device.type
    if dlpack_device == 1:
        return kind == "cpu"
    return kind == "cuda" and (tensor.device.index or 0) == device_id


def as_dtype(tensor: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """``tensor`` as the signature's dtype: IREE's buffers carry signless integer types, so a
    uint8 result arrives over DLPack as int8 (same bytes, other reading)."""
    if tensor.dtype == dtype:
        return tensor
    if tensor.element_size() != torch.empty((), dtype=dtype).element_size():
        raise InputError(f"the program returned {tensor.dtype} where its signature says {dtype}")
    return tensor.view(dtype)
