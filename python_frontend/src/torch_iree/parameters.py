"""External weights: IREE parameter archives (``.irpa``) written from, and checked against,
a program's parameters.

A program exported with ``params="external"`` names each weight ``#stream.parameter.named
<"scope"::"key">`` instead of holding it. The weights go to an archive written with IREE's own
parameter tooling (``iree.runtime.ParameterIndex``), which the runtime maps at load time; one
archive serves the program compiled for any target.

Writing streams: the index is given zero-copy views of the live tensors and writes them to
the file one after another, so no second copy of the weights is ever held in memory. Tensors
named in ``uniform`` (program state such as a zeroed KV cache) are checked for a single value
and then stored as a splat entry, which takes no space in the file.
"""

from __future__ import annotations

import hashlib
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import iree.runtime as rt
import torch

from torch_iree._files import atomic_path, sha256_of
from torch_iree.errors import ArtifactError


@dataclass(frozen=True)
class ParameterEntry:
    name: str
    dtype: str  # torch dtype name, e.g. "float32"
    shape: tuple[int, ...]
    nbytes: int
    sha256: str | None = None  # of the tensor's bytes; checked when an archive is opened


@dataclass(frozen=True)
class ParameterSpec:
    """What a compiled program expects to find in its parameter archive."""

    scope: str
    entries: tuple[ParameterEntry, ...]

    @classmethod
    def of(cls, scope: str, tensors: Mapping[str, torch.Tensor]) -> ParameterSpec:
        return cls(
            scope,
            tuple(
                ParameterEntry(
                    name,
                    str(t.dtype).removeprefix("torch."),
                    tuple(t.shape),
                    t.numel() * t.element_size(),
                    hashlib.sha256(_host_view(t)).hexdigest(),
                )
                for name, t in tensors.items()
            ),
        )

    @property
    def nbytes(self) -> int:
        return sum(entry.nbytes for entry in self.entries)

    def to_json(self, hashes: bool = True) -> dict[str, Any]:
        """As JSON; ``hashes=False`` leaves the content hashes out (what a compile depends on:
        the program does not change with the weights' values)."""
        entries = []
        for e in self.entries:
            entry: dict[str, Any] = {
                "name": e.name,
                "dtype": e.dtype,
                "shape": list(e.shape),
                "nbytes": e.nbytes,
            }
            if hashes and e.sha256 is not None:
                entry["sha256"] = e.sha256
            entries.append(entry)
        return {"scope": self.scope, "entries": entries}

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> ParameterSpec:
        return cls(
            data["scope"],
            tuple(
                ParameterEntry(e["name"], e["dtype"], tuple(e["shape"]), e["nbytes"], e.get("sha256"))
                for e in data["entries"]
            ),
        )


def save_archive(
    tensors: Mapping[str, torch.Tensor], path: str | Path, splat_candidates: Collection[str] = ()
) -> Path:
    """Write ``tensors`` to the ``.irpa`` archive ``path``, atomically (a temporary file in the
    same folder, renamed over ``path`` once complete). Tensors named in ``splat_candidates``
    that hold one value throughout are stored as splats."""
    path = Path(path)
    index = rt.ParameterIndex()
    for name, tensor in tensors.items():
        pattern = _splat_pattern(tensor) if name in splat_candidates else None
        if pattern is not None:
            index.add_splat(name, pattern, tensor.numel() * tensor.element_size())
        else:
            index.add_buffer(name, _host_view(tensor))
    with atomic_path(path) as staged:
        index.create_archive_file(str(staged))
    return path


def _host_view(tensor: torch.Tensor) -> Any:
    """A numpy view of the tensor's bytes without copying (where the tensor allows it)."""
    tensor = tensor.detach()
    if tensor.device.type != "cpu" or not tensor.is_contiguous():
        tensor = tensor.cpu().contiguous()  # only then a copy, of this one tensor
    return tensor.reshape(-1).view(torch.uint8).numpy()


def _splat_pattern(tensor: torch.Tensor) -> bytes | None:
    """The fill pattern of a tensor that holds one value everywhere, or None.

    IREE fills with patterns of 1, 2 or 4 bytes: an 8-byte value qualifies when its halves
    repeat (zero does)."""
    flat = tensor.detach().reshape(-1)
    if flat.numel() == 0 or not bool((flat == flat[0]).all()):
        return None
    value = bytes(_host_view(flat[:1].clone()))
    for length in (1, 2, 4):
        if value == value[:length] * (len(value) // length):
            return value[:length]
    return None


def _past_end(entry: Any, file_size: int) -> bool:
    """Whether a file-backed entry's bytes lie (partly) beyond the file: a truncated archive,
    whose index still names data that is gone (reading it would be out of bounds)."""
    if not entry.is_file:
        return False
    _, offset = entry.file_storage
    return offset + entry.length > file_size


def open_archive(path: str | Path, spec: ParameterSpec) -> rt.ParameterIndex:
    """Map the archive at ``path`` and check it holds every parameter ``spec`` names, at the
    right size; the error lists what is missing or wrong."""
    path = Path(path)
    if not path.is_file():
        raise ArtifactError(
            f"no parameter archive at {path}; write it with Exported.save_parameters() "
            "(or `torch-iree export ... -o model.irpa`)"
        )
    index = rt.ParameterIndex()
    try:
        index.load(str(path), mmap=True)
    except (RuntimeError, ValueError, IndexError, OSError) as exc:
        raise ArtifactError(f"{path} is not a readable IREE parameter archive ({exc})") from exc
    size = path.stat().st_size
    found = {key: entry.length for key, entry in index.items()}
    problems = [
        f"{key}: beyond the end of the file" for key, entry in index.items() if _past_end(entry, size)
    ]
    for entry in spec.entries:
        if entry.name not in found:
            problems.append(f"{entry.name}: missing")
        elif found[entry.name] != entry.nbytes:
            problems.append(f"{entry.name}: {found[entry.name]} bytes, expected {entry.nbytes}")
    if not problems:
        problems = _content_problems(path, index, spec)
    if problems:
        shown = "; ".join(problems[:8]) + (f"; and {len(problems) - 8} more" if len(problems) > 8 else "")
        raise ArtifactError(
            f"parameter archive {path} does not match the program ({shown}); write it again from "
            "the same export with Exported.save_parameters()"
        )
    return index


# Archives whose contents were checked in this process, by file identity and expected hashes:
# a program loaded again (another device, reset state) does not read its weights again.
_VERIFIED: set[tuple[Any, ...]] = set()
_CHUNK = 1 << 20


def _content_problems(path: Path, index: rt.ParameterIndex, spec: ParameterSpec) -> list[str]:
    """Entries whose bytes in the archive differ from what the program was exported with. The
    file is read (not mapped) in chunks, so checking adds no resident memory."""
    expected = {e.name: e.sha256 for e in spec.entries if e.sha256 is not None}
    stat = path.stat()
    identity = (
        str(path.resolve()),
        stat.st_ino,
        stat.st_size,
        stat.st_mtime_ns,
        tuple(sorted(expected.items())),
    )
    if not expected or identity in _VERIFIED:
        return []
    entries = dict(index.items())
    problems = []
    with path.open("rb") as file:
        for name, want in expected.items():
            if _entry_sha256(file, entries[name]) != want:
                problems.append(f"{name}: content differs (damaged or from another export)")
    if not problems:
        _VERIFIED.add(identity)
    return problems


def _entry_sha256(file: Any, entry: Any) -> str:
    if not entry.is_splat:
        _, offset = entry.file_storage
        return sha256_of(file, offset, entry.length, _CHUNK)
    digest = hashlib.sha256()  # a splat: its bytes, generated a block at a time
    pattern = bytes(entry.splat_pattern)
    block = pattern * max(1, _CHUNK // max(len(pattern), 1))
    remaining = entry.length
    while remaining > 0:
        piece = block[: min(remaining, len(block))]
        digest.update(piece)
        remaining -= len(piece)
    return digest.hexdigest()
