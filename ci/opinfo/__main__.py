"""``python -m ci.opinfo run|worker|eager|report`` (``nox -s opinfo`` runs ``run``)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence
from pathlib import Path

from ci.opinfo import cases, report, sweep


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.opinfo", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    run = commands.add_parser("run", help="sweep OpInfo ops and write docs/opinfo*")
    run.add_argument("--ops", default="", help="comma-separated OpInfo names (default: all)")
    run.add_argument("--dtypes", default="float32", help=f"comma-separated, of {', '.join(cases.DTYPES)}")
    run.add_argument("--samples", type=int, default=3)
    run.add_argument("--jobs", type=int, default=sweep.SweepOptions().jobs)
    run.add_argument("--no-raw", action="store_true", help="skip the raw upstream path")
    run.add_argument("--out", type=Path, default=report.DOCS_DIR)
    work = commands.add_parser("worker", help="(internal) test ops, one JSON line each")
    work.add_argument("--ops", required=True)
    work.add_argument("--dtype", default="float32")
    work.add_argument("--samples", type=int, default=3)
    work.add_argument("--no-raw", action="store_true")
    work.add_argument("--eager-only", action="store_true")
    eager = commands.add_parser("eager", help="the sweep on the eager IREE device, next to AOT's results")
    eager.add_argument("--ops", default="", help="comma-separated OpInfo names (default: all)")
    eager.add_argument("--samples", type=int, default=3)
    eager.add_argument("--jobs", type=int, default=sweep.SweepOptions().jobs)
    eager.add_argument("--out", type=Path, default=report.DOCS_DIR)
    work.add_argument("--out", type=Path, required=True)
    render = commands.add_parser("report", help="rewrite the table and plot from the JSON")
    render.add_argument("--out", type=Path, default=report.DOCS_DIR)
    args = parser.parse_args(argv)

    if args.command == "worker":
        options = sweep.SweepOptions(
            dtype=args.dtype, samples=args.samples, raw=not args.no_raw, eager_only=args.eager_only
        )
        sweep.worker([op for op in args.ops.split(",") if op], options, args.out)
        return 0
    if args.command == "eager":
        from ci.opinfo import eager_report

        options = sweep.SweepOptions(samples=args.samples, jobs=args.jobs, eager_only=True)
        rows = sweep.sweep(cases.keys([op for op in args.ops.split(",") if op]), options)
        eager_report.write(
            {row["op"]: row for row in rows}, report.read(), args.out
        )  # AOT: the committed sweep
        return 0
    if args.command == "report":
        report.write(report.read(args.out), args.out)
        return 0
    dtypes = [d for d in args.dtypes.split(",") if d]
    unknown = [d for d in dtypes if d not in cases.DTYPES]
    if unknown or args.samples < 1 or args.jobs < 1:
        parser.error(f"bad --dtypes {unknown} / --samples / --jobs (dtypes: {', '.join(cases.DTYPES)})")
    ops = cases.keys([op for op in args.ops.split(",") if op])
    # Dtypes not swept now keep their committed rows; a dtype swept whole is replaced, one
    # swept for --ops only gets those rows updated.
    results = report.read(args.out)
    for dtype in dtypes:
        options = sweep.SweepOptions(dtype=dtype, samples=args.samples, jobs=args.jobs, raw=not args.no_raw)
        rows = sweep.sweep(ops, options)
        found = {row["op"]: row for row in rows}
        results[dtype] = {**results.get(dtype, {}), **found} if args.ops else found
    report.write(results, args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
