"""``torch.compile(model, backend="iree")``: the Dynamo backend.

Registered through the ``torch_dynamo_backends`` entry point of the wheel, so it works without
importing torch_iree first. Options (``torch.compile(..., options={...})``):

- ``target``: compile target, as in ``Exported.compile`` (default ``"llvm-cpu"``)
- ``flags``: extra iree-compile flags
- ``device``: runtime device (default ``"local-sync"``: the graph runs on the calling thread.
  Measured on a 2-core machine, a tiny MLP costs 14 µs in our runner on ``local-sync`` against
  ~80 µs on the multi-threaded ``local-task`` (``"cpu"``), whose worker hand-off dominates small
  graphs and whose spinning workers would compete with PyTorch's own threads. Pass
  ``device="cpu"`` for large graphs that gain from IREE's parallelism.)
- ``on_unsupported``: ``"warn"`` (default: run that graph in eager PyTorch, with one warning
  naming the op) or ``"raise"``
- ``cache``: use the persistent compile cache (default True; see torch_iree.cache)

Each Dynamo graph is keyed by its code, the metadata of its inputs, the options and the
versions involved, before any tracing: a graph compiled by an earlier process is loaded from
the cache without re-tracing or importing it. Parameters stay graph inputs (not frozen), so a
compiled graph serves any weights of the same shapes, and updates to the weights are seen.
"""

from __future__ import annotations

import atexit
import dataclasses
import time
import warnings
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from importlib import metadata
from typing import Any

import torch

from torch_iree.cache import CompileCache, cache_key
from torch_iree.compiling import compile_bytecode, compiler_identity
from torch_iree.errors import TorchIreeError
from torch_iree.graph_import import export_graph, placeholder_values
from torch_iree.runtime import Loaded
from torch_iree.targets import resolve_target


class FallbackWarning(UserWarning):
    """A graph ran in eager PyTorch because it could not be compiled."""


class GradientWarning(UserWarning):
    """A compiled graph was called with autograd on; its outputs carry no gradient."""


@dataclass(frozen=True)
class BackendOptions:
    target: str = "llvm-cpu"
    flags: tuple[str, ...] = ()
    device: str = "local-sync"
    on_unsupported: str = "warn"
    cache: bool = True
    extra: dict[str, Any] = field(default_factory=dict)

    @classmethod
    def parse(cls, options: dict[str, Any] | None) -> BackendOptions:
        options = dict(options or {})
        known = {"target", "flags", "device", "on_unsupported", "cache"}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TorchIreeError(
                f"unknown torch.compile option(s) {unknown} for backend 'iree'; known: {sorted(known)}"
            )
        parsed = cls(**{k: v for k, v in options.items()})
        if parsed.on_unsupported not in ("warn", "raise"):
            raise TorchIreeError("option on_unsupported must be 'warn' or 'raise'")
        return cls(
            target=parsed.target,
            flags=tuple(parsed.flags),
            device=parsed.device,
            on_unsupported=parsed.on_unsupported,
            cache=bool(parsed.cache),
        )


@dataclass
class BackendStats:
    """Counts for tests and curious users: how graphs were served, and the time spent."""

    graphs: int = 0
    compiled: int = 0
    cache_hits: int = 0
    fallbacks: int = 0
    seconds: float = 0.0  # inside the backend: keying, tracing, importing, compiling, loading


stats = BackendStats()
_compiled_graphs: list[Any] = []


@atexit.register
def _release_programs() -> None:
    # Dynamo's caches keep compiled graphs (and so IREE devices) alive until interpreter
    # teardown, when nanobind reports them as leaks; drop them while Python still runs.
    _compiled_graphs.clear()
    try:
        torch._dynamo.reset()
    except Exception:
        pass


def backend(
    gm: torch.fx.GraphModule, example_inputs: list[Any], options: dict[str, Any] | None = None
) -> Callable:
    opts = BackendOptions.parse(options)
    stats.graphs += 1
    start = time.perf_counter()
    try:
        loaded, lifted = _compile_graph(gm, example_inputs, opts)
    except TorchIreeError as exc:
        stats.seconds += time.perf_counter() - start
        if opts.on_unsupported == "raise":
            raise
        stats.fallbacks += 1
        warnings.warn(
            f"torch_iree: a graph of {len(gm.graph.nodes)} nodes runs in eager PyTorch instead: {exc}",
            FallbackWarning,
            stacklevel=2,
        )
        return gm.forward
    if torch.is_grad_enabled() and any(getattr(v, "requires_grad", False) for v in example_inputs):
        warnings.warn(
            "torch_iree: backend 'iree' compiles inference only; outputs do not track gradients. "
            "Call the model under torch.no_grad() or torch.inference_mode().",
            GradientWarning,
            stacklevel=2,
        )
    runner = _runner(loaded, [_lifted_value(gm, name) for name in lifted])
    _compiled_graphs.append(runner)
    stats.seconds += time.perf_counter() - start
    return runner


def _compile_graph(
    gm: torch.fx.GraphModule, example_inputs: list[Any], opts: BackendOptions
) -> tuple[Loaded, list[str]]:
    target = resolve_target(opts.target)
    all_flags = (*target.compiler_flags(), *opts.flags)
    store = CompileCache.from_environment() if opts.cache else None
    key = _graph_key(gm, example_inputs, all_flags)
    compiled = store.get(key) if store is not None else None
    if compiled is not None:
        stats.cache_hits += 1
        lifted = list(compiled.lifted)
    else:
        exported, lifted = export_graph(gm, example_inputs)
        if exported.unsupported:
            from torch_iree.errors import UnsupportedOpError

            raise UnsupportedOpError(exported.unsupported, target.name)
        compiled = compile_bytecode(exported.mlir_bytecode(), exported.functions, target.name, all_flags)
        compiled = dataclasses.replace(compiled, lifted=tuple(lifted))
        stats.compiled += 1
        if store is not None:
            store.put(key, compiled)
    return Loaded(compiled, device=opts.device), lifted


def _runner(loaded: Loaded, lifted_values: list[torch.Tensor]) -> Callable:
    call_flat = loaded.call_flat
    if lifted_values:

        def run_with_lifted(*args: Any) -> tuple[torch.Tensor, ...]:
            return tuple(call_flat([*lifted_values, *args]))

        return run_with_lifted

    def run(*args: Any) -> tuple[torch.Tensor, ...]:
        # Dynamo's guards already checked shapes and dtypes: go straight to the program.
        return tuple(call_flat(args))

    return run


def _graph_key(gm: torch.fx.GraphModule, example_inputs: list[Any], all_flags: Sequence[str]) -> str:
    """Everything the compiled program depends on, read without tracing the graph."""
    parts: list[bytes | str] = [gm.code]
    for value in placeholder_values(gm, example_inputs):
        parts.append(_describe_input(value))
    for name, tensor in sorted({**dict(gm.named_parameters()), **dict(gm.named_buffers())}.items()):
        parts.append(f"{name}:{_describe_input(tensor)}")
    for name in sorted(_tensor_constant_names(gm)):
        tensor = getattr(gm, name)
        parts.append(name)
        parts.append(tensor.detach().cpu().contiguous().view(torch.uint8).numpy().tobytes())
    parts += [*all_flags, *compiler_identity(), torch.__version__, _own_version()]
    return cache_key(parts)


def _describe_input(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"tensor {value.dtype} {tuple(str(d) for d in value.shape)} {tuple(str(s) for s in value.stride())}"
    return f"{type(value).__name__} {value}"


def _tensor_constant_names(gm: torch.fx.GraphModule) -> list[str]:
    names = []
    for node in gm.graph.nodes:
        if node.op == "get_attr" and isinstance(getattr(gm, node.target, None), torch.Tensor):
            names.append(node.target)
    return names


def _lifted_value(gm: torch.fx.GraphModule, name: str) -> torch.Tensor:
    # aot_export_module names lifted state by its attribute path on the GraphModule.
    obj: Any = gm
    for part in name.split("."):
        obj = getattr(obj, part)
    return obj


def _own_version() -> str:
    try:
        return metadata.version("torch-iree")
    except metadata.PackageNotFoundError:
        return "source"
