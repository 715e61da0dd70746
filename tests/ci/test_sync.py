"""Choosing the torch-mlir commit and updating our repository (python -m ci.sync)."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from ci.lock import read_lock
from ci.sync import ExitCode, SyncOptions, sync
from ci.sync.report import report_dict

pytestmark = pytest.mark.usefixtures("hermetic_git")


def gitlink(synth: ModuleType, repo: Path, path: str) -> str | None:
    out = synth.git(repo, "ls-files", "--stage", "--", path)
    if not out:
        return None
    mode, sha, _ = out.split("\t")[0].split()
    assert mode == "160000", out
    return sha


def test_exact_llvm_match_takes_the_tip(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {}), ("t1", "l3", {}), ("t2", "l5", {})],
        iree_llvm="l5",
        iree_torch_mlir="t1",
    )
    result = stack.sync()

    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.choice is not None
    assert result.choice.commit == stack.torch["t2"]
    assert result.choice.llvm_commits_behind == 0
    assert result.choice.newer_commits_skipped == 0
    # IREE's own pin (t1) is two first-parent commits behind the choice.
    assert result.iree_torch_mlir is not None
    assert (result.iree_torch_mlir.kind, result.iree_torch_mlir.behind) == ("behind", 1)

    lock = read_lock(stack.lock)
    assert lock.iree.llvm_commit == stack.llvm_main[5]
    assert lock.iree.torch_mlir_commit == stack.torch["t1"]
    assert lock.torch_mlir.commit == stack.torch["t2"]
    assert lock.torch_mlir.patches == ()
    assert gitlink(synth, stack.repo, "third_party/torch-mlir") == stack.torch["t2"]
    assert gitlink(synth, stack.repo, "third_party/iree") == stack.iree_commit
    assert synth.git(stack.repo, "config", "-f", ".gitmodules", "submodule.third_party/torch-mlir.url") == (
        "https://github.com/llvm/torch-mlir.git"
    )
    assert "# The stack lock" in stack.lock.read_text()  # comments survive
    # Everything is staged and the work tree matches the index: ready to commit.
    assert synth.git(stack.repo, "diff", "--name-only") == ""
    staged = set(synth.git(stack.repo, "diff", "--cached", "--name-only").split())
    assert staged == {".gitmodules", "third_party/stack.lock", "third_party/torch-mlir"}

    # Once committed, a second run finds nothing to do (uncommitted, it refuses the dirty tree).
    assert stack.sync().exit_code == ExitCode.BAD_INPUT
    synth.git(stack.repo, "commit", "--quiet", "-m", "sync torch-mlir")
    again = stack.sync()
    assert again.exit_code == ExitCode.UP_TO_DATE, again.message
    assert again.changes == []


def test_torch_mlir_ahead_of_iree_llvm_picks_an_older_commit(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {}), ("t1", "l3", {}), ("t1b", "l3", {}), ("t2", "l5", {}), ("t3", "l6", {})],
        iree_llvm="l4",
    )
    result = stack.sync()

    assert result.exit_code == ExitCode.UPDATED, result.message
    choice = result.choice
    assert choice is not None
    # Newest of the two commits that pin l3; l3 is one commit behind IREE's l4.
    assert choice.commit == stack.torch["t1b"]
    assert choice.llvm_commit == stack.llvm_main[3]
    assert choice.llvm_commits_behind == 1
    assert choice.newer_commits_skipped == 2
    assert (choice.next_commit, choice.next_llvm_relation) == (stack.torch["t2"], "ahead")
    assert choice.branch_commit == stack.torch["t3"]
    assert result.iree_torch_mlir is not None and result.iree_torch_mlir.kind == "none"
    assert read_lock(stack.lock).iree.torch_mlir_commit is None


def test_side_branch_llvm_pin_is_not_an_ancestor(tmp_path: Path, synth: ModuleType) -> None:
    # s1 branches off l2, so it is older than IREE's l5 by date and by number, but not an ancestor.
    stack = synth.build_stack(
        tmp_path, [("t0", "l1", {}), ("t1", "l3", {}), ("t2", "s1", {})], iree_llvm="l5"
    )
    result = stack.sync()

    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.choice is not None
    assert result.choice.commit == stack.torch["t1"]
    assert result.choice.llvm_commits_behind == 2
    assert result.choice.next_llvm_relation == "side-branch"


def test_llvm_moved_back_by_a_revert_is_still_found(tmp_path: Path, synth: ModuleType) -> None:
    # Pins need not move forward: t2 reverts the LLVM bump of t1. Newest compatible is t2.
    stack = synth.build_stack(
        tmp_path, [("t0", "l1", {}), ("t1", "l6", {}), ("t2", "l2", {})], iree_llvm="l4"
    )
    result = stack.sync()
    assert result.choice is not None
    assert result.choice.commit == stack.torch["t2"]
    assert result.choice.llvm_commits_behind == 2


def test_only_first_parent_history_is_searched(tmp_path: Path, synth: ModuleType) -> None:
    # main: t0(l1) - m(l6, merges f1) ; feature: f1(l4) off t0. IREE is at l4 exactly, but f1
    # is not on main's first-parent history, so the answer is t0.
    llvm_main, _ = synth.build_llvm(tmp_path)
    history = synth.History()
    t0 = history.commit(
        "t0",
        files={synth.CONVERSION: synth.text(synth.BASE_LINES)},
        gitlinks={"externals/llvm-project": llvm_main[1]},
    )
    f1 = history.commit("f1", gitlinks={"externals/llvm-project": llvm_main[4]}, branch="f", parent=t0)
    history.commit("m", gitlinks={"externals/llvm-project": llvm_main[6]}, merge=f1)
    shas = history.build(tmp_path / "torch-mlir.git")
    iree = synth.History()
    iree.commit("iree", gitlinks={"third_party/llvm-project": llvm_main[4]})
    iree_commit = iree.build(tmp_path / "iree.git")[0]
    synth.build_our_repo(tmp_path / "torch-iree", iree_commit, {}, [])

    result = sync(
        SyncOptions(
            iree=tmp_path / "iree.git",
            torch_mlir=tmp_path / "torch-mlir.git",
            llvm=tmp_path / "llvm.git",
            repo=tmp_path / "torch-iree",
        )
    )
    assert result.choice is not None, result.message
    assert result.choice.commit == shas[t0]
    assert result.choice.walked == 2


def test_plain_clones_and_another_branch(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {}), ("t1", "l2", {})], iree_llvm="l3")
    for name in ("llvm", "torch-mlir", "iree"):
        synth.git(
            tmp_path, "clone", "--quiet", str(tmp_path / f"{name}.git"), str(tmp_path / f"{name}-plain")
        )
    synth.git(tmp_path / "torch-mlir-plain", "branch", "--quiet", "release", stack.torch["t0"])
    result = stack.sync(
        llvm=tmp_path / "llvm-plain",
        torch_mlir=tmp_path / "torch-mlir-plain",
        iree=tmp_path / "iree-plain",
        branch="release",
    )
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.choice is not None and result.choice.commit == stack.torch["t0"]


def test_dry_run_changes_nothing_and_reports_the_plan(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {}), ("t1", "l3", {})], iree_llvm="l3")
    before = stack.fingerprint()
    clones_before = [synth.clone_fingerprint(p) for p in (stack.llvm, stack.torch_mlir, stack.iree)]

    result = stack.sync(dry_run=True)

    assert result.exit_code == ExitCode.UPDATED
    assert result.status == "would-update"
    assert stack.fingerprint() == before
    assert [synth.clone_fingerprint(p) for p in (stack.llvm, stack.torch_mlir, stack.iree)] == clones_before
    changed = {c.target for c in result.changes}
    assert {"torch_mlir.commit", "iree.llvm_commit", "third_party/torch-mlir", ".gitmodules"} <= changed
    report = report_dict(result)
    assert report["dry_run"] is True
    assert report["torch_mlir"]["new_commit"] == stack.torch["t1"]
