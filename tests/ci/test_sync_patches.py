"""The patch queue: kept, dropped when already upstream, stopped on a conflict."""

from __future__ import annotations

from pathlib import Path
from types import ModuleType

import pytest

from ci.lock import read_lock
from ci.sync import ExitCode
from ci.sync.report import pr_body, report_dict

pytestmark = pytest.mark.usefixtures("hermetic_git")

A, B = "0001-fix-a.patch", "0002-fix-b.patch"


def test_patch_already_upstream_is_dropped_and_its_file_removed(tmp_path: Path, synth: ModuleType) -> None:
    # Upstream t1 took patch A's change; B still applies (after t1 shifted the file's top).
    upstream = synth.with_lines({2: "line 2 fixed"}).replace("line 1\n", "header\nline 1\n")
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {}), ("t1", "l2", {synth.CONVERSION: upstream})],
        iree_llvm="l2",
        patches={
            A: ("t0", synth.with_lines({2: "line 2 fixed"}), "Fix A"),
            B: ("t0", synth.with_lines({8: "line 8 ours"}), "Fix B"),
        },
        listed=[A, B],
    )
    result = stack.sync()

    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.patches is not None
    assert [(o.name, o.status) for o in result.patches.outcomes] == [(A, "dropped"), (B, "kept")]
    assert read_lock(stack.lock).torch_mlir.patches == (B,)
    patch_dir = stack.repo / "compiler_plugin" / "patches"
    assert not (patch_dir / A).exists() and (patch_dir / B).exists()
    assert synth.git(stack.repo, "ls-files", "compiler_plugin/patches") == (
        "compiler_plugin/patches/0002-fix-b.patch\ncompiler_plugin/patches/README.md"
    )
    assert synth.git(stack.repo, "diff", "--name-only") == ""  # work tree matches the index
    report = report_dict(result)
    assert [(p["name"], p["status"]) for p in report["patches"]] == [(A, "dropped"), (B, "kept")]
    assert "already upstream" in pr_body(result)


def test_unlisted_patch_files_are_queued_in_name_order(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {})],
        iree_llvm="l1",
        patches={
            B: ("t0", synth.with_lines({8: "line 8 ours"}), "Fix B"),
            A: ("t0", synth.with_lines({2: "line 2 ours"}), "Fix A"),
        },
    )
    result = stack.sync()
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert read_lock(stack.lock).torch_mlir.patches == (A, B)
    assert [p["newly_queued"] for p in report_dict(result)["patches"]] == [True, True]


def test_conflicting_patch_stops_the_run_and_names_the_patch(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {}), ("t1", "l2", {synth.CONVERSION: synth.with_lines({2: "line 2 upstream"})})],
        iree_llvm="l2",
        patches={
            A: ("t0", synth.with_lines({2: "line 2 ours"}), "Fix A"),
            B: ("t0", synth.with_lines({8: "line 8 ours"}), "Fix B"),
        },
        listed=[A, B],
    )
    before = stack.fingerprint()
    result = stack.sync()

    assert result.exit_code == ExitCode.NEEDS_PERSON
    assert A in result.message and "lib/Conversion.cpp" in result.message
    assert "\n" not in result.message
    assert stack.fingerprint() == before
    statuses = [(p["name"], p["status"]) for p in report_dict(result)["patches"]]
    assert statuses == [(A, "conflict"), (B, "not-tried")]
    assert pr_body(result).startswith("sync-torch-mlir needs a person")


def test_patch_without_a_merge_base_is_dropped_when_its_reverse_applies(
    tmp_path: Path, synth: ModuleType
) -> None:
    # With its `index` line broken, git am cannot fall back to a 3-way merge; upstream has the
    # change (and another one, so the forward patch does not apply): the reverse check decides.
    upstream = synth.with_lines({2: "line 2 fixed", 9: "line 9 upstream"})
    stack = synth.build_stack(
        tmp_path,
        [("t0", "l1", {}), ("t1", "l2", {synth.CONVERSION: upstream})],
        iree_llvm="l2",
        patches={A: ("t0", synth.with_lines({2: "line 2 fixed"}), "Fix A")},
        listed=[A],
    )
    patch = stack.repo / "compiler_plugin" / "patches" / A
    lines = patch.read_text().splitlines(keepends=True)
    patch.write_text(
        "".join("index 0000000..1111111 100644\n" if x.startswith("index ") else x for x in lines)
    )
    synth.git(stack.repo, "commit", "--quiet", "-am", "break the index line")

    result = stack.sync()
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.patches is not None
    assert [(o.name, o.status) for o in result.patches.outcomes] == [(A, "dropped")]
    assert read_lock(stack.lock).torch_mlir.patches == ()
