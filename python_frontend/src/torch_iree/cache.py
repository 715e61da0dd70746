"""A persistent, process-safe cache of compiled programs: bytes plus a JSON header.

An entry is one file, ``<key>.entry``: a JSON header line (entry format, size and sha256 of the
payload, and whatever the caller describes the payload with) followed by the payload bytes.
The cache does not know what it stores; ``torch_iree.compiling`` keys and fills it.

Writing one file and renaming it into place makes each entry appear whole or not at all, for
any number of processes; a torn or tampered entry fails its checksum, is deleted and rebuilt,
never returned. A lock file (``filelock``: portable, and it cleans up after crashed holders)
serialises writers only while they insert and evict; readers take no lock. A cache that
cannot be read or written (a full disk, a read-only folder) never breaks a compile: the
failure is logged and the compile goes on without it.

Settings: ``TORCH_IREE_CACHE_DIR`` (default: the user cache folder that ``platformdirs``
names), ``TORCH_IREE_CACHE=0`` disables it, ``TORCH_IREE_CACHE_MAX_MB`` bounds its size
(default 2048; least recently used entries go first).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import time
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from torch_iree._files import atomic_path

log = logging.getLogger(__name__)

ENTRY_FORMAT = 2  # 2: the header's "meta" is the caller's; 1 held a Compiled's metadata
_SUFFIX = ".entry"
_LOCKS = ".locks"
STALE_PARTIAL_S = 3600.0  # a partial entry this old has no live writer
CLAIM_TIMEOUT_S = 1800.0  # wait this long for another process's compile of the same key
DEFAULT_MAX_MB = 2048


@dataclass
class CacheStats:
    hits: int = 0
    misses: int = 0
    corrupt: int = 0
    evicted: int = 0
    errors: int = 0  # reads or writes that failed (and were skipped)


@dataclass(frozen=True)
class CacheEntry:
    meta: dict[str, Any]
    payload: bytes


def default_cache_dir() -> Path:
    if configured := os.environ.get("TORCH_IREE_CACHE_DIR"):
        return Path(configured)
    import platformdirs  # the per-OS user cache folder (XDG, ~/Library/Caches, %LOCALAPPDATA%)

    return Path(platformdirs.user_cache_dir("torch-iree", appauthor=False))


def cache_key(parts: Iterable[bytes | str]) -> str:
    """A stable key from everything that determines the payload (length-prefixed parts, so
    ("ab", "c") and ("a", "bc") differ)."""
    digest = hashlib.sha256()
    for part in parts:
        data = part.encode() if isinstance(part, str) else part
        digest.update(len(data).to_bytes(8, "little"))
        digest.update(data)
    return digest.hexdigest()


def cache_disabled() -> bool:
    return os.environ.get("TORCH_IREE_CACHE", "1").strip().lower() in ("0", "false", "off", "no")


def _max_bytes_from_environment() -> int:
    text = os.environ.get("TORCH_IREE_CACHE_MAX_MB", str(DEFAULT_MAX_MB))
    try:
        max_mb = float(text)
    except ValueError:
        max_mb = -1
    if not max_mb >= 0:  # also NaN
        log.warning("TORCH_IREE_CACHE_MAX_MB=%r is not a size in MB; using %d", text, DEFAULT_MAX_MB)
        max_mb = DEFAULT_MAX_MB
    return int(max_mb * 2**20)


_WARNED: set[tuple[Path, str]] = set()


class CompileCache:
    """One cache folder. Make one with ``CompileCache(root)`` or from the environment."""

    def __init__(self, root: str | Path, max_bytes: int = DEFAULT_MAX_MB * 2**20) -> None:
        self.root = Path(root)
        self.max_bytes = max_bytes
        self.stats = CacheStats()

    @classmethod
    def from_environment(cls) -> CompileCache | None:
        """A cache over the folder the environment configures, or None when it is disabled."""
        if cache_disabled():
            return None
        return cls(default_cache_dir(), _max_bytes_from_environment())

    def path(self, key: str) -> Path:
        return self.root / f"{key}{_SUFFIX}"

    def get(self, key: str) -> CacheEntry | None:
        path = self.path(key)
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            self.stats.misses += 1
            return None
        except OSError as exc:
            self._failed("read", path, exc)
            self.stats.misses += 1
            return None
        entry = decode_entry(data)
        if entry is None:
            log.warning("compile cache entry %s is damaged; it is rebuilt", path.name)
            self.stats.corrupt += 1
            self.stats.misses += 1
            path.unlink(missing_ok=True)
            return None
        self.stats.hits += 1
        try:
            os.utime(path)  # LRU: a hit makes the entry young again
        except OSError:
            pass
        return entry

    def put(self, key: str, meta: Mapping[str, Any], payload: bytes) -> None:
        try:
            from filelock import FileLock  # imported on a write: a cache hit never needs it

            self.root.mkdir(parents=True, exist_ok=True)
            with FileLock(str(self.root / ".lock")):
                with atomic_path(self.path(key), durable=True) as staged:
                    staged.write_bytes(encode_entry(meta, payload))
                self._evict()
        except OSError as exc:
            self._failed("write", self.path(key), exc)

    def contains(self, key: str) -> bool:
        """Whether an entry for ``key`` is there (not checked, not counted)."""
        return self.path(key).is_file()

    @contextlib.contextmanager
    def claim(self, key: str) -> Iterator[None]:
        """Hold ``key`` while producing its entry: other processes that claim the same key wait,
        then find the entry (eight processes compiling one model compile it once). A cache
        that cannot hold locks, or a holder that takes longer than ``CLAIM_TIMEOUT_S``, lets
        the caller go on without waiting."""
        # Imported on a miss only: a warm first call (a cache hit) skips filelock's ~15 ms import.
        from filelock import FileLock, Timeout

        try:
            (self.root / _LOCKS).mkdir(parents=True, exist_ok=True)
            lock = FileLock(str(self.root / _LOCKS / f"{key}.lock"), timeout=CLAIM_TIMEOUT_S)
            lock.acquire()
        except (OSError, Timeout) as exc:
            log.debug("compile cache: could not claim %s (%s); going on without waiting", key[:12], exc)
            yield
            return
        try:
            yield
        finally:
            lock.release()

    def _failed(self, what: str, path: Path, exc: OSError) -> None:
        self.stats.errors += 1
        if (self.root, what) in _WARNED:  # once per folder and kind of failure in a process
            log.debug("compile cache: could not %s %s (%s)", what, path, exc)
            return
        _WARNED.add((self.root, what))
        log.warning("compile cache: could not %s %s (%s); going on without it", what, path, exc)

    def _evict(self) -> None:
        """Drop least recently used entries until the folder fits ``max_bytes``. Partial files
        (a writer's entry before its rename) count against the size; those of writers that died
        (kill -9) go once older than any live write could be, live ones are left alone."""
        entries, in_flight = [], 0
        now = time.time()
        for path in (*self.root.glob(f"*{_SUFFIX}"), *self.root.glob(f".*{_SUFFIX}.*.partial")):
            try:
                stat = path.stat()
            except FileNotFoundError:
                continue
            if not path.name.endswith(".partial"):
                entries.append((stat.st_mtime, stat.st_size, path))
            elif now - stat.st_mtime > STALE_PARTIAL_S:
                path.unlink(missing_ok=True)
                self.stats.evicted += 1
            else:
                in_flight += stat.st_size
        total = in_flight + sum(size for _, size, _ in entries)
        for _, size, path in sorted(entries, key=lambda e: e[0]):
            if total <= self.max_bytes:
                break
            path.unlink(missing_ok=True)
            total -= size
            self.stats.evicted += 1


def encode_entry(meta: Mapping[str, Any], payload: bytes) -> bytes:
    header = {
        "format": ENTRY_FORMAT,
        "size": len(payload),
        "sha256": hashlib.sha256(payload).hexdigest(),
        "meta": dict(meta),
    }
    return json.dumps(header, separators=(",", ":")).encode() + b"\n" + payload


def decode_entry(data: bytes) -> CacheEntry | None:
    """The entry ``data`` holds, or None when it is torn, tampered or of another format."""
    newline = data.find(b"\n")
    if newline < 0:
        return None
    try:
        header = json.loads(data[:newline])
        payload = data[newline + 1 :]
        if header.get("format") != ENTRY_FORMAT or header["size"] != len(payload):
            return None
        if hashlib.sha256(payload).hexdigest() != header["sha256"] or not isinstance(header["meta"], dict):
            return None
        return CacheEntry(header["meta"], payload)
    except (ValueError, KeyError, TypeError, AttributeError):
        return None
