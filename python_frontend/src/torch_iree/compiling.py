"""The compile stage's engine: compiler flags per target, cache keys, and iree-compile.

It is the only place that builds iree-compile flags and compile-cache keys; the stage objects
(``Exported.compile``), the torch.compile backend and the CLI all compile through a
``Compiler``. It compiles MLIR files to ``.vmfb`` bytes and knows nothing of what the program
means: callers describe their program with a JSON-able dict, which is hashed into the key,
stored with the bytes and handed back on a cache hit.

``iree.compiler`` is imported only inside the functions that run it, so loading a compiled
program (which imports this module through ``torch_iree.artifacts``) needs only the runtime.
"""

from __future__ import annotations

import ast
import contextlib
import importlib.util
import json
import logging
import platform
import re
import tempfile
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from torch_iree._files import sha256_of
from torch_iree.cache import CompileCache, cache_key
from torch_iree.errors import CompileError, UnsupportedOp, UnsupportedOpError
from torch_iree.targets import Target, resolve_target

log = logging.getLogger(__name__)

KEY_FORMAT = "torch-iree-compile-3"  # bump when what a key covers changes
_ILLEGAL_OP = re.compile(
    r"^(?P<loc>\S+?):(?P<line>\d+):\d+: error: failed to legalize operation '(?P<op>[\w.]+)'"
    r"(?:.*?<\{name = \"(?P<generic>[\w.]+)\"\}>)?",
    re.MULTILINE,
)
_NOT_OPS = ("torch.constant.", "torch.prim.", "torch.vtensor.literal")
_TARGET_CPU = re.compile(r'cpu = "(?P<cpu>[^"]*)"')
_TARGET_FEATURES = re.compile(r'cpu_features = "(?P<features>[^"]*)"')
_PROBE = "func.func @main(%a: tensor<4xf32>) -> tensor<4xf32> {\n  return %a : tensor<4xf32>\n}\n"


@dataclass(frozen=True)
class HostCpu:
    """What ``--iree-llvmcpu-target-cpu=host`` means on a machine: LLVM's name and features.

    Programs compiled for "llvm-cpu" are compiled for these explicitly, so the flags, the cache
    key and the saved metadata all say which CPU the code needs (a shared or copied cache never
    serves AVX-512 code to a machine without it)."""

    name: str
    features: str  # "+avx2,+fma,..." as LLVM spells them

    def flags(self) -> list[str]:
        flags = [f"--iree-llvmcpu-target-cpu={self.name}"]
        if self.features:
            flags.append(f"--iree-llvmcpu-target-cpu-features={self.features}")
        return flags


def detect_host_cpu() -> HostCpu:
    """Ask iree-compile what ``host`` resolves to here (one small compile, ~0.2 s)."""
    from iree.compiler import tools as iree_tools

    with tempfile.TemporaryDirectory(prefix="torch-iree-host-") as folder:
        source = Path(folder) / "probe.mlir"
        source.write_text(_PROBE, encoding="utf-8")
        try:
            text = iree_tools.compile_file(
                str(source),
                extra_args=[
                    "--iree-hal-target-backends=llvm-cpu",
                    "--iree-llvmcpu-target-cpu=host",
                    "--compile-to=executable-targets",
                ],
                output_format="mlir-text",
            )
        except iree_tools.CompilerToolError as exc:
            raise CompileError(f"iree-compile could not resolve the host CPU:\n{exc}") from None
    text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
    cpu, features = _TARGET_CPU.search(text), _TARGET_FEATURES.search(text)
    if cpu is None or not cpu.group("cpu") or cpu.group("cpu") == "host":
        raise CompileError(
            "iree-compile did not report which CPU 'host' is; pass a target such as llvm-cpu:generic"
        )
    return HostCpu(cpu.group("cpu"), features.group("features") if features else "")


def cpu_fingerprint() -> str | None:
    """What decides what "host" means to LLVM on this machine, read cheaply: the architecture
    and /proc/cpuinfo's vendor, model and feature lines (Linux). None elsewhere."""
    try:
        text = Path("/proc/cpuinfo").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return None
    keys = (
        "vendor_id",
        "cpu family",
        "model",
        "model name",
        "flags",
        "CPU implementer",
        "CPU part",
        "Features",
    )
    lines = sorted({line.strip() for line in text.splitlines() if line.partition(":")[0].strip() in keys})
    return "\n".join([platform.machine(), *lines]) if lines else None


@dataclass(frozen=True)
class CompileOutput:
    """What a compile gave: the .vmfb, the description stored with it, where it came from."""

    vmfb: bytes
    meta: dict[str, Any]  # the caller's description of the program, stored with it
    from_cache: bool


def _compiler_build() -> tuple[str, dict[str, str]]:
    """The compiler wheel's VERSION and REVISIONS, read from its generated ``version.py``
    without importing ``iree.compiler`` (whose package init loads the MLIR bindings, ~30 ms):
    a warm process's first cache hit needs the compiler's identity, not the compiler."""
    spec = importlib.util.find_spec("iree.compiler")
    try:
        path = Path(next(iter(spec.submodule_search_locations or ()))) / "version.py"  # type: ignore[union-attr]
        values = {
            target.id: ast.literal_eval(node.value)
            for node in ast.parse(path.read_text()).body
            if isinstance(node, ast.Assign)
            for target in node.targets
            if isinstance(target, ast.Name)
        }
        if isinstance(values.get("VERSION"), str) and isinstance(values.get("REVISIONS"), dict):
            return values["VERSION"], values["REVISIONS"]
    except (AttributeError, TypeError, StopIteration, OSError, SyntaxError, ValueError):
        pass
    from iree.compiler import version as iree_version  # an unusual install: ask the package

    return iree_version.VERSION, dict(iree_version.REVISIONS)


class Compiler:
    """One IREE compiler installation as this process uses it: its identity, and what the
    "llvm-cpu" target compiles for (``host_cpu``: detected from the compiler on first need, or
    given, e.g. to compile for another machine's CPU). ``default_compiler()`` is the one the
    library uses when given none."""

    def __init__(self, host_cpu: HostCpu | None = None) -> None:
        self._host_cpu = host_cpu
        self._identity: tuple[str, ...] | None = None
        self._lock = threading.Lock()

    @property
    def host_cpu(self) -> HostCpu:
        with self._lock:
            if self._host_cpu is None:
                self._host_cpu = self._remembered_host_cpu()
                log.debug("host CPU for llvm-cpu: %s", self._host_cpu.name)
            return self._host_cpu

    def _remembered_host_cpu(self) -> HostCpu:
        """``detect_host_cpu``, remembered in the compile cache under what decides it (this
        compiler build and the CPU's model and feature flags), so a new process does not pay
        for a compiler run before its first cache hit. Where the CPU cannot be described
        cheaply, the compiler is asked every time."""
        fingerprint = cpu_fingerprint()
        programs = CompileCache.from_environment() if fingerprint else None
        if programs is None or fingerprint is None:
            return detect_host_cpu()
        cache = CompileCache(programs.root / "host-cpu")  # beside the programs, not among them
        key = cache_key(["host-cpu", fingerprint, *self.identity()])
        entry = cache.get(key)
        if entry is not None and all(isinstance(entry.meta.get(f), str) for f in ("name", "features")):
            return HostCpu(entry.meta["name"], entry.meta["features"])
        host = detect_host_cpu()
        cache.put(key, {"name": host.name, "features": host.features}, b"")
        return host

    def flags(self, target: str | Target, extra: Sequence[str] = ()) -> tuple[str, ...]:
        """Every iree-compile flag for ``target``, then the caller's ``extra`` ones."""
        resolved = resolve_target(target)
        flags = [f"--iree-hal-target-backends={resolved.backend.iree_backend}"]
        if resolved.is_host_cpu:
            # The host's exact CPU and features, and no tuning flag beyond IREE's defaults:
            # benchmarks/bench_flags.py measured im2col convolutions, all microkernels,
            # aggressive fusion, -O3 and transposes through convolutions per model on IREE 3.13
            # (benchmarks/results/flags.txt); none won on most of the models it changed without
            # losing or breaking as many (im2col: ResNet-18 at 224x224 0.61x, small and
            # transposed convolutions up to 1.31x; -O3 and aggressive fusion break models).
            flags += self.host_cpu.flags()
        elif resolved.arch is not None:
            flags.append(f"{resolved.backend.arch_flag}={resolved.arch}")
        if resolved.backend.keeps_f64:
            flags.append("--iree-input-demote-f64-to-f32=false")
        return (*flags, *extra)

    def identity(self) -> tuple[str, ...]:
        """What besides the program and flags decides the compiled bytes: the compiler build."""
        if self._identity is None:
            version, revisions = _compiler_build()
            self._identity = (KEY_FORMAT, version, *sorted(revisions.values()))
        return self._identity

    def key(self, flags: Sequence[str], parts: Sequence[bytes | str]) -> str:
        """The cache key of a program described by ``parts``, compiled with ``flags``."""
        return cache_key([*parts, "--flags--", *flags, "--compiler--", *self.identity()])

    def cached(self, key: str, cache: CompileCache | None) -> CompileOutput | None:
        entry = cache.get(key) if cache is not None else None
        return None if entry is None else CompileOutput(entry.payload, entry.meta, from_cache=True)

    def compile_file(
        self,
        source: Path,
        target: str | Target,
        flags: Sequence[str],
        meta: Mapping[str, Any],
        cache: CompileCache | None = None,
        key: str | None = None,
    ) -> CompileOutput:
        """Compile the MLIR (text or bytecode) file ``source`` with exactly ``flags``; with a
        cache and a key, store the result there with the caller's ``meta``."""
        vmfb = run_iree_compile(source, flags, resolve_target(target).name)
        if cache is not None and key is not None:
            cache.put(key, dict(meta), vmfb)
        return CompileOutput(vmfb, dict(meta), from_cache=False)

    def compile_or_load(
        self,
        target: str | Target,
        flags: Sequence[str],
        key: str,
        write_source: Callable[[Path], Mapping[str, Any]],
        cache: CompileCache | None,
    ) -> CompileOutput:
        """The cached program for ``key`` (see ``key``), or compile it: ``write_source`` puts
        the MLIR at the path it is given and returns the description to store. It is called
        only on a miss, so a hit costs neither an import nor a compile. While one process
        compiles a key, others wait for it and load its result."""
        if (hit := self.cached(key, cache)) is not None:
            return hit
        with claimed(cache, key):
            if cache is not None and cache.contains(key) and (hit := self.cached(key, cache)) is not None:
                return hit  # another process compiled it while we waited
            with tempfile.TemporaryDirectory(prefix="torch-iree-compile-") as folder:
                source = Path(folder) / "program.mlirbc"
                meta = write_source(source)
                return self.compile_file(source, target, flags, meta, cache, key)


_default_compiler: Compiler | None = None
_default_lock = threading.Lock()


def default_compiler() -> Compiler:
    """The compiler the library uses when given none: made on first use, one per process (so
    the host CPU is asked for once)."""
    global _default_compiler
    with _default_lock:
        if _default_compiler is None:
            _default_compiler = Compiler()
        return _default_compiler


def claimed(cache: CompileCache | None, key: str) -> Any:
    """``cache.claim(key)``, or nothing to hold without a cache."""
    return cache.claim(key) if cache is not None else contextlib.nullcontext()


def resolve_cache(cache: CompileCache | None | bool) -> CompileCache | None:
    """``True``: the cache the environment configures (None when it is off); ``False``/None:
    no cache; or the given cache."""
    if cache is True:
        return CompileCache.from_environment()
    return cache or None


def file_sha256(path: Path) -> str:
    with path.open("rb") as file:
        return sha256_of(file)


def describe_json(value: Any) -> str:
    """A canonical JSON text of ``value``, for keys."""
    return json.dumps(value, sort_keys=True, separators=(",", ":"))


def run_iree_compile(source: Path, flags: Sequence[str], target_name: str) -> bytes:
    """iree-compile ``source`` (torch input) to .vmfb bytes; failures become our errors.

    The program goes to iree-compile as a file and comes back through one: with inline weights
    it is as large as the weights, and holding or piping it would cost two more copies of them
    (measured in benchmarks/bench_params.py)."""
    from iree.compiler import tools as iree_tools

    output = source.with_name(source.stem + ".vmfb")
    log.debug("iree-compile %s %s", source, " ".join(flags))
    try:
        iree_tools.compile_file(
            str(source), input_type="torch", extra_args=list(flags), output_file=str(output)
        )
    except iree_tools.CompilerToolError as exc:
        raise explain_failure(str(exc), target_name) from None
    return output.read_bytes()


def explain_failure(diagnostics: str, target: str) -> CompileError:
    """Turn iree-compile's output into our error: named ops when an op failed to lower."""
    ops = []
    for match in _ILLEGAL_OP.finditer(diagnostics):
        name = match.group("generic") or match.group("op")
        if not name.startswith("torch.") or name.startswith(_NOT_OPS):
            continue  # a backend op (vector.*, arith.*), or a constant or list that the failing
            # op uses: left to the location-based attribution, which names the op itself
        ops.append(
            UnsupportedOp(name.removeprefix("torch."), f"{match.group('loc')}:{match.group('line')}", None)
        )
    if ops:
        return UnsupportedOpError(ops, target)
    body = diagnostics.split("Invoked with:")[0].strip()
    # A crash appends LLVM's stack dump: the frames say nothing to a user of the frontend.
    body = re.sub(
        r"\nStack dump:\n.*?(?=\nSet IREE_SAVE_TEMPS|\Z)",
        "\n(iree-compile crashed; stack dump left out)",
        body,
        flags=re.S,
    )
    # The CPU target attribute lists hundreds of features; they bury the actual error.
    body = re.sub(r'cpu_features = "[^"]*"', 'cpu_features = "..."', body)
    body = re.sub(r"--iree-llvmcpu-target-cpu-features=\S+", "--iree-llvmcpu-target-cpu-features=...", body)
    error = CompileError(
        f"iree-compile failed for target {target!r}:\n{body}\n"
        "Set IREE_SAVE_TEMPS=/some/dir to keep the compiler's intermediate files."
    )
    error.diagnostics = diagnostics
    return error
