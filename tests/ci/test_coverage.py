"""The coverage report's pieces: timing, the table and the plot (the full run is `nox -s coverage`)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ci.coverage import Cell, CoverageOptions, render_markdown, time_calls, write_report

CELLS = [
    Cell(
        "mlp",
        "llvm-cpu",
        "pass",
        max_abs_error=2e-7,
        compile_s=1.2,
        run_s=4e-5,
        eager_s=8e-5,
        tolerance={"atol": 1e-4},
    ),
    Cell("resnet", "llvm-cpu", "mismatch", "output 0: too far", 3e-2, 2.0, 1e-3, 5e-4, {"atol": 1e-4}),
    Cell("mlp_bf16", "llvm-cpu", "known failure", "bf16 matmul", None, 0.5, None, 9e-5, {"atol": 0.1}),
    Cell("mlp", "cuda:sm_80", "compiles", "no device here to run it", compile_s=0.9),
    Cell("resnet", "cuda:sm_80", "compile error", "error: boom", compile_s=0.3),
    Cell("mlp_bf16", "cuda:sm_80", "compiles", compile_s=0.4),
]


def test_time_calls_is_a_median_per_call() -> None:
    calls = []
    seconds = time_calls(lambda: calls.append(1), warmup=2, samples=5)
    assert 0 < seconds < 1e-3 and len(calls) > 2 + 5


def test_ratio() -> None:
    assert CELLS[0].ratio == pytest.approx(0.5)
    assert CELLS[2].ratio is None and CELLS[3].ratio is None


def test_markdown_table() -> None:
    text = render_markdown(CELLS, ("llvm-cpu", "cuda:sm_80"), {"torch": "2.13.0"}, "test machine")
    # Compiling is not working: a target nothing ran on reports compiles, never passes.
    assert "- `llvm-cpu`: 2/3 compile, 1/3 run and match eager" in text
    assert "- `cuda:sm_80`: 2/3 compile, none run (no device here)" in text
    assert "Working:" not in text
    assert "| mlp | pass | 2.0e-07 | 0.0001 | 1.2 s | 0.040 ms | 0.080 ms | 0.50 |" in text
    assert "| resnet | mismatch: output 0: too far |" in text
    assert "| resnet | compiles (0.9 s) |" not in text and "compile error: error: boom" in text


def test_write_report_with_plot(tmp_path: Path) -> None:
    pytest.importorskip("matplotlib")
    written = write_report(CELLS, CoverageOptions(out=tmp_path, targets=("llvm-cpu", "cuda:sm_80")))
    assert [p.name for p in written] == ["coverage.md", "coverage.json", "coverage.png"]
    assert (tmp_path / "coverage.png").read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    cells = json.loads((tmp_path / "coverage.json").read_text())["cells"]
    assert [c["ratio"] for c in cells][:2] == [pytest.approx(0.5), pytest.approx(2.0)]


def test_report_re_renders_from_its_json(tmp_path: Path) -> None:
    from ci.coverage import main

    write_report(CELLS, CoverageOptions(out=tmp_path / "a", targets=("llvm-cpu", "cuda:sm_80"), plot=False))
    assert (
        main(
            ["--from-json", str(tmp_path / "a" / "coverage.json"), "--out", str(tmp_path / "b"), "--no-plot"]
        )
        == 0
    )
    assert (tmp_path / "a" / "coverage.md").read_text() == (tmp_path / "b" / "coverage.md").read_text()
