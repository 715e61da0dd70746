"""The compiler-bug shield: each rewrite against eager, and the probe that says whether the
installed IREE still needs each workaround (all of them, on the locked IREE 3.13)."""

from __future__ import annotations

import pytest
import tomllib
import torch
import torch.nn.functional as F
from iree.compiler import version as compiler_version

import torch_iree
from ci import shield as shield_probe
from ci.paths import LOCK_PATH
from torch_iree._passes.shield import WORKAROUNDS, Shield

Q, K, V = torch.randn(2, 3, 4, 8), torch.randn(2, 3, 6, 8), torch.randn(2, 3, 6, 8)


def sdpa(q, k, v, mask):  # type: ignore[no-untyped-def]
    return F.scaled_dot_product_attention(q, k, v, attn_mask=mask)


def _with(update):  # type: ignore[no-untyped-def]
    def run(c, k, p):  # type: ignore[no-untyped-def]
        c = c.clone()
        update(c, k, p)
        return c

    return run


def _set_row(c, k, p):  # type: ignore[no-untyped-def]
    c[1, p] = k


def _index_add_slice(c, k, p):  # type: ignore[no-untyped-def]
    c[:, 2:6].index_add_(1, p, k[None].expand(2, 1, 4))


CACHE_ARGS = (torch.randn(2, 8, 4), torch.randn(1, 4), torch.tensor([3]))
CASES = {
    # sdpa_mask_rank: masks PyTorch broadcasts over batch and heads
    "sdpa_2d_bool_mask": (sdpa, (Q, K, V, torch.rand(4, 6) > 0.3)),
    "sdpa_2d_float_mask": (sdpa, (Q, K, V, torch.rand(4, 6))),
    "sdpa_3d_mask": (sdpa, (Q, K, V, torch.rand(3, 4, 6))),
    "sdpa_3d_query_2d_mask": (sdpa, (Q[0], K[0], V[0], torch.rand(4, 6))),
    # scatter_into_view: updates of a slice of a larger tensor
    "index_copy_into_select": (lambda c, k, p: c[0].index_copy(0, p, k), CACHE_ARGS),
    "index_copy_into_clone_of_select": (lambda c, k, p: c[0].clone().index_copy(0, p, k), CACHE_ARGS),
    "index_copy_into_slice": (
        lambda c, k, p: c[:, 1:7].index_copy(1, p, k[None].expand(2, 1, 4)),
        CACHE_ARGS,
    ),
    "index_put_accumulate": (lambda c, k, p: c[1].index_put((p,), k, accumulate=True), CACHE_ARGS),
    "index_put_negative_index": (lambda c, k, p: c[0].index_put((p - 8,), k), CACHE_ARGS),
    "setitem_row": (_with(_set_row), CACHE_ARGS),
    "index_add_into_slice": (_with(_index_add_slice), CACHE_ARGS),
    "scatter_into_select": (lambda c, k, p: c[1].scatter(0, p[:, None].expand(1, 4), k), CACHE_ARGS),
    "scatter_value_into_select": (lambda c, k, p: c[1].scatter(0, p[:, None].expand(1, 4), 2.5), CACHE_ARGS),
    "scatter_add_into_transpose": (
        lambda c, k, p: c[1].t().scatter_add(1, p[None].expand(4, 1), k.t()),
        CACHE_ARGS,
    ),
    # unique_sort_shapes: sorts of one shape in one function
    "two_sorts_same_shape": (lambda a, b: (torch.sort(a, 1)[1], torch.sort(b, 1)[1]), (Q[0, 0], K[0, 0, :4])),
    "sort_topk_argsort_kthvalue": (
        lambda a: (
            torch.sort(a)[1],
            torch.topk(a, 3)[1],
            torch.argsort(a, descending=True),
            torch.kthvalue(a, 2)[1],
        ),
        (torch.randn(9),),
    ),
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_rewrite_matches_eager(name: str) -> None:
    function, args = CASES[name]
    loaded = torch_iree.compile(function, args)
    torch.testing.assert_close(loaded(*[a.clone() for a in args]), function(*args), rtol=1e-5, atol=1e-5)


def test_out_of_range_index_is_still_caught_after_the_rewrite() -> None:
    function, args = CASES["index_copy_into_select"]
    loaded = torch_iree.compile(function, args)
    with pytest.raises(torch_iree.InputError, match="index_copy"):
        loaded(args[0], args[1], torch.tensor([8]))


def test_unknown_workaround_is_refused() -> None:
    with pytest.raises(ValueError, match="unknown workaround"):
        Shield(frozenset({"no_such_rewrite"}))


def test_every_workaround_has_a_report_and_a_probe() -> None:
    for workaround in WORKAROUNDS:
        assert (LOCK_PATH.parents[1] / workaround.report).is_file(), workaround.report
    assert {w.name for w in WORKAROUNDS if w.rewrite} == set(shield_probe.FX_REPROS)


def test_probe_says_every_workaround_is_needed_on_the_locked_iree() -> None:
    results = {r.workaround: r for r in shield_probe.probe()}
    assert set(results) == {w.name for w in WORKAROUNDS}
    assert all(r.with_it == "passes" for r in results.values()), results
    locked = tomllib.loads(LOCK_PATH.read_text(encoding="utf-8"))["iree"]["build_version"]
    if compiler_version.VERSION != locked:
        pytest.skip(f"IREE {compiler_version.VERSION} is not the locked {locked}: {results}")
    # When this fails after an IREE bump, the workaround named is no longer needed: remove it
    # from torch_iree._passes.shield with its docs/iree-issues report.
    assert {name: r.verdict for name, r in results.items()} == dict.fromkeys(results, "needed")


def test_probe_only_some_workarounds(tmp_path, capsys: pytest.CaptureFixture[str]) -> None:
    import json

    out = tmp_path / "probe.json"
    assert shield_probe.main(["probe", "--only", "sdpa_mask_rank", "--json", str(out)]) == 0
    assert [row["workaround"] for row in json.loads(out.read_text())] == ["sdpa_mask_rank"]
    with pytest.raises(SystemExit) as exit_info:
        shield_probe.main(["probe", "--only", "sdpa_mask_rank,nope"])
    assert exit_info.value.code == 2 and "unknown workarounds nope" in capsys.readouterr().err


@pytest.mark.parametrize(
    ("pool", "shape"),
    [
        (torch.nn.AvgPool2d(320, ceil_mode=True), (1, 8, 2, 2)),  # EfficientNet's classifier pool
        (torch.nn.AvgPool2d(4, ceil_mode=True, count_include_pad=False), (1, 3, 2, 3)),
        (torch.nn.AvgPool2d((5, 2), padding=(1, 0), ceil_mode=True), (1, 2, 2, 6)),  # one dim cut
        (torch.nn.MaxPool2d(4, ceil_mode=True), (1, 8, 2, 2)),
        (torch.nn.AvgPool1d(5, ceil_mode=True), (1, 2, 3)),
        (torch.nn.MaxPool1d(4, ceil_mode=True), (1, 2, 3)),
    ],
)
def test_pools_whose_window_is_larger_than_the_input_match_eager(pool: torch.nn.Module, shape: tuple) -> None:
    x = torch.randn(*shape, generator=torch.Generator().manual_seed(0))
    got = torch_iree.compile(pool, (x,), cache=False)(x)
    torch.testing.assert_close(got, pool(x))
