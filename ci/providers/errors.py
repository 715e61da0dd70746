"""The one error type of the providers: its message says what was wrong and what to do."""

from __future__ import annotations


class ProviderError(RuntimeError):
    """The compiler provider cannot deliver a plugin-enabled compiler; the message says why."""
