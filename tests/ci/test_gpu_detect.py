"""GPU detection and the `nox -s test-gpu` logic.

Parsing is tested on recorded vendor-tool outputs (tests/ci/data/); detection and planning on
fake probes; and the real IREE runtime of this machine drives the no-GPU path end to end.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path

import pytest

from ci.gpu import (
    AMDGPU_ARCH,
    GPU_DRIVERS,
    NVIDIA_SMI,
    ROCMINFO,
    DetectedGpu,
    Detection,
    DriverProbe,
    ToolRun,
    detect,
    parse_amdgpu_arch,
    parse_nvidia_smi,
    parse_rocminfo,
    probe_driver,
)
from ci.gpu_suite import GpuRun, GpuSuiteOptions, plan_runs, preflight, run_suite
from ci.matrix import load_matrix
from ci.paths import REPO_ROOT

DATA = Path(__file__).parent / "data"


def data(name: str) -> str:
    return (DATA / name).read_text()


# -- parsing recorded outputs ----------------------------------------------------------------


def test_nvidia_smi() -> None:
    h100 = parse_nvidia_smi(data("nvidia-smi-h100x4.csv"))
    assert [g.arch for g in h100] == ["sm_90"] * 4
    assert [g.index for g in h100] == [0, 1, 2, 3] and h100[0].name == "NVIDIA H100 80GB HBM3"
    assert [g.arch for g in parse_nvidia_smi(data("nvidia-smi-a100-compute-cap.csv"))] == ["sm_80", "sm_80"]
    mixed = parse_nvidia_smi(data("nvidia-smi-mixed.csv"))
    assert [(g.index, g.arch, g.name) for g in mixed] == [
        (0, "sm_89", "NVIDIA GeForce RTX 4090"),
        (1, "sm_86", "NVIDIA RTX A6000"),
    ]
    assert parse_nvidia_smi(data("nvidia-smi-old-driver.txt")) == []
    assert parse_nvidia_smi(data("nvidia-smi-no-driver.txt")) == []
    assert parse_nvidia_smi("0, Some GPU, [N/A]\n") == []


def test_rocminfo() -> None:
    mi300 = parse_rocminfo(data("rocminfo-mi300x-2gpu.txt"))
    assert [(g.index, g.arch, g.name) for g in mi300] == [
        (0, "gfx942", "AMD Instinct MI300X"),
        (1, "gfx942", "AMD Instinct MI300X"),
    ]  # the CPU agents are not GPUs; the generic gfx9-4-generic ISA is not an architecture
    assert [g.arch for g in parse_rocminfo(data("rocminfo-rx7900xtx.txt"))] == ["gfx1100"]
    assert [g.arch for g in parse_rocminfo(data("rocminfo-apu-780m.txt"))] == ["gfx1103"]
    assert parse_rocminfo(data("rocminfo-no-kfd.txt")) == []
    feature_suffix = "Agent 1\n  Name:   gfx90a:sramecc+:xnack-\n  Device Type:   GPU\n"
    assert [g.arch for g in parse_rocminfo(feature_suffix)] == ["gfx90a"]


def test_amdgpu_arch() -> None:
    assert [g.arch for g in parse_amdgpu_arch(data("amdgpu-arch-mi300x.txt"))] == ["gfx942", "gfx942"]
    assert parse_amdgpu_arch("error: no devices\n") == []


# -- detection on fake probes ----------------------------------------------------------------


def _probe(devices: dict[str, int]):
    def probe(driver: str) -> DriverProbe:
        count = devices.get(driver, 0)
        if not count:
            return DriverProbe(driver, True, error="UNAVAILABLE: no library")
        return DriverProbe(
            driver, True, tuple({"device_id": i, "path": "", "name": f"gpu{i}"} for i in range(count))
        )

    return probe


def _tools(outputs: dict[str, str | None]):
    calls: list[tuple[str, ...]] = []

    def tool(argv: Sequence[str]) -> ToolRun:
        calls.append(tuple(argv))
        out = outputs.get(argv[0])
        if out is None:
            return ToolRun(tuple(argv), found=False)
        return ToolRun(tuple(argv), True, 0, out, "")

    return tool, calls


def test_detect_nvidia() -> None:
    tool, _ = _tools({"nvidia-smi": data("nvidia-smi-h100x4.csv")})
    detection = detect(_probe({"cuda": 4}), tool)
    assert [(g.label, g.arch) for g in detection.gpus] == [(f"cuda:{i}", "sm_90") for i in range(4)]
    assert "found  cuda:0 NVIDIA H100 80GB HBM3 arch=sm_90" in detection.report()


def test_detect_amd_falls_back_to_amdgpu_arch() -> None:
    tool, calls = _tools(
        {"rocminfo": data("rocminfo-no-kfd.txt"), "amdgpu-arch": data("amdgpu-arch-mi300x.txt")}
    )
    detection = detect(_probe({"hip": 2}), tool)
    assert [(g.label, g.arch) for g in detection.gpus] == [("hip:0", "gfx942"), ("hip:1", "gfx942")]
    assert ROCMINFO in calls and AMDGPU_ARCH in calls


def test_detect_notes_mismatches() -> None:
    tool, _ = _tools({"nvidia-smi": data("nvidia-smi-mixed.csv")})
    detection = detect(_probe({"cuda": 2}), tool)
    assert [g.arch for g in detection.gpus] == ["sm_89", "sm_86"]
    assert any("CUDA_DEVICE_ORDER=PCI_BUS_ID" in note for note in detection.notes)
    tool, _ = _tools({"nvidia-smi": data("nvidia-smi-h100x4.csv")})
    detection = detect(_probe({}), tool)
    assert detection.gpus == ()
    assert any(
        "the vendor tool sees 4 GPU(s) (sm_90) but the IREE runtime none" in n for n in detection.notes
    )


def test_vulkan_devices_have_no_arch() -> None:
    tool, calls = _tools({})
    detection = detect(_probe({"vulkan": 1}), tool)
    assert [(g.label, g.arch) for g in detection.gpus] == [("vulkan:0", None)]
    assert NVIDIA_SMI in calls  # looked for, not on PATH
    assert (
        "nvidia-smi --query-gpu=index,name,compute_cap --format=csv,noheader: not on PATH"
        in detection.report()
    )


# -- planning and running (no hardware) ------------------------------------------------------


def _detection(*gpus: DetectedGpu) -> Detection:
    return Detection((), (), gpus)


def test_plan_uses_the_matrix_target_for_the_arch(tmp_path: Path) -> None:
    options = GpuSuiteOptions(junit_dir=tmp_path)
    plan = plan_runs(_detection(DetectedGpu("cuda", 0, "H100", "sm_90")), load_matrix(), options)
    (run,) = plan.runs
    assert run.kind is not None and run.kind.name == "nvidia-sm90"
    assert (run.target, run.markers, run.device) == ("cuda:sm_89", "gpu and cuda", "cuda:0")
    assert run.junit == tmp_path / "cuda-0.xml"
    assert run.env()["TORCH_IREE_GPU_TARGET"] == "cuda:sm_89" and not plan.errors


def test_plan_for_an_arch_outside_the_matrix_and_an_unknown_arch(tmp_path: Path) -> None:
    options = GpuSuiteOptions(junit_dir=tmp_path)
    gpus = (
        DetectedGpu("cuda", 0, "A6000", "sm_86"),
        DetectedGpu("hip", 0, "?", None),
        DetectedGpu("vulkan", 0, "", None),
    )
    plan = plan_runs(_detection(*gpus), load_matrix(), options)
    assert [(r.gpu.label, r.target) for r in plan.runs] == [
        ("cuda:0", "cuda:sm_86"),
        ("vulkan:0", "vulkan-spirv"),
    ]
    assert plan.warnings == [
        "cuda:0: sm_86 is in no kind of ci/matrix.toml; compiling for cuda:sm_86 as detected"
    ]
    assert len(plan.errors) == 1 and plan.errors[0].startswith("hip:0: architecture unknown")


def test_plan_checks_the_runner_kind(tmp_path: Path) -> None:
    options = GpuSuiteOptions(junit_dir=tmp_path, kind="nvidia-sm90")
    plan = plan_runs(_detection(DetectedGpu("cuda", 0, "A100", "sm_80")), load_matrix(), options)
    assert plan.errors == ["this runner is labelled nvidia-sm90 (cuda, sm_90) but has cuda:0 (sm_80)"]


def test_run_suite_runs_pytest_per_device(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    calls: list[tuple[list[str], dict[str, str]]] = []

    def runner(command: Sequence[str], env: dict[str, str]) -> int:
        calls.append((list(command), env))
        return 0

    gpus = (DetectedGpu("hip", 0, "MI300X", "gfx942"), DetectedGpu("hip", 1, "MI300X", "gfx942"))
    options = GpuSuiteOptions(
        junit_dir=tmp_path, require_gpu=True, kind="amd-gfx942", pytest_args=("tests/models",)
    )
    code = run_suite(options, _detection(*gpus), load_matrix(), runner=runner, check_device=lambda run: None)
    assert code == 0
    assert [env["TORCH_IREE_GPU_DEVICE"] for _, env in calls] == ["hip:0", "hip:1"]
    first = calls[0][0]
    assert first[first.index("-m", 2) + 1] == "gpu and rocm"  # the kind's markers
    assert f"--junitxml={tmp_path / 'rocm-0.xml'}" in first and first[-1] == "tests/models"
    assert "GPU suite passed on hip:0, hip:1" in capsys.readouterr().out
    code = run_suite(
        options, _detection(*gpus), load_matrix(), runner=runner, check_device=lambda run: "no device"
    )
    assert code == 1


def test_preflight_compiles_and_runs_on_a_device() -> None:
    # The same code path a GPU takes, on the CPU driver (which takes no device index).
    run = GpuRun(DetectedGpu("local-task", 0, "cpu", None), None, "llvm-cpu", (), "gpu", Path("x.xml"))
    assert preflight(run) is None
    unknown = GpuRun(DetectedGpu("local-task", 0, "cpu", None), None, "cuda:sm_90", (), "gpu", Path("x.xml"))
    assert "cannot compile for cuda:sm_90" in (preflight(unknown) or "")


# -- this machine, through the real IREE runtime ---------------------------------------------


def test_real_runtime_probe_reports_every_gpu_driver() -> None:
    detection = detect()
    assert [p.driver for p in detection.probes] == list(GPU_DRIVERS)
    report = detection.report()
    for driver in GPU_DRIVERS:
        assert f"driver {driver}: " in report
    for probe in detection.probes:
        assert probe == probe_driver(probe.driver)  # stable between calls
        if not probe.devices:
            assert probe.describe() != ""
    assert ("found  no GPU device" in report) == (not detection.gpus)


def _no_gpu_here() -> None:
    if detect().gpus:
        pytest.skip("this machine has a GPU: the no-GPU path does not apply")


def test_require_gpu_fails_without_a_gpu(tmp_path: Path) -> None:
    _no_gpu_here()
    proc = subprocess.run(
        [sys.executable, "-m", "ci.gpu_suite", "--require-gpu", "--junit-dir", str(tmp_path)],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert proc.returncode == 1, proc.stdout + proc.stderr
    assert "driver cuda:" in proc.stdout and "found  no GPU device" in proc.stdout
    assert "--require-gpu was given and no GPU device was found" in proc.stdout


def test_without_a_gpu_the_gpu_suite_is_all_skipped(tmp_path: Path) -> None:
    _no_gpu_here()
    proc = subprocess.run(
        [
            sys.executable,
            "-m",
            "ci.gpu_suite",
            "--junit-dir",
            str(tmp_path),
            "--",
            "tests/models/test_model_suite.py",
            "-q",
            "-p",
            "no:cacheprovider",
        ],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]
    suite = ET.parse(tmp_path / "no-gpu.xml").getroot().find("testsuite")
    assert suite is not None
    assert int(suite.get("tests", 0)) > 0
    assert int(suite.get("skipped", 0)) == int(suite.get("tests", 0))
    assert int(suite.get("failures", 0)) == int(suite.get("errors", 0)) == 0
