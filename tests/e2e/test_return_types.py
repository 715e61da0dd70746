"""Functions returning ``torch.return_types`` or named tuples give back the same type, also
after the compiled program is saved and loaded in another process."""

from __future__ import annotations

import collections
import subprocess
import sys

import pytest
import torch

import torch_iree

Pair = collections.namedtuple("Pair", "low high")

CASES = {
    "sort": (lambda x: torch.sort(x, descending=True), (torch.randn(7),)),
    "max_dim": (lambda x: torch.max(x, 1), (torch.randn(3, 5),)),
    "topk_in_tuple": (lambda x: (torch.topk(x, 2), x + 1), (torch.randn(6),)),
    "aminmax": (torch.aminmax, (torch.randn(4, 3),)),
    "min_dim": (lambda x: torch.min(x, 0), (torch.randn(6, 2),)),
    "namedtuple_with_dict": (lambda x: Pair(x - 1, {"k": torch.sort(x)}), (torch.randn(5),)),
}


def _same_structure(got, want) -> None:  # type: ignore[no-untyped-def]
    assert type(got) is type(want)
    if isinstance(want, torch.Tensor):
        torch.testing.assert_close(got, want)
    elif isinstance(want, dict):
        assert got.keys() == want.keys()
        for key in want:
            _same_structure(got[key], want[key])
    else:
        assert len(got) == len(want)
        for a, b in zip(got, want, strict=True):
            _same_structure(a, b)


@pytest.mark.parametrize("name", sorted(CASES))
def test_named_results_round_trip(name: str) -> None:
    function, args = CASES[name]
    _same_structure(torch_iree.compile(function, args)(*args), function(*args))


def test_saved_program_returns_the_type_in_another_process(tmp_path) -> None:
    function, args = CASES["namedtuple_with_dict"]
    torch_iree.export(function, args).compile().save(tmp_path / "m.vmfb")
    script = (
        "import torch, torch_iree\n"
        f"out = torch_iree.load({str(tmp_path / 'm.vmfb')!r})(torch.arange(5.0))\n"
        "print(type(out).__name__, out._fields, type(out.high['k']).__name__)\n"
    )
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True)
    # Pair is defined in this test module, which the other process has not imported: it gets
    # a namedtuple of the same name and fields; torch.return_types classes are imported again.
    assert done.stdout.split() == ["Pair", "('low',", "'high')", "sort"]
