"""torch_iree: take PyTorch programs to the IREE compiler and runtime.

Three stages, one object each::

    exported = torch_iree.export(model, (x,))          # torch.export → torch-dialect MLIR
    compiled = exported.compile(target="llvm-cpu")     # iree-compile → .vmfb (+ metadata)
    run = torch_iree.load(compiled, device="cpu")      # iree.runtime → a callable
    y = run(x)

or in one step: ``run = torch_iree.compile(model, (x,))``. Several entry points sharing
weights and state (a decoder's prefill and decode): ``torch_iree.Program``.
"""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from torch_iree._logs import configure_from_environment
from torch_iree.errors import (
    ArtifactError,
    CompileError,
    CompilerMissingError,
    DeviceError,
    ExportError,
    InputError,
    NumericsError,
    TorchIreeError,
    UnsupportedOpError,
    is_compiler_missing,
)

configure_from_environment()  # TORCH_IREE_LOG=info|debug: the library's log to stderr

if TYPE_CHECKING:
    from torch_iree._passes.shield import Shield
    from torch_iree.artifacts import Compiled, Exported
    from torch_iree.cache import CompileCache
    from torch_iree.compiling import Compiler
    from torch_iree.exporting import Program, export, export_program
    from torch_iree.options import AttentionMode, ImportOptions
    from torch_iree.runtime import Loaded, LoadedFunction, Session
    from torch_iree.targets import BACKENDS, resolve_target

# Imported on first use: loading a compiled program needs only iree-base-runtime (a
# deployment can leave the compiler out), and `import torch_iree` stays fast for the CLI.
_LAZY = {
    "Compiled": "torch_iree.artifacts",
    "Exported": "torch_iree.artifacts",
    "CompileCache": "torch_iree.cache",
    "Compiler": "torch_iree.compiling",
    "export": "torch_iree.exporting",
    "export_program": "torch_iree.exporting",
    "Program": "torch_iree.exporting",
    "Loaded": "torch_iree.runtime",
    "LoadedFunction": "torch_iree.runtime",
    "Session": "torch_iree.runtime",
    "BACKENDS": "torch_iree.targets",
    "resolve_target": "torch_iree.targets",
    "Shield": "torch_iree._passes.shield",
    "ImportOptions": "torch_iree.options",
}
# Subpackages and modules users reach as attributes (``torch_iree.eager.device("cpu")``),
# imported on first use like the names above.
_SUBMODULES = ("debug", "decompositions", "dynamo", "eager", "options")

__all__ = [
    "ArtifactError",
    "BACKENDS",
    "CompileCache",
    "CompileError",
    "CompilerMissingError",
    "Compiled",
    "Compiler",
    "DeviceError",
    "ExportError",
    "Exported",
    "ImportOptions",
    "InputError",
    "Loaded",
    "LoadedFunction",
    "NumericsError",
    "Program",
    "Session",
    "Shield",
    "TorchIreeError",
    "UnsupportedOpError",
    "__version__",
    "compile",
    "export",
    "export_program",
    "load",
    "resolve_target",
]


def __getattr__(name: str) -> Any:
    if name == "__version__":
        return _version()
    if name not in _LAZY and name not in _SUBMODULES:
        raise AttributeError(f"module 'torch_iree' has no attribute {name!r}")
    try:
        if name in _SUBMODULES:
            value = importlib.import_module(f"torch_iree.{name}")
        else:
            value = getattr(importlib.import_module(_LAZY[name]), name)
    except ModuleNotFoundError as exc:
        if is_compiler_missing(exc):
            raise CompilerMissingError(f"torch_iree.{name}") from exc
        raise
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_LAZY) | set(_SUBMODULES) | {"__version__"})


def _version() -> str:
    """The installed distribution's version; a source checkout that is not installed says so."""
    from torch_iree._versions import installed_version

    return installed_version("torch-iree") or "0+unknown"


def compile(
    module: Any,
    args: tuple[Any, ...] | Any,
    kwargs: dict[str, Any] | None = None,
    *,
    target: str = "llvm-cpu",
    flags: Sequence[str] = (),
    dynamic_shapes: Any = None,
    device: str = "cpu",
    cache: CompileCache | None | bool = True,
    attention: AttentionMode | None = None,
    check: bool = False,
) -> Loaded:
    """Export, compile and load ``module`` in one step; returns the callable program.

    ``check``: run the program once on ``args`` and compare with eager PyTorch; where they
    differ, bisect op by op and raise ``NumericsError`` naming the first op that differs
    (``torch_iree.debug``).

    ``attention``: as in ``export``; by default what suits ``target`` (``"decomposed"`` on CPUs,
    ``"fused"`` on GPUs: ``torch_iree.targets.preferred_attention``)."""
    try:
        from torch_iree.exporting import export
    except ModuleNotFoundError as exc:
        if is_compiler_missing(exc):
            raise CompilerMissingError("torch_iree.compile") from exc
        raise

    from torch_iree.targets import preferred_attention

    attention = preferred_attention(target) if attention is None else attention
    exported = export(module, args, kwargs, dynamic_shapes=dynamic_shapes, attention=attention)
    loaded = exported.compile(target=target, flags=flags, cache=cache).load(device=device)
    if check:
        from torch_iree.debug import check_against_eager

        check_against_eager(module, loaded, args, kwargs, target=target, device=device)
    return loaded


def load(
    program: Compiled | str | Path,
    device: str = "cpu",
    parameters: str | Path | None = None,
    session: Session | None = None,
) -> Loaded:
    """Load a compiled program (or one saved with ``Compiled.save``) onto ``device``.

    ``parameters``: the ``.irpa`` archive of a program exported with external weights;
    ``session``: the runtime session to load into (default: the process's default session).
    Needs only ``iree-base-runtime``: nothing of the compiler is imported.
    """
    from torch_iree.artifacts import Compiled

    compiled = program if isinstance(program, Compiled) else Compiled.read(program)
    return compiled.load(device=device, parameters=parameters, session=session)
