"""The entry point Bazel runs for every py_test (third_party/bazel/python/pytest_main.py).

It is run here as Bazel runs it, a plain program with Bazel's test environment variables, on
a small test file written for each case.
"""

from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

from ci.paths import REPO_ROOT

PYTEST_MAIN = REPO_ROOT / "third_party" / "bazel" / "python" / "pytest_main.py"


def _run_like_bazel(
    tmp_path: Path, body: str, timeout: int | None = None
) -> subprocess.CompletedProcess[str]:
    test_file = tmp_path / "test_case.py"
    test_file.write_text(body)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("TEST_", "XML_OUTPUT"))}
    env["TEST_TMPDIR"] = str(tmp_path)
    env["XML_OUTPUT_FILE"] = str(tmp_path / "test.xml")
    if timeout is not None:
        env["TEST_TIMEOUT"] = str(timeout)
    return subprocess.run(
        [sys.executable, str(PYTEST_MAIN), "-q", str(test_file)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_a_thread_left_running_does_not_hold_the_exit(tmp_path: Path) -> None:
    # A non-daemon thread that never ends would make interpreter shutdown wait forever.
    body = (
        "import threading\n"
        "def test_leaves_a_thread():\n"
        "    threading.Thread(target=threading.Event().wait, daemon=False).start()\n"
    )
    started = time.monotonic()
    proc = _run_like_bazel(tmp_path, body)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert time.monotonic() - started < 60
    assert "1 passed" in proc.stdout  # the summary was flushed before leaving
    assert "testsuite" in (tmp_path / "test.xml").read_text()  # Bazel's JUnit XML is written


def test_a_failure_keeps_its_exit_code(tmp_path: Path) -> None:
    proc = _run_like_bazel(tmp_path, "def test_fails():\n    assert 1 == 2\n")
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "1 failed" in proc.stdout


def test_a_test_near_its_timeout_logs_every_stack(tmp_path: Path) -> None:
    # TEST_TIMEOUT=11: stacks are dumped at 6 s, while the test sleeps for 8.
    body = "import time\ndef test_sleeps_past_the_dump():\n    time.sleep(8)\n"
    proc = _run_like_bazel(tmp_path, body, timeout=11)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Timeout" in proc.stderr and "test_sleeps_past_the_dump" in proc.stderr, proc.stderr
