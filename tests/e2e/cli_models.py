"""Small models for the CLI tests, named by spec (``cli_models:make_mlp``)."""

from __future__ import annotations

import torch


def make_mlp() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4))


class AddOne(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + 1


add_one = AddOne()  # a module-level instance is a valid spec too
not_a_model = 42
