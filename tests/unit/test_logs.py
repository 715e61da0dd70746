"""The torch_iree logger: quiet by default, TORCH_IREE_LOG turns it up, bad values are refused."""

from __future__ import annotations

import io
import logging
import os
import subprocess
import sys

import pytest

from torch_iree import _logs as logs


@pytest.fixture(autouse=True)
def _restore_logger():
    logger = logging.getLogger(logs.LOGGER)
    handlers, level = list(logger.handlers), logger.level
    yield
    logger.handlers[:] = handlers
    logger.setLevel(level)


@pytest.mark.parametrize(
    ("text", "level"), [("debug", 10), ("INFO", 20), (" warning ", 30), ("error", 40), ("", None)]
)
def test_levels_from_the_environment(text: str, level: int | None) -> None:
    assert logs.level_from_environment({logs.ENV: text}) == level
    assert logs.level_from_environment({}) is None


@pytest.mark.parametrize("text", ["verbose", "10", "debug,info", "\x00"])
def test_a_value_it_cannot_be_is_ignored_with_a_warning(text: str) -> None:
    with pytest.warns(UserWarning, match="TORCH_IREE_LOG=.* is not one of debug, info, warning, error"):
        assert logs.level_from_environment({logs.ENV: text}) is None


def test_configure_keeps_one_handler_and_filters_by_level() -> None:
    stream = io.StringIO()
    logs.configure(logging.INFO, stream)
    logger = logs.configure(logging.INFO, stream)  # twice: still one handler
    assert sum(isinstance(h, logs._StderrHandler) for h in logger.handlers) == 1
    logging.getLogger("torch_iree.cache").debug("hidden")
    logging.getLogger("torch_iree.cache").info("shown")
    assert stream.getvalue() == "torch_iree: INFO: torch_iree.cache: shown\n"


CHILD = """
import logging, torch_iree
logging.getLogger("torch_iree.compiling").debug("a debug line")
logging.getLogger("torch_iree.compiling").info("an info line")
"""


@pytest.mark.parametrize(
    ("value", "expected"),
    [(None, []), ("info", ["an info line"]), ("debug", ["a debug line", "an info line"])],
)
def test_the_environment_variable_in_a_new_process(value: str | None, expected: list[str]) -> None:
    env = {k: v for k, v in os.environ.items() if k != logs.ENV}
    if value is not None:
        env[logs.ENV] = value
    proc = subprocess.run([sys.executable, "-c", CHILD], capture_output=True, text=True, env=env, check=True)
    lines = [line.rsplit(": ", 1)[-1] for line in proc.stderr.splitlines()]
    assert lines == expected
