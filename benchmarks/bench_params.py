"""Exporting with external vs inline parameters: wall time and peak memory of export, archive
write and compile, for torch_iree ``params="external"``, ``params="inline"`` and iree-turbine.

Two models: the decoder of examples/gpt_decoder.py (prefill + decode through ``build_program``)
and a stack of ``nn.Linear(4096, 4096)`` layers with about 1 GB of fp32 weights. Every
(model, configuration, round) runs in a fresh process, so each peak is its own; each checks that
the compiled program reproduces eager's output, so a broken path cannot pass as a fast one.

    python benchmarks/bench_params.py              # or: nox -s bench-params
    python benchmarks/bench_params.py --quick      # one round, a 2-layer stack: a smoke check

Memory is read from /proc. The Python process's high-water mark (VmHWM) is reset at the start
of every phase (``echo 5 > /proc/self/clear_refs``), so each phase reports its own peak. The
compiler, which torch_iree runs as a child process (iree-compile), is measured by a sampler
thread that reads the child's own VmHWM and adds up both processes' RSS for the combined peak.
(RUSAGE_CHILDREN cannot measure the compiler: a child inherits its parent's high-water mark when
it execs, so it reports the Python process's size whenever that is the larger.)

Results: a table on stdout, benchmarks/results/params.{json,txt,png}.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import resource
import signal
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

RESULTS = Path(__file__).parent / "results"
EXAMPLES = Path(__file__).resolve().parents[1] / "examples"
CONFIGS = ("external", "turbine", "inline")  # inline last: the slowest and the largest
MODELS = ("gpt", "linear")
TARGET_RATIO = 1.3  # the target for params="external": peak RSS <= 1.3 x weight bytes
MIB = 1024 * 1024
# Below this, peak/W compares the interpreter and libraries (~300 MiB) with the weights: no ratio.
MIN_RATIO_WEIGHT_MIB = 64


@dataclass(frozen=True)
class Options:
    models: tuple[str, ...] = MODELS
    configs: tuple[str, ...] = CONFIGS
    layers: int = 16  # of the linear stack: 16 x 4096 x 4096 fp32 = 1.07 GB
    # params="external" alone on stacks of these depths too: does the memory above the model
    # grow with W (a copy of the weights somewhere) or stay put (a fixed cost)?
    scaling_layers: tuple[int, ...] = (4, 32)
    rounds: int = 3  # each configuration runs this many times; the fastest round is reported
    width: int = 4096
    timeout_s: float = 900.0  # per configuration; a slower one is recorded as timed out
    results: Path = RESULTS


# ============================================================================ child side
def _status_kib(field_name: str, pid: int | str = "self") -> int:
    """One ``VmXXX``/``RssXXX`` line of /proc/PID/status, in KiB (0 if the process is gone)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field_name + ":"):
                    return int(line.split()[1])
    except (FileNotFoundError, ProcessLookupError):
        pass
    return 0


def _descendants(pid: int) -> list[int]:
    """Child processes, recursively, except forks that have not exec'd yet: until then a child
    shares (vfork) or mirrors (fork) this process's pages, and adding its RSS counts them twice."""
    found: list[int] = []
    try:
        tasks = os.listdir(f"/proc/{pid}/task")
    except FileNotFoundError:
        return found
    for task in tasks:
        try:
            with open(f"/proc/{pid}/task/{task}/children") as children:
                kids = [int(k) for k in children.read().split()]
        except (FileNotFoundError, ProcessLookupError):
            continue
        for kid in kids:
            found += ([kid] if _exe(kid) != _exe("self") else []) + _descendants(kid)
    return found


def _exe(pid: int | str) -> str:
    try:
        return os.readlink(f"/proc/{pid}/exe")
    except OSError:
        return ""


class TreeSampler(threading.Thread):
    """Every ``interval`` s, samples the resident memory of this process plus its children
    (iree-compile), which run at once, so neither's own peak is the machine's; and each
    child's own high-water mark (VmHWM only grows, so a sample misses at most the last
    ``interval`` of a child's life). The sum can miss a spike of this process while its main
    thread holds the GIL; this process's own peak (VmHWM) is exact."""

    def __init__(self, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.interval = interval
        self.peak_kib = 0
        self.child_peak_kib = 0
        self._lock = threading.Lock()

    def run(self) -> None:
        pid = os.getpid()
        while True:
            kids = _descendants(pid)
            total = _status_kib("VmRSS") + sum(_status_kib("VmRSS", kid) for kid in kids)
            child_peak = max((_status_kib("VmHWM", kid) for kid in kids), default=0)
            with self._lock:
                self.peak_kib = max(self.peak_kib, total)
                self.child_peak_kib = max(self.child_peak_kib, child_peak)
            time.sleep(self.interval)

    def take_peaks(self) -> tuple[int, int]:
        """(combined peak, largest child's peak) since the last call; starts the next period."""
        with self._lock:
            peaks = (self.peak_kib, self.child_peak_kib)
            self.peak_kib, self.child_peak_kib = _status_kib("VmRSS"), 0
        return peaks


@dataclass
class Phase:
    name: str
    depth: int  # 0: a phase of the benchmark; 1: a step inside one (torch.export, the importer, ...)
    rss_before_kib: int
    seconds: float = 0.0
    peak_kib: int = 0  # this process's VmHWM during the phase
    rss_after_kib: int = 0
    tree_peak_kib: int = 0  # this process + its children, sampled
    compiler_peak_kib: int = 0  # the largest child process's own VmHWM (iree-compile), sampled
    rusage_children_kib: int = 0  # RUSAGE_CHILDREN after the phase, for reference (see the docstring)
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
        self.sampler = TreeSampler()
        self.sampler.start()
        self.result.hwm_resettable = _reset_hwm()

    @contextlib.contextmanager
    def phase(self, name: str) -> Iterator[None]:
        self._credit_open_phases()
        phase = Phase(name, len(self._open), rss_before_kib=_status_kib("VmRSS"))
        self._open.append(phase)
        _progress(f"{self.result.model}/{self.result.config}: {'  ' * phase.depth}{name} ...")
        started = time.perf_counter()
        try:
            yield
        finally:
            phase.seconds = time.perf_counter() - started
            self._credit_open_phases()
            self._open.pop()
            phase.rss_after_kib = _status_kib("VmRSS")
            phase.anon_after_kib, phase.file_after_kib = _status_kib("RssAnon"), _status_kib("RssFile")
            phase.rusage_children_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
            self.result.phases.append(phase)
            _progress(
                f"{self.result.model}/{self.result.config}: {'  ' * phase.depth}{name} "
                f"{phase.seconds:.1f} s, peak {phase.peak_kib / 1024:.0f} MiB, "
                f"now {phase.rss_after_kib / 1024:.0f} MiB"
            )
            self.save()

    def save(self) -> None:
        self.path.write_text(json.dumps(asdict(self.result)))

    def _credit_open_phases(self) -> None:
        peak, (tree, child) = _status_kib("VmHWM"), self.sampler.take_peaks()
        for phase in self._open:
            phase.peak_kib = max(phase.peak_kib, peak)
            phase.tree_peak_kib = max(phase.tree_peak_kib, tree, peak)
            phase.compiler_peak_kib = max(phase.compiler_peak_kib, child)
        _reset_hwm()


def _reset_hwm() -> bool:
    """Reset this process's VmHWM to its current RSS (Linux >= 4.0); False where not allowed,
    and then every phase's peak is the peak since the process started."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def _progress(message: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {message}", file=sys.stderr, flush=True)


def _instrument(probe: Probe) -> None:
    """Wrap the library calls where memory can go, so each shows as a step of its phase.

    Only this benchmark process is patched, and only with timing wrappers around the same calls.
    """
    import iree.compiler.tools as iree_tools
    import torch
    from iree.compiler.extras.fx_importer import FxImporter

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
    with contextlib.suppress(ImportError):  # torch_iree's step between import and compiler
        import torch_iree.exporting

        wrap(torch_iree.exporting.Exported, "mlir_bytecode", "IR to bytecode")


# ------------------------------------------------------------------------------ the models
@dataclass
class Case:
    """A model with its example inputs and eager reference, and how to check a compiled run."""

    model: Any
    weight_bytes: int
    functions: tuple[str, ...]  # the compiled program's entry points
    export_torch_iree: Callable[[str], Any]  # params -> torch_iree.Exported
    export_turbine: Callable[[], Any]  # -> iree.turbine.aot.ExportOutput
    check: Callable[[dict[str, Callable[..., Any]]], dict[str, Any]]  # functions -> verdict


def _weight_bytes(model: Any) -> int:
    """Bytes of the module's parameters and buffers, each storage counted once (tied weights)."""
    seen: dict[int, int] = {}
    for tensor in [*model.parameters(), *model.buffers()]:
        storage = tensor.untyped_storage()
        seen[storage.data_ptr()] = storage.nbytes()
    return sum(seen.values())


def gpt_case() -> Case:
    import copy

    import torch

    sys.path.insert(0, str(EXAMPLES))
    from gpt_decoder import TinyGPT, build_program, generate

    torch.manual_seed(0)
    model = TinyGPT().eval()
    prompt = torch.randint(0, 96, (1, 8))
    with torch.no_grad():
        reference = copy.deepcopy(model)  # the eager run fills the KV cache: keep the model's clean
        logits = reference.prefill(prompt)
        tokens = generate(reference.prefill, reference.decode, prompt, 8)

    def export_turbine() -> Any:
        import iree.turbine.aot as aot

        aot.externalize_module_parameters(model)
        builder = aot.FxProgramsBuilder(model)
        seq = torch.export.Dim("seq", min=2, max=model.max_len - 32)

        @builder.export_program(name="prefill", args=(prompt,), dynamic_shapes={"tokens": {1: seq}})
        def prefill(module: Any, tokens: Any) -> Any:
            return module.prefill(tokens)

        @builder.export_program(name="decode", args=(torch.zeros(1, 1, dtype=torch.int64), torch.tensor([8])))
        def decode(module: Any, token: Any, position: Any) -> Any:
            return module.decode(token, position)

        return aot.export(builder)

    def check(functions: dict[str, Callable[..., Any]]) -> dict[str, Any]:
        got_logits = functions["prefill"](prompt)
        got_tokens = generate(functions["prefill"], functions["decode"], prompt, 8)
        close = bool(torch.allclose(got_logits, logits, rtol=1e-4, atol=1e-4))
        return {
            "ok": close and got_tokens == tokens,
            "max_abs_err": float((got_logits - logits).abs().max()),
            "same_tokens": got_tokens == tokens,
        }

    return Case(
        model,
        _weight_bytes(model),
        ("prefill", "decode"),
        lambda params: build_program(model, params).export(),
        export_turbine,
        check,
    )


def linear_case(layers: int, width: int) -> Case:
    import torch

    torch.manual_seed(0)
    stack: list[torch.nn.Module] = []
    for _ in range(layers):
        linear = torch.nn.Linear(width, width)
        # Variance-preserving weights with a ReLU between layers: the output keeps its scale
        # through the stack, so the allclose check compares numbers, not values near zero.
        torch.nn.init.normal_(linear.weight, std=(2.0 / width) ** 0.5)
        stack += [linear, torch.nn.ReLU()]
    model = torch.nn.Sequential(*stack).eval()
    x = torch.randn(4, width)
    with torch.no_grad():
        expected = model(x)

    def export_turbine() -> Any:
        import iree.turbine.aot as aot

        aot.externalize_module_parameters(model)
        return aot.export(model, args=(x,))

    def check(functions: dict[str, Callable[..., Any]]) -> dict[str, Any]:
        got = functions["main"](x)
        return {
            "ok": bool(torch.allclose(got, expected, rtol=1e-3, atol=1e-3)),
            "max_abs_err": float((got - expected).abs().max()),
            "max_abs_value": float(expected.abs().max()),
        }

    return Case(
        model,
        _weight_bytes(model),
        ("main",),
        lambda params: _torch_iree_export(model, x, params),
        export_turbine,
        check,
    )


def _torch_iree_export(model: Any, x: Any, params: str) -> Any:
    import torch_iree

    return torch_iree.export(model, (x,), params=params)


# ------------------------------------------------------------------------- configurations
def run_torch_iree(case: Case, params: str, probe: Probe, workdir: Path) -> None:
    with probe.phase("export"):
        exported = case.export_torch_iree(params)
    archive = None
    if params == "external":
        with probe.phase("archive"):
            archive = exported.save_parameters(workdir / "weights.irpa")
    with probe.phase("compile"):
        # cache=False: a cache hit would measure a file read, not the compiler.
        compiled = exported.compile("llvm-cpu", cache=False)
    del exported  # the check's memory is not the export's
    with probe.phase("check"):
        loaded = compiled.load("cpu", parameters=archive)
        probe.result.check = case.check({name: getattr(loaded, name) for name in case.functions})


def run_turbine(case: Case, probe: Probe, workdir: Path) -> None:
    import iree.turbine.aot as aot

    from torch_iree.targets import resolve_target

    probe.result.compiler_in_process = True
    with probe.phase("export"):
        output = case.export_turbine()
    archive = workdir / "weights.irpa"
    with probe.phase("archive"):
        aot.save_module_parameters(archive, case.model)
    with probe.phase("compile"):
        # The same CPU flags torch_iree uses (host features), so the compilers do the same work.
        output.session.set_flags(*resolve_target("llvm-cpu").compiler_flags())
        vmfb = output.compile(save_to=None, target_backends=None)
    del output
    with probe.phase("check"):
        functions = _turbine_functions(vmfb.map_memory(), archive)
        probe.result.check = case.check({name: functions(name) for name in case.functions})


def _turbine_functions(vmfb: Any, archive: Path) -> Callable[[str], Callable[..., Any]]:
    """iree-turbine leaves running to iree.runtime: load the module with its archive (scope
    "model", turbine's default) and call functions with numpy arrays."""
    import iree.runtime as rt
    import torch

    instance, device = rt.VmInstance(), rt.get_device("local-task")
    index = rt.ParameterIndex()
    index.load(str(archive))
    modules = rt.load_vm_modules(
        rt.create_io_parameters_module(instance, index.create_provider(scope="model")),
        rt.create_hal_module(instance, device),
        rt.VmModule.copy_buffer(instance, vmfb),
        config=rt.Config(device=device),
    )

    def function(name: str) -> Callable[..., Any]:
        def call(*args: Any) -> Any:
            return torch.from_numpy(getattr(modules[-1], name)(*(a.numpy() for a in args)).to_host())

        return call

    return function


def child_main(model: str, config: str, options: Options, out: Path) -> int:
    result = ChildResult(model, config)
    probe = Probe(result, out)
    try:
        with probe.phase("imports"):  # the interpreter, torch and IREE: the floor under every peak
            import iree.compiler.extras.fx_importer  # noqa: F401
            import iree.runtime  # noqa: F401
            import torch

            import torch_iree  # noqa: F401

            if config == "turbine":
                import iree.turbine.aot  # noqa: F401
        _instrument(probe)
        with probe.phase("build model"):
            case = gpt_case() if model == "gpt" else linear_case(options.layers, options.width)
        result.weight_bytes = case.weight_bytes
        with tempfile.TemporaryDirectory(prefix="bench-params-") as workdir, torch.no_grad():
            if config == "turbine":
                run_turbine(case, probe, Path(workdir))
            else:
                run_torch_iree(case, config, probe, Path(workdir))
    except Exception as exc:  # recorded, and the run goes on with the next configuration
        result.error = f"{type(exc).__name__}: {exc}".splitlines()[0][:400]
        _progress(f"{model}/{config}: FAILED {result.error}")
    probe.save()
    return 0


# =========================================================================== parent side
def run_child(model: str, config: str, options: Options, layers: int | None = None) -> dict[str, Any]:
    """One configuration in a fresh process (its own session, so a timeout kills iree-compile
    with it); the child's partial result survives a timeout."""
    with tempfile.NamedTemporaryFile(suffix=".json", delete=False) as handle:
        out = Path(handle.name)
    command = [sys.executable, __file__, "--child", model, config, "--out", str(out)]
    command += ["--layers", str(layers or options.layers), "--width", str(options.width)]
    started = time.perf_counter()
    process = subprocess.Popen(command, start_new_session=True)
    timed_out = False
    try:
        process.wait(timeout=options.timeout_s)
    except subprocess.TimeoutExpired:
        timed_out = True
        os.killpg(process.pid, signal.SIGKILL)
        process.wait()
    try:
        row = json.loads(out.read_text() or "{}")
    except json.JSONDecodeError:
        row = {}
    out.unlink(missing_ok=True)
    row.update(model=model, config=config, wall_s=time.perf_counter() - started)
    if timed_out:
        row["error"] = f"timed out after {options.timeout_s:.0f} s"
        row["timed_out"] = True
    elif process.returncode != 0 and not row.get("error"):
        row["error"] = f"exit status {process.returncode}"
    return row


def fastest(rounds: list[dict[str, Any]]) -> dict[str, Any]:
    """The round with the least total time (noise on a shared machine only adds time), with
    every round's total and peak kept beside it."""
    complete = [r for r in rounds if r["summary"]["complete"]] or rounds
    best = dict(min(complete, key=lambda r: r["summary"]["total_s"] or float("inf")))
    best["rounds"] = [
        {k: r["summary"].get(k) for k in ("total_s", "python_peak_mib", "tree_peak_mib")}
        | {"error": r.get("error")}
        for r in rounds
    ]
    return best


def turbine_available() -> bool:
    try:
        import iree.turbine.aot  # noqa: F401
    except ImportError:
        return False
    return True


def summarize(row: dict[str, Any]) -> dict[str, Any]:
    """The numbers the table shows, from one child's phases."""
    phases = [p for p in row.get("phases", []) if p["depth"] == 0]
    by_name = {p["name"]: p for p in phases}
    work = [p for p in phases if p["name"] in ("export", "archive", "compile")]
    weight = row.get("weight_bytes") or 0
    summary: dict[str, Any] = {
        "weight_mib": weight / MIB,
        "imports_mib": by_name.get("imports", {}).get("rss_after_kib", 0) / 1024,
        "model_mib": by_name.get("build model", {}).get("rss_after_kib", 0) / 1024,
        "seconds": {p["name"]: p["seconds"] for p in phases},
        "total_s": sum(p["seconds"] for p in work) if work else None,
        "complete": {"export", "compile"} <= set(by_name) and not row.get("error"),
    }
    if work:
        python_peak = max(p["peak_kib"] for p in work) / 1024
        compiler = by_name.get("compile", {})
        summary["python_peak_mib"] = python_peak
        summary["tree_peak_mib"] = max(p["tree_peak_kib"] for p in work) / 1024
        summary["compiler_peak_mib"] = (
            None if row.get("compiler_in_process") else compiler.get("compiler_peak_kib", 0) / 1024
        )
        if weight / MIB >= MIN_RATIO_WEIGHT_MIB:
            w = weight / MIB
            summary["python_peak_per_w"] = python_peak / w
            summary["over_model_per_w"] = (python_peak - summary["model_mib"]) / w
            summary["over_imports_per_w"] = (python_peak - summary["imports_mib"]) / w
            summary["tree_peak_per_w"] = summary["tree_peak_mib"] / w
    return summary


def ratios(rows: dict[str, dict[str, Any]]) -> dict[str, dict[str, float]]:
    """external against each other configuration: how many times slower / larger the other is."""
    base = rows.get("external", {}).get("summary", {})
    found: dict[str, dict[str, float]] = {}
    for other in ("inline", "turbine"):
        theirs = rows.get(other, {}).get("summary", {})
        if not (base.get("complete") and theirs.get("complete")):
            continue
        found[other] = {
            key: theirs[key] / base[key]
            for key in ("total_s", "python_peak_mib", "tree_peak_mib")
            if base.get(key)
        }
    return found


def run_all(options: Options) -> dict[str, Any]:
    configs = [c for c in options.configs if c != "turbine" or turbine_available()]
    results: dict[str, Any] = {
        "options": {k: str(v) if isinstance(v, Path) else v for k, v in asdict(options).items()},
        "models": {},
        "skipped": [c for c in options.configs if c not in configs],
    }
    for model in options.models:
        runs: dict[str, list[dict[str, Any]]] = {config: [] for config in configs}
        # Rounds interleave the configurations, so a burst of load from other work on the
        # machine slows one round of each rather than every run of one configuration.
        for round_ in range(options.rounds):
            for config in configs:
                row = run_child(model, config, options)
                row["summary"] = summarize(row)
                runs[config].append(row)
                print(f"== {model}/{config} round {round_ + 1}: {_one_line(row)}", flush=True)
        rows = {config: fastest(found) for config, found in runs.items()}
        results["models"][model] = {"rows": rows, "ratios": ratios(rows)}
    main_row = results["models"].get("linear", {}).get("rows", {}).get("external")
    results["scaling"] = run_scaling(options, main_row) if main_row else []
    return results


def run_scaling(options: Options, main_row: dict[str, Any]) -> list[dict[str, Any]]:
    """params="external" on linear stacks of several depths (the main run's row reused)."""
    rows = []
    for layers in sorted({*options.scaling_layers, options.layers}):
        if layers == options.layers:
            row = main_row
        else:
            row = run_child("linear", "external", options, layers=layers)
            row["summary"] = summarize(row)
            print(f"== linear x{layers}/external: {_one_line(row)}", flush=True)
        rows.append({"layers": layers, **row})
    return rows


def _one_line(row: dict[str, Any]) -> str:
    s = row["summary"]
    if row.get("error"):
        return f"error: {row['error']}"
    ratio = f" ({s['python_peak_per_w']:.2f}x W)" if "python_peak_per_w" in s else ""
    return f"total {s['total_s']:.1f} s, python peak {s['python_peak_mib']:.0f} MiB{ratio}, check {row.get('check')}"


# ------------------------------------------------------------------------------- reporting
LEGEND = """\
imports: RSS with the interpreter, torch and IREE loaded; +model: what building the model added (~W)
python: the Python process's peak during export + archive + compile, /W: over the weight bytes
-model/W: (python - RSS with the model built) / W, what exporting holds beyond the weights themselves
compiler: iree-compile's own peak (in-proc: iree-turbine compiles inside the Python process)
tree: Python + compiler processes together, sampled (shared-library pages count in each)
times: wall seconds per phase; total = export + archive + compile (model build and check excluded)"""


def report(results: dict[str, Any]) -> str:
    lines: list[str] = [LEGEND]
    for model, data in results["models"].items():
        rows = data["rows"]
        weight = next((r["summary"]["weight_mib"] for r in rows.values() if r["summary"]["weight_mib"]), 0)
        lines += [
            "",
            f"{model}: W = {weight:.1f} MiB of weights; memory in MiB, peak during export + archive + compile"
            + (" (W too small for /W ratios)" if weight < MIN_RATIO_WEIGHT_MIB else ""),
            "",
            f"{'config':9} {'imports':>7} {'+model':>7} {'python':>7} {'/W':>6} {'-model/W':>8} {'compiler':>8}"
            f" {'tree':>7} {'/W':>6} {'export s':>8} {'archive s':>9} {'compile s':>9} {'total s':>7}  check",
        ]
        for config, row in rows.items():
            lines.append(_table_row(config, row))
        lines.append(
            "  total s per round: "
            + "; ".join(
                f"{config} " + " ".join(_seconds(r["total_s"]) for r in row.get("rounds", []))
                for config, row in rows.items()
            )
        )
        for other, ratio in data["ratios"].items():
            lines.append(
                f"  {other} / external: time {ratio.get('total_s', float('nan')):.2f}x, python peak "
                f"{ratio.get('python_peak_mib', float('nan')):.2f}x, tree peak {ratio.get('tree_peak_mib', float('nan')):.2f}x"
            )
        lines += ["", f"{model}: steps (s, peak MiB, peak above the RSS at the step's start)"]
        for config, row in rows.items():
            steps = [p for p in row.get("phases", []) if p["name"] not in ("imports", "build model")]
            cells = [
                f"{'  ' * p['depth']}{p['name']} {p['seconds']:.1f} s {p['peak_kib'] / 1024:.0f} "
                f"(+{(p['peak_kib'] - p['rss_before_kib']) / 1024:.0f})"
                for p in steps
            ]
            lines.append(f"  {config:9} " + " | ".join(cells))
    lines += _scaling_report(results.get("scaling", []))
    lines += ["", _verdict(results)]
    return "\n".join(lines)


def _scaling_report(rows: list[dict[str, Any]]) -> list[str]:
    """External on stacks of several sizes: a fixed cost above the model stays in MiB as W grows,
    a copy of the weights grows with W."""
    if not rows:
        return []
    lines = [
        "",
        'params="external" by weight size (linear stacks): the peak above the built model, in MiB and / W',
        "",
        f"{'layers':>6} {'W MiB':>7} {'imports':>7} {'+model':>7} {'python':>7} {'/W':>6} {'peak-model':>10} {'/W':>6}"
        f" {'total s':>7}  check",
    ]
    for row in rows:
        s = row["summary"]
        if "python_peak_mib" not in s:
            lines.append(f"{row['layers']:6} {row.get('error', 'no result')}")
            continue
        above = s["python_peak_mib"] - s["model_mib"]
        lines.append(
            f"{row['layers']:6} {s['weight_mib']:7.0f} {s['imports_mib']:7.0f} {s['model_mib'] - s['imports_mib']:7.0f}"
            f" {s['python_peak_mib']:7.0f} {s['python_peak_mib'] / s['weight_mib']:6.2f} {above:10.0f}"
            f" {above / s['weight_mib']:6.2f} {s['total_s']:7.1f}  {'ok' if row.get('check', {}).get('ok') else row.get('error') or 'FAIL'}"
        )
    return lines


def _seconds(value: float | None) -> str:
    return f"{value:.1f}" if value is not None else "-"


def _table_row(config: str, row: dict[str, Any]) -> str:
    s = row["summary"]

    def mib(value: float | None, width: int = 7) -> str:
        return f"{value:{width}.0f}" if value is not None else f"{'in-proc':>{width}}"

    def per_w(value: float | None, width: int = 6) -> str:
        return f"{value:{width}.2f}" if value is not None else f"{'-':>{width}}"

    def sec(name: str, width: int) -> str:
        value = s["seconds"].get(name)
        return f"{value:{width}.1f}" if value is not None else f"{'-':>{width}}"

    head = f"{config:9} {s['imports_mib']:7.0f} {s['model_mib'] - s['imports_mib']:7.0f}"
    if "python_peak_mib" not in s:
        return f"{head}  {row.get('error', 'no result')}"
    check = row.get("check", {})
    verdict = "ok" if check.get("ok") else f"FAIL {check}" if check else (row.get("error") or "-")
    if row.get("error") and check.get("ok"):
        verdict = row["error"]
    return (
        f"{head} {s['python_peak_mib']:7.0f} {per_w(s.get('python_peak_per_w'))} {per_w(s.get('over_model_per_w'), 8)}"
        f" {mib(s['compiler_peak_mib'], 8)} {s['tree_peak_mib']:7.0f} {per_w(s.get('tree_peak_per_w'))}"
        f" {sec('export', 8)} {sec('archive', 9)} {sec('compile', 9)} {s['total_s']:7.1f}  {verdict}"
    )


def _verdict(results: dict[str, Any]) -> str:
    """The issue's two targets, on the largest model measured."""
    model = max(
        results["models"],
        key=lambda m: next(iter(results["models"][m]["rows"].values()))["summary"]["weight_mib"],
    )
    data = results["models"][model]
    external = data["rows"].get("external", {}).get("summary", {})
    lines = [f"targets ({model}):"]
    if external.get("complete"):
        absolute, over = external["python_peak_per_w"], external["over_imports_per_w"]
        lines.append(
            f"  external python peak {absolute:.2f}x W (target <= {TARGET_RATIO}x: "
            f"{'met' if absolute <= TARGET_RATIO else 'NOT met'}); without the {external['imports_mib']:.0f} MiB "
            f"of interpreter + libraries {over:.2f}x W ({'met' if over <= TARGET_RATIO else 'NOT met'})"
        )
    turbine = data["ratios"].get("turbine")
    if turbine:
        lines.append(
            f"  faster than iree-turbine: {'yes' if turbine['total_s'] > 1 else 'NO'} "
            f"(turbine takes {turbine['total_s']:.2f}x external's time)"
        )
    return "\n".join(lines)


def plot(results: dict[str, Any], path: Path) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    models = list(results["models"])
    fig, axes = plt.subplots(len(models), 2, figsize=(12, 4 * len(models)), squeeze=False)
    for (memory, timing), model in zip(axes, models, strict=True):
        rows = results["models"][model]["rows"]
        configs = [c for c in rows if "python_peak_mib" in rows[c]["summary"]]
        _plot_memory(memory, model, [rows[c] for c in configs])
        _plot_time(timing, model, [rows[c] for c in configs])
    fig.tight_layout()
    fig.savefig(path, dpi=110)


def _plot_memory(axis: Any, model: str, rows: list[dict[str, Any]]) -> None:
    """The Python process's peak stacked as floor (imports) + model + what export held above
    it, beside the sampled peak of Python and compiler together; labels give peak / W."""
    summaries = [r["summary"] for r in rows]
    weight = summaries[0]["weight_mib"] if summaries else 0.0
    xs = range(len(rows))
    parts = (
        ("interpreter + libraries", [s["imports_mib"] for s in summaries], "#bbbbbb"),
        ("model (built)", [s["model_mib"] - s["imports_mib"] for s in summaries], "#4c72b0"),
        (
            "export/archive/compile above the model",
            [s["python_peak_mib"] - s["model_mib"] for s in summaries],
            "#dd8452",
        ),
    )
    bottoms = [0.0] * len(rows)
    for label, values, color in parts:
        axis.bar(
            [x - 0.2 for x in xs], [v / 1024 for v in values], 0.38, bottom=bottoms, label=label, color=color
        )
        bottoms = [b + v / 1024 for b, v in zip(bottoms, values, strict=True)]
    trees = [s["tree_peak_mib"] / 1024 for s in summaries]
    axis.bar([x + 0.2 for x in xs], trees, 0.38, label="python + compiler (sampled)", color="#55a868")
    if weight >= MIN_RATIO_WEIGHT_MIB:
        for x, s in zip(xs, summaries, strict=True):
            axis.annotate(
                f"{s['python_peak_per_w']:.2f}x W",
                (x - 0.2, s["python_peak_mib"] / 1024),
                ha="center",
                va="bottom",
                fontsize=8,
            )
            axis.annotate(
                f"{s['tree_peak_per_w']:.2f}x",
                (x + 0.2, s["tree_peak_mib"] / 1024),
                ha="center",
                va="bottom",
                fontsize=8,
            )
        axis.axhline(TARGET_RATIO * weight / 1024, color="red", linestyle="--", label=f"{TARGET_RATIO} x W")
    axis.set_ylim(top=max(trees + bottoms, default=1.0) * 1.35)  # room for the legend and labels
    axis.set_xticks(list(xs), [_label(r) for r in rows])
    axis.set_ylabel("peak RSS (GiB)")
    axis.set_title(f"{model} (W = {weight:.1f} MiB): peak memory")
    axis.legend(fontsize=7, loc="upper left")


def _plot_time(axis: Any, model: str, rows: list[dict[str, Any]]) -> None:
    """Wall time stacked by phase; labels give each configuration's total over external's."""
    summaries = [r["summary"] for r in rows]
    xs = range(len(rows))
    bottoms = [0.0] * len(rows)
    for name in ("export", "archive", "compile"):
        values = [s["seconds"].get(name, 0.0) for s in summaries]
        axis.bar(list(xs), values, 0.6, bottom=bottoms, label=name)
        bottoms = [b + v for b, v in zip(bottoms, values, strict=True)]
    base = next(
        (s["total_s"] for r, s in zip(rows, summaries, strict=True) if r["config"] == "external"), None
    )
    for x, s in zip(xs, summaries, strict=True):
        if base and s["total_s"]:
            axis.annotate(
                f"{s['total_s']:.1f} s ({s['total_s'] / base:.2f}x)",
                (x, s["total_s"]),
                ha="center",
                va="bottom",
                fontsize=8,
            )
    axis.set_ylim(top=max(bottoms, default=1.0) * 1.35)
    axis.set_xticks(list(xs), [_label(r) for r in rows])
    axis.set_ylabel("wall time (s)")
    axis.set_title(f"{model}: export + archive + compile (vs external)")
    axis.legend(fontsize=7, loc="upper left")


def _label(row: dict[str, Any]) -> str:
    return row["config"] + (" (timed out)" if row.get("timed_out") else "")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a 2-layer stack instead of 16")
    parser.add_argument("--models", default=",".join(MODELS))
    parser.add_argument("--configs", default=",".join(CONFIGS))
    parser.add_argument("--layers", type=int, default=None)
    parser.add_argument("--width", type=int, default=Options.width)
    parser.add_argument(
        "--rounds", type=int, default=None, help="runs per configuration (default 3, --quick 1)"
    )
    parser.add_argument("--timeout", type=float, default=Options.timeout_s, help="seconds per configuration")
    parser.add_argument("--results", type=Path, default=RESULTS)
    parser.add_argument(
        "--from-json", type=Path, help="redo the table and plot of an earlier run's params.json"
    )
    parser.add_argument("--child", nargs=2, metavar=("MODEL", "CONFIG"), help=argparse.SUPPRESS)
    parser.add_argument("--out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    layers = args.layers or (2 if args.quick else Options.layers)
    options = Options(
        models=tuple(args.models.split(",")),
        configs=tuple(args.configs.split(",")),
        layers=layers,
        width=args.width,
        timeout_s=args.timeout,
        rounds=args.rounds or (1 if args.quick else Options.rounds),
        scaling_layers=() if args.quick else Options.scaling_layers,
        results=args.results,
    )
    if args.child:
        return child_main(*args.child, options, args.out)
    results = json.loads(args.from_json.read_text()) if args.from_json else run_all(options)
    text = report(results)
    print(text)
    options.results.mkdir(parents=True, exist_ok=True)
    if not args.from_json:
        (options.results / "params.json").write_text(json.dumps(results, indent=1) + "\n")
    (options.results / "params.txt").write_text(text.lstrip() + "\n")
    plot(results, options.results / "params.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
