"""transformers models to IREE: the ``iree`` backend of transformers' exporter framework.

Importing this module registers the backend (``transformers.exporters.auto.register_backend``),
so ``AutoExportConfig.from_dict({"export_format": "iree", ...})``,
``AutoHfExporter.from_config`` and ``ExportedModel.from_pretrained`` find it::

    import torch_iree.transformers as ti

    exported = ti.IreeExporter().export_for_generation(
        model, {"input_ids": prompt}, ti.IreeConfig(),
        generation_config=GenerationConfig(cache_implementation="static", max_cache_len=256),
    )
    exported.save_pretrained("llm-iree")                    # .vmfb + .irpa per component
    loaded = ExportedModel.from_pretrained("llm-iree")
    tokens = ti.generate(loaded, prompt, max_new_tokens=32)  # = model.generate(do_sample=False)

Needs transformers 5 (its ``exporters`` package).
"""

from __future__ import annotations

try:
    from transformers.exporters.auto import EXPORT_BACKENDS, register_backend
except ImportError as exc:  # no transformers, or one before the exporters framework (5.x)
    raise ImportError(
        "torch_iree.transformers is a backend of transformers' exporter framework, which "
        f"transformers 5 ships ({exc}): pip install 'transformers>=5'"
    ) from exc

from torch_iree.transformers.config import EXPORT_FORMAT, IreeConfig
from torch_iree.transformers.exporter import IreeExporter
from torch_iree.transformers.generation import check_generation_config, generate
from torch_iree.transformers.program import IreeProgram
from torch_iree.transformers.runner import IreeModelRunner

__all__ = [
    "EXPORT_FORMAT",
    "IreeConfig",
    "IreeExporter",
    "IreeModelRunner",
    "IreeProgram",
    "check_generation_config",
    "generate",
    "register",
]


def register() -> None:
    """Register the ``iree`` backend with transformers (done on import; again is harmless)."""
    current = EXPORT_BACKENDS.get(EXPORT_FORMAT)
    if current is None or current.exporter is not IreeExporter or current.runner is not IreeModelRunner:
        register_backend(IreeExporter, IreeModelRunner)


register()
