"""``python -m ci.sync``: the LLVM-bump bot (``nox -s sync-torch-mlir -- ...``).

Moves our third_party/torch-mlir gitlink and the stack lock to the newest torch-mlir commit
that builds on IREE's LLVM, with the patch queue re-applied. Exit status: 0 updated (or, with
--dry-run, would update), 10 already up to date, 20 needs a person, 2 bad input.

With ``--qualify`` (and ``--iree-version``) the release is first qualified against the lock
(``python -m ci.qualify``): bad input stops there; what it found goes into the report and the PR
body, and anything broken turns an update into "needs a person".
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from ci.atomic import atomic_write_text
from ci.errors import BadInput, ExitCode
from ci.paths import REPO_ROOT
from ci.qualify import report as qualify_report
from ci.qualify.run import QualifyResult
from ci.sync.core import SyncOptions, SyncResult, sync
from ci.sync.report import plan_text, pr_body, report_json


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ci.sync",
        description=(__doc__ or "").split("\n\n")[1].replace("\n", " "),
        epilog="exit status: 0 updated, 10 up to date, 20 needs a person, 2 bad input",
    )
    clones = parser.add_argument_group("clones (plain or bare)")
    clones.add_argument("--iree", type=Path, required=True, help="IREE clone that has the locked IREE commit")
    clones.add_argument("--torch-mlir", type=Path, required=True, help="torch-mlir clone (llvm/torch-mlir)")
    clones.add_argument(
        "--llvm",
        type=Path,
        required=True,
        help="LLVM clone with IREE's LLVM commit and full history",
    )
    parser.add_argument(
        "--repo", type=Path, default=REPO_ROOT, help="our repository (default: this checkout)"
    )
    parser.add_argument("--lock", type=Path, help="stack lock (default: REPO/third_party/stack.lock)")
    parser.add_argument("--branch", default="main", help="torch-mlir branch to search (default: main)")
    parser.add_argument("--iree-version", metavar="X.Y.Z", help="first move the lock to this IREE release")
    parser.add_argument(
        "--find-links", type=Path, metavar="DIR", help="read the release wheel from DIR, not PyPI"
    )
    parser.add_argument("--dry-run", action="store_true", help="print the plan; change nothing")
    parser.add_argument(
        "--qualify", action="store_true", help="first qualify --iree-version against the lock (ci.qualify)"
    )
    parser.add_argument("--report", type=Path, metavar="PATH", help="write a JSON report here (always)")
    parser.add_argument("--pr-body", type=Path, metavar="PATH", help="write a PR title + markdown body here")
    return parser


def main(argv: list[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    qualification = None
    if args.qualify:
        qualification = _qualify_first(args)
        if qualification.exit_code == ExitCode.BAD_INPUT:
            if args.report is not None:
                atomic_write_text(args.report, qualify_report.report_json(qualification))
            print(f"error: {qualification.message}", file=sys.stderr)
            return int(ExitCode.BAD_INPUT)
    options = SyncOptions(
        iree=args.iree,
        torch_mlir=args.torch_mlir,
        llvm=args.llvm,
        repo=args.repo,
        lock=args.lock,
        branch=args.branch,
        dry_run=args.dry_run,
        iree_version=args.iree_version,
        find_links=args.find_links,
    )
    result = sync(options)
    if qualification is not None and qualification.exit_code != 0 and result.exit_code == ExitCode.UPDATED:
        result.exit_code, result.status = ExitCode.NEEDS_PERSON, "needs-person"
        result.message = f"qualification: {qualification.message}"
    _write_outputs(result, args.report, args.pr_body, qualification)
    if result.exit_code == ExitCode.BAD_INPUT:
        print(f"error: {result.message}", file=sys.stderr)
    elif result.exit_code == ExitCode.NEEDS_PERSON:
        print(plan_text(result), end="")
        print(f"needs a person: {result.message}", file=sys.stderr)
    else:
        print(plan_text(result), end="")
    return int(result.exit_code)


def _qualify_first(args: argparse.Namespace) -> QualifyResult:
    from ci.qualify.run import QualifyOptions, qualify

    lock = args.lock or args.repo / "third_party" / "stack.lock"
    try:
        if not args.iree_version:
            raise BadInput("--qualify needs --iree-version: the release to qualify")
        options = QualifyOptions(iree_version=args.iree_version, lock=lock)
    except BadInput as exc:
        result = QualifyResult(QualifyOptions())
        result.exit_code, result.status, result.message = ExitCode.BAD_INPUT, "bad-input", str(exc)
        return result
    return qualify(options, log=lambda line: print(f"qualify: {line}", file=sys.stderr, flush=True))


def _write_outputs(
    result: SyncResult, report: Path | None, body: Path | None, qualification: QualifyResult | None
) -> None:
    if report is not None:
        data = json.loads(report_json(result))
        if qualification is not None:
            data["qualification"] = qualify_report.report_dict(qualification)
        atomic_write_text(report, json.dumps(data, indent=1) + "\n")
    # A PR (or an issue, for "needs a person") only makes sense once the plan got that far.
    if body is not None and result.exit_code != ExitCode.BAD_INPUT:
        text = pr_body(result)
        if qualification is not None:
            text = text.rstrip("\n") + "\n\n" + qualify_report.section(qualification)
        atomic_write_text(body, text)


if __name__ == "__main__":
    sys.exit(main())
