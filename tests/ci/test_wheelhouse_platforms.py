"""The all-platforms wheelhouse: which file for which (platform, python), against pip's real answers.

Resolution reads only metadata (``pip install --dry-run --report``), so these tests download no
wheels; the one that gathers and installs is marked slow.
"""

from __future__ import annotations

import dataclasses
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from ci import wheelhouse
from ci.build import BuildOptions, _build_frontend_wheel
from ci.lock import read_lock
from ci.metadata import IREE_PACKAGES
from ci.wheelhouse_platforms import (
    Target,
    WheelhouseError,
    coverage,
    gather_all_platforms,
    plan_targets,
    platform_tags,
    resolve_all,
    resolve_target,
)

LOCK = read_lock()
IREE_PINS = [f"{name}=={LOCK.iree.version}" for name in IREE_PACKAGES]


def test_plan_is_the_lock_matrix_minus_the_known_gaps() -> None:
    targets, gaps = plan_targets(LOCK)
    matrix = {(p, v) for p in LOCK.wheelhouse.platforms for v in LOCK.wheelhouse.python}
    assert {(t.platform, t.python) for t in targets} | {(g.platform, g.python) for g in gaps} == matrix
    assert {(g.platform.split("_")[0], g.python) for g in gaps} == {("macosx", "3.10"), ("win", "3.10")}
    assert all("no cp310" in g.reason for g in gaps)


def test_manylinux_platform_includes_older_glibc_tags() -> None:
    tags = platform_tags("manylinux_2_28_aarch64")
    assert tags[0] == "manylinux_2_28_aarch64" and "manylinux_2_17_aarch64" in tags
    assert tags[-1] == "manylinux2014_aarch64"
    assert platform_tags("win_amd64") == ["win_amd64"]


def test_resolution_picks_the_right_file_per_target() -> None:
    runtime = [f"iree-base-runtime=={LOCK.iree.version}"]
    (aarch64,) = resolve_target(Target("manylinux_2_28_aarch64", "3.13"), runtime, deps=False)
    (windows,) = resolve_target(Target("win_amd64", "3.11"), runtime, deps=False)
    # cp312 and newer share one abi3 wheel; older Pythons get their own.
    assert aarch64.file.startswith(f"iree_base_runtime-{LOCK.iree.version}-cp312-abi3-")
    assert aarch64.file.endswith("aarch64.whl")
    assert windows.file == f"iree_base_runtime-{LOCK.iree.version}-cp311-cp311-win_amd64.whl"
    assert len(windows.sha256) == 64


def test_every_target_but_the_known_gaps_is_covered() -> None:
    # ~2 s of CPU per pip call (it parses IREE's long index page): more jobs than cores only queue.
    report = resolve_all(LOCK, IREE_PINS, jobs=3, deps=False)
    assert len(report.targets) == len(plan_targets(LOCK)[0])
    assert coverage(LOCK, report) == {label: [] for label in report.targets}
    extra = report.manifest_extra()
    assert len(extra["known_gaps"]) == 2 and set(extra["platforms"]) == set(report.targets)


def test_a_known_gap_is_still_a_gap() -> None:
    """If IREE starts publishing cp310 for macOS, this fails: drop the entry from KNOWN_GAPS."""
    with pytest.raises(WheelhouseError, match="cp310-macosx_13_0_arm64"):
        resolve_target(Target("macosx_13_0_arm64", "3.10"), IREE_PINS[:1], deps=False)


@pytest.mark.slow
def test_gathered_host_target_installs_offline(tmp_path: Path) -> None:
    """Gather the host's target (as --all-platforms does for each), add our wheel, install offline."""
    host_python = f"{sys.version_info.major}.{sys.version_info.minor}"
    if not sys.platform.startswith("linux") or host_python not in LOCK.wheelhouse.python:
        pytest.skip("host is not one of the lock's manylinux targets")
    arch = "aarch64" if "aarch64" in subprocess.check_output(["uname", "-m"], text=True) else "x86_64"
    lock = dataclasses.replace(
        LOCK,
        wheelhouse=dataclasses.replace(
            LOCK.wheelhouse, python=(host_python,), platforms=(f"manylinux_2_28_{arch}",)
        ),
    )
    house = tmp_path / "wheelhouse"
    report = gather_all_platforms(lock, house, log=lambda *_: None)
    # ci/build.py's own step: builds from a copy, so the checkout stays clean.
    options = BuildOptions(dist=tmp_path / "dist")
    _, name = _build_frontend_wheel(options)
    ours = options.dist / name
    wheelhouse.add_wheel(ours, house)
    entries = wheelhouse.write_manifest(house, wheelhouse.iree_requirements(lock), report.manifest_extra())
    assert {e.file for e in entries} >= {f.file for files in report.targets.values() for f in files}
    env_dir = tmp_path / "venv"
    venv.EnvBuilder(with_pip=True).create(env_dir)
    python = env_dir / "bin" / "python"
    pip = [str(python), "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    subprocess.run([*pip, f"torch=={LOCK.torch.tested[0]}"], check=True)
    subprocess.run([*pip, "--no-index", "--find-links", str(house), "torch-iree[compiler]"], check=True)
    out = subprocess.run(
        [str(python), "-c", "import torch_iree, iree.compiler.version as v; print(v.VERSION)"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
        check=True,
    )
    assert out.stdout.strip() == LOCK.iree.build_version
