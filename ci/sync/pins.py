"""Which torch-mlir commit builds against IREE's LLVM: read the pins and choose.

IREE records LLVM and torch-mlir as gitlinks; each torch-mlir commit records its own LLVM as the
gitlink ``externals/llvm-project``. The newest torch-mlir commit (on the first-parent history of
a branch) whose LLVM pin is an ancestor of, or equal to, IREE's LLVM commit is the one that
builds: it needs nothing LLVM has not yet given IREE.

Speed matters because the real torch-mlir has thousands of first-parent commits, so nothing here
runs one process per commit:

* the history is one ``git rev-list --first-parent``;
* every commit's pin comes from one ``git cat-file --batch`` that reads the ``externals`` tree
  of each commit (``--batch-check`` cannot: a gitlink's object is not in torch-mlir's store);
* ancestry is decided for many pins at once by one ``git rev-list <pins> ^<IREE's LLVM>``: a pin
  is an ancestor of IREE's LLVM exactly when it is not in that list. Pins are checked newest
  first in growing windows, so the walk in the LLVM clone stays short when the answer is near
  the tip (the usual case) and old pins are only looked at when needed.

The answer is exact without assuming that pins move forward along the history (a torch-mlir
revert can move LLVM back), and it is checked once more with ``git merge-base --is-ancestor``.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from ci.errors import BadInput, CiError, NeedsPerson
from ci.sync.git import Git

IREE_LLVM_PATH = "third_party/llvm-project"
IREE_TORCH_MLIR_PATH = "third_party/torch-mlir"
TORCH_MLIR_LLVM_PATH = "externals/llvm-project"

# First window of distinct pins checked together; each later window is four times larger.
_FIRST_WINDOW = 32


@dataclass(frozen=True)
class IreePins:
    commit: str
    llvm_commit: str
    torch_mlir_commit: str | None  # None: this IREE commit carries no torch-mlir submodule


@dataclass(frozen=True)
class Choice:
    """The torch-mlir commit chosen on the branch, and how it stands against IREE's LLVM."""

    branch: str
    branch_commit: str  # the branch tip
    branch_llvm_commit: str | None  # the tip's LLVM pin
    commit: str
    llvm_commit: str
    llvm_commits_behind: int  # git rev-list --count <llvm_commit>..<IREE's LLVM>
    newer_commits_skipped: int  # first-parent commits between the choice and the tip
    walked: int  # first-parent commits read
    # The first-parent commit right after the choice (the first one that does not build), if any.
    next_commit: str | None
    next_llvm_commit: str | None
    # How next_llvm_commit stands to IREE's LLVM: "ahead", "side-branch" or "missing" (not in the clone).
    next_llvm_relation: str | None


@dataclass(frozen=True)
class Relation:
    """How commit ``a`` (e.g. IREE's own torch-mlir pin) stands to commit ``b`` (the choice).

    kind: "same", "behind" (a is an ancestor of b), "ahead" (b is an ancestor of a),
    "diverged", "unknown" (a is not in the clone, e.g. a fork commit) or "none" (no a).
    """

    commit: str | None
    kind: str
    ahead: int = 0  # commits in a, not in b
    behind: int = 0  # commits in b, not in a
    on_branch: bool = False  # a is on the first-parent history that was walked


def read_iree_pins(iree: Git, commit: str) -> IreePins:
    if iree.resolve_commit(commit) is None:
        raise BadInput(
            f"IREE commit {commit} is not in the IREE clone {iree.path}; "
            f"fetch it there (git -C {iree.path} fetch origin {commit}) or fix iree.commit in the lock"
        )
    links = iree.gitlinks(commit, [IREE_LLVM_PATH, IREE_TORCH_MLIR_PATH])
    if IREE_LLVM_PATH not in links:
        raise BadInput(
            f"IREE commit {commit[:12]} in {iree.path} has no {IREE_LLVM_PATH} submodule; "
            "is --iree an IREE clone?"
        )
    return IreePins(commit, links[IREE_LLVM_PATH], links.get(IREE_TORCH_MLIR_PATH))


def first_parent_history(torch_mlir: Git, tip: str) -> list[str]:
    """Commits on the first-parent history of ``tip``, newest first."""
    return torch_mlir.text("rev-list", "--first-parent", tip).split()


def read_llvm_pins(
    torch_mlir: Git, commits: Sequence[str], path: str = TORCH_MLIR_LLVM_PATH
) -> list[str | None]:
    """Each commit's gitlink at ``path`` (None where there is none), with one git process."""
    if not commits:
        return []
    # "<commit>:<folder>" names the folder's tree ("<commit>:" the root tree when there is none).
    folder, _, name = path.rpartition("/")
    request = "".join(f"{c}:{folder}\n" for c in commits).encode()
    out = torch_mlir.run("cat-file", "--batch", input=request).stdout
    hash_bytes = 32 if len(commits[0]) == 64 else 20
    pins: list[str | None] = []
    pos = 0
    for _ in commits:
        eol = out.index(b"\n", pos)
        header = out[pos:eol].split()
        pos = eol + 1
        if header[-1] == b"missing" or len(header) != 3:
            pins.append(None)  # this commit has no `externals` folder (early history)
            continue
        kind, size = header[1], int(header[2])
        body = out[pos : pos + size]
        pos += size + 1  # the object is followed by a newline
        pins.append(_gitlink_in_tree(body, name.encode(), hash_bytes) if kind == b"tree" else None)
    return pins


def _gitlink_in_tree(tree: bytes, name: bytes, hash_bytes: int) -> str | None:
    """Parse a raw tree object (``<mode> <name>\\0<binary id>`` entries) for one gitlink."""
    pos = 0
    while pos < len(tree):
        nul = tree.index(b"\0", pos)
        mode, _, entry = tree[pos:nul].partition(b" ")
        sha = tree[nul + 1 : nul + 1 + hash_bytes]
        pos = nul + 1 + hash_bytes
        if entry == name:
            return sha.hex() if mode == b"160000" else None
    return None


def ancestors_among(llvm: Git, pins: Sequence[str], head: str) -> set[str]:
    """The pins that are ancestors of (or equal to) ``head``, decided with two git processes.

    A pin missing from the clone is not an ancestor: a clone that has ``head`` has all of its
    history (shallow clones are refused before we get here).
    """
    present = llvm.existing_commits(pins)
    if not present:
        return set()
    request = "".join(f"{p}\n" for p in sorted(present)) + f"^{head}\n"
    not_ancestors = set(llvm.text("rev-list", "--stdin", input=request).split())
    return present - not_ancestors


def choose(torch_mlir: Git, llvm: Git, branch: str, llvm_head: str) -> Choice:
    """Choose the newest first-parent commit of ``branch`` whose LLVM pin builds on ``llvm_head``."""
    tip = torch_mlir.resolve_commit(branch)
    if tip is None:
        raise BadInput(
            f"torch-mlir clone {torch_mlir.path} has no branch or commit {branch!r}; "
            "fetch it or pass --branch (e.g. --branch origin/main in a plain clone)"
        )
    commits = first_parent_history(torch_mlir, tip)
    pins = read_llvm_pins(torch_mlir, commits)

    # Runs of consecutive commits with one pin ("segments"), newest first: ancestry is a
    # property of the pin, so one check covers every commit of a run.
    starts = [i for i, pin in enumerate(pins) if pin is not None and (i == 0 or pins[i - 1] != pin)]
    verdict: dict[str, bool] = {}
    chosen: int | None = None
    window, begin = _FIRST_WINDOW, 0
    while chosen is None and begin < len(starts):
        batch = starts[begin : begin + window]
        unknown = [p for p in dict.fromkeys(pins[i] for i in batch) if p is not None and p not in verdict]
        good = ancestors_among(llvm, unknown, llvm_head)
        verdict.update({p: p in good for p in unknown})
        chosen = next((i for i in batch if verdict.get(pins[i] or "", False)), None)
        begin += window
        window *= 4

    if chosen is None:
        oldest = next((p for p in reversed(pins) if p), None)
        raise NeedsPerson(
            f"no commit on torch-mlir {branch} ({len(commits)} first-parent commits read) pins an LLVM "
            f"commit that is an ancestor of IREE's LLVM {llvm_head[:12]}"
            + (f" (the oldest pin read is {oldest[:12]})" if oldest else " (none pins LLVM)")
            + "; IREE's LLVM may be older than torch-mlir's history, or on a fork that lacks upstream commits"
        )
    commit, llvm_commit = commits[chosen], pins[chosen]
    assert llvm_commit is not None
    # Correctness first: confirm the batched answer with git's own ancestry test.
    if not llvm.is_ancestor(llvm_commit, llvm_head):
        raise CiError(
            f"internal error: LLVM {llvm_commit} was taken for an ancestor of {llvm_head}; please report"
        )

    next_commit = commits[chosen - 1] if chosen > 0 else None
    next_llvm = pins[chosen - 1] if chosen > 0 else None
    next_relation = None
    if next_llvm is not None:
        if not llvm.existing_commits([next_llvm]):
            next_relation = "missing"
        else:
            next_relation = "ahead" if llvm.is_ancestor(llvm_head, next_llvm) else "side-branch"
    return Choice(
        branch=branch,
        branch_commit=tip,
        branch_llvm_commit=pins[0] if pins else None,
        commit=commit,
        llvm_commit=llvm_commit,
        llvm_commits_behind=llvm.count(f"{llvm_commit}..{llvm_head}"),
        newer_commits_skipped=chosen,
        walked=len(commits),
        next_commit=next_commit,
        next_llvm_commit=next_llvm,
        next_llvm_relation=next_relation,
    )


def relate(repo: Git, a: str | None, b: str, branch_tip: str) -> Relation:
    """How ``a`` stands to ``b`` in ``repo`` (see Relation); on_branch: ``a`` is in ``branch_tip``."""
    if a is None:
        return Relation(None, "none")
    if not repo.existing_commits([a]):
        return Relation(a, "unknown")
    on_branch = repo.is_ancestor(a, branch_tip)
    if a == b:
        return Relation(a, "same", on_branch=on_branch)
    ahead, behind = repo.left_right_count(a, b)
    kind = "behind" if ahead == 0 else "ahead" if behind == 0 else "diverged"
    return Relation(a, kind, ahead, behind, on_branch)
