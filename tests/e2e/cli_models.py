"""Small models for the CLI tests, named by spec (``cli_models:make_mlp``)."""

from __future__ import annotations

import torch


def make_mlp() -> torch.nn.Module:
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.ReLU(), torch.nn.Linear(16, 4))


def make_wide_mlp() -> torch.nn.Module:
    """make_mlp's parameter names with other sizes: its archive must not fit make_mlp's program."""
    torch.manual_seed(0)
    return torch.nn.Sequential(torch.nn.Linear(8, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4))


class TwoHeads(torch.nn.Module):
    """Two entry points over one weight, for multi-function programs."""

    def __init__(self) -> None:
        super().__init__()
        self.linear = torch.nn.Linear(8, 4)

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x)

    def doubled(self, x: torch.Tensor) -> torch.Tensor:
        return self.linear(x) * 2


def make_two_heads() -> torch.nn.Module:
    torch.manual_seed(0)
    return TwoHeads().eval()


class AddOne(torch.nn.Module):
    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x + 1


add_one = AddOne()  # a module-level instance is a valid spec too
not_a_model = 42
