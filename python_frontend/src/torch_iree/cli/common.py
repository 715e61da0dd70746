"""What the commands share: the usage error, progress on stderr, and reading the user's words
(shape strings, module specs, targets, files)."""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import os
import re
import sys
import time
from collections.abc import Iterator, Sequence
from pathlib import Path
from typing import Any

from torch_iree import _dtypes as dtypes

PROG = "torch-iree"
log = logging.getLogger("torch_iree.cli")
SEED = 0
INT_HIGH = 10  # random integer inputs are drawn from [0, 10)
ARCHIVE_SUFFIX = ".irpa"  # the runtime picks an archive's parser by its extension
_SHAPE = re.compile(r"^(?P<dtype>[a-z0-9]+)\[(?P<dims>[0-9,\s]*)\]$")


class UsageError(Exception):
    """Something the user passed is wrong: reported as one line, exit code 2."""


@contextlib.contextmanager
def step(label: str) -> Iterator[None]:
    """Show ``label…`` on stderr, then the time the step took, when stderr is a terminal; in
    a pipe or a log file stay quiet and log the step at info level instead (``-v`` shows it)."""
    live = sys.stderr.isatty()
    if live:
        print(f"{label}…", end=" ", file=sys.stderr, flush=True)
    start = time.perf_counter()
    try:
        yield
    except BaseException:
        if live:
            print("failed", file=sys.stderr, flush=True)
        raise
    seconds = time.perf_counter() - start
    if live:
        print(f"{seconds:.1f} s", file=sys.stderr, flush=True)
    else:
        log.info("%s… %.1f s", label, seconds)


def note(message: str) -> None:
    print(f"note: {message}", file=sys.stderr)


def human_bytes(count: float) -> str:
    """848 → "848 B", 3 << 20 → "3.0 MiB"."""
    units = ("B", "KiB", "MiB", "GiB")
    power = 0
    while count >= 1024 and power < len(units) - 1:
        count /= 1024
        power += 1
    return f"{count:.0f} B" if power == 0 else f"{count:.1f} {units[power]}"


def table(header: Sequence[str], rows: Sequence[Sequence[str]]) -> str:
    widths = [max(len(str(c)) for c in column) for column in zip(header, *rows, strict=True)]
    lines = [
        "  ".join(str(c).ljust(w) for c, w in zip(row, widths, strict=True)).rstrip()
        for row in (header, *rows)
    ]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def parse_shape(text: str) -> tuple[str, tuple[int, ...]]:
    """``f32[2,8]`` → ("float32", (2, 8)); ``i64[]`` is a scalar."""
    match = _SHAPE.match(text.strip())
    if match is None or match.group("dtype") not in dtypes.BY_SHORT:
        raise UsageError(
            f"bad shape {text!r}: write DTYPE[D0,D1,...] such as f32[2,8] or i64[4], with DTYPE one "
            f"of {', '.join(dtypes.BY_SHORT)}"
        )
    dims = [d.strip() for d in match.group("dims").split(",") if d.strip()]
    return dtypes.BY_SHORT[match.group("dtype")].name, tuple(int(d) for d in dims)


def random_tensor(dtype: str, shape: Sequence[int], generator: Any) -> Any:
    import torch

    torch_dtype = getattr(torch, dtype)
    if torch_dtype == torch.bool:
        return torch.randint(0, 2, tuple(shape), generator=generator).to(torch.bool)
    if torch_dtype.is_floating_point:
        return torch.randn(tuple(shape), generator=generator).to(torch_dtype)
    return torch.randint(0, INT_HIGH, tuple(shape), generator=generator, dtype=torch_dtype)


def example_inputs(shapes: Sequence[str]) -> tuple[Any, ...]:
    import torch

    generator = torch.Generator().manual_seed(SEED)
    return tuple(random_tensor(*parse_shape(s), generator) for s in shapes)


def check_target(target: str) -> str:
    from torch_iree.errors import TorchIreeError
    from torch_iree.targets import resolve_target

    try:
        return resolve_target(target).name
    except TorchIreeError as exc:
        raise UsageError(str(exc)) from None


def require_file(path: str | Path, what: str = "file") -> Path:
    path = Path(path)
    if not path.is_file():
        raise UsageError(f"no such {what}: {path}")
    return path


def load_module(spec: str) -> Any:
    """``package.module:factory`` or ``path/to/file.py:factory`` → an nn.Module (in eval mode).

    ``factory`` is a callable returning an nn.Module, or a module-level nn.Module instance.
    """
    import torch

    module_name, sep, attr = spec.rpartition(":")
    if not sep or not module_name or not attr:
        raise UsageError(
            f"bad module spec {spec!r}: write module.path:factory (a callable returning an nn.Module, "
            "or an nn.Module instance), or give a saved ExportedProgram .pt2 file"
        )
    py_module = _import_python_module(module_name, spec)
    target: Any = py_module
    for part in attr.split("."):
        if not hasattr(target, part):
            raise UsageError(f"{module_name!r} has no attribute {attr!r} (spec {spec!r})")
        target = getattr(target, part)
    if not isinstance(target, torch.nn.Module):
        if not callable(target):
            raise UsageError(f"{spec!r} is a {type(target).__name__}, not an nn.Module or a factory")
        target = target()
        if not isinstance(target, torch.nn.Module):
            raise UsageError(f"{spec!r}() returned a {type(target).__name__}, expected an nn.Module")
    return target.eval()


def _import_python_module(module_name: str, spec: str) -> Any:
    if module_name.endswith(".py"):
        path = require_file(module_name)
        import_spec = importlib.util.spec_from_file_location(path.stem, path)
        assert import_spec is not None and import_spec.loader is not None
        py_module = importlib.util.module_from_spec(import_spec)
        import_spec.loader.exec_module(py_module)
        return py_module
    if os.getcwd() not in sys.path:  # as `python -m` does; console scripts leave it out
        sys.path.insert(0, os.getcwd())
    try:
        return importlib.import_module(module_name)
    except ImportError as exc:
        raise UsageError(f"cannot import {module_name!r} from spec {spec!r}: {exc}") from None


def output_path(path: str | Path, *suffixes: str) -> Path:
    """``-o`` checked before any work: one of ``suffixes``, and not an existing folder."""
    out = Path(path)
    if suffixes and out.suffix not in suffixes:
        listed = ", ".join(suffixes[:-1]) + " or " + suffixes[-1] if len(suffixes) > 1 else suffixes[0]
        raise UsageError(f"output {out} must end in {listed}")
    if out.is_dir():
        raise UsageError(f"output {out} is a folder; give a file name, e.g. {out / ('model' + suffixes[0])}")
    existing = next((p for p in out.absolute().parents if p.exists()), None)
    if existing is not None and not existing.is_dir():
        raise UsageError(f"cannot write {out}: {existing} is a file, not a folder")
    return out
