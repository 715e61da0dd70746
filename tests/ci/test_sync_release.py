"""--iree-version: an IREE release's version and commit, read from its compiler wheel."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path
from types import ModuleType

import pytest

from ci.lock import read_lock
from ci.paths import LOCK_PATH
from ci.sync import BadInput, ExitCode
from ci.sync.release import fetch_release, read_wheel_release

pytestmark = pytest.mark.usefixtures("hermetic_git")

NEW_COMMIT = "0123456789abcdef0123456789abcdef01234567"


def fake_wheel(
    folder: Path,
    version: str = "3.14.0",
    build: str = "3.14.0rc20270101",
    version_py: str | None = None,
) -> Path:
    """A minimal iree-base-compiler wheel that pip accepts from --find-links."""
    folder.mkdir(parents=True, exist_ok=True)
    wheel = folder / f"iree_base_compiler-{version}-py3-none-any.whl"
    info = f"iree_base_compiler-{version}.dist-info"
    if version_py is None:
        version_py = (
            f'# Auto-generated version info.\nPACKAGE_SUFFIX = ""\nVERSION = "{build}"\n'
            f'REVISIONS = {{"IREE": "{NEW_COMMIT}"}}\n'
        )
    files = {
        "iree/compiler/version.py": version_py,
        f"{info}/METADATA": f"Metadata-Version: 2.1\nName: iree-base-compiler\nVersion: {version}\n",
        f"{info}/WHEEL": "Wheel-Version: 1.0\nGenerator: test\nRoot-Is-Purelib: true\nTag: py3-none-any\n",
    }
    files[f"{info}/RECORD"] = "".join(f"{name},,\n" for name in [*files, f"{info}/RECORD"])
    with zipfile.ZipFile(wheel, "w") as archive:
        for name, body in files.items():
            archive.writestr(name, body)
    return wheel


def test_read_wheel_release(tmp_path: Path) -> None:
    release = read_wheel_release(fake_wheel(tmp_path))
    assert (release.version, release.build_version, release.commit) == (
        "3.14.0",
        "3.14.0rc20270101",
        NEW_COMMIT,
    )


@pytest.mark.parametrize(
    ("version_py", "reason"),
    [
        ('VERSION = "3.14.0"\n', "REVISIONS"),
        (f'REVISIONS = {{"IREE": "{NEW_COMMIT}"}}\n', "no VERSION"),
        ('VERSION = "3.14.0"\nREVISIONS = {"IREE": "abc"}\n', "40-hex-digit"),
        ("VERSION = (\n", "not Python"),
        (f'VERSION = "not a version"\nREVISIONS = {{"IREE": "{NEW_COMMIT}"}}\n', "not a version"),
    ],
)
def test_read_wheel_release_rejects_bad_version_modules(tmp_path: Path, version_py: str, reason: str) -> None:
    with pytest.raises(BadInput, match=reason):
        read_wheel_release(fake_wheel(tmp_path, version_py=version_py))


def test_read_wheel_release_rejects_other_files(tmp_path: Path) -> None:
    not_zip = tmp_path / "x.whl"
    not_zip.write_text("nope")
    with pytest.raises(BadInput, match="cannot read"):
        read_wheel_release(not_zip)
    other = tmp_path / "other.whl"
    with zipfile.ZipFile(other, "w") as archive:
        archive.writestr("foo/__init__.py", "")
    with pytest.raises(BadInput, match="has no iree/compiler/version.py"):
        read_wheel_release(other)


def test_iree_version_moves_the_lock_to_the_release_first(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(
        tmp_path, [("t0", "l1", {}), ("t1", "l3", {}), ("t2", "l5", {})], iree_llvm="l1"
    )
    # The new release's IREE commit pins a newer LLVM (l4), so the sync then picks t1.
    iree = synth.History()
    iree.commit("iree next", gitlinks={"third_party/llvm-project": stack.llvm_main[4]})
    next_iree = tmp_path / "iree-next.git"
    iree_commit = iree.build(next_iree)[0]
    wheels = tmp_path / "wheels"
    fake_wheel(wheels, version_py=f'VERSION = "3.14.0rc20270101"\nREVISIONS = {{"IREE": "{iree_commit}"}}\n')

    result = stack.sync(iree=next_iree, iree_version="3.14.0", find_links=wheels)

    assert result.exit_code == ExitCode.UPDATED, result.message
    lock = read_lock(stack.lock)
    assert (lock.iree.version, lock.iree.build_version, lock.iree.commit) == (
        "3.14.0",
        "3.14.0rc20270101",
        iree_commit,
    )
    assert lock.iree.llvm_commit == stack.llvm_main[4]
    assert lock.torch_mlir.commit == stack.torch["t1"]
    staged = synth.git(stack.repo, "ls-files", "--stage", "third_party/iree")
    assert staged.startswith(f"160000 {iree_commit} ")


def test_unknown_release_is_bad_input(tmp_path: Path, synth: ModuleType) -> None:
    stack = synth.build_stack(tmp_path, [("t0", "l1", {})], iree_llvm="l1")
    (tmp_path / "empty").mkdir()
    before = stack.fingerprint()
    result = stack.sync(iree_version="9.9.9", find_links=tmp_path / "empty")
    assert result.exit_code == ExitCode.BAD_INPUT
    assert "pip download iree-base-compiler==9.9.9 failed" in result.message
    assert stack.fingerprint() == before


@pytest.mark.network
@pytest.mark.skipif(
    os.environ.get("TORCH_IREE_NETWORK_TESTS") != "1", reason="needs PyPI; set TORCH_IREE_NETWORK_TESTS=1"
)
def test_locked_release_matches_its_wheel_on_pypi() -> None:
    lock = read_lock(LOCK_PATH)
    release = fetch_release(lock.iree.version)
    assert (release.version, release.build_version, release.commit) == (
        lock.iree.version,
        lock.iree.build_version,
        lock.iree.commit,
    )
