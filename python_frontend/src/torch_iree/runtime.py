"""The runtime stage's engine: a ``Session`` (VM instance and HAL devices) and programs loaded
into it, called with torch tensors.

A session owns one VM instance and one HAL device per driver and index, reused by every program
it loads: creating a device starts its worker threads, which is slow and, done per program,
would leave many thread pools spinning next to PyTorch's own. ``Session()`` makes an explicit
one; ``torch_iree.load`` without a session uses the default session, created on first use. Devices live as
long as the session or a program loaded into it.

The runtime takes any object shaped like ``LoadableProgram`` (``torch_iree.Compiled`` is one);
it imports nothing of the compiler, so a host with only ``iree-base-runtime`` can run programs.
"""

from __future__ import annotations

import atexit
import contextlib
import gc
import logging
import threading
import weakref
from collections.abc import Collection, Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import iree.runtime as rt
import torch

from torch_iree._transfers import (
    DLPACK_DEVICE,
    IMPORT_ALIGNMENT,
    as_dtype,
    copy_into_torch,
    copy_to_device,
    host_copy_to_torch,
    same_device,
    torch_device_for,
)
from torch_iree._validation import InputPlan
from torch_iree.errors import ArtifactError, DeviceError, InputError
from torch_iree.parameters import ParameterSpec, open_archive
from torch_iree.signature import Signature
from torch_iree.submission import ASYNC_SUFFIX, Pending, Timeline, submit
from torch_iree.targets import BACKENDS

log = logging.getLogger(__name__)


class LoadableProgram(Protocol):
    """What the runtime needs of a compiled program."""

    @property
    def vmfb(self) -> bytes: ...
    @property
    def functions(self) -> Mapping[str, Signature]: ...
    @property
    def driver(self) -> str: ...
    @property
    def parameters(self) -> ParameterSpec | None: ...


class Session:
    """A VM instance and the HAL devices opened on it."""

    def __init__(self) -> None:
        self.instance = rt.VmInstance()
        self._devices: dict[tuple[str, int], rt.HalDevice] = {}
        self._lock = threading.Lock()

    def device(self, driver: str, index: int = 0) -> rt.HalDevice:
        """The session's device ``index`` of ``driver``, opened on first use."""
        with self._lock:
            if (driver, index) not in self._devices:
                log.debug("opening %s device %d", driver, index)
                self._devices[(driver, index)] = _open_device(driver, index)
            return self._devices[(driver, index)]

    def close(self) -> None:
        """Drop the session's devices; programs loaded into it keep the ones they use."""
        with self._lock:
            self._devices.clear()


_default_session: Session | None = None
_default_lock = threading.Lock()


def default_session() -> Session:
    """The session ``load`` uses when given none: made on first use, one per process."""
    global _default_session
    with _default_lock:
        if _default_session is None:
            _default_session = Session()
            # Registered when the session is made, so it runs (LIFO) before the hooks of
            # anything imported earlier that the session's devices depend on.
            atexit.register(_drop_default_session)
        return _default_session


def _drop_default_session() -> None:
    # At interpreter exit, release the devices while Python still runs: left to module
    # teardown, nanobind would report them (and the programs holding them) as leaked.
    global _default_session
    with _default_lock:
        if _default_session is not None:
            _default_session.close()
            _default_session = None
    gc.collect()


def _open_device(driver: str, index: int) -> rt.HalDevice:
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


# A CPU program whose calls all cost fewer estimated operations than this runs on the calling
# thread (local-sync): below it, handing work to local-task's worker threads and waiting for
# them costs more than they save. Measured on MLPs from 5 kFLOP to 1 GFLOP per call by
# benchmarks/bench_call_cost.py on 2 cores (benchmarks/results/call_cost.txt): local-sync was
# faster up to 17 MFLOP (1.16x), local-task from 68 MFLOP (1.38x); machines with more cores gain
# from local-task earlier, so there the threshold errs high.
LOCAL_SYNC_BELOW_FLOPS = 32_000_000


def cpu_driver(flops: Sequence[int | None]) -> str:
    """The driver for device "cpu": local-sync for small programs, else local-task (also where
    a function's cost is unknown: a program saved before costs were recorded)."""
    small = all(f is not None and f < LOCAL_SYNC_BELOW_FLOPS for f in flops)
    return "local-sync" if flops and small else "local-task"


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
    """A compiled program resident on a device, called like the original module.

    A one-function program is called directly (``loaded(x)``); each function of a ``Program``
    is an attribute (``loaded.prefill(tokens)``) or ``loaded.functions[name]``. Functions of
    one Loaded share its state (the program's globals: a KV cache, counters) until
    ``reset_state()``; two Loaded of the same program have separate state.
    """

    def __init__(
        self,
        compiled: LoadableProgram,
        device: str = "cpu",
        parameters: str | Path | None = None,
        session: Session | None = None,
    ) -> None:
        driver, index = parse_device(device, compiled.driver)
        if device.partition(":")[0] == "cpu":
            driver = cpu_driver([signature.flops for signature in compiled.functions.values()])
        self.session = session or default_session()
        self.compiled = compiled
        self.device = self.session.device(driver, index)
        self._instance = self.session.instance
        self._driver, self._device_id = driver, index
        # The archive's index maps the file; the provider reads through it, so it lives as long
        # as we do.
        self._archive = _open_parameters(compiled, parameters)
        try:
            self._module = rt.VmModule.copy_buffer(self._instance, compiled.vmfb)
        except (ValueError, RuntimeError, IndexError) as exc:
            raise ArtifactError(f"the program is not a valid IREE module ({exc}); compile it again") from None
        self.reset_state()
        self.functions = {
            name: LoadedFunction(self, name, signature) for name, signature in compiled.functions.items()
        }

    def reset_state(self) -> None:
        """Start over from the program's initial state (a new VM context), once the calls
        submitted so far have finished."""
        timeline = getattr(self, "timeline", None)
        if timeline is not None:
            with contextlib.suppress(DeviceError):  # a failed call is forgotten with its state
                timeline.drain()
        self.timeline: Timeline | None = None  # made by the first submit
        instance = self._instance
        modules = [rt.create_hal_module(instance, self.device)]
        if self._archive is not None:
            assert self.compiled.parameters is not None  # an archive is only opened for them
            provider = self._archive.create_provider(scope=self.compiled.parameters.scope)
            modules.append(rt.create_io_parameters_module(instance, provider))
        modules.append(self._module)
        self._context = rt.VmContext(instance, modules=modules)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._sole()(*args, **kwargs)

    def call_flat(self, inputs: Sequence[Any]) -> list[torch.Tensor]:
        """Run a one-function program on already-validated flat inputs."""
        return self._sole().call_flat(inputs)

    def submit(self, *args: Any, **kwargs: Any) -> Pending:
        """Start a call of a one-function program and return without waiting for the device
        (see torch_iree.submission): ``loaded.submit(x).result()`` equals ``loaded(x)``."""
        return self._sole().submit(*args, **kwargs)

    def wait_for(self, fence: rt.HalFence) -> None:
        """The next submitted call of this program also waits for ``fence`` (other work that
        must come first), as a CUDA stream waits for an event."""
        self.ordered().wait_for(fence)

    def ordered(self) -> Timeline:
        """The order of this program's submitted calls (made on first use)."""
        if self.timeline is None:
            self.timeline = Timeline(self.device)
        return self.timeline

    def __getattr__(self, name: str) -> LoadedFunction:
        functions = self.__dict__.get("functions", {})
        if name in functions:
            return functions[name]
        raise AttributeError(f"the program has no function {name!r}; it has {', '.join(functions) or 'none'}")

    def _sole(self) -> LoadedFunction:
        if len(self.functions) != 1:
            raise TypeError(
                f"the program has functions {', '.join(self.functions)}: call one, e.g. "
                f"loaded.{next(iter(self.functions))}(...)"
            )
        return next(iter(self.functions.values()))


def _open_parameters(compiled: LoadableProgram, parameters: str | Path | None) -> rt.ParameterIndex | None:
    """The mapped archive a program with external weights needs (None for inline weights)."""
    if compiled.parameters is None:
        if parameters is not None:
            raise ArtifactError("this program holds its weights inline; load it without parameters=")
        return None
    if parameters is None:
        raise ArtifactError(
            f"this program reads its {len(compiled.parameters.entries)} weights from a parameter "
            "archive: load it with parameters='model.irpa' (written by Exported.save_parameters)"
        )
    return open_archive(parameters, compiled.parameters)


class LoadedFunction:
    """One entry point of a ``Loaded`` program.

    ``__call__`` checks the arguments against the signature; ``call_flat`` is the unchecked
    fast path for callers that already guarantee them (the torch.compile backend, whose
    guards do). Tensors cross by DLPack both ways: no copy where the memory allows it.
    """

    def __init__(self, owner: Loaded, name: str, signature: Signature) -> None:
        self.name = name
        self.signature = signature
        self._owner = owner
        self.device = owner.device
        self._function = owner._module.lookup_function(name)
        if self._function is None:
            raise DeviceError(f"the compiled module has no function {name!r}; compile the program again")
        # Present when compiled with asynchronous=True (torch_iree.submission).
        self.async_function = owner._module.lookup_function(name + ASYNC_SUFFIX)
        self._inputs = InputPlan(signature)
        outputs = signature.user_output_positions
        self.output_count = max(outputs, default=-1) + 1
        # Programs with index checks return their flags after the user's outputs.
        self._check_position = self.output_count if signature.index_checks else None
        self.output_count += 1 if signature.index_checks else 0
        self.output_plan = list(zip(outputs, [spec.torch_dtype for spec in signature.outputs], strict=True))
        self._dlpack_device = DLPACK_DEVICE.get(owner._driver)
        self._export_outputs = self._dlpack_device is not None
        self._copy_outputs = self._export_outputs  # the fallback: a copy on the device itself
        self._torch_device = torch_device_for(owner._driver, owner._device_id)
        self._device_id = owner._device_id
        self._last_imports: list[Any] = [None] * len(signature.inputs)
        self.copied_slots = frozenset(signature.copied_inputs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        leaves = self.call_flat(self._inputs.tensors(args, kwargs))
        return self.signature.unflatten_outputs(leaves)

    def submit(self, *args: Any, **kwargs: Any) -> Pending:
        """Start a call and return without waiting (see torch_iree.submission). Arguments
        are checked as for a plain call; a ``Pending``'s ``outputs`` may stand for tensors."""
        return submit(self, self._owner.ordered(), args, kwargs)

    def checked_inputs(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[Any]:
        """The flat inputs of a call, checked against the signature."""
        return self._inputs.tensors(args, kwargs)

    def invoke_async(self, arguments: rt.VmVariantList, results: rt.VmVariantList) -> None:
        """Start ``f$async`` (its fences already in ``arguments``) without waiting."""
        self._owner._context.invoke(self.async_function, arguments, results)

    def call_flat(self, inputs: Sequence[Any], donated: Collection[int] = ()) -> list[torch.Tensor]:
        """Run on already-validated flat inputs (tensors, and ints for symbolic sizes).

        ``donated``: positions of inputs the caller is done with, which the program may update
        in place instead of a copy (a generation loop's cache: see ``arguments``)."""
        timeline = self._owner.timeline
        if timeline is not None:  # submitted calls come first: they may update the state
            timeline.drain()
        results = rt.VmVariantList(self.output_count)
        self._owner._context.invoke(self._function, self.arguments(inputs, donated), results)
        if self._check_position is not None:
            self.raise_on_bad_index(results)
        to_torch = self.to_torch
        return [
            to_torch(results.get_as_object(position, rt.HalBufferView), dtype)
            for position, dtype in self.output_plan
        ]

    def arguments(self, inputs: Sequence[Any], donated: Collection[int] = ()) -> rt.VmVariantList:
        """The VM argument list for flat inputs: tensors cross by DLPack where they can; a
        buffer view (a submitted call's output) is passed as it is."""
        arg_list = rt.VmVariantList(len(inputs))
        last = self._last_imports
        copied = self.copied_slots.difference(donated) if donated else self.copied_slots
        for slot, value in enumerate(inputs):
            if type(value) is int or isinstance(value, torch.SymInt):
                arg_list.push_int(int(value))
                continue
            if type(value) is rt.HalBufferView:
                arg_list.push_ref(value)
                continue
            if slot in copied:  # the program may write into it: it gets a device buffer of its own
                arg_list.push_ref(copy_to_device(self.device, value.detach()))
                continue
            # The same tensor object, storage and shape as last call in this slot (weights,
            # mostly): reuse its imported view. It aliases the tensor's memory, so in-place
            # updates are still seen. The tensor is held weakly, and its view dropped with it:
            # a program must not keep the caller's weights alive (or their memory allocated).
            cached = last[slot]
            if (
                cached is not None
                and cached[0]() is value
                and cached[1] == value.data_ptr()
                and cached[2] == value.shape
            ):
                arg_list.push_ref(cached[3])
                continue
            view = self._to_device(value)
            last[slot] = (weakref.ref(value, _forget(last, slot)), value.data_ptr(), value.shape, view)
            arg_list.push_ref(view)
        return arg_list

    def raise_on_bad_index(self, results: rt.VmVariantList) -> None:
        """Raise if the program's index checks (when it has them) found a bad index."""
        if self._check_position is None:
            return
        flags = self.to_torch(results.get_as_object(self._check_position, rt.HalBufferView), torch.bool)
        if bool(flags.any()):
            which = [
                site for site, bad in zip(self.signature.index_checks, flags.tolist(), strict=True) if bad
            ]
            raise InputError(
                f"index out of range in {'; '.join(which)}: an input addresses outside a tensor "
                "(as eager PyTorch would say with IndexError); no result was returned"
            )

    @property
    def output_transfer(self) -> str:
        """How results reach torch: "dlpack" (zero copy), "device copy" or "host copy"."""
        if self._export_outputs:
            return "dlpack"
        return "device copy" if self._copy_outputs else "host copy"

    def __repr__(self) -> str:
        inputs = ", ".join(t.describe() for t in self.signature.tensor_inputs)
        outputs = ", ".join(t.describe() for t in self.signature.outputs)
        return f"<LoadedFunction {self.name}({inputs}) -> ({outputs})>"

    def _to_device(self, tensor: torch.Tensor) -> rt.HalBufferView:
        if tensor.requires_grad:
            tensor = tensor.detach()
        if self._dlpack_device is not None and same_device(tensor, self._dlpack_device, self._device_id):
            if not tensor.is_contiguous():
                tensor = tensor.contiguous()
            if tensor.data_ptr() % IMPORT_ALIGNMENT:
                tensor = tensor.clone()
            try:
                return self.device.from_dlpack_capsule(tensor.__dlpack__())
            except ValueError:  # strides IREE will not import (a zero-size slice's): copy it
                pass
        return copy_to_device(self.device, tensor)

    def to_torch(self, view: rt.HalBufferView, dtype: torch.dtype) -> torch.Tensor:
        if self._export_outputs:
            try:
                return as_dtype(
                    torch.from_dlpack(
                        self.device.create_dlpack_capsule(view, self._dlpack_device, self._device_id)
                    ),
                    dtype,
                )
            except RuntimeError:
                # IREE 3.13's CUDA allocator cannot export the pooled buffers programs write
                # their results to (seen on an H200): copy them into torch's memory instead.
                self._export_outputs = False
        if self._copy_outputs:
            try:
                return copy_into_torch(self.device, view, dtype, self._dlpack_device, self._device_id)
            except RuntimeError:
                self._copy_outputs = False
        # No DLPack for this device (Vulkan), or neither way worked: copy via host memory, and
        # put the result where the caller's tensors live.
        return host_copy_to_torch(self.device, view, dtype, self._torch_device)


def _forget(cache: list[Any], slot: int) -> Any:
    """A weakref callback that empties ``cache[slot]`` when the tensor cached there dies."""

    def forget(ref: weakref.ref) -> None:
        if cache[slot] is not None and cache[slot][0] is ref:
            cache[slot] = None

    return forget
