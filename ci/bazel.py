"""Run Bazel on this workspace the one way nox, CI, tests and people all share.

Bazel needs to be told which Python environment its toolchain is (the one nox prepared, with
torch and IREE in it) and, for caching, where the caches are. This module builds that command
line from typed options, runs it, and reads Bazel's process summary (how many actions ran,
and how many came from a cache).

Command line::

    python -m ci.bazel test                       # bazel test //... with this interpreter
    python -m ci.bazel test //tests/ci/... --disk-cache ~/.cache/bazel-disk
    python -m ci.bazel test --config=remote --remote-cache grpc://cache:9092
    python -m ci.bazel build //:wheel -- --jobs=2 # after --: passed to bazel verbatim
    python -m ci.bazel test --print                # show the command, run nothing
    python -m ci.bazel python                     # the environment Bazel will use
    python -m ci.bazel iree-compile --dry-run     # source mode: build IREE's iree-compile

The Bazel binary is $BAZEL, else `bazel` on PATH (.ci/install-bazel.sh installs Debian's
bazel-bootstrap 4.2.3, which works offline in this workspace: third_party/bazel/README.md).
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import re
import shlex
import shutil
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from ci.paths import REPO_ROOT

# Read by third_party/bazel/python/local_python.bzl; see there for why two.
PYTHON_REPO_ENV = "TORCH_IREE_PYTHON"
FINGERPRINT_REPO_ENV = "TORCH_IREE_PYTHON_FINGERPRINT"
# Read by compiler_plugin/bazel/iree_source.bzl, only to re-check the submodule when it changes.
IREE_SOURCE_REPO_ENV = "TORCH_IREE_IREE_SOURCE"
PROBE_SCRIPT = REPO_ROOT / "third_party" / "bazel" / "python" / "probe_python.py"
IREE_SOURCE_DIR = REPO_ROOT / "third_party" / "iree"
IREE_COMPILE_TARGET = "//compiler_plugin/bazel:iree-compile"
IREE_COMPILE_OUTPUT = "bazel-bin/external/iree_source/iree-compile"
IREE_BUILD_SCRIPT = REPO_ROOT / "compiler_plugin" / "bazel" / "build_iree_compile.sh"
IREE_BAZELRC = REPO_ROOT / "compiler_plugin" / "bazel" / "iree_torch.bazelrc"
IREE_SOURCE_MISSING = (
    "third_party/iree is not checked out, so iree-compile cannot be built from source. "
    "Fetch it (several GB) with `git submodule update --init --recursive third_party/iree`, "
    "place torch-mlir at the synced commit (`nox -s sync-torch-mlir`), then run "
    "`python -m ci.bazel iree-compile` (or `--dry-run` to see the commands). The default, "
    "prebuilt compiler from the stack lock needs none of this."
)
DEFAULT_TARGETS = ("//...",)
INSTALL_HINT = (
    "run .ci/install-bazel.sh (Debian's bazel-bootstrap 4.2.3, works offline here) "
    "or set BAZEL=/path/to/bazel"
)


class BazelError(RuntimeError):
    """Bazel cannot be run as asked: no binary, an unusable Python environment, bad options."""


@dataclass(frozen=True)
class PythonEnvironment:
    """An interpreter as probe_python.py describes it, the same way @local_python sees it."""

    executable: str
    version: str
    fingerprint: str
    distributions: tuple[str, ...] = ()
    problems: tuple[str, ...] = ()


def probe_python(python: str | os.PathLike[str] = sys.executable) -> PythonEnvironment:
    """Run the probe with ``python``; raise BazelError when it cannot run the tests."""
    try:
        result = subprocess.run(
            [os.fspath(python), os.fspath(PROBE_SCRIPT)],
            capture_output=True,
            text=True,
            check=False,
        )
    except OSError as exc:
        raise BazelError(f"cannot run Python interpreter {python}: {exc}") from None
    if result.returncode != 0:
        raise BazelError(
            f"probing the Python interpreter {python} failed ({result.returncode}): {result.stderr.strip()}"
        )
    info = json.loads(result.stdout)
    env = PythonEnvironment(
        executable=info["executable"],
        version=info["version"],
        fingerprint=info["fingerprint"],
        distributions=tuple(info["distributions"]),
        problems=tuple(info["problems"]),
    )
    if env.problems:
        raise BazelError(
            f"the Python environment {env.executable} cannot run the Bazel tests: "
            f"{'; '.join(env.problems)}. Use the environment nox prepared (`nox -s bazel`) "
            "or pass --python=/path/to/python"
        )
    return env


def find_bazel(explicit: str | None = None) -> str:
    """The Bazel binary: ``explicit``, else $BAZEL, else ``bazel`` on PATH."""
    wanted = explicit or os.environ.get("BAZEL") or "bazel"
    found = shutil.which(wanted)
    if found is None:
        raise BazelError(f"Bazel not found ({wanted!r} is not an executable on PATH): {INSTALL_HINT}")
    return found


def iree_source_state(iree_dir: Path | None = None) -> str:
    """``present`` when the IREE submodule is checked out, else ``absent``.

    The gitlink is always there as an empty folder; a checkout has IREE's compiler sources.
    """
    iree_dir = IREE_SOURCE_DIR if iree_dir is None else iree_dir
    return "present" if (iree_dir / "compiler" / "plugins").is_dir() else "absent"


@dataclass(frozen=True)
class BazelInvocation:
    """One Bazel command, with the flags this workspace needs, as data."""

    command: str
    python: PythonEnvironment
    bazel: str = "bazel"
    targets: tuple[str, ...] = DEFAULT_TARGETS
    workspace: Path = REPO_ROOT
    # Startup options. One output_user_root per caller keeps independent callers (a test,
    # a developer's shell) from waiting on each other's server lock.
    output_user_root: Path | None = None
    max_idle_secs: int | None = None
    # Build options.
    configs: tuple[str, ...] = ()
    disk_cache: Path | None = None
    remote_cache: str | None = None
    remote_executor: str | None = None
    jobs: int | None = None
    extra_args: tuple[str, ...] = ()
    iree_source: str = field(default_factory=iree_source_state)

    def argv(self) -> list[str]:
        startup = []
        if self.output_user_root is not None:
            startup.append(f"--output_user_root={self.output_user_root}")
        if self.max_idle_secs is not None:
            startup.append(f"--max_idle_secs={self.max_idle_secs}")
        if self.command in _NO_OPTION_COMMANDS:
            return [self.bazel, *startup, self.command]
        options = [f"--config={config}" for config in self.configs]
        options += [
            f"--repo_env={PYTHON_REPO_ENV}={self.python.executable}",
            f"--repo_env={FINGERPRINT_REPO_ENV}={self.python.fingerprint}",
            f"--repo_env={IREE_SOURCE_REPO_ENV}={self.iree_source}",
        ]
        if self.disk_cache is not None:
            options.append(f"--disk_cache={self.disk_cache}")
        if self.remote_cache is not None:
            options.append(f"--remote_cache={self.remote_cache}")
        if self.remote_executor is not None:
            options.append(f"--remote_executor={self.remote_executor}")
        if self.jobs is not None:
            options.append(f"--jobs={self.jobs}")
        options += self.extra_args
        # Targets after `--`, so that excluded patterns (-//tests/e2e/...) read as targets.
        targets = ["--", *self.targets] if self.command in _TARGET_COMMANDS else []
        return [self.bazel, *startup, self.command, *options, *targets]

    def shell_command(self) -> str:
        return shlex.join(self.argv())


_TARGET_COMMANDS = frozenset({"build", "test", "run", "query", "cquery", "aquery", "coverage"})
# Commands that take no build options (--repo_env and the cache flags would be rejected).
_NO_OPTION_COMMANDS = frozenset({"shutdown", "version"})


@dataclass(frozen=True)
class ProcessSummary:
    """Bazel's ``INFO: N processes: 3 remote cache hit, 2 internal, 1 linux-sandbox.`` line."""

    total: int
    by_kind: dict[str, int]

    @property
    def cache_hits(self) -> int:
        return sum(n for kind, n in self.by_kind.items() if kind.endswith("cache hit"))

    @property
    def executed(self) -> int:
        """Processes that really ran (sandboxed, local, remote worker): not hits, not internal."""
        return self.total - self.cache_hits - self.by_kind.get("internal", 0)


_SUMMARY_RE = re.compile(r"^INFO: (\d+) process(?:es)?(?:: (.*?))?\.?$", re.MULTILINE)


def parse_process_summary(output: str) -> ProcessSummary | None:
    """The last process summary in Bazel's output, or None when there is none."""
    matches = list(_SUMMARY_RE.finditer(output))
    if not matches:
        return None
    last = matches[-1]
    by_kind: dict[str, int] = {}
    for part in (last.group(2) or "").split(","):
        count, _, kind = part.strip().partition(" ")
        if count.isdigit():
            by_kind[kind] = by_kind.get(kind, 0) + int(count)
    return ProcessSummary(total=int(last.group(1)), by_kind=by_kind)


@dataclass(frozen=True)
class BazelResult:
    returncode: int
    output: str
    summary: ProcessSummary | None


def default_output_user_root() -> Path:
    """Where Bazel keeps its output bases when no --output_user_root is given."""
    user = os.environ.get("USER") or getpass.getuser()
    if "TEST_TMPDIR" in os.environ:  # Bazel's own rule when it runs inside a test
        return Path(os.environ["TEST_TMPDIR"]) / f"_bazel_{user}"
    if sys.platform == "darwin":
        return Path("/private/var/tmp") / f"_bazel_{user}"
    return Path.home() / ".cache" / "bazel" / f"_bazel_{user}"


def remove_foreign_convenience_links(workspace: Path, output_user_root: Path) -> list[Path]:
    """Remove ``bazel-*`` links that point into another output root; return what was removed.

    Bazel skips its convenience links (bazel-bin, bazel-<workspace>, ...) under ``//...`` only
    when they point into its own output base. Links left by a run with another
    --output_user_root are walked like source folders, and ``bazel test //...`` then fails
    with "error loading package 'bazel-<name>/external/...'". They are Bazel's own links
    (into an ``execroot``), recreated by the next build, so removing them loses nothing.
    """
    root = os.path.realpath(output_user_root)
    removed = []
    for link in sorted(workspace.glob("bazel-*")):
        if not link.is_symlink():
            continue
        target = os.path.realpath(link)
        if "/execroot/" in target and os.path.commonpath([root, target]) != root:
            link.unlink()
            removed.append(link)
    return removed


def run(invocation: BazelInvocation, capture: bool = False, timeout: float | None = None) -> BazelResult:
    """Run Bazel in the workspace. With ``capture``, its output (stderr, where Bazel reports)
    is returned instead of shown; otherwise it streams to the terminal."""
    argv = invocation.argv()
    if invocation.command in _TARGET_COMMANDS:
        output_root = invocation.output_user_root or default_output_user_root()
        for link in remove_foreign_convenience_links(invocation.workspace, output_root):
            print(f"ci.bazel: removed {link.name}, a link into another Bazel output root", file=sys.stderr)
    try:
        if capture:
            captured = subprocess.run(
                argv,
                cwd=invocation.workspace,
                stdout=subprocess.PIPE,
                stderr=subprocess.STDOUT,
                text=True,
                timeout=timeout,
                check=False,
            )
            returncode, output = captured.returncode, captured.stdout
        else:
            streamed = subprocess.run(argv, cwd=invocation.workspace, timeout=timeout, check=False)
            returncode, output = streamed.returncode, ""
    except FileNotFoundError:
        raise BazelError(f"cannot run {argv[0]}: {INSTALL_HINT}") from None
    return BazelResult(returncode, output, parse_process_summary(output))


def shutdown(bazel: str, workspace: Path, output_user_root: Path | None = None) -> None:
    """Stop the Bazel server of this workspace (and output root): it holds memory and a JVM."""
    startup = [f"--output_user_root={output_user_root}"] if output_user_root else []
    subprocess.run([bazel, *startup, "shutdown"], cwd=workspace, capture_output=True, check=False)


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m ci.bazel",
        description=__doc__.splitlines()[0],
        epilog="Arguments after `--` go to bazel unchanged.",
    )
    parser.add_argument(
        "command", choices=["build", "test", "query", "clean", "shutdown", "python", "iree-compile"]
    )
    parser.add_argument("targets", nargs="*", help="target patterns (default //...)")
    parser.add_argument(
        "--python", default=sys.executable, help="interpreter of the tests (default: this one)"
    )
    parser.add_argument("--bazel", default=None, help="Bazel binary (default: $BAZEL or bazel)")
    parser.add_argument(
        "--config", action="append", default=[], help="a .bazelrc config: remote, remote-exec, disk-cache"
    )
    parser.add_argument("--disk-cache", type=Path, help="local disk cache directory")
    parser.add_argument("--remote-cache", help="remote cache URL (grpc://, grpcs://, http://, https://)")
    parser.add_argument("--remote-executor", help="remote execution URL (grpc://, grpcs://)")
    parser.add_argument("--jobs", type=int, help="parallel actions (Bazel's --jobs)")
    parser.add_argument("--output-user-root", type=Path, help="Bazel's --output_user_root")
    parser.add_argument("--print", action="store_true", help="print the command instead of running it")
    parser.add_argument("--dry-run", action="store_true", help="iree-compile: print the plan only")
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    passthrough: list[str] = []
    if "--" in argv:
        split = argv.index("--")
        argv, passthrough = argv[:split], argv[split + 1 :]
    args = _parser().parse_args(argv)
    try:
        if args.command == "iree-compile":
            return _iree_compile(args, passthrough)
        python = probe_python(args.python)
        if args.command == "python":
            print(f"executable:  {python.executable}\nversion:     {python.version}")
            print(f"fingerprint: {python.fingerprint}\ndistributions: {len(python.distributions)}")
            return 0
        invocation = BazelInvocation(
            command=args.command,
            python=python,
            bazel=args.bazel or os.environ.get("BAZEL") or "bazel",
            targets=tuple(args.targets) or DEFAULT_TARGETS,
            output_user_root=args.output_user_root,
            configs=tuple(args.config),
            disk_cache=args.disk_cache.expanduser().resolve() if args.disk_cache else None,
            remote_cache=args.remote_cache,
            remote_executor=args.remote_executor,
            jobs=args.jobs,
            extra_args=tuple(passthrough),
        )
        if args.print:
            print(invocation.shell_command())
            return 0
        return run(replace(invocation, bazel=find_bazel(invocation.bazel))).returncode
    except BazelError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


def _iree_compile(args: argparse.Namespace, passthrough: list[str]) -> int:
    """Source mode: ``bazel build //compiler_plugin/bazel:iree-compile``, or its commands."""
    if iree_source_state() == "absent":
        # The same words Bazel would fail with (iree_source.bzl), without starting Bazel.
        raise BazelError(IREE_SOURCE_MISSING)
    if args.dry_run:
        return subprocess.run(
            [
                str(IREE_BUILD_SCRIPT),
                "--dry-run",
                str(IREE_SOURCE_DIR),
                str(IREE_BAZELRC),
                str(REPO_ROOT / IREE_COMPILE_OUTPUT),
            ],
            check=False,
        ).returncode
    invocation = BazelInvocation(
        command="build",
        python=probe_python(args.python),
        bazel=find_bazel(args.bazel),
        targets=(IREE_COMPILE_TARGET,),
        extra_args=tuple(passthrough),
    )
    return run(invocation).returncode


if __name__ == "__main__":
    sys.exit(main())
