"""The exceptions a user of torch_iree can meet. Each message says what was wrong and what to do."""

from __future__ import annotations

from dataclasses import dataclass


class TorchIreeError(Exception):
    """Base class of every error torch_iree raises on purpose."""


class ExportError(TorchIreeError):
    """torch.export could not capture the module, or the captured graph could not be imported."""


class CompileError(TorchIreeError):
    """iree-compile rejected the program; the message carries the compiler's diagnostics.

    ``diagnostics``: the compiler's own output; ``sites``: the ATen ops (and source lines) the
    failure was traced back to (``torch_iree._attribution``), empty when it was not."""

    diagnostics: str = ""
    sites: list = []


@dataclass(frozen=True)
class UnsupportedOp:
    """One torch op the compiler cannot lower, and where the model used it."""

    op: str
    source: str | None
    module_path: str | None

    def describe(self) -> str:
        where = self.source or "unknown source location"
        inside = f" (in {self.module_path})" if self.module_path else ""
        return f"{self.op} at {where}{inside}"


class UnsupportedOpError(CompileError):
    """The program uses torch ops that neither the decompositions nor the compiler handle."""

    def __init__(self, ops: list[UnsupportedOp], target: str) -> None:
        self.ops = ops
        self.target = target
        lines = "\n".join(f"  - {op.describe()}" for op in ops)
        super().__init__(
            f"the IREE compiler cannot lower {len(ops)} torch op(s) for target {target!r}:\n"
            f"{lines}\n"
            "Rewrite those lines with supported ops, or register a decomposition for the op "
            "(torch_iree.decompositions.extra_decompositions)."
        )


class InputError(TorchIreeError, ValueError):
    """The arguments given to a compiled program do not match what it was compiled for."""


class ArtifactError(TorchIreeError):
    """A saved program is missing, incomplete, or was written by an incompatible version."""


class DeviceError(TorchIreeError):
    """The requested runtime device is not available or does not match the compiled target."""


class NumericsError(TorchIreeError):
    """A compiled program's answer differs from eager PyTorch's (``compile(..., check=True)``);
    ``report`` is the op-by-op bisection (torch_iree.debug.BisectReport)."""

    def __init__(self, message: str, report: object = None) -> None:
        super().__init__(message)
        self.report = report


class CompilerMissingError(TorchIreeError, ModuleNotFoundError):
    """Exporting or compiling on a runtime-only install, which has no IREE compiler."""

    def __init__(self, what: str) -> None:
        super().__init__(
            f"{what} needs the IREE compiler (iree-base-compiler), which is not installed here: this "
            "is a runtime-only install, which loads and runs compiled programs. To export and "
            "compile, install the compiler extra: pip install 'torch-iree[compiler]'"
        )
        self.name = "iree.compiler"


def is_compiler_missing(exc: ModuleNotFoundError) -> bool:
    """Whether an import failed because iree-base-compiler is absent (not some other module)."""
    return (exc.name or "").split(".")[:2] == ["iree", "compiler"] or exc.name == "iree"
