"""Checks a call's arguments against the compiled signature before IREE sees them.

The checks are planned once per loaded program (``InputPlan``), so a call only compares
integers: dtype, rank, static sizes, and symbolic sizes against their declared range and
against each other (every use of one symbol must agree, ``2*s0`` must equal twice ``s0``).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import sympy
import torch

from torch_iree.errors import InputError
from torch_iree.signature import Signature, SymbolRange, TensorSpec


@dataclass(frozen=True)
class _TensorCheck:
    leaf: int  # position among the flattened inputs
    spec: TensorSpec
    dtype: torch.dtype
    static: tuple[tuple[int, int], ...]  # (axis, size)
    symbolic: tuple[tuple[int, str], ...]  # (axis, symbol)
    derived: tuple[tuple[int, str, Callable[..., Any], tuple[str, ...]], ...]  # (axis, expr, fn, symbols)


class InputPlan:
    def __init__(self, signature: Signature) -> None:
        self._signature = signature
        self._symbols: dict[str, SymbolRange] = signature.symbols
        self._checks = [
            _plan_tensor(leaf, slot.tensor)
            for leaf, slot in enumerate(signature.inputs)
            if slot.tensor is not None
        ]
        self._constants = [
            (leaf, slot.constant)
            for leaf, slot in enumerate(signature.inputs)
            if slot.tensor is None and slot.symbol is None
        ]
        self._count = len(self._checks)
        self._plain_count = signature.plain_positional_count
        # Where each symbol first appears, so errors can name a dimension the user knows
        # ("dim 1 of 'y'") rather than only torch's internal name ("s94").
        self._origins: dict[str, str] = {}
        for check in self._checks:
            for axis, symbol in check.symbolic:
                self._origins.setdefault(symbol, f"dim {axis} of {check.spec.name!r}")

    def tensors(self, args: tuple[Any, ...], kwargs: dict[str, Any]) -> list[torch.Tensor]:
        """Validate a call and return the tensors to pass to the program, in order."""
        if not kwargs and len(args) == self._plain_count:
            # N positional leaves, as at export: already flat. Where one is not what export
            # saw, the structured path below says which argument and how it is nested.
            try:
                return self._checked(args)
            except InputError:
                pass
        return self._checked(self._signature.flatten_inputs(args, kwargs))

    def _checked(self, leaves: Any) -> list[torch.Tensor]:
        for leaf, constant in self._constants:
            value = leaves[leaf]
            if type(value) is not type(constant) or value != constant:
                raise InputError(
                    f"input {leaf} was the constant {constant!r} at export and is baked into the "
                    f"program; got {_short(value)}: export again with that value as a tensor"
                )
        bound: dict[str, int] = {}
        tensors = []
        for check in self._checks:
            value = leaves[check.leaf]
            self._check_tensor(check, value, bound)
            tensors.append(value)
        for check in self._checks:
            self._check_derived(check, leaves[check.leaf], bound)
        return tensors

    def _where(self, check: _TensorCheck) -> str:
        position = self._checks.index(check)
        return f"input {check.spec.name!r} (tensor {position + 1} of {self._count})"

    def _check_tensor(self, check: _TensorCheck, value: Any, bound: dict[str, int]) -> None:
        if not isinstance(value, torch.Tensor):
            raise InputError(f"{self._where(check)} must be a torch.Tensor, got {type(value).__name__}")
        if value.is_meta:
            raise InputError(
                f"{self._where(check)} is a meta tensor, which holds no data; pass a real tensor"
            )
        if value.layout != torch.strided or value.is_quantized:
            kind = "a quantized tensor" if value.is_quantized else f"a {value.layout} tensor"
            raise InputError(
                f"{self._where(check)} is {kind}; programs take dense tensors: convert it "
                "(x.to_dense() / x.dequantize())"
            )
        if value.dtype != check.dtype:
            raise InputError(
                f"{self._where(check)} must have dtype {check.spec.dtype}, got "
                f"{str(value.dtype).removeprefix('torch.')}; convert it with .to(torch.{check.spec.dtype})"
            )
        if value.dim() != len(check.spec.shape):
            raise InputError(
                f"{self._where(check)} must have rank {len(check.spec.shape)} "
                f"({check.spec.describe()}), got shape {list(value.shape)}"
            )
        shape = value.shape
        for axis, size in check.static:
            if shape[axis] != size:
                raise InputError(
                    f"{self._where(check)} must have size {size} in dim {axis} "
                    f"({check.spec.describe()}), got shape {list(shape)}"
                )
        for axis, symbol in check.symbolic:
            size = shape[axis]
            if symbol in bound:
                if bound[symbol] != size:
                    raise InputError(
                        f"{self._where(check)} dim {axis} is {size}, but it is the same dynamic size "
                        f"{symbol} as {self._origins[symbol]}, which is {bound[symbol]}; they must agree"
                    )
                continue
            limits = self._symbols.get(symbol)
            if limits is not None and (size < limits.min or (limits.max is not None and size > limits.max)):
                upper = "inf" if limits.max is None else limits.max
                raise InputError(
                    f"{self._where(check)} dim {axis} is {size}, outside the range "
                    f"[{limits.min}, {upper}] declared at export for {symbol} ({self._origins[symbol]})"
                )
            bound[symbol] = size

    def _check_derived(self, check: _TensorCheck, value: torch.Tensor, bound: dict[str, int]) -> None:
        for axis, expr, fn, symbols in check.derived:
            if not all(s in bound for s in symbols):
                continue  # nothing binds the symbol on its own; the program's own checks apply
            expected = int(fn(*(bound[s] for s in symbols)))
            if value.shape[axis] != expected:
                origins = ", ".join(f"{s} is {self._origins.get(s, s)}" for s in symbols)
                raise InputError(
                    f"{self._where(check)} dim {axis} must be {expr} = {expected} ({origins}), "
                    f"got {value.shape[axis]}"
                )


def _short(value: Any) -> str:
    if isinstance(value, torch.Tensor):
        return f"a tensor of shape {list(value.shape)}"
    return repr(value)[:80]


def _plan_tensor(leaf: int, spec: TensorSpec) -> _TensorCheck:
    static, symbolic, derived = [], [], []
    for axis, dim in enumerate(spec.shape):
        if isinstance(dim, int):
            static.append((axis, dim))
            continue
        expr = sympy.sympify(dim)
        if expr.is_Symbol:
            symbolic.append((axis, dim))
        else:
            symbols = tuple(sorted(str(s) for s in expr.free_symbols))
            fn = sympy.lambdify(symbols, expr, modules="math")
            derived.append((axis, dim, fn, symbols))
    return _TensorCheck(leaf, spec, spec.torch_dtype, tuple(static), tuple(symbolic), tuple(derived))
