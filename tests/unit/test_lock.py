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
        ({"frontend.dependencies": ["numpy>=1.26", "not a requirement!"]}, "not a requirement such as"),
        ({"frontend.dependencies": ["numpy; python_version < '3'"]}, "frontend.dependencies has"),
        ({"frontend.dependencies": ["torch>=2"]}, "which the lock pins elsewhere"),
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


@pytest.mark.parametrize(
    ("assignment", "expected"),
    [
        ("torch.tested=2.13.0,2.14.1", ["2.13.0", "2.14.1"]),
        ('torch.tested=["2.14.1"]', ["2.14.1"]),
        ("torch_mlir.patches=", []),
        ("wheelhouse.python=3.11, 3.12", ["3.11", "3.12"]),
    ],
)
def test_list_fields_can_be_set(lock_copy: Path, assignment: str, expected: list[str]) -> None:
    from ci.lock import get_field, main

    field = assignment.partition("=")[0]
    assert main(["--lock", str(lock_copy), "set", assignment]) == 0
    assert get_field(lock_copy, field) == expected
    read_lock(lock_copy)  # still valid


def test_bad_list_values_change_nothing(lock_copy: Path) -> None:
    before = lock_copy.read_bytes()
    with pytest.raises(LockError, match="TOML array"):
        update_lock({"torch.tested": "[2.13.0"}, lock_copy)
    with pytest.raises(LockError, match="outside torch.supported"):
        update_lock({"torch.tested": "2.13.0,3.0.0"}, lock_copy)
    assert lock_copy.read_bytes() == before


@pytest.mark.skipif(sys.platform == "win32" or not hasattr(__import__("os"), "geteuid"), reason="POSIX users")
def test_a_read_only_lock_is_refused_and_modes_are_kept(tmp_path: Path) -> None:
    import os
    import stat

    folder = tmp_path / "shared"
    folder.mkdir()
    lock = folder / "stack.lock"
    shutil.copy(LOCK_PATH, lock)
    lock.chmod(0o640)
    update_lock({"torch_mlir.patches": []}, lock)
    assert stat.S_IMODE(lock.stat().st_mode) == 0o640  # the mode survives the replace
    if os.geteuid() != 0:
        lock.chmod(0o444)
        with pytest.raises(LockError, match="not writable by you"):
            update_lock({"torch_mlir.patches": []}, lock)
        return
    # As root: a user who may write the folder but not the 444 lock must be refused.
    folder.chmod(0o777)
    tmp_path.chmod(0o755)
    lock.chmod(0o444)
    before = lock.read_bytes()
    code = (
        "import sys; from pathlib import Path; sys.path.insert(0, sys.argv[2]);"
        "from ci.lock import main; sys.exit(main(['--lock', sys.argv[1], 'set', 'torch_mlir.patches=']))"
    )

    def as_nobody() -> None:
        os.setgid(65534)
        os.setuid(65534)

    try:
        proc = subprocess.run(
            [sys.executable, "-c", code, str(lock), str(REPO_ROOT)],
            capture_output=True,
            text=True,
            preexec_fn=as_nobody,
            timeout=120,
        )
    except (OSError, subprocess.SubprocessError):  # no such user, or a sandbox that forbids setuid
        pytest.skip("this Python cannot be run by an unprivileged user here")
    if "PermissionError" in proc.stderr or "ModuleNotFoundError" in proc.stderr:
        pytest.skip(f"the checkout is not readable by an unprivileged user: {proc.stderr[-200:]}")
    assert proc.returncode == 2 and "not writable by you" in proc.stderr, proc.stderr
    assert lock.read_bytes() == before and lock.stat().st_uid == 0
