"""The two sides of a qualification, and whether the candidate's wheels exist and install here.

Both are checked with pip's resolver in ``--dry-run`` mode before anything is installed: it
reads the index's metadata only, so a version that does not exist, has no wheel for this
platform, or (for torch) would be a CUDA build on a machine without an NVIDIA GPU is refused in
seconds with one clear line, instead of after a multi-GB download.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
import sysconfig
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from packaging.requirements import InvalidRequirement, Requirement
from packaging.version import InvalidVersion, Version

from ci.errors import BadInput

IREE_DISTRIBUTIONS = ("iree-base-compiler", "iree-base-runtime")
# A plain release or pre-release number, with an optional local label (2.13.0+cpu); no
# specifiers, spaces or URLs: this text goes into a requirement as ``name==text``.
_VERSION_TEXT = re.compile(r"^[0-9]+(\.[0-9]+)*([a-z0-9.+!-]*)$", re.IGNORECASE)


@dataclass(frozen=True)
class Side:
    """One side of the comparison: the versions its venv gets."""

    name: str  # "baseline" or "candidate"
    iree: str
    torch: str

    def requirements(self) -> list[str]:
        return [f"{dist}=={self.iree}" for dist in IREE_DISTRIBUTIONS] + [f"torch=={self.torch}"]

    def label(self) -> str:
        return f"IREE {self.iree}, torch {self.torch}"


def parse_version(text: str, what: str) -> str:
    """``text`` as a normalised version, or BadInput naming the flag."""
    if not _VERSION_TEXT.match(text.strip()):
        raise BadInput(f"{what} {text!r} is not a version: give a release number such as 3.13.0")
    try:
        return str(Version(text.strip()))
    except InvalidVersion:
        raise BadInput(f"{what} {text!r} is not a version: give a release number such as 3.13.0") from None


def make_sides(iree_locked: str, torch_locked: str, iree: str | None, torch: str | None) -> tuple[Side, Side]:
    """Baseline = the lock; candidate = the lock with the versions given."""
    if iree is None and torch is None:
        raise BadInput("nothing to qualify: give --iree-version and/or --torch-version")
    baseline = Side("baseline", iree_locked, torch_locked)
    candidate = Side(
        "candidate",
        parse_version(iree, "--iree-version") if iree is not None else iree_locked,
        parse_version(torch, "--torch-version") if torch is not None else torch_locked,
    )
    return baseline, candidate


def check_installable(side: Side, find_links: Sequence[Path] = (), python: str = sys.executable) -> None:
    """Resolve the side's wheels for this interpreter and platform without installing them."""
    with tempfile.TemporaryDirectory(prefix="torch-iree-qualify-") as tmp:
        report = Path(tmp) / "report.json"
        argv = [python, "-m", "pip", "install", "--dry-run", "--ignore-installed", "--no-deps"]
        argv += ["--only-binary=:all:", "--quiet", "--report", str(report)]
        for folder in find_links:
            argv += ["--find-links", str(folder)]
        proc = subprocess.run(argv + side.requirements(), capture_output=True, text=True, check=False)
        if proc.returncode != 0:
            raise BadInput(_resolve_error(side, proc.stderr))
        installs = json.loads(report.read_text(encoding="utf-8")).get("install", [])
    torch = next((i for i in installs if i["metadata"]["name"].lower() == "torch"), None)
    if torch is not None and not has_nvidia_gpu():
        cuda = cuda_requirements(torch["metadata"])
        if cuda:
            raise BadInput(
                f"torch {side.torch} resolves to a CUDA build here (it requires {', '.join(cuda[:2])}, ...) "
                f"and this machine has no NVIDIA GPU: put a CPU wheel (torch-{side.torch}+cpu) "
                "in dist/wheelhouse or a --find-links folder"
            )


def _resolve_error(side: Side, stderr: str) -> str:
    """pip's refusal as one line: which requirement, and the versions that do install here."""
    lines = [line for line in stderr.splitlines() if line.startswith("ERROR:")]
    found = re.search(r"requirement (\S+) \(from versions: ([^)]*)\)", stderr)
    if found:
        requirement, versions = found.groups()
        known = versions.strip() or "none"
        return (
            f"{requirement} ({side.name}) has no wheel that installs on this platform "
            f"({platform_tag()}): it does not exist on the index or was not built for it; "
            f"versions that install here: {known}"
        )
    return f"the {side.name}'s wheels ({', '.join(side.requirements())}) do not resolve: " + (
        lines[0].removeprefix("ERROR:").strip() if lines else stderr.strip()[:300] or "pip failed"
    )


def cuda_requirements(metadata: dict[str, Any]) -> list[str]:
    """The NVIDIA runtime libraries a torch wheel requires on this platform (none: a CPU build)."""
    if "+cu" in str(metadata.get("version", "")):
        return [f"local version {metadata['version']}"]
    found = []
    for text in metadata.get("requires_dist", []) or []:
        try:
            requirement = Requirement(text)
        except InvalidRequirement:
            continue
        if not requirement.name.lower().startswith("nvidia-"):
            continue
        if requirement.marker is None or requirement.marker.evaluate({"extra": ""}):
            found.append(requirement.name)
    return found


def has_nvidia_gpu() -> bool:
    return shutil.which("nvidia-smi") is not None


def platform_tag() -> str:
    return f"cp{sys.version_info.major}{sys.version_info.minor}, {sysconfig.get_platform()}"
