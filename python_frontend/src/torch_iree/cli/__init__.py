"""The ``torch-iree`` command: export, compile, run, bench, bisect and doctor, thin over the Python API.

One module per command (``add_parser`` + ``run``); each returns an exit code: 0 on success,
1 when torch_iree reports an error (``TorchIreeError``: its message), 2 on a user error
(missing file, bad spec or shape string, inputs or a parameter archive that do not match the
program). Errors are one line on stderr starting with ``torch-iree: error:``. Long steps report
progress on stderr so stdout stays parseable; ``-v`` shows the library's log (``torch_iree``
logger), ``-q`` only its errors.
"""

from __future__ import annotations

import argparse
import logging
import sys
from collections.abc import Sequence

from torch_iree.cli import bench, bisect, compile, doctor, export, run
from torch_iree.cli.common import PROG, UsageError, parse_shape

__all__ = ["build_parser", "main", "parse_shape"]

COMMANDS = (export, compile, run, bench, bisect, doctor)


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog=PROG, description="Take PyTorch programs to IREE.")
    verbosity = parser.add_mutually_exclusive_group()
    verbosity.add_argument("-v", "--verbose", action="store_true", help="show torch_iree's debug log")
    verbosity.add_argument("-q", "--quiet", action="store_true", help="show only errors of the log")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for command in COMMANDS:
        command.add_parser(commands)
    return parser


def parse_arguments(parser: argparse.ArgumentParser, argv: Sequence[str] | None) -> argparse.Namespace:
    """parse_args, except that `run`'s .npy inputs may also follow its options.

    argparse fills a ``nargs="*"`` positional at its first chance, so in
    ``run m.vmfb --parameters w.irpa x.npy`` the input would be "unrecognized"; the words it
    leaves over are that command's remaining inputs, in order.
    """
    args, extra = parser.parse_known_args(argv)
    if extra and args.command == "run" and not any(word.startswith("-") for word in extra):
        args.inputs = [*args.inputs, *extra]
    elif extra:
        parser.error(f"unrecognized arguments: {' '.join(extra)}")
    return args


def configure_logging(verbose: bool, quiet: bool) -> None:
    """The torch_iree logger to stderr: debug with -v, errors only with -q, else the level
    TORCH_IREE_LOG names, else warnings."""
    from torch_iree import _logs as logs

    if verbose or quiet:
        level = logging.DEBUG if verbose else logging.ERROR
    else:
        level = logs.level_from_environment() or logging.WARNING
    logs.configure(level, prefix=PROG)


def main(argv: Sequence[str] | None = None) -> int:
    from torch_iree.errors import InputError, TorchIreeError

    parser = build_parser()
    try:
        args = parse_arguments(parser, argv)
        configure_logging(args.verbose, args.quiet)
        return int(args.func(args))
    except SystemExit as exc:  # argparse: --help (0) or a usage error (2)
        return exc.code if isinstance(exc.code, int) else 2
    except (UsageError, InputError) as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except TorchIreeError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 1
    except OSError as exc:  # a file or folder the user named cannot be read or written
        where = f": {exc.filename}" if exc.filename else ""
        print(f"{PROG}: error: {exc.strerror or exc}{where}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
