"""Greedy generation with the prefill and decode programs of ``export_for_generation``.

transformers' ``generate`` runs a model, not an export; this is the loop it runs, over the two
exported graphs: the prompt through ``prefill`` (which fills a static cache), then one token at a
time through ``decode``, each step taking the cache the previous one returned. Tokens equal
``model.generate(do_sample=False)``'s. What greedy decoding cannot honour (sampling, beams, logit
processors) is refused up front, by name.
"""

from __future__ import annotations

import copy
from collections.abc import Mapping
from typing import Any

import torch
from transformers import GenerationConfig
from transformers.cache_utils import Cache

from torch_iree.errors import InputError

# GenerationConfig fields that change which token greedy search picks, with their neutral values.
_NEUTRAL: dict[str, Any] = {
    "num_beams": 1,
    "num_beam_groups": 1,
    "penalty_alpha": None,
    "repetition_penalty": 1.0,
    "encoder_repetition_penalty": 1.0,
    "no_repeat_ngram_size": 0,
    "encoder_no_repeat_ngram_size": 0,
    "bad_words_ids": None,
    "force_words_ids": None,
    "forced_bos_token_id": None,
    "forced_eos_token_id": None,
    "suppress_tokens": None,
    "begin_suppress_tokens": None,
    "sequence_bias": None,
    "guidance_scale": None,
    "min_length": 0,
    "min_new_tokens": None,
    "prompt_lookup_num_tokens": None,
    "assistant_early_exit": None,
    "watermarking_config": None,
}


def check_generation_config(config: GenerationConfig) -> None:
    """Raise ``InputError`` naming each setting greedy decoding with the exported graphs cannot
    honour."""
    problems = []
    if getattr(config, "do_sample", False):
        problems.append("do_sample=True (sampling): pass do_sample=False for greedy decoding")
    for name, neutral in _NEUTRAL.items():
        value = getattr(config, name, neutral)
        if value not in (neutral, None) and not (neutral is None and value in (0, 1.0, [], ())):
            problems.append(f"{name}={value!r}")
    if problems:
        raise InputError(
            "torch_iree.transformers.generate does greedy decoding only; this generation config asks for "
            + "; ".join(problems)
        )


# Cache size when the generation config names none: prompt and new tokens together. Every decode
# step attends over the whole static cache, so a larger one costs speed as well as memory.
DEFAULT_CACHE_LENGTH = 256
STATIC_CACHES = ("static",)


def static_generation_config(model: Any, given: GenerationConfig | None) -> GenerationConfig:
    """The generation config an export for generation uses: ``given`` (default: the model's),
    with a static cache of ``max_cache_len`` tokens; raises for settings the exported graphs
    cannot serve (another cache, sampling, beams)."""
    base = given if given is not None else getattr(model, "generation_config", None) or GenerationConfig()
    config = copy.deepcopy(base)
    if config.cache_implementation is None:
        config.cache_implementation = "static"
    if config.cache_implementation not in STATIC_CACHES:
        raise InputError(
            f"the iree backend exports generation with a static cache; this generation config asks for "
            f"cache_implementation={config.cache_implementation!r}: pass cache_implementation='static'"
        )
    if config.max_cache_len is None:
        config.max_cache_len = DEFAULT_CACHE_LENGTH
    if not isinstance(config.max_cache_len, int) or config.max_cache_len < 2:
        raise InputError(f"max_cache_len must be an integer of at least 2, got {config.max_cache_len!r}")
    check_generation_config(config)
    return config


def generate(
    exported: Any,
    input_ids: torch.Tensor,
    max_new_tokens: int | None = None,
    generation_config: GenerationConfig | None = None,
    attention_mask: torch.Tensor | None = None,
) -> torch.Tensor:
    """Greedy tokens for ``input_ids`` (``[batch, prompt]``, no padding) from an
    ``ExportedModel`` of ``export_for_generation``: the prompt followed by the new tokens, as
    ``model.generate(input_ids, do_sample=False, max_new_tokens=...)`` returns them.

    ``generation_config`` defaults to the export's own (its ``max_new_tokens`` and end-of-text
    tokens among it); an ``attention_mask`` may be given if it masks nothing (padded batches are
    not supported: the exported graphs compute causal masks themselves)."""
    config = _config(exported, generation_config, max_new_tokens)
    check_generation_config(config)
    prefill, decode = _stages(exported)
    tokens = _checked_tokens(input_ids, attention_mask)
    batch, prompt = tokens.shape
    budget = _new_token_budget(config, prompt)
    eos = _token_set(config.eos_token_id)
    pad = config.pad_token_id if config.pad_token_id is not None else (min(eos) if eos else 0)
    eos_ids = torch.tensor(sorted(eos), dtype=torch.long)

    output, cache = _prefill(prefill, tokens, budget)
    done = torch.zeros(batch, dtype=torch.bool)
    generated = [tokens]
    for step in range(budget):
        chosen = _logits_of(output)[:, -1, :].argmax(dim=-1)
        chosen = torch.where(done, torch.full_like(chosen, pad), chosen)
        generated.append(chosen[:, None])
        if eos:
            done |= torch.isin(chosen, eos_ids)
        if bool(done.all()) or step == budget - 1:
            break
        position = torch.full((batch, 1), prompt + step, dtype=torch.long)
        output = decode.call(_stage_inputs(decode, chosen[:, None], position, cache), donate=("cache",))
        cache = _cache_of(output)
    return torch.cat(generated, dim=1)


def _prefill(prefill: Any, tokens: torch.Tensor, budget: int) -> tuple[Any, Cache]:
    """Run the prompt through ``prefill``: in one call when its sequence axis is symbolic or
    the prompt has its traced length, else in chunks of the traced length, the last one padded
    with copies of the last token. Padding is exact: the pad positions come after every real
    one (causal attention never reads them), the first decode step overwrites them one by one,
    and the cache's token counters are set back to the prompt's length."""
    batch, prompt = tokens.shape
    chunk = _traced_length(prefill)
    if chunk is None:
        chunk = prompt
    cache = prefill.fresh_cache()
    padded = -(-prompt // chunk) * chunk  # the prompt's positions, with the last chunk's padding
    _check_capacity(cache, max(prompt + budget, padded) - 1)
    output = None
    for start in range(0, prompt, chunk):
        piece = tokens[:, start : start + chunk]
        real = piece.shape[1]
        if real < chunk:
            piece = torch.cat([piece, piece[:, -1:].expand(batch, chunk - real)], dim=1)
        positions = torch.arange(start, start + chunk, dtype=torch.long).expand(batch, chunk)
        output = prefill.call(_stage_inputs(prefill, piece, positions, cache), donate=("cache",))
        cache = _cache_of(output)
    assert output is not None  # the prompt has at least one token
    padding = padded - prompt
    if padding:
        _set_token_count(cache, prompt)
        logits = _logits_of(output)[:, : chunk - padding]
        output = {"logits": logits}
    return output, cache


def _traced_length(runner: Any) -> int | None:
    """The prompt length the prefill was traced at; None when its sequence axis is symbolic."""
    if "input_ids" not in runner.traced:
        raise InputError(f"the exported prefill takes no input_ids; it takes {', '.join(runner.traced)}")
    (slot,) = runner.input_slots("input_ids")
    if slot.tensor is None or len(slot.tensor.shape) != 2:
        raise InputError("the exported prefill's input_ids is not a [batch, tokens] tensor")
    length = slot.tensor.shape[1]
    return length if isinstance(length, int) else None


def _set_token_count(cache: Cache, count: int) -> None:
    """Set every layer's count of tokens seen (static layers keep it as a tensor) to ``count``."""
    for layer in getattr(cache, "layers", ()):
        counter = getattr(layer, "cumulative_length", None)
        if not isinstance(counter, torch.Tensor):
            raise InputError(
                f"a {type(layer).__name__} cache layer keeps no token count this loop can set after a padded "
                "prefill: export with IreeConfig(dynamic_prompt=True), or prompts of the traced length"
            )
        layer.cumulative_length = torch.full_like(counter, count)


def _config(exported: Any, given: GenerationConfig | None, max_new_tokens: int | None) -> GenerationConfig:
    config = given or getattr(exported, "generation_config", None) or GenerationConfig()
    config = GenerationConfig.from_dict(config.to_dict())  # a copy: the caller's is not changed
    if max_new_tokens is not None:
        config.max_new_tokens = max_new_tokens
    return config


def _stages(exported: Any) -> tuple[Any, Any]:
    components = getattr(exported, "components", None)
    if not isinstance(components, Mapping) or set(components) != {"prefill", "decode"}:
        found = list(components) if isinstance(components, Mapping) else type(exported).__name__
        raise InputError(
            "generate takes the ExportedModel of IreeExporter().export_for_generation on a decoder-only model "
            f"(components 'prefill' and 'decode'); got {found}"
        )
    runners = exported.runners
    return runners["prefill"], runners["decode"]


def _checked_tokens(input_ids: Any, attention_mask: Any) -> torch.Tensor:
    if not isinstance(input_ids, torch.Tensor) or input_ids.dim() != 2 or input_ids.dtype != torch.long:
        raise InputError("input_ids must be a [batch, prompt] tensor of token ids (torch.long)")
    if input_ids.shape[0] < 1 or input_ids.shape[1] < 1:
        raise InputError(f"input_ids is empty ({tuple(input_ids.shape)}): give at least one prompt token")
    if attention_mask is not None:
        if not isinstance(attention_mask, torch.Tensor) or attention_mask.shape != input_ids.shape:
            raise InputError("attention_mask must have input_ids' shape")
        if not bool((attention_mask != 0).all()):
            raise InputError(
                "attention_mask masks tokens (a padded batch): the exported graphs build causal masks "
                "themselves; generate prompts of one length together, or one at a time"
            )
    return input_ids


def _new_token_budget(config: GenerationConfig, prompt: int) -> int:
    if config.max_new_tokens is not None:
        budget = int(config.max_new_tokens)
    else:
        budget = int(config.max_length) - prompt
    if budget < 1:
        raise InputError(
            f"no tokens to generate: max_new_tokens={config.max_new_tokens}, max_length={config.max_length} "
            f"for a {prompt}-token prompt; pass max_new_tokens"
        )
    return budget


def _token_set(value: Any) -> set[int]:
    if value is None:
        return set()
    if isinstance(value, int):
        return {value}
    return {int(token) for token in value}


def _stage_inputs(runner: Any, tokens: torch.Tensor, positions: torch.Tensor, cache: Cache) -> dict[str, Any]:
    """The kwargs ``runner``'s graph was traced with, for these tokens and positions."""
    inputs: dict[str, Any] = {}
    for name, spec in runner.traced.items():
        if name in runner.metadata.in_constants:
            continue
        if name == "input_ids":
            inputs[name] = tokens
        elif name == "position_ids":
            inputs[name] = positions
        elif name == "attention_mask" and runner.metadata.kwargs.get(name, {}).get("rank") == 2:
            inputs[name] = torch.ones_like(tokens)  # a padding mask over the prompt: nothing padded
        elif name == "cache":
            inputs[name] = cache
        elif spec.num_leaves != 0:
            raise InputError(
                f"the exported {runner.metadata.architecture} graph takes {name!r}, which greedy generation "
                "does not make (export from unpadded prompts, without extra inputs)"
            )
    return inputs


def _check_capacity(cache: Cache, last_position: int) -> None:
    full = [
        getattr(layer, "max_cache_len", None)
        for layer in getattr(cache, "layers", ())
        if not getattr(layer, "is_sliding", False)
    ]
    sizes = [size for size in full if isinstance(size, int)]
    if sizes and last_position >= min(sizes):
        raise InputError(
            f"the prompt and the new tokens need {last_position + 1} cache positions; the exported static "
            f"cache holds {min(sizes)}: export with a larger GenerationConfig(max_cache_len=...), or ask for "
            "fewer tokens"
        )


def _cache_of(output: Any) -> Cache:
    values = output.values() if isinstance(output, Mapping) else output
    for value in values:
        if isinstance(value, Cache):
            return value
    raise InputError("the exported graph returns no cache: export it from generate with use_cache=True")


def _logits_of(output: Any) -> torch.Tensor:
    logits = output["logits"] if isinstance(output, Mapping) else output[0]
    if not isinstance(logits, torch.Tensor) or logits.dim() != 3:
        raise InputError("the exported graph returns no [batch, tokens, vocabulary] logits")
    return logits
