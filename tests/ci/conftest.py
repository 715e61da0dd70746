"""Synthetic LLVM, torch-mlir, IREE and torch-iree repositories built with real git.

Histories are written with one ``git fast-import`` per repository (gitlinks included, as
``M 160000 <sha> <path>``), so even a history of hundreds of commits takes a fraction of a
second. Every git command runs with a fixed identity and without the caller's global or system
config, so the tests behave the same on any machine.
"""

from __future__ import annotations

import dataclasses
import hashlib
import os
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType

import pytest

from ci.lock import update_lock
from ci.paths import LOCK_PATH, REPO_ROOT
from ci.sync import SyncOptions, SyncResult, sync

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Test Author",
    "GIT_AUTHOR_EMAIL": "author@example.invalid",
    "GIT_COMMITTER_NAME": "Test Committer",
    "GIT_COMMITTER_EMAIL": "committer@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}
# Taken while this file is being imported: pytest imports every conftest.py outside a package
# under the same module name, so sys.modules["conftest"] may later be another folder's.
_THIS_MODULE = sys.modules[__name__]
PATCH_README = "# the patch queue (test copy)\n"
CONVERSION = "lib/Conversion.cpp"
# The torch-mlir source file patches touch; each test edits lines of it.
BASE_LINES = [f"line {i}" for i in range(1, 11)]


@pytest.fixture
def hermetic_git(monkeypatch: pytest.MonkeyPatch) -> None:
    """The sync's own git calls see no global or system config either (test_sync* modules use
    this through ``pytestmark``; other tests in this folder are left alone)."""
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)


def git(cwd: Path, *args: str, input: bytes | None = None) -> str:
    proc = subprocess.run(
        ["git", *args], cwd=cwd, input=input, capture_output=True, env={**os.environ, **GIT_ENV}, check=False
    )
    if proc.returncode != 0:
        raise AssertionError(f"git {' '.join(args)} failed in {cwd}:\n{proc.stderr.decode()}")
    return proc.stdout.decode().strip()


@dataclass
class _Commit:
    branch: str
    parent: int | None
    merge: int | None
    message: str
    files: dict[str, str | None]
    gitlinks: dict[str, str]


@dataclass
class History:
    """Commits to write with one fast-import; ``commit`` returns an index into ``build()``'s shas."""

    commits: list[_Commit] = field(default_factory=list)
    heads: dict[str, int] = field(default_factory=dict)

    def commit(
        self,
        message: str,
        *,
        files: dict[str, str | None] | None = None,
        gitlinks: dict[str, str] | None = None,
        branch: str = "main",
        parent: int | None = -1,  # -1: the branch's previous commit (or the root)
        merge: int | None = None,
    ) -> int:
        if parent == -1:
            parent = self.heads.get(branch)
        self.commits.append(_Commit(branch, parent, merge, message, files or {}, gitlinks or {}))
        self.heads[branch] = len(self.commits) - 1
        return len(self.commits) - 1

    def build(self, path: Path) -> list[str]:
        """Write the history into a new bare repository at ``path``; return the commit ids."""
        git(path.parent, "init", "--quiet", "--bare", "--initial-branch=main", path.name)
        stream: list[bytes] = []
        for i, c in enumerate(self.commits):
            when = 1_700_000_000 + i * 60
            msg = c.message.encode()
            stream.append(f"commit refs/heads/{c.branch}\nmark :{i + 1}\n".encode())
            stream.append(f"author A <a@x> {when} +0000\ncommitter C <c@x> {when} +0000\n".encode())
            stream.append(f"data {len(msg)}\n".encode() + msg + b"\n")
            if c.parent is not None:
                stream.append(f"from :{c.parent + 1}\n".encode())
            if c.merge is not None:
                stream.append(f"merge :{c.merge + 1}\n".encode())
            for name, text in c.files.items():
                if text is None:
                    stream.append(f"D {name}\n".encode())
                else:
                    data = text.encode()
                    stream.append(f"M 100644 inline {name}\ndata {len(data)}\n".encode() + data + b"\n")
            for name, sha in c.gitlinks.items():
                stream.append(f"M 160000 {sha} {name}\n".encode())
        marks = path / "marks"
        git(path, "fast-import", "--quiet", f"--export-marks={marks}", input=b"".join(stream))
        by_mark = dict(line.split() for line in marks.read_text().splitlines())
        marks.unlink()
        return [by_mark[f":{i + 1}"] for i in range(len(self.commits))]


def text(lines: list[str]) -> str:
    return "".join(f"{line}\n" for line in lines)


def with_lines(changes: dict[int, str]) -> str:
    """lib/Conversion.cpp with some lines (1-based) replaced."""
    return text([changes.get(i + 1, line) for i, line in enumerate(BASE_LINES)])


def make_patch(torch_mlir: Path, base: str, content: str, subject: str, work: Path) -> str:
    """A git format-patch mail that changes lib/Conversion.cpp of ``base`` to ``content``."""
    clone = work / f"patch-{hashlib.sha1(subject.encode()).hexdigest()[:8]}"
    git(work, "clone", "--quiet", "--no-checkout", str(torch_mlir), str(clone))
    git(clone, "checkout", "--quiet", "--detach", base)
    (clone / CONVERSION).write_text(content)
    git(clone, "commit", "--quiet", "-am", subject)
    patch = git(clone, "format-patch", "-1", "--stdout") + "\n"
    shutil.rmtree(clone)
    return patch


@dataclass
class Stack:
    """The three upstream clones and our repository, with the commits tests refer to."""

    root: Path
    llvm: Path
    torch_mlir: Path
    iree: Path
    repo: Path
    llvm_main: list[str]
    llvm_side: list[str]
    torch: dict[str, str] = field(default_factory=dict)  # name -> torch-mlir commit
    iree_commit: str = ""

    @property
    def lock(self) -> Path:
        return self.repo / "third_party" / "stack.lock"

    def options(self, **overrides: object) -> SyncOptions:
        base: dict[str, object] = dict(
            iree=self.iree, torch_mlir=self.torch_mlir, llvm=self.llvm, repo=self.repo
        )
        base.update(overrides)
        return SyncOptions(**base)  # type: ignore[arg-type]

    def sync(self, **overrides: object) -> SyncResult:
        return sync(self.options(**overrides))

    def fingerprint(self) -> str:
        return repo_fingerprint(self.repo)

    def copy(self, root: Path) -> Stack:
        """The same stack under ``root`` (cheaper than building it again; nothing in it is absolute)."""
        shutil.copytree(self.root, root, symlinks=True)
        moved = {name: root / getattr(self, name).relative_to(self.root) for name in _STACK_PATHS}
        return dataclasses.replace(self, root=root, **moved)


_STACK_PATHS = ("llvm", "torch_mlir", "iree", "repo")


def repo_fingerprint(repo: Path) -> str:
    """A hash of the work tree (every path, type, mode and byte), the index, HEAD and refs."""
    digest = hashlib.sha256()
    for dirpath, dirnames, filenames in os.walk(repo):
        dirnames[:] = sorted(d for d in dirnames if not (dirpath == str(repo) and d == ".git"))
        rel = os.path.relpath(dirpath, repo)
        digest.update(f"dir {rel} {os.stat(dirpath).st_mode:o}\n".encode())
        for name in sorted(filenames):
            path = Path(dirpath, name)
            digest.update(f"file {rel}/{name} {path.lstat().st_mode:o}\n".encode())
            digest.update(hashlib.sha256(path.read_bytes()).digest())
    gitdir = repo / ".git"
    digest.update((gitdir / "index").read_bytes())
    digest.update(git(repo, "for-each-ref").encode() + git(repo, "rev-parse", "HEAD").encode())
    digest.update(str(sorted(p.name for p in gitdir.iterdir())).encode())  # no index.lock left
    return digest.hexdigest()


def clone_fingerprint(clone: Path) -> str:
    """What a sync must never change in an upstream clone: refs, worktrees, config."""
    gitdir = Path(git(clone, "rev-parse", "--absolute-git-dir"))
    listing = git(clone, "for-each-ref") + git(clone, "worktree", "list", "--porcelain")
    return hashlib.sha256(listing.encode() + (gitdir / "config").read_bytes()).hexdigest()


def build_llvm(root: Path, main: int = 8, side_from: int = 2, side: int = 2) -> tuple[list[str], list[str]]:
    """LLVM: a linear main l0..l{main-1} and a side branch of ``side`` commits off l{side_from}."""
    history = History()
    main_idx = [history.commit(f"llvm {i}", files={"llvm/VERSION": f"{i}\n"}) for i in range(main)]
    side_idx = []
    parent = main_idx[side_from]
    for i in range(side):
        parent = history.commit(f"side {i}", files={"llvm/SIDE": f"{i}\n"}, branch="side", parent=parent)
        side_idx.append(parent)
    shas = history.build(root / "llvm.git")
    return [shas[i] for i in main_idx], [shas[i] for i in side_idx]


def build_our_repo(path: Path, iree_commit: str, patches: dict[str, str], listed: list[str]) -> None:
    """torch-iree as the sync sees it: the real lock and .gitmodules, pointed at synthetic IREE."""
    git(path.parent, "init", "--quiet", "--initial-branch=main", path.name)
    (path / "third_party" / "iree").mkdir(parents=True)
    lock = path / "third_party" / "stack.lock"
    shutil.copyfile(LOCK_PATH, lock)
    update_lock(
        {
            "iree.commit": iree_commit,
            "iree.llvm_commit": None,
            "iree.torch_mlir_commit": None,
            "torch_mlir.commit": None,
            "torch_mlir.patches": listed,
        },
        lock,
    )
    shutil.copyfile(REPO_ROOT / ".gitmodules", path / ".gitmodules")
    patch_dir = path / "compiler_plugin" / "patches"
    patch_dir.mkdir(parents=True)
    (patch_dir / "README.md").write_text(PATCH_README)
    for name, body in patches.items():
        (patch_dir / name).write_text(body)
    (path / "README.md").write_text("torch-iree (test copy)\n")
    git(path, "add", "-A")
    git(path, "update-index", "--add", "--cacheinfo", f"160000,{iree_commit},third_party/iree")
    git(path, "commit", "--quiet", "-m", "initial")


def build_stack(
    root: Path,
    torch_commits: list[tuple[str, str, dict[str, str | None]]],
    iree_llvm: str,
    iree_torch_mlir: str | None = None,
    *,
    llvm: tuple[list[str], list[str]] | None = None,
    patches: dict[str, tuple[str, str, str]] | None = None,
    listed: list[str] | None = None,
) -> Stack:
    """Build everything.

    torch_commits: (name, llvm pin, files) on torch-mlir main, oldest first; a pin may be
    "l<N>" / "s<N>" (LLVM main / side commit N) or a full sha.
    iree_llvm: IREE's LLVM pin ("l<N>", "s<N>" or a sha); iree_torch_mlir: a torch commit name.
    patches: file name -> (torch commit name the patch is made on, new file content, subject).
    """
    llvm_main, llvm_side = llvm or build_llvm(root)

    def resolve(pin: str) -> str:
        if pin[0] in "ls" and pin[1:].isdigit():
            return (llvm_main if pin[0] == "l" else llvm_side)[int(pin[1:])]
        return pin

    history = History()
    names = []
    for i, (name, pin, files) in enumerate(torch_commits):
        if i == 0:
            files = {CONVERSION: text(BASE_LINES), **files}
        history.commit(name, files=files, gitlinks={"externals/llvm-project": resolve(pin)})
        names.append(name)
    torch_shas = history.build(root / "torch-mlir.git")
    torch = dict(zip(names, torch_shas, strict=True))

    iree_history = History()
    links = {"third_party/llvm-project": resolve(iree_llvm)}
    if iree_torch_mlir:
        links["third_party/torch-mlir"] = torch.get(iree_torch_mlir, iree_torch_mlir)
    iree_history.commit("iree", files={"README.md": "IREE\n"}, gitlinks=links)
    iree_commit = iree_history.build(root / "iree.git")[0]

    work = root / "work"
    work.mkdir(exist_ok=True)
    patch_files = {
        file: make_patch(root / "torch-mlir.git", torch[base], content, subject, work)
        for file, (base, content, subject) in (patches or {}).items()
    }
    build_our_repo(root / "torch-iree", iree_commit, patch_files, listed or [])
    return Stack(
        root=root,
        llvm=root / "llvm.git",
        torch_mlir=root / "torch-mlir.git",
        iree=root / "iree.git",
        repo=root / "torch-iree",
        llvm_main=llvm_main,
        llvm_side=llvm_side,
        torch=torch,
        iree_commit=iree_commit,
    )


@pytest.fixture(scope="session")
def synth() -> ModuleType:
    """These helpers, for tests: ``synth.build_stack(...)``, ``synth.git(...)``.

    tests/ci has no __init__.py (a package named ``ci`` would shadow the library), so test
    modules cannot import this conftest; the fixture hands it to them instead.
    """
    return _THIS_MODULE
