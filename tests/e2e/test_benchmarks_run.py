"""The call-cost and weight-load benchmarks run and report every contender with a result their
children checked against eager (benchmarks are not timed here: only that they work)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCHMARKS = Path(__file__).resolve().parents[2] / "benchmarks"
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="the weight-load benchmark reads /proc")


def _run(script: str, *args: str, out: Path) -> dict:
    subprocess.run(
        [sys.executable, str(BENCHMARKS / script), *args, "--out-dir", str(out)], check=True, timeout=600
    )
    return json.loads(next(out.glob("*.json")).read_text())


def test_call_cost_reports_every_path_and_both_drivers(tmp_path: Path) -> None:
    data = _run("bench_call_cost.py", "--quick", out=tmp_path)
    assert all(isinstance(v, float) and v > 0 for v in data["overhead_us"].values()), data["overhead_us"]
    assert len(data["drivers"]) == 2
    for row in data["drivers"].values():
        assert row["local-sync"] > 0 and row["local-task"] > 0 and row["flops"] > 0
    assert (tmp_path / "call_cost.png").stat().st_size > 0


def test_submission_bench_reports_checked_chains(tmp_path: Path) -> None:
    data = _run("bench_submission.py", "--quick", out=tmp_path)
    assert len(data["sizes"]) == 2
    for row in data["sizes"].values():  # present only for a chain whose result matched eager
        assert {"eager_chain_us", "plain_chain_us", "submitted_chain_us", "submitted_issue_us"} <= set(row)
    assert (tmp_path / "submission.png").stat().st_size > 0


def test_eager_bench_reports_first_use_steady_state_and_recompiles(tmp_path: Path) -> None:
    data = _run("bench_eager.py", "--quick", out=tmp_path)
    row = data["models"]["tiny_mlp"]
    assert row["cold"]["compiled"] > 0 and row["warm"]["compiled"] == 0  # the second process is warm
    assert row["warm"]["eager_us"] > 0 and row["warm"]["device_us"] > 0
    assert row["batches"]["programs_over_batches"] == 0  # sizes do not recompile
    assert (tmp_path / "eager.png").stat().st_size > 0


def test_param_load_reports_the_mapped_load(tmp_path: Path) -> None:
    data = _run("bench_param_load.py", "--sizes", "32", out=tmp_path)
    rows = data["32"]
    assert set(rows) == {"torch_iree", "torch_load", "torch_load_mmap"}
    assert all("error" not in row for row in rows.values()), rows
    ours = rows["torch_iree"]
    added = ours["after_load"]["RssAnon"] - ours["before"]["RssAnon"]
    assert added < 16, f"loading 32 MiB of mapped weights added {added:.0f} MiB of anonymous memory"


# IREE's own flags that make every matmul take bfloat16 inputs: a real, wrong-at-fp32 program.
BF16_MATMULS = "type=bf16 operations=all"


def _bench(script: str, *args: str, out: Path) -> tuple[int, dict, str]:
    done = subprocess.run(
        [
            sys.executable,
            str(BENCHMARKS / script),
            *args,
            "--rounds",
            "1",
            "--seconds",
            "0.2",
            "--out-dir",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=600,
    )
    data = json.loads(next(out.glob("*.json")).read_text())
    return done.returncode, data, next(out.glob("*.txt")).read_text()


def test_models_bench_times_every_contender_it_checked(tmp_path: Path) -> None:
    contenders = "eager,torch_iree_aot,torch_iree_dynamo"
    code, data, text = _bench("bench_models.py", "--models", "mlp", "--contenders", contenders, out=tmp_path)
    assert code == 0, text
    rows = data["models"]["mlp"]
    assert set(rows) == set(contenders.split(","))
    for contender, row in rows.items():
        assert row["median_us"] > 0 and row["calls"] >= 5, (contender, row)
        assert row["max_abs_error"] < 1e-4, (contender, row)
    assert "geomean suite" in text and (tmp_path / "models.png").stat().st_size > 0


def test_models_bench_fails_on_a_wrong_answer(tmp_path: Path) -> None:
    # bfloat16 matmul inputs in the compiled MLP: fast, and wrong at the suite's fp32 tolerance.
    flags = [f"--iree-flag=--iree-global-opt-demote-contraction-inputs-{o}" for o in BF16_MATMULS.split()]
    contenders = "eager,torch_iree_aot"
    code, data, text = _bench(
        "bench_models.py", "--models", "mlp", "--contenders", contenders, *flags, out=tmp_path
    )
    assert code == 1, text
    row = data["models"]["mlp"]["torch_iree_aot"]
    assert "wrong" in row and "median_us" not in row, row
    assert "WRONG" in text


def test_flags_bench_drops_a_candidate_that_breaks_a_model(tmp_path: Path) -> None:
    candidate = "--candidate=bf16=" + " ".join(
        f"--iree-global-opt-demote-contraction-inputs-{o}" for o in BF16_MATMULS.split()
    )
    code, data, text = _bench(
        "bench_flags.py", "--models", "mlp", "--candidates", "", candidate, out=tmp_path
    )
    assert code == 0, text
    assert list(data["flags"]) == ["default", "bf16"] and len(data["flags"]["bf16"]) == 2
    assert "median_us" in data["models"]["mlp"]["default"]
    assert "wrong" in data["models"]["mlp"]["bf16"]
    assert "bf16" in text and "drop" in text and "broken 1 mlp" in text, text


def test_generation_bench_times_every_contender_on_the_same_tokens(tmp_path: Path) -> None:
    pytest.importorskip("transformers")
    data = _run("bench_generation.py", "--quick", out=tmp_path)
    rows = data["models"]["gpt2"]
    assert set(rows) == {"eager", "eager-static", "inductor-static", "iree"}
    for contender, row in rows.items():
        assert row["decode_tok_s"] > 0 and row["ttft_ms"] > 0, contender
        assert row["tokens"] == rows["eager"]["tokens"] and len(row["tokens"]) > 0, contender
    assert (tmp_path / "generation.png").stat().st_size > 0
