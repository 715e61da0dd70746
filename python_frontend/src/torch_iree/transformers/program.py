"""``IreeProgram``: one exported graph of the ``iree`` backend, as files and as a loadable object.

On disk a component saved as ``decode.vmfb`` is three files, written together:

- ``decode.vmfb``: the compiled program (IREE's own tools run it too);
- ``decode.vmfb.json``: its signature, target, flags, versions and parameter list;
- ``decode.irpa``: the IREE parameter archive of its weights (an empty archive when the weights
  are inside the ``.vmfb``).

Components of one model (a prefill and a decode) share their weights: their archives are one
file on disk (hard links) wherever the filesystem allows, and each is checked against the
program's parameter hashes when it loads.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import iree.runtime as rt

from torch_iree._files import atomic_path
from torch_iree.artifacts import Compiled, metadata_path
from torch_iree.errors import ArtifactError
from torch_iree.runtime import Loaded

WEIGHTS_SUFFIX = ".irpa"


def weights_path(program_path: Path) -> Path:
    """Where the archive of the program saved at ``program_path`` lives."""
    return program_path.with_suffix(WEIGHTS_SUFFIX)


@dataclass
class IreeProgram:
    """A compiled graph and the archive of its weights (None: the weights are in the program).

    ``keep_alive`` holds the temporary folder an in-memory export wrote its archive to."""

    compiled: Compiled
    weights: Path | None = None
    keep_alive: Any = field(default=None, repr=False)

    def load(self, device: str) -> Loaded:
        return self.compiled.load(device, parameters=self.weights if self.compiled.parameters else None)

    def __repr__(self) -> str:
        functions = ", ".join(self.compiled.functions)
        where = (
            f"weights in {self.weights.name}"
            if self.compiled.parameters and self.weights
            else "weights inline"
        )
        return f"IreeProgram({functions}; {self.compiled.target}; {len(self.compiled.vmfb) / 1e6:.1f} MB program; {where})"

    def save(self, path: Path) -> None:
        """Write the three files at ``path`` (see the module's doc)."""
        archive = weights_path(path)
        if self.compiled.parameters is None:
            _write_empty_archive(archive)
        else:
            assert self.weights is not None  # external weights always come with their archive
            _place_archive(self.weights, archive, self.compiled)
        self.compiled.save(path)

    @classmethod
    def read(cls, path: Path) -> IreeProgram:
        compiled = Compiled.read(path)
        archive = weights_path(path)
        if compiled.parameters is not None and not archive.is_file():
            raise ArtifactError(f"{path.name} reads its weights from {archive.name}, which is not beside it")
        return cls(compiled, archive if compiled.parameters is not None else None)


def _write_empty_archive(path: Path) -> None:
    with atomic_path(path) as staged:
        rt.ParameterIndex().create_archive_file(str(staged))


def _place_archive(source: Path, target: Path, compiled: Compiled) -> None:
    """``source`` at ``target``: the archive of a sibling program with the same weights, or
    ``source`` itself, hard-linked where possible (one copy of the weights on disk), copied
    otherwise."""
    sibling = _sibling_with_same_weights(target, compiled)
    for candidate in (sibling, source):
        if candidate is None:
            continue
        with contextlib.suppress(OSError):
            if target.exists() and os.path.samefile(candidate, target):
                return
            with atomic_path(target) as staged:
                staged.unlink()
                os.link(candidate, staged)
            return
    with atomic_path(target) as staged:
        shutil.copyfile(source, staged)


def _sibling_with_same_weights(target: Path, compiled: Compiled) -> Path | None:
    """An archive already in ``target``'s folder whose program lists exactly our parameters
    (names, sizes and content hashes)."""
    assert compiled.parameters is not None
    ours = compiled.parameters.to_json()
    for meta_file in sorted(target.parent.glob("*.vmfb.json")):
        with contextlib.suppress(OSError, ValueError, KeyError, TypeError):
            theirs = json.loads(meta_file.read_text(encoding="utf-8"))["parameters"]
            archive = weights_path(meta_file.with_suffix(""))
            if theirs == ours and archive.is_file() and archive != target:
                return archive
    return None


def write_archive(exported: Any) -> tuple[Path, tempfile.TemporaryDirectory[str]]:
    """An in-memory export's weights, written once to a temporary archive its runners map."""
    folder = tempfile.TemporaryDirectory(prefix="torch-iree-weights-")
    path = Path(folder.name) / f"weights{WEIGHTS_SUFFIX}"
    exported.save_parameters(path)
    return path, folder


def program_files(filename: str) -> list[str]:
    """The files ``IreeProgram.save`` writes for a program saved as ``filename``."""
    path = Path(filename)
    return [filename, str(metadata_path(path)), str(weights_path(path))]
