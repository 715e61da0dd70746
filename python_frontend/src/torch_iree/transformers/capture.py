"""From a transformers model and the forward kwargs of one graph to a torch.export program that
our importer takes: what the ``iree`` exporter does before ``torch_iree.Program``.

Three things differ from transformers' own dynamo exporter:

- A cache passed in is copied inside the graph before the model writes to it, so the program
  returns the updated cache instead of writing into the caller's tensors (IREE programs take
  their inputs read-only; the copy is a buffer copy on the device).
- An attention mask that ``generate`` built from the cache and the positions, and that the model
  would build the same way itself, is left out: the decode graph then computes its own mask,
  and a generation loop needs nothing but tokens and positions (``torch_iree.transformers.generate``).
- A prefill gets a cache whose tensors exist already (zeros, as an empty static cache has them
  once allocated) instead of one the graph allocates: prefill and decode then take the same
  cache, and a prompt longer than the traced one goes through the prefill in chunks, the last
  one padded (``torch_iree.transformers.generation``). ``IreeConfig.dynamic_prompt`` makes the
  prefill's sequence axis symbolic instead.
"""

from __future__ import annotations

import copy
import inspect
from collections.abc import Mapping
from typing import Any

import torch
import torch.utils._pytree as pytree
from transformers.cache_utils import Cache
from transformers.exporters.exporter_dynamo import get_auto_dynamic_shapes
from transformers.exporters.utils import module_dtype

from torch_iree.errors import ExportError
from torch_iree.transformers.config import IreeConfig

# Forward kwargs that run along the prompt (batch, sequence): the prefill's symbolic axis.
SEQUENCE_INPUTS = ("input_ids", "position_ids", "attention_mask", "token_type_ids", "inputs_embeds")


class CacheCopyingForward(torch.nn.Module):
    """``model(**kwargs)`` with every cache in ``kwargs`` copied first (see the module's doc),
    behind a signature that names exactly the traced kwargs (as transformers' exporter does:
    torch.export matches ``dynamic_shapes`` against it)."""

    def __init__(self, model: torch.nn.Module, names: list[str]) -> None:
        super().__init__()
        self.model = model

        def forward(**kwargs: Any) -> Any:
            copied = {
                name: _copied(value) if isinstance(value, Cache) else value for name, value in kwargs.items()
            }
            return self.model(**copied)

        parameter = inspect.Parameter.POSITIONAL_OR_KEYWORD
        forward.__signature__ = inspect.Signature(  # type: ignore[attr-defined]
            [inspect.Parameter(name, parameter, default=None) for name in names]
        )
        self.forward = forward


def _copied(cache: Cache) -> Cache:
    """A cache of the same structure holding copies of ``cache``'s tensors."""
    leaves, spec = pytree.tree_flatten(cache)
    return pytree.tree_unflatten(
        [leaf.clone() if isinstance(leaf, torch.Tensor) else leaf for leaf in leaves], spec
    )


def without_generated_mask(model: torch.nn.Module, inputs: dict[str, Any]) -> dict[str, Any]:
    """``inputs`` without an ``attention_mask`` that ``generate`` built as the model itself would
    (causal over a static cache, no padding); a mask that says more (padding) is kept."""
    mask = inputs.get("attention_mask")
    cache = inputs.get("cache")
    if mask is None or not isinstance(cache, Cache) or (isinstance(mask, torch.Tensor) and mask.dim() == 2):
        return inputs
    tokens = inputs.get("input_ids")
    if tokens is None or getattr(model, "config", None) is None:
        return inputs
    from transformers.masking_utils import create_masks_for_generate

    make_masks = getattr(model, "create_masks_for_generate", create_masks_for_generate)
    try:
        own = make_masks(
            config=model.config,
            inputs_embeds=torch.empty(
                (*tokens.shape[:2], 0), dtype=module_dtype(model) or torch.float32, device=tokens.device
            ),
            attention_mask=None,
            cache=cache,
            position_ids=inputs.get("position_ids"),
        )
    except Exception:  # a model whose masks need more than this: keep the mask as an input
        return inputs
    if _same_masks(own, mask):
        return {name: value for name, value in inputs.items() if name != "attention_mask"}
    return inputs


def _same_masks(a: Any, b: Any) -> bool:
    if isinstance(a, Mapping) and isinstance(b, Mapping):
        return a.keys() == b.keys() and all(_same_masks(a[key], b[key]) for key in a)
    if isinstance(a, torch.Tensor) and isinstance(b, torch.Tensor):
        return a.shape == b.shape and a.dtype == b.dtype and bool(torch.equal(a, b))
    return a is None and b is None


def with_full_sliding_layers(inputs: dict[str, Any], cache_length: int | None) -> dict[str, Any]:
    """``inputs`` with every sliding-window layer of a static cache replaced by a full static
    layer of ``cache_length`` tokens.

    A sliding layer keeps a rolling buffer of the last ``window`` tokens, indexed by a Python
    counter: a trace bakes the counter in, and the exported decode is right at the traced
    position only. A full layer indexes by a tensor (any position), and the model's sliding
    mask still limits attention to the window, so the graph computes what the rolling buffer
    would, for every position (transformers' own exporter patches its dynamic sliding layers
    to full ones for the same reason)."""
    cache = inputs.get("cache")
    layers = getattr(cache, "layers", None)
    if not isinstance(cache, Cache) or not layers or not any(_is_static_sliding(layer) for layer in layers):
        return inputs
    if cache_length is None:
        raise ExportError(
            "a static cache with sliding-window layers can be exported through export_for_generation only "
            "(which knows the cache's full length): IreeExporter().export_for_generation(model, inputs, config, "
            "generation_config=GenerationConfig(cache_implementation='static', max_cache_len=...))"
        )
    from transformers.cache_utils import StaticLayer

    converted = copy.copy(cache)
    converted.layers = [
        _full_layer(layer, cache_length, StaticLayer) if _is_static_sliding(layer) else layer
        for layer in layers
    ]
    return {**inputs, "cache": converted}


def _is_static_sliding(layer: Any) -> bool:
    return bool(getattr(layer, "is_sliding", False)) and bool(getattr(layer, "is_compileable", False))


def _full_layer(layer: Any, length: int, full_type: type) -> Any:
    full = full_type(max_cache_len=length)
    if getattr(layer, "is_initialized", False):
        full.lazy_initialization(layer.keys, layer.values)  # allocates [batch, heads, length, dim]
        full.cumulative_length = layer.cumulative_length.clone()
    return full


def with_allocated_cache(model: torch.nn.Module, inputs: dict[str, Any]) -> dict[str, Any]:
    """``inputs`` with a static cache that has not allocated its tensors yet (a prefill's)
    replaced by one that has, all zeros: the layers allocate on their first update, so one
    eager call on copies of the inputs allocates them, and zeroing every tensor (counters
    included) makes it empty again."""
    cache = inputs.get("cache")
    layers = getattr(cache, "layers", None)
    if (
        not isinstance(cache, Cache)
        or not layers
        or all(getattr(layer, "is_initialized", True) for layer in layers)
    ):
        return inputs
    if not getattr(cache, "is_compileable", False):
        return inputs
    trial = sample_copy(inputs)
    with torch.no_grad():
        model(**trial)
    allocated = trial["cache"]
    for leaf in pytree.tree_leaves(allocated):
        if isinstance(leaf, torch.Tensor):
            leaf.zero_()
    return {**inputs, "cache": allocated}


def dynamic_shapes(config: IreeConfig, inputs: Mapping[str, Any]) -> dict[str, Any] | None:
    """The ``dynamic_shapes`` to capture one graph with: the config's own; every axis
    (``dynamic=True``: transformers' automatic ones); or, for a prefill over a static cache
    (``dynamic_prompt``), the prompt's sequence axis up to the cache's size."""
    if config.dynamic_shapes is not None:
        return config.dynamic_shapes
    if config.dynamic:
        return get_auto_dynamic_shapes(dict(inputs))
    if not config.dynamic_prompt:
        return None
    limit = static_cache_size(inputs.get("cache"))
    tokens = inputs.get("input_ids")
    if limit is None or not isinstance(tokens, torch.Tensor) or tokens.dim() != 2 or tokens.shape[1] < 2:
        return None  # not a prefill over a static cache (a decode step is one token)
    if limit < 3:
        return None
    sequence = torch.export.Dim("prompt", min=2, max=limit)
    shapes: dict[str, Any] = {}
    for name, value in inputs.items():
        along = name in SEQUENCE_INPUTS and isinstance(value, torch.Tensor) and value.dim() >= 2
        if along and value.shape[1] == tokens.shape[1]:
            shapes[name] = {1: sequence}
        else:
            shapes[name] = _static_like(value)
    return shapes


def _static_like(value: Any) -> Any:
    """A ``dynamic_shapes`` entry that keeps every axis of ``value`` static, in the structure
    torch.export compares against (transformers' ``get_auto_dynamic_shapes``, with no
    symbolic axes: one entry per child of a registered pytree node such as a cache)."""
    if isinstance(value, torch.Tensor) or value is None or isinstance(value, (int, float, bool, str)):
        return None
    if type(value) in (list, tuple):
        return type(value)(_static_like(item) for item in value)
    if type(value) is dict:
        return {key: _static_like(item) for key, item in value.items()}
    node = pytree.SUPPORTED_NODES.get(type(value))
    if node is not None:
        children, _ = node.flatten_fn(value)
        return [_static_like(child) for child in children]
    return None


def static_cache_size(cache: Any) -> int | None:
    """The token capacity of a static cache (None: not a static cache)."""
    if not isinstance(cache, Cache) or not getattr(cache, "is_compileable", False):
        return None
    sizes = [getattr(layer, "max_cache_len", None) for layer in getattr(cache, "layers", ())]
    known = [size for size in sizes if isinstance(size, int)]
    return max(known) if known else None


def sample_copy(inputs: Mapping[str, Any]) -> dict[str, Any]:
    """A deep copy of the traced inputs: tracing must not touch the caller's cache."""
    return copy.deepcopy(dict(inputs))
