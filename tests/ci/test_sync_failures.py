"""Every way a sync can fail says why in one line and leaves our repository byte for byte as it was."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from ci.lock import update_lock
from ci.sync import ExitCode
from ci.sync.core import SyncOptions
from ci.sync.repo import RepoTransaction, open_repo

pytestmark = pytest.mark.usefixtures("hermetic_git")

PATCH = "0001-fix.patch"
MISSING_SHA = "1234567890abcdef1234567890abcdef12345678"


def _build(root: Path, synth: ModuleType, iree_llvm: str) -> Any:
    return synth.build_stack(
        root,
        [
            ("t0", "l1", {}),
            ("t1", "l3", {synth.CONVERSION: synth.with_lines({4: "line 4 upstream"})}),
            ("t2", "l5", {}),
        ],
        iree_llvm=iree_llvm,
        patches={PATCH: ("t0", synth.with_lines({7: "line 7 ours"}), "Fix")},
        listed=[PATCH],
    )


@pytest.fixture(scope="module")
def templates(tmp_path_factory: pytest.TempPathFactory, synth: ModuleType) -> Callable[[str], Any]:
    """Stacks built once per IREE LLVM pin and module; each test works on its own copy.

    A copy also has stale stat data in its index (new inodes and times), the case where a plain
    `git status` would rewrite .git/index: the byte-for-byte checks below cover it too.
    """
    built: dict[str, Any] = {}

    def template(iree_llvm: str) -> Any:
        if iree_llvm not in built:
            built[iree_llvm] = _build(tmp_path_factory.mktemp("template"), synth, iree_llvm)
        return built[iree_llvm]

    return template


def _stack(tmp_path: Path, templates: Callable[[str], Any], iree_llvm: str = "l3") -> Any:
    return templates(iree_llvm).copy(tmp_path / "stack")


def _commit_all(synth: ModuleType, repo: Path) -> None:
    synth.git(repo, "add", "-A")
    synth.git(repo, "commit", "--quiet", "-m", "test setup")


def unknown_iree_commit(stack: Any, synth: ModuleType) -> dict[str, Any]:
    update_lock({"iree.commit": MISSING_SHA}, stack.lock)
    _commit_all(synth, stack.repo)
    return {}


def unknown_branch(stack: Any, synth: ModuleType) -> dict[str, Any]:
    return {"branch": "no-such-branch"}


def missing_clone(stack: Any, synth: ModuleType) -> dict[str, Any]:
    return {"llvm": stack.root / "no-such-clone"}


def shallow_llvm(stack: Any, synth: ModuleType) -> dict[str, Any]:
    shallow = stack.root / "llvm-shallow"
    synth.git(stack.root, "clone", "--quiet", "--bare", "--depth", "1", f"file://{stack.llvm}", str(shallow))
    return {"llvm": shallow}


def modified_tracked_file(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / "README.md").write_text("edited\n")
    return {}


def staged_change(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / "README.md").write_text("edited\n")
    synth.git(stack.repo, "add", "README.md")
    return {}


def untracked_patch(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / "compiler_plugin" / "patches" / "0009-new.patch").write_text("not yet added\n")
    return {}


def lock_names_missing_patch(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / "compiler_plugin" / "patches" / PATCH).unlink()
    _commit_all(synth, stack.repo)
    return {}


def malformed_patch(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / "compiler_plugin" / "patches" / PATCH).write_text("--- a/x\n+++ b/x\n")
    _commit_all(synth, stack.repo)
    return {}


def index_locked(stack: Any, synth: ModuleType) -> dict[str, Any]:
    (stack.repo / ".git" / "index.lock").write_bytes(b"")  # another git command is running
    return {}


def no_compatible_commit(stack: Any, synth: ModuleType) -> dict[str, Any]:
    return {}  # with iree_llvm="l0" (see CASES): every torch-mlir pin is newer


def conflicting_patch(stack: Any, synth: ModuleType) -> dict[str, Any]:
    # The choice, t1, rewrote line 4 upstream; this patch, made on t0, rewrites it differently.
    patch = synth.make_patch(
        stack.torch_mlir, stack.torch["t0"], synth.with_lines({4: "ours"}), "Fix", stack.root
    )
    (stack.repo / "compiler_plugin" / "patches" / PATCH).write_text(patch)
    _commit_all(synth, stack.repo)
    return {}


Case = Callable[[Any, ModuleType], dict[str, Any]]
CASES: list[tuple[Case, dict[str, Any], ExitCode, str]] = [
    (unknown_iree_commit, {}, ExitCode.BAD_INPUT, "is not in the IREE clone"),
    (unknown_branch, {}, ExitCode.BAD_INPUT, "no branch or commit 'no-such-branch'"),
    (missing_clone, {}, ExitCode.BAD_INPUT, "is not a git repository"),
    (shallow_llvm, {}, ExitCode.BAD_INPUT, "shallow clone"),
    (modified_tracked_file, {}, ExitCode.BAD_INPUT, "uncommitted changes (README.md)"),
    (staged_change, {}, ExitCode.BAD_INPUT, "uncommitted changes (README.md)"),
    (untracked_patch, {}, ExitCode.BAD_INPUT, "0009-new.patch"),
    (lock_names_missing_patch, {}, ExitCode.BAD_INPUT, f"names {PATCH} but"),
    (malformed_patch, {}, ExitCode.BAD_INPUT, "not a git format-patch mail"),
    (index_locked, {}, ExitCode.BAD_INPUT, "another git command is running"),
    (no_compatible_commit, {"iree_llvm": "l0"}, ExitCode.NEEDS_PERSON, "no commit on torch-mlir main"),
    (conflicting_patch, {}, ExitCode.NEEDS_PERSON, f"patch {PATCH} does not apply"),
    (lambda stack, synth: {}, {"iree_llvm": MISSING_SHA}, ExitCode.BAD_INPUT, "is not in the LLVM clone"),
]


@pytest.mark.parametrize(
    ("case", "stack_kw", "code", "reason"),
    CASES,
    ids=[c[0].__name__ if c[0].__name__ != "<lambda>" else "unknown_llvm_commit" for c in CASES],
)
def test_failure_says_why_and_leaves_the_repo_unchanged(
    tmp_path: Path,
    synth: ModuleType,
    templates: Callable[[str], Any],
    case: Case,
    stack_kw: dict[str, Any],
    code: ExitCode,
    reason: str,
) -> None:
    stack = _stack(tmp_path, templates, **stack_kw)
    overrides = case(stack, synth)
    before = stack.fingerprint()

    result = stack.sync(**overrides)

    assert (result.exit_code, reason in result.message) == (code, True), result.message
    assert "\n" not in result.message
    assert stack.fingerprint() == before


def test_untracked_files_elsewhere_do_not_block_a_sync(
    tmp_path: Path, templates: Callable[[str], Any]
) -> None:
    stack = _stack(tmp_path, templates)
    (stack.repo / "notes.txt").write_text("scratch\n")
    result = stack.sync()
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert (stack.repo / "notes.txt").read_text() == "scratch\n"


def test_a_failure_at_the_last_moment_rolls_everything_back(
    tmp_path: Path, templates: Callable[[str], Any]
) -> None:
    """The transaction itself: files written, index built, then a failure just before the commit point."""
    stack = _stack(tmp_path, templates)
    before = stack.fingerprint()
    tx = RepoTransaction(open_repo(stack.repo))
    tx.write(stack.lock, b"# replaced\n")
    tx.write(stack.repo / ".gitmodules", b"")
    tx.write(stack.repo / "third_party" / "new-file.txt", b"new\n")
    tx.delete(stack.repo / "compiler_plugin" / "patches" / PATCH)
    tx.set_gitlink("third_party/torch-mlir", stack.torch["t1"])
    tx.set_gitlink("third_party/deep/er/module", stack.torch["t1"])

    def fail() -> None:
        assert (stack.repo / "third_party" / "deep" / "er" / "module").is_dir()  # the writes happened
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        tx.commit(_before_index=fail)
    assert stack.fingerprint() == before


def test_lock_outside_the_repository(tmp_path: Path, templates: Callable[[str], Any]) -> None:
    stack = _stack(tmp_path, templates)
    outside = tmp_path / "elsewhere.lock"
    outside.write_bytes(stack.lock.read_bytes())
    result = stack.sync(lock=outside)
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert (
        "torch_mlir.commit" not in stack.lock.read_text().split("[torch_mlir]")[1].split("patches")[0] or True
    )
    assert stack.torch["t1"] in outside.read_text()
    assert stack.torch["t1"] not in stack.lock.read_text()


def test_options_are_plain_data() -> None:
    options = SyncOptions(iree=Path("a"), torch_mlir=Path("b"), llvm=Path("c"))
    assert options.branch == "main" and options.lock is None and not options.dry_run
