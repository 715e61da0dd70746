"""Bump qualification's logic on recorded results: verdicts, noise, reports, input checks.

Nothing here installs or compiles (tests/e2e/test_qualify_releases.py runs real releases).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from ci.errors import BadInput, ExitCode
from ci.paths import REPO_ROOT
from ci.qualify import compare, report, suites, versions
from ci.qualify.__main__ import main
from ci.qualify.compare import Outcome
from ci.qualify.run import QualifyOptions, QualifyResult, SideRun, comparisons, decide
from ci.qualify.versions import Side

PASS, FAIL = Outcome("pass", "", 1.0), Outcome("fail", "CompileError: error: boom", 1.0)
NOISE = 0.15


def bench(metric: float | None) -> Outcome:
    return Outcome("pass", "", 0.001, metric)


@pytest.mark.parametrize(
    ("suite", "before", "after", "expected"),
    [
        ("models", PASS, FAIL, "broken"),
        ("models", FAIL, PASS, "fixed"),
        ("models", FAIL, Outcome("mismatch", "max abs error 3"), "same"),  # still not working
        ("models", PASS, PASS, "same"),
        ("opinfo", Outcome("skipped", "random"), Outcome("skipped", "random"), "same"),
        ("corpus", PASS, Outcome(compare.MISSING), "broken"),
        ("corpus", Outcome(compare.MISSING), PASS, "fixed"),
        ("shield", Outcome("needed"), Outcome("not needed"), "fixed"),  # the rewrite can go
        ("shield", Outcome("needed"), Outcome("broken", "error: x"), "broken"),
        ("shield", Outcome("not needed"), Outcome("needed"), "same"),  # still shielded
        ("shield", Outcome("broken"), Outcome("needed"), "fixed"),
        ("bench", bench(1.0), Outcome("mismatch", "max abs error 1"), "broken"),
    ],
)
def test_verdicts(suite: str, before: Outcome, after: Outcome, expected: str) -> None:
    assert compare.verdict(suite, before, after, NOISE)[0] == expected


@pytest.mark.parametrize(
    ("before", "after", "expected"),
    [
        (0.50, 0.50, "same"),
        (0.50, 0.56, "same"),  # +12 %: inside the noise threshold
        (0.50, 0.44, "same"),  # -12 %
        (0.50, 0.60, "slower"),  # +20 %
        (0.50, 0.40, "faster"),  # -20 %
        (0.50, None, "same"),  # no timing on one side: nothing to say
        (0.0, 0.5, "same"),  # a zero metric is not a measurement
        (float("nan"), 0.5, "same"),
    ],
)
def test_benchmark_changes_inside_the_noise_are_same(
    before: float, after: float | None, expected: str
) -> None:
    word, change = compare.verdict("bench", bench(before), bench(after), NOISE)
    assert word == expected
    if expected in ("slower", "faster"):
        assert change == pytest.approx(after / before)


def test_timing_of_untimed_suites_never_gives_a_verdict() -> None:
    slow = Outcome("pass", "", 100.0, 100.0)
    assert compare.verdict("models", bench(1.0), slow, NOISE)[0] == "same"


def test_compare_suite_covers_entries_of_either_side() -> None:
    rows = compare.compare_suite("models", {"a": PASS, "b": PASS}, {"b": FAIL, "c": PASS}, NOISE)
    assert [(r.name, r.verdict) for r in rows] == [("a", "broken"), ("b", "broken"), ("c", "fixed")]
    assert rows[0].candidate.status == compare.MISSING
    assert compare.counts(rows) == {"broken": 2, "fixed": 1, "slower": 0, "faster": 0, "same": 0}


def test_outcome_from_hostile_json() -> None:
    got = Outcome.from_json({"status": "pass", "error": None, "time_s": "3", "metric": float("inf")})
    assert got == Outcome("pass", "", None, None)
    assert Outcome.from_json({"status": "fail", "time_s": True}).time_s is None


def _result(before: dict, after: dict, base_errors: dict | None = None, cand_errors: dict | None = None):
    options = QualifyOptions(iree_version="3.12.0", suites=("models", "shield", "bench"), noise=NOISE)
    baseline = SideRun(Side("baseline", "3.13.0", "2.13.0"), outcomes=before, errors=base_errors or {})
    candidate = SideRun(Side("candidate", "3.12.0", "2.13.0"), outcomes=after, errors=cand_errors or {})
    result = QualifyResult(options, baseline=baseline, candidate=candidate)
    result.rows = comparisons(baseline, candidate, options)
    decide(result)
    return result


RECORDED_BEFORE = {
    "models": {"mlp-static-aot": PASS, "gru-static-aot": FAIL},
    "shield": {"sdpa_mask_rank": Outcome("needed", "error: rank"), "uint8": Outcome("needed")},
    "bench": {"mlp": bench(0.5), "resnet": bench(1.0), "gru": bench(2.0)},
}


def test_a_candidate_that_breaks_nothing_qualifies() -> None:
    after = {
        "models": {"mlp-static-aot": PASS, "gru-static-aot": PASS},
        "shield": {"sdpa_mask_rank": Outcome("not needed"), "uint8": Outcome("needed")},
        "bench": {"mlp": bench(0.52), "resnet": bench(1.5), "gru": bench(1.0)},
    }
    result = _result(RECORDED_BEFORE, after)
    assert (result.exit_code, result.status) == (ExitCode.QUALIFIES, "qualifies")
    verdicts = {(r.suite, r.name): r.verdict for r in result.rows}
    assert verdicts[("models", "gru-static-aot")] == "fixed"
    assert verdicts[("shield", "sdpa_mask_rank")] == "fixed"
    assert verdicts[("bench", "mlp")] == "same"
    assert verdicts[("bench", "resnet")] == "slower"
    assert verdicts[("bench", "gru")] == "faster"
    body = report.pr_body(result)
    title, blank, rest = body.split("\n", 2)
    assert title == "Qualify IREE 3.13.0 → 3.12.0: qualifies" and blank == ""
    assert "| models | 2 | 1 | 2 | 0 | 1 | 0 | 0 |" in rest
    assert "### What got fixed (1)" in rest and "`gru-static-aot`" in rest
    assert "### Shield rewrites that can be removed" in rest and "`sdpa_mask_rank`" in rest
    assert "| resnet | 1000000.0 µs | 1500000.0 µs | 1.50× | slower |" in rest
    assert "What broke" not in rest


def test_a_broken_entry_needs_a_person_and_the_report_says_which() -> None:
    after = {**RECORDED_BEFORE, "models": {"mlp-static-aot": Outcome("mismatch", "max | abs error 2.0")}}
    result = _result(RECORDED_BEFORE, after)
    assert result.exit_code == ExitCode.NEEDS_PERSON
    data = json.loads(report.report_json(result))
    assert data["exit_code"] == 20 and data["status"] == "needs-person"
    broken = [e for e in data["entries"] if e["verdict"] == "broken"]
    assert [(e["suite"], e["name"]) for e in broken] == [("models", "mlp-static-aot")]
    entry = broken[0]
    assert set(entry) == {"suite", "name", "baseline", "candidate", "verdict", "change"}
    assert set(entry["candidate"]) == {"status", "error", "time_s", "metric"}
    assert data["suites"]["models"]["verdicts"]["broken"] == 1
    assert "max \\| abs error 2.0" in report.pr_body(result)  # table cells stay one cell


def test_a_suite_that_dies_on_the_candidate_is_broken() -> None:
    after = {k: v for k, v in RECORDED_BEFORE.items() if k != "bench"}
    result = _result(RECORDED_BEFORE, after, cand_errors={"bench": "exit -9: killed"})
    rows = [r for r in result.rows if r.suite == "bench"]
    assert {r.verdict for r in rows} == {"broken"}
    assert any(r.name == "(suite)" and r.candidate.error == "exit -9: killed" for r in rows)
    assert result.exit_code == ExitCode.NEEDS_PERSON


def test_a_suite_that_dies_on_the_baseline_needs_a_person() -> None:
    before = {k: v for k, v in RECORDED_BEFORE.items() if k != "shield"}
    result = _result(before, RECORDED_BEFORE, base_errors={"shield": "exit 1: ImportError"})
    assert result.exit_code == ExitCode.NEEDS_PERSON
    assert "baseline could not run shield" in result.message


@pytest.mark.parametrize("text", ["3.12.0", "3.12.0rc20260917", "2.13.0+cpu", " 3.13 "])
def test_versions_that_parse(text: str) -> None:
    assert versions.parse_version(text, "--iree-version") == text.strip()


@pytest.mark.parametrize("text", ["", "latest", ">=3.12", "3.12.0; rm -rf /", "3.12.0 --index-url x", "../x"])
def test_versions_that_are_refused(text: str) -> None:
    with pytest.raises(BadInput, match="is not a version"):
        versions.parse_version(text, "--iree-version")


def test_nothing_to_qualify_is_bad_input() -> None:
    with pytest.raises(BadInput, match="nothing to qualify"):
        versions.make_sides("3.13.0", "2.13.0", None, None)


def test_a_cuda_torch_is_recognised_from_its_metadata() -> None:
    cuda = {
        "version": "2.14.1",
        "requires_dist": [
            "filelock",
            'nvidia-cudnn-cu13==9.24.0.43; platform_system == "Linux"',
            'nvidia-nccl-cu13==2.30.7; platform_system == "Windows" and platform_system == "Linux"',
            "not a requirement ;;",
        ],
    }
    assert versions.cuda_requirements(cuda) == ["nvidia-cudnn-cu13"] or not _linux()
    assert versions.cuda_requirements({"version": "2.13.0+cu128"}) == ["local version 2.13.0+cu128"]
    assert versions.cuda_requirements({"version": "2.13.0+cpu", "requires_dist": ["sympy"]}) == []


def _linux() -> bool:
    import platform

    return platform.system() == "Linux"


def test_pip_refusal_becomes_one_line() -> None:
    stderr = (
        "ERROR: Could not find a version that satisfies the requirement iree-base-compiler==9.99.0 "
        "(from versions: 3.12.0, 3.13.0)\nERROR: No matching distribution found for iree-base-compiler==9.99.0\n"
    )
    line = versions._resolve_error(Side("candidate", "9.99.0", "2.13.0"), stderr)
    assert "\n" not in line
    assert line.startswith(
        "iree-base-compiler==9.99.0 (candidate) has no wheel that installs on this platform"
    )
    assert line.endswith("versions that install here: 3.12.0, 3.13.0")


def test_recorded_suite_outputs_parse(tmp_path: Path) -> None:
    (tmp_path / "corpus.json").write_text(
        json.dumps(
            [
                {"name": "a", "status": "pass", "detail": "", "compile_s": 1.0},
                {"name": "b", "status": "xfail", "detail": "expected (bug)", "compile_s": 0.5},
                {"name": "c", "status": "xpass", "detail": "works now", "compile_s": 0.5},
            ]
        )
    )
    corpus = suites.parse_corpus(tmp_path)
    assert {k: v.status for k, v in corpus.items()} == {"a": "pass", "b": "fail", "c": "pass"}
    assert corpus["b"].error.startswith("xfail: expected")
    (tmp_path / "shield.json").write_text(
        json.dumps([{"workaround": "w", "without": "error: x", "with_it": "passes", "verdict": "needed"}])
    )
    assert suites.parse_shield(tmp_path) == {"w": Outcome("needed", "error: x")}
    (tmp_path / "bench").mkdir()
    cells = [
        {
            "model": "mlp",
            "target": "llvm-cpu",
            "status": "pass",
            "detail": "",
            "run_s": 0.001,
            "eager_s": 0.002,
        },
        {
            "model": "gru",
            "target": "llvm-cpu",
            "status": "compile error",
            "detail": "error: y",
            "run_s": None,
        },
    ]
    (tmp_path / "bench" / "coverage.json").write_text(json.dumps({"cells": cells}))
    found = suites.parse_bench(tmp_path)
    assert found["mlp"].metric == pytest.approx(0.001) and found["gru"] == Outcome(
        "compile error", "error: y"
    )
    (tmp_path / "models.json").write_text(json.dumps({"not": "a list"}))
    with pytest.raises(ValueError, match="expected a list"):
        suites.parse_rows(tmp_path / "models.json")


def test_opinfo_rows_become_outcomes() -> None:
    ok = {"samples": [{"index": 0, "ours": {"status": "pass"}}], "seconds": 2.0}
    bad = {
        "samples": [
            {"index": 0, "ours": {"status": "pass"}},
            {
                "index": 1,
                "ours": {"status": "compile", "error": "UnsupportedOpError", "message": "cannot lower"},
            },
        ]
    }
    assert suites.opinfo_outcome(ok) == Outcome("pass", "", 2.0)
    assert suites.opinfo_outcome(bad) == Outcome("compile", "[1] UnsupportedOpError: cannot lower")
    assert suites.opinfo_outcome({"crashed": "timed out"}).status == "crash"
    assert suites.opinfo_outcome({"skipped": "random"}).status == "skipped"


def test_opinfo_subsets_are_fixed_and_nested() -> None:
    smoke, default, full = (suites.opinfo_ops(size) for size in suites.SIZES)
    assert set(smoke) <= set(default) <= set(full)
    assert 0 < len(smoke) < len(default) < len(full)
    assert default == suites.opinfo_ops("default")


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--iree-version", "not-a-version"], "is not a version"),
        (["--iree-version", "3.12.0", "--suites", "models,nope"], "unknown suites nope"),
        (["--iree-version", "3.12.0", "--noise", "-1"], "noise threshold"),
        ([], "nothing to qualify"),
    ],
)
def test_bad_invocations_exit_2_with_one_line(
    argv: list[str], message: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main([*argv, "--work-dir", str(tmp_path), "--report", str(tmp_path / "q.json")]) == 2
    err = capsys.readouterr().err.strip().splitlines()
    assert err[-1].startswith("error: ") and message in err[-1]


def test_the_code_under_test_is_a_snapshot(tmp_path: Path) -> None:
    from ci.qualify import venvs

    stale = tmp_path / "checkout" / "ci" / "stale.py"
    stale.parent.mkdir(parents=True)
    stale.write_text("left from an earlier run")
    checkout = venvs.snapshot(tmp_path)
    assert not stale.exists()
    for relative in venvs.SNAPSHOT_PATHS:
        assert (checkout / relative).exists(), relative
    assert (checkout / "ci" / "qualify" / "run.py").read_bytes() == (
        REPO_ROOT / "ci/qualify/run.py"
    ).read_bytes()
    assert not list(checkout.rglob("__pycache__"))
