"""Which ATen op, at which line of the user's code, a compiler failure belongs to.

On import, every op gets a location that names the FX node it came from:
``loc("aten.index_copy @ blocks.0"("model.py":12:N))`` — the op the user wrote (before
decomposition), the nn.Module it ran in, and the user's own source line, with a column ``N``
unique to the node. iree-compile prints a diagnostic's location as ``model.py:12:N``, which
survives lowering (ops created from an op inherit its location), so a failure deep in the
backend (a ``linalg.generic`` the node became) maps back to exactly one node, where a plain
``file:line`` would be shared by every op on the line and constants (``torch.constant.int``)
would be blamed for their users' failures.
"""

from __future__ import annotations

import re
from typing import Any

from iree.compiler import ir

from torch_iree._passes.op_support import module_path, source_line, user_op_name
from torch_iree.errors import CompileError, UnsupportedOp

_NODE_LOCATION = re.compile(r'loc\("(?P<label>[^"]+)"\("(?P<file>[^"]+)":(?P<line>\d+):(?P<col>\d+)\)\)')
_DIAGNOSTIC = re.compile(
    r"^(?P<file>[^\s:][^:\n]*):(?P<line>\d+):(?P<col>\d+): error: (?P<message>.*)$", re.MULTILINE
)
_TORCH_OP = re.compile(r"\btorch\.(?P<name>aten\.\w+)")
_OP_CLASS = re.compile(r"Torch::(Aten\w+?)Op\b")
_NO_SOURCE = "<no source>"


class NodeLocations:
    """The importer's location for each FX node (see the module docstring)."""

    def __init__(self, context: ir.Context) -> None:
        self.context = context
        self.count = 0

    def __call__(self, node: Any) -> ir.Location:
        self.count += 1
        label = op_label(node)
        where = source_line(node)
        file, _, line = where.rpartition(":") if where else (_NO_SOURCE, "", "0")
        inner = ir.Location.file(file, int(line) if line.isdigit() else 0, self.count, context=self.context)
        return ir.Location.name(label, childLoc=inner, context=self.context)


def op_label(node: Any) -> str:
    """ "aten.index_copy @ blocks.0": the op as the user wrote it, and its nn.Module."""
    if node.op == "call_function" and hasattr(node.target, "_schema"):
        name = "aten." + node.target._schema.name.split("::")[-1]
        overload = node.target._overloadname
        name = user_op_name(node, name + ("" if overload == "default" else f".{overload}"))
    else:
        name = str(node.target if node.op == "call_function" else node.op)
    inside = module_path(node)
    return f"{name} @ {inside}" if inside else name


# A failing op and where the model used it: the same record as an op the compiler lacks.
Site = UnsupportedOp


def node_sites(module: ir.Module) -> dict[tuple[str, int, int], Site]:
    """(file, line, column) → the node it names, for every located op of ``module``."""
    sites: dict[tuple[str, int, int], Site] = {}

    def visit(op: Any) -> ir.WalkResult:
        match = _NODE_LOCATION.search(str(op.operation.location))
        if match:
            key = (match.group("file"), int(match.group("line")), int(match.group("col")))
            if key not in sites:
                label, _, inside = match.group("label").partition(" @ ")
                source = None if match.group("file") == _NO_SOURCE else f"{key[0]}:{key[1]}"
                sites[key] = Site(label, source, inside or None)
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return sites


def failing_sites(diagnostics: str, module: ir.Module) -> list[Site]:
    """The nodes the compiler's errors are located at, first error first; when no error has a
    node location, the ATen ops the diagnostics name (never a constant or a list op)."""
    sites = node_sites(module)
    found: dict[Site, None] = {}
    for match in _DIAGNOSTIC.finditer(diagnostics):
        site = sites.get((match.group("file"), int(match.group("line")), int(match.group("col"))))
        if site is not None:
            found[site] = None
    if not found:
        for match in _TORCH_OP.finditer(diagnostics):
            found[Site(match.group("name"), None, None)] = None
    if not found:  # a crash: its stack dump names the torch-dialect op class being converted
        found = dict.fromkeys(_crashed_on(diagnostics, module))
    return list(found)


def _crashed_on(diagnostics: str, module: ir.Module) -> list[Site]:
    """The module's ATen ops whose op class (``Torch::AtenDivTensorModeOp``: ``aten.div.Tensor_mode``)
    appears in a crash's stack dump, innermost frame first."""
    classes = [c.lower() for c in _OP_CLASS.findall(diagnostics)]
    by_class: dict[str, Site] = {}
    for site in node_sites(module).values():
        by_class.setdefault(re.sub(r"[._]", "", site.op.lower()), site)
    names = {re.sub(r"[._]", "", n.lower()): n for n in _module_op_names(module)}
    found: dict[Site, None] = {}
    for cls in classes:
        if cls in by_class:
            found[by_class[cls]] = None
        elif cls in names:
            found[Site(names[cls], None, None)] = None
    return list(found)


def _module_op_names(module: ir.Module) -> set[str]:
    names: set[str] = set()

    def visit(op: Any) -> ir.WalkResult:
        name = op.operation.name
        if name.startswith("torch.aten."):
            names.add(name.removeprefix("torch."))
        return ir.WalkResult.ADVANCE

    module.operation.walk(visit)
    return names


def attribute(error: CompileError, module: ir.Module) -> CompileError:
    """``error`` with the failing ATen op(s) and source line(s) in front (the same error when
    its diagnostics point at none)."""
    diagnostics = getattr(error, "diagnostics", "")
    sites = failing_sites(diagnostics, module) if diagnostics else []
    if sites:
        lines = "\n".join(f"  - {site.describe()}" for site in sites[:5])
        headline = f"iree-compile failed on {sites[0].op}:\n{lines}"
    else:
        # No location to go by (an op the compiler made without one): say which ops it can be.
        sites = list(dict.fromkeys(node_sites(module).values()))
        if not sites or not diagnostics:
            return error
        lines = "\n".join(f"  - {site.describe()}" for site in sites[:8])
        more = f"\n  ... and {len(sites) - 8} more" if len(sites) > 8 else ""
        headline = f"iree-compile failed at a location it did not record, in one of these ops:\n{lines}{more}"
        sites = []
    attributed = CompileError(f"{headline}\n{error}")
    attributed.diagnostics = diagnostics
    attributed.sites = sites
    return attributed
