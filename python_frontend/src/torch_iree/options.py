"""The choices that shape an imported program, as types every entry point shares.

``export``, ``Program``, the torch.compile backend and the eager device take the same options
with the same meaning, and the compile cache keys a program by them (``ImportOptions.key``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, get_args

from torch_iree._passes.shield import Shield
from torch_iree.errors import ExportError

# How attention reaches the compiler: "fused" keeps scaled_dot_product_attention whole (IREE's
# fused attention op: no materialised score matrix, what GPUs want); "decomposed" writes it as
# matmul + softmax + matmul. On the CPU (llvm-cpu, IREE 3.13, 2 cores) decomposed was faster at
# 128 tokens (BERT-base encoder stack 265 -> 161 ms, a 6-layer GPT-2-small decoder 212 -> 159
# ms) and the same on the suite's small attention models (within 5%), so the CPU targets
# default to it (``targets.preferred_attention``).
AttentionMode = Literal["fused", "decomposed"]
ATTENTION_MODES: tuple[str, ...] = get_args(AttentionMode)

# Where a program's weights live: "frozen", constants folded into each function (what
# ``export`` does by default: the compiler may fold them further); "inline", one global each
# inside the compiled module, shared by all functions (``Program``'s default); "external", left
# out and read from an ``.irpa`` parameter archive when the program loads.
ParamsMode = Literal["frozen", "inline", "external"]
PARAMS_MODES: tuple[str, ...] = get_args(ParamsMode)


def check_attention(attention: str) -> AttentionMode:
    if attention not in ATTENTION_MODES:
        raise ExportError(f"attention must be one of {', '.join(ATTENTION_MODES)}, got {attention!r}")
    return attention  # type: ignore[return-value]


def check_params(params: str) -> ParamsMode:
    if params not in PARAMS_MODES:
        raise ExportError(f"params must be one of {', '.join(PARAMS_MODES)}, got {params!r}")
    return params  # type: ignore[return-value]


@dataclass(frozen=True)
class ImportOptions:
    """What the importer does to a graph besides capturing it, the same for every entry point.

    ``index_checks``: every gather- and scatter-like op checks its indices at run time and an
    out-of-range index raises ``InputError`` (``torch_iree._passes.index_checks``); False trusts
    the inputs. ``shield``: which compiler-bug workarounds apply (default: all).
    ``attention``: see ``AttentionMode``.
    """

    index_checks: bool = True
    shield: Shield = field(default_factory=Shield)
    attention: AttentionMode = "fused"

    def __post_init__(self) -> None:
        check_attention(self.attention)
        if not isinstance(self.shield, Shield):
            raise ExportError(f"shield must be a torch_iree.Shield, got {type(self.shield).__name__}")

    def key(self) -> str:
        """The options as a cache-key part: everything here changes the program."""
        disabled = ",".join(sorted(self.shield.disabled))
        return f"index_checks={self.index_checks};attention={self.attention};shield-off={disabled}"
