"""Hostile input, generated: random shapes, dtypes and values for compiled programs, random files
where programs and archives belong, random environment values and random command lines. The
answer is always a named error or the right result: never a crash, a traceback from the CLI, or
a wrong answer. Deterministic (derandomized), so CI sees the same cases every run."""

from __future__ import annotations

import json
import os
from pathlib import Path

import numpy as np
import pytest
import torch
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from torch.export import Dim

import torch_iree
from torch_iree import cli
from torch_iree.cache import CompileCache

SETTINGS = settings(
    max_examples=60,
    deadline=None,
    derandomize=True,
    suppress_health_check=[HealthCheck.function_scoped_fixture],
)
DTYPES = [torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32, torch.bool]


@pytest.fixture(scope="module")
def linear() -> tuple[torch.nn.Module, torch_iree.Loaded]:
    model = torch.nn.Linear(8, 3).eval()
    run = torch_iree.compile(model, (torch.randn(4, 8),), dynamic_shapes=({0: Dim("batch", min=1, max=32)},))
    return model, run


@pytest.fixture(scope="module")
def embedding() -> tuple[torch.nn.Module, torch_iree.Loaded]:
    model = torch.nn.Embedding(20, 4).eval()
    return model, torch_iree.compile(model, (torch.tensor([[1, 2, 3]]),))


def _tensor(shape: list[int], dtype: torch.dtype, seed: int) -> torch.Tensor:
    generator = torch.Generator().manual_seed(seed)
    if dtype == torch.bool:
        return torch.randint(0, 2, shape, generator=generator).bool()
    if dtype.is_floating_point:
        return (torch.randn(shape, generator=generator) * 3).to(dtype)
    return torch.randint(-50, 50, shape, generator=generator, dtype=dtype)


@SETTINGS
@given(
    shape=st.lists(st.integers(0, 40), min_size=0, max_size=3),
    dtype=st.sampled_from(DTYPES),
    seed=st.integers(0, 2**16),
)
def test_any_tensor_gives_a_named_error_or_the_right_answer(linear, shape, dtype, seed) -> None:  # type: ignore[no-untyped-def]
    model, run = linear
    x = _tensor(shape, dtype, seed)
    try:
        got = run(x)
    except torch_iree.InputError:
        return
    with torch.no_grad():
        torch.testing.assert_close(got, model(x), atol=1e-5, rtol=1e-5)


@SETTINGS
@given(ids=st.lists(st.integers(-(2**40), 2**40) | st.integers(-25, 25), min_size=3, max_size=3))
def test_any_index_gives_a_named_error_or_the_right_answer(embedding, ids) -> None:  # type: ignore[no-untyped-def]
    model, run = embedding
    index = torch.tensor([ids])
    try:
        want = model(index)
    except (IndexError, RuntimeError):
        with pytest.raises(torch_iree.InputError, match="index out of range"):
            run(index)
        return
    torch.testing.assert_close(run(index), want)


@pytest.fixture(scope="module")
def saved(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("fuzz-files")
    return (
        torch_iree.export(torch.nn.Linear(4, 2), (torch.randn(1, 4),))
        .compile(cache=False)
        .save(folder / "p.vmfb")
    )


@SETTINGS
@given(program=st.binary(max_size=4096), metadata=st.binary(max_size=512) | st.text(max_size=200))
def test_any_files_are_an_artifact_error_or_a_program(saved, tmp_path, program, metadata) -> None:  # type: ignore[no-untyped-def]
    folder = tmp_path / f"case-{abs(hash((program, str(metadata))))}"
    folder.mkdir()
    (folder / "p.vmfb").write_bytes(program)
    meta = metadata.encode("utf-8", "surrogatepass") if isinstance(metadata, str) else metadata
    (folder / "p.vmfb.json").write_bytes(meta)
    with pytest.raises(torch_iree.TorchIreeError):
        torch_iree.load(folder / "p.vmfb")
    # The real metadata beside random program bytes: the recorded hash refuses them.
    (folder / "p.vmfb.json").write_bytes(Path(f"{saved}.json").read_bytes())
    with pytest.raises(torch_iree.ArtifactError):
        torch_iree.load(folder / "p.vmfb")


@SETTINGS
@given(
    max_mb=st.text(max_size=12),
    switch=st.sampled_from(["", "0", "1", "off", "yes", "\x00", "🙂"]),
)
def test_any_cache_settings_are_usable(tmp_path, monkeypatch, max_mb, switch) -> None:  # type: ignore[no-untyped-def]
    if "\x00" in max_mb or "\x00" in switch:
        return  # environment variables cannot hold NUL
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path / "cache"))
    monkeypatch.setenv("TORCH_IREE_CACHE_MAX_MB", max_mb)
    monkeypatch.setenv("TORCH_IREE_CACHE", switch)
    cache = CompileCache.from_environment()
    if cache is not None:
        assert cache.max_bytes >= 0
        cache.put("k", {"x": 1}, b"payload")
        assert cache.get("k") is not None or cache.max_bytes < 200


WORDS = st.sampled_from(
    [
        "export", "compile", "run", "bench", "doctor", "-o", "--args", "--target", "--device", "--dim",
        "--calls", "--flag", "--params", "--archive", "--parameters", "--function", "--dynamic-dim",
        "f32[2,8]", "i64[]", "f33[1]", "cpu", "tpu", "cuda:9", "llvm-cpu", "nope:arch", "batch=3",
        "0:0:1:4", "x=9:9", "-1", "0", "inline", "external", "nonexistent.vmfb", "out.mlir",
        "cli_models:make_mlp", "no.such:thing", "model.pt2", "--", "-v", "-q", "--help",
    ]
)  # fmt: skip


@SETTINGS
@given(words=st.lists(WORDS | st.text(max_size=10), max_size=7))
def test_any_command_line_is_an_exit_code_not_a_traceback(tmp_path, monkeypatch, capsys, words) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.chdir(tmp_path)
    monkeypatch.syspath_prepend(str(Path(__file__).resolve().parent))
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path / "cache"))
    words = [w for w in words if "\x00" not in w]
    code = cli.main(words)
    captured = capsys.readouterr()
    assert code in (0, 1, 2, 130), (words, code)
    assert "Traceback" not in captured.err, (words, captured.err)


def test_a_npy_of_any_dtype_through_run(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], saved: Path
) -> None:
    for dtype in (np.float64, np.int8, np.complex64, np.bool_, np.uint16):
        np.save(tmp_path / "x.npy", np.ones((1, 4), dtype=dtype))
        assert cli.main(["run", str(saved), str(tmp_path / "x.npy"), "-o", str(tmp_path)]) == 2
        assert "Traceback" not in capsys.readouterr().err
    (tmp_path / "bad.npy").write_bytes(os.urandom(64))
    assert cli.main(["run", str(saved), str(tmp_path / "bad.npy")]) == 2
    (tmp_path / "obj.npy").write_bytes(b"\x93NUMPY" + bytes(json.dumps({}), "utf-8"))
    assert cli.main(["run", str(saved), str(tmp_path / "obj.npy")]) == 2
