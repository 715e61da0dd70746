"""Loading and running a saved program needs only the runtime: nothing of iree.compiler is
imported, and a process where the compiler cannot be imported at all still runs programs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

import torch_iree

CHILD = textwrap.dedent(
    """
    import json, sys
    if sys.argv[2] == "blocked":
        sys.modules["iree.compiler"] = None  # `import iree.compiler` now raises ImportError
    import torch, torch_iree
    run = torch_iree.load(sys.argv[1])
    y = run(torch.ones(2, 4))
    from torch_iree.cli import main
    code = main(["run", sys.argv[1], sys.argv[3], "-o", sys.argv[4]])
    loaded = sorted(m for m in sys.modules if m.startswith("iree.compiler") and sys.modules[m] is not None)
    print(json.dumps({"sum": float(y.sum()), "cli": code, "compiler_modules": loaded}))
    """
)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, float]:
    folder = tmp_path_factory.mktemp("runtime-only")
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3)).eval()
    compiled = torch_iree.export(model, (torch.ones(2, 4),)).compile(cache=False)
    with torch.no_grad():
        expected = float(model(torch.ones(2, 4)).sum())
    return compiled.save(folder / "model.vmfb"), expected


@pytest.mark.parametrize("mode", ["importable", "blocked"])
def test_load_and_run_import_nothing_of_the_compiler(
    mode: str, saved: tuple[Path, float], tmp_path: Path
) -> None:
    import numpy as np

    program, expected = saved
    np.save(tmp_path / "x.npy", np.ones((2, 4), dtype=np.float32))
    proc = subprocess.run(
        [sys.executable, "-c", CHILD, str(program), mode, str(tmp_path / "x.npy"), str(tmp_path / "out")],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "TORCH_IREE_CACHE": "0"},
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    assert result["compiler_modules"] == []
    assert result["cli"] == 0 and (tmp_path / "out" / "out_0.npy").is_file()
    assert abs(result["sum"] - expected) < 1e-4
