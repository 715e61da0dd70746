"""A small, typed wrapper over the ``git`` command line, used on clones we do not own.

Everything here runs ``git -C <path> ...`` as a subprocess: the clones may be bare or plain,
and plumbing commands behave the same on both. Environment variables that would redirect git
to another repository (``GIT_DIR``, ``GIT_INDEX_FILE``, ...) are dropped, so the bot behaves
the same when it is started from a git hook or another tool's environment.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

# Variables that point git at a different repository, index or object store than `-C path`.
_REDIRECTING_ENV = (
    "GIT_DIR",
    "GIT_WORK_TREE",
    "GIT_INDEX_FILE",
    "GIT_OBJECT_DIRECTORY",
    "GIT_ALTERNATE_OBJECT_DIRECTORIES",
    "GIT_COMMON_DIR",
    "GIT_NAMESPACE",
    "GIT_PREFIX",
    "GIT_QUARANTINE_PATH",
)


class GitError(RuntimeError):
    """A git command failed; carries the command and what git printed."""

    def __init__(self, args: Sequence[str], returncode: int, stderr: str) -> None:
        self.git_args = tuple(args)
        self.returncode = returncode
        self.stderr = stderr.strip()
        first = self.stderr.splitlines()[0] if self.stderr else f"exit status {returncode}"
        super().__init__(f"git {' '.join(args)}: {first}")


def git_env(extra: Mapping[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _REDIRECTING_ENV}
    # Stable, parseable messages (we look for a few of git am's phrases).
    env["LC_ALL"] = "C"
    env["LANGUAGE"] = "C"
    # Never prompt: a bot has no terminal, and nothing here needs credentials.
    env["GIT_TERMINAL_PROMPT"] = "0"
    # `git status` would otherwise refresh and rewrite the index as a side effect; a run that
    # fails (or a dry run) must leave .git/index byte for byte as it was.
    env["GIT_OPTIONAL_LOCKS"] = "0"
    if extra:
        env.update(extra)
    return env


@dataclass(frozen=True)
class Git:
    """One repository (bare or with a work tree), addressed by path."""

    path: Path

    def run(
        self,
        *args: str,
        input: bytes | None = None,
        check: bool = True,
        env: Mapping[str, str] | None = None,
    ) -> subprocess.CompletedProcess[bytes]:
        cmd = ["git", "-C", str(self.path), *args]
        proc = subprocess.run(cmd, input=input, capture_output=True, env=git_env(env), check=False)
        if check and proc.returncode != 0:
            raise GitError(args, proc.returncode, proc.stderr.decode("utf-8", "replace"))
        return proc

    def text(self, *args: str, input: str | None = None, env: Mapping[str, str] | None = None) -> str:
        data = None if input is None else input.encode()
        return self.run(*args, input=data, env=env).stdout.decode("utf-8", "replace").strip()

    def succeeds(self, *args: str) -> bool:
        return self.run(*args, check=False).returncode == 0

    # -- queries -------------------------------------------------------------------------

    def is_repository(self) -> bool:
        return self.path.is_dir() and self.succeeds("rev-parse", "--git-dir")

    def is_shallow(self) -> bool:
        return self.text("rev-parse", "--is-shallow-repository") == "true"

    def resolve_commit(self, rev: str) -> str | None:
        """The full commit id ``rev`` names here, or None when it names no commit."""
        proc = self.run(
            "rev-parse", "--verify", "--quiet", "--end-of-options", f"{rev}^{{commit}}", check=False
        )
        if proc.returncode != 0:
            return None
        return proc.stdout.decode().strip() or None

    def existing_commits(self, shas: Iterable[str]) -> set[str]:
        """The subset of ``shas`` that are commits in this repository, in one process."""
        wanted = list(dict.fromkeys(shas))
        if not wanted:
            return set()
        out = self.run(
            "cat-file",
            "--batch-check=%(objectname) %(objecttype)",
            input="".join(f"{s}\n" for s in wanted).encode(),
        ).stdout.decode()
        found = set()
        for line in out.splitlines():
            name, _, kind = line.partition(" ")
            if kind == "commit":
                found.add(name)
        return found

    def is_ancestor(self, ancestor: str, descendant: str) -> bool:
        proc = self.run("merge-base", "--is-ancestor", ancestor, descendant, check=False)
        if proc.returncode not in (0, 1):
            raise GitError(
                ("merge-base", "--is-ancestor", ancestor, descendant),
                proc.returncode,
                proc.stderr.decode(),
            )
        return proc.returncode == 0

    def count(self, revision_range: str) -> int:
        return int(self.text("rev-list", "--count", revision_range))

    def left_right_count(self, left: str, right: str) -> tuple[int, int]:
        """(commits only in ``left``, commits only in ``right``)."""
        only_left, only_right = self.text("rev-list", "--left-right", "--count", f"{left}...{right}").split()
        return int(only_left), int(only_right)

    def gitlinks(self, commit: str, paths: Sequence[str]) -> dict[str, str]:
        """Submodule commits recorded at ``paths`` in ``commit`` (paths that are not gitlinks are left out)."""
        out = self.run("ls-tree", "-z", "--full-tree", commit, "--", *paths).stdout.decode()
        links = {}
        for entry in filter(None, out.split("\0")):
            meta, _, path = entry.partition("\t")
            mode, kind, sha = meta.split()
            if mode == "160000" and kind == "commit":
                links[path] = sha
        return links
