"""The torch-mlir patch queue (compiler_plugin/patches/*.patch), applied on a chosen commit.

Each patch is ``git format-patch`` output. The queue order is the lock's ``torch_mlir.patches``
list when it names any patch; files it does not name are appended in file-name order (so adding
a patch file is enough to queue it), and a name without a file is an error. With an empty list
the queue is every file, sorted by name (hence the ``NNNN-`` prefixes).

Patches go onto the chosen commit with ``git am --3way`` in a scratch clone that shares the
torch-mlir clone's objects (``git clone --shared``): the person's or bot's clone is only read,
never written, and everything the scratch clone makes is deleted with it. Per patch:

* applies → kept;
* does not apply, but its reverse does (or git am finds nothing left to change) → its change is
  already upstream: dropped, and reported;
* neither → a conflict a person must resolve: the run stops and names the patch.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from ci.errors import BadInput
from ci.sync.git import Git

PATCH_DIR = Path("compiler_plugin") / "patches"
_NAME_RE = re.compile(r"^[A-Za-z0-9._+-]+\.patch$")

# Identity and settings for the throwaway commits git am makes in the scratch clone; they are
# deleted with it. Hooks and signing from the caller's config must not run on them.
_SCRATCH_CONFIG = (
    "-c", "user.name=torch-iree sync",
    "-c", "user.email=sync@torch-iree.invalid",
    "-c", "commit.gpgsign=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "am.keepcr=false",
    "-c", "apply.whitespace=nowarn",  # a caller's apply.whitespace=error must not fail a patch
)  # fmt: skip


@dataclass(frozen=True)
class QueuedPatch:
    name: str
    path: Path
    listed: bool  # named in the lock's torch_mlir.patches (False: a new file appended to the queue)


@dataclass(frozen=True)
class PatchOutcome:
    name: str
    status: str  # "kept", "dropped" (already upstream) or "conflict"
    detail: str = ""


@dataclass(frozen=True)
class QueueResult:
    outcomes: tuple[PatchOutcome, ...]
    patched_tree: str | None  # tree of the chosen commit with the kept patches applied

    @property
    def kept(self) -> list[str]:
        return [o.name for o in self.outcomes if o.status == "kept"]

    @property
    def dropped(self) -> list[str]:
        return [o.name for o in self.outcomes if o.status == "dropped"]

    @property
    def conflict(self) -> PatchOutcome | None:
        return next((o for o in self.outcomes if o.status == "conflict"), None)


def patch_queue(patch_dir: Path, listed: Sequence[str]) -> list[QueuedPatch]:
    """The patches to apply, in order (see the module docstring for the rules)."""
    files = sorted(p.name for p in patch_dir.glob("*.patch") if p.is_file()) if patch_dir.is_dir() else []
    for name in listed:
        if not _NAME_RE.match(name):
            raise BadInput(
                f"torch_mlir.patches names {name!r}; entries must be file names like 0001-fix.patch"
            )
        if name not in files:
            raise BadInput(
                f"torch_mlir.patches names {name} but {patch_dir / name} does not exist; "
                "restore the file or remove it from the list in the lock"
            )
    if len(set(listed)) != len(listed):
        raise BadInput("torch_mlir.patches names a patch twice; each patch is applied once")
    queue = [QueuedPatch(n, patch_dir / n, True) for n in listed]
    queue += [QueuedPatch(n, patch_dir / n, False) for n in files if n not in listed]
    return queue


def apply_queue(torch_mlir: Git, commit: str, queue: Sequence[QueuedPatch]) -> QueueResult:
    """Apply ``queue`` on ``commit`` in a scratch clone; stop at the first conflict."""
    if not queue:
        return QueueResult((), None)
    scratch_root = Path(tempfile.mkdtemp(prefix="torch-iree-sync-"))
    try:
        scratch = Git(scratch_root / "torch-mlir")
        # --shared borrows the objects through alternates: nothing is copied or written back.
        Git(scratch_root).run(
            "clone",
            "--quiet",
            "--shared",
            "--no-checkout",
            str(torch_mlir.path.resolve()),
            str(scratch.path),
        )
        scratch.run("checkout", "--quiet", "--detach", commit)
        outcomes = []
        for patch in queue:
            outcome = _apply_one(scratch, patch)
            outcomes.append(outcome)
            if outcome.status == "conflict":
                break
        stopped = outcomes[-1].status == "conflict"
        return QueueResult(tuple(outcomes), None if stopped else scratch.text("rev-parse", "HEAD^{tree}"))
    finally:
        shutil.rmtree(scratch_root, ignore_errors=True)


def _apply_one(scratch: Git, patch: QueuedPatch) -> PatchOutcome:
    path = str(patch.path.resolve())
    before = scratch.text("rev-parse", "HEAD^{tree}")
    am = scratch.run(*_SCRATCH_CONFIG, "am", "--3way", path, check=False)
    said = (am.stdout + am.stderr).decode("utf-8", "replace")
    if am.returncode == 0:
        # git am's 3-way fallback succeeds without a commit when the change is already there
        # ("No changes -- Patch already applied."); an unchanged tree says the same.
        if scratch.text("rev-parse", "HEAD^{tree}") == before:
            return PatchOutcome(patch.name, "dropped", "already upstream")
        return PatchOutcome(patch.name, "kept")
    scratch.run("am", "--abort", check=False)
    if "Patch format detection failed" in said or "Patch is empty" in said:
        raise BadInput(
            f"{patch.path} is not a git format-patch mail with a diff; regenerate it with git format-patch"
        )
    # Already upstream when the reverse applies: the patch's result is what is there now.
    if "already applied" in said or scratch.succeeds(*_SCRATCH_CONFIG, "apply", "--check", "--reverse", path):
        return PatchOutcome(patch.name, "dropped", "already upstream")
    return PatchOutcome(patch.name, "conflict", _conflict_summary(said))


def _conflict_summary(said: str) -> str:
    """The lines of git am's output that name what conflicted."""
    keep = [
        line.strip()
        for line in said.splitlines()
        if line.startswith(("error: patch failed", "CONFLICT", "error: "))
        and "could not build fake ancestor" not in line
    ]
    return "; ".join(dict.fromkeys(keep)) or "git am --3way failed"
