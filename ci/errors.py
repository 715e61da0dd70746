"""The exit codes of the ci commands and the errors that choose them.

``python -m ci.sync`` and ``python -m ci.qualify`` answer bots with these codes (README.md,
"Keeping up with IREE"); ``ci.corpus`` and ``ci.corpus_replay`` exit 2 on a ``CorpusError``.
Standard library only: ``ci.corpus_replay`` imports this module in a venv that has nothing but
the IREE wheels and numpy.
"""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # sync: changed (or, with --dry-run, would change) the gitlinks and the lock;
    # qualify: nothing broke on the candidate
    BAD_INPUT = 2  # a path, commit, branch, version or file given to us is wrong: fix the invocation
    UP_TO_DATE = 10  # sync: nothing to do
    NEEDS_PERSON = 20  # sync: no compatible torch-mlir commit, or a patch conflicts;
    # qualify: something broke (the report says what), or a suite could not run
    # What OK means to each command (the same code, 0).
    UPDATED = 0
    QUALIFIES = 0


class CiError(Exception):
    """A command that cannot finish. The message is one line a person or a bot can act on."""

    exit_code = ExitCode.BAD_INPUT
    status = "bad-input"

    def __init__(self, message: str) -> None:
        # One line on stderr is the contract with bots; fold whatever git or pip said into it.
        super().__init__(" ".join(message.split()))


class BadInput(CiError):
    """Missing repository, unknown commit, branch or version, dirty work tree, malformed file."""


class NeedsPerson(CiError):
    """The inputs are fine, but the outcome needs a decision or a patch rebased by a person."""

    exit_code = ExitCode.NEEDS_PERSON
    status = "needs-person"


class CorpusError(BadInput):
    """The IR corpus cannot be generated, checked or replayed as asked (a missing or malformed
    entry, an unknown entry name or target, a corpus over its size limit)."""
