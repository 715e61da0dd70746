"""Replay the generated-IR corpus: compile and run every entry with IREE alone, no PyTorch.

This module imports only the standard library, numpy, ``iree.compiler``, ``iree.runtime``,
``ci.errors`` and ``ci.atomic`` (both standard library only; never torch, never the rest of
``ci``), so it runs in a venv that has nothing else::

    python -m ci.corpus_replay [tests/corpus] [--only mlp,gpt_decoder] [--target llvm-cpu]
    python ci/corpus_replay.py ...      # the same, as a script

Each entry of ``tests/corpus/<name>/`` (see its README) has ``model.mlir`` (torch dialect),
maybe ``model.irpa`` (the larger weights, referenced from the IR as
``#stream.parameter.named<"model"::"key">``), ``input_N.npy`` / ``expected_N.npy`` and
``manifest.json``. An entry passes when it compiles, runs, and every output is within the
manifest's tolerance of the eager PyTorch output (integers and booleans exactly). An entry
whose manifest names an ``expected_failure`` passes by failing, and fails if it works.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import re
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

if __name__ == "__main__":
    # Run as a script, Python puts ci/ first on sys.path, where our modules' names (lock, paths,
    # build, ...) could shadow what numpy or IREE import. Put the repository root there instead,
    # for ci.errors and ci.atomic.
    _HERE = Path(__file__).resolve().parent
    sys.path[:] = [str(_HERE.parent), *(p for p in sys.path if Path(p or ".").resolve() != _HERE)]

import iree.compiler.tools as iree_tools
import iree.runtime as rt
import numpy as np

from ci.atomic import atomic_write_text
from ci.errors import CorpusError

MANIFEST = "manifest.json"
FORMAT = 1
DEFAULT_CORPUS = Path(__file__).resolve().parent.parent / "tests" / "corpus"

# manifest dtype → (IREE element type, numpy dtype of the stored .npy). bfloat16 has no numpy
# dtype without ml_dtypes, so its arrays are stored as their uint16 bit patterns.
ELEMENT_TYPES: dict[str, tuple[Any, Any]] = {
    "float32": (rt.HalElementType.FLOAT_32, np.float32),
    "float64": (rt.HalElementType.FLOAT_64, np.float64),
    "float16": (rt.HalElementType.FLOAT_16, np.float16),
    "bfloat16": (rt.HalElementType.BFLOAT_16, np.uint16),
    "int8": (rt.HalElementType.SINT_8, np.int8),
    "int16": (rt.HalElementType.SINT_16, np.int16),
    "int32": (rt.HalElementType.SINT_32, np.int32),
    "int64": (rt.HalElementType.SINT_64, np.int64),
    "uint8": (rt.HalElementType.UINT_8, np.uint8),
    "bool": (rt.HalElementType.BOOL_8, np.bool_),
}
# iree-compile flags per replay target; the CPU target is portable unless asked for the host.
TARGET_FLAGS: dict[str, tuple[str, ...]] = {
    "llvm-cpu": ("--iree-hal-target-backends=llvm-cpu", "--iree-llvmcpu-target-cpu=host"),
    "llvm-cpu:generic": ("--iree-hal-target-backends=llvm-cpu", "--iree-llvmcpu-target-cpu=generic"),
}


@dataclass(frozen=True)
class TensorFile:
    file: str
    dtype: str
    shape: tuple[int, ...]


@dataclass(frozen=True)
class Entry:
    name: str
    path: Path
    function: str
    atol: float
    rtol: float
    inputs: tuple[TensorFile, ...]
    outputs: tuple[TensorFile, ...]
    parameters: str | None  # .irpa file name
    parameter_scope: str
    expected_failure: dict[str, str] | None  # {"reason", "match": a regex the error must match}

    @classmethod
    def read(cls, path: Path) -> Entry:
        try:
            data = json.loads((path / MANIFEST).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise CorpusError(
                f"{path}: no {MANIFEST}; regenerate with `python -m ci.corpus generate`"
            ) from None
        if data.get("format") != FORMAT:
            raise CorpusError(f"{path / MANIFEST}: format {data.get('format')!r}, this replay reads {FORMAT}")

        def tensors(key: str) -> tuple[TensorFile, ...]:
            specs = tuple(TensorFile(t["file"], t["dtype"], tuple(t["shape"])) for t in data[key])
            for spec in specs:
                if spec.dtype not in ELEMENT_TYPES:
                    raise CorpusError(f"{path / MANIFEST}: unsupported dtype {spec.dtype!r} in {key}")
            return specs

        params = data.get("parameters") or {}
        return cls(
            name=data["name"],
            path=path,
            function=data["function"],
            atol=float(data["tolerance"]["atol"]),
            rtol=float(data["tolerance"]["rtol"]),
            inputs=tensors("inputs"),
            outputs=tensors("outputs"),
            parameters=params.get("file"),
            parameter_scope=params.get("scope", "model"),
            expected_failure=_expected_failure(data.get("expected_failure"), path),
        )


@dataclass(frozen=True)
class ReplayResult:
    name: str
    status: str  # "pass", "fail", "xfail" (failed as expected), "xpass" (expected to fail, works)
    detail: str
    max_abs_error: float | None
    compile_s: float

    @property
    def ok(self) -> bool:
        return self.status in ("pass", "xfail")


def discover(corpus: Path, only: Sequence[str] = ()) -> list[Entry]:
    if not corpus.is_dir():
        raise CorpusError(f"no corpus at {corpus}")
    names = sorted(p.name for p in corpus.iterdir() if (p / MANIFEST).is_file())
    if only:
        missing = sorted(set(only) - set(names))
        if missing:
            raise CorpusError(f"no corpus entries named {', '.join(missing)} in {corpus}")
        names = [n for n in names if n in only]
    return [Entry.read(corpus / name) for name in names]


def load_array(path: Path, spec: TensorFile) -> np.ndarray:
    array = np.load(path / spec.file, allow_pickle=False)
    _, storage = ELEMENT_TYPES[spec.dtype]
    if array.dtype != np.dtype(storage) or tuple(array.shape) != spec.shape:
        raise CorpusError(
            f"{path / spec.file}: {array.dtype}{list(array.shape)}, manifest says {spec.dtype}{list(spec.shape)}"
        )
    return array


def as_float64(array: np.ndarray, dtype: str) -> np.ndarray:
    """Values as float64 for comparison (bfloat16 bit patterns widened to float32 first)."""
    if dtype == "bfloat16":
        return (array.astype(np.uint32) << 16).view(np.float32).astype(np.float64)
    return array.astype(np.float64)


def compare(
    got: np.ndarray, want: np.ndarray, spec: TensorFile, atol: float, rtol: float
) -> tuple[bool, float]:
    """(within tolerance, max abs error); floats as numpy.isclose does, others exactly."""
    if got.shape != want.shape:
        return False, float("inf")
    if spec.dtype.startswith(("float", "bfloat")):
        g, w = as_float64(got, spec.dtype), as_float64(want, spec.dtype)
        error = float(np.max(np.abs(g - w))) if g.size else 0.0
        return bool(np.all(np.isclose(g, w, atol=atol, rtol=rtol, equal_nan=True))), error
    error = float(np.max(np.abs(got.astype(np.float64) - want.astype(np.float64)))) if got.size else 0.0
    return bool(np.array_equal(got, want)), error


class Replayer:
    """Compiles and runs entries on one runtime device (one VM instance for all of them)."""

    def __init__(self, target: str = "llvm-cpu", driver: str = "local-task") -> None:
        if target not in TARGET_FLAGS:
            raise CorpusError(f"unknown replay target {target!r}; use one of {', '.join(TARGET_FLAGS)}")
        self.flags = TARGET_FLAGS[target]
        self.instance = rt.VmInstance()
        self.device = rt.get_device(driver)

    def compile(self, entry: Entry) -> bytes:
        return iree_tools.compile_file(
            str(entry.path / "model.mlir"), input_type="torch", extra_args=list(self.flags)
        )

    def run(self, entry: Entry, vmfb: bytes) -> list[np.ndarray]:
        modules = []
        if entry.parameters:
            index = rt.ParameterIndex()
            index.load(str(entry.path / entry.parameters))
            provider = index.create_provider(scope=entry.parameter_scope)
            modules.append(rt.create_io_parameters_module(self.instance, provider))
        modules.append(rt.create_hal_module(self.instance, self.device))
        module = rt.VmModule.copy_buffer(self.instance, vmfb)
        context = rt.VmContext(self.instance, modules=[*modules, module])
        function = module.lookup_function(entry.function)
        if function is None:
            raise CorpusError(f"{entry.name}: the compiled module has no function {entry.function!r}")
        args = rt.VmVariantList(len(entry.inputs))
        for spec in entry.inputs:
            element_type, _ = ELEMENT_TYPES[spec.dtype]
            array = np.ascontiguousarray(load_array(entry.path, spec))
            args.push_ref(
                self.device.allocator.allocate_buffer_copy(
                    memory_type=rt.MemoryType.DEVICE_LOCAL,
                    allowed_usage=rt.BufferUsage.DEFAULT | rt.BufferUsage.MAPPING,
                    device=self.device,
                    buffer=array,
                    element_type=element_type,
                )
            )
        results = rt.VmVariantList(len(entry.outputs))
        context.invoke(function, args, results)
        if len(results) != len(entry.outputs):
            raise CorpusError(
                f"{entry.name}: {len(results)} results, the manifest lists {len(entry.outputs)}"
            )
        arrays = []
        for i, spec in enumerate(entry.outputs):
            view = results.get_as_object(i, rt.HalBufferView)
            _, storage = ELEMENT_TYPES[spec.dtype]
            arrays.append(np.array(view.map().asarray(tuple(view.shape), np.dtype(storage)), copy=True))
        return arrays

    def replay(self, entry: Entry) -> ReplayResult:
        start = time.perf_counter()
        try:
            vmfb = self.compile(entry)
            compile_s = time.perf_counter() - start
            got = self.run(entry, vmfb)
        except (iree_tools.CompilerToolError, RuntimeError, ValueError) as exc:
            first = str(exc).strip().splitlines()
            reason = next(
                (line for line in first if "error:" in line), first[0] if first else type(exc).__name__
            )
            if entry.expected_failure and expected_error(entry.expected_failure, str(exc)):
                detail = f"expected ({entry.expected_failure['reason']}); got: {reason.strip()[:200]}"
                return ReplayResult(entry.name, "xfail", detail, None, time.perf_counter() - start)
            return ReplayResult(entry.name, "fail", reason.strip()[:300], None, time.perf_counter() - start)
        worst, bad = 0.0, []
        for i, (g, spec) in enumerate(zip(got, entry.outputs, strict=True)):
            ok, error = compare(g, load_array(entry.path, spec), spec, entry.atol, entry.rtol)
            worst = max(worst, error)
            if not ok:
                bad.append(f"output {i} ({spec.dtype}) max abs error {error:.3g}")
        if entry.expected_failure:
            detail = "works now, but the manifest expects a failure: regenerate the corpus"
            return ReplayResult(entry.name, "xpass", detail, worst, compile_s)
        if bad:
            tol = f"atol {entry.atol:g}, rtol {entry.rtol:g}"
            return ReplayResult(entry.name, "fail", f"{'; '.join(bad)} ({tol})", worst, compile_s)
        return ReplayResult(entry.name, "pass", "", worst, compile_s)


def _expected_failure(value: Any, path: Path) -> dict[str, str] | None:
    """A manifest's expected failure: a reason and the regex its error matches (a bare reason,
    from before the match was recorded, matches any compiler or runtime error)."""
    if value is None:
        return None
    if isinstance(value, str):
        return {"reason": value, "match": ""}
    if not isinstance(value, dict) or not all(isinstance(value.get(k), str) for k in ("reason", "match")):
        raise CorpusError(f"{path}: expected_failure must be {{'reason': ..., 'match': ...}}, got {value!r}")
    return {"reason": value["reason"], "match": value["match"]}


def expected_error(expected: dict[str, str], error: str) -> bool:
    """Whether ``error`` is the failure the manifest expects (its regex is found in it)."""
    return re.search(expected["match"], error) is not None


def write_results(path: Path, results: Sequence[ReplayResult]) -> None:
    """The results as JSON, written all or nothing (never half written)."""
    rows = [
        {
            "name": r.name,
            "status": r.status,
            "detail": r.detail,
            "max_abs_error": r.max_abs_error,
            "compile_s": r.compile_s,
        }
        for r in results
    ]
    atomic_write_text(path, json.dumps(rows, indent=1) + "\n")


def torch_importable() -> bool:
    return importlib.util.find_spec("torch") is not None


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("corpus", nargs="?", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--only", default="", help="comma-separated entry names (default: all)")
    parser.add_argument("--target", default="llvm-cpu", choices=sorted(TARGET_FLAGS))
    parser.add_argument("--driver", default="local-task", choices=("local-task", "local-sync"))
    parser.add_argument(
        "--require-no-torch",
        action="store_true",
        help="fail if torch is importable (proves the replay needs none)",
    )
    parser.add_argument("--json", type=Path, metavar="PATH", help="also write the results here (a list)")
    args = parser.parse_args(argv)
    if args.require_no_torch and torch_importable():
        print("error: torch is importable in this environment; replay must run without it", file=sys.stderr)
        return 2
    try:
        entries = discover(args.corpus, [n for n in args.only.split(",") if n])
        replayer = Replayer(args.target, args.driver)
        results = []
        for entry in entries:
            result = replayer.replay(entry)
            results.append(result)
            error = "-" if result.max_abs_error is None else f"{result.max_abs_error:.2e}"
            print(
                f"{result.status:5} {entry.name:28} max abs err {error:>9}  {result.compile_s:5.1f}s  {result.detail}"
            )
            sys.stdout.flush()
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    if args.json:
        write_results(args.json, results)
    failed = [r for r in results if not r.ok]
    counts = {s: sum(r.status == s for r in results) for s in ("pass", "xfail", "fail", "xpass")}
    print(
        f"expected failures: {counts['xfail']}; torch importable here: {'yes' if torch_importable() else 'no'}"
    )
    print(f"replay: {counts['pass'] + counts['xfail']} passed, {len(failed)} failed")
    return 1 if failed or not results else 0


if __name__ == "__main__":
    sys.exit(main())
