"""`nox -s build`: the main job.

Builds the frontend wheel, gathers the locked IREE wheels for this host into the wheelhouse,
installs torch-iree from it offline into a venv, smoke-runs a model, prints a summary.

Every step is skipped when its inputs are unchanged since the last run (a content hash of the
frontend sources, the wheelhouse manifest, the venv's install stamp), so a second run with
nothing changed only re-runs the smoke test. ``--fresh`` rebuilds the venv regardless.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
import venv
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from rich.console import Console
from rich.table import Table

from ci import metadata, providers, wheelhouse, wheelhouse_platforms
from ci.atomic import atomic_write_text
from ci.lock import StackLock, read_lock
from ci.paths import DIST_DIR, FRONTEND_DIR, LOCK_PATH

console = Console(highlight=False)


# What the all-platforms gather resolved (targets, known gaps), kept for the manifest step.
_PLATFORMS_STAMP = ".platforms.json"


class BuildError(RuntimeError):
    """A build step failed; the message says which and what to do."""


@dataclass(frozen=True)
class BuildOptions:
    dist: Path = DIST_DIR
    lock_path: Path = LOCK_PATH
    frontend: Path = FRONTEND_DIR
    fresh: bool = False  # rebuild the venv even when its stamp matches
    compiler: str = "prebuilt"  # see ci/providers: "prebuilt" (verified) or "source"
    all_platforms: bool = False  # gather the IREE wheels for every platform × Python in the lock
    dry_run: bool = False  # source provider: print the plan, build nothing

    @property
    def wheelhouse(self) -> Path:
        return self.dist / "wheelhouse"

    @property
    def venv(self) -> Path:
        return self.dist / "venv"


@dataclass
class StepResult:
    name: str
    seconds: float
    reused: bool
    detail: str = ""


@dataclass
class BuildReport:
    steps: list[StepResult] = field(default_factory=list)
    wheels: list[wheelhouse.WheelEntry] = field(default_factory=list)
    smoke: dict = field(default_factory=dict)

    @property
    def total_seconds(self) -> float:
        return sum(step.seconds for step in self.steps)


def run_build(options: BuildOptions) -> BuildReport:
    if options.compiler not in providers.PROVIDERS:
        raise BuildError(f"--compiler={options.compiler}: choose one of {', '.join(providers.PROVIDERS)}")
    lock = read_lock(options.lock_path)
    report = BuildReport()
    if options.compiler == "source":
        # Stops at once (naming the fetch commands) when third_party/iree is not checked out.
        try:
            plan = providers.run_source_build(providers.SourceOptions(), dry_run=options.dry_run)
        except providers.ProviderError as exc:
            raise BuildError(f"--compiler=source: {exc}") from None
        if options.dry_run:
            console.print(plan.render())
            return report
        for wheel in sorted(plan.options.wheel_dir.glob("*.whl")):
            wheelhouse.add_wheel(wheel, options.wheelhouse)
    steps: list[tuple[str, Callable[[], tuple[bool, str]]]] = [
        ("check metadata", lambda: _check_metadata(options, lock)),
        ("frontend wheel", lambda: _build_frontend_wheel(options)),
        ("IREE wheels", lambda: _gather_iree(options, lock)),
        ("wheelhouse manifest", lambda: _write_manifest(options, lock, report)),
        ("offline install", lambda: _install_venv(options, lock)),
        ("smoke run", lambda: _smoke(options, report)),
    ]
    if options.compiler == "prebuilt":
        # The source provider checks its own build's plugin; the version check is the prebuilt's.
        steps.insert(-1, ("verify compiler", lambda: _verify_compiler(options)))
    for index, (name, step) in enumerate(steps, 1):
        console.print(f"[bold][{index}/{len(steps)}] {name}[/bold]")
        start = time.perf_counter()
        reused, detail = step()
        seconds = time.perf_counter() - start
        report.steps.append(StepResult(name, seconds, reused, detail))
        state = "reused" if reused else "done"
        console.print(f"    {state} in {seconds:.1f}s {detail}")
    _write_summary(options, report)
    return report


def _check_metadata(options: BuildOptions, lock: StackLock) -> tuple[bool, str]:
    pyproject = options.frontend / "pyproject.toml"
    if not metadata.matches_lock(lock, pyproject):
        have, want = metadata.current_dependencies(pyproject), metadata.all_requirements(lock)
        raise BuildError(
            f"{pyproject} pins {have} but the stack lock says {want}; run `python -m ci.metadata`"
        )
    return True, "pins match the lock"


def _frontend_hash(frontend: Path) -> str:
    digest = hashlib.sha256()
    files = [frontend / "pyproject.toml", frontend / "README.md"]
    files += sorted(
        p
        for p in (frontend / "src").rglob("*")
        if p.is_file() and not any(part == "__pycache__" or part.endswith(".egg-info") for part in p.parts)
    )
    for path in files:
        digest.update(str(path.relative_to(frontend)).encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.hexdigest()


def _build_frontend_wheel(options: BuildOptions) -> tuple[bool, str]:
    stamp_path = options.dist / ".frontend-wheel.json"
    source_hash = _frontend_hash(options.frontend)
    if stamp_path.exists():
        stamp = json.loads(stamp_path.read_text())
        wheel = options.dist / stamp["wheel"]
        if stamp["source_hash"] == source_hash and wheel.is_file():
            return True, wheel.name
    options.dist.mkdir(parents=True, exist_ok=True)
    with _scratch(options.dist / ".wheel-build") as scratch:
        # Build from a copy: setuptools writes build/ and *.egg-info next to the sources, and
        # the checkout stays clean (and usable read-only, as under Bazel).
        source = scratch / "python_frontend"
        shutil.copytree(
            options.frontend, source, ignore=shutil.ignore_patterns("build", "*.egg-info", "__pycache__")
        )
        # A fixed SOURCE_DATE_EPOCH makes the wheel byte-for-byte reproducible, so a rebuild of
        # unchanged sources does not invalidate the wheelhouse manifest and the venv.
        out = scratch / "out"
        _run(
            [sys.executable, "-m", "build", "--wheel", "--no-isolation", "--outdir", str(out), str(source)],
            env={**os.environ, "SOURCE_DATE_EPOCH": "315532800"},
        )
        (built,) = out.glob("*.whl")
        wheel = options.dist / built.name
        shutil.move(built, wheel)
    atomic_write_text(stamp_path, json.dumps({"source_hash": source_hash, "wheel": wheel.name}))
    return False, wheel.name


def _gather_iree(options: BuildOptions, lock: StackLock) -> tuple[bool, str]:
    if options.all_platforms:
        gathered = wheelhouse_platforms.gather_all_platforms(lock, options.wheelhouse, log=console.print)
        options.wheelhouse.joinpath(_PLATFORMS_STAMP).write_text(json.dumps(gathered.manifest_extra()))
        gaps = ", ".join(f"cp{g.python.replace('.', '')}-{g.platform}" for g in gathered.gaps)
        return not gathered.downloaded, (
            f"iree-base-* {lock.iree.version} for {len(gathered.targets)} targets; known gaps: {gaps or 'none'}"
        )
    downloaded = wheelhouse.gather_iree_wheels(lock, options.wheelhouse)
    return not downloaded, f"iree-base-* {lock.iree.version}"


def _write_manifest(options: BuildOptions, lock: StackLock, report: BuildReport) -> tuple[bool, str]:
    stamp = json.loads((options.dist / ".frontend-wheel.json").read_text())
    wheelhouse.add_wheel(options.dist / stamp["wheel"], options.wheelhouse)
    stamp_path = options.wheelhouse / _PLATFORMS_STAMP
    extra = json.loads(stamp_path.read_text()) if options.all_platforms and stamp_path.exists() else None
    report.wheels = wheelhouse.write_manifest(options.wheelhouse, wheelhouse.iree_requirements(lock), extra)
    return False, f"{len(report.wheels)} wheels"


def _install_venv(options: BuildOptions, lock: StackLock) -> tuple[bool, str]:
    torch_pin = f"torch=={lock.torch.tested[0]}"
    manifest = (options.wheelhouse / wheelhouse.MANIFEST).read_bytes()
    stamp = hashlib.sha256(manifest + torch_pin.encode()).hexdigest()
    stamp_path = options.venv / ".torch-iree-stamp"
    if not options.fresh and stamp_path.exists() and stamp_path.read_text() == stamp:
        return True, f"{options.venv} (stamp matches)"
    shutil.rmtree(options.venv, ignore_errors=True)
    venv.EnvBuilder(with_pip=True, clear=True).create(options.venv)
    python = _venv_python(options.venv)
    # torch comes from the machine's usual index, pinned to the tested version: an unpinned
    # torch would resolve to the newest, multi-GB CUDA build.
    _run([str(python), "-m", "pip", "install", "--disable-pip-version-check", torch_pin])
    _run(
        [
            str(python),
            "-m",
            "pip",
            "install",
            "--disable-pip-version-check",
            "--no-index",
            "--find-links",
            str(options.wheelhouse),
            "torch-iree[compiler]",
        ]
    )
    stamp_path.write_text(stamp)
    return False, f"{options.venv} ({torch_pin})"


def _verify_compiler(options: BuildOptions) -> tuple[bool, str]:
    # The venv's compiler, installed from the wheelhouse: the one users get.
    try:
        result = providers.verify_prebuilt(providers.VerifyOptions(python=_venv_python(options.venv)))
    except providers.ProviderError as exc:
        raise BuildError(f"compiler verification: {exc}") from None
    return False, result.summary()


def _smoke(options: BuildOptions, report: BuildReport) -> tuple[bool, str]:
    script = Path(__file__).with_name("smoke_model.py")
    # Run from the venv folder so `import torch_iree` resolves to the installed wheel,
    # never to python_frontend/src in this checkout.
    # Its own compile cache (beside the venv), so it never reads or fills the user's; the
    # summary says whether the compile was a cache hit (a rerun with nothing changed).
    env = {**os.environ, "TORCH_IREE_CACHE_DIR": str(options.dist / "smoke-cache")}
    env.pop("TORCH_IREE_CACHE", None)
    proc = subprocess.run(
        [str(_venv_python(options.venv)), str(script)],
        cwd=options.venv,
        capture_output=True,
        text=True,
        env=env,
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise BuildError(f"smoke run failed (exit {proc.returncode}):\n{proc.stdout}\n{proc.stderr[-4000:]}")
    report.smoke = json.loads(lines[-1])
    return False, f"max |error| {report.smoke['max_abs_error']:.2e}"


def _write_summary(options: BuildOptions, report: BuildReport) -> None:
    wheels = Table(title="dist/wheelhouse")
    wheels.add_column("wheel")
    wheels.add_column("size", justify="right")
    for entry in report.wheels:
        wheels.add_row(entry.file, f"{entry.size / 2**20:.1f} MiB")
    steps = Table(title="steps")
    for column in ("step", "seconds", "state", "detail"):
        steps.add_column(column)
    for step in report.steps:
        steps.add_row(step.name, f"{step.seconds:.1f}", "reused" if step.reused else "done", step.detail)
    console.print(wheels)
    console.print(steps)
    smoke = report.smoke
    console.print(
        f"smoke: {'OK' if smoke.get('ok') else 'FAILED'}, max |error| {smoke.get('max_abs_error'):.2e}, "
        f"import {smoke.get('import_s')}s, export+compile+run {smoke.get('export_compile_run_s')}s "
        f"({smoke.get('compile', 'compiled')}); "
        f"total {report.total_seconds:.1f}s"
    )
    summary = {
        "steps": [step.__dict__ for step in report.steps],
        "wheels": [entry.__dict__ for entry in report.wheels],
        "smoke": smoke,
        "total_seconds": report.total_seconds,
    }
    atomic_write_text(options.dist / "build-summary.json", json.dumps(summary, indent=1) + "\n")


def _venv_python(path: Path) -> Path:
    return path / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")


def _run(command: list[str], env: dict[str, str] | None = None) -> None:
    console.print(f"    $ {' '.join(command)}", style="dim")
    proc = subprocess.run(command, env=env)
    if proc.returncode != 0:
        raise BuildError(f"command failed with exit {proc.returncode}: {' '.join(command)}")


class _scratch:
    """A fresh, empty folder that is removed afterwards whatever happens."""

    def __init__(self, path: Path) -> None:
        self.path = path

    def __enter__(self) -> Path:
        shutil.rmtree(self.path, ignore_errors=True)
        self.path.mkdir(parents=True)
        return self.path

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="nox -s build --", description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=DIST_DIR, help="output folder (default: dist/)")
    parser.add_argument("--fresh", action="store_true", help="recreate the venv even if unchanged")
    parser.add_argument("--compiler", choices=list(providers.PROVIDERS), default="prebuilt")
    parser.add_argument(
        "--all-platforms", action="store_true", help="IREE wheels for every platform × Python in the lock"
    )
    parser.add_argument("--dry-run", action="store_true", help="with --compiler=source: print the plan only")
    args = parser.parse_args(argv)
    try:
        run_build(
            BuildOptions(
                dist=args.dist.resolve(),
                fresh=args.fresh,
                compiler=args.compiler,
                all_platforms=args.all_platforms,
                dry_run=args.dry_run,
            )
        )
    except BuildError as exc:
        console.print(f"[red]error:[/red] {exc}")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
