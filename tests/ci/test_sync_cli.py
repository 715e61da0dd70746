"""python -m ci.sync as a bot calls it: exit codes, one-line errors, report and PR body files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from ci.paths import REPO_ROOT
from ci.sync.__main__ import main

pytestmark = pytest.mark.usefixtures("hermetic_git")


def cli_args(stack: object, *extra: str) -> list[str]:
    return [
        "--iree",
        str(stack.iree),  # type: ignore[attr-defined]
        "--torch-mlir",
        str(stack.torch_mlir),  # type: ignore[attr-defined]
        "--llvm",
        str(stack.llvm),  # type: ignore[attr-defined]
        "--repo",
        str(stack.repo),  # type: ignore[attr-defined]
        *extra,
    ]


def test_bad_input_exits_2_with_one_line_on_stderr(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {})], iree_llvm="l1")
    report = tmp_path / "report.json"
    args = cli_args(stack, "--report", str(report))
    args[args.index("--llvm") + 1] = str(tmp_path / "missing")
    proc = subprocess.run(
        [sys.executable, "-m", "ci.sync", *args],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        check=False,
    )
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and proc.stderr.startswith("error: --llvm ")
    data = json.loads(report.read_text())
    assert (data["status"], data["exit_code"]) == ("bad-input", 2)


def test_update_writes_report_and_pr_body(
    tmp_path: Path, synth: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = synth.build_stack(
        tmp_path, [("t0", "l1", {}), ("t1", "l3", {}), ("t2", "l5", {})], iree_llvm="l4"
    )
    report, body = tmp_path / "out" / "report.json", tmp_path / "out" / "pr.md"
    report.parent.mkdir()
    assert main(cli_args(stack, "--report", str(report), "--pr-body", str(body))) == 0

    data = json.loads(report.read_text())
    assert data["status"] == "updated"
    assert data["torch_mlir"]["new_commit"] == stack.torch["t1"]
    assert data["torch_mlir"]["llvm_commits_behind_iree"] == 1
    assert data["torch_mlir"]["next_commit"] == stack.torch["t2"]
    assert {c["target"] for c in data["changes"]} >= {"torch_mlir.commit", "third_party/torch-mlir"}
    title, blank, *rest = body.read_text().splitlines()
    assert title.startswith(f"Bump torch-mlir to {stack.torch['t1'][:12]} for IREE ")
    assert blank == ""
    assert any("1 commit behind" in line for line in rest)
    assert "updated" in capsys.readouterr().out

    # Up to date once committed: exit 10.
    synth.git(stack.repo, "commit", "--quiet", "-m", "sync")
    assert main(cli_args(stack, "--report", str(report))) == 10
    assert json.loads(report.read_text())["status"] == "up-to-date"


def test_dry_run_prints_the_plan(
    tmp_path: Path, synth: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {}), ("t1", "l2", {})], iree_llvm="l2")
    before = stack.fingerprint()
    assert main(cli_args(stack, "--dry-run")) == 0
    out = capsys.readouterr().out
    assert out.startswith("dry run, nothing changed; would move torch-mlir")
    assert f"`{stack.torch['t1'][:12]}`" in out
    assert stack.fingerprint() == before


def test_needs_a_person_exits_20(
    tmp_path: Path, synth: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l3", {})], iree_llvm="l1")
    body = tmp_path / "issue.md"
    assert main(cli_args(stack, "--pr-body", str(body))) == 20
    assert capsys.readouterr().err.startswith("needs a person: no commit on torch-mlir main")
    assert body.read_text().startswith("sync-torch-mlir: needs-person")


def test_qualify_without_a_release_is_bad_input(
    tmp_path: Path, synth: ModuleType, capsys: pytest.CaptureFixture[str]
) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {}), ("t1", "l2", {})], iree_llvm="l2")
    before = stack.fingerprint()
    report = tmp_path / "report.json"
    assert main(cli_args(stack, "--qualify", "--report", str(report))) == 2
    assert capsys.readouterr().err == "error: --qualify needs --iree-version: the release to qualify\n"
    assert json.loads(report.read_text())["status"] == "bad-input"
    assert stack.fingerprint() == before  # qualification stops the sync before it changes anything


def test_a_qualification_that_found_breakage_turns_an_update_into_20(
    tmp_path: Path, synth: ModuleType, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A recorded qualification result (the real run is tests/e2e/test_qualify_releases.py's)."""
    from ci.qualify.compare import Outcome
    from ci.qualify.run import QualifyOptions, QualifyResult, SideRun, comparisons, decide
    from ci.qualify.versions import Side
    from ci.sync import __main__ as sync_cli

    options = QualifyOptions(iree_version="3.14.0", suites=("models",))
    baseline = SideRun(
        Side("baseline", "3.13.0", "2.13.0"), outcomes={"models": {"mlp-static-aot": Outcome("pass")}}
    )
    broke = Outcome("fail", "CompileError: error: failed to legalize")
    candidate = SideRun(Side("candidate", "3.14.0", "2.13.0"), outcomes={"models": {"mlp-static-aot": broke}})
    recorded = QualifyResult(options, baseline=baseline, candidate=candidate)
    recorded.rows = comparisons(baseline, candidate, options)
    decide(recorded)
    monkeypatch.setattr(sync_cli, "_qualify_first", lambda args: recorded)

    stack = synth.build_stack(tmp_path, [("t0", "l1", {}), ("t1", "l2", {})], iree_llvm="l2")
    report, body = tmp_path / "report.json", tmp_path / "pr.md"
    assert main(cli_args(stack, "--qualify", "--report", str(report), "--pr-body", str(body))) == 20
    data = json.loads(report.read_text())
    assert (data["status"], data["qualification"]["status"]) == ("needs-person", "needs-person")
    assert data["message"] == "qualification: 1 entry broke on the candidate"
    text = body.read_text()
    assert "## Qualification: Qualify IREE 3.13.0 → 3.14.0: needs a person" in text
    assert "| models | `mlp-static-aot` | pass | fail | CompileError: error: failed to legalize |" in text
