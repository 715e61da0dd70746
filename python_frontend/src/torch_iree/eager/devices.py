"""``EagerDevice``: runs every ATen op on its ``IreeTensor``s as a single-op IREE program.

Per op call: its key (op, dtypes, ranks, size classes, constants) finds a loaded program in
memory, else in the disk compile cache, else it is compiled (torch_iree.eager.programs); the
call is then *submitted* (torch_iree.submission), so results stay on the device and the host
does not wait. Reading a value waits. Ops IREE cannot take (no lowering, data-dependent output
shapes, non-tensor results) run in PyTorch on the host instead: one warning per op, and the
copies this costs are counted in ``stats``.
"""

from __future__ import annotations

import atexit
import functools
import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

import iree.runtime as rt
import torch
from torch.utils import _pytree
from torch.utils._mode_utils import no_dispatch

from torch_iree._transfers import ELEMENT_TYPES
from torch_iree.cache import CompileCache
from torch_iree.compiling import Compiler, default_compiler, resolve_cache
from torch_iree.eager.programs import MODES, OpCall, compile_op
from torch_iree.eager.tensor import IreeTensor
from torch_iree.eager.views import (
    RESHAPES,
    SCATTERS,
    link_views,
    propagate_write,
    refresh_view,
    relink_after_in_place_view,
)
from torch_iree.errors import DeviceError, InputError, TorchIreeError
from torch_iree.runtime import Loaded, Session, default_session, parse_device
from torch_iree.submission import DeviceValue
from torch_iree.targets import BACKENDS, Target, resolve_target

log = logging.getLogger(__name__)

# Ops that only rewrap a value (values are never changed in place, so sharing is safe).
_SAME_VALUE = {
    torch.ops.aten.detach.default,
    torch.ops.aten.alias.default,
    torch.ops.aten.lift_fresh.default,
    torch.ops.aten.clone.default,
}
# A program refusing an input's sizes: by the signature's check (InputError), or by the
# module's own shape assertion where the signature did not record a specialised size.
_REFUSED = (InputError, DeviceError)
# The thread-local dispatch key sets outside any op (read at import, where no op is running).
_OUTSIDE_DISPATCH = (torch._C._dispatch_tls_local_include_set(), torch._C._dispatch_tls_local_exclude_set())
# Ops that write a source into a view of a tensor → that view.
_SCATTER_VIEWS = {scatter: view for view, scatter in SCATTERS.items()}
# Sizes-only ops on a dense value (see EagerDevice._reshape).
_RESHAPES = RESHAPES | {torch.ops.aten._unsafe_view.default}


class HostFallbackWarning(UserWarning):
    """An op ran in PyTorch on the host because IREE could not run it."""


@dataclass
class EagerStats:
    ops: int = 0  # op calls run on the device
    compiled: int = 0  # programs compiled
    disk_hits: int = 0  # programs loaded from the disk compile cache
    host_ops: int = 0  # op calls run on the host (reads of scalars included)
    refused: int = 0  # ... of them because IREE could not run the op (each warned once)
    host_op_names: set[str] = field(default_factory=set)
    to_host: int = 0  # values copied from the device for a host op or a read
    to_device: int = 0  # host tensors given to the device (host ops' results included)


class EagerDevice:
    """An IREE device for eager PyTorch: ``x.to(device)`` makes an ``IreeTensor``.

    ``driver``: "cpu" (IREE's threaded CPU driver), "local-task", "local-sync", or a GPU device
    as in ``torch_iree.load``; ``target``: the compile target (default: the driver's).
    """

    def __init__(
        self,
        driver: str = "cpu",
        target: str | None = None,
        *,
        cache: CompileCache | None | bool = True,
        compiler: Compiler | None = None,
        session: Session | None = None,
    ) -> None:
        self.target = eager_target(driver, target)
        self.driver = "local-task" if driver == "cpu" else driver
        self.cache = resolve_cache(cache)
        self.compiler = compiler
        self.session = session or default_session()
        # Opened now: a GPU this machine lacks is one clear error here, not every op on the host.
        self.session.device(*parse_device(self.driver, self.target.driver))
        self.stats = EagerStats()
        _quiet_exit()
        self._programs: dict[tuple[Any, ...], list[Loaded]] = {}  # by OpCall.memory_key
        self._host_only: set[tuple[Any, ...]] = set()  # keys of ops that run on the host
        self._no_program: set[tuple[Any, ...]] = set()  # (key, mode)s that do not compile
        self._checked: set[tuple[Any, ...]] = set()  # calls _check_on_meta let through

    def __repr__(self) -> str:
        return f"iree:{self.driver}"

    @classmethod
    def __torch_function__(cls, func: Any, types: Any, args: Any = (), kwargs: Any = None) -> Any:
        """A device among a torch call's arguments takes the call over: ``tensor.to(device)``,
        and ``module.to(device)``, which asks ``torch._C._nn._parse_to`` what its arguments
        mean and then moves each parameter and buffer with ``tensor.to``."""
        kwargs = dict(kwargs or {})
        device = next(a for a in (*args, *kwargs.values()) if isinstance(a, EagerDevice))
        if func is torch._C._nn._parse_to:
            dtype = kwargs.get("dtype", next((a for a in args if isinstance(a, torch.dtype)), None))
            return device, dtype, bool(kwargs.get("non_blocking", False)), kwargs.get("memory_format")
        if func is torch.Tensor.to and args and isinstance(args[0], torch.Tensor):
            rest = [a for a in args[1:] if a is not device]
            # tensor.to(device, dtype, non_blocking), as Module.to calls it (dtype may be None)
            positional_dtype = (
                rest.pop(0) if rest and (rest[0] is None or isinstance(rest[0], torch.dtype)) else None
            )
            dtype = kwargs.pop("dtype", positional_dtype)
            kwargs.pop("device", None)
            kwargs.pop("non_blocking", None)
            if rest and isinstance(rest[0], bool):
                rest.pop(0)  # non_blocking: every transfer to the device is
            if not rest and set(kwargs) <= {"copy"}:
                tensor = args[0] if dtype is None else args[0].to(dtype)
                return device.tensor(tensor)
        raise TypeError(
            f"an eager IREE device can be the argument of tensor.to(device[, dtype]) and "
            f"module.to(device), not of {getattr(func, '__name__', func)}"
        )

    def tensor(self, value: Any) -> IreeTensor:
        """A copy of ``value`` (a tensor, or anything torch.as_tensor takes) on this device."""
        if isinstance(value, IreeTensor):
            return value if value._device is self else self.tensor(value.cpu())
        if isinstance(value, torch.nn.Parameter):
            value = value.data  # the module keeps the Parameter; its value moves
        host = torch.as_tensor(value)
        if host.device.type != "cpu":
            host = host.cpu()
        self.stats.to_device += 1
        return IreeTensor.of_host(self, host.detach().clone(memory_format=torch.contiguous_format))

    def to_host(self, tensor: IreeTensor) -> torch.Tensor:
        """The value of ``tensor`` on the host (waits for the device; not a copy the caller owns)."""
        self._fresh(tensor)
        if tensor._pending is None:
            assert tensor._host is not None
            return tensor._host
        self.stats.to_host += 1
        return tensor._pending.tensors()[tensor._position].reshape(tensor.shape)

    # ------------------------------------------------------------------------ op dispatch
    def dispatch(self, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        result = self._run(func, args, kwargs)
        if func.is_view and args and isinstance(args[0], IreeTensor):
            link_views(func, args, kwargs, result)  # writes through it reach args[0]
        return result

    def _run(self, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        if func in _SAME_VALUE:
            return self._rewrap(self._fresh(args[0]))
        if func in _RESHAPES and isinstance(args[0], IreeTensor):
            return self._reshape(func, args, kwargs)
        if func is torch.ops.aten.copy_.default:
            return self._copy_into(args[0], args[1])
        schema = func._schema
        if schema.is_mutable:
            return self._in_place(func, args, kwargs)
        if not _all_tensor_results(schema) or torch.Tag.nondeterministic_seeded in func.tags:
            return self._on_host(func, args, kwargs, warn=False)
        leaves, spec = _pytree.tree_flatten((args, kwargs))
        self._check_once(func, leaves, spec)
        call = OpCall.of_leaves(func, [self._program_input(leaf) for leaf in leaves], spec)
        key = call.memory_key()
        if key in self._host_only:
            return self._on_host(func, args, kwargs)
        try:
            pending = self._submit(call, key)
        except TorchIreeError as exc:
            self._host_only.add(key)
            log.debug("eager: %s runs on the host: %s", func, exc)
            return self._on_host(func, args, kwargs, reason=str(exc).splitlines()[0][:200])
        self.stats.ops += 1
        outputs = [IreeTensor.of_output(self, pending, i) for i in range(len(pending.outputs))]
        return _structure(schema, outputs)

    def _program_input(self, value: Any) -> Any:
        if isinstance(value, IreeTensor):
            if value._device is not self:
                raise InputError(f"an op mixes tensors of eager devices {value._device} and {self}")
            return self._fresh(value).program_input
        if isinstance(value, torch.Tensor):
            self.stats.to_device += 1
            return value.detach()
        return value

    def _submit(self, call: OpCall, key: tuple[Any, ...]) -> Any:
        """Submit ``call`` to a loaded program that takes its sizes, compiling (or loading)
        one when none does: as dynamic as the op allows (``programs.MODES``). A program
        specialised to other sizes, or an op that cannot be compiled that way, moves on to
        the next mode; the last one's failure is the caller's."""
        for mode in MODES:
            mode_key = key if mode == "dynamic" else (*key, mode, call.fixed_sizes(mode))
            if mode_key in self._no_program:
                continue
            for loaded in self._programs.get(mode_key, ()):
                try:
                    return loaded.submit(*call.tensors)
                except _REFUSED as exc:
                    if not _refuses_sizes(exc):
                        raise
                    continue  # specialised to other sizes
            try:
                loaded = self._load(call, mode)
            except InputError:
                raise
            except TorchIreeError as exc:
                if mode == MODES[-1]:
                    raise
                log.debug("eager: %s has no %s-size program (%s)", call.func, mode, exc)
                self._no_program.add(mode_key)
                continue
            self._programs.setdefault(mode_key, []).append(loaded)
            try:
                return loaded.submit(*call.tensors)
            except _REFUSED as exc:
                if mode == MODES[-1] or not _refuses_sizes(exc):
                    raise
        raise AssertionError("the last mode returns or raises")

    def _load(self, call: OpCall, mode: str) -> Loaded:
        log.debug(
            "eager: loading a %s program for %s %s", mode, call.func, [tuple(t.shape) for t in call.tensors]
        )
        examples = [_example(t) for t in call.tensors]
        compiler = self.compiler or default_compiler()
        # Inside __torch_dispatch__ PyTorch turns off the dispatch keys that tracing needs
        # (functionalization, autograd, pre-dispatch): torch.export runs as it would outside.
        with torch._C._ForceDispatchKeyGuard(*_OUTSIDE_DISPATCH):
            compiled, from_cache = compile_op(call, examples, compiler, self.target, self.cache, mode)
        if from_cache:
            self.stats.disk_hits += 1
        else:
            self.stats.compiled += 1
        try:
            return Loaded(compiled, device=self.driver, session=self.session)
        except (RuntimeError, ValueError, IndexError) as exc:  # the runtime refuses the module (a dispatch
            # needing more local memory than the device has, with dynamic sizes): a DeviceError,
            # so the next, more static mode is tried
            raise DeviceError(f"the {mode}-size program of {call.func} does not load: {exc}") from None

    def _check_once(self, func: Any, leaves: list[Any], spec: Any) -> None:
        """``_check_on_meta``, once per op, sizes, dtypes and constants: a meta kernel in
        Python costs more than running the program, and its verdict depends on nothing else."""
        key = (func, spec, *((tuple(v.shape), v.dtype) if isinstance(v, torch.Tensor) else v for v in leaves))
        try:
            if key in self._checked:
                return
        except TypeError:  # an unhashable constant: check every call
            _check_on_meta(func, leaves, spec)
            return
        _check_on_meta(func, leaves, spec)
        self._checked.add(key)

    def _fresh(self, tensor: IreeTensor) -> IreeTensor:
        """``tensor`` with its base's latest writes, where it is a view (refresh_view)."""
        return tensor if tensor._view_link is None else refresh_view(tensor, self.dispatch)

    # ----------------------------------------------------------------- the special cases
    def _rewrap(self, value: IreeTensor) -> IreeTensor:
        copy = IreeTensor(self, value.shape, value.dtype)
        copy.take_value_of(value)
        return copy

    def _reshape(self, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> IreeTensor:
        """view/unsqueeze/squeeze of a dense value: the same buffer seen with other sizes (no
        program: a view's sizes are constants, so a program would be compiled per size)."""
        source: IreeTensor = self._fresh(args[0])
        shape = tuple(
            func(torch.empty(source.shape, dtype=source.dtype, device="meta"), *args[1:], **kwargs).shape
        )
        value = source._value
        if value is not None:
            view = rt.HalBufferView(value.view.get_buffer(), list(shape), ELEMENT_TYPES[source.dtype][0])
            value = DeviceValue(view, value.dtype, shape, value.ready, value.device)
        return source.reshaped(shape, value)

    def _copy_into(self, target: Any, source: Any) -> Any:
        if not isinstance(target, IreeTensor):  # host_tensor.copy_(iree_tensor)
            return target.copy_(self.to_host(source))
        value = self._fresh(source) if isinstance(source, IreeTensor) else self.tensor(source)
        if value.dtype != target.dtype or value.shape != target.shape:
            value = self.dispatch(
                torch.ops.aten.expand.default, (value.to(target.dtype), list(target.shape)), {}
            )
        target.take_value_of(value)
        propagate_write(target, self.dispatch)
        return target

    def _in_place(self, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any]) -> Any:
        """``x.add_(y)``: the functional op, whose result becomes ``x``'s value."""
        functional = _functional_variant(func)
        first = args[0] if args else None
        if not isinstance(first, IreeTensor):  # a host tensor updated from device values
            return self._on_host(func, args, kwargs, warn=False)
        if functional is None:
            return self._on_host(func, args, kwargs)
        result = self.dispatch(functional, args, kwargs)
        if torch.Tag.inplace_view in func.tags and isinstance(result, IreeTensor):
            # transpose_, squeeze_, ...: the wrapper's own sizes change (metadata only; it
            # holds no data), then it takes the new value. No data is written: nothing to
            # write back, but a view's place in its base changes.
            relink_after_in_place_view(first, func, args, kwargs)
            with no_dispatch():
                func(*args, **kwargs)
            first.take_value_of(result)
            return first
        if not isinstance(result, IreeTensor) or result.shape != first.shape:
            return self._on_host(func, args, kwargs)
        if result.dtype != first.dtype:
            result = self.dispatch(torch.ops.aten._to_copy.default, (result,), {"dtype": first.dtype})
        first.take_value_of(result)
        propagate_write(first, self.dispatch)
        return first

    def _on_host(
        self, func: Any, args: tuple[Any, ...], kwargs: dict[str, Any], warn: bool = True, reason: str = ""
    ) -> Any:
        """Run ``func`` in PyTorch on host copies; tensor results come back as IreeTensors."""
        name = str(func)
        self.stats.refused += warn
        if warn and name not in self.stats.host_op_names:
            self.stats.host_op_names.add(name)
            why = f": {reason}" if reason else ""
            warnings.warn(
                f"torch_iree eager: {name} runs in PyTorch on the host{why}", HostFallbackWarning, 3
            )
        self.stats.host_ops += 1
        host_args = _pytree.tree_map(
            lambda v: self.to_host(v).clone() if isinstance(v, IreeTensor) else v, args
        )
        host_kwargs = _pytree.tree_map(
            lambda v: self.to_host(v).clone() if isinstance(v, IreeTensor) else v, kwargs
        )
        result = func(*host_args, **host_kwargs)
        for value, after in zip(_pytree.tree_leaves(args), _pytree.tree_leaves(host_args), strict=True):
            if isinstance(value, IreeTensor) and func._schema.is_mutable:
                value.take_value_of(self.tensor(after))  # an in-place op's target, written on the host
                propagate_write(value, self.dispatch)
        host_inputs = {id(v) for v in _pytree.tree_leaves((args, kwargs)) if isinstance(v, torch.Tensor)}
        return _pytree.tree_map(
            lambda v: self.tensor(v) if isinstance(v, torch.Tensor) and id(v) not in host_inputs else v,
            result,
        )


def eager_target(device: str, target: str | None = None) -> Target:
    """The compile target of eager device ``device``: ``target`` where given (its code must run
    on that device), else the device's own backend: cpu, local-task, local-sync → llvm-cpu for
    this host; cuda[:N] → cuda; hip[:N], rocm[:N] → rocm; vulkan[:N] → vulkan-spirv."""
    if not isinstance(device, str) or not device:
        raise TorchIreeError(f"an eager device is named by a string such as 'cpu', got {device!r}")
    name = device.partition(":")[0]
    backend = next((b for b in BACKENDS.values() if name in b.device_aliases), None)
    resolved = resolve_target(target or (backend.name if backend else "llvm-cpu"))
    parse_device(device, resolved.driver)  # an unknown device, a bad index, code for another driver
    return resolved


def _check_on_meta(func: Any, leaves: list[Any], spec: Any) -> None:
    """Run ``func``'s meta kernel on the arguments' sizes and dtypes, so that a call PyTorch
    refuses (sizes that do not match, a dimension out of range) raises PyTorch's own error here.
    A wrapper subclass gets ops before any such check, and a program given sizes it does not
    expect may read or write out of bounds (a slice_scatter with a wrong source corrupts memory)."""
    metas = [
        torch.empty(leaf.shape, dtype=leaf.dtype, device="meta") if isinstance(leaf, torch.Tensor) else leaf
        for leaf in leaves
    ]
    args, kwargs = _pytree.tree_unflatten(metas, spec)
    try:
        func(*args, **kwargs)
    except NotImplementedError:
        pass  # no meta kernel: nothing to check against
    view = _SCATTER_VIEWS.get(func)
    if view is not None:  # their meta kernels do not compare the source with the view
        expected = view(args[0], *args[2:], **kwargs).shape
        if args[1].shape != expected:
            raise RuntimeError(
                f"{func}: the source has sizes {list(args[1].shape)}, but the part of the "
                f"tensor it is written into has sizes {list(expected)}"
            )


def _refuses_sizes(exc: Exception) -> bool:
    """The program was specialised to other sizes (not another failure)."""
    return isinstance(exc, InputError) or "mismatch" in str(exc)


@functools.cache
def _quiet_exit() -> None:
    """IreeTensors in a script's globals hold device buffers until module teardown, after
    nanobind's leak check runs; it would report each of them as leaked on stderr. At exit that
    is no leak (the process ends), so the check is turned off then, once per process."""
    from iree.runtime import _binding  # the runtime's native module, whichever variant is installed

    atexit.register(_binding.disable_leak_checker)


def _functional_variant(func: Any) -> Any:
    """``aten.add.Tensor`` for ``aten.add_.Tensor``, ``aten.transpose.int`` for
    ``aten.transpose_.default``: the op of the same name without "_" and the same arguments."""
    name = func._schema.name.split("::")[-1]
    packet = getattr(torch.ops.aten, name[:-1], None) if name.endswith("_") else None
    if packet is None:
        return None
    arguments = [(a.name, str(a.type)) for a in func._schema.arguments]
    same_name_first = sorted(packet.overloads(), key=lambda overload: overload != func._overloadname)
    for overload in same_name_first:
        candidate = getattr(packet, overload)
        schema = candidate._schema
        if not schema.is_mutable and [(a.name, str(a.type)) for a in schema.arguments] == arguments:
            return candidate
    return None


def _all_tensor_results(schema: Any) -> bool:
    returns = schema.returns
    return bool(returns) and all(str(r.type) in ("Tensor", "List[Tensor]", "Tensor[]") for r in returns)


def _structure(schema: Any, outputs: list[IreeTensor]) -> Any:
    if len(schema.returns) == 1:
        return outputs if str(schema.returns[0].type) != "Tensor" else outputs[0]
    return tuple(outputs)


def _example(value: Any) -> torch.Tensor:
    """A host tensor of ``value``'s shape and dtype for tracing (contents unused)."""
    if isinstance(value, torch.Tensor):
        return value
    return torch.empty(tuple(value.shape), dtype=value.dtype)
