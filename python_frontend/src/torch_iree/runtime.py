"""The runtime stage's engine: a ``Session`` (VM instance and HAL devices) and programs loaded
into it, called with torch tensors.

A session owns one VM instance and one HAL device per driver and index, reused by every program
it loads: creating a device starts its worker threads, which is slow and, done per program,
would leave many thread pools spinning next to PyTorch's own. ``Session()`` makes an explicit
one; ``load`` without a session uses the default session, created on first use. Devices live as
long as the session or a program loaded into it.

The runtime takes any object shaped like ``LoadableProgram`` (``torch_iree.Compiled`` is one);
it imports nothing of the compiler, so a host with only ``iree-base-runtime`` can run programs.
"""

from __future__ import annotations

import atexit
import gc
import logging
import threading
import weakref
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any, Protocol

import iree.runtime as rt
import ml_dtypes
import numpy as np
import torch

from torch_iree import dtypes
from torch_iree.errors import ArtifactError, DeviceError, InputError
from torch_iree.parameters import ParameterSpec, open_archive
from torch_iree.signature import Signature
from torch_iree.targets import BACKENDS
from torch_iree.validation import InputPlan

log = logging.getLogger(__name__)


class LoadableProgram(Protocol):
    """What the runtime needs of a compiled program."""

    vmfb: bytes
    functions: Mapping[str, Signature]
    driver: str
    parameters: ParameterSpec | None


def _host_numpy_dtype(entry: dtypes.DType) -> np.dtype:
    return np.dtype(ml_dtypes.bfloat16) if entry.numpy == "bfloat16" else np.dtype(entry.numpy)


# torch dtype → (IREE element type, numpy dtype used for the host copy), from the one table.
_ELEMENT_TYPES: dict[torch.dtype, tuple[Any, np.dtype]] = {
    getattr(torch, d.name): (getattr(rt.HalElementType, d.hal), _host_numpy_dtype(d)) for d in dtypes.DTYPES
}
# torch cannot take numpy arrays of these dtypes; they cross as same-width integers.
_BIT_VIEWS = {torch.bfloat16: (np.int16, torch.int16)}


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

    def load(
        self, program: LoadableProgram, device: str = "cpu", parameters: str | Path | None = None
    ) -> Loaded:
        return Loaded(program, device=device, parameters=parameters, session=self)

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


# DLPack device codes, for handing IREE buffers to torch without a copy.
_DLPACK_DEVICE = {"local-task": 1, "local-sync": 1, "cuda": 2, "hip": 10}
# IREE imports host memory only at this alignment; torch's allocator gives 64 too, but views
# with an offset may not be, and those are copied instead.
_IMPORT_ALIGNMENT = 64


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
        """Start over from the program's initial state (a new VM context)."""
        instance = self._instance
        modules = [rt.create_hal_module(instance, self.device)]
        if self._archive is not None:
            provider = self._archive.create_provider(scope=self.compiled.parameters.scope)
            modules.append(rt.create_io_parameters_module(instance, provider))
        modules.append(self._module)
        self._context = rt.VmContext(instance, modules=modules)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        return self._sole()(*args, **kwargs)

    def call_flat(self, inputs: Sequence[Any]) -> list[torch.Tensor]:
        """Run a one-function program on already-validated flat inputs."""
        return self._sole().call_flat(inputs)

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
        self._inputs = InputPlan(signature)
        outputs = signature.user_output_positions
        self._output_count = max(outputs, default=-1) + 1
        # Programs with index checks return their flags after the user's outputs.
        self._check_position = self._output_count if signature.index_checks else None
        self._output_count += 1 if signature.index_checks else 0
        self._output_plan = list(zip(outputs, [spec.torch_dtype for spec in signature.outputs], strict=True))
        self._dlpack_device = _DLPACK_DEVICE.get(owner._driver)
        self._export_outputs = self._dlpack_device is not None
        self._copy_outputs = self._export_outputs  # the fallback: a copy on the device itself
        self._torch_device = _torch_device_for(owner._driver, owner._device_id)
        self._device_id = owner._device_id
        self._last_imports: list[Any] = [None] * len(signature.inputs)
        self._copied = frozenset(signature.copied_inputs)

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        leaves = self.call_flat(self._inputs.tensors(args, kwargs))
        return self.signature.unflatten_outputs(leaves)

    def call_flat(self, inputs: Sequence[Any]) -> list[torch.Tensor]:
        """Run on already-validated flat inputs (tensors, and ints for symbolic sizes)."""
        arg_list = rt.VmVariantList(len(inputs))
        last = self._last_imports
        copied = self._copied
        for slot, value in enumerate(inputs):
            if type(value) is int or isinstance(value, torch.SymInt):
                arg_list.push_int(int(value))
                continue
            if slot in copied:  # the program may write into it: it gets a device buffer of its own
                arg_list.push_ref(self._copy_to_device(value.detach()))
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
        results = rt.VmVariantList(self._output_count)
        self._owner._context.invoke(self._function, arg_list, results)
        if self._check_position is not None:
            self._raise_on_bad_index(results)
        to_torch = self._to_torch
        return [
            to_torch(results.get_as_object(position, rt.HalBufferView), dtype)
            for position, dtype in self._output_plan
        ]

    def _raise_on_bad_index(self, results: rt.VmVariantList) -> None:
        flags = self._to_torch(results.get_as_object(self._check_position, rt.HalBufferView), torch.bool)
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
        if self._dlpack_device is not None and _same_device(tensor, self._dlpack_device, self._device_id):
            if not tensor.is_contiguous():
                tensor = tensor.contiguous()
            if tensor.data_ptr() % _IMPORT_ALIGNMENT:
                tensor = tensor.clone()
            return self.device.from_dlpack_capsule(tensor.__dlpack__())
        return self._copy_to_device(tensor)

    def _copy_to_device(self, tensor: torch.Tensor) -> rt.HalBufferView:
        element_type, _ = _ELEMENT_TYPES[tensor.dtype]
        host = tensor.cpu()
        bits = _BIT_VIEWS.get(tensor.dtype)
        array = (host.view(bits[1]) if bits else host).contiguous().numpy()
        return self.device.allocator.allocate_buffer_copy(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING,
            device=self.device,
            buffer=array,
            element_type=element_type,
        )

    def _to_torch(self, view: rt.HalBufferView, dtype: torch.dtype) -> torch.Tensor:
        if self._export_outputs:
            try:
                return _as_dtype(
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
                return self._copy_into_torch(view, dtype)
            except RuntimeError:
                self._copy_outputs = False
        # No DLPack for this device (Vulkan), or neither way worked: copy via host memory, and
        # put the result where the caller's tensors live.
        _, np_dtype = _ELEMENT_TYPES[dtype]
        bits = _BIT_VIEWS.get(dtype)
        array = rt.DeviceArray(self.device, view, implicit_host_transfer=True).to_host()
        result = torch.from_numpy(
            np.array(array.view(bits[0]) if bits else array.astype(np_dtype, copy=False))
        )
        result = result.view(dtype) if bits else result
        return result.to(self._torch_device) if self._torch_device is not None else result

    def _copy_into_torch(self, view: rt.HalBufferView, dtype: torch.dtype) -> torch.Tensor:
        """A device-to-device copy of ``view`` into a plain device allocation, which (unlike the
        pooled result buffers) the driver can hand to torch by DLPack."""
        target = self.device.allocator.allocate_buffer(
            memory_type=rt.MemoryType.DEVICE_LOCAL,
            allowed_usage=rt.BufferUsage.DEFAULT,
            allocation_size=view.byte_length,
        )
        done = self.device.create_semaphore(0)
        self.device.queue_copy(view.get_buffer(), target, [], [(done, 1)])
        done.wait(1)
        copied = rt.HalBufferView(target, list(view.shape), _ELEMENT_TYPES[dtype][0])
        return _as_dtype(
            torch.from_dlpack(
                self.device.create_dlpack_capsule(copied, self._dlpack_device, self._device_id)
            ),
            dtype,
        )


def _forget(cache: list[Any], slot: int) -> Any:
    """A weakref callback that empties ``cache[slot]`` when the tensor cached there dies."""

    def forget(ref: weakref.ref) -> None:
        if cache[slot] is not None and cache[slot][0] is ref:
            cache[slot] = None

    return forget


def _torch_device_for(driver: str, index: int) -> torch.device | None:
    """The torch device results belong on when they cannot cross by DLPack (None: the CPU)."""
    if driver in ("cuda", "hip") and torch.cuda.is_available():
        return torch.device("cuda", index)
    return None


def _same_device(tensor: torch.Tensor, dlpack_device: int, device_id: int) -> bool:
    kind = tensor.device.type
    if dlpack_device == 1:
        return kind == "cpu"
    return kind == "cuda" and (tensor.device.index or 0) == device_id


def load(
    program: LoadableProgram,
    device: str = "cpu",
    parameters: str | Path | None = None,
    session: Session | None = None,
) -> Loaded:
    """Load a compiled program onto ``device`` (in ``session``, default: the default session).

    ``parameters``: the ``.irpa`` archive of a program exported with external weights.
    """
    return Loaded(program, device=device, parameters=parameters, session=session)


def _as_dtype(tensor: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """``tensor`` as the signature's dtype: IREE's buffers carry signless integer types, so a
    uint8 result arrives over DLPack as int8 (same bytes, other reading)."""
    if tensor.dtype == dtype:
        return tensor
    if tensor.element_size() != torch.empty((), dtype=dtype).element_size():
        raise InputError(f"the program returned {tensor.dtype} where its signature says {dtype}")
    return tensor.view(dtype)
