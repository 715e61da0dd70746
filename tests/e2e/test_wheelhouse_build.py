"""`nox -s build` for real: wheel build, wheelhouse, offline install into a fresh venv, smoke."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ci.lock import read_lock
from ci.paths import REPO_ROOT

pytestmark = pytest.mark.slow


def _build(dist: Path) -> dict:
    subprocess.run([sys.executable, "-m", "ci.build", "--dist", str(dist)], cwd=REPO_ROOT, check=True)
    return json.loads((dist / "build-summary.json").read_text())


@pytest.fixture(scope="module")
def first_build(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict]:
    dist = tmp_path_factory.mktemp("build") / "dist"
    return dist, _build(dist)


def test_build_installs_offline_and_reuses_on_second_run(first_build: tuple[Path, dict]) -> None:
    dist, first = first_build
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


RUNTIME_CHILD = """
import json, sys, torch, torch_iree
run = torch_iree.load(sys.argv[1])
total = float(run(torch.ones(2, 4)).sum())
try:
    torch_iree.export(torch.nn.ReLU(), (torch.ones(2),))
    export_error = ""
except torch_iree.CompilerMissingError as exc:
    export_error = str(exc)
print(json.dumps({"sum": total, "export_error": export_error}))
"""


def test_runtime_only_install_runs_a_program_compiled_elsewhere(
    first_build: tuple[Path, dict], tmp_path: Path
) -> None:
    """`pip install torch-iree` without the compiler extra, offline from the wheelhouse."""
    import torch

    import torch_iree

    dist, _ = first_build
    env_dir = tmp_path / "runtime-venv"
    subprocess.run([sys.executable, "-m", "venv", str(env_dir)], check=True)
    python = str(env_dir / "bin" / "python")
    pip = [python, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, f"torch=={read_lock().torch.tested[0]}"], check=True)  # as ci.build does
    subprocess.run([*pip, "--no-index", "--find-links", str(dist / "wheelhouse"), "torch-iree"], check=True)
    freeze = subprocess.run(
        [python, "-m", "pip", "freeze"], capture_output=True, text=True, check=True
    ).stdout
    assert "iree-base-runtime==" in freeze and "iree-base-compiler" not in freeze

    # Compiled here (this environment has the compiler), run there.
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(4, 8), torch.nn.ReLU(), torch.nn.Linear(8, 3)).eval()
    program = torch_iree.export(model, (torch.ones(2, 4),)).compile(cache=False).save(tmp_path / "m.vmfb")
    with torch.no_grad():
        expected = float(model(torch.ones(2, 4)).sum())
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"} | {"TORCH_IREE_CACHE": "0"}
    child = subprocess.run(
        [python, "-c", RUNTIME_CHILD, str(program)],
        capture_output=True,
        text=True,
        env=env,
        cwd=tmp_path,
        check=False,
    )
    assert child.returncode == 0, child.stderr[-3000:]
    result = json.loads(child.stdout.strip().splitlines()[-1])
    assert abs(result["sum"] - expected) < 1e-4
    assert "pip install 'torch-iree[compiler]'" in result["export_error"]

    doctor = subprocess.run(
        [str(env_dir / "bin" / "torch-iree"), "doctor"], capture_output=True, text=True, env=env, check=False
    )
    assert doctor.returncode == 0, doctor.stdout + doctor.stderr
    assert "compiler: absent (runtime-only install" in doctor.stdout
    assert "iree-base-compiler" in doctor.stdout and "absent (runtime-only)" in doctor.stdout
