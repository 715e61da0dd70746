"""``MODELS``: every model of the suite by name, with its inputs, tolerance, CI membership and
known failures; ``CI_MODELS``: the names of the default CI subset."""

from __future__ import annotations

import torch

from torch_iree_models.case import KnownFailure, ModelCase, Tolerance, randn
from torch_iree_models.elementwise import Bf16Elementwise, IntegerIndexing, integer_inputs, mlp
from torch_iree_models.sequence import (
    EmbeddingNorms,
    GPTDecoder,
    MaskedAttention,
    Recurrent,
    padded_sequences,
    transformer_encoder,
)
from torch_iree_models.vision import (
    BilinearUpsample,
    Pooling,
    UpsampleDecoder,
    cnn_batchnorm,
    depthwise_separable,
    resnet,
)

BF16_CONSTANTS = KnownFailure(
    "IREE 3.13: a bf16 matmul with frozen (constant) bf16 weights fails to compile (arith.constant "
    "verifier error); torch.compile passes the weights as inputs and works",
    r"arith\.constant",
)

VULKAN_ATTENTION = KnownFailure(
    "IREE 3.13 vulkan-spirv: the fused attention (iree_linalg_ext.online_attention) "
    "fails to compile (result must be a tensor, got a memref); seen compiling, no device here",
    r"online_attention|must be a tensor",
)

MODELS: dict[str, ModelCase] = {
    case.name: case
    for case in (
        ModelCase(
            "mlp",
            "3-layer MLP, GELU/SiLU, log-softmax",
            mlp,
            lambda b, g: (randn(g, b, 32),),
            ci=True,
        ),
        ModelCase(
            "cnn_batchnorm",
            "conv + batchnorm + max pool + global average pool",
            cnn_batchnorm,
            lambda b, g: (randn(g, b, 3, 32, 32),),
            ci=True,
        ),
        ModelCase(
            "resnet",
            "ResNet basic blocks with a strided projection shortcut",
            resnet,
            lambda b, g: (randn(g, b, 3, 32, 32),),
        ),
        ModelCase(
            "depthwise_separable",
            "MobileNetV2 inverted residuals: depthwise convs, ReLU6, hardswish",
            depthwise_separable,
            lambda b, g: (randn(g, b, 3, 32, 32),),
        ),
        ModelCase(
            "upsample_decoder",
            "transposed convs + nearest/bilinear upsampling",
            UpsampleDecoder,
            lambda b, g: (randn(g, b, 16, 4, 4),),
        ),
        ModelCase(
            "bilinear_upsample",
            "1x1 conv + bilinear upsampling",
            BilinearUpsample,
            lambda b, g: (randn(g, b, 8, 6, 6),),
        ),
        ModelCase(
            "pooling",
            "max/avg pooling: padding, ceil mode, count_include_pad, adaptive, 1-d",
            Pooling,
            lambda b, g: (randn(g, b, 4, 15, 15),),
        ),
        ModelCase(
            "transformer_encoder",
            "2-layer nn.TransformerEncoder (d=64, 4 heads)",
            transformer_encoder,
            lambda b, g: (randn(g, b, 12, 64),),
            ci=True,
            known_failures={"vulkan-spirv": VULKAN_ATTENTION},
        ),
        ModelCase(
            "gpt_decoder",
            "GPT-style decoder: embeddings, causal SDPA, tied LM head",
            GPTDecoder,
            lambda b, g: (torch.randint(0, 128, (b, 16), generator=g),),
            # Logits through a tied 64-wide head: fp32 reassociation differs by a few 1e-4.
            tolerance=Tolerance(atol=1e-3, rtol=1e-4),
            ci=True,
            known_failures={"vulkan-spirv": VULKAN_ATTENTION},
        ),
        ModelCase(
            "lstm",
            "2-layer LSTM over 10 steps + per-step head",
            lambda: Recurrent("lstm"),
            lambda b, g: (randn(g, b, 10, 16),),
        ),
        ModelCase(
            "gru",
            "2-layer bidirectional GRU over 10 steps + per-step head",
            lambda: Recurrent("gru"),
            lambda b, g: (randn(g, b, 10, 16),),
        ),
        ModelCase(
            "embedding_norms",
            "embedding (padding_idx) + LayerNorm + hand-written and nn.RMSNorm",
            EmbeddingNorms,
            lambda b, g: (torch.randint(0, 100, (b, 12), generator=g),),
        ),
        ModelCase(
            "masked_attention",
            "MHA with key-padding + additive masks, SDPA with a boolean mask",
            MaskedAttention,
            padded_sequences,
            known_failures={
                "vulkan-spirv": KnownFailure(
                    "IREE 3.13 vulkan-spirv: vector.broadcast fails to legalize in the masked "
                    "attention's code; seen compiling, no device here",
                    r"vector\.broadcast",
                )
            },
        ),
        ModelCase(
            "integer_indexing",
            "int/bool tensors: gather, scatter(_add), index_select, masked_fill, where, cumsum, argmax",
            IntegerIndexing,
            integer_inputs,
            tolerance=Tolerance(atol=1e-5, rtol=1e-5),
            ci=True,
        ),
        ModelCase(
            "mlp_fp16",
            "the MLP in float16",
            lambda: mlp().half(),
            lambda b, g: (randn(g, b, 32, dtype=torch.float16),),
            tolerance=Tolerance(atol=2e-2, rtol=2e-2),
            dtype="float16",
            ci=True,
            known_failures={
                "vulkan-spirv": KnownFailure(
                    "IREE 3.13 vulkan-spirv: vector.bitcast vector<2xf32> -> vector<4xf16> fails "
                    "to legalize; seen compiling, no device here",
                    r"vector\.bitcast",
                )
            },
        ),
        ModelCase(
            "elementwise_bf16",
            "bfloat16 elementwise + reductions",
            Bf16Elementwise,
            lambda b, g: (randn(g, b, 64, dtype=torch.bfloat16), randn(g, b, 64, dtype=torch.bfloat16)),
            # A bf16 sum of 64 values of ~1: one bf16 ulp at 32-64 is 0.25.
            tolerance=Tolerance(atol=0.5, rtol=2e-2),
            dtype="bfloat16",
        ),
        ModelCase(
            "mlp_bf16",
            "the MLP in bfloat16",
            lambda: mlp().to(torch.bfloat16),
            lambda b, g: (randn(g, b, 32, dtype=torch.bfloat16),),
            tolerance=Tolerance(atol=0.1, rtol=2e-2),
            dtype="bfloat16",
            dynamic_batches=(),
            known_failures={
                "aot:llvm-cpu": BF16_CONSTANTS,
                "aot:vulkan-spirv": KnownFailure(
                    BF16_CONSTANTS.reason + " (vulkan-spirv: seen compiling, no device here)",
                    BF16_CONSTANTS.match,
                ),
            },
        ),
    )
}

CI_MODELS = tuple(name for name, case in MODELS.items() if case.ci)
