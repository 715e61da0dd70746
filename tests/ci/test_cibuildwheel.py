"""The [tool.cibuildwheel] configuration (wheels/pyproject.toml) builds exactly the lock's matrix."""

from __future__ import annotations

import os
import shutil
import subprocess

import pytest

from ci.lock import read_lock
from ci.paths import REPO_ROOT

CONFIG = REPO_ROOT / "wheels" / "pyproject.toml"
# The lock's platform tags, as cibuildwheel names the same builds (platform, arch -> suffix).
CIBW_SUFFIX = {
    "manylinux_2_28_x86_64": ("linux", "manylinux_x86_64"),
    "manylinux_2_28_aarch64": ("linux", "manylinux_aarch64"),
    "macosx_13_0_arm64": ("macos", "macosx_arm64"),
    "win_amd64": ("windows", "win_amd64"),
}


def expected(platform: str) -> set[str]:
    lock = read_lock()
    return {
        f"cp{python.replace('.', '')}-{suffix}"
        for tag in lock.wheelhouse.platforms
        for (cibw_platform, suffix) in [CIBW_SUFFIX[tag]]
        if cibw_platform == platform
        for python in lock.wheelhouse.python
    }


@pytest.mark.skipif(
    shutil.which("cibuildwheel") is None, reason="cibuildwheel not installed (pip install cibuildwheel)"
)
@pytest.mark.parametrize("platform", ["linux", "macos", "windows"])
def test_build_identifiers_match_the_lock(platform: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("CIBW_")}
    proc = subprocess.run(
        [
            "cibuildwheel",
            "--print-build-identifiers",
            "--platform",
            platform,
            "--config-file",
            str(CONFIG),
            "wheels",
        ],
        cwd=REPO_ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr
    assert set(proc.stdout.split()) == expected(platform)


def test_every_lock_platform_has_a_cibuildwheel_name() -> None:
    assert set(read_lock().wheelhouse.platforms) <= set(CIBW_SUFFIX)
