"""Smoke-run an installed torch-iree: export, compile, run and compare a small model to eager.

Run with the interpreter of the venv under test (it imports only torch and torch_iree, not
``ci``); prints one JSON object so the caller can put the result in its summary.
"""

from __future__ import annotations

import json
import sys
import time


def main() -> int:
    start = time.perf_counter()
    import torch

    import torch_iree

    imported = time.perf_counter()
    torch.manual_seed(0)
    model = torch.nn.Sequential(
        torch.nn.Conv2d(3, 8, 3, padding=1),
        torch.nn.ReLU(),
        torch.nn.Flatten(),
        torch.nn.Linear(8 * 8 * 8, 10),
    ).eval()
    x = torch.randn(2, 3, 8, 8)
    exported = torch_iree.export(model, (x,))
    cache = torch_iree.CompileCache.from_environment()  # the build gives the smoke run its own
    compiled = exported.compile(target="llvm-cpu", cache=cache if cache is not None else False)
    run = torch_iree.load(compiled)
    got = run(x)
    done = time.perf_counter()
    with torch.no_grad():
        want = model(x)
    error = float((got - want).abs().max())
    result = {
        "ok": error < 1e-4,
        "max_abs_error": error,
        "import_s": round(imported - start, 3),
        "export_compile_run_s": round(done - imported, 3),
        "vmfb_bytes": len(compiled.vmfb),
        "compile": "cache hit" if cache is not None and cache.stats.hits else "compiled",
        "torch_iree": torch_iree.__file__,
    }
    print(json.dumps(result))
    return 0 if result["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
