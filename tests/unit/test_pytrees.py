"""Saving pytree specs: torch's format where it can write it, named tuples recorded beside it."""

from __future__ import annotations

import collections
import json

import torch
import torch.utils._pytree as pytree

from torch_iree import _pytrees as pytrees

Point = collections.namedtuple("Point", "x y")


def _round_trip(value):  # type: ignore[no-untyped-def]
    leaves, spec = pytree.tree_flatten(value)
    return pytree.tree_unflatten(leaves, pytrees.loads(pytrees.dumps(spec)))


def test_plain_specs_keep_torch_format() -> None:
    spec = pytree.tree_flatten(((1, 2), {"a": [3]}))[1]
    assert pytrees.dumps(spec) == pytree.treespec_dumps(spec)


def test_return_types_and_named_tuples_come_back_as_the_same_class() -> None:
    value = (torch.sort(torch.tensor([2.0, 1.0])), [Point(1, {"k": torch.max(torch.ones(2, 2), 1)})])
    back = _round_trip(value)
    assert type(back[0]) is torch.return_types.sort
    assert type(back[1][0]) is Point
    assert type(back[1][0].y["k"]) is torch.return_types.max


def test_class_that_cannot_be_imported_is_rebuilt_with_its_fields() -> None:
    def make():  # type: ignore[no-untyped-def]
        Local = collections.namedtuple("Local", "first second")
        return Local(1, 2)

    text = pytrees.dumps(pytree.tree_flatten(make())[1])
    assert json.loads(text)["named"][0]["fields"] == ["first", "second"]
    back = pytree.tree_unflatten([5, 6], pytrees.loads(text))
    assert type(back).__name__ == "Local" and back._fields == ("first", "second") and back.second == 6
