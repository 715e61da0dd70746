"""Bump qualification on real releases from PyPI (``python -m ci.qualify``).

The slow test builds a real venv with IREE 3.12.0 and qualifies it against the locked release
on a few entries of every suite (``--smoke``); this test environment, which has the lock's
versions, is the baseline. ``nox -s qualify -- --iree-version 3.12.0`` runs the whole thing.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from ci.lock import read_lock
from ci.paths import REPO_ROOT
from ci.qualify.suites import SUITES

CANDIDATE = "3.12.0"  # the release before the locked one: on PyPI, with wheels for this platform


def _qualify(*argv: str, work: Path) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT)}
    return subprocess.run(
        [sys.executable, "-m", "ci.qualify", *argv, "--work-dir", str(work)],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=1800,
        check=False,
    )


def test_a_release_that_does_not_exist_exits_2(tmp_path: Path) -> None:
    proc = _qualify("--iree-version", "9.99.0", "--report", str(tmp_path / "q.json"), work=tmp_path)
    assert proc.returncode == 2, proc.stderr
    error = [line for line in proc.stderr.splitlines() if line.startswith("error:")]
    assert len(error) == 1 and "iree-base-compiler==9.99.0" in error[0] and "3.13.0" in error[0]
    report = json.loads((tmp_path / "q.json").read_text())
    assert (report["status"], report["exit_code"], report["entries"]) == ("bad-input", 2, [])
    assert not (tmp_path / "last-run").exists()  # nothing was installed or run


@pytest.mark.slow
def test_qualify_the_previous_iree_release_against_the_lock(tmp_path: Path) -> None:
    lock_before = (REPO_ROOT / "third_party" / "stack.lock").read_bytes()
    report_path, body_path = tmp_path / "q.json", tmp_path / "q.md"
    proc = _qualify(
        "--iree-version", CANDIDATE, "--smoke", "--baseline-python", sys.executable,
        "--report", str(report_path), "--pr-body", str(body_path),
        work=tmp_path,
    )  # fmt: skip
    assert proc.returncode in (0, 20), proc.stderr[-3000:]
    report = json.loads(report_path.read_text())
    assert report["exit_code"] == proc.returncode
    assert (report["status"] == "qualifies") == (proc.returncode == 0)
    locked = read_lock().iree.version
    assert report["baseline"]["installed"]["iree-base-compiler"] == locked
    assert report["candidate"]["installed"]["iree-base-compiler"] == CANDIDATE
    assert report["candidate"]["installed"]["iree_build"].startswith(CANDIDATE)
    assert "+cu" not in report["candidate"]["installed"]["torch"]
    # Every suite ran on both sides and gave entries; nothing stood in for a crashed suite.
    assert report["baseline"]["suite_errors"] == {} and report["candidate"]["suite_errors"] == {}
    assert set(report["suites"]) == set(SUITES)
    for name, summary in report["suites"].items():
        assert summary["entries"] > 0, name
    verdicts = {e["verdict"] for e in report["entries"]}
    assert verdicts <= {"fixed", "broken", "same", "slower", "faster"}
    assert any(e["suite"] == "shield" and e["baseline"]["status"] == "needed" for e in report["entries"])
    broken = [e for e in report["entries"] if e["verdict"] == "broken"]
    assert bool(broken) == (proc.returncode == 20)
    body = body_path.read_text()
    assert body.splitlines()[0].startswith(f"Qualify IREE {locked} → {CANDIDATE}: ")
    assert "| suite | entries |" in body
    # Progress went to stderr, per side and suite; the work tree and the lock are untouched.
    assert f"[1/{len(SUITES)} corpus candidate]" in proc.stderr
    assert (REPO_ROOT / "third_party" / "stack.lock").read_bytes() == lock_before
