"""The sync itself: plan from the clones and the lock, then change our repo all or nothing.

``sync(SyncOptions(...)) -> SyncResult`` is the whole library entry point; the CLI in
``ci/sync/__main__.py`` only parses arguments and prints. A sync never raises for the failures
a bot must handle: they come back as a SyncResult with an exit code (see ``ExitCode``).
"""

from __future__ import annotations

import shutil
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ci.errors import BadInput, CiError, ExitCode, NeedsPerson
from ci.lock import LockError, StackLock, read_lock, update_lock
from ci.paths import REPO_ROOT
from ci.sync.git import Git, GitError
from ci.sync.patches import PATCH_DIR, QueuedPatch, QueueResult, apply_queue, patch_queue
from ci.sync.pins import (
    IREE_TORCH_MLIR_PATH,
    Choice,
    IreePins,
    Relation,
    choose,
    read_iree_pins,
    relate,
)
from ci.sync.release import IreeRelease, fetch_release
from ci.sync.repo import (
    GITMODULES,
    RepoTransaction,
    dirty_paths,
    gitmodules_with,
    index_entries,
    open_repo,
)

IREE_PATH = "third_party/iree"
LOCK_RELPATH = Path("third_party") / "stack.lock"
# Where our submodules come from when .gitmodules lacks an entry (existing entries are kept).
SUBMODULE_URLS = {
    IREE_PATH: "https://github.com/iree-org/iree.git",
    IREE_TORCH_MLIR_PATH: "https://github.com/llvm/torch-mlir.git",
}


@dataclass(frozen=True)
class SyncOptions:
    iree: Path  # IREE clone (plain or bare)
    torch_mlir: Path  # torch-mlir clone
    llvm: Path  # LLVM clone with IREE's LLVM commit (IREE's fork) and its history
    repo: Path = REPO_ROOT  # our repository (a checkout)
    lock: Path | None = None  # default: <repo>/third_party/stack.lock
    branch: str = "main"  # torch-mlir branch whose first-parent history is searched
    dry_run: bool = False
    iree_version: str | None = None  # move the lock to this IREE release first
    find_links: Path | None = None  # read the release wheel from here instead of PyPI


@dataclass(frozen=True)
class Change:
    kind: str  # "lock" (a field), "gitlink" (an index entry) or "file"
    target: str  # the lock field, or the path in our repository
    old: Any  # None: unresolved / absent
    new: Any  # for files: "modified", "created" or "deleted"
    note: str = ""


@dataclass
class SyncResult:
    """What a sync found and did; filled in as far as the sync got."""

    options: SyncOptions
    exit_code: ExitCode = ExitCode.UPDATED
    status: str = "updated"  # updated, would-update, up-to-date, needs-person, bad-input
    message: str = ""
    lock_before: StackLock | None = None
    release: IreeRelease | None = None  # the IREE release synced to
    iree: IreePins | None = None
    choice: Choice | None = None
    old_torch_mlir: str | None = None
    old_to_new: Relation | None = None  # the previous torch-mlir commit against the choice
    iree_torch_mlir: Relation | None = None  # IREE's own torch-mlir pin against the choice
    queue: list[QueuedPatch] = field(default_factory=list)
    patches: QueueResult | None = None
    changes: list[Change] = field(default_factory=list)
    elapsed_s: float = 0.0


def sync(options: SyncOptions) -> SyncResult:
    started = time.monotonic()
    result = SyncResult(options)
    try:
        _sync(options, result)
    except CiError as exc:
        result.exit_code, result.status, result.message = exc.exit_code, exc.status, str(exc)
    except (GitError, OSError) as exc:
        # Not a case we foresaw (a corrupt clone, a full disk...): still one line and exit 2, and
        # the transaction has already put our repository back if it got that far.
        failed = CiError(f"{type(exc).__name__}: {exc}")
        result.exit_code, result.status, result.message = failed.exit_code, "error", str(failed)
    result.elapsed_s = round(time.monotonic() - started, 3)
    return result


def _open_clone(flag: str, path: Path) -> Git:
    clone = Git(Path(path).resolve())
    if not clone.is_repository():
        raise BadInput(f"{flag} {path} is not a git repository (plain or bare clone expected)")
    return clone


def _sync(options: SyncOptions, result: SyncResult) -> None:
    repo = open_repo(options.repo)
    lock_path = Path(options.lock) if options.lock else repo.path / LOCK_RELPATH
    iree = _open_clone("--iree", options.iree)
    torch_mlir = _open_clone("--torch-mlir", options.torch_mlir)
    llvm = _open_clone("--llvm", options.llvm)
    try:
        lock = read_lock(lock_path)
    except LockError as exc:
        raise BadInput(str(exc)) from None
    result.lock_before = lock

    touched = [str(PATCH_DIR), IREE_PATH, IREE_TORCH_MLIR_PATH, GITMODULES]
    if lock_path.resolve().is_relative_to(repo.path.resolve()):
        touched.append(lock_path.resolve().relative_to(repo.path.resolve()).as_posix())
    dirty = dirty_paths(repo, touched)
    if dirty:
        shown = ", ".join(dirty[:5]) + (f" and {len(dirty) - 5} more" if len(dirty) > 5 else "")
        raise BadInput(f"{repo.path} has uncommitted changes ({shown}); commit or stash them and rerun")
    links = index_entries(repo, [IREE_PATH, IREE_TORCH_MLIR_PATH])
    _refuse_files_under(repo, [IREE_PATH, IREE_TORCH_MLIR_PATH], links)

    # 1. The IREE release, and IREE's pins at its commit.
    if options.iree_version:
        release = fetch_release(options.iree_version, options.find_links)
    else:
        release = IreeRelease(lock.iree.version, lock.iree.build_version, lock.iree.commit)
    result.release = release
    pins = result.iree = read_iree_pins(iree, release.commit)
    if llvm.is_shallow():
        raise BadInput(
            f"--llvm {llvm.path} is a shallow clone; ancestry needs full history (git fetch --unshallow)"
        )
    if not llvm.existing_commits([pins.llvm_commit]):
        raise BadInput(
            f"IREE's LLVM commit {pins.llvm_commit} (IREE {release.commit[:12]}) is not in the LLVM clone "
            f"{llvm.path}; fetch it from IREE's fork: git -C {llvm.path} fetch "
            f"https://github.com/iree-org/llvm-project.git {pins.llvm_commit}"
        )

    # 2. The newest torch-mlir commit that builds on IREE's LLVM.
    choice = result.choice = choose(torch_mlir, llvm, options.branch, pins.llvm_commit)
    result.iree_torch_mlir = relate(torch_mlir, pins.torch_mlir_commit, choice.commit, choice.branch_commit)
    old = lock.torch_mlir.commit or _gitlink(links, IREE_TORCH_MLIR_PATH)
    result.old_torch_mlir = old
    if old is not None:
        result.old_to_new = relate(torch_mlir, old, choice.commit, choice.branch_commit)

    # 3. The patch queue on top of it.
    patch_dir = repo.path / PATCH_DIR
    result.queue = patch_queue(patch_dir, lock.torch_mlir.patches)
    queue_result = result.patches = apply_queue(torch_mlir, choice.commit, result.queue)
    if queue_result.conflict:
        bad = queue_result.conflict
        raise NeedsPerson(
            f"patch {bad.name} does not apply on torch-mlir {choice.commit[:12]} ({bad.detail}); "
            f"rebase it onto that commit (or delete it if it is obsolete) and rerun"
        )

    # 4. Compare with what the repo says now, then change it all at once.
    tx = _stage_changes(repo, lock, lock_path, links, result)
    summary = (
        f"torch-mlir {_short(old)} -> {choice.commit[:12]} (its LLVM {choice.llvm_commit[:12]} is "
        f"{plural(choice.llvm_commits_behind, 'commit')} behind IREE {release.version}'s LLVM "
        f"{pins.llvm_commit[:12]})"
    )
    if not result.changes:
        result.exit_code, result.status = ExitCode.UP_TO_DATE, "up-to-date"
        result.message = (
            f"already up to date: torch-mlir {choice.commit[:12]} is the newest that builds on IREE's LLVM"
        )
    elif options.dry_run:
        result.exit_code, result.status = ExitCode.UPDATED, "would-update"
        result.message = f"dry run, nothing changed; would move {summary}"
    else:
        tx.commit()
        result.exit_code, result.status = ExitCode.UPDATED, "updated"
        result.message = f"updated {summary}; review and commit the staged changes"
        if (repo.path / IREE_TORCH_MLIR_PATH / ".git").exists():
            result.message += f" (then: git submodule update {IREE_TORCH_MLIR_PATH})"


def _stage_changes(
    repo: Git, lock: StackLock, lock_path: Path, links: dict[str, tuple[str, str]], result: SyncResult
) -> RepoTransaction:
    """Record in ``result.changes`` how the repo differs from the plan; stage those changes."""
    release, pins, choice, queue = result.release, result.iree, result.choice, result.patches
    assert release and pins and choice and queue
    lock_changes: dict[str, Any] = {}

    def want(field_name: str, old_value: Any, new_value: Any) -> None:
        if old_value != new_value:
            lock_changes[field_name] = new_value
            result.changes.append(Change("lock", field_name, old_value, new_value))

    want("iree.version", lock.iree.version, release.version)
    want("iree.build_version", lock.iree.build_version, release.build_version)
    want("iree.commit", lock.iree.commit, release.commit)
    want("iree.llvm_commit", lock.iree.llvm_commit, pins.llvm_commit)
    want("iree.torch_mlir_commit", lock.iree.torch_mlir_commit, pins.torch_mlir_commit)
    want("torch_mlir.commit", lock.torch_mlir.commit, choice.commit)
    want("torch_mlir.patches", list(lock.torch_mlir.patches), queue.kept)

    tx = RepoTransaction(repo)
    if lock_changes:
        tx.write(lock_path, _render_lock(lock_path, lock_changes))
    for path, commit in ((IREE_PATH, release.commit), (IREE_TORCH_MLIR_PATH, choice.commit)):
        if _gitlink(links, path) != commit:
            tx.set_gitlink(path, commit)
            result.changes.append(Change("gitlink", path, _gitlink(links, path), commit))
    gitmodules = repo.path / GITMODULES
    new_gitmodules = gitmodules_with(gitmodules.read_bytes() if gitmodules.exists() else None, SUBMODULE_URLS)
    if new_gitmodules is not None:
        tx.write(gitmodules, new_gitmodules)
        action = "modified" if gitmodules.exists() else "created"
        result.changes.append(Change("file", GITMODULES, None, action, "submodule entries added"))
    for name in queue.dropped:
        tx.delete(repo.path / PATCH_DIR / name)
        path = f"{PATCH_DIR.as_posix()}/{name}"
        result.changes.append(Change("file", path, None, "deleted", "already upstream"))
    return tx


def _gitlink(entries: dict[str, tuple[str, str]], path: str) -> str | None:
    mode, sha = entries.get(path, ("", ""))
    return sha if mode == "160000" else None


def _refuse_files_under(repo: Git, paths: list[str], entries: dict[str, tuple[str, str]]) -> None:
    """A submodule path must be a gitlink (or absent), never a tracked file or folder."""
    for path in paths:
        if path in entries and entries[path][0] != "160000":
            raise BadInput(
                f"{path} is a tracked file in {repo.path}, not a submodule; remove it (git rm) and rerun"
            )
        inside = [p for p in index_entries(repo, [path]) if p != path]
        if inside:
            raise BadInput(
                f"{path} holds tracked files in {repo.path} ({inside[0]}, ...); "
                "it must be a submodule: remove them (git rm -r) and rerun"
            )


def _render_lock(lock_path: Path, changes: dict[str, Any]) -> bytes:
    """The lock's new bytes, validated by ci.lock on a scratch copy (the real file is untouched)."""
    with tempfile.TemporaryDirectory(prefix="torch-iree-lock-") as tmp:
        copy = Path(tmp) / lock_path.name
        shutil.copyfile(lock_path, copy)
        try:
            update_lock(changes, copy)
        except LockError as exc:
            raise BadInput(str(exc).replace(str(copy), str(lock_path))) from None
        return copy.read_bytes()


def plural(n: int, noun: str) -> str:
    return f"{n} {noun}" + ("" if n == 1 else "s")


def _short(sha: str | None) -> str:
    return sha[:12] if sha else "(none)"
