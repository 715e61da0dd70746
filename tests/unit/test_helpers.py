"""The bottom helpers: version comparisons, atomic writes, the dtype table."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import torch

from torch_iree import _dtypes as dtypes
from torch_iree._files import Staging, atomic_path, write_atomic
from torch_iree._versions import satisfies


@pytest.mark.parametrize(
    ("version", "specifier", "expected"),
    [
        ("2.13.0+cpu", "<2.15,>=2.13", True),
        ("2.12.1", "<2.15,>=2.13", False),
        ("3.12.0", "==3.13.0", False),
        ("3.13", "==3.13.0", True),
        ("2.13.0rc1", ">=2.13", False),  # a pre-release comes before its release
        ("2.15.0.dev20260101", "<2.15", False),
        ("3.13.0rc20261016", "==3.13.0", False),
        ("not a version", ">=1", False),
        ("1.0", "=> 1", False),  # an unreadable specifier never passes
    ],
)
def test_satisfies(version: str, specifier: str, expected: bool) -> None:
    assert satisfies(version, specifier) is expected


def test_write_atomic_replaces_whole(tmp_path: Path) -> None:
    path = write_atomic(tmp_path / "sub" / "f.txt", "new")
    assert path.read_text() == "new"
    with pytest.raises(RuntimeError), atomic_path(path) as staged:
        staged.write_text("half")
        raise RuntimeError("interrupted")
    assert path.read_text() == "new" and sorted(p.name for p in path.parent.iterdir()) == ["f.txt"]


def test_staging_moves_all_or_nothing(tmp_path: Path) -> None:
    with Staging() as staging:
        staging.stage(tmp_path / "a").write_text("a")
        staging.stage(tmp_path / "b").write_text("b")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]
    with pytest.raises(KeyError), Staging() as staging:
        staging.stage(tmp_path / "a").write_text("A")
        raise KeyError("stop")
    assert (tmp_path / "a").read_text() == "a" and sorted(p.name for p in tmp_path.iterdir()) == ["a", "b"]


def test_dtype_table_matches_torch() -> None:
    for entry in dtypes.DTYPES:
        dtype = getattr(torch, entry.name)
        assert dtypes.of_torch(dtype) is entry
        assert torch.empty((), dtype=dtype).element_size() == entry.itemsize
    assert dtypes.of_torch(torch.complex64) is None
    assert {d.short for d in dtypes.DTYPES} == set(dtypes.BY_SHORT)


def test_staging_folders_of_dead_processes_are_removed(tmp_path: Path) -> None:
    import subprocess
    import sys

    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    abandoned = tmp_path / f".torch-iree-{dead.stdout.strip()}-abc"
    abandoned.mkdir()
    (abandoned / "model.vmfb").write_bytes(b"half")
    alive = tmp_path / f".torch-iree-{os.getppid()}-def"  # our parent: alive
    alive.mkdir()
    other = tmp_path / ".torch-iree-notapid"
    other.mkdir()
    with Staging() as staging:
        staging.stage(tmp_path / "out.txt").write_text("x")
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, other.name, "out.txt"])
