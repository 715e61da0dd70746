"""Programs of several functions over one module's state: shared weights, mutable buffers,
dynamic shapes, and external parameters in an ``.irpa`` archive."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import iree.runtime as rt
import numpy as np
import pytest
import torch

import torch_iree
from examples.gpt_decoder import TinyGPT, build_program, generate
from torch_iree.errors import ArtifactError, ExportError, InputError

TOKENS = 32


@pytest.fixture(scope="module")
def decoder() -> tuple[TinyGPT, torch.Tensor, list[int]]:
    """The model, a prompt, and the 32 tokens eager PyTorch generates from it."""
    torch.manual_seed(0)
    model = TinyGPT().eval()
    prompt = torch.randint(0, 96, (1, 8))
    with torch.no_grad():
        reference = copy.deepcopy(model)
        tokens = generate(reference.prefill, reference.decode, prompt, TOKENS)
    assert len(set(tokens)) > 4, "the reference must not be one repeated token, or parity proves little"
    return model, prompt, tokens


@pytest.fixture(scope="module")
def external(decoder, tmp_path_factory) -> tuple[torch_iree.Exported, Path]:
    model, _, _ = decoder
    exported = build_program(model, "external").export()
    return exported, exported.save_parameters(tmp_path_factory.mktemp("params") / "gpt.irpa")


def test_decoder_generation_matches_eager(decoder) -> None:
    model, prompt, eager = decoder
    loaded = build_program(model).export().compile().load()
    assert generate(loaded.prefill, loaded.decode, prompt, TOKENS) == eager
    # The cache is state of this Loaded: starting over reproduces the same tokens.
    loaded.reset_state()
    assert generate(loaded.prefill, loaded.decode, prompt, TOKENS) == eager


def test_weights_are_stored_once(decoder) -> None:
    model, _, _ = decoder
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    both = build_program(model).export()
    prefill_only = torch_iree.Program(model)
    prefill_only.function("prefill", args=(torch.zeros(1, 8, dtype=torch.int64),))
    one = prefill_only.export()
    # One global per parameter, whatever the number of functions that read it.
    assert both.mlir.count("util.global private @tokens.weight ") == 1
    # A second function adds code, not a second copy of the weights.
    growth = len(both.compile().vmfb) - len(one.compile().vmfb)
    assert growth < weight_bytes / 2, (growth, weight_bytes)


class Accumulator(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.register_buffer("total", torch.zeros(4))
        self.register_buffer("calls", torch.zeros((), dtype=torch.int64))

    def add(self, x: torch.Tensor) -> torch.Tensor:
        self.total.add_(x)
        self.calls.add_(1)
        return self.total * 1

    def read(self) -> tuple[torch.Tensor, torch.Tensor]:
        return self.total * 1, self.calls * 1


@pytest.mark.parametrize("params", ["inline", "external"])
def test_state_updated_by_one_function_is_read_by_another(params: str, tmp_path: Path) -> None:
    program = torch_iree.Program(Accumulator(), params=params)
    program.function("add", args=(torch.ones(4),))
    program.function("read")
    exported = program.export()
    archive = exported.save_parameters(tmp_path / "acc.irpa") if params == "external" else None
    compiled = exported.compile()
    loaded = compiled.load(parameters=archive)
    for step in range(1, 4):
        loaded.add(torch.full((4,), float(step)))
    total, calls = loaded.read()
    assert total.tolist() == [6.0] * 4 and int(calls) == 3
    # Another Loaded of the same program has its own state; reset_state starts over.
    other = compiled.load(parameters=archive)
    assert other.read()[0].tolist() == [0.0] * 4
    loaded.reset_state()
    assert int(loaded.read()[1]) == 0


def test_dynamic_prompt_length_within_and_outside_range(decoder) -> None:
    model, _, _ = decoder
    loaded = build_program(model).export().compile().load()
    for length in (2, 5, 32):  # declared range 2..32
        prompt = torch.randint(0, 96, (1, length))
        reference = copy.deepcopy(model)
        with torch.no_grad():
            expected = reference.prefill(prompt)
        torch.testing.assert_close(loaded.prefill(prompt), expected, rtol=1e-4, atol=1e-4)
    with pytest.raises(InputError, match=r"'tokens'.* dim 1 is 33, outside the range \[2, 32\]"):
        loaded.prefill(torch.zeros(1, 33, dtype=torch.int64))
    with pytest.raises(InputError, match=r"dim 1 is 1, outside the range \[2, 32\]"):
        loaded.prefill(torch.zeros(1, 1, dtype=torch.int64))


def test_external_archive_holds_the_module_tensors(decoder, external) -> None:
    model, _, _ = decoder
    exported, archive = external
    assert "dense_resource" not in exported.mlir  # no weight inline
    index = rt.ParameterIndex()
    index.load(str(archive))
    entries = dict(index.items())
    state = {**dict(model.named_parameters()), **dict(model.named_buffers())}
    assert set(entries) == set(state)
    for name, tensor in state.items():
        entry = entries[name]
        assert entry.length == tensor.numel() * tensor.element_size(), name
        if entry.is_splat:  # a zeroed cache: one 4-byte zero pattern
            assert not tensor.any() and not any(bytes(entry.splat_pattern)), name
            continue
        stored = rt.parameter_index_entry_as_numpy_flat_ndarray(entry).view(np.float32)
        np.testing.assert_array_equal(stored.reshape(tensor.shape), tensor.detach().numpy(), err_msg=name)
    # The zeroed KV caches are splats: they take no room in the file.
    assert entries["blocks.0.k_cache"].is_splat and not entries["tokens.weight"].is_splat
    weight_bytes = sum(p.numel() * p.element_size() for p in model.parameters())
    assert archive.stat().st_size < weight_bytes * 1.1


def test_one_archive_serves_several_targets(decoder, external, tmp_path: Path) -> None:
    _, prompt, eager = decoder
    exported, archive = external
    for target in ("llvm-cpu", "llvm-cpu:generic"):
        path = exported.compile(target).save(tmp_path / f"{target.replace(':', '-')}.vmfb")
        loaded = torch_iree.load(path, parameters=archive)
        assert generate(loaded.prefill, loaded.decode, prompt, TOKENS) == eager, target
    meta = json.loads(Path(f"{path}.json").read_text())
    assert meta["parameters"]["scope"] == "model" and set(meta["functions"]) == {"prefill", "decode"}


def test_external_program_needs_a_matching_archive(external, tmp_path: Path) -> None:
    exported, _ = external
    compiled = exported.compile()
    with pytest.raises(ArtifactError, match="parameters="):
        compiled.load()
    with pytest.raises(ArtifactError, match="no parameter archive"):
        compiled.load(parameters=tmp_path / "missing.irpa")
    other = torch_iree.export(torch.nn.Linear(3, 3), (torch.randn(1, 3),), params="external")
    wrong = other.save_parameters(tmp_path / "linear.irpa")
    with pytest.raises(ArtifactError, match=r"does not match.*tokens.weight: missing"):
        compiled.load(parameters=wrong)


def test_export_with_external_params_single_function(tmp_path: Path) -> None:
    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 4)).eval()
    x = torch.randn(3, 16)
    exported = torch_iree.export(model, (x,), params="external")
    archive = exported.save_parameters(tmp_path / "mlp.irpa")
    loaded = exported.compile().load(parameters=archive)
    torch.testing.assert_close(loaded(x), model(x), rtol=1e-5, atol=1e-5)
    inline = torch_iree.export(model, (x,))
    with pytest.raises(ExportError, match='params="external"'):
        inline.save_parameters(tmp_path / "no.irpa")
    with pytest.raises(ArtifactError, match="inline"):
        inline.compile().load(parameters=archive)


def test_archive_write_is_atomic(external, tmp_path: Path) -> None:
    exported, _ = external
    target = tmp_path / "gpt.irpa"
    target.write_bytes(b"previous")
    exported.parameters["tokens.weight"] = torch.randn(2, 2).t()  # not contiguous: copied
    exported.parameters["broken"] = object()  # type: ignore[assignment]
    try:
        with pytest.raises(AttributeError):  # a non-tensor: fails after the first entries
            exported.save_parameters(target)
    finally:
        del exported.parameters["broken"]
    assert target.read_bytes() == b"previous"
    assert [p.name for p in tmp_path.iterdir()] == ["gpt.irpa"]


class Mutates(torch.nn.Module):
    def __init__(self) -> None:
        super().__init__()
        self.weight = torch.nn.Parameter(torch.ones(3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        return x * self.weight

    def bump(self, x: torch.Tensor) -> torch.Tensor:
        x.add_(1)
        return x * 2


def test_program_errors_are_clear() -> None:
    with pytest.raises(ExportError, match="params must be one of"):
        torch_iree.Program(Mutates(), params="weights")
    program = torch_iree.Program(Mutates())
    with pytest.raises(ExportError, match="no functions"):
        program.export()
    with pytest.raises(ExportError, match="no method 'missing'"):
        program.function("main", args=(torch.ones(3),), method="missing")
    program.function("forward", args=(torch.ones(3),))
    with pytest.raises(ExportError, match="already has a function 'forward'"):
        program.function("forward", args=(torch.ones(3),))
    program.function("bump", args=(torch.ones(3),))
    with pytest.raises(ExportError, match=r"'bump' updates its input\(s\) x in place"):
        program.export()


def test_loaded_program_names_its_functions(decoder) -> None:
    model, _, _ = decoder
    loaded = build_program(model).export().compile().load()
    with pytest.raises(TypeError, match="functions prefill, decode"):
        loaded(torch.zeros(1, 8, dtype=torch.int64))
    with pytest.raises(AttributeError, match="no function 'generate'; it has prefill, decode"):
        loaded.generate  # noqa: B018
    assert set(loaded.functions) == {"prefill", "decode"}
    assert "decode" in repr(loaded.decode)


class RunningMean(torch.nn.Module):
    """A one-function module that updates a buffer on every call."""

    def __init__(self) -> None:
        super().__init__()
        self.register_buffer("mean", torch.zeros(3))

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        self.mean.mul_(0.5).add_(x.mean(0), alpha=0.5)
        return x - self.mean


def test_plain_export_keeps_buffer_updates_as_state() -> None:
    eager, compiled_from = RunningMean(), RunningMean()
    run = torch_iree.compile(compiled_from, (torch.randn(4, 3),))
    for _ in range(3):
        x = torch.randn(4, 3)
        torch.testing.assert_close(run(x), eager(x))


def test_format_1_artifacts_still_load(tmp_path: Path) -> None:
    model = torch.nn.Linear(4, 2).eval()
    x = torch.randn(3, 4)
    path = torch_iree.export(model, (x,)).compile().save(tmp_path / "old.vmfb")
    meta_path = Path(f"{path}.json")
    meta = json.loads(meta_path.read_text())
    # What the previous release wrote: one function's signature under "signature".
    old = {key: value for key, value in meta.items() if key not in ("functions", "parameters")}
    old.update(format=1, signature=meta["functions"]["main"])
    meta_path.write_text(json.dumps(old))
    loaded = torch_iree.load(path)
    torch.testing.assert_close(loaded(x), model(x))
    assert loaded.compiled.parameters is None
