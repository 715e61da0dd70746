"""torch.compile(backend="iree") in a new process whose graph is already in the compile cache:
the hit needs no compiler, importer or tracing, and the backend's own imports stay lean."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

# Imported by the backend on a miss only (compiling, importing the graph, locking the cache,
# comparing versions): a warm first call pays none of them.
MISS_ONLY = ("iree.compiler", "torch_iree._importer", "torch_iree.exporting", "packaging.specifiers")

CHILD = textwrap.dedent(
    """
    import json, sys, torch, torch._dynamo
    before = set(sys.modules)
    from torch_iree.dynamo import Backend
    imported = sorted(set(sys.modules) - before)
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4)).eval()
    x = torch.randn(3, 16)
    backend = Backend()
    with torch.no_grad():
        ok = bool(torch.allclose(torch.compile(model, backend=backend)(x), model(x), atol=1e-5))
    print(json.dumps({
        "ok": ok, "hits": backend.stats.cache_hits, "compiled": backend.stats.compiled,
        "imported": imported, "loaded": sorted(sys.modules),
    }))
    """
)


def _child(cache_dir: Path) -> dict:
    env = {**os.environ, "TORCH_IREE_CACHE_DIR": str(cache_dir), "OMP_NUM_THREADS": "1"}
    run = subprocess.run([sys.executable, "-c", CHILD], env=env, capture_output=True, text=True, timeout=300)
    assert run.returncode == 0, run.stderr[-2000:]
    return json.loads(run.stdout.strip().splitlines()[-1])


def test_warm_first_call_needs_no_compiler_importer_or_lock(tmp_path: Path) -> None:
    cold = _child(tmp_path)
    assert cold["ok"] and (cold["hits"], cold["compiled"]) == (0, 1)
    assert "torch_iree._importer" in cold["loaded"]  # the check below can see a miss's imports

    warm = _child(tmp_path)
    assert warm["ok"] and (warm["hits"], warm["compiled"]) == (1, 0)
    assert [m for m in MISS_ONLY if m in warm["loaded"]] == []
    # filelock may come with torch's own modules later; importing the backend must not bring it.
    assert "filelock" not in warm["imported"]
