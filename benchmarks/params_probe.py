"""bench_params' child side: times the phases of one configuration and records each one's peak
memory (``Probe``), and wraps the library calls where memory goes so each shows as a step.

The Python process's own peak is its high-water mark (VmHWM), reset at the start of every phase,
so each phase reports its own. The compiler (iree-compile, a child process) is measured by a
``harness.TreeSampler`` thread: the child's own peak, and both processes' RSS added up.
"""

from __future__ import annotations

import contextlib
import resource
import sys
import time
from collections.abc import Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import harness


@dataclass
class Phase:
    name: str
    depth: int  # 0: a phase of the benchmark; 1: a step inside one (torch.export, the importer, ...)
    rss_before_kib: int
    seconds: float = 0.0
    peak_kib: int = 0  # this process's VmHWM during the phase
    rss_after_kib: int = 0
    tree_peak_kib: int = 0  # this process + its children, sampled
    compiler_peak_kib: int = 0  # the largest child process's own peak (iree-compile), sampled
    rusage_children_kib: int = 0  # RUSAGE_CHILDREN after the phase, for reference (see bench_params)
    # Of rss_after: anonymous memory, and mapped files (shared libraries, a mapped archive).
    anon_after_kib: int = 0
    file_after_kib: int = 0


@dataclass
class ChildResult:
    model: str
    config: str
    weight_bytes: int = 0
    phases: list[Phase] = field(default_factory=list)
    compiler_in_process: bool = False  # iree-turbine compiles in the Python process
    check: dict[str, Any] = field(default_factory=dict)
    hwm_resettable: bool = True
    error: str | None = None


def _kib(field_name: str) -> int:
    return harness.proc_status_bytes(field_name) // 1024


def progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


class Probe:
    """Times phases and records each one's peak memory, written to ``path`` after every phase
    so a configuration killed by the time limit still reports how far it got.

    Phases nest (a torch.export call inside "export"): before the high-water mark is reset for
    an inner phase, the peak so far is credited to every open phase, so outer peaks stay true.
    """

    def __init__(self, result: ChildResult, path: Path) -> None:
        self.result = result
        self.path = path
        self._open: list[Phase] = []
        self.sampler = harness.TreeSampler()
        self.sampler.start()
        self.result.hwm_resettable = harness.reset_peak_rss()

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        self._credit_open_phases()
        phase = Phase(name, len(self._open), rss_before_kib=_kib("VmRSS"))
        self._open.append(phase)
        label = f"{self.result.model}/{self.result.config}: {'  ' * phase.depth}{name}"
        progress(f"{label} ...")
        started = time.perf_counter()
        try:
            yield
        finally:
            phase.seconds = time.perf_counter() - started
            self._credit_open_phases()
            self._open.pop()
            phase.rss_after_kib = _kib("VmRSS")
            phase.anon_after_kib, phase.file_after_kib = _kib("RssAnon"), _kib("RssFile")
            phase.rusage_children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            self.result.phases.append(phase)
            progress(
                f"{label} {phase.seconds:.1f} s, peak {phase.peak_kib / 1024:.0f} MiB, "
                f"now {phase.rss_after_kib / 1024:.0f} MiB"
            )
            self.save()

    def save(self) -> None:
        harness.write_json(self.path, asdict(self.result))

    def _credit_open_phases(self) -> None:
        peak = harness.peak_rss() // 1024
        tree, child = (value // 1024 for value in self.sampler.take_peaks())
        for phase in self._open:
            phase.peak_kib = max(phase.peak_kib, peak)
            phase.tree_peak_kib = max(phase.tree_peak_kib, tree, peak)
            phase.compiler_peak_kib = max(phase.compiler_peak_kib, child)
        harness.reset_peak_rss()


def instrument(probe: Probe) -> None:
    """Wrap the library calls where memory can go, so each shows as a step of its phase.

    Only this benchmark process is patched, and only with timing wrappers around the same calls.
    """
    import iree.compiler.tools as iree_tools
    import torch
    from iree.compiler.extras.fx_importer import FxImporter

    import torch_iree

    def wrap(owner: Any, attribute: str, step: str) -> None:
        original = getattr(owner, attribute)

        def wrapped(*args: Any, **kwargs: Any) -> Any:
            with probe.phase(step):
                return original(*args, **kwargs)

        setattr(owner, attribute, wrapped)

    wrap(torch.export, "export", "torch.export")
    wrap(torch.export.ExportedProgram, "run_decompositions", "run_decompositions")
    wrap(FxImporter, "import_program", "fx import")
    wrap(FxImporter, "import_frozen_program", "fx import (frozen)")
    wrap(iree_tools, "compile_str", "iree-compile")
    wrap(iree_tools, "compile_file", "iree-compile")
    wrap(torch_iree.Exported, "write_bytecode", "IR to bytecode")  # torch_iree's step before iree-compile
