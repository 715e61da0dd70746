"""transformers models through torch.export: transformers' own export helpers, applied around
the capture step when a model (or a submodule) is one of its ``PreTrainedModel``s.

transformers 5 ships what export needs in ``transformers.exporters.exporter_dynamo``: pytree
registrations for its cache classes (``DynamicCache``, ``EncoderDecoderCache``, ... in outputs
and as ``past_key_values`` inputs, with JSON contexts, so a saved program's output structure
is readable elsewhere), reversible patches of model code torch.export cannot trace, and a reset
of stateful attributes an earlier eager call left behind. We use those rather than forks of
them. Nothing here imports transformers: a user who passes one of its models imported it.
"""

from __future__ import annotations

import contextlib
import sys
from collections.abc import Iterator
from typing import Any


def _pretrained_model(module: Any) -> Any | None:
    """The first transformers ``PreTrainedModel`` in ``module`` (itself or a submodule)."""
    transformers = sys.modules.get("transformers")
    if transformers is None or not hasattr(module, "modules"):
        return None
    base = getattr(transformers, "PreTrainedModel", None)
    if base is None:
        return None
    return next((m for m in module.modules() if isinstance(m, base)), None)


# transformers' patch that traces sliding-window cache layers as full layers, so one exported
# decode graph serves every length (huggingface/transformers#49542). A capture at fixed sizes
# does not need it, and with it the returned cache differs from eager's (every key kept, the
# token counter left at 0): there the layer's own code is traced, which is eager's behaviour.
_DYNAMIC_ONLY = ("transformers.cache_utils.DynamicSlidingWindowLayer",)


@contextlib.contextmanager
def transformers_capture(module: Any, dynamic: bool = True) -> Iterator[None]:
    """Around ``torch.export.export(module, ...)``: transformers' cache pytrees registered,
    its export patches applied and the model's stateful attributes reset (restored after).
    ``dynamic``: whether the capture has dynamic sizes (see ``_DYNAMIC_ONLY``)."""
    model = _pretrained_model(module)
    if model is None:
        yield
        return
    try:
        from transformers.exporters.exporter_dynamo import register_cache_pytrees_for_model, reset_model_state
    except ImportError:  # a transformers without the exporters framework (< 5): export as is
        yield
        return
    register_cache_pytrees_for_model(model)
    with _export_patches(dynamic), reset_model_state(model):
        yield


def _export_patches(dynamic: bool) -> Any:
    """transformers' "dynamo" export patches; at fixed sizes, without ``_DYNAMIC_ONLY``'s.
    Selecting patches reads transformers' patch registry (``_PATCHES``, not public API): where
    it is not there, every patch applies, as in transformers' own exporter."""
    from transformers.exporters import utils

    registry = getattr(utils, "_PATCHES", None)
    if dynamic or not isinstance(registry, dict) or not hasattr(utils, "patch_attributes"):
        return utils.apply_patches("dynamo")
    resolved = [
        (obj, attribute, factory)
        for path, attribute, factory in registry.get("dynamo", [])
        if not path.startswith(_DYNAMIC_ONLY)
        and (obj := utils.import_dotted_path(path, missing_ok=True)) is not None
    ]
    return utils.patch_attributes(resolved)


def register_cache_pytrees() -> bool:
    """Make transformers' cache classes known to torch's pytree (to read a saved program's
    output structure in a new process); False when transformers is not installed."""
    try:
        from transformers.cache_utils import Cache
        from transformers.exporters.exporter_dynamo import _iter_subclasses, register_pytree_node
    except ImportError:
        return False
    for cache_type in _iter_subclasses(Cache):
        register_pytree_node(cache_type)
    return True
