"""``python -m ci.qualify``: try a new IREE or torch release on everything we know.

Exit status (the sync bot's): 0 the candidate qualifies (nothing broke), 20 needs a person
(something broke, or the baseline could not run a suite: the report says what), 2 bad input (a
malformed version, one that does not exist on the index or does not install here).
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

from ci.atomic import atomic_write_text
from ci.errors import BadInput, ExitCode
from ci.qualify.report import pr_body, report_json
from ci.qualify.run import NOISE_THRESHOLD, QualifyOptions, QualifyResult, qualify
from ci.qualify.suites import SUITES


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ci.qualify",
        description="Qualify an IREE (and/or torch) release against the stack lock, suite by suite.",
        epilog="exit status: 0 qualifies, 20 needs a person, 2 bad input",
    )
    parser.add_argument("--iree-version", metavar="X.Y.Z", help="the candidate IREE release (PyPI)")
    parser.add_argument("--torch-version", metavar="A.B.C", help="the candidate torch release (a CPU build)")
    parser.add_argument("--report", type=Path, metavar="PATH", help="write the JSON report here (always)")
    parser.add_argument("--pr-body", type=Path, metavar="PATH", help="write a PR title + markdown body here")
    parser.add_argument(
        "--suites", default=",".join(SUITES), help=f"comma-separated (default: {','.join(SUITES)})"
    )
    size = parser.add_mutually_exclusive_group()
    size.add_argument("--full", action="store_true", help="every OpInfo op, full benchmark sampling")
    size.add_argument("--smoke", action="store_true", help="a few entries per suite (checks the plumbing)")
    parser.add_argument(
        "--noise",
        type=float,
        default=NOISE_THRESHOLD,
        help=f"benchmark noise threshold (default {NOISE_THRESHOLD})",
    )
    parser.add_argument(
        "--find-links", type=Path, action="append", default=[], metavar="DIR", help="more wheels (repeatable)"
    )
    parser.add_argument("--work-dir", type=Path, help="venvs and suite logs (default: build/qualify)")
    parser.add_argument(
        "--baseline-python",
        type=Path,
        metavar="PYTHON",
        help="use this environment (with the lock's versions) as the baseline",
    )
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    started = time.monotonic()
    try:
        options = QualifyOptions(
            iree_version=args.iree_version,
            torch_version=args.torch_version,
            suites=tuple(s for s in args.suites.split(",") if s),
            size="full" if args.full else "smoke" if args.smoke else "default",
            noise=args.noise,
            **({"work_dir": args.work_dir} if args.work_dir else {}),
            baseline_python=args.baseline_python,
            find_links=tuple(args.find_links),
        )
    except BadInput as exc:
        print(f"error: {exc}", file=sys.stderr)
        return int(ExitCode.BAD_INPUT)
    result = qualify(
        options,
        log=lambda line: print(f"[{time.monotonic() - started:5.0f} s] {line}", file=sys.stderr, flush=True),
    )
    write_outputs(result, args.report, args.pr_body)
    if result.exit_code == ExitCode.BAD_INPUT:
        print(f"error: {result.message}", file=sys.stderr)
    else:
        print(pr_body(result).split("\n", 1)[0])
        print(result.message)
    return int(result.exit_code)


def write_outputs(result: QualifyResult, report: Path | None, body: Path | None) -> None:
    if report is not None:
        atomic_write_text(report, report_json(result))
    if body is not None and result.exit_code != ExitCode.BAD_INPUT:
        atomic_write_text(body, pr_body(result))


if __name__ == "__main__":
    sys.exit(main())
