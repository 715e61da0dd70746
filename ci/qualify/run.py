"""A whole qualification: sides → venvs → suites on both sides → comparison → verdict.

The parent process (this one) needs only the standard library, packaging, filelock and tomlkit:
torch and IREE live in the sides' venvs. Suites run one at a time, baseline then candidate, so
the two sides of a benchmark see the same machine state as nearly as possible.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ci.errors import BadInput, ExitCode
from ci.lock import LockError, read_lock
from ci.paths import LOCK_PATH, REPO_ROOT
from ci.qualify import compare, venvs, versions
from ci.qualify.compare import Comparison, Outcome
from ci.qualify.suites import SIZES, SUITES, Suite
from ci.qualify.versions import Side

# Benchmark changes within this fraction are noise (`same`). Measured on this repository's 2-core
# machine (benchmarks/results/qualify_noise.md): an A/A run of the lock against itself moved up to
# 1.47x, and two runs of the same IREE 3.12.0 vs 3.13.0 qualification disagreed by up to 1.9x on
# one model, so a change counts from 2x (or 1/2) on.
NOISE_THRESHOLD = 1.0
SUITE_ENTRY = "(suite)"  # the entry that stands for a suite that produced no results on a side


@dataclass(frozen=True)
class QualifyOptions:
    iree_version: str | None = None
    torch_version: str | None = None
    suites: tuple[str, ...] = tuple(SUITES)
    size: str = "default"  # smoke, default, full
    noise: float = NOISE_THRESHOLD
    work_dir: Path = REPO_ROOT / "build" / "qualify"
    lock: Path = LOCK_PATH
    baseline_python: Path | None = None  # an existing environment with the lock's versions
    find_links: tuple[Path, ...] = ()  # more wheel folders (e.g. a CPU torch build), before the index

    def __post_init__(self) -> None:
        unknown = [s for s in self.suites if s not in SUITES]
        if unknown or not self.suites:
            raise BadInput(
                f"unknown suites {', '.join(unknown) or '(none given)'}: choose from {', '.join(SUITES)}"
            )
        if self.size not in SIZES:
            raise BadInput(f"unknown size {self.size!r}: choose from {', '.join(SIZES)}")
        if not 0 <= self.noise < 10:
            raise BadInput(f"noise threshold {self.noise} is not a fraction such as 0.15")


@dataclass
class SideRun:
    side: Side
    installed: dict[str, str] = field(default_factory=dict)
    outcomes: dict[str, dict[str, Outcome]] = field(default_factory=dict)  # suite → entries
    errors: dict[str, str] = field(default_factory=dict)  # suite → why it gave no results
    seconds: dict[str, float] = field(default_factory=dict)


@dataclass
class QualifyResult:
    options: QualifyOptions
    exit_code: ExitCode = ExitCode.QUALIFIES
    status: str = "qualifies"  # qualifies, needs-person, bad-input
    message: str = ""
    baseline: SideRun | None = None
    candidate: SideRun | None = None
    rows: list[Comparison] = field(default_factory=list)
    elapsed_s: float = 0.0


def qualify(options: QualifyOptions, log: Callable[[str], None] = print) -> QualifyResult:
    started = time.monotonic()
    result = QualifyResult(options)
    try:
        _qualify(options, result, log)
    except BadInput as exc:
        result.exit_code, result.status, result.message = ExitCode.BAD_INPUT, "bad-input", str(exc)
    result.elapsed_s = round(time.monotonic() - started, 1)
    return result


def _qualify(options: QualifyOptions, result: QualifyResult, log: Callable[[str], None]) -> None:
    try:
        lock = read_lock(options.lock)
    except (LockError, OSError) as exc:
        raise BadInput(f"cannot read the stack lock: {exc}") from exc
    baseline, candidate = versions.make_sides(
        lock.iree.version, lock.torch.tested[0], options.iree_version, options.torch_version
    )
    log(f"qualifying {candidate.label()} against the lock ({baseline.label()})")
    links = venvs.find_links(options.find_links)
    for side in (candidate,) if options.baseline_python else (baseline, candidate):
        versions.check_installable(side, links)
    result.baseline, result.candidate = SideRun(baseline), SideRun(candidate)
    checkout = venvs.snapshot(options.work_dir)  # what both sides run, whatever happens to the tree
    log(f"code under test: a snapshot of this checkout in {checkout}")
    pythons = {}
    for run in (result.baseline, result.candidate):
        if run is result.baseline and options.baseline_python:
            venv = venvs.Venv(options.baseline_python.parent.parent, options.baseline_python)
        else:
            venv = venvs.ensure(run.side, options.work_dir, links, log)
        run.installed = venvs.installed_versions(venv)
        pythons[run.side.name] = venv.python
        log(f"{run.side.name}: {', '.join(f'{k} {v}' for k, v in run.installed.items())}")
    runs_dir = options.work_dir / "last-run"
    shutil.rmtree(runs_dir, ignore_errors=True)
    for index, name in enumerate(options.suites, 1):
        for run in (result.baseline, result.candidate):
            prefix = f"[{index}/{len(options.suites)} {name} {run.side.name}]"
            side_dir = runs_dir / run.side.name
            _run_suite(
                SUITES[name], options.size, pythons[run.side.name], side_dir, checkout, run, prefix, log
            )
    result.rows = comparisons(result.baseline, result.candidate, options)
    decide(result)


def _run_suite(
    suite: Suite,
    size: str,
    python: Path,
    side_dir: Path,
    checkout: Path,
    run: SideRun,
    prefix: str,
    log: Callable[[str], None],
) -> None:
    work = side_dir / suite.name
    work.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    env |= {"TORCH_IREE_CACHE_DIR": str(work / "cache"), "PYTHONNOUSERSITE": "1", "PYTHONUNBUFFERED": "1"}
    # torch's deprecation warnings would drown the progress lines; they say nothing about a side.
    env["PYTHONWARNINGS"] = "ignore::FutureWarning,ignore::DeprecationWarning"
    started = time.monotonic()
    log(f"{prefix} running")
    code, tail = stream(
        [str(python), *suite.argv(work, size, checkout)],
        checkout,
        env,
        work / "log.txt",
        suite.timeout_s,
        lambda line: log(f"{prefix} {line}"),
    )
    run.seconds[suite.name] = round(time.monotonic() - started, 1)
    try:
        run.outcomes[suite.name] = suite.parse(work)
    except (OSError, ValueError, KeyError, TypeError) as exc:
        why = tail or f"{type(exc).__name__}: {exc}"
        run.errors[suite.name] = f"exit {code}: {why}"[:300]
        log(f"{prefix} produced no results: {run.errors[suite.name]}")
        return
    found = run.outcomes[suite.name]
    working = compare.passing(suite.name, found)
    log(f"{prefix} {working}/{len(found)} working ({run.seconds[suite.name]:.0f} s)")


def stream(
    argv: Sequence[str],
    cwd: Path,
    env: dict[str, str],
    log_file: Path,
    timeout_s: float,
    echo: Callable[[str], None],
) -> tuple[int, str]:
    """Run ``argv`` in ``cwd``, echoing and saving its output; (exit status, last line)."""
    last = ""
    timed_out = threading.Event()
    with log_file.open("w", encoding="utf-8") as saved:
        proc = subprocess.Popen(
            argv, cwd=cwd, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )

        def kill() -> None:
            timed_out.set()
            proc.kill()

        timer = threading.Timer(timeout_s, kill)
        timer.start()
        try:
            assert proc.stdout is not None
            for line in proc.stdout:
                saved.write(line)
                if line.strip():
                    last = line.strip()
                    echo(last)
            code = proc.wait()
        finally:
            timer.cancel()
    return code, (f"timed out after {timeout_s:.0f} s" if timed_out.is_set() else last)


def comparisons(baseline: SideRun, candidate: SideRun, options: QualifyOptions) -> list[Comparison]:
    rows = []
    for name in options.suites:
        before, after = dict(baseline.outcomes.get(name, {})), dict(candidate.outcomes.get(name, {}))
        if name in baseline.errors or name in candidate.errors:
            # A suite that did not run on one side: one entry says so (and a whole suite that
            # stopped working on the candidate is broken).
            before[SUITE_ENTRY] = (
                Outcome("crash", baseline.errors[name]) if name in baseline.errors else Outcome("pass")
            )
            after[SUITE_ENTRY] = (
                Outcome("crash", candidate.errors[name]) if name in candidate.errors else Outcome("pass")
            )
        rows += compare.compare_suite(name, before, after, options.noise)
    return rows


def decide(result: QualifyResult) -> None:
    assert result.baseline is not None
    broken = [row for row in result.rows if row.verdict == "broken"]
    if result.baseline.errors:
        suites = ", ".join(sorted(result.baseline.errors))
        result.exit_code, result.status = ExitCode.NEEDS_PERSON, "needs-person"
        result.message = (
            f"the baseline could not run {suites}: the comparison is incomplete (see the suite logs)"
        )
    elif broken:
        result.exit_code, result.status = ExitCode.NEEDS_PERSON, "needs-person"
        result.message = f"{len(broken)} entr{'y' if len(broken) == 1 else 'ies'} broke on the candidate"
    else:
        found = compare.counts(result.rows)
        result.message = (
            f"nothing broke ({found['fixed']} fixed, {found['slower']} slower, {found['faster']} faster)"
        )
