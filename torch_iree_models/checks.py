"""Running one model case through a modality and checking it against eager PyTorch.

The pytest suite (``tests/models``) and bump qualification (``python -m ci.qualify``) run the
same checks: each function raises when compiling fails or an output is out of the case's
tolerance (``AssertionError``), and returns quietly when every batch matches.
"""

from __future__ import annotations

from typing import Any

import torch

from torch_iree_models.case import ModelCase
from torch_iree_models.outputs import assert_outputs_match


def eager(model: torch.nn.Module, args: tuple[torch.Tensor, ...]) -> Any:
    with torch.no_grad():
        return model(*args)


def check_aot(case: ModelCase, variant: str, target: str, device: str, flags: tuple[str, ...] = ()) -> None:
    """torch_iree.export → compile for ``target`` → load on ``device``; the dynamic variant is
    exported once and then called at batch sizes it never saw."""
    import torch_iree

    model = case.module()
    example = case.inputs()
    dynamic = case.dynamic_shapes(example) if variant == "dynamic" else None
    exported = torch_iree.export(model, example, dynamic_shapes=dynamic)
    run = exported.compile(target=target, flags=flags).load(device=device)
    for batch in case.dynamic_batches if variant == "dynamic" else (case.batch,):
        args = case.inputs(batch)
        assert_outputs_match(run(*args), eager(model, args), case.tolerance)


def compile_with_iree(case: ModelCase, variant: str, model: torch.nn.Module) -> Any:
    """``torch.compile(backend="iree")`` that raises on a graph it cannot compile (never a silent
    eager fallback) and skips the persistent cache (the point is to compile)."""
    return torch.compile(
        model,
        backend="iree",
        dynamic=False if variant == "static" else None,
        options={"on_unsupported": "raise", "cache": False},
    )


def run_compiled(case: ModelCase, model: torch.nn.Module, compiled: Any, variant: str) -> None:
    """Call a torch.compile'd model at the variant's batch sizes, marking batch dims dynamic."""
    for batch in case.dynamic_batches if variant == "dynamic" else (case.batch,):
        args = case.inputs(batch)
        if variant == "dynamic":
            dims = case.batch_dims if case.batch_dims is not None else (0,) * len(args)
            for arg, dim in zip(args, dims, strict=True):
                if dim is not None:
                    torch._dynamo.mark_dynamic(arg, dim)
        with torch.no_grad():
            got = compiled(*args)
        assert_outputs_match(got, eager(model, args), case.tolerance)


def check_torch_compile(case: ModelCase, variant: str) -> None:
    model = case.module()
    run_compiled(case, model, compile_with_iree(case, variant, model), variant)
