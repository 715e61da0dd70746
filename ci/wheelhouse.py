"""The wheelhouse: our frontend wheel plus the locked IREE wheels (and their dependencies) that
install with ``pip install --no-index --find-links dist/wheelhouse "torch-iree[compiler]"`` (without ``[compiler]``: runtime only).

torch is deliberately not gathered: which build a user wants (CPU, CUDA, ROCm) is theirs to
choose, and it is several GB; the venv gets it from the machine's usual index, pinned.
"""

from __future__ import annotations

import hashlib
import json
import shutil
import subprocess
import sys
from dataclasses import asdict, dataclass
from pathlib import Path

from packaging.tags import sys_tags
from packaging.utils import parse_wheel_filename

from ci.atomic import atomic_write_text
from ci.lock import StackLock
from ci.metadata import IREE_PACKAGES

MANIFEST = "manifest.json"
FRONTEND_PROJECT = "torch-iree"


@dataclass(frozen=True)
class WheelEntry:
    file: str
    size: int
    sha256: str


def host_compatible(wheel: Path) -> bool:
    _, _, _, tags = parse_wheel_filename(wheel.name)
    host = set(sys_tags())
    return any(tag in host for tag in tags)


def iree_requirements(lock: StackLock) -> list[str]:
    """What the wheelhouse gathers besides our wheel: everything torch-iree needs but torch."""
    return [*(f"{name}=={lock.iree.version}" for name in IREE_PACKAGES), *lock.frontend.dependencies]


def gather_iree_wheels(lock: StackLock, wheelhouse: Path) -> bool:
    """Download the locked IREE wheels and their dependencies for this host into ``wheelhouse``.

    Returns False (and downloads nothing) when the manifest says they are already there.
    """
    wheelhouse.mkdir(parents=True, exist_ok=True)
    if _manifest_matches(wheelhouse, iree_requirements(lock)):
        return False
    subprocess.run(
        [
            sys.executable,
            "-m",
            "pip",
            "download",
            "--only-binary=:all:",
            "--dest",
            str(wheelhouse),
            *iree_requirements(lock),
        ],
        check=True,
    )
    return True


def add_wheel(wheel: Path, wheelhouse: Path) -> Path:
    """Copy ``wheel`` in, replacing older builds of the same project."""
    name = parse_wheel_filename(wheel.name)[0]
    for old in wheelhouse.glob("*.whl"):
        if parse_wheel_filename(old.name)[0] == name and old.name != wheel.name:
            old.unlink()
    target = wheelhouse / wheel.name
    if (
        not target.exists()
        or target.stat().st_size != wheel.stat().st_size
        or _sha256(target) != _sha256(wheel)
    ):
        shutil.copy2(wheel, target)
    return target


def write_manifest(wheelhouse: Path, requirements: list[str], extra: dict | None = None) -> list[WheelEntry]:
    """Record every wheel with its size and sha256, and what the house was gathered for.

    ``extra`` adds keys (the all-platforms gather records its targets and known gaps there).
    """
    entries = [WheelEntry(w.name, w.stat().st_size, _sha256(w)) for w in sorted(wheelhouse.glob("*.whl"))]
    data = {"requirements": requirements, **(extra or {}), "wheels": [asdict(e) for e in entries]}
    atomic_write_text(wheelhouse / MANIFEST, json.dumps(data, indent=1) + "\n")
    return entries


def read_manifest(wheelhouse: Path) -> list[WheelEntry]:
    data = json.loads((wheelhouse / MANIFEST).read_text())
    return [WheelEntry(**e) for e in data["wheels"]]


def _manifest_matches(wheelhouse: Path, requirements: list[str]) -> bool:
    path = wheelhouse / MANIFEST
    if not path.exists():
        return False
    data = json.loads(path.read_text())
    if data.get("requirements") != requirements:
        return False
    # Sizes, not hashes: re-hashing ~400 MB on every run would cost more than the check saves.
    # Our own wheel is rebuilt independently, so it does not invalidate the downloaded ones.
    return all(
        (wheelhouse / e["file"]).is_file() and (wheelhouse / e["file"]).stat().st_size == e["size"]
        for e in data["wheels"]
        if parse_wheel_filename(e["file"])[0] != FRONTEND_PROJECT
    )


_HASH_CACHE: dict[tuple[str, int, float], str] = {}


def _sha256(path: Path) -> str:
    stat = path.stat()
    key = (str(path), stat.st_size, stat.st_mtime)
    if key not in _HASH_CACHE:
        digest = hashlib.sha256()
        with path.open("rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                digest.update(chunk)
        _HASH_CACHE[key] = digest.hexdigest()
    return _HASH_CACHE[key]
