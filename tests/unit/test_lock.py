"""The stack lock: typed reads, validation that names the field, atomic all-or-nothing writes."""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from ci.lock import LockError, read_lock, update_lock
from ci.paths import LOCK_PATH, REPO_ROOT


@pytest.fixture
def lock_copy(tmp_path: Path) -> Path:
    path = tmp_path / "stack.lock"
    shutil.copy(LOCK_PATH, path)
    return path


def test_reads_the_real_lock() -> None:
    lock = read_lock()
    assert lock.iree.version == "3.13.0"
    assert len(lock.iree.commit) == 40
    assert lock.iree.llvm_commit is None  # unresolved, never guessed
    assert all(v in lock.torch.supported for v in lock.torch.tested)
    assert "3.11" in lock.wheelhouse.python


def test_update_keeps_comments_and_is_readable(lock_copy: Path) -> None:
    sha = "a" * 40
    update_lock({"iree.llvm_commit": sha}, lock_copy)
    text = lock_copy.read_text()
    assert f'llvm_commit = "{sha}"' in text
    assert "# The stack lock" in text
    assert read_lock(lock_copy).iree.llvm_commit == sha
    update_lock({"iree.llvm_commit": None}, lock_copy)
    assert read_lock(lock_copy).iree.llvm_commit is None


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"iree.commit": "abc"}, "iree.commit"),
        ({"iree.nope": "x"}, "no field 'iree.nope'"),
        ({"torch.tested": ["2.1.0"]}, "outside torch.supported"),
        ({"torch.supported": "not a range"}, "not a version range"),
        ({"iree.build_version": "3.12.0rc1"}, "not a build of"),
    ],
)
def test_bad_change_names_the_field_and_leaves_file_untouched(
    lock_copy: Path, change: dict, message: str
) -> None:
    before = lock_copy.read_bytes()
    with pytest.raises(LockError, match=message):
        update_lock(change, lock_copy)
    assert lock_copy.read_bytes() == before
    assert not list(lock_copy.parent.glob(".stack.lock.*"))  # no temp file left behind


def test_missing_and_malformed_lock(tmp_path: Path) -> None:
    with pytest.raises(LockError, match="not found"):
        read_lock(tmp_path / "nope.lock")
    bad = tmp_path / "bad.lock"
    bad.write_text("schema = [\n")
    with pytest.raises(LockError, match="not valid TOML"):
        read_lock(bad)


def test_cli_get_and_bad_set(lock_copy: Path) -> None:
    def cli(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "ci.lock", "--lock", str(lock_copy), *args],
            cwd=REPO_ROOT,
            capture_output=True,
            text=True,
        )

    assert cli("get", "iree.version").stdout.strip() == "3.13.0"
    bad = cli("set", "iree.commit=zz")
    assert bad.returncode == 2 and "40-hex-digit" in bad.stderr
