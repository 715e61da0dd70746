"""``nox -s test-gpu``: detect the GPUs, compile for their architecture, run the GPU suite on each.

1. detect drivers, devices and architectures (``ci.gpu``) and print what was looked for;
2. for each device found, pick the runner kind of ``ci/matrix.toml`` for its driver and
   architecture (its compile target and flags; an architecture the matrix does not list is
   compiled for as detected, with a warning);
3. preflight: compile a tiny program for that target and run it on the device, so a broken
   driver or an unknown architecture is one clear line, not a hundred failing tests;
4. run pytest with the kind's markers (``gpu and cuda`` ...) and TORCH_IREE_GPU_TARGET /
   TORCH_IREE_GPU_DEVICE / TORCH_IREE_GPU_FLAGS set, writing ``dist/junit/<backend>-<N>.xml``.

With no GPU it exits 0 after running the GPU-marked tests once, all skipped (their JUnit file
is ``dist/junit/no-gpu.xml``), or 1 with ``--require-gpu``, which GPU runners pass so that a
runner whose GPU went missing fails instead of passing empty. ``--kind NAME`` (the runner's
matrix kind) also fails when the GPU found is not the one that kind promises.

    python -m ci.gpu_suite [--require-gpu] [--kind nvidia-sm90] [--dry-run] [-- pytest args]
"""

from __future__ import annotations

import argparse
import os
import shlex
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from ci.gpu import DetectedGpu, Detection, detect
from ci.matrix import BACKEND_MARKERS, DRIVER_BACKENDS, Matrix, MatrixError, RunnerKind, load_matrix
from ci.paths import DIST_DIR, REPO_ROOT

JUNIT_DIR = DIST_DIR / "junit"
DEFAULT_TESTS = ("tests",)
# torch_iree.load(device=...) names per driver
DEVICE_ALIASES = {
    "cuda": "cuda",
    "hip": "hip",
    "vulkan": "vulkan",
    "local-task": "local-task",
    "local-sync": "local-sync",
}
_PREFLIGHT_MLIR = """
func.func @main(%a: tensor<4xf32>, %b: tensor<4xf32>) -> tensor<4xf32> {
  %0 = arith.addf %a, %b : tensor<4xf32>
  return %0 : tensor<4xf32>
}
"""


@dataclass(frozen=True)
class GpuSuiteOptions:
    require_gpu: bool = False
    kind: str | None = None  # the runner's matrix kind, checked against what is found
    junit_dir: Path = JUNIT_DIR
    pytest_args: tuple[str, ...] = ()  # extra pytest arguments / test paths (default: tests/)
    dry_run: bool = False  # print the plan, run nothing
    preflight: bool = True


@dataclass(frozen=True)
class GpuRun:
    """One pytest run: a device, the target and flags to compile for it, and its markers."""

    gpu: DetectedGpu
    kind: RunnerKind | None  # None: the architecture is not in the matrix
    target: str
    flags: tuple[str, ...]
    markers: str
    junit: Path

    @property
    def device(self) -> str:
        return f"{DEVICE_ALIASES[self.gpu.driver]}:{self.gpu.index}"

    def env(self) -> dict[str, str]:
        return {
            "TORCH_IREE_GPU_TARGET": self.target,
            "TORCH_IREE_GPU_DEVICE": self.device,
            "TORCH_IREE_GPU_FLAGS": shlex.join(self.flags),
        }


@dataclass
class Plan:
    runs: list[GpuRun] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


def plan_runs(detection: Detection, matrix: Matrix, options: GpuSuiteOptions) -> Plan:
    """Decide what to run for each detected GPU (pure: tested without hardware)."""
    plan = Plan()
    for gpu in detection.gpus:
        backend = DRIVER_BACKENDS[gpu.driver]
        kind = matrix.for_gpu(gpu.driver, gpu.arch)
        if kind is not None:
            target, flags, markers = kind.target, kind.flags, kind.markers
        elif gpu.arch is None:
            plan.errors.append(
                f"{gpu.label}: architecture unknown (see the tool lines above) and no matrix kind "
                f"for driver {gpu.driver} without one; cannot choose a compile target"
            )
            continue
        else:
            target, flags, markers = f"{backend}:{gpu.arch}", (), f"gpu and {BACKEND_MARKERS[backend]}"
            plan.warnings.append(
                f"{gpu.label}: {gpu.arch} is in no kind of ci/matrix.toml; compiling for {target} as detected"
            )
        junit = options.junit_dir / f"{backend}-{gpu.index}.xml"
        plan.runs.append(GpuRun(gpu, kind, target, tuple(flags), markers, junit))
    if options.kind is not None:
        try:
            expected = matrix.kind(options.kind)
        except MatrixError as exc:
            plan.errors.append(str(exc))
        else:
            if detection.gpus and not any(run.kind == expected for run in plan.runs):
                found = ", ".join(f"{g.label} ({g.arch or 'arch unknown'})" for g in detection.gpus)
                plan.errors.append(
                    f"this runner is labelled {expected.name} ({expected.driver}, {expected.arch}) but has {found}"
                )
    return plan


def compile_probe(target: str, flags: Sequence[str] = ()) -> bytes | str:
    """A tiny program compiled for ``target``: the .vmfb, or the compiler's first error line."""
    import iree.compiler.tools as iree_tools

    from torch_iree.compiling import default_compiler

    all_flags = list(default_compiler().flags(target, flags))
    try:
        return iree_tools.compile_str(_PREFLIGHT_MLIR, extra_args=all_flags)
    except iree_tools.CompilerToolError as exc:
        errors = [line for line in str(exc).splitlines() if "error:" in line]
        return f"cannot compile for {target}: {errors[0] if errors else str(exc)[:300]}"


def preflight(run: GpuRun) -> str | None:
    """Compile a tiny program for the run's target and execute it on its device; None if fine."""
    import iree.runtime as rt
    import numpy as np

    vmfb = compile_probe(run.target, run.flags)
    if isinstance(vmfb, str):
        return vmfb
    a = np.arange(4, dtype=np.float32)
    try:
        # The CPU drivers take no index (which lets tests run this path without a GPU).
        url = run.gpu.driver if run.gpu.driver.startswith("local-") else f"{run.gpu.driver}://{run.gpu.index}"
        device = rt.get_device(url)
        instance = rt.VmInstance()
        module = rt.VmModule.copy_buffer(instance, vmfb)
        context = rt.VmContext(instance, modules=[rt.create_hal_module(instance, device), module])
        args = rt.VmVariantList(2)
        for _ in range(2):
            args.push_ref(
                device.allocator.allocate_buffer_copy(
                    memory_type=rt.MemoryType.DEVICE_LOCAL,
                    allowed_usage=rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING,
                    device=device,
                    buffer=a,
                    element_type=rt.HalElementType.FLOAT_32,
                )
            )
        results = rt.VmVariantList(1)
        context.invoke(module.lookup_function("main"), args, results)
        view = results.get_as_object(0, rt.HalBufferView)
        got = np.array(view.map().asarray((4,), np.dtype(np.float32)), copy=True)
    except (RuntimeError, ValueError) as exc:
        return f"cannot run on {run.gpu.label}: {str(exc).strip().splitlines()[0][:300]}"
    if not np.array_equal(got, 2 * a):
        return f"{run.gpu.label} computed {got.tolist()} for 2*{a.tolist()}"
    return None


def pytest_command(markers: str, junit: Path, pytest_args: Sequence[str]) -> list[str]:
    args = list(pytest_args)
    paths = [] if any(not a.startswith("-") for a in args) else list(DEFAULT_TESTS)
    return [sys.executable, "-m", "pytest", "-m", markers, f"--junitxml={junit}", "-rs", *paths, *args]


def run_pytest(command: Sequence[str], env: dict[str, str]) -> int:
    print("$", shlex.join(command), flush=True)
    return subprocess.run(list(command), cwd=REPO_ROOT, env={**os.environ, **env}, check=False).returncode


def run_suite(
    options: GpuSuiteOptions,
    detection: Detection | None = None,
    matrix: Matrix | None = None,
    runner: Callable[[Sequence[str], dict[str, str]], int] = run_pytest,
    check_device: Callable[[GpuRun], str | None] = preflight,
) -> int:
    detection = detection if detection is not None else detect()
    matrix = matrix if matrix is not None else load_matrix()
    print(detection.report())
    plan = plan_runs(detection, matrix, options)
    for warning in plan.warnings:
        print(f"warning: {warning}")
    for error in plan.errors:
        print(f"error: {error}")
    if plan.errors:
        return 1
    options.junit_dir.mkdir(parents=True, exist_ok=True)
    if not plan.runs:
        if options.require_gpu:
            print("error: --require-gpu was given and no GPU device was found (see above)")
            return 1
        print("no GPU: running the GPU-marked tests once so they are reported as skipped")
        command = pytest_command("gpu", options.junit_dir / "no-gpu.xml", options.pytest_args)
        if options.dry_run:
            print("$", " ".join(command))
            return 0
        code = runner(command, {})
        return 0 if code in (0, 5) else code  # 5: no GPU-marked test collected
    failures = []
    for run in plan.runs:
        where = f"{run.gpu.label} ({run.gpu.name or 'unnamed'}, {run.gpu.arch or 'arch unknown'})"
        print(f"\n== {where}: target {run.target} {' '.join(run.flags)}; -m '{run.markers}' → {run.junit}")
        command = pytest_command(run.markers, run.junit, options.pytest_args)
        if options.dry_run:
            print("$", " ".join(command), " ".join(f"{k}={v}" for k, v in run.env().items()))
            continue
        problem = check_device(run) if options.preflight else None
        if problem:
            print(f"error: preflight failed: {problem}")
            failures.append(run.gpu.label)
            continue
        code = runner(command, run.env())
        if code not in (0, 5):
            failures.append(run.gpu.label)
    if failures:
        print(f"\nGPU suite failed on {', '.join(failures)}")
        return 1
    print(f"\nGPU suite passed on {', '.join(run.gpu.label for run in plan.runs)}")
    return 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.gpu_suite", description=__doc__.splitlines()[0])
    parser.add_argument("--require-gpu", action="store_true", help="fail when no GPU is found (GPU runners)")
    parser.add_argument("--kind", help="the runner's kind in ci/matrix.toml; fail if the GPU found differs")
    parser.add_argument("--junit-dir", type=Path, default=JUNIT_DIR)
    parser.add_argument("--dry-run", action="store_true", help="detect and print the plan only")
    parser.add_argument("--no-preflight", action="store_true", help="skip the compile-and-run smoke check")
    parser.add_argument("pytest_args", nargs="*", help="after --: pytest arguments or test paths")
    args = parser.parse_args(argv)
    options = GpuSuiteOptions(
        require_gpu=args.require_gpu,
        kind=args.kind,
        junit_dir=args.junit_dir,
        pytest_args=tuple(args.pytest_args),
        dry_run=args.dry_run,
        preflight=not args.no_preflight,
    )
    try:
        return run_suite(options)
    except MatrixError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
