"""`nox -s build` for real: wheel build, wheelhouse, offline install into a fresh venv, smoke."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ci.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def _build(dist: Path) -> dict:
    subprocess.run([sys.executable, "-m", "ci.build", "--dist", str(dist)], cwd=REPO_ROOT, check=True)
    return json.loads((dist / "build-summary.json").read_text())


def test_build_installs_offline_and_reuses_on_second_run(tmp_path: Path) -> None:
    dist = tmp_path / "dist"
    first = _build(dist)
    assert first["smoke"]["ok"] and first["smoke"]["max_abs_error"] < 1e-4
    names = {w["file"].split("-")[0] for w in first["wheels"]}
    assert {"torch_iree", "iree_base_compiler", "iree_base_runtime", "numpy"} <= names
    assert not any(name.startswith("torch-") or name == "torch" for name in names)  # torch is not gathered

    # The venv got torch-iree and IREE from the wheelhouse, offline, at the locked versions.
    freeze = subprocess.run(
        [str(dist / "venv" / "bin" / "python"), "-m", "pip", "freeze"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "iree-base-compiler==3.13.0" in freeze and "torch==2.13.0" in freeze
    assert "torch-iree @ file" not in freeze and "torch-iree==0.1.0" in freeze

    second = _build(dist)
    reused = {step["name"] for step in second["steps"] if step["reused"]}
    assert {"frontend wheel", "IREE wheels", "offline install"} <= reused
    assert second["total_seconds"] < first["total_seconds"] / 2
