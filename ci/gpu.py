"""GPU detection: which IREE runtime drivers work here, which devices they see, and each GPU's
architecture (what to compile for).

Drivers and devices come from the IREE runtime itself (the drivers it was built with, and the
devices each one enumerates), so detection sees exactly what the tests will use. The
architecture comes from the vendor tools: ``nvidia-smi --query-gpu=index,name,compute_cap``
for NVIDIA (compute capability 9.0 → ``sm_90``), ``rocminfo`` (or ``amdgpu-arch``) for AMD.
Their outputs are parsed by pure functions, tested on recorded outputs in ``tests/ci/data/``.

    python -m ci.gpu        # what was looked for and what was found
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

GPU_DRIVERS = ("cuda", "hip", "vulkan")
NVIDIA_SMI = ("nvidia-smi", "--query-gpu=index,name,compute_cap", "--format=csv,noheader")
ROCMINFO = ("rocminfo",)
AMDGPU_ARCH = ("amdgpu-arch",)
_GFX = re.compile(r"^gfx[0-9a-f]{3,5}$")  # gfx90a, gfx942, gfx1100; not gfx11-generic
_COMPUTE_CAP = re.compile(r"^(\d+)\.(\d+)$")


# --------------------------------------------------------------------------------------------
# Pure parsing of vendor tool output


@dataclass(frozen=True)
class GpuArch:
    """One GPU as a vendor tool describes it."""

    index: int
    arch: str  # "sm_90", "gfx942"
    name: str = ""


def parse_nvidia_smi(output: str) -> list[GpuArch]:
    """``nvidia-smi --query-gpu=index,name,compute_cap --format=csv,noheader`` (or only
    ``compute_cap``) → one GpuArch per GPU. Lines that are not data (errors, "[N/A]") are skipped."""
    gpus: list[GpuArch] = []
    for line in output.splitlines():
        fields = [f.strip() for f in line.split(",")]
        if not fields or not _COMPUTE_CAP.match(fields[-1]):
            continue
        major, minor = _COMPUTE_CAP.match(fields[-1]).groups()  # type: ignore[union-attr]
        index = int(fields[0]) if len(fields) >= 2 and fields[0].isdigit() else len(gpus)
        name = ", ".join(fields[1:-1]) if len(fields) >= 3 else ""
        gpus.append(GpuArch(index, f"sm_{major}{minor}", name))
    return gpus


def parse_rocminfo(output: str) -> list[GpuArch]:
    """``rocminfo`` → the GPU agents, in order, with their gfx architecture.

    Agents are the ``Agent N`` sections; a GPU agent has ``Device Type: GPU``. Its architecture is
    its ``Name`` (``gfx942``), minus target-feature suffixes (``gfx90a:sramecc+:xnack-``); APUs
    that report a marketing string as Name get it from the first specific ISA name instead
    (``amdgcn-amd-amdhsa--gfx1103``; generic ISAs such as ``gfx11-generic`` are not architectures).
    """
    gpus: list[GpuArch] = []
    for agent in re.split(r"^\s*Agent \d+\s*$", output, flags=re.MULTILINE)[1:]:
        fields: dict[str, str] = {}
        isa_archs = []
        for line in agent.splitlines():
            key, sep, value = line.strip().partition(":")
            if not sep:
                continue
            key, value = key.strip(), value.strip()
            if key == "Name" and value.startswith("amdgcn-"):
                arch = value.rsplit("--", 1)[-1].split(":")[0].lower()
                if _GFX.match(arch):
                    isa_archs.append(arch)
            elif key not in fields:  # the agent's own fields come before its pools and ISAs
                fields[key] = value
        if fields.get("Device Type", "").upper() != "GPU":
            continue
        own = fields.get("Name", "").split(":")[0].strip().lower()
        arch = own if _GFX.match(own) else (isa_archs[0] if isa_archs else "")
        if arch:
            gpus.append(GpuArch(len(gpus), arch, fields.get("Marketing Name", "")))
    return gpus


def parse_amdgpu_arch(output: str) -> list[GpuArch]:
    """``amdgpu-arch`` prints one gfx name per GPU (repeated for identical GPUs)."""
    archs = [line.strip().split(":")[0].lower() for line in output.splitlines()]
    return [GpuArch(i, arch) for i, arch in enumerate(a for a in archs if _GFX.match(a))]


# --------------------------------------------------------------------------------------------
# Probing this machine


@dataclass(frozen=True)
class ToolRun:
    """What running a vendor tool gave: missing (not on PATH), failed, or its output."""

    argv: tuple[str, ...]
    found: bool
    returncode: int | None = None
    stdout: str = ""
    stderr: str = ""

    @property
    def ok(self) -> bool:
        return self.found and self.returncode == 0

    def describe(self) -> str:
        if not self.found:
            return f"{' '.join(self.argv)}: not on PATH"
        if self.returncode != 0:
            detail = (self.stderr or self.stdout).strip().splitlines()
            return f"{' '.join(self.argv)}: exit {self.returncode}" + (
                f" ({detail[0][:120]})" if detail else ""
            )
        return f"{' '.join(self.argv)}: ok"


def run_tool(argv: Sequence[str], timeout: float = 60) -> ToolRun:
    if shutil.which(argv[0]) is None:
        return ToolRun(tuple(argv), found=False)
    try:
        proc = subprocess.run(list(argv), capture_output=True, text=True, timeout=timeout, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return ToolRun(tuple(argv), found=True, returncode=-1, stderr=str(exc))
    return ToolRun(tuple(argv), True, proc.returncode, proc.stdout, proc.stderr)


@dataclass(frozen=True)
class DriverProbe:
    """One IREE runtime driver: whether it could be created and which devices it lists."""

    driver: str
    compiled_in: bool
    devices: tuple[dict, ...] = ()  # query_available_devices(): device_id, path, name
    error: str | None = None

    def describe(self) -> str:
        if not self.compiled_in:
            return f"{self.driver}: not in this iree-base-runtime build"
        if self.error:
            return f"{self.driver}: unavailable ({self.error})"
        names = ", ".join(str(d.get("name") or d.get("path") or d.get("device_id")) for d in self.devices)
        return f"{self.driver}: {len(self.devices)} device(s)" + (f" [{names}]" if names else "")


def probe_driver(driver: str) -> DriverProbe:
    import iree.runtime as rt

    if driver not in rt.query_available_drivers():
        return DriverProbe(driver, compiled_in=False)
    try:
        devices = rt.get_driver(driver).query_available_devices()
    except (RuntimeError, ValueError) as exc:
        # The driver is compiled in but its library (libcuda, libamdhip64, libvulkan) or the
        # kernel driver is missing: the first line of IREE's message says which.
        return DriverProbe(driver, True, error=_first_line(str(exc)))
    return DriverProbe(driver, True, tuple(dict(d) for d in devices))


def _first_line(text: str) -> str:
    line = text.strip().splitlines()[0] if text.strip() else "unknown error"
    line = re.sub(r"^.*?(UNAVAILABLE|NOT_FOUND|INTERNAL|FAILED_PRECONDITION); ", r"\1: ", line)
    return line.rstrip(": ")[:200]


@dataclass(frozen=True)
class DetectedGpu:
    """A device a GPU driver opened, with the architecture to compile for (None: not known)."""

    driver: str
    index: int
    name: str
    arch: str | None

    @property
    def label(self) -> str:
        return f"{self.driver}:{self.index}"


@dataclass(frozen=True)
class Detection:
    probes: tuple[DriverProbe, ...]
    tools: tuple[ToolRun, ...]
    gpus: tuple[DetectedGpu, ...]
    notes: tuple[str, ...] = field(default_factory=tuple)

    def report(self) -> str:
        """What was looked for, and what was found, for people reading CI logs."""
        lines = ["GPU detection (IREE runtime drivers, then vendor tools for the architecture):"]
        lines += [f"  driver {probe.describe()}" for probe in self.probes]
        lines += [f"  tool   {tool.describe()}" for tool in self.tools]
        lines += [f"  note   {note}" for note in self.notes]
        if self.gpus:
            lines += [f"  found  {g.label} {g.name or '?'} arch={g.arch or 'unknown'}" for g in self.gpus]
        else:
            lines.append("  found  no GPU device")
        return "\n".join(lines)


def detect(
    probe: Callable[[str], DriverProbe] = probe_driver,
    tool: Callable[[Sequence[str]], ToolRun] = run_tool,
    drivers: Sequence[str] = GPU_DRIVERS,
) -> Detection:
    """Probe every GPU driver and ask the vendor tools for architectures.

    The tools run even where the runtime sees no device: "nvidia-smi works but libcuda is not
    found" is the kind of thing a person reading the report needs to see.
    """
    probes = tuple(probe(d) for d in drivers)
    tools: list[ToolRun] = []
    notes: list[str] = []
    gpus: list[DetectedGpu] = []
    for p in probes:
        archs: list[GpuArch] = []
        if p.driver == "cuda":
            smi = tool(NVIDIA_SMI)
            tools.append(smi)
            archs = parse_nvidia_smi(smi.stdout) if smi.ok else []
        elif p.driver == "hip":
            info = tool(ROCMINFO)
            tools.append(info)
            archs = parse_rocminfo(info.stdout) if info.ok else []
            if not archs:
                fallback = tool(AMDGPU_ARCH)
                tools.append(fallback)
                archs = parse_amdgpu_arch(fallback.stdout) if fallback.ok else []
        if archs and not p.devices:
            found = ", ".join(sorted({a.arch for a in archs}))
            notes.append(
                f"{p.driver}: the vendor tool sees {len(archs)} GPU(s) ({found}) but the IREE runtime none"
            )
        gpus += _assign(p, archs, notes)
    return Detection(probes, tuple(tools), tuple(gpus), tuple(notes))


def _assign(probe: DriverProbe, archs: list[GpuArch], notes: list[str]) -> list[DetectedGpu]:
    """Pair the runtime's devices with the tool's architectures (both in device order)."""
    distinct = sorted({a.arch for a in archs})
    if probe.driver in ("cuda", "hip") and archs and len(archs) != len(probe.devices):
        notes.append(
            f"{probe.driver}: the runtime lists {len(probe.devices)} device(s), the vendor tool {len(archs)}"
        )
    if len(distinct) > 1:
        # CUDA orders devices fastest-first unless CUDA_DEVICE_ORDER=PCI_BUS_ID, nvidia-smi by
        # PCI bus: with mixed GPUs the pairing by index is only right in PCI order.
        notes.append(f"{probe.driver}: mixed architectures {distinct}; set CUDA_DEVICE_ORDER=PCI_BUS_ID")
    found = []
    for i, device in enumerate(probe.devices):
        arch = archs[i] if i < len(archs) else None
        if arch is None and len(distinct) == 1:
            arch = archs[0]
        name = (arch.name if arch else "") or str(device.get("name") or "")
        found.append(DetectedGpu(probe.driver, i, name, arch.arch if arch else None))
    return found


def main(argv: list[str] | None = None) -> int:
    del argv
    print(detect().report())
    return 0


if __name__ == "__main__":
    sys.exit(main())
