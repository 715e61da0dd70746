"""Saving the nesting of a function's inputs and outputs (pytree specs) as text.

torch's own ``treespec_dumps`` cannot write named tuples it has no registered name for, and
that includes every ``torch.return_types`` result (``sort``, ``max(dim)``, ``topk``, ...). Specs
torch can write are kept in its format; the others are written as that format with each named
tuple replaced by a plain tuple, plus a list saying where the named tuples were, their class
(module and name) and fields. On reading, the class is imported again, so results come back as
the same type; a class that cannot be imported (defined in a script, say) is rebuilt as a
``collections.namedtuple`` with the same name and fields.
"""

from __future__ import annotations

import collections
import importlib
import json
import re
from typing import Any

import torch.utils._pytree as pytree

FORMAT_KEY = "torch_iree_tree"


def dumps(spec: pytree.TreeSpec) -> str:
    try:
        return pytree.treespec_dumps(spec)
    except NotImplementedError:
        named: list[dict[str, Any]] = []
        plain = _without_named(spec, [], named)
        return json.dumps({FORMAT_KEY: 1, "spec": pytree.treespec_dumps(plain), "named": named})


def loads(text: str) -> pytree.TreeSpec:
    data = json.loads(text)
    if not (isinstance(data, dict) and FORMAT_KEY in data):
        return _treespec_loads(text)
    spec = _treespec_loads(data["spec"])
    for entry in sorted(data["named"], key=lambda e: len(e["path"]), reverse=True):
        spec = _replace_at(spec, entry["path"], lambda node, e=entry: _named_node(node, e))
    return spec


_UNREGISTERED = re.compile(r"Deserializing (?P<name>\S+) in pytree is not registered")
# Packages whose container types a saved spec may name and that are imported to read it: they
# register their types with torch's pytree on import (transformers' ``ModelOutput``s) or through
# their own helper (its cache classes). Any other name stays unread: importing a module a file
# names would run code the file chose.
_KNOWN_PACKAGES = ("transformers",)


def _treespec_loads(text: str) -> pytree.TreeSpec:
    """``treespec_loads``, registering the types a spec names from the known packages first."""
    tried: set[str] = set()
    while True:
        try:
            return pytree.treespec_loads(text)
        except NotImplementedError as exc:
            match = _UNREGISTERED.search(str(exc))
            name = match.group("name") if match else ""
            if not name or name in tried or not _register(name):
                raise
            tried.add(name)


def _register(serialized_name: str) -> bool:
    """Import the module of ``serialized_name`` (``pkg.module.Class`` or ``pkg.module:Class``)
    if it belongs to a known package, so its types register; True when something was done."""
    module = (
        serialized_name.partition(":")[0] if ":" in serialized_name else serialized_name.rpartition(".")[0]
    )
    if module.split(".")[0] not in _KNOWN_PACKAGES:
        return False
    try:
        importlib.import_module(module)
    except ImportError:
        return False
    if module.split(".")[0] == "transformers":
        from torch_iree._transformers_capture import register_cache_pytrees

        register_cache_pytrees()
    return True


def _named_class(spec: pytree.TreeSpec) -> type | None:
    """The named-tuple class of a node: its context for plain namedtuples and structseqs, its
    type for classes registered as nodes of their own (``torch.return_types``)."""
    if spec.type in (pytree.namedtuple, pytree.structseq):
        return spec.context
    if pytree.is_structseq_class(spec.type) or pytree.is_namedtuple_class(spec.type):
        return spec.type
    return None


def _without_named(spec: pytree.TreeSpec, path: list[int], named: list[dict[str, Any]]) -> pytree.TreeSpec:
    if spec.is_leaf():
        return spec
    children = [_without_named(child, [*path, i], named) for i, child in enumerate(spec.children())]
    cls = _named_class(spec)
    if cls is None:
        return pytree.TreeSpec(spec.type, spec.context, children)
    fields = list(getattr(cls, "_fields", ()) or _structseq_fields(cls))
    kind = "structseq" if pytree.is_structseq_class(cls) else "namedtuple"
    named.append(
        {"path": path, "kind": kind, "module": cls.__module__, "name": cls.__qualname__, "fields": fields}
    )
    return pytree.TreeSpec(tuple, None, children)


def _structseq_fields(cls: type) -> list[str]:
    count = cls.n_fields  # type: ignore[attr-defined]
    return [name for name, value in vars(cls).items() if _is_member(value)][:count]


def _is_member(value: Any) -> bool:
    return type(value).__name__ == "member_descriptor"


def _replace_at(spec: pytree.TreeSpec, path: list[int], change: Any) -> pytree.TreeSpec:
    if not path:
        return change(spec)
    children = list(spec.children())
    children[path[0]] = _replace_at(children[path[0]], path[1:], change)
    return pytree.TreeSpec(spec.type, spec.context, children)


def _named_node(node: pytree.TreeSpec, entry: dict[str, Any]) -> pytree.TreeSpec:
    cls = _find_class(entry)
    children = list(node.children())
    if cls in pytree.SUPPORTED_NODES:  # registered as a node type of its own
        return pytree.TreeSpec(cls, None, children)
    kind = pytree.structseq if pytree.is_structseq_class(cls) else pytree.namedtuple
    return pytree.TreeSpec(kind, cls, children)


def _find_class(entry: dict[str, Any]) -> type:
    fields = list(entry["fields"])
    try:
        found: Any = importlib.import_module(entry["module"])
        for part in entry["name"].split("."):
            found = getattr(found, part)
        if pytree.is_structseq_class(found) and entry["kind"] == "structseq":
            return found
        if pytree.is_namedtuple_class(found) and list(found._fields) == fields:
            return found
    except (ImportError, AttributeError, ValueError):
        pass
    return collections.namedtuple(entry["name"].split(".")[-1], fields)
