"""Bazel: ci.bazel's command line and output parsing, the source-mode plan, the wheel Bazel
builds, and (marked ``bazel``) a real offline ``bazel test //...`` whose second, clean run is
served entirely from a cache: a local HTTP cache (Bazel's remote-cache protocol) and --disk_cache.

Under Bazel itself (//tests/ci:test_bazel) the ``bazel``-marked test is deselected: it would
run Bazel inside the build that runs it.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import threading
import time
import zipfile
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from email.parser import Parser
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from packaging.requirements import Requirement

from ci import bazel as ci_bazel
from ci.bazel import (
    BazelError,
    BazelInvocation,
    PythonEnvironment,
    parse_process_summary,
    probe_python,
)
from ci.lock import read_lock
from ci.metadata import all_requirements
from ci.paths import REPO_ROOT

FAKE_PYTHON = PythonEnvironment(executable="/venv/bin/python", version="3.11.7", fingerprint="f" * 64)


# --- ci.bazel: the command line ------------------------------------------------------------


def test_invocation_passes_the_python_environment_and_caches() -> None:
    invocation = BazelInvocation(
        command="test",
        python=FAKE_PYTHON,
        bazel="/usr/bin/bazel",
        targets=("//tests/ci/...", "-//tests/e2e/..."),
        output_user_root=Path("/tmp/out"),
        configs=("remote",),
        disk_cache=Path("/tmp/disk"),
        remote_cache="http://127.0.0.1:9090",
        jobs=2,
        extra_args=("--local_cpu_resources=1",),
        iree_source="absent",
    )
    assert invocation.argv() == [
        "/usr/bin/bazel",
        "--output_user_root=/tmp/out",
        "test",
        "--config=remote",
        "--repo_env=TORCH_IREE_PYTHON=/venv/bin/python",
        f"--repo_env=TORCH_IREE_PYTHON_FINGERPRINT={'f' * 64}",
        "--repo_env=TORCH_IREE_IREE_SOURCE=absent",
        "--disk_cache=/tmp/disk",
        "--remote_cache=http://127.0.0.1:9090",
        "--jobs=2",
        "--local_cpu_resources=1",
        "--",
        "//tests/ci/...",
        "-//tests/e2e/...",
    ]


def test_default_targets_are_the_whole_workspace() -> None:
    argv = BazelInvocation(command="test", python=FAKE_PYTHON).argv()
    assert argv[-2:] == ["--", "//..."]


def test_shutdown_gets_startup_options_only() -> None:
    invocation = BazelInvocation(
        command="shutdown", python=FAKE_PYTHON, output_user_root=Path("/tmp/out"), disk_cache=Path("/d")
    )
    assert invocation.argv() == ["bazel", "--output_user_root=/tmp/out", "shutdown"]


def test_cli_print_shows_the_command_without_running_bazel(capsys: pytest.CaptureFixture[str]) -> None:
    assert ci_bazel.main(["test", "//ci/...", "--print", "--disk-cache", "/tmp/dc", "--", "--jobs=1"]) == 0
    printed = capsys.readouterr().out
    assert f"--repo_env=TORCH_IREE_PYTHON={sys.executable}" in printed
    assert printed.rstrip().endswith("--disk_cache=/tmp/dc --jobs=1 -- //ci/...")


def test_missing_bazel_says_how_to_install_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("BAZEL", "no-such-bazel-binary")
    with pytest.raises(BazelError, match=r"install-bazel\.sh"):
        ci_bazel.find_bazel()


def test_links_into_another_output_root_are_removed(tmp_path: Path) -> None:
    workspace, ours, theirs = tmp_path / "ws", tmp_path / "ours", tmp_path / "theirs"
    for root in (ours, theirs):
        (root / "base" / "execroot" / "ws").mkdir(parents=True)
    workspace.mkdir()
    (workspace / "bazel-ws").symlink_to(theirs / "base" / "execroot" / "ws")
    (workspace / "bazel-bin").symlink_to(ours / "base" / "execroot" / "ws")
    (workspace / "bazel-tools").symlink_to(tmp_path)  # not Bazel's: kept
    removed = ci_bazel.remove_foreign_convenience_links(workspace, ours)
    assert removed == [workspace / "bazel-ws"]
    assert sorted(p.name for p in workspace.iterdir()) == ["bazel-bin", "bazel-tools"]


# --- ci.bazel: Bazel's process summary -------------------------------------------------------


# Lines as Bazel 4.2.3 prints them (it counts disk hits as "remote cache hit" too); the
# "disk cache hit" form is newer Bazel's.
@pytest.mark.parametrize(
    ("line", "total", "hits", "executed"),
    [
        ("INFO: 6 processes: 4 internal, 2 linux-sandbox.", 6, 0, 2),
        ("INFO: 9 processes: 4 remote cache hit, 5 internal.", 9, 4, 0),
        ("INFO: 9 processes: 4 disk cache hit, 5 internal.", 9, 4, 0),
        ("INFO: 1 process: 1 internal.", 1, 0, 0),
        ("INFO: 0 processes.", 0, 0, 0),
    ],
)
def test_process_summary(line: str, total: int, hits: int, executed: int) -> None:
    summary = parse_process_summary(
        f"Loading: 0 packages loaded\n{line}\nINFO: Build completed successfully\n"
    )
    assert summary is not None
    assert (summary.total, summary.cache_hits, summary.executed) == (total, hits, executed)


def test_process_summary_absent() -> None:
    assert parse_process_summary("ERROR: Couldn't start the build.\n") is None


# --- ci.bazel: the Python environment --------------------------------------------------------


def test_probe_describes_this_interpreter_stably() -> None:
    first, second = probe_python(sys.executable), probe_python(sys.executable)
    assert first.executable == sys.executable
    assert re.fullmatch(r"[0-9a-f]{64}", first.fingerprint)
    assert first == second
    assert any(dist.lower().startswith("pytest==") for dist in first.distributions)


def test_probe_rejects_an_environment_without_the_test_dependencies(tmp_path: Path) -> None:
    # The same interpreter without site-packages: no pytest, tomlkit, packaging.
    bare = tmp_path / "python"
    bare.write_text(f'#!/bin/sh\nexec "{sys.executable}" -S "$@"\n')
    bare.chmod(0o755)
    with pytest.raises(BazelError, match=r"missing modules: pytest, tomlkit, packaging"):
        probe_python(bare)


def test_probe_of_a_missing_interpreter_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(BazelError, match="cannot run Python interpreter"):
        probe_python(tmp_path / "nope" / "python")


# --- source mode: iree-compile from third_party/iree ----------------------------------------

BUILD_SCRIPT = REPO_ROOT / "compiler_plugin" / "bazel" / "build_iree_compile.sh"
IREE_BAZELRC = REPO_ROOT / "compiler_plugin" / "bazel" / "iree_torch.bazelrc"


def test_iree_compile_plan_builds_with_the_torch_plugin(tmp_path: Path) -> None:
    checkout = tmp_path / "iree"
    (checkout / "compiler" / "plugins").mkdir(parents=True)
    done = subprocess.run(
        [str(BUILD_SCRIPT), "--dry-run", str(checkout), str(IREE_BAZELRC), str(tmp_path / "iree-compile")],
        capture_output=True,
        text=True,
        env={**os.environ, "IREE_BAZEL": "bazelisk", "IREE_BAZEL_ARGS": "--config=remote"},
    )
    assert done.returncode == 0, done.stderr
    commands = done.stdout.splitlines()
    assert commands[0] == f"+ cd {checkout}"
    assert commands[1] == "+ python3 configure_bazel.py"
    assert commands[2].startswith("+ bazelisk --output_user_root=")
    assert (
        f"--bazelrc={IREE_BAZELRC} build --config=torch_iree --config=remote //tools:iree-compile"
        in commands[2]
    )
    assert commands[3] == f"+ cp -f bazel-bin/tools/iree-compile {tmp_path / 'iree-compile'}"
    assert not (tmp_path / "iree-compile").exists()
    rc_flags = IREE_BAZELRC.read_text()
    assert "--flag_alias=iree_compiler_plugins=//compiler/plugins:enabled_plugins" in rc_flags
    assert re.search(r"--iree_compiler_plugins=\S*\binput_torch\b", rc_flags)


def test_iree_compile_plan_without_checkout_says_what_to_fetch(tmp_path: Path) -> None:
    done = subprocess.run(
        [str(BUILD_SCRIPT), "--dry-run", str(tmp_path / "iree"), str(IREE_BAZELRC), str(tmp_path / "out")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2
    assert "git submodule update --init --recursive third_party/iree" in done.stderr


def test_cli_iree_compile_without_checkout_fails_before_bazel(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setattr(ci_bazel, "IREE_SOURCE_DIR", tmp_path / "iree")
    monkeypatch.setenv("BAZEL", "no-such-bazel-binary")  # it must not get as far as Bazel
    assert ci_bazel.main(["iree-compile"]) == 2
    assert "git submodule update --init --recursive third_party/iree" in capsys.readouterr().err


def test_bazel_and_ci_bazel_give_the_same_missing_submodule_message() -> None:
    bzl = (REPO_ROOT / "compiler_plugin" / "bazel" / "iree_source.bzl").read_text()
    block = bzl.split("_MISSING = (", 1)[1].split("\n)", 1)[0]
    assert "".join(re.findall(r'"((?:[^"\\]|\\.)*)"', block)) == ci_bazel.IREE_SOURCE_MISSING


# --- the wheel, as Bazel built it (runs under //tests/ci:test_bazel only) -------------------

WHEEL_DIR_ENV = "TORCH_IREE_BAZEL_WHEEL_DIR"


@pytest.mark.skipif(
    WHEEL_DIR_ENV not in os.environ, reason="checks //python_frontend:wheel; runs under `bazel test`"
)
def test_bazel_wheel_matches_the_lock_and_the_sources() -> None:
    runfiles = Path(os.environ["TEST_SRCDIR"]) / os.environ["TEST_WORKSPACE"]
    wheels = sorted((runfiles / os.environ[WHEEL_DIR_ENV]).glob("*.whl"))
    assert len(wheels) == 1 and re.fullmatch(r"torch_iree-[^-]+-py3-none-any\.whl", wheels[0].name), wheels
    with zipfile.ZipFile(wheels[0]) as wheel:
        names = set(wheel.namelist())
        dist_info = next(n.split("/")[0] for n in names if n.endswith(".dist-info/METADATA"))
        metadata = Parser().parsestr(wheel.read(f"{dist_info}/METADATA").decode())
        # Pinned timestamps (SOURCE_DATE_EPOCH): equal sources give an equal wheel.
        assert {info.date_time[:3] for info in wheel.infolist()} == {(1980, 1, 1)}
    requires = {str(Requirement(r)) for r in metadata.get_all("Requires-Dist") or []}
    assert requires == {str(Requirement(r)) for r in all_requirements(read_lock())}
    sources = runfiles / "python_frontend" / "src"
    modules = {p.relative_to(sources).as_posix() for p in sources.rglob("*.py")}
    assert modules and modules <= names


# --- a real `bazel test //...`, then a clean rebuild from the caches -------------------------

# The part of the workspace the cache test builds: Bazel's own files, the ci library with the
# lock tests and this file, and the frontend with its wheel. The torch-heavy tests and the
# git-heavy sync tests stay out, so that the test takes about a minute on two cores.
SLICE = (
    "WORKSPACE",
    "BUILD.bazel",
    ".bazelrc",
    ".bazelignore",
    "pyproject.toml",
    "third_party/bazel",
    "third_party/stack.lock",
    "ci",
    "torch_iree_models",  # //ci depends on the model registry (ci.corpus, ci.coverage)
    "benchmarks/BUILD.bazel",  # tests/ci's suite depends on //benchmarks:harness
    "benchmarks/harness",
    "compiler_plugin/bazel",
    "compiler_plugin/BUILD.bazel",  # //ci reads the preset and the probe (ci/providers)
    "compiler_plugin/CMakePresets.json",
    "compiler_plugin/probe",
    "python_frontend",
    "tests/BUILD.bazel",
    "tests/conftest.py",
    "tests/ci/BUILD.bazel",
    "tests/ci/conftest.py",
    "tests/ci/test_bazel.py",
    "tests/unit/BUILD.bazel",
    "tests/unit/test_lock*.py",
    "tests/unit/test_metadata*.py",
    "wheels/BUILD.bazel",  # tests/ci's data names the cibuildwheel config
    "wheels/pyproject.toml",
)
_IGNORED = shutil.ignore_patterns(
    "__pycache__", "*.pyc", "bazel-*", "*.egg-info", "build", "dist", ".pytest_cache"
)


def _copy_slice(destination: Path) -> None:
    for pattern in SLICE:
        for source in sorted(REPO_ROOT.glob(pattern)):
            target = destination / source.relative_to(REPO_ROOT)
            target.parent.mkdir(parents=True, exist_ok=True)
            if source.is_dir():
                shutil.copytree(source, target, ignore=_IGNORED)
            else:
                shutil.copy2(source, target)


class _CacheHandler(BaseHTTPRequestHandler):
    """Bazel's HTTP remote cache protocol: GET/HEAD/PUT of /ac/<sha256> and /cas/<sha256>."""

    protocol_version = "HTTP/1.1"  # keep-alive, as Bazel's client expects
    server: _CacheServer

    def do_GET(self) -> None:
        self._get(send_body=True)

    def do_HEAD(self) -> None:
        self._get(send_body=False)

    def _get(self, send_body: bool) -> None:
        body = self.server.blobs.get(self.path)
        kind = self.path.split("/")[1]
        self.server.counts[f"{self.command} {kind} {'hit' if body is not None else 'miss'}"] += 1
        self.send_response(200 if body is not None else 404)
        self.send_header("Content-Length", str(len(body) if body is not None else 0))
        self.end_headers()
        if send_body and body is not None:
            self.wfile.write(body)

    def do_PUT(self) -> None:
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            chunks = []
            while size := int(self.rfile.readline().split(b";")[0].strip(), 16):
                chunks.append(self.rfile.read(size))
                self.rfile.readline()
            self.rfile.readline()
            body = b"".join(chunks)
        else:
            body = self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self.server.blobs[self.path] = body
        self.server.counts[f"PUT {self.path.split('/')[1]}"] += 1
        self.send_response(200)
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, format: str, *args: object) -> None:
        pass


class _CacheServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self) -> None:
        super().__init__(("127.0.0.1", 0), _CacheHandler)
        self.blobs: dict[str, bytes] = {}
        self.counts: Counter[str] = Counter()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"


@contextmanager
def _http_cache() -> Iterator[_CacheServer]:
    server = _CacheServer()
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()


def _run(invocation: BazelInvocation, label: str) -> ci_bazel.BazelResult:
    start = time.monotonic()
    result = ci_bazel.run(invocation, capture=True, timeout=300)
    print(f"{label}: {time.monotonic() - start:.1f}s, {result.summary}")
    return result


@pytest.mark.bazel
@pytest.mark.slow
def test_bazel_test_offline_then_clean_rebuild_is_served_from_the_caches(tmp_path: Path) -> None:
    bazel = shutil.which(os.environ.get("BAZEL", "bazel"))
    if bazel is None:
        pytest.skip("bazel is not on PATH: run .ci/install-bazel.sh (Debian's bazel-bootstrap)")
    workspace = tmp_path / "workspace"
    _copy_slice(workspace)
    disk_cache = tmp_path / "disk-cache"
    # One output root for every call: one Bazel server start, and nothing shared with (or
    # locked against) the Bazel a developer runs in the checkout itself.
    base = BazelInvocation(
        command="test",
        python=probe_python(sys.executable),
        bazel=bazel,
        workspace=workspace,
        output_user_root=tmp_path / "output-root",
        max_idle_secs=60,
        jobs=2,
    )
    try:
        with _http_cache() as cache:
            # 1. Cold: everything runs, results go to both caches.
            cold = _run(replace(base, disk_cache=disk_cache, remote_cache=cache.url), "cold")
            assert cold.returncode == 0, cold.output
            assert cold.summary is not None and cold.summary.cache_hits == 0, cold.output
            # The wheel and at least the lock/metadata/bazel test files really ran.
            assert cold.summary.executed >= 2, cold.output
            tests = re.findall(r"^(//\S+)\s+PASSED in", cold.output, re.MULTILINE)
            assert "//tests/ci:test_bazel" in tests, cold.output
            assert cache.counts["PUT ac"] >= cold.summary.executed, cache.counts
            assert cache.counts["PUT cas"] > 0, cache.counts

            # 2. Clean output tree, remote (HTTP) cache only: every process is a remote hit.
            assert ci_bazel.run(replace(base, command="clean", targets=()), capture=True).returncode == 0
            remote = _run(replace(base, remote_cache=cache.url), "clean + remote cache")
            assert remote.returncode == 0, remote.output
            assert remote.summary is not None, remote.output
            assert remote.summary.by_kind.get("remote cache hit") == cold.summary.executed, remote.output
            assert remote.summary.executed == 0, remote.output
            assert re.search(
                rf"Executed 0 out of {len(tests)} tests?: {len(tests)} tests? pass", remote.output
            )
            assert cache.counts["GET ac hit"] >= cold.summary.executed, cache.counts

        # 3. Clean again, disk cache only (the HTTP cache is gone): every process a cache hit.
        # Bazel 4 counts disk hits as "remote cache hit" too (newer Bazel says "disk cache
        # hit"); with the HTTP server shut down, the disk is the only cache left to hit.
        assert {p.name for p in disk_cache.iterdir()} >= {"ac", "cas"}
        assert ci_bazel.run(replace(base, command="clean", targets=()), capture=True).returncode == 0
        disk = _run(replace(base, disk_cache=disk_cache), "clean + disk cache")
        assert disk.returncode == 0, disk.output
        assert disk.summary is not None, disk.output
        assert disk.summary.cache_hits == cold.summary.executed, disk.output
        assert disk.summary.executed == 0, disk.output

        # Source mode without the submodule: a clear message, and only when asked for by name.
        source = _run(replace(base, command="build", targets=(ci_bazel.IREE_COMPILE_TARGET,)), "iree-compile")
        assert source.returncode != 0
        assert "git submodule update --init --recursive third_party/iree" in source.output
    finally:
        ci_bazel.shutdown(bazel, workspace, tmp_path / "output-root")
