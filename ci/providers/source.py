"""The ``source`` provider: IREE from ``third_party/iree`` with ``IREE_INPUT_TORCH=ON``.

The plan, in order (``python -m ci.providers source --dry-run`` prints it):

1. check the sources: ``third_party/iree`` and IREE's own ``third_party/torch-mlir`` and
   ``third_party/llvm-project`` must be checked out; otherwise stop at once naming the
   ``git submodule update`` command that fetches them;
2. place torch-mlir at the lock's ``torch_mlir.commit`` plus ``compiler_plugin/patches/``, in
   IREE's ``third_party/torch-mlir`` (IREE's ``input_torch`` plugin reads torch-mlir from
   ``${IREE_SOURCE_DIR}/third_party/torch-mlir``, its ``TORCH_MLIR_ROOT_DIR``). The patch queue
   and the conflict / already-upstream check are ``ci.sync.patches``'s;
3. include our preset (``compiler_plugin/CMakePresets.json``) from IREE's ``CMakeUserPresets.json``
   (CMake reads presets only from the source folder);
4. ``cmake --preset torch-iree-<launcher>`` configure (Ninja, ccache or sccache), targets
   selectable with ``-DIREE_TARGET_BACKEND_*``; ``cmake --build``;
5. prove the built ``iree-compile`` lists ``input_torch``;
6. package ``iree-base-compiler`` / ``iree-base-runtime`` wheels with IREE's own
   ``compiler/setup.py`` and ``runtime/setup.py`` (``pip wheel``), steered by the environment
   variables those files read (cited at :func:`_compiler_env` / :func:`_runtime_env`).

It is planned and tested here, never run: it needs the submodules (several GB) and hours of a
large machine.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ci.errors import CiError
from ci.lock import read_lock
from ci.paths import DIST_DIR, LOCK_PATH, REPO_ROOT
from ci.providers.errors import ProviderError
from ci.sync.patches import PATCH_DIR, patch_queue

PRESETS = REPO_ROOT / "compiler_plugin" / "CMakePresets.json"
LAUNCHERS = ("auto", "ccache", "sccache", "none")
# What `targets` can name, and the CMake switches each one turns on (compiler backend, runtime driver).
TARGETS: dict[str, tuple[str, ...]] = {
    "llvm-cpu": ("IREE_TARGET_BACKEND_LLVM_CPU", "IREE_HAL_DRIVER_LOCAL_SYNC", "IREE_HAL_DRIVER_LOCAL_TASK"),
    "vmvx": ("IREE_TARGET_BACKEND_VMVX",),
    "cuda": ("IREE_TARGET_BACKEND_CUDA", "IREE_HAL_DRIVER_CUDA"),
    "rocm": ("IREE_TARGET_BACKEND_ROCM", "IREE_HAL_DRIVER_HIP"),
    "vulkan-spirv": ("IREE_TARGET_BACKEND_VULKAN_SPIRV", "IREE_HAL_DRIVER_VULKAN"),
}
# Input plugins torch-iree can enable besides torch (always on: it is the point of this build).
INPUTS = {"torch": "IREE_INPUT_TORCH", "stablehlo": "IREE_INPUT_STABLEHLO", "tosa": "IREE_INPUT_TOSA"}

FETCH_IREE = "git submodule update --init --depth 1 third_party/iree"
FETCH_IREE_DEPS = "git -C third_party/iree submodule update --init --depth 1"
FETCH_TORCH_MLIR = "git -C third_party/iree submodule update --init --depth 1 third_party/torch-mlir"


class MissingSources(ProviderError):
    """A submodule the source build needs is not checked out; the message names the fetch command."""


@dataclass(frozen=True)
class SourceOptions:
    repo_root: Path = REPO_ROOT
    lock_path: Path = LOCK_PATH
    build_dir: Path = REPO_ROOT / "build" / "iree-cmake"
    wheel_dir: Path = DIST_DIR / "source-wheels"
    launcher: str = "auto"  # auto: sccache if on PATH, else ccache if on PATH, else none
    targets: tuple[str, ...] = tuple(TARGETS)
    inputs: tuple[str, ...] = ("torch",)
    python: Path = field(default_factory=lambda: Path(sys.executable))

    @property
    def iree_dir(self) -> Path:
        return self.repo_root / "third_party" / "iree"

    @property
    def torch_mlir_dir(self) -> Path:
        return self.iree_dir / "third_party" / "torch-mlir"


@dataclass(frozen=True)
class Step:
    name: str
    argv: tuple[str, ...]
    cwd: Path
    env: dict[str, str] = field(default_factory=dict)  # set on top of the caller's environment
    why: str = ""

    def render(self) -> str:
        env = " ".join(f"{k}={shlex.quote(v)}" for k, v in sorted(self.env.items()))
        command = " ".join(shlex.quote(a) for a in self.argv)
        return f"(cd {shlex.quote(str(self.cwd))} && {env + ' ' if env else ''}{command})"


@dataclass(frozen=True)
class SourcePlan:
    options: SourceOptions
    launcher: str  # resolved: ccache, sccache or none
    preset: str
    torch_mlir_commit: str | None
    patches: tuple[str, ...]
    steps: tuple[Step, ...]
    missing: tuple[str, ...]  # why it cannot run now (each with what to do); empty: ready

    def render(self) -> str:
        lines = [
            "source provider plan",
            f"  IREE:        {self.options.iree_dir}",
            f"  torch-mlir:  {self.options.torch_mlir_dir} at {self.torch_mlir_commit or '<unresolved>'}"
            f" + {len(self.patches)} patch(es) {list(self.patches)}",
            f"  build dir:   {self.options.build_dir}",
            f"  wheels to:   {self.options.wheel_dir}",
            f"  preset:      {self.preset} (launcher: {self.launcher})",
            f"  targets:     {', '.join(self.options.targets)}; inputs: {', '.join(self.options.inputs)}",
        ]
        for index, step in enumerate(self.steps, 1):
            lines.append(f"[{index}/{len(self.steps)}] {step.name}" + (f"  # {step.why}" if step.why else ""))
            lines.append(f"    {step.render()}")
        if self.missing:
            lines.append("would stop before step 1:")
            lines.extend(f"  - {reason}" for reason in self.missing)
        return "\n".join(lines)


def resolve_launcher(choice: str) -> str:
    if choice not in LAUNCHERS:
        raise ProviderError(f"launcher {choice!r}: choose one of {', '.join(LAUNCHERS)}")
    if choice != "auto":
        return choice
    return next((tool for tool in ("sccache", "ccache") if shutil.which(tool)), "none")


def missing_sources(options: SourceOptions) -> list[str]:
    """What is not checked out, each with the command that fetches it."""
    iree = options.iree_dir
    if not (iree / "CMakeLists.txt").is_file() or not (iree / "compiler" / "setup.py").is_file():
        return [
            f"{_rel(options, iree)} is not checked out (only its gitlink is): fetch it with "
            f"`{FETCH_IREE}`, then IREE's submodules (LLVM, torch-mlir, ...) with `{FETCH_IREE_DEPS}`"
        ]
    missing = []
    if not (iree / "third_party" / "llvm-project" / "llvm" / "CMakeLists.txt").is_file():
        missing.append(
            f"IREE's third_party/llvm-project is not checked out: fetch it with `{FETCH_IREE_DEPS}`"
        )
    if not (options.torch_mlir_dir / "CMakeLists.txt").is_file():
        missing.append(
            f"{_rel(options, options.torch_mlir_dir)} is not checked out: fetch it with `{FETCH_TORCH_MLIR}`"
        )
    return missing


def plan_source_build(options: SourceOptions | None = None) -> SourcePlan:
    """Every step of the source build, with its command, folder and environment. Runs nothing."""
    options = options or SourceOptions()
    for target in options.targets:
        if target not in TARGETS:
            raise ProviderError(f"unknown target {target!r}: choose from {', '.join(TARGETS)}")
    for name in options.inputs:
        if name not in INPUTS:
            raise ProviderError(f"unknown input plugin {name!r}: choose from {', '.join(INPUTS)}")
    lock = read_lock(options.lock_path)
    launcher = resolve_launcher(options.launcher)
    preset = "torch-iree" if launcher == "none" else f"torch-iree-{launcher}"
    try:
        queue = patch_queue(options.repo_root / PATCH_DIR, lock.torch_mlir.patches)
    except CiError as exc:
        raise ProviderError(f"the torch-mlir patch queue is inconsistent: {exc}") from None
    missing = missing_sources(options)
    commit = lock.torch_mlir.commit
    if commit is None:
        missing.append(
            f"{options.lock_path}: torch_mlir.commit is unresolved: run `nox -s sync-torch-mlir` to "
            "choose the torch-mlir commit that builds on IREE's LLVM"
        )
    py = str(options.python)
    iree, build = options.iree_dir, options.build_dir
    tm = options.torch_mlir_dir
    launcher_env = _launcher_env(launcher)
    steps = [
        Step(
            "check sources",
            (py, "-m", "ci.providers", "check-sources", "--repo-root", str(options.repo_root)),
            REPO_ROOT,  # where the ci package lives
            why="stops at once, naming the fetch command, when a submodule is missing",
        ),
        Step(
            "place torch-mlir",
            (
                py,
                "-m",
                "ci.providers",
                "place-torch-mlir",
                "--torch-mlir",
                str(tm),
                "--commit",
                commit or "<unresolved>",
                "--patch-dir",
                str(options.repo_root / PATCH_DIR),
                *(arg for p in queue for arg in ("--patch", p.name)),
            ),  # fmt: skip
            REPO_ROOT,  # where the ci package lives
            why=(
                f"git checkout --detach {commit or '<commit>'} in {tm.name}, then `git am --3way` each "
                "patch (ci.sync.patches: a conflict stops, an already-upstream patch is skipped)"
            ),
        ),
        Step(
            "link preset",
            (py, "-m", "ci.providers", "link-preset", "--iree", str(iree), "--presets", str(PRESETS)),
            REPO_ROOT,  # where the ci package lives
            why="CMakeUserPresets.json in IREE includes compiler_plugin/CMakePresets.json",
        ),
        Step(
            "configure",
            (
                "cmake",
                "--preset",
                preset,
                "-B",
                str(build),
                f"-DPython3_EXECUTABLE={py}",
                *_switches(options),
            ),  # fmt: skip
            iree,
            launcher_env,
            why="IREE_INPUT_TORCH is IREE's in-tree plugin: no IREE_CMAKE_PLUGIN_PATHS (that is for out-of-tree plugin folders)",
        ),
        Step("build", ("cmake", "--build", str(build), "--target", "iree-compile"), iree, launcher_env),
        Step(
            "check plugin",
            (py, "-m", "ci.providers", "check-plugin", str(build / "tools" / "iree-compile")),
            REPO_ROOT,  # where the ci package lives
            why="the same --iree-print-plugin-info check the prebuilt provider makes",
        ),
        Step(
            "compiler wheel",
            (py, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(options.wheel_dir), "./compiler"),
            iree,
            _compiler_env(options, launcher_env),
            why="IREE's compiler/setup.py reuses the configured build dir (no reconfigure when CMakeCache.txt exists)",
        ),
        Step(
            "runtime wheel",
            (py, "-m", "pip", "wheel", "--no-deps", "-v", "-w", str(options.wheel_dir), "./runtime"),
            iree,
            _runtime_env(options, launcher_env),
        ),
    ]
    return SourcePlan(
        options=options,
        launcher=launcher,
        preset=preset,
        torch_mlir_commit=commit,
        patches=tuple(p.name for p in queue),
        steps=tuple(steps),
        missing=tuple(missing),
    )


def run_source_build(options: SourceOptions | None = None, dry_run: bool = False) -> SourcePlan:
    """Plan, then (unless ``dry_run``) run every step; stop at once when sources are missing."""
    plan = plan_source_build(options)
    if dry_run:
        return plan
    if plan.missing:
        raise MissingSources(
            "the source provider cannot start:\n" + "\n".join(f"  - {reason}" for reason in plan.missing)
        )
    for index, step in enumerate(plan.steps, 1):
        print(f"[{index}/{len(plan.steps)}] {step.name}\n    {step.render()}", flush=True)
        proc = subprocess.run(step.argv, cwd=step.cwd, env={**os.environ, **step.env})
        if proc.returncode != 0:
            raise ProviderError(
                f"source build step '{step.name}' failed (exit {proc.returncode}): {step.render()}"
            )
    return plan


def _switches(options: SourceOptions) -> list[str]:
    """-D switches for the chosen targets and inputs (everything else off), on top of the preset."""
    wanted = {var for target in options.targets for var in TARGETS[target]}
    every = {var for variables in TARGETS.values() for var in variables}
    switches = [f"-D{var}={'ON' if var in wanted else 'OFF'}" for var in sorted(every)]
    enabled_inputs = {"torch", *options.inputs}
    switches += [
        f"-D{var}={'ON' if name in enabled_inputs else 'OFF'}" for name, var in sorted(INPUTS.items())
    ]
    return switches


def _launcher_env(launcher: str) -> dict[str, str]:
    # CMake (>= 3.17) and IREE's setup.py both honour these variables; the preset sets the cache
    # entries too, so a reconfigure by setup.py keeps the launcher.
    if launcher == "none":
        return {}
    return {"CMAKE_C_COMPILER_LAUNCHER": launcher, "CMAKE_CXX_COMPILER_LAUNCHER": launcher}


def _compiler_env(options: SourceOptions, launcher_env: dict[str, str]) -> dict[str, str]:
    """Environment of IREE's compiler/setup.py.

    iree-org/iree compiler/setup.py: "On CIs, it is often advantageous to re-use/control the CMake
    build directory. This can be set with the IREE_COMPILER_API_CMAKE_BUILD_DIR env var", and it
    recommends CMAKE_C_COMPILER_LAUNCHER / CMAKE_CXX_COMPILER_LAUNCHER=ccache. Its plugin table reads
    IREE_INPUT_TORCH (default off) and IREE_TARGET_BACKEND_<X>; IREE_CMAKE_BUILD_TYPE picks the
    build type. Setting them keeps the plugin on should setup.py reconfigure (it drops
    CMakeCache.txt when the Python interpreter changes).
    """
    env = {
        **launcher_env,
        "CMAKE_GENERATOR": "Ninja",
        "IREE_COMPILER_API_CMAKE_BUILD_DIR": str(options.build_dir),
        "IREE_CMAKE_BUILD_TYPE": "Release",
    }
    wanted = {var for target in options.targets for var in TARGETS[target]}
    for name, var in INPUTS.items():
        env[var] = "ON" if name in {"torch", *options.inputs} else "OFF"
    for variables in TARGETS.values():
        for var in variables:
            if var.startswith("IREE_TARGET_BACKEND_"):
                env[var] = "ON" if var in wanted else "OFF"
    return env


def _runtime_env(options: SourceOptions, launcher_env: dict[str, str]) -> dict[str, str]:
    """Environment of IREE's runtime/setup.py.

    iree-org/iree runtime/setup.py: "re-use/control the CMake build directory ... with the
    IREE_RUNTIME_API_CMAKE_BUILD_DIR env var"; "Select CMake options are available from
    environment variables: IREE_HAL_DRIVER_CUDA, IREE_HAL_DRIVER_VULKAN, ..." (HIP likewise).
    The runtime is a separate, small CMake build, so it gets its own folder.
    """
    wanted = {var for target in options.targets for var in TARGETS[target]}
    env = {
        **launcher_env,
        "CMAKE_GENERATOR": "Ninja",
        "IREE_RUNTIME_API_CMAKE_BUILD_DIR": str(options.build_dir.parent / "iree-runtime-cmake"),
        "IREE_CMAKE_BUILD_TYPE": "Release",
    }
    for var in ("IREE_HAL_DRIVER_CUDA", "IREE_HAL_DRIVER_HIP", "IREE_HAL_DRIVER_VULKAN"):
        env[var] = "ON" if var in wanted else "OFF"
    return env


def _rel(options: SourceOptions, path: Path) -> str:
    try:
        return str(path.relative_to(options.repo_root))
    except ValueError:
        return str(path)
