"""The GitHub workflows are generated from the matrix, and the checked-in ones are current."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from ci.matrix import MATRIX_PATH, load_matrix
from ci.workflows import WORKFLOWS_DIR, check, generate, main, render


def test_checked_in_workflows_match_the_matrix() -> None:
    assert check() == [], "run `python -m ci.workflows generate` and commit .github/workflows/"


def test_generation_is_stable(tmp_path: Path) -> None:
    first = {p.name: p.read_bytes() for p in generate(out=tmp_path / "a")}
    second = {p.name: p.read_bytes() for p in generate(out=tmp_path / "b")}
    assert first == second
    assert set(first) == {"ci.yml", "gpu.yml"}
    assert first["ci.yml"] == (WORKFLOWS_DIR / "ci.yml").read_bytes()


def test_a_matrix_change_makes_check_fail(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    matrix = tmp_path / "matrix.toml"
    text = MATRIX_PATH.read_text()
    matrix.write_text(text.replace('"sm80"]', '"sm80", "a100"]'))
    out = tmp_path / "workflows"
    shutil.copytree(WORKFLOWS_DIR, out)
    assert check(matrix, out) == [f"{out / 'gpu.yml'}: differs from the matrix"]
    assert main(["check", "--matrix", str(matrix), "--out", str(out)]) == 1
    assert "python -m ci.workflows generate" in capsys.readouterr().out
    assert main(["generate", "--matrix", str(matrix), "--out", str(out)]) == 0
    assert main(["check", "--matrix", str(matrix), "--out", str(out)]) == 0
    (out / "ci.yml").unlink()
    assert check(matrix, out) == [f"{out / 'ci.yml'}: missing"]


def test_jobs_follow_the_matrix() -> None:
    yaml = pytest.importorskip("yaml")
    matrix = load_matrix()
    files = {w.name: yaml.safe_load(w.text) for w in render(matrix)}
    cpu_jobs, gpu_jobs = files["ci.yml"]["jobs"], files["gpu.yml"]["jobs"]
    assert set(cpu_jobs) == {k.name for k in matrix.cpu_kinds}
    assert set(gpu_jobs) == {k.name for k in matrix.gpu_kinds}
    for kind in matrix.cpu_kinds:
        job = cpu_jobs[kind.name]
        assert job["runs-on"] == list(kind.runs_on)
        assert any(step.get("run") == "bash .ci/run" for step in job["steps"])
    for kind in matrix.gpu_kinds:
        job = gpu_jobs[kind.name]
        assert job["runs-on"] == list(kind.runs_on) and "self-hosted" in job["runs-on"]
        runs = [step.get("run", "") for step in job["steps"]]
        assert f"python3 -m nox -s test-gpu -- --require-gpu --kind {kind.name}" in runs
        upload = next(step for step in job["steps"] if "upload-artifact" in step.get("uses", ""))
        assert upload["if"] == "always()" and upload["with"]["path"] == "dist/junit/"
