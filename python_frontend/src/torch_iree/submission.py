"""Calls that return before the device has finished: ``loaded.submit(x)`` and ``Pending``.

Every program compiled from torch exports, next to each function ``f``, a variant ``f$async``
(IREE's "coarse fences" ABI, which the torch input pipeline emits): it takes two more
arguments, a fence to wait for before its work starts and a fence it signals when its results
are ready, and returns its outputs at once, as buffers the device has yet to fill. We use it
like a CUDA stream:

- each ``Loaded`` owns a ``Timeline``: a timeline semaphore that counts its finished calls.
  Call ``n`` waits for call ``n - 1`` (calls on one program run in order, as its state needs),
  for the fences of any pending outputs it takes as inputs, and for fences handed to
  ``Loaded.wait_for`` (work of another program, or of another API, that must come first);
- ``submit`` returns a ``Pending`` without the host waiting for anything. Its ``outputs`` can
  be passed to further ``submit`` calls, so a chain of calls keeps its data on the device and
  the host waits once, when it reads the result (``Pending.result()``, the synchronisation
  point: the CPU equivalent of torch reading a CUDA tensor);
- a plain (synchronous) call on a program with submitted work waits for that work first.

The caller's tensors are aliased, not copied (as for plain calls): do not change a tensor
passed to ``submit`` until its ``Pending`` is done. IREE holds each imported tensor until the
call that reads it has finished, so dropping it (or the ``Pending``) early is safe. Work overlaps the host only on a device
with worker threads (``"local-task"``, a GPU); on ``"local-sync"`` a submit runs to the end
before it returns, which is still correct.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import iree.runtime as rt
import torch
from torch.utils import _pytree

from torch_iree.errors import DeviceError, InputError
from torch_iree.signature import Signature


class SubmittableFunction(Protocol):
    """What a submit needs of a loaded function (``torch_iree.runtime.LoadedFunction``)."""

    name: str
    signature: Signature
    device: rt.HalDevice
    async_function: rt.VmFunction | None
    output_plan: list[tuple[int, torch.dtype]]
    output_count: int
    copied_slots: frozenset[int]

    def checked_inputs(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]: ...
    def arguments(self, inputs: Sequence[Any]) -> rt.VmVariantList: ...
    def invoke_async(self, arguments: rt.VmVariantList, results: rt.VmVariantList) -> None: ...
    def raise_on_bad_index(self, results: rt.VmVariantList) -> None: ...
    def to_torch(self, view: rt.HalBufferView, dtype: torch.dtype) -> torch.Tensor: ...


ASYNC_SUFFIX = "$async"
# IREE's error for a pending output's buffer bound before its producer allocated it.
_UNCOMMITTED = "transient buffer has not been committed"


class Timeline:
    """The order of one program's submitted calls on its device (see the module's docstring)."""

    def __init__(self, device: rt.HalDevice) -> None:
        self._semaphore = device.create_semaphore(0)
        self._submitted = 0
        self._also_wait: list[rt.HalFence] = []
        self.input_waits = 0  # submits that had to wait for their inputs (see submit)

    def wait_for(self, fence: rt.HalFence) -> None:
        """The next submitted call also waits for ``fence``."""
        if not isinstance(fence, rt.HalFence):
            raise TypeError(f"wait_for takes an iree.runtime.HalFence, got {type(fence).__name__}")
        self._also_wait.append(fence)

    def next_call(self, input_fences: Sequence[rt.HalFence]) -> tuple[rt.HalFence, rt.HalFence, int]:
        """The fences of the next call: what it waits for, what it signals, and its number."""
        waits = [*input_fences, *self._also_wait]
        if self._submitted:
            waits.append(rt.HalFence.create_at(self._semaphore, self._submitted))
        wait = rt.HalFence.join(waits) if waits else rt.HalFence(0)
        number = self._submitted + 1
        return wait, rt.HalFence.create_at(self._semaphore, number), number

    def submitted(self, number: int) -> None:
        """Call ``number`` is on its way: the fences it was given are now its to wait for."""
        self._submitted = number
        self._also_wait = []

    def finished(self, number: int) -> bool:
        return self._semaphore.query() >= number

    def wait(self, number: int, timeout_s: float | None = None) -> bool:
        """Wait until call ``number`` finished (False: ``timeout_s`` passed first)."""
        timeout = None if timeout_s is None else max(0, int(timeout_s * 1e9))
        try:
            return bool(self._semaphore.wait(number, timeout=timeout))
        except RuntimeError as exc:
            raise DeviceError(
                f"a submitted call failed on the device ({exc}); calls after it on this program "
                "fail too: reset_state() starts a new order"
            ) from None

    def drain(self) -> None:
        """Wait for every call submitted so far (before a plain call, or a reset)."""
        if self._submitted:
            self.wait(self._submitted)


@dataclass(frozen=True)
class DeviceValue:
    """One output of a submitted call, on the device and perhaps not written yet: pass it to
    another ``submit`` of a program on the same device, or read it with ``Pending.result()``."""

    view: rt.HalBufferView
    dtype: torch.dtype
    shape: tuple[int, ...]
    ready: rt.HalFence
    device: rt.HalDevice

    def stand_in(self) -> torch.Tensor:
        """A tensor of this shape and dtype that holds one element: enough for input checks."""
        return torch.zeros((), dtype=self.dtype).expand(self.shape)


_FLAT = (torch.Tensor, DeviceValue)


def private_copy(value: DeviceValue) -> DeviceValue:
    """``value`` in a buffer of its own, for a program that writes into that input (an
    in-place sort, an index_put): a device-side copy queued after ``value`` is written, so
    neither the host waits nor the producer's buffer changes."""
    device = value.device
    source = value.view.get_buffer()
    target = device.allocator.allocate_buffer(
        memory_type=rt.MemoryType.DEVICE_LOCAL,
        allowed_usage=rt.BufferUsage.DEFAULT,
        allocation_size=source.byte_length(),
    )
    copied = rt.HalFence.create_at(device.create_semaphore(0), 1)
    try:
        device.queue_copy(source, target, value.ready, copied)
    except (RuntimeError, ValueError) as exc:
        if _UNCOMMITTED not in str(exc):
            raise
        value.ready.wait()  # its producer binds buffers at submit (see submit): wait, then copy
        device.queue_copy(source, target, value.ready, copied)
    view = rt.HalBufferView(target, list(value.view.shape), value.view.element_type)
    return DeviceValue(view, value.dtype, value.shape, copied, device)


class Pending:
    """A submitted call: ``result()`` waits for it and returns what the plain call would have."""

    def __init__(
        self,
        function: SubmittableFunction,
        results: rt.VmVariantList,
        timeline: Timeline,
        number: int,
        signal: rt.HalFence,
    ) -> None:
        self._function = function
        self._results = results
        self._timeline = timeline
        self._number = number
        self._value: Any = None
        self._tensors: list[torch.Tensor] | None = None
        self._read = False
        views = [results.get_as_object(position, rt.HalBufferView) for position, _ in function.output_plan]
        self.outputs = tuple(
            DeviceValue(view, dtype, tuple(view.shape), signal, function.device)
            for view, (_, dtype) in zip(views, function.output_plan, strict=True)
        )

    def done(self) -> bool:
        """Whether the device has finished this call (never waits)."""
        return self._timeline.finished(self._number)

    def wait(self, timeout_s: float | None = None) -> bool:
        """Wait for the device (False: ``timeout_s`` passed first)."""
        return self._timeline.wait(self._number, timeout_s)

    def result(self) -> Any:
        """Wait, check, and return the outputs as torch tensors (the same each time)."""
        if not self._read:
            self._value = self._function.signature.unflatten_outputs(self.tensors())
            self._read = True
        return self._value

    def tensors(self) -> list[torch.Tensor]:
        """Wait, check, and return the flat outputs as torch tensors (the same each time)."""
        if self._tensors is None:
            self.wait()
            function = self._function
            function.raise_on_bad_index(self._results)
            self._tensors = [function.to_torch(value.view, value.dtype) for value in self.outputs]
        return self._tensors

    def __repr__(self) -> str:
        state = "done" if self._read or self.done() else "running"
        return f"<Pending {self._function.name} call {self._number}: {state}>"


def submit(
    function: SubmittableFunction, timeline: Timeline, args: tuple[Any, ...], kwargs: dict[str, Any]
) -> Pending:
    """Check the arguments as a plain call would, then start ``function`` without waiting."""
    async_function = function.async_function
    if async_function is None:
        raise DeviceError(
            f"the module has no {function.name + ASYNC_SUFFIX!r} entry point, so {function.name!r} "
            "can only be called plainly; compile it with torch-iree (whose programs all have one)"
        )
    device_values: dict[int, DeviceValue] = {}

    def stand_in(leaf: Any) -> Any:
        if not isinstance(leaf, DeviceValue):
            return leaf
        if leaf.device is not function.device:
            raise InputError(
                "a pending output from another device was passed to submit: read it with "
                "Pending.result() and pass the tensor"
            )
        tensor = leaf.stand_in()
        device_values[id(tensor)] = leaf
        return tensor

    if kwargs or not all(isinstance(a, _FLAT) for a in args):
        args, kwargs = _pytree.tree_map(stand_in, (args, kwargs))
    else:  # flat tensors (the eager device's calls): no pytree walk
        args = tuple(stand_in(a) for a in args)
    inputs: list[Any] = list(function.checked_inputs(args, kwargs))
    fences = []
    for slot, value in enumerate(inputs):
        pending_value = device_values.get(id(value))
        if pending_value is not None:
            if slot in function.copied_slots:
                pending_value = private_copy(pending_value)
            inputs[slot] = pending_value.view
            fences.append(pending_value.ready)
    arguments = function.arguments(inputs)
    wait, signal, number = timeline.next_call(fences)
    arguments.push_ref(wait)
    arguments.push_ref(signal)
    results = rt.VmVariantList(function.output_count)
    try:
        try:
            function.invoke_async(arguments, results)
        except (RuntimeError, ValueError) as exc:
            if not fences or _UNCOMMITTED not in str(exc):
                raise
            # Some programs bind their buffers when they are submitted (IREE's direct command
            # buffers), which a pending output's memory does not allow until its producer
            # allocated it: wait for the inputs (a host wait, counted), then submit again.
            for fence in fences:
                fence.wait()
            timeline.input_waits += 1
            results = rt.VmVariantList(function.output_count)
            function.invoke_async(arguments, results)
    except (RuntimeError, ValueError) as exc:  # the module's own checks raise ValueError
        reason = str(exc).splitlines()[0][:300] if str(exc) else type(exc).__name__
        raise DeviceError(
            f"submitting {function.name!r} failed ({reason}); if a call submitted before it "
            "failed, this program's calls fail until reset_state() starts a new order"
        ) from None
    timeline.submitted(number)
    return Pending(function, results, timeline, number, signal)
