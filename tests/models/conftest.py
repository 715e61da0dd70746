"""The model suite runs the real compiler and runtime; threads are capped for small CI machines.

torch's OpenMP pool spinning against IREE's workers (and other jobs) on 2 cores makes eager
calls erratic, so torch gets one thread here, as in tests/e2e.
"""

from __future__ import annotations

import pytest
import torch

torch.set_num_threads(1)


@pytest.fixture(autouse=True)
def _no_compile_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    # The suite is about compiling: a hit in torch_iree's persistent compile cache (filled by
    # an earlier run) would skip the compiler. Scoped to these tests, not the whole session.
    monkeypatch.setenv("TORCH_IREE_CACHE", "0")


@pytest.fixture(autouse=True)
def _fresh_dynamo() -> None:
    # torch.compile caches guards and graphs per code object: a model compiled by one test must
    # not be served from cache to the next (each test builds its own module anyway).
    torch._dynamo.reset()
