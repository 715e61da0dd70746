"""``IreeExporter``: the ``iree`` backend of transformers' exporter framework.

Each graph goes the one torch-iree path: torch.export with transformers' export patches
(``torch_iree.exporting.capture``), ``torch_iree.Program`` (decompositions, shield, index
checks, import), and the cached compile (``Exported.compile``). ``export`` and
``export_for_generation`` are transformers' own (``HfExporter``); this class supplies one
graph's export, and how its program is saved and read back.
"""

from __future__ import annotations

import logging
from collections.abc import MutableMapping
from pathlib import Path
from typing import Any

import torch
from transformers import GenerationConfig
from transformers.exporters.base import ExportedModel, HfExporter
from transformers.exporters.exporter_dynamo import patch_model_config, register_cache_pytrees_for_model
from transformers.exporters.metadata import ExportMetadata, build_export_metadata
from transformers.exporters.utils import prepare_for_export

from torch_iree.compiling import describe_json
from torch_iree.errors import CompileError
from torch_iree.exporting import Program, capture
from torch_iree.options import check_params
from torch_iree.targets import preferred_attention
from torch_iree.transformers.capture import (
    CacheCopyingForward,
    dynamic_shapes,
    sample_copy,
    with_allocated_cache,
    with_full_sliding_layers,
    without_generated_mask,
)
from torch_iree.transformers.config import CPU_FLAGS, EXPORT_FORMAT, IreeConfig
from torch_iree.transformers.generation import static_generation_config
from torch_iree.transformers.program import IreeProgram, program_files, write_archive

log = logging.getLogger(__name__)


def _compile(exported: Any, config: IreeConfig, what: str) -> Any:
    """Compile with the backend's CPU defaults; where iree-compile fails with them (IREE 3.13's
    data tiling does on BART's decoder: "load_from_buffer ... shapes must be compatible"),
    compile again with the config's own flags only, and say so."""
    flags = config.compile_flags()
    try:
        return exported.compile(target=config.target, flags=flags)
    except CompileError as exc:
        if flags == config.flags:
            raise
        first = str(exc).splitlines()[0]
        log.warning(
            "%s: iree-compile failed with %s (%s); compiling without them", what, " ".join(CPU_FLAGS), first
        )
        return exported.compile(target=config.target, flags=config.flags)


class IreeExporter(HfExporter):
    """Exports transformers models to IREE programs (``.vmfb`` + ``.irpa``).

    ```python
    >>> import torch_iree.transformers  # registers the "iree" backend
    >>> from torch_iree.transformers import IreeConfig, IreeExporter
    >>> exported = IreeExporter().export(model, inputs, IreeConfig())
    >>> exported.save_pretrained("exported")
    ```
    """

    export_format = EXPORT_FORMAT
    config_class = IreeConfig
    program_suffix = ".vmfb"
    required_packages = ["torch"]  # iree.compiler and iree.runtime: imported by torch_iree itself

    def __init__(self) -> None:
        super().__init__()
        # Weights archives this exporter wrote, by parameter list: the components of one model
        # (prefill, decode) map one file.
        self._archives: dict[str, tuple[Path, Any]] = {}
        # The static cache's full length, while export_for_generation runs (see
        # capture.with_full_sliding_layers).
        self._cache_length: int | None = None

    def export_for_generation(
        self,
        model: Any,
        sample_inputs: MutableMapping[str, Any],
        config: Any,
        *,
        generation_config: GenerationConfig | None = None,
        multi_token_decode: bool = False,
    ) -> ExportedModel:
        """transformers' ``export_for_generation`` with a static cache: the generation config's
        ``cache_implementation`` must be "static" (the default here) and ``max_cache_len``
        (default ``DEFAULT_CACHE_LENGTH``) sizes it; greedy settings are checked up front."""
        generation_config = static_generation_config(model, generation_config)
        self._cache_length = generation_config.max_cache_len
        try:
            return super().export_for_generation(
                model,
                sample_inputs,
                config,
                generation_config=generation_config,
                multi_token_decode=multi_token_decode,
            )
        finally:
            self._cache_length = None

    def export_program(
        self, model: Any, sample_inputs: MutableMapping[str, Any], config: IreeConfig
    ) -> tuple[IreeProgram, ExportMetadata]:
        model, inputs, output_flags = prepare_for_export(model, sample_copy(sample_inputs))
        inputs = without_generated_mask(model, dict(inputs))
        inputs = with_full_sliding_layers(inputs, self._cache_length)
        inputs = with_allocated_cache(model, inputs)
        register_cache_pytrees_for_model(model)  # before dynamic_shapes: caches are pytree nodes
        shapes = dynamic_shapes(config, inputs)
        forward = CacheCopyingForward(model, list(inputs))
        what = type(model).__name__
        with torch.no_grad(), patch_model_config(model, output_flags):
            program = capture(forward, (), sample_copy(inputs), shapes, what=what)
        metadata = build_export_metadata(model, inputs, program, self.required_packages)
        attention = config.attention or preferred_attention(config.target)
        builder = Program(forward, params=check_params(config.weights), attention=attention)  # type: ignore[arg-type]
        exported = builder.add_exported("main", program).export()
        compiled = _compile(exported, config, what)
        log.info("compiled %s for %s (%.1f MB)", what, config.target, len(compiled.vmfb) / 1e6)
        if compiled.parameters is None:
            return IreeProgram(compiled), metadata
        key = describe_json(compiled.parameters.to_json())
        if key not in self._archives:
            self._archives[key] = write_archive(exported)
        weights, folder = self._archives[key]
        return IreeProgram(compiled, weights, keep_alive=folder), metadata

    @classmethod
    def save_program(cls, program: IreeProgram, path: str | Path) -> None:
        program.save(Path(path))

    @classmethod
    def load_program(cls, path: str | Path) -> IreeProgram:
        return IreeProgram.read(Path(path))

    @classmethod
    def program_files(cls, filename: str) -> list[str]:
        return program_files(filename)
