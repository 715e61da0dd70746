"""``IreeConfig``: how the ``iree`` export backend captures, compiles and stores a model.

It is a transformers ``DynamoConfig`` (the capture is torch.export's, with transformers' own
export patches), plus what IREE needs: the compile target and flags, where the weights live
and the device a runner loads on. It serializes to JSON with the export (``to_dict``) and back
(``AutoExportConfig.from_dict``), so everything here is a plain value.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from transformers.exporters.configs import DynamoConfig

from torch_iree.errors import ExportError
from torch_iree.options import ATTENTION_MODES
from torch_iree.targets import resolve_target

EXPORT_FORMAT = "iree"
# Flags added before the config's own for CPU targets. Data tiling (weights packed once, when
# the program loads, into the layout the matmul kernels stream) is off by default in IREE 3.13's
# llvm-cpu; batch-1 decoding is matrix-vector products over every weight, memory-bound, and
# with it a Qwen2-0.5B-width decode step went 44.7 -> 40.7 ms and its 151936x896 output
# projection 30.2 -> 24.6 ms on two cores (benchmarks/results/generation.txt). ``flags``
# ["--iree-opt-data-tiling=false"] turns it off again.
CPU_FLAGS = ("--iree-opt-data-tiling=true",)
WEIGHTS = ("external", "inline")


@dataclass
class IreeConfig(DynamoConfig):
    """Configuration of the ``iree`` export backend.

    Args:
        target: the IREE compile target (``torch_iree.targets``): ``"llvm-cpu"`` (this
            machine's CPU), ``"llvm-cpu:generic"``, ``"cuda:sm_90"``, ``"rocm:gfx942"``, ...
        weights: ``"external"`` (default) keeps the weights out of the compiled program, in an
            IREE parameter archive (``.irpa``) saved beside it; ``"inline"`` puts them inside
            the ``.vmfb``.
        flags: extra ``iree-compile`` flags, after the backend's defaults (``CPU_FLAGS``).
        device: where runners load the program by default (``"cpu"``, ``"cuda"``,
            ``"cuda:1"``); None: the target's own device.
        attention: ``"fused"`` or ``"decomposed"`` scaled-dot-product attention; None: what
            suits the target (``torch_iree.targets.preferred_attention``).
        dynamic_prompt: for ``export_for_generation``: True makes the prefill's sequence axis
            symbolic (one call per prompt, of any length up to the cache's size); False (default)
            traces it at the sample prompt's length, and ``generate`` feeds longer prompts in
            chunks of that length, the last one padded. Static shapes are the ones IREE 3.13
            compiles best, and right: Mixtral's router miscompiles with a symbolic sequence axis
            (docs/transformers.md). Ignored when ``dynamic_shapes`` is given.

    The fields of ``DynamoConfig`` (``dynamic``, ``dynamic_shapes``, ``strict``,
    ``prefer_deferred_runtime_asserts_over_guards``) mean what they mean there.
    """

    export_format: str = EXPORT_FORMAT
    target: str = "llvm-cpu"
    weights: str = "external"
    flags: list[str] = field(default_factory=list)
    device: str | None = None
    attention: str | None = None
    dynamic_prompt: bool = False

    def __post_init__(self) -> None:
        if self.export_format != EXPORT_FORMAT:
            raise ExportError(
                f"IreeConfig is the {EXPORT_FORMAT!r} format, got export_format={self.export_format!r}"
            )
        resolve_target(self.target)  # raises for an unknown target, naming the known ones
        if self.weights not in WEIGHTS:
            raise ExportError(f"weights must be one of {', '.join(WEIGHTS)}, got {self.weights!r}")
        if self.attention is not None and self.attention not in ATTENTION_MODES:
            raise ExportError(
                f"attention must be one of {', '.join(ATTENTION_MODES)} or None, got {self.attention!r}"
            )
        if isinstance(self.flags, str) or not all(isinstance(flag, str) for flag in self.flags):
            raise ExportError(f"flags must be a list of iree-compile flags (strings), got {self.flags!r}")
        self.flags = list(self.flags)
        if self.quantizer is not None:
            raise ExportError(
                "the iree backend does not apply export quantizers yet; export without quantizer= "
                "(or quantize the model itself before exporting)"
            )

    def compile_flags(self) -> list[str]:
        """The iree-compile flags: the backend's defaults for the target, then ``flags``."""
        defaults = CPU_FLAGS if resolve_target(self.target).backend.name == "llvm-cpu" else ()
        return [*defaults, *self.flags]
