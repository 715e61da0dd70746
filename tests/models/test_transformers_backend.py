"""The ``iree`` backend of transformers' exporter framework (``torch_iree.transformers``), as a
transformers user drives it: registered on import, found by the auto classes, exported, saved
with ``save_pretrained``, loaded with ``ExportedModel.from_pretrained`` and generating greedy
tokens equal to ``model.generate(do_sample=False)``.

The decoders: dense (GPT-2), grouped-query (Llama), sliding-window (Mistral; Gemma 2, sliding
and global layers with logit soft-capping) and mixture-of-experts (Qwen2-MoE, Mixtral); every
decoder of the real-model suite (21) with ``TORCH_IREE_REAL_MODELS=all``.
"""

from __future__ import annotations

import copy
import json
import os
import shutil
import warnings
from pathlib import Path
from typing import Any

import pytest
import torch

pytest.importorskip("transformers")

from transformers import GenerationConfig
from transformers.exporters import AutoExportConfig, AutoHfExporter, ExportedModel

import torch_iree.transformers as ti
from torch_iree.errors import ArtifactError, ExportError, InputError
from torch_iree_models.transformers_suite import REAL_MODELS, compare_outputs

ALL = os.environ.get("TORCH_IREE_REAL_MODELS", "") == "all"
CI_DECODERS = ("gpt2", "llama", "mistral", "gemma2", "qwen2_moe", "mixtral")
DECODERS = [n for n, c in REAL_MODELS.items() if c.family == "decoder"] if ALL else list(CI_DECODERS)
TRACED = 6  # the sample prompt's length: the prefill's chunk
CACHE = 40
NEW_TOKENS = 10


@pytest.fixture(autouse=True)
def _quiet() -> None:
    warnings.simplefilter("ignore", FutureWarning)  # transformers' own deprecation notices


def _prompt(vocab: int, length: int, seed: int) -> torch.Tensor:
    return torch.randint(3, vocab, (1, length), generator=torch.Generator().manual_seed(seed))


def _exported_for_generation(name: str, folder: Path) -> tuple[Any, ExportedModel, ExportedModel]:
    """The model, its export for generation (in memory) and the export loaded back from ``folder``."""
    case = REAL_MODELS[name]
    model = case.module()
    vocab = case.settings.get("vocab_size", 1000)
    generation = GenerationConfig(cache_implementation="static", max_cache_len=CACHE, do_sample=False)
    exported = ti.IreeExporter().export_for_generation(
        model, {"input_ids": _prompt(vocab, TRACED, 0)}, ti.IreeConfig(), generation_config=generation
    )
    exported.save_pretrained(folder)
    return model, exported, ExportedModel.from_pretrained(folder)


@pytest.fixture(scope="module")
def llama(tmp_path_factory: pytest.TempPathFactory) -> tuple[Any, ExportedModel, ExportedModel, Path]:
    """One Llama export for generation, shared by the tests that do not change it."""
    folder = tmp_path_factory.mktemp("llama-iree")
    return (*_exported_for_generation("llama", folder), folder)


def test_the_backend_is_registered_and_round_trips_its_config() -> None:
    config = AutoExportConfig.from_dict({"export_format": "iree", "target": "llvm-cpu", "weights": "inline"})
    assert isinstance(config, ti.IreeConfig) and config.weights == "inline"
    assert isinstance(AutoHfExporter.from_config(config), ti.IreeExporter)
    again = AutoExportConfig.from_dict(json.loads(config.to_json_string()))
    assert again == config


@pytest.mark.parametrize("name", DECODERS)
def test_generated_tokens_equal_generate(name: str, tmp_path: Path) -> None:
    """Through the registered backend, weights external, loaded back from its folder: prompts
    of the traced length, shorter (padded) and longer (two chunks) than it."""
    model, _, loaded = _exported_for_generation(name, tmp_path)
    vocab = REAL_MODELS[name].settings.get("vocab_size", 1000)
    for seed, length in enumerate((TRACED, 3, 2 * TRACED + 1), start=1):
        prompt = _prompt(vocab, length, seed)
        want = model.generate(prompt, do_sample=False, max_new_tokens=NEW_TOKENS)
        got = ti.generate(loaded, prompt, max_new_tokens=NEW_TOKENS)
        assert torch.equal(got, want), f"{length}-token prompt: {got.tolist()} != {want.tolist()}"


def test_saved_folder_holds_one_copy_of_the_weights(llama: Any) -> None:
    tmp_path = llama[3]
    names = sorted(p.name for p in tmp_path.iterdir())
    for component in ("prefill", "decode"):
        assert {f"{component}.vmfb", f"{component}.vmfb.json", f"{component}.irpa"} <= set(names)
    prefill, decode = (tmp_path / "prefill.irpa").stat(), (tmp_path / "decode.irpa").stat()
    assert (prefill.st_dev, prefill.st_ino) == (decode.st_dev, decode.st_ino)  # hard links
    assert prefill.st_size > sum(p.numel() * 4 for p in REAL_MODELS["llama"].module().parameters()) * 0.9
    assert (tmp_path / "prefill.vmfb").stat().st_size < prefill.st_size  # the weights are not inside


def test_a_damaged_saved_program_is_refused(llama: Any, tmp_path: Path) -> None:
    shutil.copytree(llama[3], tmp_path, dirs_exist_ok=True)
    data = bytearray((tmp_path / "decode.vmfb").read_bytes())
    data[len(data) // 2] ^= 0xFF
    (tmp_path / "decode.vmfb").write_bytes(bytes(data))
    with pytest.raises(ArtifactError, match="damaged"):
        ExportedModel.from_pretrained(tmp_path)


def test_an_encoder_decoder_exports_for_generation() -> None:
    """T5's prefill and decode graphs (which take the encoder's outputs, as transformers
    decomposes encoder-decoders) return eager's logits on the inputs generate gave them."""
    from transformers.exporters.utils import decompose_for_generation

    model = REAL_MODELS["t5"].module()
    sample = {"input_ids": _prompt(1000, 8, 0)}
    generation = ti.generation.static_generation_config(
        model, GenerationConfig(cache_implementation="static", max_cache_len=16)
    )
    exported = ti.IreeExporter().export_for_generation(
        model, sample, ti.IreeConfig(), generation_config=generation
    )
    assert set(exported.components) == {"prefill", "decode"}
    for name, (stage, inputs) in decompose_for_generation(
        model, sample, generation_config=generation
    ).items():
        with torch.no_grad():
            want = stage(**copy.deepcopy(inputs)).logits
        runner = exported.runners[name]
        got = runner(**{key: value for key, value in inputs.items() if key in runner.traced}).logits
        torch.testing.assert_close(got, want, atol=1e-4, rtol=1e-4)


@pytest.mark.parametrize("name", ["bert", "vit"])
def test_single_graph_exports_match_eager(name: str, tmp_path: Path) -> None:
    case = REAL_MODELS[name]
    model, kwargs = case.module(), case.kwargs()
    with torch.no_grad():
        want = model(**kwargs)
    exported = ti.IreeExporter().export(model, case.kwargs(), ti.IreeConfig(weights="inline"))
    status, why, _ = compare_outputs(exported(**case.kwargs()), want, case.tolerance)
    assert status == "pass", why
    exported.save_pretrained(tmp_path)
    status, why, _ = compare_outputs(
        ExportedModel.from_pretrained(tmp_path)(**case.kwargs()), want, case.tolerance
    )
    assert status == "pass", why


@pytest.mark.parametrize(
    ("settings", "named"),
    [
        ({"do_sample": True}, "do_sample"),
        ({"num_beams": 4}, "num_beams"),
        ({"repetition_penalty": 1.3}, "repetition_penalty"),
        ({"cache_implementation": "offloaded"}, "cache_implementation"),
    ],
)
def test_what_greedy_generation_cannot_serve_is_refused_by_name(settings: dict[str, Any], named: str) -> None:
    model = REAL_MODELS["llama"].module()
    config = GenerationConfig(**{"cache_implementation": "static", **settings})
    with pytest.raises(InputError, match=named):
        ti.IreeExporter().export_for_generation(
            model, {"input_ids": _prompt(1000, 4, 0)}, ti.IreeConfig(), generation_config=config
        )


def test_generate_refuses_padding_a_full_cache_and_other_exports(llama: Any) -> None:
    model, _, loaded, _ = llama
    prompt = _prompt(1000, 5, 1)
    mask = torch.ones_like(prompt)
    mask[0, 0] = 0
    with pytest.raises(InputError, match="padded"):
        ti.generate(loaded, prompt, max_new_tokens=2, attention_mask=mask)
    with pytest.raises(InputError, match="cache"):
        ti.generate(loaded, prompt, max_new_tokens=CACHE)
    with pytest.raises(InputError, match="sampl"):
        ti.generate(loaded, prompt, generation_config=GenerationConfig(do_sample=True, max_new_tokens=2))
    with pytest.raises(InputError, match="input_ids"):
        ti.generate(loaded, prompt.float(), max_new_tokens=2)
    single = ti.IreeExporter().export(model, {"input_ids": prompt}, ti.IreeConfig(weights="inline"))
    with pytest.raises(InputError, match="prefill"):
        ti.generate(single, prompt, max_new_tokens=2)


@pytest.mark.parametrize(
    ("field", "value"),
    [("target", "tpu"), ("weights", "frozen"), ("attention", "flash"), ("flags", "--iree-opt-level=O3")],
)
def test_bad_config_values_are_named(field: str, value: Any) -> None:
    with pytest.raises(Exception, match=field if field != "target" else "tpu"):
        ti.IreeConfig(**{field: value})


def test_a_failed_save_leaves_no_program_files(
    llama: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    exported = llama[1]
    calls = []
    original = ti.IreeProgram.save

    def failing(program: ti.IreeProgram, path: Path) -> None:
        calls.append(path)
        if len(calls) == 2:
            raise OSError("disk full")
        original(program, path)

    monkeypatch.setattr(ti.IreeProgram, "save", failing)
    target = tmp_path / "out"
    with pytest.raises(OSError, match="disk full"):
        exported.save_pretrained(target)
    assert [p.name for p in target.iterdir()] == [] if target.exists() else True


def test_unknown_sliding_cache_length_is_an_error_not_a_wrong_program() -> None:
    from transformers.cache_utils import StaticCache

    model = REAL_MODELS["mistral"].module()
    cache = StaticCache(config=model.config, max_cache_len=16)
    with pytest.raises(ExportError, match="export_for_generation"):
        ti.IreeExporter().export(model, {"input_ids": _prompt(1000, 4, 0), "cache": cache}, ti.IreeConfig())
