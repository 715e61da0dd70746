"""Everything derived from the stack lock agrees with it: wheel metadata, the IREE gitlink,
and the IREE compiler and runtime actually installed."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from ci import metadata
from ci.lock import read_lock
from ci.paths import FRONTEND_PYPROJECT, REPO_ROOT


def test_frontend_metadata_matches_lock() -> None:
    assert metadata.matches_lock(read_lock()), (
        "python_frontend/pyproject.toml drifted from the stack lock: run `python -m ci.metadata`"
    )


def test_metadata_check_catches_drift_and_regenerates(tmp_path: Path) -> None:
    pyproject = tmp_path / "pyproject.toml"
    shutil.copy(FRONTEND_PYPROJECT, pyproject)
    pyproject.write_text(
        pyproject.read_text().replace("iree-base-runtime==3.13.0", "iree-base-runtime==3.12.0")
    )
    assert metadata.main(["--check", "--pyproject", str(pyproject)]) == 1
    assert metadata.main(["--pyproject", str(pyproject)]) == 0
    assert metadata.main(["--check", "--pyproject", str(pyproject)]) == 0
    assert "# Generated from third_party/stack.lock" in pyproject.read_text()


def test_iree_gitlink_is_the_locked_commit() -> None:
    out = subprocess.run(
        ["git", "ls-tree", "HEAD", "third_party/iree"],
        cwd=REPO_ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert out[:2] == ["160000", "commit"], "third_party/iree must be a gitlink (submodule)"
    assert out[2] == read_lock().iree.commit
    assert "third_party/iree" in (REPO_ROOT / ".gitmodules").read_text()


def test_installed_iree_is_the_locked_release() -> None:
    import iree.compiler.version as compiler_version
    import iree.runtime.version as runtime_version

    lock = read_lock()
    assert compiler_version.VERSION == lock.iree.build_version
    assert compiler_version.REVISIONS["IREE"] == lock.iree.commit
    assert runtime_version.REVISIONS["IREE"] == lock.iree.commit


def test_every_third_party_import_of_the_frontend_is_declared() -> None:
    """Each package torch_iree imports (at any depth, lazily or not) comes from a distribution
    its metadata requires: nothing relies on torch or IREE pulling it in."""
    import ast
    import sys
    from importlib.metadata import packages_distributions

    from packaging.requirements import Requirement

    package = FRONTEND_PYPROJECT.parent / "src" / "torch_iree"
    imported = set()
    for path in package.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                imported |= {alias.name.split(".")[0] for alias in node.names}
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                imported.add(node.module.split(".")[0])
    # Integrations with a user's own library: imported only inside functions, for objects of that
    # library (a transformers model), never at a module's top (checked below), except in the
    # subpackage that is the integration itself (``torch_iree.transformers``: importing it is
    # asking for transformers, and nothing else in torch_iree imports it).
    optional = {"transformers"}
    integration = package / "transformers"
    for path in package.rglob("*.py"):
        if path.is_relative_to(integration):
            continue
        top = ast.parse(path.read_text(encoding="utf-8")).body
        at_top = {a.name.split(".")[0] for n in top if isinstance(n, ast.Import) for a in n.names}
        at_top |= {n.module.split(".")[0] for n in top if isinstance(n, ast.ImportFrom) and n.module}
        assert not at_top & optional, f"{path.name} imports {at_top & optional} at module level"
    third_party = imported - set(sys.stdlib_module_names) - {"torch_iree", "__future__"} - optional
    declared = {Requirement(r).name.lower().replace("_", "-") for r in metadata.all_requirements(read_lock())}
    providers = packages_distributions()
    undeclared = {
        name: providers.get(name, ["?"])
        for name in third_party
        if not {d.lower().replace("_", "-") for d in providers.get(name, [])} & declared
    }
    assert undeclared == {}, f"imported but not declared in python_frontend/pyproject.toml: {undeclared}"
    assert {"numpy", "ml_dtypes", "sympy", "filelock", "packaging", "platformdirs"} <= third_party


def test_the_transformers_integration_is_imported_only_on_request() -> None:
    """``import torch_iree`` (and everything it loads on first use) never imports the
    ``torch_iree.transformers`` backend, so transformers stays optional."""
    import ast

    package = FRONTEND_PYPROJECT.parent / "src" / "torch_iree"
    for path in package.rglob("*.py"):
        if path.is_relative_to(package / "transformers"):
            continue
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            names = (
                [alias.name for alias in node.names]
                if isinstance(node, ast.Import)
                else [node.module or ""]
                if isinstance(node, ast.ImportFrom)
                else []
            )
            assert not any(name.startswith("torch_iree.transformers") for name in names), path
