"""The frontend's layering, checked from the source: no import circle between torch_iree's
modules (function-local and TYPE_CHECKING imports count too), and no module over 500 lines."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "python_frontend" / "src" / "torch_iree"
MAX_LINES = 500


def _module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    found = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            names = [node.module, *(f"{node.module}.{alias.name}" for alias in node.names)]
        else:
            continue
        for name in names:
            while name and name not in modules:
                name = name.rpartition(".")[0]
            if name and name != "torch_iree":  # the facade re-exports; it is not a stage
                found.add(name)
    return found


def _graph() -> dict[str, set[str]]:
    files = {_module_name(p): p for p in PACKAGE.rglob("*.py")}
    return {name: _imports(path, set(files)) - {name} for name, path in files.items()}


def _cycle_through(graph: dict[str, set[str]], start: str) -> list[str] | None:
    stack, seen = [(start, [start])], set()
    while stack:
        node, path = stack.pop()
        for target in graph.get(node, ()):
            if target == start:
                return [*path, start]
            if target not in seen:
                seen.add(target)
                stack.append((target, [*path, target]))
    return None


def test_no_import_circle() -> None:
    graph = _graph()
    cycles = [" -> ".join(c) for name in sorted(graph) if (c := _cycle_through(graph, name))]
    assert cycles == []


def test_runtime_and_cache_stay_low() -> None:
    graph = _graph()
    assert graph["torch_iree.cache"] <= {"torch_iree._files"}
    below_runtime = {
        "torch_iree._dtypes",
        "torch_iree.errors",
        "torch_iree.parameters",
        "torch_iree.signature",
    }
    # The runtime's own parts (how tensors cross, submitted calls) sit as low as it does.
    parts = {"torch_iree._transfers", "torch_iree.submission"}
    for part in parts:
        assert graph[part] <= below_runtime, part
    assert graph["torch_iree.runtime"] <= below_runtime | parts | {
        "torch_iree.targets",
        "torch_iree._validation",
    }


def test_no_long_module() -> None:
    long = {
        p.name: n
        for p in PACKAGE.rglob("*.py")
        if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES
    }
    assert long == {}


def test_test_file_names_are_unique() -> None:
    """pytest imports test files by basename (no __init__.py in tests/): two test_x.py in two
    folders stop the whole run at collection."""
    tests = Path(__file__).resolve().parent.parent
    names: dict[str, list[str]] = {}
    for path in tests.rglob("test_*.py"):
        names.setdefault(path.name, []).append(str(path.relative_to(tests)))
    assert {n: p for n, p in names.items() if len(p) > 1} == {}
