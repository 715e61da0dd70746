"""``torch.compile(model, backend="iree")``: the Dynamo backend.

Registered through the ``torch_dynamo_backends`` entry point of the wheel, so it works without
importing torch_iree first. Options (``torch.compile(..., options={...})``):

- ``target``: compile target, as in ``Exported.compile`` (default ``"llvm-cpu"``)
- ``flags``: extra iree-compile flags
- ``device``: runtime device (default ``"cpu"``: as for ``torch_iree.load``, a graph whose
  estimated work per call is small runs on the calling thread (``local-sync``), a larger one on
  IREE's worker threads (``local-task``); ``torch_iree.runtime.cpu_driver`` is the one rule,
  measured in benchmarks/results/call_cost.txt. Name ``"local-sync"`` or ``"local-task"`` to
  choose.)
- ``on_unsupported``: ``"warn"`` (default: run that graph in eager PyTorch, with one warning
  naming the op) or ``"raise"``
- ``cache``: use the persistent compile cache (default True; see torch_iree.cache)
- ``index_checks``: bounds-check indices at run time (default True, as in ``torch_iree.export``)
- ``attention``: ``"fused"`` or ``"decomposed"`` (default: what suits the target, as for
  ``torch_iree.compile``: decomposed on CPUs, fused on GPUs)
- ``shield``: a ``torch_iree.Shield`` (which compiler-bug workarounds apply; default all)

Graphs go through the same import steps as ``torch_iree.export`` (``torch_iree._importer``),
with the same options and errors.

For counters (graphs compiled, cache hits, fallbacks) or an explicit compiler or runtime
session, pass a ``Backend`` object instead of the string: ``torch.compile(model,
backend=torch_iree.dynamo.Backend(target="llvm-cpu"))``.

Each Dynamo graph is keyed by its code, the metadata of its inputs, the options, the
versions involved and the frontend's own transformation code, before any tracing: a graph
compiled by an earlier process is loaded from the cache without re-tracing or importing it. Parameters stay graph inputs (not frozen), so a
compiled graph serves any weights of the same shapes, and updates to the weights are seen.
"""

from __future__ import annotations

import logging
import time
import warnings
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

import torch

from torch_iree._passes.shield import Shield
from torch_iree.artifacts import Exported, compile_cached
from torch_iree.compiling import Compiler
from torch_iree.errors import TorchIreeError
from torch_iree.options import AttentionMode, ImportOptions, check_attention
from torch_iree.runtime import Loaded, Session
from torch_iree.signature import placeholder_values
from torch_iree.targets import preferred_attention

log = logging.getLogger(__name__)


class FallbackWarning(UserWarning):
    """A graph ran in eager PyTorch because it could not be compiled."""


class GradientWarning(UserWarning):
    """A compiled graph was called with autograd on; its outputs carry no gradient."""


@dataclass(frozen=True)
class BackendOptions:
    target: str = "llvm-cpu"
    flags: tuple[str, ...] = ()
    device: str = "cpu"
    on_unsupported: Literal["warn", "raise"] = "warn"
    cache: bool = True
    index_checks: bool = True
    attention: AttentionMode | None = None  # None: what suits the target, as torch_iree.compile
    shield: Shield = Shield()

    @classmethod
    def parse(cls, options: Mapping[str, Any] | None) -> BackendOptions:
        options = dict(options or {})
        known = {f for f in cls.__dataclass_fields__}
        unknown = sorted(set(options) - known)
        if unknown:
            raise TorchIreeError(
                f"unknown torch.compile option(s) {unknown} for backend 'iree'; known: {sorted(known)}"
            )
        parsed = cls(**options)
        if parsed.on_unsupported not in ("warn", "raise"):
            raise TorchIreeError("option on_unsupported must be 'warn' or 'raise'")
        if isinstance(parsed.flags, str) or not all(isinstance(f, str) for f in parsed.flags):
            raise TorchIreeError("option flags must be a list of iree-compile flags (strings)")
        if parsed.attention is not None:
            check_attention(parsed.attention)
        return cls(
            target=parsed.target,
            flags=tuple(parsed.flags),
            device=parsed.device,
            on_unsupported=parsed.on_unsupported,
            cache=bool(parsed.cache),
            index_checks=bool(parsed.index_checks),
            attention=parsed.attention,
            shield=parsed.shield,
        )

    def import_options(self) -> ImportOptions:
        """The importer's options, as ``export``/``Program`` take them (same defaults per target)."""
        attention = self.attention or preferred_attention(self.target)
        return ImportOptions(index_checks=self.index_checks, shield=self.shield, attention=attention)


@dataclass
class BackendStats:
    """Counts for tests and curious users: how graphs were served, and the time spent."""

    graphs: int = 0
    compiled: int = 0
    cache_hits: int = 0
    fallbacks: int = 0
    seconds: float = 0.0  # inside the backend: keying, tracing, importing, compiling, loading


class Backend:
    """A torch.compile backend with its own options, counters, compiler and runtime session::

        backend = torch_iree.dynamo.Backend(target="llvm-cpu")
        compiled = torch.compile(model, backend=backend)
        ...; print(backend.stats)

    ``torch.compile(model, backend="iree", options={...})`` makes one per graph. The backend
    keeps nothing of the graphs it compiles: Dynamo owns the compiled graphs, so a model is
    freed with its compiled function.
    """

    def __init__(
        self,
        options: Mapping[str, Any] | BackendOptions | None = None,
        compiler: Compiler | None = None,
        session: Session | None = None,
        **option_values: Any,
    ) -> None:
        if isinstance(options, BackendOptions):
            self.options = options
        else:
            self.options = BackendOptions.parse({**(options or {}), **option_values})
        self.stats = BackendStats()
        self.compiler = compiler
        self.session = session

    def __call__(self, gm: torch.fx.GraphModule, example_inputs: list[Any]) -> Callable:
        self.stats.graphs += 1
        start = time.perf_counter()
        try:
            loaded, lifted = self._compile_graph(gm, example_inputs)
        except TorchIreeError as exc:
            if self.options.on_unsupported == "raise":
                raise
            self.stats.fallbacks += 1
            log.debug("graph of %d nodes falls back to eager: %s", len(gm.graph.nodes), exc)
            warnings.warn(
                f"torch_iree: a graph of {len(gm.graph.nodes)} nodes runs in eager PyTorch instead: {exc}",
                FallbackWarning,
                stacklevel=3,
            )
            return gm.forward
        finally:
            self.stats.seconds += time.perf_counter() - start
        if torch.is_grad_enabled() and any(getattr(v, "requires_grad", False) for v in example_inputs):
            warnings.warn(
                "torch_iree: backend 'iree' compiles inference only; outputs do not track gradients. "
                "Call the model under torch.no_grad() or torch.inference_mode().",
                GradientWarning,
                stacklevel=3,
            )
        return _runner(loaded, [_lifted_value(gm, name) for name in lifted])

    def _compile_graph(self, gm: torch.fx.GraphModule, example_inputs: list[Any]) -> tuple[Loaded, list[str]]:
        import_options = self.options.import_options()

        def produce(path: Path) -> Exported:
            # Imported here: a graph found in the cache needs neither the importer nor the
            # MLIR bindings, and a warm process's first call should not pay for loading them.
            from torch_iree._importer import import_dynamo_graph

            exported = import_dynamo_graph(gm, example_inputs, import_options)
            exported.write_bytecode(path)
            return exported

        key_parts = [*graph_key_parts(gm, example_inputs), import_options.key()]
        compiled, from_cache = compile_cached(
            key_parts, produce, self.options.target, self.options.flags, self.options.cache, self.compiler
        )
        if from_cache:
            self.stats.cache_hits += 1
        else:
            self.stats.compiled += 1
        log.debug("graph of %d nodes: %s", len(gm.graph.nodes), "cache hit" if from_cache else "compiled")
        return Loaded(compiled, device=self.options.device, session=self.session), list(compiled.lifted)


def backend(
    gm: torch.fx.GraphModule, example_inputs: list[Any], options: dict[str, Any] | None = None
) -> Callable:
    """The ``"iree"`` backend of torch.compile (registered by the wheel's entry point)."""
    return Backend(options)(gm, example_inputs)


def _runner(loaded: Loaded, lifted_values: list[torch.Tensor]) -> Callable:
    """The function Dynamo calls for the graph (``.loaded``: the program, for the curious)."""
    call_flat = loaded._sole().call_flat
    if lifted_values:

        def run(*args: Any) -> tuple[torch.Tensor, ...]:
            return tuple(call_flat([*lifted_values, *args]))

    else:

        def run(*args: Any) -> tuple[torch.Tensor, ...]:
            # Dynamo's guards already checked shapes and dtypes: go straight to the program.
            return tuple(call_flat(args))

    run.loaded = loaded  # type: ignore[attr-defined]
    return run


def graph_key_parts(gm: torch.fx.GraphModule, example_inputs: list[Any]) -> list[bytes | str]:
    """Everything the compiled program depends on besides flags and compiler, read from the
    graph without tracing it: its code, its inputs' metadata, its state's shapes and its
    constants' values."""
    parts: list[bytes | str] = ["dynamo-graph", gm.code]
    for value in placeholder_values(gm, example_inputs):
        parts.append(_describe_input(value))
    for name, tensor in sorted({**dict(gm.named_parameters()), **dict(gm.named_buffers())}.items()):
        parts.append(f"{name}:{_describe_input(tensor)}")
    for name in sorted(_tensor_constant_names(gm)):
        tensor = getattr(gm, name)
        parts.append(name)
        parts.append(tensor.detach().cpu().contiguous().view(torch.uint8).numpy().tobytes())
    parts.append(torch.__version__)  # the frontend's own code is in compile_cached's key
    return parts


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
