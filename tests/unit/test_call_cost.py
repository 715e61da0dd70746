"""The work estimate a program carries and the CPU driver rule that reads it."""

from __future__ import annotations

import torch

from torch_iree._passes.cost import estimate_flops
from torch_iree.runtime import LOCAL_SYNC_BELOW_FLOPS, cpu_driver


def test_small_programs_run_on_the_calling_thread() -> None:
    assert cpu_driver([1_000]) == "local-sync"
    assert cpu_driver([1_000, LOCAL_SYNC_BELOW_FLOPS - 1]) == "local-sync"


def test_a_large_function_or_an_unknown_cost_gets_the_worker_threads() -> None:
    assert cpu_driver([1_000, LOCAL_SYNC_BELOW_FLOPS]) == "local-task"
    assert cpu_driver([None]) == "local-task"  # saved before costs were recorded
    assert cpu_driver([]) == "local-task"


def test_matrix_products_count_multiply_adds_and_other_ops_their_elements() -> None:
    class Model(torch.nn.Module):
        def forward(self, a: torch.Tensor, b: torch.Tensor) -> torch.Tensor:
            return torch.relu(a @ b)

    program = torch.export.export(Model(), (torch.randn(8, 16), torch.randn(16, 4))).run_decompositions()
    assert estimate_flops(program.graph) == 2 * 8 * 16 * 4 + 8 * 4


def test_symbolic_sizes_count_at_their_example_value() -> None:
    class Model(torch.nn.Module):
        def forward(self, x: torch.Tensor) -> torch.Tensor:
            return x * 2

    batch = torch.export.Dim("batch", min=2)
    program = torch.export.export(Model(), (torch.randn(6, 3),), dynamic_shapes=({0: batch},))
    assert estimate_flops(program.graph) == 18
