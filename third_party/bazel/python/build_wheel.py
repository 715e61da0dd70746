"""Build one wheel from a Python project inside a Bazel action, offline and reproducibly.

    python build_wheel.py <project dir> <output dir>

pip runs the project's own build backend (setuptools, from the environment: no build
isolation, so no download), in a scratch copy of the project because setuptools writes
`build/` and `*.egg-info` next to the sources, which are read-only symlinks in a sandbox.
SOURCE_DATE_EPOCH pins the timestamps inside the wheel so equal inputs give equal bytes.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

# 1980-01-01, the earliest time a zip entry can carry.
SOURCE_DATE_EPOCH = "315532800"


def missing_build_requirements(pyproject: Path) -> list[str]:
    """``build-system.requires`` entries this environment does not satisfy.

    Without build isolation pip does not check them, and an old setuptools (a fresh venv
    ships one) then fails deep inside the backend; this says which requirement is unmet.
    """
    try:
        import tomllib  # Python 3.11+
    except ImportError:  # 3.10: tomlkit is in the environment (probe_python.py requires it)
        import tomlkit as tomllib  # type: ignore[no-redef]
    from importlib.metadata import PackageNotFoundError, version

    from packaging.requirements import Requirement

    requires = tomllib.loads(pyproject.read_text(encoding="utf-8"))["build-system"]["requires"]
    missing = []
    for text in requires:
        requirement = Requirement(str(text))
        try:
            have = version(requirement.name)
        except PackageNotFoundError:
            missing.append(f"{requirement} (not installed)")
            continue
        if not requirement.specifier.contains(have, prereleases=True):
            missing.append(f"{requirement} (have {have})")
    return missing


def build_wheel(project: Path, out_dir: Path) -> Path:
    if not (project / "pyproject.toml").is_file():
        raise SystemExit(f"error: {project} has no pyproject.toml")
    missing = missing_build_requirements(project / "pyproject.toml")
    if missing:
        raise SystemExit(
            f"error: {project} cannot be built with {sys.executable}: its build requirements "
            f"{', '.join(missing)} are not met there. Install them into that environment "
            "(the nox sessions do), or point Bazel at another one (--repo_env=TORCH_IREE_PYTHON)."
        )
    out_dir.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="wheel-build-") as scratch:
        source = Path(scratch) / "src"
        shutil.copytree(project, source, symlinks=False)
        env = {
            **os.environ,
            "SOURCE_DATE_EPOCH": SOURCE_DATE_EPOCH,
            "PIP_DISABLE_PIP_VERSION_CHECK": "1",
            "PIP_NO_INPUT": "1",
            "HOME": scratch,
        }
        command = [
            sys.executable,
            "-m",
            "pip",
            "wheel",
            "--no-deps",
            "--no-build-isolation",
            "--no-index",
            "--no-cache-dir",
            "--quiet",
            "--wheel-dir",
            str(out_dir),
            str(source),
        ]
        result = subprocess.run(command, env=env, capture_output=True, text=True)
        if result.returncode != 0:
            raise SystemExit(
                f"error: building a wheel from {project} failed ({result.returncode}):\n"
                f"{result.stdout}{result.stderr}"
            )
    wheels = sorted(out_dir.glob("*.whl"))
    if len(wheels) != 1:
        raise SystemExit(f"error: expected one wheel in {out_dir}, found {[w.name for w in wheels]}")
    return wheels[0]


if __name__ == "__main__":
    if len(sys.argv) != 3:
        raise SystemExit(__doc__)
    build_wheel(Path(sys.argv[1]), Path(sys.argv[2]))
