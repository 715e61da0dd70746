"""Entry point of every py_test made by `pytest_test` (defs.bzl): runs pytest on its files.

Bazel runs a py_test as a plain program; this turns that into a pytest run with Bazel's test
protocol: the JUnit XML goes where Bazel collects it (XML_OUTPUT_FILE), and nothing is written
into the read-only runfiles tree (no .pytest_cache, no __pycache__).
"""

from __future__ import annotations

import faulthandler
import os
import sys

# Seconds before Bazel's timeout at which every thread's stack is written to the test log.
_STACK_DUMP_MARGIN = 5
_KEEP_OPEN: list[object] = []


def _environment_like_nox() -> None:
    """Make the test process look like it runs inside the activated environment, as under nox.

    Bazel gives tests a fixed PATH (--incompatible_strict_action_env) and no HOME; tests call
    console scripts of the environment (iree-compile, ...) by name, and libraries cache under
    ~ (torch, IREE). The environment's bin/ goes first on PATH, and HOME is the test's own
    scratch directory, which is writable in the sandbox and discarded afterwards.
    """
    bin_dir = os.path.dirname(sys.executable)
    os.environ["PATH"] = os.pathsep.join([bin_dir, os.environ.get("PATH", "")])
    if "HOME" not in os.environ and "TEST_TMPDIR" in os.environ:
        os.environ["HOME"] = os.environ["TEST_TMPDIR"]


def _dump_stacks_before_timeout() -> None:
    """If the test is still running just before Bazel kills it, log where every thread is.

    A killed test leaves only its output so far; CI twice saw a target hang after its last
    test passed with nothing to show where. TEST_TIMEOUT is Bazel's limit in seconds.
    """
    timeout = os.environ.get("TEST_TIMEOUT", "")
    if timeout.isdigit() and int(timeout) > 2 * _STACK_DUMP_MARGIN:
        # A copy of stderr taken now: pytest captures file descriptor 2 while a test runs.
        log = os.fdopen(os.dup(sys.stderr.fileno()), "w")
        faulthandler.dump_traceback_later(int(timeout) - _STACK_DUMP_MARGIN, exit=False, file=log)
        _KEEP_OPEN.append(log)  # faulthandler keeps only the descriptor number


def main(argv: list[str]) -> int:
    sys.dont_write_bytecode = True
    _environment_like_nox()
    _dump_stacks_before_timeout()
    import pytest  # from the environment @local_python points at, not from the workspace

    args = ["-p", "no:cacheprovider", *argv]
    xml_output = os.environ.get("XML_OUTPUT_FILE")
    if xml_output:
        args.append(f"--junitxml={xml_output}")
    # Bazel names a single test with --test_filter; map it to pytest's -k.
    test_filter = os.environ.get("TESTBRIDGE_TEST_ONLY")
    if test_filter:
        args += ["-k", test_filter]
    return int(pytest.main(args))


def _exit_now(code: int) -> None:
    """Leave without interpreter shutdown once the results are out.

    The sandbox is discarded after the test, so the atexit work shutdown would do (pytest's
    temporary directory cleanup, joining leftover threads, finalizers) buys nothing, and a
    hang there would turn a passed test into a timeout.
    """
    faulthandler.cancel_dump_traceback_later()
    sys.stdout.flush()
    sys.stderr.flush()
    os._exit(code)


if __name__ == "__main__":
    _exit_now(main(sys.argv[1:]))
