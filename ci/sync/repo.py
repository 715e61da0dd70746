"""Our repository's side of a sync: refuse a dirty tree, then change it all or nothing.

A sync changes up to five things that must agree: the ``third_party/iree`` and
``third_party/torch-mlir`` gitlinks (they exist only in the index), ``.gitmodules``, the stack
lock, and the patch files it drops. ``RepoTransaction`` makes that one change:

1. it takes ``.git/index.lock`` the way git does (create-exclusive), so no git command can
   change the index meanwhile, and a second sync fails fast instead of interleaving;
2. it builds the new index in a temporary file (``GIT_INDEX_FILE``) with one
   ``git update-index --index-info``, and keeps every file it will touch in memory;
3. it writes the files (each atomically) and finally renames the new index over the old one;
   that rename is the commit point.

Any failure before the rename puts every file back byte for byte and releases the lock, so the
work tree, the index and the lock are exactly as they were. (Blobs that ``git hash-object -w``
wrote stay in ``.git/objects`` unreferenced; ``git gc`` removes them, and they change nothing a
person sees.)
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from ci.atomic import atomic_write_bytes
from ci.errors import BadInput
from ci.sync.git import Git

GITMODULES = ".gitmodules"
ZERO_SHA = "0" * 40


def open_repo(path: Path) -> Git:
    """Our repository's top level, checked to be a work tree."""
    repo = Git(path)
    if not repo.is_repository():
        raise BadInput(f"--repo {path} is not a git repository")
    if repo.text("rev-parse", "--is-inside-work-tree") != "true":
        raise BadInput(f"--repo {path} has no work tree; the sync edits files and needs a checkout")
    return Git(Path(repo.text("rev-parse", "--show-toplevel")))


def index_entries(repo: Git, paths: list[str]) -> dict[str, tuple[str, str]]:
    """``{path: (mode, object id)}`` for the index entries at ``paths`` (stage 0)."""
    out = repo.run("ls-files", "--stage", "-z", "--", *paths).stdout.decode()
    entries = {}
    for line in filter(None, out.split("\0")):
        meta, _, path = line.partition("\t")
        mode, sha, _stage = meta.split()
        entries[path] = (mode, sha)
    return entries


def dirty_paths(repo: Git, touched: list[str]) -> list[str]:
    """Tracked changes anywhere, and untracked files where the sync writes or reads patches.

    Untracked files elsewhere (build trees, notes) do not stop a sync. Changes inside a
    checked-out submodule's own work tree do not either (``--ignore-submodules=dirty``); a
    submodule checked out at another commit than its gitlink does.
    """
    out = repo.run(
        "status", "--porcelain=v1", "-z", "--untracked-files=all", "--ignore-submodules=dirty"
    ).stdout.decode("utf-8", "replace")
    dirty = []
    records = iter(out.split("\0"))
    for record in records:
        if not record:
            continue
        code, path = record[:2], record[3:]
        if code[0] in "RC":
            next(records, None)  # a rename's second record is its old name
        if code == "??" and not any(path == t or path.startswith(t.rstrip("/") + "/") for t in touched):
            continue
        dirty.append(path)
    return dirty


@dataclass
class RepoTransaction:
    """Writes, deletions and gitlinks staged together and made in one go by ``commit()``."""

    repo: Git
    writes: dict[str, bytes] = field(default_factory=dict)  # repo-relative path -> new bytes
    deletes: list[str] = field(default_factory=list)
    gitlinks: dict[str, str] = field(default_factory=dict)  # repo-relative path -> commit
    outside_writes: dict[Path, bytes] = field(default_factory=dict)  # files outside the repo (e.g. --lock)

    def write(self, path: Path, data: bytes) -> None:
        rel = self._relative(path)
        if rel is None:
            self.outside_writes[Path(path)] = data
        else:
            self.writes[rel] = data

    def delete(self, path: Path) -> None:
        rel = self._relative(path)
        if rel is None:
            raise ValueError(f"{path} is outside {self.repo.path}")
        self.deletes.append(rel)

    def set_gitlink(self, rel: str, commit: str) -> None:
        self.gitlinks[rel] = commit

    def _relative(self, path: Path) -> str | None:
        try:
            return Path(path).resolve().relative_to(self.repo.path.resolve()).as_posix()
        except ValueError:
            return None

    def commit(self, _before_index: Callable[[], None] | None = None) -> None:
        """Make every staged change, or none. ``_before_index``: a callable run just before the
        commit point, for tests that prove a late failure rolls everything back."""
        root = self.repo.path
        index_path = Path(self.repo.text("rev-parse", "--path-format=absolute", "--git-path", "index"))
        lock_path = index_path.with_name(index_path.name + ".lock")
        try:
            lock_fd = os.open(lock_path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o644)
        except FileExistsError:
            raise BadInput(
                f"{lock_path} exists: another git command is running in {root}; "
                "wait for it (or delete the file if no git process is left) and retry"
            ) from None
        saved: dict[Path, bytes | None] = {}  # original bytes; None: the file did not exist
        saved_modes: dict[Path, int] = {}
        made_dirs: list[Path] = []
        with tempfile.TemporaryDirectory(prefix="torch-iree-sync-index-") as tmp:
            try:
                tmp_index = Path(tmp) / "index"
                if index_path.exists():
                    shutil.copyfile(index_path, tmp_index)
                env = {"GIT_INDEX_FILE": str(tmp_index)}
                tracked = index_entries(self.repo, [*self.writes, *self.deletes, *self.gitlinks])

                info = []
                for rel, data in self.writes.items():
                    proc = self.repo.run("hash-object", "-w", "--stdin", "--path", rel, input=data)
                    blob = proc.stdout.decode().strip()
                    mode = tracked.get(rel, ("100644", ""))[0]
                    info.append(f"{mode} {blob}\t{rel}")
                for rel in self.deletes:
                    info.append(f"0 {ZERO_SHA}\t{rel}")
                for rel, commit in self.gitlinks.items():
                    info.append(f"160000 {commit}\t{rel}")
                if info:
                    self.repo.run(
                        "update-index",
                        "--index-info",
                        input="".join(f"{x}\n" for x in info).encode(),
                        env=env,
                    )

                # Files: remember, then write. Gitlinks get an empty folder like any
                # uninitialised submodule (git status calls a missing one deleted).
                for path in [
                    *(root / r for r in self.writes),
                    *(root / r for r in self.deletes),
                    *self.outside_writes,
                ]:
                    saved[path] = path.read_bytes() if path.exists() else None
                    if path.exists():
                        saved_modes[path] = path.stat().st_mode & 0o7777
                for rel, data in self.writes.items():
                    atomic_write_bytes(root / rel, data)
                for path, data in self.outside_writes.items():
                    atomic_write_bytes(path, data)
                for rel in self.deletes:
                    (root / rel).unlink()
                for rel in self.gitlinks:
                    folder = root / rel
                    missing = [p for p in (folder, *folder.parents) if not p.exists()]
                    if missing:
                        made_dirs.append(missing[-1])  # the outermost folder we create
                        folder.mkdir(parents=True)
                # Fill in stat data for the entries we added, so git status need not rehash them.
                self.repo.run("update-index", "-q", "--refresh", env=env, check=False)
                if _before_index is not None:
                    _before_index()

                with os.fdopen(lock_fd, "wb") as lock_file:
                    lock_fd = -1
                    lock_file.write(tmp_index.read_bytes())
                    lock_file.flush()
                    os.fsync(lock_file.fileno())
                os.replace(lock_path, index_path)  # the commit point
            except BaseException:
                self._restore(saved, saved_modes, made_dirs)
                if lock_fd >= 0:
                    os.close(lock_fd)
                lock_path.unlink(missing_ok=True)
                raise

    @staticmethod
    def _restore(saved: dict[Path, bytes | None], modes: dict[Path, int], made_dirs: list[Path]) -> None:
        for path, data in saved.items():
            if data is None:
                path.unlink(missing_ok=True)
            else:
                atomic_write_bytes(path, data)
                os.chmod(path, modes[path])
        for folder in reversed(made_dirs):
            shutil.rmtree(folder, ignore_errors=True)


def gitmodules_with(current: bytes | None, submodules: Mapping[str, str]) -> bytes | None:
    """``.gitmodules`` with an entry for each ``{path: url}`` that has none yet.

    Existing entries are left alone (a fork's url stays). git itself edits a temporary copy, so
    the result is formatted exactly as ``git submodule add`` would write it. Returns None when
    nothing needs to change.
    """
    with tempfile.TemporaryDirectory(prefix="torch-iree-gitmodules-") as tmp:
        copy = Path(tmp) / GITMODULES
        copy.write_bytes(current or b"")
        config = Git(Path(tmp))
        listed = config.run("config", "-f", str(copy), "--get-regexp", r"^submodule\..*\.path$", check=False)
        have = {line.split(" ", 1)[1] for line in listed.stdout.decode().splitlines() if " " in line}
        missing = [path for path in submodules if path not in have]
        for path in missing:
            # Like third_party/iree: pinned, fetched only when needed, and then shallowly.
            for key, value in (("path", path), ("url", submodules[path]), ("shallow", "true")):
                config.run("config", "-f", str(copy), f"submodule.{path}.{key}", value)
        return copy.read_bytes() if missing else None
