"""Outcomes of a sync as exit codes, and the two kinds of failure a bot must tell apart."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    UPDATED = 0  # changed (or, with --dry-run, would change) the gitlinks and the lock
    BAD_INPUT = 2  # a path, commit, branch or file given to us is wrong: fix the invocation
    UP_TO_DATE = 10  # nothing to do
    NEEDS_PERSON = 20  # no compatible torch-mlir commit, or a patch conflicts


class SyncError(Exception):
    """A sync that cannot finish. The message is one line a person can act on."""

    exit_code = ExitCode.BAD_INPUT
    status = "bad-input"

    def __init__(self, message: str) -> None:
        # One line on stderr is the contract with bots; fold whatever git said into it.
        super().__init__(" ".join(message.split()))


class BadInput(SyncError):
    """Missing repository, unknown commit or branch, dirty work tree, malformed patch or lock."""


class NeedsPerson(SyncError):
    """The inputs are fine, but the bump needs a decision or a patch rebased by a person."""

    exit_code = ExitCode.NEEDS_PERSON
    status = "needs-person"
