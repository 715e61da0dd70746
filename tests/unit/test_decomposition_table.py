"""The decomposition table never replaces a core-ATen decomposition without a reason on
record, keeps whole what IREE lowers better whole, and leaves user registrations last."""

from __future__ import annotations

import torch
from torch._decomp import core_aten_decompositions

from torch_iree import decompositions

aten = torch.ops.aten


def test_core_entries_are_replaced_only_with_a_recorded_reason() -> None:
    core = set(core_aten_decompositions())
    replaced = set(decompositions.OWN) & core
    assert replaced == set(decompositions.CORE_OVERRIDES), sorted(
        map(str, replaced ^ set(decompositions.CORE_OVERRIDES))
    )
    # Ops core keeps whole: PyTorch's other decompositions for them are ours to add.
    assert not set(decompositions.DECOMPOSE) & core


def test_std_mean_keeps_the_core_decomposition() -> None:
    # PyTorch also registers torch._refs.std_mean for it, which fails on exported graphs.
    core = core_aten_decompositions()
    assert decompositions.decomposition_table()[aten.std_mean.correction] is core[aten.std_mean.correction]


def test_ops_kept_whole_are_not_decomposed() -> None:
    table = decompositions.decomposition_table()
    assert not set(decompositions.KEEP_WHOLE) & set(table)


def test_special_functions_are_in_the_table() -> None:
    table = decompositions.decomposition_table()
    for op in (aten.erfc.default, aten.lgamma.default, aten.log10.default, aten.erfinv.default):
        assert op in table


def test_registered_decompositions_win_only_where_listed() -> None:
    # pdist: core's pass-through wrapper leaves _pdist_forward; the registered one is used.
    from torch._decomp import decomposition_table as registered

    table = decompositions.decomposition_table()
    core = core_aten_decompositions()
    for op in decompositions.REGISTERED_OVER_CORE:
        assert op in core and table[op] is registered[op]
    # nll_loss (composite): core's wrapper stays, the registered one is wrong for reduction="none"
    assert table[aten.nll_loss.default] is not registered[aten.nll_loss.default]


def test_squeeze_dim_is_kept_whole_and_the_other_squeezes_chain_it() -> None:
    table = decompositions.decomposition_table()
    assert aten.squeeze.dim not in table
    assert aten.squeeze.dims in table and aten.squeeze.default in table
