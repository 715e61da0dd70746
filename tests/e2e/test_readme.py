"""The README's Python examples run as written (in order, in one namespace)."""

from __future__ import annotations

import os
import re
from pathlib import Path

from ci.paths import REPO_ROOT


def test_readme_examples_run(tmp_path: Path) -> None:
    blocks = re.findall(r"```python\n(.*?)```", (REPO_ROOT / "README.md").read_text(), re.DOTALL)
    assert len(blocks) >= 2
    cwd = os.getcwd()
    os.chdir(tmp_path)  # the examples write model.mlir / model.vmfb
    try:
        namespace: dict = {}
        for block in blocks:
            exec(compile(block, "README.md", "exec"), namespace)
    finally:
        os.chdir(cwd)
    written = {"model.mlir", "model.mlir.json", "model.vmfb", "model.vmfb.json"}
    assert written <= {p.name for p in tmp_path.iterdir()}
