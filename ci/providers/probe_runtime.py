"""Runs inside the interpreter whose IREE install is being verified (a venv, not this checkout's).

It imports only ``iree`` and ``numpy``, never ``ci``, so it can run from any environment by path:

    python probe_runtime.py info           # {"version", "revisions", "iree_compile"}
    python probe_runtime.py run VMFB       # runs main(a, b) on local-task, {"result": [...]}

Prints one JSON object on the last line of stdout.
"""

from __future__ import annotations

import json
import sys

PROBE_A = [1.0, 2.0, 3.0, 4.0]
PROBE_B = [0.5, -1.0, 2.0, 10.0]


def expected() -> list[float]:
    """What the probe (compiler_plugin/probe/torch_probe.mlir) computes: (a + b) * b."""
    return [(a + b) * b for a, b in zip(PROBE_A, PROBE_B, strict=True)]


def info() -> dict:
    from iree.compiler import version
    from iree.compiler.tools.binaries import find_tool

    return {
        "version": version.VERSION,
        "revisions": dict(getattr(version, "REVISIONS", {})),
        "iree_compile": find_tool("iree-compile"),
    }


def run(vmfb: str) -> dict:
    import numpy as np
    from iree import runtime

    with open(vmfb, "rb") as f:
        module = runtime.load_vm_flatbuffer(f.read(), driver="local-task")
    a = np.asarray(PROBE_A, dtype=np.float32)
    b = np.asarray(PROBE_B, dtype=np.float32)
    result = module.main(a, b)
    return {"result": [float(v) for v in np.asarray(result.to_host()).tolist()]}


def main(argv: list[str]) -> int:
    if argv[:1] == ["info"]:
        out = info()
    elif len(argv) == 2 and argv[0] == "run":
        out = run(argv[1])
    else:
        print("usage: probe_runtime.py info | run VMFB", file=sys.stderr)
        return 2
    print(json.dumps(out))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
