"""All-or-nothing file writes: a reader sees the old file or the new one, never a torn mix."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path


def atomic_write_bytes(path: Path, data: bytes) -> None:
    """Write ``data`` to a temporary file beside ``path``, fsync it, then rename over ``path``.

    The rename is atomic on POSIX and Windows when both names are on one filesystem, which is
    why the temporary file is created in the destination folder and not in /tmp.
    """
    path = Path(path)
    fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as tmp:
            tmp.write(data)
            tmp.flush()
            os.fsync(tmp.fileno())
        if path.exists():  # the new file keeps the old one's mode and, where allowed, owner
            old = path.stat()
            os.chmod(tmp_name, old.st_mode & 0o7777)
            if hasattr(os, "chown") and (old.st_uid, old.st_gid) != (os.getuid(), os.getgid()):
                try:
                    os.chown(tmp_name, old.st_uid, old.st_gid)
                except PermissionError:
                    pass  # only root may give a file away; the mode is kept still
        os.replace(tmp_name, path)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise


def atomic_write_text(path: Path, text: str) -> None:
    atomic_write_bytes(path, text.encode("utf-8"))
