"""Each contender in its own process: the child runner, interleaved rounds, per-call timing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from .output import read_json

R = TypeVar("R")


@dataclass
class ChildRun:
    """One child process: what it wrote, and how it ended."""

    result: dict[str, Any]  # the child's JSON result; partial or {} if it failed or was killed
    wall_s: float
    returncode: int | None
    timed_out: bool = False
    error: str | None = None  # why it failed: the time limit, its error line, or its exit status


def run_child(
    script: str | Path,
    args: Sequence[str],
    *,
    env: Mapping[str, str] | None = None,
    timeout_s: float | None = None,
    capture: bool = False,
) -> ChildRun:
    """Run ``python SCRIPT --out FILE --child ARGS...`` and read the result the child wrote.

    ``capture``: keep the child's stdout/stderr off the terminal; a failed child's error is then
    the first line of its stderr that says "error:" (a compiler diagnostic beats a traceback's
    closing advice). Otherwise its output shows as it runs (progress lines).
    """
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        out = Path(scratch) / "result.json"
        command = [sys.executable, str(script), "--out", str(out), "--child", *args]
        pipe = subprocess.PIPE if capture else None
        started = time.perf_counter()
        process = subprocess.Popen(
            command,
            env={**_installed_like(os.environ), **(env or {})},
            stdout=pipe,
            stderr=pipe,
            text=True,
            start_new_session=True,  # its own process group: a timeout kills what it started too
        )
        timed_out = False
        try:
            _, stderr = process.communicate(timeout=timeout_s)
        except subprocess.TimeoutExpired:
            timed_out = True
            os.killpg(process.pid, signal.SIGKILL)
            _, stderr = process.communicate()
        run = ChildRun(read_json(out), time.perf_counter() - started, process.returncode, timed_out)
    if timed_out:
        run.error = f"timed out after {timeout_s:.0f} s"
    elif process.returncode != 0:
        lines = [line for line in (stderr or "").splitlines() if "error:" in line or "Error:" in line]
        run.error = (lines[0] if lines else f"exit status {process.returncode}")[:300]
    return run


def _installed_like(environ: Mapping[str, str]) -> dict[str, str]:
    """The parent's environment without ``PYTHONDONTWRITEBYTECODE``: pip writes bytecode when it
    installs a wheel, so a child that recompiled every module's source on import (an editable
    install in a shell that sets it) would time 20-30 ms of compiling no user pays."""
    return {name: value for name, value in environ.items() if name != "PYTHONDONTWRITEBYTECODE"}


def interleaved_rounds(
    contenders: Sequence[str], rounds: int, run_one: Callable[[str, int], R]
) -> dict[str, list[R]]:
    """``run_one(contender, round)`` for every round and contender, contenders interleaved."""
    runs: dict[str, list[R]] = {contender: [] for contender in contenders}
    for round_ in range(rounds):
        for contender in contenders:
            runs[contender].append(run_one(contender, round_))
    return runs


def time_calls(
    fn: Callable[..., Any], args: Sequence[Any], calls: int, warmup: int | None = None
) -> list[float]:
    """Seconds per call of ``fn(*args)`` over ``calls`` calls, after ``warmup`` untimed ones
    (default: a tenth of ``calls``, at least 20)."""
    for _ in range(max(20, calls // 10) if warmup is None else warmup):
        fn(*args)
    samples = []
    for _ in range(calls):
        start = time.perf_counter()
        fn(*args)
        samples.append(time.perf_counter() - start)
    return samples


def quantile(samples: Sequence[float], q: float) -> float:
    """The ``q`` quantile of ``samples`` by the formula ``torch-iree bench`` reports: the sorted
    sample at rank ``round(q * (n - 1))`` (``torch_iree.cli.bench.percentile``)."""
    from torch_iree.cli.bench import percentile  # imports torch: only where a quantile is wanted

    return percentile(sorted(samples), q)


def module_available(name: str) -> bool:
    """Whether ``name`` imports here (an optional contender such as iree.turbine)."""
    try:
        __import__(name)
    except ImportError:
        return False
    return True
