"""The model suite: small real-world PyTorch architectures, built in code from seeded weights.

One registry (``MODELS``) serves the pytest suite (``tests/models``), the corpus generator
(``python -m ci.corpus``), the coverage report (``python -m ci.coverage``) and the benchmarks.
Nothing is downloaded: every model is constructed here and its weights come from a fixed seed,
so the same code gives the same weights, inputs and reference outputs on every machine (the
generated corpus under ``tests/corpus`` holds those outputs and fails when they change).

Each ``ModelCase`` declares its own tolerance (fp32 models are held to ~1e-4; reduced precision
and long recurrences get more room), which inputs carry a batch dimension (for the dynamic-batch
variant), and whether it belongs to the small subset the default CI run covers.

An ordinary package at the repository root: ``import torch_iree_models`` works wherever the root
is on ``sys.path`` (pytest's ``pythonpath``, ``python -m ci...`` from the root). Its modules:

- ``case``: ``ModelCase``, ``Tolerance``, ``KnownFailure``, the seeds and the batch range of dynamic variants;
- ``vision``, ``sequence``, ``elementwise``: the architectures, by family;
- ``registry``: ``MODELS`` and ``CI_MODELS``;
- ``large``: ``LARGE_MODELS``, deployment-sized models for the benchmarks only;
- ``outputs``: comparing outputs with eager PyTorch's (``assert_outputs_match`` and helpers).
"""

from torch_iree_models.case import BATCH_MAX, BATCH_MIN, FP32, SEED, KnownFailure, ModelCase, Tolerance
from torch_iree_models.large import LARGE_MODELS
from torch_iree_models.outputs import assert_outputs_match, flat_outputs, max_abs_error
from torch_iree_models.registry import BF16_CONSTANTS, CI_MODELS, MODELS

__all__ = [
    "BATCH_MAX",
    "BATCH_MIN",
    "BF16_CONSTANTS",
    "CI_MODELS",
    "FP32",
    "KnownFailure",
    "LARGE_MODELS",
    "MODELS",
    "SEED",
    "ModelCase",
    "Tolerance",
    "assert_outputs_match",
    "flat_outputs",
    "max_abs_error",
]
