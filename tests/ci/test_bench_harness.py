"""benchmarks/harness: real child processes, real memory, real files (no mocks)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from benchmarks import harness

MIB = 1024 * 1024
# A child that fills 200 MiB (bytes of 1s: every page resident), says so, then waits.
ALLOCATE = (
    "import sys, time; block = b'\\1' * (200 * 1024 * 1024); print('ready', flush=True); time.sleep(30)"
)

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc (Linux)")


def _start_allocating_child() -> subprocess.Popen[str]:
    child = subprocess.Popen([sys.executable, "-c", ALLOCATE], stdout=subprocess.PIPE, text=True)
    assert child.stdout is not None and child.stdout.readline().strip() == "ready"
    return child


def _stop(child: subprocess.Popen[str]) -> None:
    child.kill()
    child.wait()


def test_sampler_sees_the_peak_of_a_child_process() -> None:
    child = _start_allocating_child()
    try:
        with harness.TreeSampler(child.pid, interval=0.01) as sampler:
            time.sleep(0.2)
        peak, _ = sampler.stop()
    finally:
        _stop(child)
    assert peak >= 150 * MIB


def test_sampler_adds_up_this_process_and_its_children() -> None:
    sampler = harness.TreeSampler(interval=0.01)  # this process as the root
    sampler.start()
    alone = harness.tree_rss(sampler.root)[0]
    child = _start_allocating_child()
    try:
        time.sleep(0.2)
        tree, largest_child = sampler.take_peaks()
    finally:
        _stop(child)
    sampler.stop()
    assert largest_child >= 150 * MIB  # a Python child of a Python process counts once it runs
    assert tree >= alone + 150 * MIB


def test_own_peak_resets_to_the_current_size() -> None:
    block = b"\1" * (100 * MIB)
    with_block = harness.peak_rss()
    del block
    if not harness.reset_peak_rss():
        pytest.skip("/proc/self/clear_refs is not writable here")
    assert harness.peak_rss() <= with_block - 50 * MIB
    assert harness.proc_status_bytes("VmRSS") > 0


CHILD = textwrap.dedent(
    """
    import argparse, json, sys, time
    parser = argparse.ArgumentParser()
    parser.add_argument("--out")
    parser.add_argument("--child", nargs=argparse.REMAINDER)
    args = parser.parse_args()
    kind = args.child[0]
    with open(args.out, "w") as out:
        json.dump({"kind": kind, "args": args.child[1:]}, out)
    if kind == "fail":
        print("progress line", file=sys.stderr)
        print("RuntimeError: the reason", file=sys.stderr)
        sys.exit(3)
    if kind == "hang":
        time.sleep(60)
    """
)


@pytest.fixture
def child_script(tmp_path: Path) -> Path:
    script = tmp_path / "child.py"
    script.write_text(CHILD)
    return script


def test_run_child_reads_what_the_child_wrote(child_script: Path) -> None:
    run = harness.run_child(child_script, ["ok", "a", "b"], env={"EXTRA": "1"}, capture=True)
    assert run.error is None and run.returncode == 0 and not run.timed_out
    assert run.result == {"kind": "ok", "args": ["a", "b"]}


def test_run_child_reports_the_error_line_of_a_failed_child(child_script: Path) -> None:
    run = harness.run_child(child_script, ["fail"], capture=True)
    assert run.returncode == 3
    assert run.error == "RuntimeError: the reason"
    assert run.result["kind"] == "fail"  # what it wrote before failing survives


def test_run_child_kills_a_child_past_its_time_limit(child_script: Path) -> None:
    started = time.perf_counter()
    run = harness.run_child(child_script, ["hang"], timeout_s=2, capture=True)
    assert time.perf_counter() - started < 30
    assert run.timed_out and run.error == "timed out after 2 s"
    assert run.result["kind"] == "hang"


def test_rounds_interleave_the_contenders() -> None:
    order: list[tuple[str, int]] = []
    runs = harness.interleaved_rounds(["a", "b"], 2, lambda c, r: order.append((c, r)) or f"{c}{r}")
    assert order == [("a", 0), ("b", 0), ("a", 1), ("b", 1)]
    assert runs == {"a": ["a0", "a1"], "b": ["b0", "b1"]}
    samples = harness.time_calls(lambda: None, (), calls=50, warmup=5)
    assert len(samples) == 50 and harness.quantile(samples, 0.9) >= min(samples)


def test_tables_results_and_plots(tmp_path: Path) -> None:
    columns = [
        harness.Column("name", 6, left=True),
        harness.Column("ms", 6),
        harness.Column("x", 4, missing="n/a"),
    ]
    assert harness.table_header(columns) == "name       ms    x"
    assert harness.table_row(columns, ["mlp", 1.25, None]) == "mlp       1.2  n/a"
    assert harness.table_row(columns, ["cnn", float("nan"), "2×"]) == "cnn         -   2×"
    written = harness.save_results(tmp_path / "results", "bench", "\ntable\n", {"a": 1})
    assert [p.name for p in written] == ["bench.json", "bench.txt"]
    assert json.loads(written[0].read_text()) == {"a": 1} and written[1].read_text() == "table\n\n"
    harness.write_json(tmp_path / "partial.json", {"b": 2})
    assert harness.read_json(tmp_path / "partial.json") == {"b": 2}
    assert harness.read_json(tmp_path / "missing.json") == {}
    fig, axes = harness.figure(1, 2, (6, 3))
    harness.grouped_bars(axes[0][0], ["m1", "m2"], {"eager": [1, 2], "iree": [2, 3]}, 0.35)
    tops = harness.stacked_bars(axes[0][1], [0, 1], [("a", [1, 2], None), ("b", [3, 4], "#4c72b0")], 0.6)
    harness.label_bars(axes[0][1], [0, 1], tops, ["4", "6"])
    assert tops == [4, 6]
    png = harness.save_figure(fig, tmp_path / "plot.png")
    assert png.read_bytes().startswith(b"\x89PNG")
