"""The two paths a sample is compiled by, and the comparison of their results with eager.

``ours`` is the public torch_iree API (``Program`` → ``export`` → ``compile`` → ``load``), so the
sweep measures what a user gets. ``raw`` is what a user of the upstream pieces alone gets:
``torch.export`` with PyTorch's default (core ATen) decompositions, IREE's FX importer and
iree-compile, run with IREE's runtime. Each path compiles all of an op's samples as one module
(one compiler run) and falls back to one sample at a time when that fails, so a failing sample
never hides a passing one.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

import torch

from ci.opinfo.cases import Sample, tensor_leaves

TOLERANCES = {  # (rtol, atol) by result dtype; integer and bool results must be equal
    torch.float32: (1e-4, 1e-5),
    torch.float64: (1e-4, 1e-5),
    torch.float16: (1e-2, 1e-3),
    torch.bfloat16: (2e-2, 1e-2),
    torch.complex64: (1e-4, 1e-5),
}


@dataclass
class Outcome:
    status: str  # pass, mismatch, export, import, compile, load, run, eager
    error: str = ""  # the exception's class (module-qualified for ours)
    message: str = ""  # its first meaningful line
    names_op: bool = False  # the message names an ATen op of the sample's program
    ops: tuple[str, ...] = ()  # the ops the error blames (unsupported, or where it failed)

    def as_json(self) -> dict[str, Any]:
        return {
            k: (list(v) if isinstance(v, tuple) else v)
            for k, v in asdict(self).items()
            if v not in ("", False, ())
        }


class StageError(Exception):
    def __init__(self, stage: str, cause: BaseException) -> None:
        super().__init__(stage)
        self.stage = stage
        self.cause = cause


def _stage(stage: str, call: Callable[[], Any]) -> Any:
    try:
        return call()
    except Exception as exc:  # a sweep records every failure; it never stops at one
        raise StageError(stage, exc) from exc


def compare(expected: Any, actual: Sequence[torch.Tensor], check_dtype: bool) -> str | None:
    """None when ``actual`` matches eager's tensors, else what differs."""
    wanted = tensor_leaves(expected)
    if len(wanted) != len(actual):
        return f"{len(actual)} results, eager has {len(wanted)}"
    for position, (want, got) in enumerate(zip(wanted, actual, strict=True)):
        if tuple(want.shape) != tuple(got.shape):
            return f"result {position}: shape {tuple(got.shape)}, eager {tuple(want.shape)}"
        if check_dtype and want.dtype != got.dtype:
            return f"result {position}: dtype {got.dtype}, eager {want.dtype}"
        got = got.to(want.dtype)
        rtol, atol = TOLERANCES.get(want.dtype, (0.0, 0.0))
        if not torch.allclose(got, want, rtol=rtol, atol=atol, equal_nan=True):
            diff = (got.double() - want.double()).abs().nan_to_num(float("inf")).max().item()
            return f"result {position}: max abs difference {diff:.3g}"
    return None


def failure(stage: str, exc: BaseException, aten_names: set[str]) -> Outcome:
    message = _first_error_line(exc)
    text = str(exc)
    kind = type(exc)
    blamed = [getattr(o, "op", "") for o in [*getattr(exc, "ops", ()), *getattr(exc, "sites", ())]]
    names = any(re.search(rf"\b{re.escape(name)}\b", text) for name in aten_names) or any(
        _is_torch_op(name) for name in [*blamed, *re.findall(r"\baten\.\w+", text)]
    )
    return Outcome(
        stage,
        f"{kind.__module__}.{kind.__qualname__}",
        message,
        names,
        tuple(dict.fromkeys(b for b in blamed if b)),
    )


def _is_torch_op(name: str) -> bool:
    """``aten.sort`` / ``aten.sort.default`` / ``torch_nn.op``: an op torch has (the program's
    ops as the pipeline compiled them, which may come from our own decompositions, or the op
    export failed on, where there is no program to list)."""
    namespace, _, rest = name.partition(".")
    op = rest.split(".")[0]
    try:
        return bool(op) and hasattr(getattr(torch.ops, namespace), op)
    except (AttributeError, RuntimeError):
        return False


def _first_error_line(exc: BaseException) -> str:
    lines = [line.strip() for line in str(exc).splitlines() if line.strip()]
    errors = [line for line in lines if "error:" in line]
    return (errors or lines or [type(exc).__name__])[0][:300]


def graph_aten_names(program: torch.export.ExportedProgram | None) -> set[str]:
    """``aten.<op>`` for each op of ``program``'s graph."""
    if program is None:
        return set()
    names = set()
    for node in program.graph.nodes:
        target = node.target
        if target is torch.ops.higher_order.with_effects:  # an effectful op: the op inside
            target = node.args[1]
        if node.op == "call_function" and hasattr(target, "_schema"):
            names.add("aten." + target._schema.name.split("::")[-1])
    return names


class _Functions(torch.nn.Module):
    """A module whose methods ``s0``, ``s1``, ... are the samples' functions."""

    def __init__(self, samples: Sequence[Sample]) -> None:
        super().__init__()
        for sample in samples:
            setattr(self, f"s{sample.index}", sample.function)


def all_or_each(
    samples: Sequence[Sample], attempt: Callable[[Sequence[Sample]], dict[int, Outcome]], names: set[str]
) -> dict[int, Outcome]:
    """``attempt`` on all samples at once; where a shared stage fails, on each one alone."""
    try:
        return attempt(samples)
    except StageError as exc:
        if len(samples) == 1:
            return {samples[0].index: failure(exc.stage, exc.cause, names)}
        found: dict[int, Outcome] = {}
        for sample in samples:
            found.update(all_or_each([sample], attempt, names))
        return found


def run_ours(samples: Sequence[Sample], expected: dict[int, Any], aten: set[str]) -> dict[int, Outcome]:
    import torch_iree

    def attempt(group: Sequence[Sample]) -> dict[int, Outcome]:
        found: dict[int, Outcome] = {}
        program = torch_iree.Program(_Functions(group))
        for sample in group:
            try:
                program.function(f"s{sample.index}", args=sample.tensors)
            except Exception as exc:  # recorded per sample
                found[sample.index] = failure("export", exc, aten)
        exported = [s for s in group if s.index not in found]
        if not exported:
            return found
        result = _stage("import", program.export)
        compiled = _stage("compile", lambda: result.compile("llvm-cpu", cache=False))
        loaded = _stage("load", lambda: compiled.load("local-sync"))
        for sample in exported:
            try:
                got = getattr(loaded, f"s{sample.index}")(*sample.tensors)
            except Exception as exc:
                found[sample.index] = failure("run", exc, aten)
                continue
            problem = compare(expected[sample.index], tensor_leaves(got), check_dtype=True)
            found[sample.index] = Outcome("mismatch", message=problem) if problem else Outcome("pass")
        return found

    return all_or_each(samples, attempt, aten)


def run_raw(samples: Sequence[Sample], expected: dict[int, Any]) -> dict[int, Outcome]:
    from iree.compiler import ir
    from iree.compiler.extras.fx_importer import FxImporter

    def attempt(group: Sequence[Sample]) -> dict[int, Outcome]:
        found: dict[int, Outcome] = {}
        programs = {}
        for sample in group:
            try:
                exported = torch.export.export(_Single(sample.function), sample.tensors)
                programs[sample.index] = exported.run_decompositions()
            except Exception as exc:
                found[sample.index] = failure("export", exc, set())
        imported = [s for s in group if s.index in programs]
        if not imported:
            return found

        def import_all() -> str:
            importer = FxImporter(context=ir.Context())
            for sample in imported:
                importer.import_program(programs[sample.index], func_name=f"s{sample.index}")
            return str(importer.module)

        mlir = _stage("import", import_all)
        return {**found, **_compile_and_run_raw(mlir, imported, expected)}

    return all_or_each(samples, attempt, set())


class _Single(torch.nn.Module):
    def __init__(self, function: Callable[..., Any]) -> None:
        super().__init__()
        self.function = function

    def forward(self, *tensors: torch.Tensor) -> Any:
        return self.function(*tensors)


def _compile_and_run_raw(
    mlir: str, samples: Sequence[Sample], expected: dict[int, Any]
) -> dict[int, Outcome]:
    import iree.runtime as ireert
    from iree.compiler import tools

    vmfb = _stage(
        "compile",
        lambda: tools.compile_str(
            mlir,
            input_type="torch",
            target_backends=["llvm-cpu"],
            extra_args=["--iree-llvmcpu-target-cpu=host"],
        ),
    )

    def load() -> Any:
        config = ireert.Config("local-sync")
        context = ireert.SystemContext(config=config)
        context.add_vm_module(ireert.VmModule.copy_buffer(context.instance, vmfb))
        return context.modules.module

    module = _stage("load", load)
    found = {}
    for sample in samples:
        try:
            result = module[f"s{sample.index}"](*[_to_numpy(t) for t in sample.tensors])
            results = list(result) if isinstance(result, (tuple, list)) else [result]
            got = [_to_torch(r.to_host() if hasattr(r, "to_host") else r) for r in results]
        except Exception as exc:
            found[sample.index] = failure("run", exc, set())
            continue
        problem = compare(expected[sample.index], got, check_dtype=False)
        found[sample.index] = Outcome("mismatch", message=problem) if problem else Outcome("pass")
    return found


def _to_numpy(tensor: torch.Tensor) -> Any:
    tensor = tensor.detach().contiguous()
    if tensor.dtype == torch.bfloat16:
        import ml_dtypes

        return tensor.view(torch.int16).numpy().view(ml_dtypes.bfloat16)
    return tensor.numpy()


def _to_torch(array: Any) -> torch.Tensor:
    import numpy as np

    array = np.asarray(array)
    if array.dtype.name == "bfloat16":
        return torch.from_numpy(array.view(np.int16).copy()).view(torch.bfloat16)
    return torch.from_numpy(array.copy())


def run_eager(samples: Sequence[Sample], expected: dict[int, Any]) -> dict[int, Outcome]:
    """Each sample op by op on the eager IREE device (torch_iree.eager): its tensors moved to
    the device, its function called, its results read back. A sample that any op of which
    ran on the host instead (IREE refused it) is a ``fallback``, not a pass."""
    import warnings

    import torch_iree.eager as eager

    found: dict[int, Outcome] = {}
    device = eager.device("local-sync", cache=False)  # one per op: its samples share programs
    for sample in samples:
        refused_before = device.stats.refused
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                # tensor.to(EagerDevice): torch_iree's __torch_function__, unknown to torch's stubs
                moved = tuple(
                    t.to(device) if isinstance(t, torch.Tensor) else t  # type: ignore[call-overload]
                    for t in sample.tensors
                )
                result = sample.function(*moved)
                got = [v.cpu() if isinstance(v, eager.IreeTensor) else v for v in tensor_leaves(result)]
        except Exception as exc:  # recorded per sample
            found[sample.index] = failure("run", exc, set())
            continue
        refused = sorted(device.stats.host_op_names) if device.stats.refused > refused_before else []
        problem = compare(expected[sample.index], got, check_dtype=True)
        if problem:
            found[sample.index] = Outcome("mismatch", message=problem)
        elif refused:
            found[sample.index] = Outcome("fallback", message=f"on the host: {', '.join(refused)}"[:300])
        else:
            found[sample.index] = Outcome("pass")
    return found
