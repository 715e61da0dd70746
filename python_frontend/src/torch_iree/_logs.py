"""The ``torch_iree`` logger: quiet by default, turned up with ``TORCH_IREE_LOG``.

Every module logs to a child of ``torch_iree`` (``logging.getLogger(__name__)``). Nothing is
configured unless asked: warnings (a damaged cache entry, say) reach stderr through Python's
own fallback, info and debug stay silent. ``TORCH_IREE_LOG=debug|info|warning|error`` (read
once, at ``import torch_iree``) or the CLI's ``-v``/``-q`` attach one stderr handler at that
level; an application that configures logging itself needs neither.
"""

from __future__ import annotations

import logging
import os
import sys
import warnings
from collections.abc import Mapping
from typing import TextIO

ENV = "TORCH_IREE_LOG"
LEVELS = {"debug": logging.DEBUG, "info": logging.INFO, "warning": logging.WARNING, "error": logging.ERROR}
LOGGER = "torch_iree"


def level_from_environment(environ: Mapping[str, str] = os.environ) -> int | None:
    """The level ``TORCH_IREE_LOG`` names, or None when unset; a value it cannot be is ignored
    with a warning that says what it can be."""
    text = environ.get(ENV, "").strip()
    if not text:
        return None
    level = LEVELS.get(text.lower())
    if level is None:
        warnings.warn(f"{ENV}={text!r} is not one of {', '.join(LEVELS)}; ignored", stacklevel=2)
    return level


def configure(level: int, stream: TextIO | None = None, prefix: str = "torch_iree") -> logging.Logger:
    """Send the torch_iree log at ``level`` and above to ``stream`` (stderr), with one handler
    however often this is called."""
    logger = logging.getLogger(LOGGER)
    logger.setLevel(level)
    handler = next((h for h in logger.handlers if isinstance(h, _StderrHandler)), None)
    if handler is None:
        handler = _StderrHandler()
        logger.addHandler(handler)
    handler.fixed = stream
    handler.setFormatter(logging.Formatter(f"{prefix}: %(levelname)s: %(name)s: %(message)s"))
    return logger


class _StderrHandler(logging.StreamHandler):
    """Writes to the stream given, else to whatever ``sys.stderr`` is when a record comes (it
    may have been replaced since: a redirect, a test's capture)."""

    def __init__(self) -> None:
        logging.Handler.__init__(self)
        self.fixed: TextIO | None = None

    @property
    def stream(self) -> TextIO:
        return self.fixed or sys.stderr

    @stream.setter
    def stream(self, value: TextIO) -> None:
        self.fixed = value


def configure_from_environment(environ: Mapping[str, str] = os.environ) -> None:
    level = level_from_environment(environ)
    if level is not None:
        configure(level)
