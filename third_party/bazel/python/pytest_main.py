"""Entry point of every py_test made by `pytest_test` (defs.bzl): runs pytest on its files.

Bazel runs a py_test as a plain program; this turns that into a pytest run with Bazel's test
protocol: the JUnit XML goes where Bazel collects it (XML_OUTPUT_FILE), and nothing is written
into the read-only runfiles tree (no .pytest_cache, no __pycache__).
"""

from __future__ import annotations

import os
import sys


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


def main(argv: list[str]) -> int:
    sys.dont_write_bytecode = True
    _environment_like_nox()
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


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
