"""bench_params' models and configurations: each model as a ``Case`` (example inputs, eager
reference, a check of the compiled program), exported, archived and compiled by torch_iree
(``params="external"`` or ``"inline"``) or by iree-turbine."""

from __future__ import annotations

import copy
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from params_probe import Probe

EXAMPLES = Path(__file__).resolve().parents[1] / "examples"


@dataclass
class Case:
    """A model with its example inputs and eager reference, and how to check a compiled run."""

    model: Any
    weight_bytes: int
    functions: tuple[str, ...]  # the compiled program's entry points
    export_torch_iree: Callable[[str], Any]  # params -> torch_iree.Exported
    export_turbine: Callable[[], Any]  # -> iree.turbine.aot.ExportOutput
    check: Callable[[dict[str, Callable[..., Any]]], dict[str, Any]]  # functions -> verdict


def weight_bytes(model: Any) -> int:
    """Bytes of the module's parameters and buffers, each storage counted once (tied weights)."""
    seen: dict[int, int] = {}
    for tensor in [*model.parameters(), *model.buffers()]:
        storage = tensor.untyped_storage()
        seen[storage.data_ptr()] = storage.nbytes()
    return sum(seen.values())


def gpt_case() -> Case:
    """The decoder of examples/gpt_decoder.py: prefill + decode through its ``build_program``."""
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
        weight_bytes(model),
        ("prefill", "decode"),
        lambda params: build_program(model, params).export(),
        export_turbine,
        check,
    )


def linear_case(layers: int, width: int) -> Case:
    """A stack of ``layers`` x ``nn.Linear(width, width)`` with ReLUs between them."""
    import torch

    import torch_iree

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
        weight_bytes(model),
        ("main",),
        lambda params: torch_iree.export(model, (x,), params=params),
        export_turbine,
        check,
    )


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

    import torch_iree

    probe.result.compiler_in_process = True
    with probe.phase("export"):
        output = case.export_turbine()
    archive = workdir / "weights.irpa"
    with probe.phase("archive"):
        aot.save_module_parameters(archive, case.model)
    with probe.phase("compile"):
        # The same CPU flags torch_iree uses (host features), so the compilers do the same work.
        output.session.set_flags(*torch_iree.Compiler().flags("llvm-cpu"))
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
