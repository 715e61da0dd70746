"""Real architectures as users bring them: transformers models built from their configuration
classes (seeded random weights, two layers, small widths, nothing downloaded), called exactly
as users call them (keyword inputs, ``ModelOutput`` results with their cache objects).

``REAL_MODELS`` maps a name to a ``RealModel``; ``python -m ci.real_models`` runs each through
``torch_iree.compile``, ``torch.compile(backend="iree")`` and inductor against eager and writes
``docs/real-models.{json,md,png}``. transformers is imported only when a model is built.

Widths: every model is built at a small width (hidden 64, 2 layers, vocabulary 1000) so the
whole suite compiles in minutes on two cores; the architectures' code paths (attention
variants, caches, relative positions, mixtures of experts, convolutions) are the real ones.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import torch

VOCAB = 1000
HIDDEN = 64
LAYERS = 2
HEADS = 4
FFN = 128
TOKENS = 8


@dataclass(frozen=True)
class RealModel:
    """One transformers architecture: how to build it and call it."""

    name: str
    family: str  # "decoder", "encoder", "encoder-decoder", "vision", "speech"
    config: str  # the transformers configuration class
    auto: str  # the transformers Auto class (or model class) that builds it from the config
    settings: dict[str, Any] = field(default_factory=dict)
    inputs: str = "tokens"  # how it is called: see ``_INPUTS``
    ci: bool = False  # in the CI subset
    tolerance: float = 2e-4  # absolute and relative, on every output tensor

    def module(self) -> torch.nn.Module:
        import transformers

        torch.manual_seed(0)
        config = getattr(transformers, self.config)(**self.settings)
        builder = getattr(transformers, self.auto)
        model = builder.from_config(config) if hasattr(builder, "from_config") else builder(config)
        return model.eval()

    def kwargs(self) -> dict[str, Any]:
        generator = torch.Generator().manual_seed(1)
        return _INPUTS[self.inputs](self, generator)


def _tokens(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    vocab = case.settings.get("vocab_size", VOCAB)
    return {"input_ids": torch.randint(3, vocab, (1, TOKENS), generator=generator)}


def _tokens_with_mask(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    inputs = _tokens(case, generator)
    mask = torch.ones(1, TOKENS, dtype=torch.long)
    mask[0, -2:] = 0  # padding: the mask changes the answer
    return {**inputs, "attention_mask": mask}


def _seq2seq(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    vocab = case.settings.get("vocab_size", VOCAB)
    return {
        "input_ids": torch.randint(3, vocab, (1, TOKENS), generator=generator),
        "decoder_input_ids": torch.randint(3, vocab, (1, 4), generator=generator),
    }


def _pixels(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    size = case.settings.get("image_size", 32)
    channels = case.settings.get("num_channels", 3)
    return {"pixel_values": torch.randn(1, channels, size, size, generator=generator)}


def _audio(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    return {"input_values": torch.randn(1, 1600, generator=generator)}


def _mel(case: RealModel, generator: torch.Generator) -> dict[str, Any]:
    frames = 2 * case.settings["max_source_positions"]
    return {
        "input_features": torch.randn(1, case.settings["num_mel_bins"], frames, generator=generator),
        "decoder_input_ids": torch.randint(3, VOCAB, (1, 4), generator=generator),
    }


_INPUTS: dict[str, Callable[[RealModel, torch.Generator], dict[str, Any]]] = {
    "tokens": _tokens,
    "tokens+mask": _tokens_with_mask,
    "seq2seq": _seq2seq,
    "pixels": _pixels,
    "audio": _audio,
    "mel": _mel,
}

_LM = {"vocab_size": VOCAB, "hidden_size": HIDDEN, "num_hidden_layers": LAYERS, "num_attention_heads": HEADS}
_GQA = {**_LM, "intermediate_size": FFN, "num_key_value_heads": 2, "pad_token_id": 0}
_ENC = {**_LM, "intermediate_size": FFN, "max_position_embeddings": 64, "pad_token_id": 0}
_ENCODER_DECODER = {
    "vocab_size": VOCAB,
    "d_model": HIDDEN,
    "encoder_layers": LAYERS,
    "decoder_layers": LAYERS,
    "encoder_attention_heads": HEADS,
    "decoder_attention_heads": HEADS,
    "encoder_ffn_dim": FFN,
    "decoder_ffn_dim": FFN,
}
_SEQ2SEQ = {
    **_ENCODER_DECODER,
    "max_position_embeddings": 64,
    "pad_token_id": 1,
    "bos_token_id": 0,
    "eos_token_id": 2,
    "decoder_start_token_id": 2,
}
_VIT = {
    "hidden_size": HIDDEN,
    "num_hidden_layers": LAYERS,
    "num_attention_heads": HEADS,
    "intermediate_size": FFN,
    "image_size": 32,
    "patch_size": 8,
}
_SPEECH = {
    "hidden_size": HIDDEN,
    "num_hidden_layers": LAYERS,
    "num_attention_heads": HEADS,
    "intermediate_size": FFN,
    "conv_dim": (32, 32, 32),
    "conv_stride": (5, 2, 2),
    "conv_kernel": (10, 3, 3),
    "num_conv_pos_embeddings": 16,
    "num_conv_pos_embedding_groups": 4,
}

_CASES = [
    # Decoders: dense, grouped-query, sliding-window, mixture-of-experts.
    RealModel(
        "gpt2",
        "decoder",
        "GPT2Config",
        "AutoModelForCausalLM",
        {
            "vocab_size": VOCAB,
            "n_embd": HIDDEN,
            "n_layer": LAYERS,
            "n_head": HEADS,
            "n_positions": 64,
            "bos_token_id": 0,
            "eos_token_id": 0,
        },
        ci=True,
    ),
    RealModel("llama", "decoder", "LlamaConfig", "AutoModelForCausalLM", _GQA, ci=True),
    RealModel("mistral", "decoder", "MistralConfig", "AutoModelForCausalLM", {**_GQA, "sliding_window": 4}),
    RealModel("qwen2", "decoder", "Qwen2Config", "AutoModelForCausalLM", _GQA),
    RealModel("qwen3", "decoder", "Qwen3Config", "AutoModelForCausalLM", {**_GQA, "head_dim": 16}),
    RealModel("gemma", "decoder", "GemmaConfig", "AutoModelForCausalLM", {**_GQA, "head_dim": 16}),
    RealModel(
        "gemma2",
        "decoder",
        "Gemma2Config",
        "AutoModelForCausalLM",
        {**_GQA, "head_dim": 16, "sliding_window": 4},
    ),
    RealModel("phi", "decoder", "PhiConfig", "AutoModelForCausalLM", {**_LM, "intermediate_size": FFN}),
    RealModel("phi3", "decoder", "Phi3Config", "AutoModelForCausalLM", _GQA),
    RealModel(
        "gpt_neox", "decoder", "GPTNeoXConfig", "AutoModelForCausalLM", {**_LM, "intermediate_size": FFN}
    ),
    RealModel(
        "opt",
        "decoder",
        "OPTConfig",
        "AutoModelForCausalLM",
        {
            "vocab_size": VOCAB,
            "hidden_size": HIDDEN,
            "num_hidden_layers": LAYERS,
            "num_attention_heads": HEADS,
            "ffn_dim": FFN,
            "word_embed_proj_dim": HIDDEN,
            "max_position_embeddings": 64,
        },
    ),
    RealModel(
        "bloom",
        "decoder",
        "BloomConfig",
        "AutoModelForCausalLM",
        {"vocab_size": VOCAB, "hidden_size": HIDDEN, "n_layer": LAYERS, "n_head": HEADS},
    ),
    RealModel(
        "falcon",
        "decoder",
        "FalconConfig",
        "AutoModelForCausalLM",
        {
            "vocab_size": VOCAB,
            "hidden_size": HIDDEN,
            "num_hidden_layers": LAYERS,
            "num_attention_heads": HEADS,
        },
    ),
    RealModel("stablelm", "decoder", "StableLmConfig", "AutoModelForCausalLM", _GQA),
    RealModel(
        "starcoder2", "decoder", "Starcoder2Config", "AutoModelForCausalLM", {**_GQA, "sliding_window": 4}
    ),
    RealModel("olmo", "decoder", "OlmoConfig", "AutoModelForCausalLM", _GQA),
    RealModel("granite", "decoder", "GraniteConfig", "AutoModelForCausalLM", _GQA),
    RealModel(
        "gptj",
        "decoder",
        "GPTJConfig",
        "AutoModelForCausalLM",
        {
            "vocab_size": VOCAB,
            "n_embd": HIDDEN,
            "n_layer": LAYERS,
            "n_head": HEADS,
            "rotary_dim": 8,
            "n_positions": 64,
        },
    ),
    RealModel(
        "mixtral",
        "decoder",
        "MixtralConfig",
        "AutoModelForCausalLM",
        {**_GQA, "num_local_experts": 4, "num_experts_per_tok": 2},
    ),
    RealModel(
        "qwen2_moe",
        "decoder",
        "Qwen2MoeConfig",
        "AutoModelForCausalLM",
        {
            **_GQA,
            "num_experts": 4,
            "num_experts_per_tok": 2,
            "moe_intermediate_size": 32,
            "shared_expert_intermediate_size": 64,
        },
    ),
    RealModel(
        "qwen3_moe",
        "decoder",
        "Qwen3MoeConfig",
        "AutoModelForCausalLM",
        {**_GQA, "head_dim": 16, "num_experts": 4, "num_experts_per_tok": 2, "moe_intermediate_size": 32},
    ),
    # Encoders, absolute and relative positions.
    RealModel("bert", "encoder", "BertConfig", "AutoModel", _ENC, "tokens+mask", ci=True),
    RealModel("roberta", "encoder", "RobertaConfig", "AutoModel", {**_ENC, "pad_token_id": 1}, "tokens+mask"),
    RealModel(
        "distilbert",
        "encoder",
        "DistilBertConfig",
        "AutoModel",
        {
            "vocab_size": VOCAB,
            "dim": HIDDEN,
            "n_layers": LAYERS,
            "n_heads": HEADS,
            "hidden_dim": FFN,
            "max_position_embeddings": 64,
        },
        "tokens+mask",
    ),
    RealModel(
        "albert", "encoder", "AlbertConfig", "AutoModel", {**_ENC, "embedding_size": 32}, "tokens+mask"
    ),
    RealModel(
        "electra", "encoder", "ElectraConfig", "AutoModel", {**_ENC, "embedding_size": 32}, "tokens+mask"
    ),
    RealModel(
        "deberta",
        "encoder",
        "DebertaConfig",
        "AutoModel",
        {**_ENC, "relative_attention": True, "pos_att_type": ["c2p", "p2c"], "max_relative_positions": -1},
        "tokens+mask",
    ),
    RealModel(  # as DeBERTa-v3 is configured: relative attention, log buckets, shared keys
        "deberta_v2",
        "encoder",
        "DebertaV2Config",
        "AutoModel",
        {
            **_ENC,
            "relative_attention": True,
            "pos_att_type": ["p2c", "c2p"],
            "position_buckets": 256,
            "norm_rel_ebd": "layer_norm",
            "share_att_key": True,
            "max_relative_positions": -1,
        },
        "tokens+mask",
    ),
    RealModel(
        "modernbert",
        "encoder",
        "ModernBertConfig",
        "AutoModel",
        {**_ENC, "global_attn_every_n_layers": 2, "local_attention": 4},
        "tokens+mask",
    ),
    RealModel("mpnet", "encoder", "MPNetConfig", "AutoModel", _ENC, "tokens+mask"),
    RealModel(
        "clip_text",
        "encoder",
        "CLIPTextConfig",
        "CLIPTextModel",
        {
            "vocab_size": VOCAB,
            "hidden_size": HIDDEN,
            "num_hidden_layers": LAYERS,
            "num_attention_heads": HEADS,
            "intermediate_size": FFN,
            "max_position_embeddings": 16,
        },
    ),
    # Encoder-decoders.
    RealModel(
        "t5",
        "encoder-decoder",
        "T5Config",
        "AutoModelForSeq2SeqLM",
        {
            "vocab_size": VOCAB,
            "d_model": HIDDEN,
            "d_kv": 16,
            "d_ff": FFN,
            "num_layers": LAYERS,
            "num_heads": HEADS,
            "decoder_start_token_id": 0,
        },
        "seq2seq",
        ci=True,
    ),
    RealModel("bart", "encoder-decoder", "BartConfig", "AutoModelForSeq2SeqLM", _SEQ2SEQ, "seq2seq"),
    RealModel("marian", "encoder-decoder", "MarianConfig", "AutoModelForSeq2SeqLM", _SEQ2SEQ, "seq2seq"),
    RealModel("pegasus", "encoder-decoder", "PegasusConfig", "AutoModelForSeq2SeqLM", _SEQ2SEQ, "seq2seq"),
    # Vision.
    RealModel("vit", "vision", "ViTConfig", "AutoModelForImageClassification", _VIT, "pixels", ci=True),
    RealModel("deit", "vision", "DeiTConfig", "DeiTForImageClassification", _VIT, "pixels"),
    RealModel("dinov2", "vision", "Dinov2Config", "AutoModel", _VIT, "pixels"),
    RealModel(
        "beit",
        "vision",
        "BeitConfig",
        "AutoModelForImageClassification",
        {**_VIT, "use_relative_position_bias": True},
        "pixels",
    ),
    RealModel(
        "resnet",
        "vision",
        "ResNetConfig",
        "AutoModelForImageClassification",
        {"embedding_size": 16, "hidden_sizes": [16, 32, 64, 128], "depths": [1, 1, 1, 1], "image_size": 64},
        "pixels",
        ci=True,
    ),
    RealModel(
        "convnext",
        "vision",
        "ConvNextConfig",
        "AutoModelForImageClassification",
        {"hidden_sizes": [16, 32, 64, 128], "depths": [1, 1, 1, 1], "image_size": 64},
        "pixels",
    ),
    RealModel(
        "swin",
        "vision",
        "SwinConfig",
        "AutoModelForImageClassification",
        {
            "embed_dim": 16,
            "depths": [1, 1],
            "num_heads": [2, 4],
            "window_size": 4,
            "image_size": 32,
            "patch_size": 4,
        },
        "pixels",
    ),
    RealModel(
        "efficientnet",
        "vision",
        "EfficientNetConfig",
        "AutoModelForImageClassification",
        {"image_size": 64, "width_coefficient": 0.25, "depth_coefficient": 0.25, "hidden_dim": 320},
        "pixels",
    ),
    RealModel(
        "mobilenet_v2",
        "vision",
        "MobileNetV2Config",
        "AutoModelForImageClassification",
        {"image_size": 64, "depth_multiplier": 0.35},
        "pixels",
    ),
    RealModel(
        "regnet",
        "vision",
        "RegNetConfig",
        "AutoModelForImageClassification",
        {
            "embedding_size": 16,
            "hidden_sizes": [16, 32, 64, 128],
            "depths": [1, 1, 1, 1],
            "groups_width": 8,
            "image_size": 64,
        },
        "pixels",
    ),
    RealModel(
        "segformer",
        "vision",
        "SegformerConfig",
        "AutoModelForSemanticSegmentation",
        {
            "hidden_sizes": [16, 32, 64, 128],
            "depths": [1, 1, 1, 1],
            "num_attention_heads": [1, 2, 4, 8],
            "decoder_hidden_size": 32,
            "image_size": 64,
        },
        "pixels",
    ),
    # Speech.
    RealModel("wav2vec2", "speech", "Wav2Vec2Config", "AutoModel", _SPEECH, "audio", ci=True),
    RealModel("hubert", "speech", "HubertConfig", "AutoModel", _SPEECH, "audio"),
    RealModel(
        "whisper",
        "speech",
        "WhisperConfig",
        "AutoModelForSpeechSeq2Seq",
        {
            **_ENCODER_DECODER,
            "num_mel_bins": 16,
            "max_source_positions": 16,
            "max_target_positions": 16,
            "pad_token_id": 1,
            "bos_token_id": 0,
            "eos_token_id": 2,
            "decoder_start_token_id": 2,
        },
        "mel",
    ),
]


def compare_outputs(got: Any, want: Any, tolerance: float) -> tuple[str, str, float]:
    """("pass" | "mismatch", why, largest absolute error)."""
    from torch.utils import _pytree

    got_leaves, got_spec = _pytree.tree_flatten(got)
    want_leaves, want_spec = _pytree.tree_flatten(want)
    if type(got) is not type(want):
        return "mismatch", f"returned {type(got).__name__}, eager returns {type(want).__name__}", 0.0
    if got_spec != want_spec:
        return "mismatch", f"output structure differs from eager's: {got_spec} vs {want_spec}"[:300], 0.0
    worst = 0.0
    for index, (a, b) in enumerate(zip(got_leaves, want_leaves, strict=True)):
        if not isinstance(b, torch.Tensor):
            if a != b:
                return "mismatch", f"output leaf {index} is {a!r}, eager gives {b!r}", worst
            continue
        if a.shape != b.shape or a.dtype != b.dtype:
            return (
                "mismatch",
                f"output leaf {index}: {a.dtype}{list(a.shape)} vs {b.dtype}{list(b.shape)}",
                worst,
            )
        if b.is_floating_point():
            diff = (a.double() - b.double()).abs()
            worst = max(worst, float(diff.max()) if diff.numel() else 0.0)
            if not torch.allclose(a, b, atol=tolerance, rtol=tolerance, equal_nan=True):
                return "mismatch", f"output leaf {index} differs by up to {float(diff.max()):.3g}", worst
        elif not torch.equal(a, b):
            return "mismatch", f"output leaf {index} differs", worst
    return "pass", "", worst


REAL_MODELS: dict[str, RealModel] = {case.name: case for case in _CASES}

# Published sizes (hidden width, heads, vocabulary, image and audio sizes) of one checkpoint per
# architecture, two layers deep: what ``--width real`` runs, to catch what only shows at real
# sizes (large vocabularies, 1500 audio positions, 224x224 images). Seconds to a minute each.
REAL_WIDTHS: dict[str, dict[str, Any]] = {
    "gpt2": {"n_layer": LAYERS},  # GPT2Config's defaults are GPT-2 small
    "llama": {  # TinyLlama-1.1B
        "hidden_size": 2048, "intermediate_size": 5632, "num_attention_heads": 32,
        "num_key_value_heads": 4, "vocab_size": 32000, "num_hidden_layers": LAYERS, "pad_token_id": 0,
    },
    "qwen2": {  # Qwen2-0.5B
        "hidden_size": 896, "intermediate_size": 4864, "num_attention_heads": 14, "num_key_value_heads": 2,
        "vocab_size": 151936, "num_hidden_layers": LAYERS, "tie_word_embeddings": True,
    },
    "bert": {"num_hidden_layers": LAYERS},  # BertConfig's defaults are BERT-base
    "deberta_v2": {  # DeBERTa-v3-base
        "hidden_size": 768, "num_attention_heads": 12, "intermediate_size": 3072, "vocab_size": 128100,
        "num_hidden_layers": LAYERS, "max_position_embeddings": 512, "type_vocab_size": 0,
        "relative_attention": True, "pos_att_type": ["p2c", "c2p"], "position_buckets": 256,
        "norm_rel_ebd": "layer_norm", "share_att_key": True, "max_relative_positions": -1,
    },
    "t5": {"num_layers": LAYERS, "decoder_start_token_id": 0},  # T5Config's defaults are t5-small
    "vit": {"num_hidden_layers": LAYERS, "image_size": 224},  # ViT-base/16
    "whisper": {  # whisper-tiny: 80 mel bins, 3000 frames
        "d_model": 384, "encoder_attention_heads": 6, "decoder_attention_heads": 6, "encoder_ffn_dim": 1536,
        "decoder_ffn_dim": 1536, "encoder_layers": LAYERS, "decoder_layers": LAYERS, "vocab_size": 51865,
        "num_mel_bins": 80, "max_source_positions": 1500, "max_target_positions": 448,
        "decoder_start_token_id": 50258, "pad_token_id": 50257, "bos_token_id": 50257, "eos_token_id": 50257,
    },
    "wav2vec2": {"num_hidden_layers": LAYERS},  # Wav2Vec2Config's defaults are wav2vec2-base
    "resnet": {"image_size": 224},  # ResNetConfig's defaults are ResNet-50
}  # fmt: skip


def at_width(name: str, width: str = "small") -> RealModel:
    """The suite's model ``name`` at ``width``: "small" (the suite's) or "real" (``REAL_WIDTHS``)."""
    case = REAL_MODELS[name]
    if width == "small":
        return case
    if width != "real" or name not in REAL_WIDTHS:
        raise KeyError(f"{name} has no {width!r} width (real widths: {', '.join(REAL_WIDTHS)})")
    return dataclasses.replace(case, settings=dict(REAL_WIDTHS[name]))


CI_REAL_MODELS = tuple(name for name, case in REAL_MODELS.items() if case.ci)
