"""A persistent, process-safe cache of compiled programs.

An entry is one file, ``<key>.entry``: a JSON header line (format, size and sha256 of the
payload, the ``Compiled`` metadata) followed by the ``.vmfb`` bytes. Writing one file and
renaming it into place makes each entry appear whole or not at all, for any number of
processes; a torn or tampered entry fails its checksum, is deleted and rebuilt, never loaded.
A lock file (``filelock``: portable, and it cleans up after crashed holders) serialises
writers only while they insert and evict; readers take no lock.

Settings: ``TORCH_IREE_CACHE_DIR`` (default: the user cache folder), ``TORCH_IREE_CACHE=0``
disables it, ``TORCH_IREE_CACHE_MAX_MB`` bounds its size (default 2048; least recently used
entries go first).
"""

from __future__ import annotations

import functools
import hashlib
import json
import os
import sys
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock

from torch_iree.compiling import Compiled

ENTRY_FORMAT = 1
_SUFFIX = ".entry"


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    evicted: int = 0


def default_cache_dir() -> Path:
    if configured := os.environ.get("TORCH_IREE_CACHE_DIR"):
        return Path(configured)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
    elif sys.platform == "darwin":
        base = Path.home() / "Library" / "Caches"
    else:
        base = Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache"))
    return base / "torch-iree"


def cache_key(parts: Iterable[bytes | str]) -> str:
    """A stable key from everything that determines the compiled bytes."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


class CompileCache:
    def __init__(self, root: Path, max_bytes: int = 2048 * 2**20) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.stats = CacheStats()

    @classmethod
    def from_environment(cls) -> CompileCache | None:
        """The cache the environment configures (one object per setting, so stats add up)."""
        if os.environ.get("TORCH_IREE_CACHE", "1").lower() in ("0", "false", "off", "no"):
            return None
        max_mb = int(os.environ.get("TORCH_IREE_CACHE_MAX_MB", "2048"))
        return _shared(str(default_cache_dir()), max_mb * 2**20)

    def path(self, key: str) -> Path:
        return self.root / f"{key}{_SUFFIX}"

    def get(self, key: str) -> Compiled | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        compiled = _decode(data)
        if compiled is None:
            self.stats.corrupt += 1
            self.stats.misses += 1
            path.unlink(missing_ok=True)
            return None
        self.stats.hits += 1
        try:
            os.utime(path)  # LRU: a hit makes the entry young again
        except OSError:
            pass
        return compiled

    def put(self, key: str, compiled: Compiled) -> None:
        self.root.mkdir(parents=True, exist_ok=True)
        data = _encode(compiled)
        with FileLock(str(self.root / ".lock")):
            fd, tmp = tempfile.mkstemp(dir=self.root, prefix=".tmp-", suffix=_SUFFIX)
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                    f.flush()
                    os.fsync(f.fileno())
                os.replace(tmp, self.path(key))
            except BaseException:
                Path(tmp).unlink(missing_ok=True)
                raise
            self._evict()

    def _evict(self) -> None:
        entries = []
        for path in self.root.glob(f"*{_SUFFIX}"):
            if path.name.startswith(".tmp-"):
                continue
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            entries.append((stat.st_mtime, stat.st_size, path))
        total = sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
            self.stats.evicted += 1


@functools.cache
def _shared(root: str, max_bytes: int) -> CompileCache:
    return CompileCache(Path(root), max_bytes)


def _encode(compiled: Compiled) -> bytes:
    header = {
        "format": ENTRY_FORMAT,
        "size": len(compiled.vmfb),
        "sha256": hashlib.sha256(compiled.vmfb).hexdigest(),
        "compiled": compiled.metadata(),
    }
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + compiled.vmfb


def _decode(data: bytes) -> Compiled | None:
    newline = data.find(b"\n")
    if newline < 0:
        return None
    try:
        header = json.loads(data[:newline])
        payload = data[newline + 1 :]
        if header.get("format") != ENTRY_FORMAT or header["size"] != len(payload):
            return None
        if hashlib.sha256(payload).hexdigest() != header["sha256"]:
            return None
        return Compiled.from_metadata(payload, header["compiled"])
    except (ValueError, KeyError, TypeError):
        return None
