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


def test_param_load_reports_the_mapped_load(tmp_path: Path) -> None:
    data = _run("bench_param_load.py", "--sizes", "32", out=tmp_path)
    rows = data["32"]
    assert set(rows) == {"torch_iree", "torch_load", "torch_load_mmap"}
    assert all("error" not in row for row in rows.values()), rows
    ours = rows["torch_iree"]
    added = ours["after_load"]["RssAnon"] - ours["before"]["RssAnon"]
    assert added < 16, f"loading 32 MiB of mapped weights added {added:.0f} MiB of anonymous memory"
