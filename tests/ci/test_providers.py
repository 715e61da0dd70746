"""Compiler providers: prebuilt verification against the real installed compiler, the clear
errors when the plugin or the locked version is missing, and the source plan and its error paths."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from ci.lock import update_lock
from ci.paths import LOCK_PATH, REPO_ROOT
from ci.providers import (
    MissingSources,
    ProviderError,
    SourceOptions,
    VerifyOptions,
    plan_source_build,
    run_source_build,
    verify_prebuilt,
)
from ci.providers.placement import link_preset, place_torch_mlir
from ci.providers.source import FETCH_IREE, FETCH_TORCH_MLIR, PRESETS

iree_compiler = pytest.importorskip("iree.compiler", reason="the locked iree-base-compiler is not installed")

GIT_ENV = {
    "GIT_AUTHOR_NAME": "T",
    "GIT_AUTHOR_EMAIL": "t@example.invalid",
    "GIT_COMMITTER_NAME": "T",
    "GIT_COMMITTER_EMAIL": "t@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
    "GIT_CONFIG_GLOBAL": os.devnull,
}


def _lock_copy(tmp_path: Path, **changes: object) -> Path:
    lock = tmp_path / "stack.lock"
    shutil.copyfile(LOCK_PATH, lock)
    if changes:
        update_lock(changes, lock)
    return lock


# -- prebuilt -----------------------------------------------------------------------------------


def test_prebuilt_verifies_the_installed_compiler() -> None:
    result = verify_prebuilt()
    assert "input_torch" in result.plugins
    assert result.probe_result == (0.75, -1.0, 10.0, 140.0)  # (a + b) * b
    assert result.seconds < 30


def _hiding_wrapper(tmp_path: Path) -> Path:
    """A real iree-compile wrapper whose --iree-print-plugin-info does not list input_torch."""
    from iree.compiler.tools.binaries import find_tool

    wrapper = tmp_path / "iree-compile"
    wrapper.write_text(
        "#!/bin/sh\n"
        f'"{find_tool("iree-compile")}" "$@" 2>&1 | sed -e "s/input_torch, //" -e "s/, input_torch//"\n'
    )
    wrapper.chmod(wrapper.stat().st_mode | stat.S_IXUSR)
    return wrapper


def test_compiler_without_the_plugin_gives_a_clear_error(tmp_path: Path) -> None:
    wrapper = _hiding_wrapper(tmp_path)
    listed = subprocess.run(
        [str(wrapper), "--iree-print-plugin-info", "/dev/null", "-o", "/dev/null"],
        capture_output=True,
        text=True,
    )
    assert (
        "Available plugins:" in listed.stdout
        and "input_torch" not in listed.stdout.split("Available plugins:")[1].splitlines()[0]
    )
    with pytest.raises(ProviderError) as info:
        verify_prebuilt(VerifyOptions(iree_compile=wrapper))
    message = str(info.value)
    assert "does not carry the torch input plugin" in message
    assert "IREE_INPUT_TORCH=ON" in message and "pip install iree-base-compiler==" in message
    assert "--compiler=source" in message


def test_cli_verify_reports_the_missing_plugin(tmp_path: Path) -> None:
    proc = subprocess.run(
        [sys.executable, "-m", "ci.providers", "verify", "--iree-compile", str(_hiding_wrapper(tmp_path))],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 1 and "error:" in proc.stderr and "input_torch" in proc.stderr


def test_version_other_than_the_lock_is_an_error(tmp_path: Path) -> None:
    lock = _lock_copy(tmp_path, **{"iree.build_version": "3.13.0rc20990101"})
    with pytest.raises(ProviderError, match="names build 3.13.0rc20990101") as info:
        verify_prebuilt(VerifyOptions(lock_path=lock))
    assert "pip install" in str(info.value)


# -- source ------------------------------------------------------------------------------------


def _fake_sources(root: Path, torch_mlir: bool = True) -> None:
    """Just the files the source provider looks for; nothing is built from them."""
    iree = root / "third_party" / "iree"
    for rel in [
        "CMakeLists.txt",
        "compiler/setup.py",
        "runtime/setup.py",
        "third_party/llvm-project/llvm/CMakeLists.txt",
    ]:
        (iree / rel).parent.mkdir(parents=True, exist_ok=True)
        (iree / rel).write_text("")
    if torch_mlir:
        (iree / "third_party" / "torch-mlir").mkdir(parents=True)
        (iree / "third_party" / "torch-mlir" / "CMakeLists.txt").write_text("")
    patches = root / "compiler_plugin" / "patches"
    patches.mkdir(parents=True)
    (patches / "0001-fix.patch").write_text("placeholder\n")


def _options(tmp_path: Path, **overrides: object) -> SourceOptions:
    lock = _lock_copy(tmp_path, **{"torch_mlir.commit": "a" * 40})
    base: dict = dict(
        repo_root=tmp_path / "repo",
        lock_path=lock,
        build_dir=tmp_path / "build" / "iree-cmake",
        wheel_dir=tmp_path / "wheels",
        launcher="ccache",
        python=Path("/usr/bin/python3"),
    )
    base.update(overrides)
    return SourceOptions(**base)


def test_source_plan_names_every_command_folder_and_variable(tmp_path: Path) -> None:
    _fake_sources(tmp_path / "repo")
    options = _options(tmp_path)
    plan = plan_source_build(options)
    assert plan.missing == ()
    assert plan.patches == ("0001-fix.patch",) and plan.torch_mlir_commit == "a" * 40
    steps = {step.name: step for step in plan.steps}
    assert list(steps) == [
        "check sources", "place torch-mlir", "link preset", "configure", "build",
        "check plugin", "compiler wheel", "runtime wheel",
    ]  # fmt: skip
    iree = options.iree_dir
    place = steps["place torch-mlir"].argv
    assert place[place.index("--commit") + 1] == "a" * 40 and "0001-fix.patch" in place
    assert str(options.torch_mlir_dir) in place
    configure = steps["configure"]
    assert configure.cwd == iree
    assert configure.argv[:5] == ("cmake", "--preset", "torch-iree-ccache", "-B", str(options.build_dir))
    assert "-DIREE_INPUT_TORCH=ON" in configure.argv and "-DIREE_TARGET_BACKEND_CUDA=ON" in configure.argv
    assert configure.env["CMAKE_CXX_COMPILER_LAUNCHER"] == "ccache"
    assert steps["build"].argv == ("cmake", "--build", str(options.build_dir), "--target", "iree-compile")
    compiler = steps["compiler wheel"]
    assert compiler.argv[-1] == "./compiler" and str(options.wheel_dir) in compiler.argv
    assert compiler.env["IREE_COMPILER_API_CMAKE_BUILD_DIR"] == str(options.build_dir)
    assert compiler.env["IREE_INPUT_TORCH"] == "ON" and compiler.env["CMAKE_C_COMPILER_LAUNCHER"] == "ccache"
    runtime = steps["runtime wheel"]
    assert runtime.argv[-1] == "./runtime" and "IREE_RUNTIME_API_CMAKE_BUILD_DIR" in runtime.env
    text = plan.render()
    for step in plan.steps:
        assert step.render() in text
    assert "IREE_COMPILER_API_CMAKE_BUILD_DIR=" in text and "would stop" not in text


def test_source_plan_selects_targets_and_launcher(tmp_path: Path) -> None:
    _fake_sources(tmp_path / "repo")
    plan = plan_source_build(
        _options(tmp_path, targets=("llvm-cpu",), launcher="sccache", inputs=("torch", "tosa"))
    )
    configure = next(s for s in plan.steps if s.name == "configure")
    assert plan.preset == "torch-iree-sccache"
    assert "-DIREE_TARGET_BACKEND_LLVM_CPU=ON" in configure.argv
    assert (
        "-DIREE_TARGET_BACKEND_CUDA=OFF" in configure.argv and "-DIREE_HAL_DRIVER_CUDA=OFF" in configure.argv
    )
    assert "-DIREE_INPUT_TOSA=ON" in configure.argv and "-DIREE_INPUT_STABLEHLO=OFF" in configure.argv
    runtime = next(s for s in plan.steps if s.name == "runtime wheel")
    assert (
        runtime.env["IREE_HAL_DRIVER_CUDA"] == "OFF" and runtime.env["CMAKE_C_COMPILER_LAUNCHER"] == "sccache"
    )
    with pytest.raises(ProviderError, match="unknown target 'metal'"):
        plan_source_build(_options(tmp_path, targets=("metal",)))


def test_source_without_iree_stops_at_once_naming_the_fetch_command(tmp_path: Path) -> None:
    (tmp_path / "repo" / "third_party" / "iree").mkdir(parents=True)  # a gitlink without checkout
    with pytest.raises(MissingSources) as info:
        run_source_build(_options(tmp_path))
    assert FETCH_IREE in str(info.value)
    assert not (tmp_path / "build").exists()  # nothing ran


def test_source_without_torch_mlir_names_its_fetch_command(tmp_path: Path) -> None:
    _fake_sources(tmp_path / "repo", torch_mlir=False)
    with pytest.raises(MissingSources, match="torch-mlir is not checked out") as info:
        run_source_build(_options(tmp_path))
    assert FETCH_TORCH_MLIR in str(info.value)


def test_source_with_unresolved_torch_mlir_commit_says_to_sync(tmp_path: Path) -> None:
    _fake_sources(tmp_path / "repo")
    (tmp_path / "unresolved").mkdir()
    lock = _lock_copy(tmp_path / "unresolved")  # torch_mlir.commit = "unresolved" in the real lock
    with pytest.raises(MissingSources, match="nox -s sync-torch-mlir"):
        run_source_build(_options(tmp_path, lock_path=lock))


def test_this_checkout_source_build_and_dry_run() -> None:
    """Here third_party/iree is a gitlink without checkout: build stops, dry-run prints the plan."""
    if (REPO_ROOT / "third_party" / "iree" / "CMakeLists.txt").exists():
        pytest.skip("third_party/iree is checked out here")
    build = subprocess.run(
        [sys.executable, "-m", "ci.build", "--compiler=source"], cwd=REPO_ROOT, capture_output=True, text=True
    )
    assert build.returncode == 1
    assert "git submodule update --init --depth 1" in " ".join(build.stdout.split())
    dry = subprocess.run(
        [sys.executable, "-m", "ci.providers", "source", "--dry-run", "--launcher", "ccache"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
    )
    assert dry.returncode == 0, dry.stderr
    assert "cmake --preset torch-iree-ccache" in dry.stdout and "would stop before step 1" in dry.stdout


# -- the source build's own small steps, for real ---------------------------------------------


def _git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", *args], cwd=cwd, check=True, capture_output=True, text=True, env={**os.environ, **GIT_ENV}
    ).stdout.strip()


def test_place_torch_mlir_checks_out_the_commit_and_applies_the_queue(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    for key, value in GIT_ENV.items():
        monkeypatch.setenv(key, value)
    tm = tmp_path / "torch-mlir"
    tm.mkdir()
    _git(tm, "init", "--quiet", "--initial-branch=main")
    (tm / "lib.cpp").write_text("one\ntwo\n")
    _git(tm, "add", "lib.cpp")
    _git(tm, "commit", "--quiet", "-m", "base")
    base = _git(tm, "rev-parse", "HEAD")
    (tm / "lib.cpp").write_text("one\nTWO\n")
    _git(tm, "commit", "--quiet", "-am", "fix two")
    patches = tmp_path / "patches"
    patches.mkdir()
    (patches / "0001-fix-two.patch").write_text(_git(tm, "format-patch", "-1", "--stdout") + "\n")
    (tm / "lib.cpp").write_text("one\nTWO\nthree\n")
    _git(tm, "commit", "--quiet", "-am", "later upstream work")

    applied = place_torch_mlir(tm, base, patches, ["0001-fix-two.patch"])
    assert applied == ["0001-fix-two.patch"]
    assert (tm / "lib.cpp").read_text() == "one\nTWO\n"
    assert _git(tm, "rev-parse", "HEAD~1") == base


def test_link_preset_makes_our_presets_visible_to_cmake(tmp_path: Path) -> None:
    if shutil.which("cmake") is None:
        pytest.skip("cmake not on PATH")
    iree = tmp_path / "iree"
    iree.mkdir()
    (iree / "CMakeLists.txt").write_text("cmake_minimum_required(VERSION 3.21)\nproject(x NONE)\n")
    user = link_preset(iree, PRESETS)
    assert json.loads(user.read_text())["include"] == [str(PRESETS.resolve())]
    listed = subprocess.run(["cmake", "--list-presets"], cwd=iree, capture_output=True, text=True)
    if listed.returncode != 0 and "version" in listed.stderr.lower():
        pytest.skip(f"this cmake cannot read presets v6: {listed.stderr.strip()}")
    assert listed.returncode == 0, listed.stderr
    for preset in ("torch-iree", "torch-iree-ccache", "torch-iree-sccache", "torch-iree-cpu"):
        assert f'"{preset}"' in listed.stdout
    assert link_preset(iree, PRESETS) == user  # idempotent
    user.write_text("{}")
    with pytest.raises(ProviderError, match="exists with other content"):
        link_preset(iree, PRESETS)
