"""The suites a qualification runs on each side, and how their output becomes entries.

Each suite is an existing tool of this repository run with the side's interpreter, in the
repository root, in a process of its own with its own compile cache; it writes a result file
that ``parse`` turns into ``{entry name: Outcome}``. The tools are the same ones people run by
hand (``ci.corpus_replay``, ``ci.opinfo``, ``ci.shield``, ``ci.coverage``), so qualification
measures what CI measures.

Three sizes: ``smoke`` (a few entries per suite: proves the plumbing, for tests), the default
(the whole IR corpus, model suite and shield probes, a fixed subset of OpInfo ops, a short
benchmark) and ``full`` (every OpInfo op, full benchmark sampling).
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ci.paths import REPO_ROOT
from ci.qualify.compare import Outcome

SIZES = ("smoke", "default", "full")
CORPUS_DIR = REPO_ROOT / "tests" / "corpus"
OPINFO_JSON = REPO_ROOT / "docs" / "opinfo.json"
OPINFO_STRIDE = 12  # default: every 12th op of the committed sweep (~60 ops, about a minute)
SMOKE_CORPUS = 3
SMOKE_MODELS = ("mlp",)
SMOKE_OPS = 4
SMOKE_SHIELD = ("sdpa_mask_rank",)
BENCH_SAMPLES = {"smoke": 5, "default": 31, "full": 101}


@dataclass(frozen=True)
class Suite:
    name: str
    argv: Callable[[Path, str, Path], list[str]]  # (work dir, size, checkout) → arguments after `python`
    parse: Callable[[Path], dict[str, Outcome]]  # work dir → entries
    timeout_s: float


# --- the IR corpus (iree-compile and the runtime on stored torch-dialect IR; no torch) -------


def _corpus_argv(work: Path, size: str, checkout: Path) -> list[str]:
    corpus = checkout / CORPUS_DIR.relative_to(REPO_ROOT)
    argv = ["-m", "ci.corpus_replay", str(corpus), "--json", str(work / "corpus.json")]
    if size == "smoke":
        argv += ["--only", ",".join(corpus_entries()[:SMOKE_CORPUS])]
    return argv


def corpus_entries() -> list[str]:
    return sorted(p.parent.name for p in CORPUS_DIR.glob("*/manifest.json"))


def parse_corpus(work: Path) -> dict[str, Outcome]:
    # "xfail" (fails as its manifest expects) is a failure to run the program: both sides'
    # outcomes are absolute, so an expected failure that starts working shows as fixed.
    outcomes = {}
    for row in _read(work / "corpus.json"):
        works = row["status"] in ("pass", "xpass")
        error = "" if works else f"{row['status']}: {row.get('detail', '')}"[:300]
        outcomes[row["name"]] = Outcome("pass" if works else "fail", error, row.get("compile_s"))
    return outcomes


# --- the model suite (AOT and torch.compile, static and dynamic) -----------------------------


def _models_argv(work: Path, size: str, checkout: Path) -> list[str]:
    argv = ["-m", "ci.qualify.models_worker", "--out", str(work / "models.json")]
    return argv + (["--models", ",".join(SMOKE_MODELS)] if size == "smoke" else [])


def parse_rows(path: Path) -> dict[str, Outcome]:
    return {row["name"]: Outcome.from_json(row) for row in _read(path)}


# --- the OpInfo op sweep (ours only, float32) ------------------------------------------------


def opinfo_ops(size: str) -> list[str]:
    """The ops of the committed sweep: every one (full), every OPINFO_STRIDE-th, or a few."""
    rows = json.loads(OPINFO_JSON.read_text(encoding="utf-8"))["float32"]
    if size == "full":
        return sorted(rows)
    ops = sorted(op for op, row in rows.items() if "skipped" not in row)  # skipped: nothing learnt
    subset = ops[::OPINFO_STRIDE]
    return subset[:SMOKE_OPS] if size == "smoke" else subset


def _opinfo_argv(work: Path, size: str, checkout: Path) -> list[str]:
    argv = ["-m", "ci.opinfo", "run", "--no-raw", "--out", str(work / "opinfo")]
    argv += ["--samples", "3" if size == "full" else "1"]
    return argv + ([] if size == "full" else ["--ops", ",".join(opinfo_ops(size))])


def parse_opinfo(work: Path) -> dict[str, Outcome]:
    rows = json.loads((work / "opinfo" / "opinfo.json").read_text(encoding="utf-8")).get("float32", {})
    return {op: opinfo_outcome(row) for op, row in rows.items()}


def opinfo_outcome(row: dict[str, Any]) -> Outcome:
    seconds = row.get("seconds")
    if "skipped" in row:
        return Outcome("skipped", str(row["skipped"])[:300], seconds)
    if "crashed" in row:
        return Outcome("crash", str(row["crashed"])[:300], seconds)
    for sample in row.get("samples", []):
        ours = sample.get("ours", {})
        if ours.get("status") != "pass":
            message = f"{ours.get('error', '')}: {ours.get('message', '')}".strip(": ")
            return Outcome(
                str(ours.get("status", "fail")), f"[{sample.get('index')}] {message}"[:300], seconds
            )
    return Outcome("pass", "", seconds)


# --- the compiler-bug shield probes ----------------------------------------------------------


def _shield_argv(work: Path, size: str, checkout: Path) -> list[str]:
    argv = ["-m", "ci.shield", "probe", "--json", str(work / "shield.json")]
    return argv + (["--only", ",".join(SMOKE_SHIELD)] if size == "smoke" else [])


def parse_shield(work: Path) -> dict[str, Outcome]:
    outcomes = {}
    for row in _read(work / "shield.json"):
        word = row["verdict"]  # needed, not needed, broken
        error = {"needed": row.get("without", ""), "broken": row.get("with_it", "")}.get(word, "")
        outcomes[row["workaround"]] = Outcome(word, str(error)[:300])
    return outcomes


# --- the short benchmark (compiled latency per model, llvm-cpu) ------------------------------


def _bench_argv(work: Path, size: str, checkout: Path) -> list[str]:
    argv = ["-m", "ci.coverage", "--targets", "llvm-cpu", "--no-plot", "--out", str(work / "bench")]
    argv += ["--samples", str(BENCH_SAMPLES[size])]
    return argv + (["--models", ",".join(SMOKE_MODELS)] if size == "smoke" else [])


def parse_bench(work: Path) -> dict[str, Outcome]:
    data = json.loads((work / "bench" / "coverage.json").read_text(encoding="utf-8"))
    outcomes = {}
    for cell in data["cells"]:
        # The metric is the compiled program's own latency. Dividing by eager's (measured in
        # another process) would add eager's noise: an A/A run showed it doubling the spread.
        run = cell.get("run_s")
        error = "" if cell["status"] == "pass" else str(cell.get("detail", ""))[:300]
        outcomes[cell["model"]] = Outcome(cell["status"], error, run, run)
    return outcomes


def _read(path: Path) -> list[dict[str, Any]]:
    rows = json.loads(path.read_text(encoding="utf-8"))
    if not isinstance(rows, list):
        raise ValueError(f"{path}: expected a list of results")
    return rows


SUITES: dict[str, Suite] = {
    suite.name: suite
    for suite in (
        Suite("corpus", _corpus_argv, parse_corpus, 1800),
        Suite("models", _models_argv, lambda work: parse_rows(work / "models.json"), 3600),
        Suite("opinfo", _opinfo_argv, parse_opinfo, 7200),
        Suite("shield", _shield_argv, parse_shield, 900),
        Suite("bench", _bench_argv, parse_bench, 3600),
    )
}
