"""torch_iree's own decompositions of special functions (``torch_iree.decompositions.special_functions``),
compiled and run, against eager PyTorch on ordinary and edge values."""

from __future__ import annotations

import math

import pytest
import torch

import torch_iree

EDGES = torch.tensor([0.0, -0.0, 1.0, -1.0, 0.5, 1e-6, -1e-6, 30.0, -30.0, math.inf, -math.inf, math.nan])
SPREAD = torch.linspace(-12, 12, 97)
POSITIVE = torch.cat([torch.logspace(-6, 3, 40), torch.tensor([0.5, 1.0, 2.0, math.inf])])
UNIT = torch.cat([torch.linspace(-1, 1, 41), torch.tensor([0.999999, -0.999999, 1.5, math.nan])])
PROBABILITY = torch.cat([torch.linspace(0, 1, 41), torch.tensor([1e-6, 1 - 1e-6])])

CASES = {
    "erfc": (torch.erfc, [SPREAD, EDGES]),
    "special.erfcx": (torch.special.erfcx, [SPREAD.clamp(min=-9), EDGES[:-3]]),
    "erfinv": (torch.erfinv, [UNIT]),
    "special.ndtri": (torch.special.ndtri, [PROBABILITY]),
    "special.log_ndtr": (torch.special.log_ndtr, [SPREAD * 2, EDGES[:-3]]),
    "lgamma": (torch.lgamma, [SPREAD + 0.25, POSITIVE, torch.tensor([0.0, -1.0, -2.0, 1e-7, -1e-7])]),
    "digamma": (torch.digamma, [SPREAD + 0.25, POSITIVE[:-1]]),
    "polygamma_1": (lambda x: torch.polygamma(1, x), [SPREAD.abs() + 0.1]),
    "polygamma_3": (lambda x: torch.polygamma(3, x), [SPREAD.abs() + 0.1]),
    "mvlgamma_p3": (lambda x: torch.mvlgamma(x, 3), [POSITIVE[:-1] + 1.0]),
    "i0": (torch.i0, [SPREAD * 3, EDGES[:-1]]),
    "special.i0e": (torch.special.i0e, [SPREAD * 3, EDGES[:-1]]),
    "special.i1": (torch.special.i1, [SPREAD * 3, EDGES[:-1]]),
    "special.i1e": (torch.special.i1e, [SPREAD * 3, EDGES[:-1]]),
    "log10": (torch.log10, [POSITIVE, EDGES]),
    "special.modified_bessel_k0": (
        torch.special.modified_bessel_k0,
        [POSITIVE[:-1], torch.tensor([0.0, 2.0])],
    ),
    "special.modified_bessel_k1": (torch.special.modified_bessel_k1, [POSITIVE[:-1]]),
    "special.scaled_modified_bessel_k0": (torch.special.scaled_modified_bessel_k0, [POSITIVE[:-1]]),
    "special.scaled_modified_bessel_k1": (torch.special.scaled_modified_bessel_k1, [POSITIVE[:-1]]),
    "special.spherical_bessel_j0": (torch.special.spherical_bessel_j0, [SPREAD, EDGES[:-3]]),
    "signbit": (torch.signbit, [EDGES, -EDGES]),
    "amax_0d": (torch.amax, [torch.tensor(-2.5)]),
    "argmin_0d": (torch.argmin, [torch.tensor(7.0)]),
}
CHEBYSHEV = [
    getattr(torch.special, f"{prefix}chebyshev_polynomial_{kind}")
    for prefix in ("", "shifted_")
    for kind in "tuvw"
]


def _close(got: torch.Tensor, want: torch.Tensor) -> None:
    torch.testing.assert_close(got, want, rtol=2e-4, atol=1e-5, equal_nan=True)


@pytest.mark.parametrize("name", sorted(CASES))
def test_matches_eager(name: str) -> None:
    function, inputs = CASES[name]
    for x in inputs:
        loaded = torch_iree.compile(function, (x,))
        _close(loaded(x), function(x))


@pytest.mark.parametrize("function", CHEBYSHEV, ids=lambda f: f.__name__)
def test_chebyshev_polynomials_match_eager(function) -> None:  # type: ignore[no-untyped-def]
    x = torch.linspace(-2, 2, 33)[:, None].expand(33, 12).contiguous()
    n = torch.arange(-1.0, 11.0)[None, :].expand(33, 12).contiguous()
    loaded = torch_iree.compile(function, (x, n))
    _close(loaded(x, n), function(x, n))


def test_half_precision_inputs_compute_in_float32() -> None:
    x = torch.linspace(0.1, 8, 20).to(torch.float16)
    loaded = torch_iree.compile(torch.lgamma, (x,))
    torch.testing.assert_close(loaded(x), torch.lgamma(x), rtol=2e-3, atol=2e-3)
