"""A fingerprint of the frontend code that shapes programs, for compile-cache keys.

The torch.compile backend and the eager device key a program before tracing it (a warm hit
loads without tracing or importing anything), so their keys cannot see what the decomposition
table, the shield's rewrites, the index checks or the importer would do to the graph. A source
or editable install keeps its version string while that code changes: without this, a fix to
a decomposition would leave a warm cache serving the old (maybe miscompiled) program. The
sources are hashed once per process (~1 ms for the package); decompositions a user registers
(``torch_iree.decompositions.extra_decompositions``) are described on every key.
"""

from __future__ import annotations

import functools
import hashlib
import sys
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent
# Modules that run, load or present programs but never change one: editing them keeps the cache.
_RUN_SIDE = frozenset(
    {
        "__init__.py",
        "__main__.py",
        "cache.py",
        "debug.py",
        "_files.py",
        "_logs.py",
        "runtime.py",
        "submission.py",
        "_transfers.py",
        "_validation.py",
        "cli",
        "eager/tensor.py",
        "eager/views.py",
    }
)


def _shapes_programs(path: Path) -> bool:
    relative = path.relative_to(_PACKAGE).as_posix()
    return relative not in _RUN_SIDE and relative.split("/")[0] not in _RUN_SIDE


@functools.cache
def source_fingerprint(package: Path = _PACKAGE) -> str:
    """sha256 over the program-shaping modules' paths and bytes (once per process)."""
    digest = hashlib.sha256()
    for path in sorted(package.rglob("*.py")):
        if package == _PACKAGE and not _shapes_programs(path):
            continue
        digest.update(path.relative_to(package).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def frontend_fingerprint() -> str:
    """The sources' fingerprint plus the user's own decompositions, if any were registered.

    The decomposition table is only looked at when its module is loaded already: a user who
    registered decompositions imported it, and a warm cache hit must not import it (it loads
    the compiler's MLIR bindings)."""
    table = sys.modules.get("torch_iree.decompositions")
    extra = getattr(table, "_EXTRA", None) if table is not None else None
    if not extra:
        return source_fingerprint()
    digest = hashlib.sha256(source_fingerprint().encode())
    for op, fn in sorted(extra.items(), key=lambda item: str(item[0])):
        digest.update(f"{op}={getattr(fn, '__module__', '')}.{getattr(fn, '__qualname__', fn)!r}".encode())
        code = getattr(fn, "__code__", None)
        if code is not None:  # the function's body, so editing it changes the key
            digest.update(code.co_code)
            digest.update(repr(code.co_consts).encode())
    return digest.hexdigest()
