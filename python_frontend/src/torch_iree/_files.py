"""Writing files so that readers see the old content or the new, never a part.

Everything torch_iree writes (programs and their metadata, parameter archives, cache entries,
the CLI's outputs) goes through here: the bytes are written under a temporary name in the
destination's own folder, then renamed into place, which is atomic on one file system.
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import shutil
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path


@contextlib.contextmanager
def atomic_path(path: str | Path, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``path``; when the block completes it replaces ``path``.

    An error or interrupt removes the temporary file and leaves ``path`` as it was.
    ``durable``: flush it to disk before the rename (for files other processes share).
    """
    final = Path(path)
    final.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(prefix=f".{final.name}.", suffix=".partial", dir=final.parent)
    os.close(handle)
    staged = Path(temporary)
    try:
        yield staged
        os.chmod(staged, 0o666 & ~_umask())  # mkstemp made it private; ours are not
        if durable:
            with staged.open("rb+") as file:
                os.fsync(file.fileno())
        os.replace(staged, final)
    finally:
        staged.unlink(missing_ok=True)


def write_atomic(path: str | Path, data: bytes | str, durable: bool = False) -> Path:
    """Write ``data`` (text is UTF-8) to ``path`` atomically."""
    with atomic_path(path, durable=durable) as staged:
        staged.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


class Staging:
    """Several outputs that appear together or not at all.

    ``stage(final)`` returns where to write ``final`` now (a hidden folder beside it, so the
    final move is a rename); ``commit()`` moves everything into place in staging order.
    Used as a context manager, it commits when the block completes and always cleans up.
    """

    def __init__(self) -> None:
        self._folders: dict[Path, Path] = {}
        self._moves: list[tuple[Path, Path]] = []

    def stage(self, final: str | Path) -> Path:
        final = Path(final)
        parent = final.parent.resolve()
        if parent not in self._folders:
            parent.mkdir(parents=True, exist_ok=True)
            remove_abandoned_staging(parent)
            prefix = f"{STAGING_PREFIX}{os.getpid()}-"
            self._folders[parent] = Path(tempfile.mkdtemp(prefix=prefix, dir=parent))
        staged = self._folders[parent] / final.name
        self._moves.append((staged, final))
        return staged

    def commit(self) -> None:
        for staged, final in self._moves:
            os.replace(staged, final)
        self._moves.clear()

    def __enter__(self) -> Staging:
        return self

    def __exit__(self, kind: object, error: object, traceback: object) -> None:
        try:
            if kind is None:
                self.commit()
        finally:
            for folder in self._folders.values():
                shutil.rmtree(folder, ignore_errors=True)


def sha256_of(
    file: io.BufferedIOBase, offset: int = 0, length: int | None = None, chunk: int = 1 << 20
) -> str:
    """The sha256 of ``length`` bytes of an open file from ``offset`` (to its end when None),
    read into one reused buffer: hashing a large file costs ``chunk`` bytes of memory (a fresh
    bytes object per read would leave the allocator holding the largest ones)."""
    digest = hashlib.sha256()
    file.seek(offset)
    buffer = memoryview(bytearray(chunk))
    remaining = length
    while remaining is None or remaining > 0:
        got = file.readinto(buffer[: chunk if remaining is None else min(remaining, chunk)])
        if not got:
            break
        digest.update(buffer[:got])
        if remaining is not None:
            remaining -= got
    return digest.hexdigest()


STAGING_PREFIX = ".torch-iree-"
ABANDONED_AFTER_S = 24 * 3600.0  # where no process id can be checked


def remove_abandoned_staging(folder: Path) -> None:
    """Remove the staging folders in ``folder`` that a killed process left (``kill -9`` during
    an export): their process is gone, or (where that cannot be asked) they are a day old."""
    for staged in folder.glob(f"{STAGING_PREFIX}*"):
        pid_text = staged.name[len(STAGING_PREFIX) :].partition("-")[0]
        try:
            if not staged.is_dir() or _may_be_alive(int(pid_text), staged):
                continue
        except (ValueError, OSError):
            continue  # not one of ours, or gone already
        shutil.rmtree(staged, ignore_errors=True)


def _may_be_alive(pid: int, staged: Path) -> bool:
    if pid == os.getpid():
        return True
    if os.name != "posix":  # os.kill would terminate the process on Windows
        return time.time() - staged.stat().st_mtime < ABANDONED_AFTER_S
    try:
        os.kill(pid, 0)  # signal 0: only asks whether the process exists
    except ProcessLookupError:
        return False
    except OSError:
        return True  # it exists (another user's) or cannot be asked
    return True


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask
