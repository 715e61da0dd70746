"""Special functions written with the elementwise ops IREE lowers (exp, log, sqrt, trig,
polynomials), for the ATen ops it has no lowering for: ``lgamma``, ``digamma``/``polygamma``,
``erfc``/``erfcx``, ``erfinv``, ``log10``, modified Bessel ``i0``/``i1`` (and their scaled
forms), ``ndtri``, the Chebyshev polynomials, ``signbit``, and reductions of 0-d tensors.
PyTorch's own decompositions of ``mvlgamma`` and ``log_ndtr`` then work through these.

Each is computed in float32 (float64 stays float64) and cast back to the input's float dtype,
with the approximation named where it is defined; every one is checked against eager PyTorch
over OpInfo's samples (``tests/e2e/test_special_functions.py``, ``nox -s opinfo``).
"""

from __future__ import annotations

import math
from collections.abc import Callable, Sequence
from typing import Any

import torch

aten = torch.ops.aten
Tensor = torch.Tensor


def _compute_dtype(x: Tensor) -> torch.dtype:
    return torch.float64 if x.dtype == torch.float64 else torch.float32


def _result_dtype(x: Tensor) -> torch.dtype:
    return x.dtype if x.is_floating_point() else torch.get_default_dtype()


def elementwise(fn: Callable[..., Tensor]) -> Callable[..., Tensor]:
    """``fn`` on float32 (or float64) copies of its tensor arguments, cast back to the result
    dtype eager gives (integers promote to the default float dtype)."""

    def wrapped(x: Tensor, *rest: Any) -> Tensor:
        dtype = _compute_dtype(x)
        args = [r.to(dtype) if isinstance(r, Tensor) and r.is_floating_point() else r for r in rest]
        return fn(x.to(dtype), *args).to(_result_dtype(x))

    wrapped.__name__ = fn.__name__
    return wrapped


def _horner(t: Tensor, coefficients: Sequence[float]) -> Tensor:
    """c0 + c1 t + c2 t² + ... (lowest power first)."""
    result = torch.full_like(t, coefficients[-1])
    for c in reversed(coefficients[:-1]):
        result = result * t + c
    return result


# --- error function family ----------------------------------------------------------------
# erfc(z) = t exp(-z² + P(t)), t = 1 / (1 + z/2), z >= 0: fractional error < 1.2e-7 everywhere
# (Numerical Recipes' erfcc, a Chebyshev fit); erfc(-z) = 2 - erfc(z).
_ERFC = (-1.26551223, 1.00002368, 0.37409196, 0.09678418, -0.18628806,
         0.27886807, -1.13520398, 1.48851587, -0.82215223, 0.17087277)  # fmt: skip


def _erfcx_nonnegative(z: Tensor) -> Tensor:
    t = 1.0 / (1.0 + 0.5 * z)
    return t * torch.exp(_horner(t, _ERFC))


@elementwise
def erfc(x: Tensor) -> Tensor:
    z = x.abs()
    positive = _erfcx_nonnegative(z) * torch.exp(-z * z)
    return torch.where(x < 0, 2.0 - positive, positive)


@elementwise
def erfcx(x: Tensor) -> Tensor:  # exp(x²) erfc(x), without overflow for large x
    z = x.abs()
    scaled = _erfcx_nonnegative(z)
    return torch.where(x < 0, 2.0 * torch.exp(z * z) - scaled, scaled)


# erfinv: Giles, "Approximating the erfinv function" (GPU Computing Gems, 2011), single precision.
_ERFINV_CENTRAL = (1.50140941, 0.246640727, -0.00417768164, -0.00125372503, 0.00021858087,
                   -4.39150654e-06, -3.5233877e-06, 3.43273939e-07, 2.81022636e-08)  # fmt: skip
_ERFINV_TAIL = (2.83297682, 1.00167406, 0.00943887047, -0.0076224613, 0.00573950773,
                -0.00367342844, 0.00134934322, 0.000100950558, -0.000200214257)  # fmt: skip


def _erfinv(x: Tensor, w: Tensor) -> Tensor:
    """erfinv(x), given w = -log((1 - x)(1 + x)) (which callers may compute more exactly)."""
    central = _horner(w - 2.5, _ERFINV_CENTRAL)
    tail = _horner(torch.sqrt(w.clamp(min=5.0)) - 3.0, _ERFINV_TAIL)
    result = torch.where(w < 5.0, central, tail) * x
    result = torch.where(x.abs() == 1.0, x * math.inf, result)
    return torch.where(x.abs() > 1.0, torch.full_like(x, math.nan), result)


@elementwise
def erfinv(x: Tensor) -> Tensor:
    return _erfinv(x, -torch.log((1.0 - x) * (1.0 + x)))


@elementwise
def ndtri(p: Tensor) -> Tensor:
    # The standard normal's quantile, sqrt(2) erfinv(2p - 1), with (1 - x)(1 + x) = 4p(1 - p)
    # taken from p itself: 1 + (2p - 1) would lose p's digits in the lower tail.
    x = 2.0 * p - 1.0
    result = math.sqrt(2.0) * _erfinv(x, -torch.log(4.0 * p * (1.0 - p)))
    return torch.where((p < 0) | (p > 1), torch.full_like(p, math.nan), result)


# --- gamma family -------------------------------------------------------------------------
# lgamma: Lanczos' approximation (g = 7, 9 terms) for x >= 1/2, the reflection formula below.
_LANCZOS_G = 7.0
_LANCZOS = (0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313,
            -176.61502916214059, 12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6,
            1.5056327351493116e-7)  # fmt: skip


def _lgamma_right(x: Tensor) -> Tensor:
    z = x - 1.0
    series = torch.full_like(z, _LANCZOS[0])
    for i, c in enumerate(_LANCZOS[1:], start=1):
        series = series + c / (z + i)
    t = z + _LANCZOS_G + 0.5
    return 0.5 * math.log(2 * math.pi) + (z + 0.5) * torch.log(t) - t + torch.log(series)


@elementwise
def lgamma(x: Tensor) -> Tensor:
    reflected = 1.0 - x
    right = _lgamma_right(torch.where(x < 0.5, reflected, x))
    # |sin(πx)| = |sin(πr)| with r = x - round(x) exact: zeros exactly at the integers, and no
    # rounding of x near them
    pi_r = math.pi * (x - torch.round(x))
    # near the poles, sin's Taylor series: IREE's sin is accurate in absolute, not relative, terms
    sin_pi_x = torch.where(pi_r.abs() < 1e-2, pi_r * (1.0 - pi_r * pi_r / 6.0), torch.sin(pi_r))
    left = math.log(math.pi) - torch.log(sin_pi_x.abs()) - right
    result = torch.where(x < 0.5, left, right)
    return torch.where(torch.isinf(x), x.abs(), result)


_BERNOULLI = (1.0 / 6, -1.0 / 30, 1.0 / 42, -1.0 / 30, 5.0 / 66, -691.0 / 2730)
_SHIFT = 30  # exact recurrence down to x = -20; the asymptotic series past x + 30


def _polygamma_shifted(n: int, x: Tensor) -> Tensor:
    """ψ⁽ⁿ⁾(x) by the recurrence ψ⁽ⁿ⁾(x) = ψ⁽ⁿ⁾(x + K) + (-1)ⁿ⁺¹ n! Σ 1/(x+k)ⁿ⁺¹ and the
    asymptotic series at x + K."""
    z = x + _SHIFT
    if n == 0:
        result = torch.log(z) - 0.5 / z
        for k, b in enumerate(_BERNOULLI, start=1):
            result = result - b / (2 * k) / z ** (2 * k)
        for k in range(_SHIFT):
            result = result - 1.0 / (x + k)
        return result
    sign = (-1.0) ** (n + 1)
    result = math.factorial(n - 1) / z**n + math.factorial(n) / (2.0 * z ** (n + 1))
    for k, b in enumerate(_BERNOULLI, start=1):
        result = result + b * math.factorial(2 * k + n - 1) / math.factorial(2 * k) / z ** (2 * k + n)
    result = sign * result
    for k in range(_SHIFT):
        result = result + sign * math.factorial(n) / (x + k) ** (n + 1)
    return result


@elementwise
def digamma(x: Tensor) -> Tensor:
    right = _polygamma_shifted(0, torch.where(x < 0.5, 1.0 - x, x))
    # ψ(x) = ψ(1 - x) - π / tan(πx): poles at 0, -1, -2, ... (PyTorch: -inf at 0, nan below)
    left = right - math.pi / torch.tan(math.pi * x)
    result = torch.where(x < 0.5, left, right)
    pole = (x <= 0) & (x == torch.floor(x))
    result = torch.where(pole, torch.full_like(x, math.nan), result)
    return torch.where(x == 0, torch.full_like(x, -math.inf), result)


def polygamma(n: int, x: Tensor) -> Any:
    if not isinstance(n, int) or n < 0:
        return NotImplemented
    if n == 0:
        return digamma(x)
    return elementwise(lambda v: _polygamma_shifted(n, v))(x)


# --- modified Bessel functions ------------------------------------------------------------
# Abramowitz & Stegun 9.8.1-9.8.4 (|error| < 2e-7 relative): t = x / 3.75.
_I0_SMALL = (1.0, 3.5156229, 3.0899424, 1.2067492, 0.2659732, 0.0360768, 0.0045813)
_I0_LARGE = (0.39894228, 0.01328592, 0.00225319, -0.00157565, 0.00916281,
             -0.02057706, 0.02635537, -0.01647633, 0.00392377)  # fmt: skip
_I1_SMALL = (0.5, 0.87890594, 0.51498869, 0.15084934, 0.02658733, 0.00301532, 0.00032411)
_I1_LARGE = (0.39894228, -0.03988024, -0.00362018, 0.00163801, -0.01031555,
             0.02282967, -0.02895312, 0.01787654, -0.00420059)  # fmt: skip


def _bessel_i(x: Tensor, small: Sequence[float], large: Sequence[float], order: int, scaled: bool) -> Tensor:
    a = x.abs()
    t2 = (a / 3.75) ** 2
    near = _horner(t2, small) * (a if order == 1 else 1.0)
    if scaled:
        near = near * torch.exp(-a)
    far_a = a.clamp(min=3.75)
    far = _horner(3.75 / far_a, large) / torch.sqrt(far_a)
    if not scaled:
        far = far * torch.exp(far_a)
    result = torch.where(a < 3.75, near, far)
    return torch.where(x < 0, -result, result) if order == 1 else result


# K0/K1: A&S 9.8.5-9.8.8 (Numerical Recipes' bessk0/bessk1), t = x/2 below 2, 2/x above.
_K0_SMALL = (-0.57721566, 0.42278420, 0.23069756, 0.03488590, 0.00262698, 0.00010750, 0.00000740)
_K0_LARGE = (1.25331414, -0.07832358, 0.02189568, -0.01062446, 0.00587872, -0.00251540, 0.00053208)
_K1_SMALL = (1.0, 0.15443144, -0.67278579, -0.18156897, -0.01919402, -0.00110404, -0.00004686)
_K1_LARGE = (1.25331414, 0.23498619, -0.03655620, 0.01504268, -0.00780353, 0.00325614, -0.00068245)


def _bessel_k(x: Tensor, order: int, scaled: bool) -> Tensor:
    small_x = x.clamp(max=2.0).clamp(min=1e-30)
    t2 = (small_x / 2.0) ** 2
    if order == 0:
        near = -torch.log(small_x / 2.0) * _bessel_i(
            small_x, _I0_SMALL, _I0_LARGE, 0, scaled=False
        ) + _horner(t2, _K0_SMALL)
    else:
        near = (
            small_x * torch.log(small_x / 2.0) * _bessel_i(small_x, _I1_SMALL, _I1_LARGE, 1, scaled=False)
            + _horner(t2, _K1_SMALL)
        ) / small_x
    if scaled:
        near = near * torch.exp(small_x)
    large_x = x.clamp(min=2.0)
    far = _horner(2.0 / large_x, _K0_LARGE if order == 0 else _K1_LARGE) / torch.sqrt(large_x)
    if not scaled:
        far = far * torch.exp(-large_x)
    result = torch.where(x <= 2.0, near, far)
    result = torch.where(x == 0, torch.full_like(x, math.inf), result)
    return torch.where(x < 0, torch.full_like(x, math.nan), result)


@elementwise
def spherical_bessel_j0(x: Tensor) -> Tensor:  # sin(x)/x, by its series near 0
    small = 1.0 - x * x / 6.0 + x**4 / 120.0
    return torch.where(x.abs() < 1e-2, small, torch.sin(x) / x)


i0 = elementwise(lambda x: _bessel_i(x, _I0_SMALL, _I0_LARGE, 0, scaled=False))
i0e = elementwise(lambda x: _bessel_i(x, _I0_SMALL, _I0_LARGE, 0, scaled=True))
i1 = elementwise(lambda x: _bessel_i(x, _I1_SMALL, _I1_LARGE, 1, scaled=False))
i1e = elementwise(lambda x: _bessel_i(x, _I1_SMALL, _I1_LARGE, 1, scaled=True))


# --- elementary -----------------------------------------------------------------------------
# tan: x = k·π/2 + r with π/2 split in two floats (Cody-Waite), so r keeps its digits near the
# poles where IREE's own tan (sin/cos of x itself) loses them (2.8e-4 relative at x = -1.57064).
_HALF_PI_HIGH = 1.5707963705062866
_HALF_PI_LOW = -4.371139000186243e-08


def _sin_small(r: Tensor) -> Tensor:  # accurate in relative terms down to the smallest r
    return torch.where(r.abs() < 1e-3, r * (1.0 - r * r / 6.0), torch.sin(r))


@elementwise
def tan(x: Tensor) -> Tensor:
    k = torch.round(x * (2.0 / math.pi))
    r = (x - k * _HALF_PI_HIGH) - k * _HALF_PI_LOW
    sin_r, cos_r = _sin_small(r), torch.cos(r)
    odd = torch.remainder(k, 2.0) == 1.0
    return torch.where(odd, -cos_r / sin_r, sin_r / cos_r)


@elementwise
def log10(x: Tensor) -> Tensor:  # iree-lld has no log10f to link
    return torch.log(x) * (1.0 / math.log(10.0))


def _bits_dtype(dtype: torch.dtype) -> torch.dtype:
    return {torch.float64: torch.int64, torch.float32: torch.int32}.get(dtype, torch.int16)


def copysign(a: Tensor, b: Any) -> Any:
    if not isinstance(b, Tensor):
        return NotImplemented
    magnitude = a.abs() if a.is_floating_point() else a.to(torch.get_default_dtype()).abs()
    dtype = torch.promote_types(magnitude.dtype, b.dtype) if b.is_floating_point() else magnitude.dtype
    magnitude = magnitude.to(dtype)
    return torch.where(signbit(b), -magnitude, magnitude)


def nextafter(x: Tensor, toward: Tensor) -> Any:
    """The next float after ``x`` toward ``toward``: one step of the bit pattern."""
    if not x.is_floating_point() or x.dtype not in (torch.float32, torch.float64):
        return NotImplemented
    x, toward = torch.broadcast_tensors(x, toward.to(x.dtype))
    bits = x.reshape(-1).contiguous().view(_bits_dtype(x.dtype)).reshape(x.shape)
    up = (toward > x) == (x > 0)  # away from zero when moving outward
    stepped = torch.where(up, bits + 1, bits - 1).reshape(-1).view(x.dtype).reshape(x.shape)
    smallest = torch.full_like(x, torch.finfo(x.dtype).smallest_normal * torch.finfo(x.dtype).eps)
    from_zero = torch.where(toward > 0, smallest, -smallest)
    result = torch.where(x == 0, from_zero, stepped)
    result = torch.where(x == toward, toward, result)
    return torch.where(torch.isnan(x) | torch.isnan(toward), x + toward, result)


def frexp(x: Tensor) -> Any:
    """(mantissa in [0.5, 1), exponent), all from the bit pattern: IREE's CPU code flushes
    subnormals to zero, so no float arithmetic may touch one. A subnormal's fraction bits, as an
    integer, convert exactly to a normal float whose own fields give the answer."""
    if x.dtype != torch.float32:
        return NotImplemented
    bits = _float_bits(x)
    field = torch.bitwise_and(bits, 0x7F800000)
    fraction = torch.bitwise_and(bits, 0x007FFFFF)
    negative = bits < 0
    # Normal: exponent field - 126; mantissa: same sign and fraction, exponent 126.
    exponent = torch.div(field, 1 << 23, rounding_mode="floor") - 126
    mantissa_bits = torch.bitwise_and(bits, -2139095041) + (126 << 23)
    # Subnormal: value = fraction · 2^-149, with fraction converted exactly to a float.
    as_float_bits = _float_bits(fraction.to(torch.float32))
    sub_exponent = (
        torch.div(torch.bitwise_and(as_float_bits, 0x7F800000), 1 << 23, rounding_mode="floor") - 126 - 149
    )
    sub_mantissa_bits = torch.bitwise_and(as_float_bits, 0x007FFFFF) + (126 << 23)
    sub_mantissa_bits = torch.where(negative, sub_mantissa_bits - (1 << 31), sub_mantissa_bits)
    subnormal = (field == 0) & (fraction != 0)
    exponent = torch.where(subnormal, sub_exponent, exponent)
    mantissa = _from_bits(torch.where(subnormal, sub_mantissa_bits, mantissa_bits), x.shape)
    special = ((field == 0) & (fraction == 0)) | (field == 0x7F800000)  # ±0, inf, nan
    return torch.where(special, x, mantissa), torch.where(special, torch.zeros_like(exponent), exponent)


def _float_bits(x: Tensor) -> Tensor:
    return x.reshape(-1).contiguous().view(torch.int32).reshape(x.shape)


def _from_bits(bits: Tensor, shape: Any) -> Tensor:
    return bits.reshape(-1).contiguous().view(torch.float32).reshape(shape)


def signbit(x: Tensor) -> Tensor:
    if x.dtype == torch.bool:
        return torch.zeros_like(x, dtype=torch.bool)
    if not x.is_floating_point():
        return x < 0
    # bitcast a flat copy: IREE 3.13 fails on view(dtype) of a 0-d or broadcast tensor
    return (x.reshape(-1).contiguous().view(_bits_dtype(x.dtype)) < 0).reshape(
        x.shape
    )  # the sign bit itself: -0.0 and -nan included


# --- Chebyshev polynomials (x = cos θ; PyTorch truncates n, and gives 0 for n < 0) -------------


def _chebyshev(kind: str, shifted: bool) -> Callable[[Tensor, Tensor], Any]:
    def polynomial(x: Any, n: Any) -> Any:
        if not isinstance(x, Tensor) or not isinstance(n, Tensor):
            return NotImplemented
        dtype = _compute_dtype(x) if x.is_floating_point() else torch.float32
        xs = x.to(dtype)
        xs = 2.0 * xs - 1.0 if shifted else xs
        order = torch.trunc(n.to(dtype))
        result = _chebyshev_value(kind, xs, order)
        result = torch.where(order < 0, torch.zeros_like(result), result)
        return result.to(torch.promote_types(x.dtype, n.dtype) if x.is_floating_point() else dtype)

    return polynomial


def _chebyshev_value(kind: str, x: Tensor, n: Tensor) -> Tensor:
    inside = x.abs() < 1.0
    theta = torch.acos(x.clamp(-1.0, 1.0))
    # Outside [-1, 1]: x = ±cosh(u); the same formulas with cosh/sinh, signed by parity.
    u = torch.acosh(x.abs().clamp(min=1.0))
    negative = x < 0
    if kind == "t":
        inner, outer = torch.cos(n * theta), torch.cosh(n * u)
        parity = n
    elif kind == "u":
        inner = torch.sin((n + 1) * theta) / torch.sin(theta)
        outer = torch.where(u == 0, n + 1, torch.sinh((n + 1) * u) / torch.sinh(u))
        parity = n
    elif kind == "v":
        inner = torch.cos((n + 0.5) * theta) / torch.cos(theta / 2)
        outer = torch.where(
            negative,
            torch.sinh((n + 0.5) * u) / torch.sinh(u / 2),
            torch.cosh((n + 0.5) * u) / torch.cosh(u / 2),
        )
        outer = torch.where(negative & (u == 0), 2 * n + 1, outer)
        parity = n
    else:  # "w"
        inner = torch.sin((n + 0.5) * theta) / torch.sin(theta / 2)
        outer = torch.where(
            negative,
            torch.cosh((n + 0.5) * u) / torch.cosh(u / 2),
            torch.sinh((n + 0.5) * u) / torch.sinh(u / 2),
        )
        outer = torch.where(~negative & (u == 0), 2 * n + 1, outer)
        parity = n
    sign = torch.where(torch.remainder(parity, 2) == 1, -1.0, 1.0)
    outer = torch.where(negative, sign * outer, outer)
    return torch.where(inside, inner, outer)


def _zero_dim_reduction(kind: str) -> Callable[..., Any]:
    """amax/amin/argmax/argmin of a 0-d tensor (IREE has no reduction over zero dims): the
    value itself, or index 0."""

    def reduce(x: Tensor, *args: Any, **kwargs: Any) -> Any:
        if x.dim() != 0:
            return NotImplemented
        return torch.zeros((), dtype=torch.int64) if kind == "arg" else x.clone()

    return reduce


DECOMPOSITIONS: dict[Any, Callable[..., Any]] = {
    aten.erfc.default: erfc,
    aten.special_erfcx.default: erfcx,
    aten.erfinv.default: erfinv,
    aten.special_ndtri.default: ndtri,
    aten.lgamma.default: lgamma,
    aten.digamma.default: digamma,
    aten.polygamma.default: polygamma,
    aten.i0.default: i0,
    aten.special_i0e.default: i0e,
    aten.special_i1.default: i1,
    aten.special_i1e.default: i1e,
    aten.special_modified_bessel_i0.default: i0,
    aten.special_modified_bessel_i1.default: i1,
    aten.special_modified_bessel_k0.default: elementwise(lambda x: _bessel_k(x, 0, scaled=False)),
    aten.special_modified_bessel_k1.default: elementwise(lambda x: _bessel_k(x, 1, scaled=False)),
    aten.special_scaled_modified_bessel_k0.default: elementwise(lambda x: _bessel_k(x, 0, scaled=True)),
    aten.special_scaled_modified_bessel_k1.default: elementwise(lambda x: _bessel_k(x, 1, scaled=True)),
    aten.special_spherical_bessel_j0.default: spherical_bessel_j0,
    aten.log10.default: log10,
    aten.tan.default: tan,
    aten.signbit.default: signbit,
    aten.copysign.Tensor: copysign,
    aten.nextafter.default: nextafter,
    aten.frexp.Tensor: frexp,
    aten.amax.default: _zero_dim_reduction("value"),
    aten.amin.default: _zero_dim_reduction("value"),
    aten.argmax.default: _zero_dim_reduction("arg"),
    aten.argmin.default: _zero_dim_reduction("arg"),
    **{
        getattr(
            aten, f"special_{'shifted_' if shifted else ''}chebyshev_polynomial_{kind}"
        ).default: _chebyshev(kind, shifted)
        for kind in "tuvw"
        for shifted in (False, True)
    },
}
