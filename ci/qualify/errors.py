"""Exit codes of a qualification (the sync bot's), and the error that means bad input."""

from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    QUALIFIES = 0  # nothing broke on the candidate
    BAD_INPUT = 2  # a version that does not exist or install here, a malformed version, ...
    NEEDS_PERSON = 20  # something broke (the report says what), or a suite could not run


class BadInput(Exception):
    """The invocation is wrong; the message is one line a person or a bot can act on."""

    def __init__(self, message: str) -> None:
        super().__init__(" ".join(message.split()))
