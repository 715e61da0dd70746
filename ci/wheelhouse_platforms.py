"""The wheelhouse for every platform and Python in the stack lock (``nox -s build -- --all-platforms``).

For each (platform, python) target of the lock's ``[wheelhouse]`` matrix, pip resolves the
locked IREE wheels and their dependencies *for that target* (``--platform``, ``--python-version``,
``--implementation cp``, binary only) and downloads them next to our pure-Python wheel. Targets
IREE publishes no wheels for are known gaps: skipped, said in the output and in the manifest,
never a failure. A target that is not a known gap and does not resolve is an error.

Resolution and download are separate (``resolve_target`` uses ``pip install --dry-run --report``,
which reads only metadata), so the planning logic is testable without ~1 GB of downloads.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
import tempfile
from collections.abc import Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ci.lock import StackLock
from ci.wheelhouse import MANIFEST, _sha256, iree_requirements

# IREE 3.13.0 publishes no cp310 wheels for macOS and Windows (checked with pip against PyPI;
# the lock's comment says the same). Keyed by platform prefix and Python version.
KNOWN_GAPS: dict[tuple[str, str], str] = {
    ("macosx", "3.10"): "IREE publishes no cp310 wheels for macOS",
    ("win", "3.10"): "IREE publishes no cp310 wheels for Windows",
}


class WheelhouseError(RuntimeError):
    """A target of the lock's matrix cannot be gathered; the message says which and why."""


@dataclass(frozen=True)
class Target:
    platform: str
    python: str

    @property
    def label(self) -> str:
        return f"cp{self.python.replace('.', '')}-{self.platform}"

    def pip_args(self) -> list[str]:
        # --only-binary is required by pip with --platform; cp, because IREE ships CPython wheels.
        platforms = [arg for tag in platform_tags(self.platform) for arg in ("--platform", tag)]
        return [
            "--only-binary=:all:",
            *platforms,
            "--python-version",
            self.python,
            "--implementation",
            "cp",
        ]


def platform_tags(platform: str) -> list[str]:
    """``platform`` and the older tags a machine of that platform also installs.

    pip takes a ``--platform manylinux_2_28_x86_64`` literally: without the older glibc tags it
    skips e.g. numpy's ``manylinux_2_17`` wheels (measured: numpy 2.2.6 for cp310). macOS and
    Windows tags pip expands itself.
    """
    match = re.fullmatch(r"manylinux_2_(\d+)_(\w+)", platform)
    if not match:
        return [platform]
    minor, arch = int(match.group(1)), match.group(2)
    tags = [f"manylinux_2_{m}_{arch}" for m in range(minor, 16, -1)]
    return [*tags, f"manylinux2014_{arch}"]


@dataclass(frozen=True)
class Gap:
    platform: str
    python: str
    reason: str


@dataclass(frozen=True)
class ResolvedFile:
    file: str
    sha256: str


@dataclass
class GatherReport:
    targets: dict[str, list[ResolvedFile]] = field(default_factory=dict)  # label -> files
    gaps: list[Gap] = field(default_factory=list)
    downloaded: bool = False

    def manifest_extra(self) -> dict:
        return {
            "platforms": {label: [f.file for f in files] for label, files in sorted(self.targets.items())},
            "known_gaps": [asdict(g) for g in self.gaps],
        }


def known_gap(target: Target) -> str | None:
    for (prefix, python), reason in KNOWN_GAPS.items():
        if target.platform.startswith(prefix) and target.python == python:
            return reason
    return None


def plan_targets(lock: StackLock) -> tuple[list[Target], list[Gap]]:
    """The lock's python × platforms, split into targets to gather and known gaps."""
    targets, gaps = [], []
    for platform in lock.wheelhouse.platforms:
        for python in lock.wheelhouse.python:
            target = Target(platform, python)
            reason = known_gap(target)
            if reason:
                gaps.append(Gap(platform, python, reason))
            else:
                targets.append(target)
    return targets, gaps


def resolve_target(target: Target, requirements: Iterable[str], deps: bool = True) -> list[ResolvedFile]:
    """The wheels pip picks for ``requirements`` on ``target``, from metadata only (no download)."""
    with tempfile.TemporaryDirectory(prefix="torch-iree-resolve-") as tmp:
        report = Path(tmp) / "report.json"
        command = [
            sys.executable, "-m", "pip", "install", "--dry-run", "--quiet", "--disable-pip-version-check",
            "--ignore-installed", *target.pip_args(), "--target", str(Path(tmp) / "target"),
            "--report", str(report), *([] if deps else ["--no-deps"]), *requirements,
        ]  # fmt: skip
        proc = subprocess.run(command, capture_output=True, text=True)
        if proc.returncode != 0:
            raise WheelhouseError(
                f"pip cannot resolve {' '.join(requirements)} for {target.label}:\n{proc.stderr.strip()[-2000:]}\n"
                "If IREE stopped publishing this target, add it to KNOWN_GAPS in ci/wheelhouse_platforms.py "
                "or drop it from [wheelhouse] in third_party/stack.lock"
            )
        data = json.loads(report.read_text())
    files = []
    for item in data["install"]:
        info = item["download_info"]
        sha = info.get("archive_info", {}).get("hashes", {}).get("sha256", "")
        files.append(ResolvedFile(info["url"].rsplit("/", 1)[-1], sha))
    return sorted(files, key=lambda f: f.file)


def resolve_all(
    lock: StackLock, requirements: list[str] | None = None, jobs: int = 6, deps: bool = True
) -> GatherReport:
    """Resolve every target of the lock (in parallel: pip is network-bound here)."""
    requirements = requirements or iree_requirements(lock)
    targets, gaps = plan_targets(lock)
    with ThreadPoolExecutor(max_workers=jobs) as pool:
        resolved = list(pool.map(lambda t: resolve_target(t, requirements, deps), targets))
    return GatherReport({t.label: files for t, files in zip(targets, resolved, strict=True)}, gaps)


def gather_all_platforms(lock: StackLock, wheelhouse: Path, log=print) -> GatherReport:
    """Download the locked IREE wheels and their dependencies for every target into ``wheelhouse``.

    Files already there with the resolved sha256 are not downloaded again (pip reuses them).
    """
    wheelhouse.mkdir(parents=True, exist_ok=True)
    report = resolve_all(lock)
    for gap in report.gaps:
        log(f"    skipped cp{gap.python.replace('.', '')}-{gap.platform}: {gap.reason} (known gap)")
    wanted = {f.file: f.sha256 for files in report.targets.values() for f in files}
    have = {
        name
        for name, sha in wanted.items()
        if (wheelhouse / name).is_file() and _sha256(wheelhouse / name) == sha
    }
    targets, _ = plan_targets(lock)
    for target in targets:
        files = report.targets[target.label]
        if all(f.file in have for f in files):
            continue
        pins = [_pin(f.file) for f in files]
        log(f"    {target.label}: {len(files)} wheels")
        subprocess.run(
            [
                sys.executable,
                "-m",
                "pip",
                "download",
                "--quiet",
                "--disable-pip-version-check",
                "--no-deps",
                *target.pip_args(),
                "--dest",
                str(wheelhouse),
                *pins,
            ],  # fmt: skip
            check=True,
        )
        report.downloaded = True
        have.update(f.file for f in files)
    for name, sha in wanted.items():
        if not (wheelhouse / name).is_file():
            raise WheelhouseError(f"pip did not download {name} into {wheelhouse}")
        if sha and _sha256(wheelhouse / name) != sha:
            raise WheelhouseError(
                f"{wheelhouse / name} does not have the sha256 PyPI lists ({sha}); delete it and rerun"
            )
    return report


def coverage(lock: StackLock, report: GatherReport) -> dict[str, list[str]]:
    """For each target, the IREE projects missing from its resolved files (empty lists: covered)."""
    from packaging.utils import canonicalize_name, parse_wheel_filename

    from ci.metadata import IREE_PACKAGES

    missing = {}
    for label, files in report.targets.items():
        names = {parse_wheel_filename(f.file)[0] for f in files}
        missing[label] = [p for p in IREE_PACKAGES if canonicalize_name(p) not in names]
    return missing


def _pin(file: str) -> str:
    from packaging.utils import parse_wheel_filename

    name, version, _, _ = parse_wheel_filename(file)
    return f"{name}=={version}"


def read_gaps(wheelhouse: Path) -> list[Gap]:
    data = json.loads((wheelhouse / MANIFEST).read_text())
    return [Gap(**g) for g in data.get("known_gaps", [])]
