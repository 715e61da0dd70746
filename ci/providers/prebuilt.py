"""The ``prebuilt`` provider: prove the installed, locked IREE release carries ``input_torch``.

Three checks, each failing with what is missing and how to fix it:

1. the installed ``iree-base-compiler`` is the locked build (``iree.compiler.version.VERSION``
   equals the lock's ``iree.build_version``; the commit too, when the wheel reports one);
2. ``iree-compile --iree-print-plugin-info`` lists ``input_torch``;
3. the torch-dialect probe (``compiler_plugin/probe/torch_probe.mlir``) compiles with
   ``--iree-input-type=torch`` and, run with ``iree.runtime``, gives the right numbers.

The checks run against an interpreter's install (``python``: the build venv's, by default this
one), through ``probe_runtime.py`` run by path, because the nox build session itself has no
IREE installed. ``iree_compile`` can be injected (tests point it at a wrapper that hides the
plugin); by default it is the binary that interpreter's ``iree.compiler`` finds.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

from ci.lock import read_lock
from ci.paths import LOCK_PATH, REPO_ROOT
from ci.providers.errors import ProviderError

PLUGIN = "input_torch"
PROBE_MLIR = REPO_ROOT / "compiler_plugin" / "probe" / "torch_probe.mlir"
PROBE_RUNTIME = Path(__file__).with_name("probe_runtime.py")
# The probe is tiny; a generic CPU keeps the vmfb portable and silences the "generic CPU" warning.
COMPILE_FLAGS = (
    "--iree-input-type=torch",
    "--iree-hal-target-device=local",
    "--iree-hal-local-target-device-backends=llvm-cpu",
    "--iree-llvmcpu-target-cpu=generic",
)
_FIX_INSTALL = "reinstall the locked release: `pip install {pins}` (or rerun `nox -s build -- --fresh`)"


@dataclass(frozen=True)
class VerifyOptions:
    lock_path: Path = LOCK_PATH
    python: Path = field(default_factory=lambda: Path(sys.executable))
    iree_compile: Path | None = None  # None: the one the interpreter's iree.compiler finds
    probe: Path = PROBE_MLIR
    timeout_s: float = 120.0


@dataclass(frozen=True)
class VerifyResult:
    version: str
    commit: str | None
    iree_compile: Path
    plugins: tuple[str, ...]
    probe_result: tuple[float, ...]
    seconds: float

    def summary(self) -> str:
        return (
            f"iree-base-compiler {self.version}: {PLUGIN} present "
            f"({len(self.plugins)} plugins), torch probe OK in {self.seconds:.1f}s"
        )


def verify_prebuilt(options: VerifyOptions | None = None) -> VerifyResult:
    """Run the three checks; raise ProviderError on the first that fails."""
    options = options or VerifyOptions()
    start = time.perf_counter()
    lock = read_lock(options.lock_path)
    pins = " ".join(f"iree-base-{p}=={lock.iree.version}" for p in ("compiler", "runtime"))
    fix = _FIX_INSTALL.format(pins=pins)

    info = _probe_json(options, ["info"], f"cannot import iree.compiler in {options.python}; {fix}")
    if info["version"] != lock.iree.build_version:
        raise ProviderError(
            f"{options.python} has iree-base-compiler {info['version']} installed, but the stack lock "
            f"({options.lock_path}) names build {lock.iree.build_version} (release {lock.iree.version}); "
            f"{fix}"
        )
    commit = info["revisions"].get("IREE")
    if commit and commit != lock.iree.commit:
        raise ProviderError(
            f"the installed iree-base-compiler was built from IREE {commit}, the lock says "
            f"{lock.iree.commit}; {fix}"
        )

    compiler = options.iree_compile or Path(info["iree_compile"] or "")
    if not compiler.is_file():
        raise ProviderError(f"iree-compile not found (looked for {compiler or 'it'}); {fix}")
    plugins = plugin_list(compiler, options.timeout_s)
    if PLUGIN not in plugins:
        raise ProviderError(
            f"{compiler} does not carry the torch input plugin: `--iree-print-plugin-info` lists "
            f"{', '.join(plugins) or 'no plugins'} but not {PLUGIN}. torch-iree needs a compiler built "
            f"with IREE_INPUT_TORCH=ON: {fix}, or build one with `nox -s build -- --compiler=source`"
        )

    with tempfile.TemporaryDirectory(prefix="torch-iree-probe-") as tmp:
        vmfb = Path(tmp) / "probe.vmfb"
        compiled = _run(
            [str(compiler), *COMPILE_FLAGS, str(options.probe), "-o", str(vmfb)], options.timeout_s
        )
        if compiled.returncode != 0 or not vmfb.is_file():
            raise ProviderError(
                f"{compiler} lists {PLUGIN} but cannot compile the torch probe {options.probe} "
                f"(exit {compiled.returncode}):\n{_tail(compiled)}\nThe plugin is broken in this build; {fix}"
            )
        ran = _probe_json(options, ["run", str(vmfb)], f"the torch probe compiled but did not run; {fix}")
    got = [float(v) for v in ran["result"]]
    want = _expected()
    if len(got) != len(want) or not all(
        math.isclose(g, w, rel_tol=1e-6) for g, w in zip(got, want, strict=False)
    ):
        raise ProviderError(
            f"the torch probe ran but returned {got}, expected {want}: the compiler or runtime "
            f"miscompiles (a + b) * b; {fix}"
        )
    return VerifyResult(
        version=info["version"],
        commit=commit,
        iree_compile=compiler,
        plugins=tuple(plugins),
        probe_result=tuple(got),
        seconds=time.perf_counter() - start,
    )


def plugin_list(iree_compile: Path, timeout_s: float = 60.0) -> list[str]:
    """The plugins ``iree-compile --iree-print-plugin-info`` names ("Available plugins: a, b")."""
    proc = _run([str(iree_compile), "--iree-print-plugin-info", "/dev/null", "-o", "/dev/null"], timeout_s)
    text = proc.stdout + proc.stderr
    for line in text.splitlines():
        _, sep, names = line.partition("Available plugins:")
        if sep:
            return [name.strip() for name in names.split(",") if name.strip()]
    if proc.returncode != 0:
        raise ProviderError(
            f"`{iree_compile} --iree-print-plugin-info` failed (exit {proc.returncode}):\n{_tail(proc)}"
        )
    return []


def _expected() -> list[float]:
    # The same numbers probe_runtime.py feeds in; imported by path-free arithmetic, not the module,
    # so a broken IREE install cannot break this side.
    a, b = [1.0, 2.0, 3.0, 4.0], [0.5, -1.0, 2.0, 10.0]
    return [(x + y) * y for x, y in zip(a, b, strict=True)]


def _probe_json(options: VerifyOptions, args: list[str], what: str) -> dict:
    # cwd: a neutral folder, so `import iree` resolves to the interpreter's install.
    proc = _run(
        [str(options.python), str(PROBE_RUNTIME), *args], options.timeout_s, cwd=Path(tempfile.gettempdir())
    )
    lines = proc.stdout.strip().splitlines()
    if proc.returncode != 0 or not lines:
        raise ProviderError(f"{what}\n{_tail(proc)}")
    return json.loads(lines[-1])


def _run(command: list[str], timeout_s: float, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    try:
        return subprocess.run(command, capture_output=True, text=True, timeout=timeout_s, cwd=cwd)
    except FileNotFoundError as exc:
        raise ProviderError(f"cannot run {command[0]}: {exc}") from None
    except subprocess.TimeoutExpired:
        raise ProviderError(f"`{' '.join(command)}` took longer than {timeout_s:.0f}s") from None


def _tail(proc: subprocess.CompletedProcess[str], chars: int = 2000) -> str:
    return (proc.stdout + proc.stderr).strip()[-chars:]
