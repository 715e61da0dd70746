"""Where the plugin-enabled IREE compiler comes from (see compiler_plugin/README.md).

- ``prebuilt``: the locked ``iree-base-compiler``/``iree-base-runtime`` release, verified to
  carry the ``input_torch`` plugin (:func:`verify_prebuilt`).
- ``source``: IREE built from ``third_party/iree`` with ``IREE_INPUT_TORCH=ON`` and packaged
  through IREE's own setup.py files (:func:`plan_source_build`, :func:`run_source_build`).

Command line: ``python -m ci.providers verify`` / ``python -m ci.providers source --dry-run``.
"""

from __future__ import annotations

from ci.providers.errors import ProviderError
from ci.providers.prebuilt import VerifyOptions, VerifyResult, verify_prebuilt
from ci.providers.source import (
    MissingSources,
    SourceOptions,
    SourcePlan,
    plan_source_build,
    run_source_build,
)

PROVIDERS = ("prebuilt", "source")

__all__ = [
    "PROVIDERS",
    "MissingSources",
    "ProviderError",
    "SourceOptions",
    "SourcePlan",
    "VerifyOptions",
    "VerifyResult",
    "plan_source_build",
    "run_source_build",
    "verify_prebuilt",
]
