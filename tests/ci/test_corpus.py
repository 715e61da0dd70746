"""The generated-IR corpus: well-formed, current, deterministic, and replayable without torch."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from ci.corpus import (
    CORPUS_DIR,
    SIZE_LIMIT,
    GenerateOptions,
    compare_trees,
    corpus_size,
    entry_specs,
    generate,
    load_model_zoo,
)
from ci.corpus_replay import MANIFEST, discover
from ci.lock import read_lock
from ci.paths import REPO_ROOT, WHEELHOUSE_DIR

REPLAY = REPO_ROOT / "ci" / "corpus_replay.py"
# A few entries for the clean-venv replay: external parameters, a dynamic batch, integer and
# boolean tensors, bfloat16 bit patterns, a decomposed op (bilinear upsampling, which IREE cannot
# lower whole), and an expected failure. `nox -s test-corpus` replays all.
VENV_ENTRIES = "gpt_decoder,mlp_dynamic,integer_indexing_dynamic,elementwise_bf16,bilinear_upsample,mlp_bf16"


def test_corpus_matches_the_registry_and_the_lock() -> None:
    entries = {e.name: e for e in discover(CORPUS_DIR)}
    assert set(entries) == {s.name for s in entry_specs(load_model_zoo())}
    lock = read_lock()
    for entry in entries.values():
        manifest = json.loads((entry.path / MANIFEST).read_text())
        assert manifest["versions"]["iree"] == lock.iree.version
        assert manifest["versions"]["torch"] in lock.torch.tested
        listed = {"model.mlir", MANIFEST, *(t.file for t in (*entry.inputs, *entry.outputs))}
        if entry.parameters:
            listed.add(entry.parameters)
        assert {p.name for p in entry.path.iterdir()} == listed, f"{entry.name}: unlisted or missing files"
        assert "func.func @main" in (entry.path / "model.mlir").read_text()
    assert any(e.parameters for e in entries.values()), "no entry keeps its weights in an .irpa"
    assert corpus_size(CORPUS_DIR) < SIZE_LIMIT


def test_generation_is_deterministic_and_the_corpus_is_current(tmp_path: Path) -> None:
    # Regenerating two entries (one with an .irpa, one dynamic) gives the committed bytes.
    only = ("mlp", "integer_indexing_dynamic")
    generate(GenerateOptions(out=tmp_path / "corpus", only=only), log=lambda _: None)
    problems = compare_trees(CORPUS_DIR, tmp_path / "corpus", only=only)
    assert problems == [], "the corpus is stale or generation is not deterministic: run `nox -s corpus`"


def _imported(path: Path) -> set[str]:
    return {
        node.module if isinstance(node, ast.ImportFrom) and node.module else alias.name
        for node in ast.walk(ast.parse(path.read_text()))
        if isinstance(node, ast.Import | ast.ImportFrom)
        for alias in node.names
    }


def test_replay_module_imports_no_torch() -> None:
    outside = {n for n in _imported(REPLAY) if n.split(".")[0] not in sys.stdlib_module_names}
    # Of ci, only its error types and atomic writes, which import the standard library alone.
    assert {n.split(".")[0] for n in outside} == {"iree", "numpy", "ci"}
    assert {n for n in outside if n.startswith("ci")} == {"ci.errors", "ci.atomic"}
    for name in ("errors", "atomic"):
        imported = _imported(REPO_ROOT / "ci" / f"{name}.py")
        assert {n.split(".")[0] for n in imported} <= set(sys.stdlib_module_names), name
    check = "import sys, ci.corpus_replay; assert 'torch' not in sys.modules"
    subprocess.run([sys.executable, "-c", check], cwd=REPO_ROOT, check=True, timeout=120)
    # As a script: its folder, ci/, is not what sys.path[0] ends up as, the repository root is.
    script = subprocess.run(
        [sys.executable, str(REPLAY), "--help"],
        cwd=REPO_ROOT / "ci",
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert script.returncode == 0, script.stderr


def _clean_venv(path: Path) -> Path:
    """A venv with only iree-base-compiler, iree-base-runtime, numpy (and their dependencies)."""
    venv.EnvBuilder(with_pip=True, system_site_packages=False, clear=True).create(path)
    python = path / "bin" / "python"
    version = read_lock().iree.version
    wanted = [f"iree-base-compiler=={version}", f"iree-base-runtime=={version}", "numpy"]
    pip = [str(python), "-m", "pip", "install", "--disable-pip-version-check", "-q"]
    if WHEELHOUSE_DIR.is_dir():  # the locked wheels `nox -s build` gathered: no download
        offline = subprocess.run(
            [*pip, "--no-index", "--find-links", str(WHEELHOUSE_DIR), *wanted], check=False
        )
        if offline.returncode == 0:
            return python
    subprocess.run([*pip, *wanted], check=True, timeout=1200)
    return python


@pytest.mark.slow
def test_replay_in_a_venv_without_torch(tmp_path: Path) -> None:
    python = _clean_venv(tmp_path / "venv")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "PYTHONSTARTUP")}
    no_torch = subprocess.run([str(python), "-c", "import torch"], capture_output=True, text=True, env=env)
    assert no_torch.returncode != 0 and "No module named 'torch'" in no_torch.stderr
    installed = subprocess.run(
        [str(python), "-m", "pip", "list", "--format=freeze", "--disable-pip-version-check"],
        capture_output=True,
        text=True,
        env=env,
        check=True,
    ).stdout
    assert "torch" not in installed.lower()
    # As `nox -s test-corpus` runs it: from the repository root, where only ci/ is importable
    # (its __init__ imports nothing), in a venv that has no torch.
    proc = subprocess.run(
        [
            str(python),
            "-m",
            "ci.corpus_replay",
            str(CORPUS_DIR),
            "--only",
            VENV_ENTRIES,
            "--require-no-torch",
        ],
        capture_output=True,
        text=True,
        env=env,
        cwd=REPO_ROOT,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "replay: 6 passed, 0 failed" in proc.stdout
    assert "expected failures: 1;" in proc.stdout
    assert "pass  bilinear_upsample" in proc.stdout  # decomposed, it compiles and matches eager
    assert "xfail mlp_bf16" in proc.stdout
    assert "torch importable here: no" in proc.stdout


def test_an_expected_failure_names_its_error(tmp_path: Path) -> None:
    from ci.corpus_replay import CorpusError, _expected_failure, expected_error

    expected = _expected_failure({"reason": "bf16 constants", "match": r"arith\.constant"}, tmp_path)
    assert expected_error(expected, "error: 'arith.constant' op failed to verify")
    assert not expected_error(expected, "error: failed to legalize operation 'vector.bitcast'")
    assert expected_error(_expected_failure("a bare reason", tmp_path), "any error")  # older manifests
    with pytest.raises(CorpusError, match="expected_failure must be"):
        _expected_failure({"reason": "no match"}, tmp_path)
