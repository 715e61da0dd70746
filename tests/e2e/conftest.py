"""End-to-end tests run the real compiler and runtime on CPU.

Threads are capped so torch's OpenMP pool and IREE's task workers together fit small CI
machines (oversubscribed spinning threads make eager calls far slower on 2 cores).
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

torch.set_num_threads(1)


@pytest.fixture(autouse=True)
def _seed() -> None:
    torch.manual_seed(0)


@pytest.fixture(autouse=True, scope="session")
def _private_compile_cache(tmp_path_factory: pytest.TempPathFactory):
    # Keep the suite off the user's cache folder, and every run cold at the start.
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path_factory.mktemp("compile-cache")))
        yield


@pytest.fixture
def cli_env(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory) -> None:
    """For the CLI tests: one compile cache across their modules, and cli_models importable
    as the module specs they pass name it."""
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cli-cache"))
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent))


@pytest.fixture(scope="session")
def mlp_program(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """cli_models:make_mlp exported and compiled once by `torch-iree export` (mlp.vmfb + .json)."""
    from torch_iree import cli

    out = tmp_path_factory.mktemp("program") / "mlp.vmfb"
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path_factory.getbasetemp() / "cli-cache"))
        patch.syspath_prepend(str(Path(__file__).resolve().parent))
        assert cli.main(["export", "cli_models:make_mlp", "--args", "f32[2,8]", "-o", str(out)]) == 0
    return out
