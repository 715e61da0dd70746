"""``IreeTensor``: a tensor whose value lives on an IREE device (see torch_iree.eager).

A wrapper subclass: it carries shape and dtype for PyTorch, no storage of its own, and every
ATen op on it reaches ``__torch_dispatch__``, which hands it to its ``EagerDevice``. Its value
is one of: a host tensor it owns (made by ``.to(device)``), or an output of a submitted
program that may not be computed yet. Reading it (``.cpu()``, ``.numpy()``, ``.item()``,
printing) waits for the device; nothing else does.
"""

from __future__ import annotations

from typing import Any

import torch

from torch_iree.submission import DeviceValue, Pending

EagerDevice = Any  # torch_iree.eager.devices.EagerDevice, which imports this module


class IreeTensor(torch.Tensor):
    _device: EagerDevice
    _host: torch.Tensor | None
    _pending: Pending | None
    _position: int
    _value: DeviceValue | None  # the output ``_position`` of ``_pending``, perhaps reshaped
    _view_link: Any  # a views.ViewLink when this tensor is a view of another IreeTensor
    _writes: int  # bumped whenever the value changes in place

    @staticmethod
    def __new__(cls, device: EagerDevice, shape: Any, dtype: torch.dtype) -> IreeTensor:
        # Reported as a CPU tensor: tensors that models make "on the input's device" (zeros for
        # an LSTM's state) are then real host tensors, which the device takes as inputs.
        tensor = torch.Tensor._make_wrapper_subclass(
            cls, tuple(shape), dtype=dtype, device=torch.device("cpu")
        )
        tensor._device, tensor._host, tensor._pending, tensor._position = device, None, None, 0
        tensor._value = None
        tensor._view_link, tensor._writes = None, 0  # see torch_iree.eager.views
        return tensor

    @classmethod
    def of_host(cls, device: EagerDevice, host: torch.Tensor) -> IreeTensor:
        """Own ``host`` (the caller must not change it afterwards)."""
        tensor = cls(device, host.shape, host.dtype)
        tensor._host = host
        return tensor

    @classmethod
    def of_output(cls, device: EagerDevice, pending: Pending, position: int) -> IreeTensor:
        value = pending.outputs[position]
        tensor = cls(device, value.shape, value.dtype)
        tensor._pending, tensor._position, tensor._value = pending, position, value
        return tensor

    def reshaped(self, shape: tuple[int, ...], value: DeviceValue | None) -> IreeTensor:
        """This value with other sizes (same elements, row-major): ``value`` is the device
        value seen with those sizes, None for a host value."""
        tensor = IreeTensor(self._device, shape, self.dtype)
        tensor._pending, tensor._position, tensor._value = self._pending, self._position, value
        tensor._host = None if self._host is None else self._host.reshape(shape)
        return tensor

    def take_value_of(self, other: IreeTensor) -> None:
        """Become ``other``'s value (an in-place op's result)."""
        self._host, self._pending, self._position = other._host, other._pending, other._position
        self._value = other._value

    @property
    def program_input(self) -> torch.Tensor | DeviceValue:
        """What a program takes for this tensor: the owned host tensor, or the device value."""
        if self._value is not None:
            return self._value
        assert self._host is not None
        return self._host

    @property
    def iree_device(self) -> EagerDevice:
        return self._device

    @classmethod
    def __torch_function__(cls, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        if func is torch._has_compatible_shallow_copy_type:
            # Module.to(device) asks this before moving a parameter: a wrapper has no storage
            # that ``param.data = moved`` could take over, so the module must hold the moved
            # tensor itself (a new Parameter of it).
            return False
        return super().__torch_function__(func, types, args, kwargs or {})

    @classmethod
    def __torch_dispatch__(  # type: ignore[override]  # torch's stub omits func
        cls, func: Any, types: Any, args: Any = (), kwargs: Any = None
    ) -> Any:
        device = next(a._device for a in _flat(args, kwargs) if isinstance(a, IreeTensor))
        return device.dispatch(func, args, kwargs or {})

    def cpu(self, *args: Any, **kwargs: Any) -> torch.Tensor:
        """The value as a plain host tensor (waits for the device)."""
        return self._device.to_host(self).clone()

    def numpy(self, *args: Any, **kwargs: Any) -> Any:
        return self.cpu().numpy()

    def tolist(self) -> Any:
        return self.cpu().tolist()

    def item(self) -> Any:
        return self.cpu().item()

    def __repr__(self, *args: Any, **kwargs: Any) -> str:  # type: ignore[override]
        text = repr(self._device.to_host(self))
        return f"{text[:-1]}, device='{self._device}')" if text.endswith(")") else text


def _flat(args: Any, kwargs: Any) -> list[Any]:
    from torch.utils import _pytree

    return _pytree.tree_leaves((args, kwargs or {}))
