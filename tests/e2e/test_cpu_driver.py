"""device="cpu" picks local-sync for small programs and local-task for large ones, in the AOT
path and in torch.compile (one rule: torch_iree.runtime.cpu_driver); naming a driver wins."""

from __future__ import annotations

import dataclasses

import torch

import torch_iree
from torch_iree.dynamo import Backend
from torch_iree.runtime import LOCAL_SYNC_BELOW_FLOPS


def _mlp(width: int) -> torch.nn.Module:
    return torch.nn.Sequential(
        torch.nn.Linear(width, width), torch.nn.ReLU(), torch.nn.Linear(width, 4)
    ).eval()


def test_a_tiny_program_runs_on_the_calling_thread_and_a_large_one_on_workers() -> None:
    small = torch_iree.compile(_mlp(16), (torch.randn(1, 16),))
    assert small.functions["main"].signature.flops < LOCAL_SYNC_BELOW_FLOPS
    assert small._driver == "local-sync"
    x = torch.randn(64, 1024)
    large = torch_iree.compile(_mlp(1024), (x,))
    assert large.functions["main"].signature.flops >= LOCAL_SYNC_BELOW_FLOPS
    assert large._driver == "local-task"
    model = _mlp(1024)
    torch.testing.assert_close(torch_iree.compile(model, (x,))(x), model(x).detach(), rtol=1e-4, atol=1e-4)


def test_a_named_driver_is_used_as_named() -> None:
    small = torch_iree.compile(_mlp(16), (torch.randn(1, 16),), device="local-task")
    assert small._driver == "local-task"


def test_a_program_saved_without_a_cost_keeps_the_worker_threads(tmp_path) -> None:  # type: ignore[no-untyped-def]
    exported = torch_iree.export(_mlp(16), (torch.randn(1, 16),))
    compiled = exported.compile("llvm-cpu")
    old = dataclasses.replace(
        compiled,
        functions={name: dataclasses.replace(s, flops=None) for name, s in compiled.functions.items()},
    )
    assert old.load()._driver == "local-task"


def test_torch_compile_uses_the_same_rule() -> None:
    for width, batch, driver in ((16, 1, "local-sync"), (1024, 64, "local-task")):
        model, x = _mlp(width), torch.randn(batch, width)
        backend, runs = Backend(), []

        def capture(gm, inputs, backend=backend, runs=runs):  # type: ignore[no-untyped-def]
            runs.append(backend(gm, inputs))
            return runs[-1]

        with torch.no_grad():
            torch.testing.assert_close(
                torch.compile(model, backend=capture)(x), model(x), rtol=1e-4, atol=1e-4
            )
        assert [run.loaded._driver for run in runs] == [driver]
