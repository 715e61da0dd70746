"""The command surface. Sessions stay thin: the logic lives in ci/ where it is tested.

nox -s build              # frontend wheel + locked IREE wheels → dist/wheelhouse, offline install, smoke
nox -s build -- --all-platforms | --compiler=source [--dry-run]
nox -s test               # the CPU test suite (what CI runs); pytest arguments after --
nox -s lint               # ruff check + format check, mypy, lock ↔ wheel-metadata check
nox -s bazel              # bazel test //... offline (Debian's Bazel 4.2.3)
nox -s bench              # benchmarks, side by side with the alternatives (quiet machine!)
nox -s bench-flags        # candidate CPU compiler flags against the defaults, with verdicts
nox -s bench-params       # external vs inline parameters vs iree-turbine: time and peak memory
nox -s test-gpu           # detect GPUs, run the GPU suite per device (-- --require-gpu on GPU runners)
nox -s docs                # the documentation site → build/docs/html (warnings are errors)
nox -s qualify -- --iree-version X.Y.Z   # a release against the lock: report + PR body (exit 0/20/2)
nox -s real-models        # transformers architectures: AOT, torch.compile, inductor → docs/real-models.md
nox -s corpus / test-corpus / coverage / test-models
nox -s sync-torch-mlir -- --iree ../iree --torch-mlir ../torch-mlir --llvm ../llvm-project
"""

from __future__ import annotations

import sys
from pathlib import Path

import nox

if sys.version_info >= (3, 11):
    import tomllib
else:  # nox may run on Python 3.10
    import tomli as tomllib

ROOT = Path(__file__).parent
LOCK = tomllib.loads((ROOT / "third_party" / "stack.lock").read_text())
TORCH_PIN = f"torch=={LOCK['torch']['tested'][0]}"  # never unpinned: that resolves to a CUDA build
IREE_PINS = [f"iree-base-{part}=={LOCK['iree']['version']}" for part in ("compiler", "runtime")]
# The frontend's declared dependencies and its compiler extra (generated from the lock by
# ci.metadata): installed with the pinned torch, since the frontend goes in editable with --no-deps.
_FRONTEND = tomllib.loads((ROOT / "python_frontend" / "pyproject.toml").read_text())["project"]
FRONTEND_DEPS = [*_FRONTEND["dependencies"], *_FRONTEND["optional-dependencies"]["compiler"]]
CI_DEPS = ["tomlkit>=0.12", "packaging>=23", "rich>=13", "filelock>=3.12"]
BUILD_DEPS = ["build>=1.2", "setuptools>=77"]
# The docs site (ci/docs.py): Sphinx for autodoc and -W, MyST for markdown pages, furo's theme.
DOCS_DEPS = ["sphinx>=7", "myst-parser>=3", "furo>=2024.1"]
TEST_DEPS = [
    *LOCK["test"]["requirements"],  # pinned in the lock: transformers for the real-model suite
    "hypothesis>=6",
    "pytest>=8",
    "pytest-timeout>=2.3",
    "matplotlib>=3.8",
    "cibuildwheel>=2.21",
    "pyyaml>=6",
    "psutil>=5.9",  # benchmarks/harness (memory sampling), and its test
    "expecttest>=0.2",  # torch's OpInfo database (ci.opinfo, tests/e2e/test_opinfo.py) imports it
    *DOCS_DEPS,  # tests/e2e/test_docs.py builds the site
]
# What mypy type-checks torch_iree and ci against ([tool.mypy] in pyproject.toml): torch as the
# tests pin it, the frontend's and ci's dependencies, matplotlib for ci's plots. Not IREE: its
# wheels carry no type information, so mypy is told to ignore them either way.
LINT_DEPS = [
    "ruff>=0.6",
    "mypy>=1.11",
    TORCH_PIN,
    *(d for d in _FRONTEND["dependencies"] if not d.startswith("iree-")),
    *CI_DEPS,
    "matplotlib>=3.8",
]

nox.options.sessions = ["build"]
nox.options.reuse_venv = "yes"  # a second `nox -s build` must not recreate environments


def _install_dev(session: nox.Session) -> None:
    """torch (pinned), the locked IREE release and the frontend from this checkout."""
    session.install(TORCH_PIN, *FRONTEND_DEPS, *CI_DEPS, *BUILD_DEPS, *TEST_DEPS)
    session.install("--no-deps", "-e", "python_frontend")


@nox.session
def build(session: nox.Session) -> None:
    """Build dist/wheelhouse, install it offline into dist/venv and smoke-run a model."""
    session.install(*CI_DEPS, *BUILD_DEPS)
    session.run("python", "-m", "ci.build", *session.posargs)


@nox.session
def test(session: nox.Session) -> None:
    """The CPU suite against the real compiler and runtime (GPU-marked tests skip here)."""
    _install_dev(session)
    session.run("python", "-m", "pytest", *(session.posargs or ["-q"]))


@nox.session
def lint(session: nox.Session) -> None:
    """ruff (lint + format check), mypy (torch_iree and ci) and the lock ↔ metadata check."""
    session.install(*LINT_DEPS)
    session.run("ruff", "check", ".")
    session.run("ruff", "format", "--check", ".")
    session.run("mypy")  # what and how: [tool.mypy] in pyproject.toml
    session.run("python", "-m", "ci.metadata", "--check")
    session.run("python", "-m", "ci.workflows", "check")


@nox.session
def bazel(session: nox.Session) -> None:
    """`bazel test //...` offline; py_tests run in this session's environment.

    Arguments go to `python -m ci.bazel test`: targets, --disk-cache DIR, --config=remote,
    -- <bazel flags>. Install Bazel first with .ci/install-bazel.sh.
    """
    _install_dev(session)
    session.run("python", "-m", "ci.bazel", "test", *session.posargs)


@nox.session
def bench(session: nox.Session) -> None:
    """Benchmarks with ratios, tables and plots in benchmarks/results/ (needs a quiet machine)."""
    _install_dev(session)
    # The alternative we compare against, keeping the locked IREE release.
    session.install("--no-deps", "iree-turbine", "decorator")
    quick = ["--quick"] if "--quick" in session.posargs else []
    # Per model: eager, inductor, torch-iree AOT and torch.compile, iree-turbine (~45 min here).
    session.run("python", "benchmarks/bench_models.py", *quick)
    session.run("python", "benchmarks/bench_torch_compile.py", *session.posargs)
    session.run("python", "benchmarks/bench_call_cost.py", *quick)
    session.run("python", "benchmarks/bench_submission.py", *quick)
    session.run("python", "benchmarks/bench_param_load.py", *(["--sizes", "64"] if quick else []))
    # LLM decoders at real widths: eager, static cache, inductor, the iree backend (~25 min here).
    session.run("python", "benchmarks/bench_generation.py", *quick)


@nox.session(name="bench-flags")
def bench_flags(session: nox.Session) -> None:
    """Candidate iree-compile flags for the CPU against the defaults, per model, with verdicts
    (~40 min; needs a quiet machine). `-- --quick` for a smoke run."""
    _install_dev(session)
    session.run("python", "benchmarks/bench_flags.py", *session.posargs)


@nox.session(name="bench-params")
def bench_params(session: nox.Session) -> None:
    """External vs inline parameters vs iree-turbine: export/archive/compile time and peak memory
    (~10 min, ~7 GB RAM at peak; needs a quiet machine). `-- --quick` for a smoke run."""
    _install_dev(session)
    session.install("--no-deps", "iree-turbine", "decorator")
    session.run("python", "benchmarks/bench_params.py", *session.posargs)


@nox.session
def corpus(session: nox.Session) -> None:
    """Regenerate tests/corpus (`-- check` verifies it, `-- generate --only mlp` some entries)."""
    _install_dev(session)
    session.run("python", "-m", "ci.corpus", *(session.posargs or ["generate"]))


@nox.session(name="test-corpus")
def test_corpus(session: nox.Session) -> None:
    """Replay tests/corpus with only the IREE wheels and numpy installed: no torch in this venv."""
    session.install(*IREE_PINS, "numpy")
    session.run("python", "-m", "ci.corpus_replay", "--require-no-torch", *session.posargs)


@nox.session
def coverage(session: nox.Session) -> None:
    """Model x target table -> docs/coverage.{md,json,png} (needs a quiet machine; commit the result)."""
    _install_dev(session)
    session.run("python", "-m", "ci.coverage", *session.posargs)


@nox.session
def opinfo(session: nox.Session) -> None:
    """The OpInfo op-coverage sweep: docs/opinfo.{json,md,png} (about 20 min on 2 cores)."""
    _install_dev(session)
    session.run("python", "-m", "ci.opinfo", *(session.posargs or ["run"]))


@nox.session
def docs(session: nox.Session) -> None:
    """The documentation site → build/docs/html (warnings are errors; generated pages included)."""
    _install_dev(session)  # autodoc imports torch_iree
    session.run("python", "-m", "ci.docs", *(session.posargs or ["build"]))


@nox.session
def qualify(session: nox.Session) -> None:
    """Qualify an IREE/torch release against the lock: `-- --iree-version X.Y.Z [--report q.json]
    [--pr-body q.md] [--full]`. One venv per side; exit 0 qualifies, 20 needs a person, 2 bad input."""
    session.install(*CI_DEPS)  # torch and IREE live in the sides' own venvs, not in this one
    session.run("python", "-m", "ci.qualify", *session.posargs)


@nox.session(name="test-gpu")
def test_gpu(session: nox.Session) -> None:
    """Detect GPUs, compile for their arch, run the gpu-marked suite per device (JUnit in dist/junit/).

    `-- --require-gpu --kind nvidia-sm80` on GPU runners; pytest args after a second `--`.
    """
    _install_dev(session)
    session.run("python", "-m", "ci.gpu_suite", *session.posargs)


@nox.session(name="real-models")
def real_models(session: nox.Session) -> None:
    """transformers architectures through AOT, torch.compile(backend="iree") and inductor against
    eager → docs/real-models.{md,json,png} (~25 min). `-- run --models gpt2,bert --paths aot`."""
    _install_dev(session)
    session.run("python", "-m", "ci.real_models", *(session.posargs or ["run"]))


@nox.session(name="test-models")
def test_models(session: nox.Session) -> None:
    """The whole model suite (the default test run covers the CI subset)."""
    _install_dev(session)
    session.run(
        "python",
        "-m",
        "pytest",
        "tests/models",
        *(session.posargs or ["-q"]),
        env={"TORCH_IREE_MODELS": "all"},
    )


@nox.session(name="sync-torch-mlir")
def sync_torch_mlir(session: nox.Session) -> None:
    """LLVM-bump bot: move third_party/torch-mlir and the lock onto IREE's LLVM (python -m ci.sync).

    Exit codes of python -m ci.sync: 0 updated, 10 up to date, 20 needs a person, 2 bad input;
    nox maps failures to 1, so bots that branch on the code call python -m ci.sync directly.
    """
    session.install(*CI_DEPS)
    session.run("python", "-m", "ci.sync", *(session.posargs or ["--help"]), success_codes=[0, 10])
