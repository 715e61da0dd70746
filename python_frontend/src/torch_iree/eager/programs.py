"""Single-op programs for the eager device: one per (op overload, dtypes, ranks, constants,
target), compiled with every dimension dynamic so a new size does not recompile.

torch.export specialises a dimension of size 0 or 1 (and the op itself may fix others), so the
key also holds each dimension's size class (0, 1, or "many"); a program that still refuses an
input's sizes gets a variant keyed on the exact sizes. The key is computed before any tracing:
a program in the disk compile cache loads without exporting or importing anything.
"""

from __future__ import annotations

import logging
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import torch
from torch.utils import _pytree

from torch_iree.artifacts import Compiled, Exported, compile_cached
from torch_iree.cache import CompileCache
from torch_iree.compiling import Compiler
from torch_iree.options import ImportOptions
from torch_iree.submission import DeviceValue
from torch_iree.targets import Target, preferred_attention

# A program input: a host tensor, or the output of a submitted program.
_TENSOR_LIKE = (torch.Tensor, DeviceValue)
# torch.export logs a warning for every size-1 dimension it specialises: expected here.
_EXPORT_LOGGERS = ("torch._export.non_strict_utils", "torch.export.dynamic_shapes")
_CIA = torch._C.DispatchKey.CompositeImplicitAutograd
_AUTOGRAD = torch._C.DispatchKey.Autograd


class _TensorSlot:
    """Marks where a tensor goes among an op's constants (None is a constant: bias=None)."""

    def __repr__(self) -> str:
        return "<tensor>"


TENSOR = _TensorSlot()


@dataclass(frozen=True)
class OpCall:
    """One call of an op, split into its tensors and everything else (the constants)."""

    func: torch._ops.OpOverload
    tensors: tuple[torch.Tensor | DeviceValue, ...]  # in argument order
    rebuild: Any  # the (args, kwargs) treespec
    constants: tuple[Any, ...]  # leaves of (args, kwargs) that are not tensors (TENSOR where one is)

    @classmethod
    def of_leaves(cls, func: torch._ops.OpOverload, leaves: Sequence[Any], spec: Any) -> OpCall:
        """From the flattened ``(args, kwargs)``: ``leaves`` and their treespec."""
        tensors = tuple(leaf for leaf in leaves if isinstance(leaf, _TENSOR_LIKE))
        constants = tuple(TENSOR if isinstance(leaf, _TENSOR_LIKE) else leaf for leaf in leaves)
        return cls(func, tensors, spec, constants)

    def memory_key(self) -> tuple[Any, ...]:
        """``key_parts(exact=False)``'s information as a cheap hashable tuple (per call)."""
        shapes = tuple((t.dtype, tuple(min(int(s), 2) for s in t.shape)) for t in self.tensors)
        try:
            hash(self.constants)
            constants: Any = self.constants
        except TypeError:  # an unhashable constant: its text
            constants = repr(self.constants)
        return (self.func, self.rebuild, shapes, constants)

    def arguments(self, tensors: Sequence[Any]) -> tuple[tuple[Any, ...], dict[str, Any]]:
        """The op's (args, kwargs) with ``tensors`` in the tensor places."""
        supply = iter(tensors)
        leaves = [next(supply) if constant is TENSOR else constant for constant in self.constants]
        args, kwargs = _pytree.tree_unflatten(leaves, self.rebuild)
        return args, kwargs

    def key_parts(self, mode: str) -> list[str]:
        """What the program depends on: the op, each tensor's dtype and sizes as ``mode``
        fixes them (see ``MODES``), and the constants."""
        shapes = [
            f"{t.dtype}:{mode}:{[_size(s, axis, mode) for axis, s in enumerate(t.shape)]}"
            for t in self.tensors
        ]
        return ["eager-op", str(self.func), *shapes, repr(self.constants), str(self.rebuild)]

    def fixed_sizes(self, mode: str) -> tuple[tuple[int, ...], ...]:
        """The sizes a ``mode`` program is compiled for (beyond the size classes)."""
        if mode == "batch":
            return tuple(tuple(t.shape[1:]) for t in self.tensors)
        return tuple(tuple(t.shape) for t in self.tensors) if mode == "exact" else ()


# How dynamic a program's sizes are, tried in this order: every dimension; dimension 0 only
# (convolution and pooling, whose output sizes are floor divisions the importer cannot write
# with symbols, stay dynamic in the batch); none.
MODES = ("dynamic", "batch", "exact")


def _size(size: int, axis: int, mode: str) -> int:
    """A dimension as the key sees it: its size class (0, 1, 2 = many) where it is dynamic."""
    dynamic = mode == "dynamic" or (mode == "batch" and axis == 0)
    return min(int(size), 2) if dynamic else int(size)


def _dynamic_shapes(examples: Sequence[torch.Tensor], mode: str) -> Any:
    from torch.export import Dim

    if mode == "exact":
        return None
    dims = [range(t.dim()) if mode == "dynamic" else range(min(t.dim(), 1)) for t in examples]
    # forward(*tensors): torch.export sees one argument, the tuple of tensors.
    return (tuple({d: Dim.AUTO for d in axes} for axes in dims),)


class _OneOp(torch.nn.Module):
    def __init__(self, call: OpCall) -> None:
        super().__init__()
        # The call without its tensors: a module holding tensors would have them traced as
        # constants of the program.
        self._call = OpCall(call.func, (), call.rebuild, call.constants)

    def forward(self, *tensors: torch.Tensor) -> Any:
        args, kwargs = self._call.arguments(tensors)
        return _traced_form(self._call.func)(*args, **kwargs)


def _traced_form(func: torch._ops.OpOverload) -> Any:
    """What the program traces for ``func``: the op, or the table's decomposition of it where
    ``run_decompositions`` would leave the op whole.

    PyTorch registers some decompositions as the op's own Python kernel
    (``upsample_nearest1d.default``, the other ``upsample_*`` overloads, ...); export keeps such
    an op whole despite a table entry. AOT graphs reach them through an overload that does
    decompose (``.vec``), while the eager device is handed the op itself.
    """
    from torch_iree.decompositions import decomposition_table

    python_kernels = func.py_kernels
    own_kernel = _CIA in python_kernels or _AUTOGRAD in python_kernels
    return decomposition_table().get(func, func) if own_kernel else func


def compile_op(
    call: OpCall,
    examples: Sequence[torch.Tensor],
    compiler: Compiler,
    target: Target,
    cache: CompileCache | None,
    mode: str,
) -> tuple[Compiled, bool]:
    """The op's program (from the cache when it is there) and whether it came from there."""
    options = ImportOptions(attention=preferred_attention(target))

    def produce(path: Path) -> Exported:
        from torch_iree.exporting import Program

        dynamic = _dynamic_shapes(examples, mode)
        quiet = [logging.getLogger(name) for name in _EXPORT_LOGGERS]
        levels = [logger.level for logger in quiet]
        for logger in quiet:
            logger.setLevel(logging.ERROR)
        try:
            program = Program(
                _OneOp(call), "frozen", index_checks=options.index_checks, attention=options.attention
            )
            exported = program.function("main", tuple(examples), dynamic_shapes=dynamic).export()
        finally:
            for logger, level in zip(quiet, levels, strict=True):
                logger.setLevel(level)
        exported.write_bytecode(path)
        return exported

    return compile_cached(
        [*call.key_parts(mode), options.key()], produce, target, cache=cache or False, compiler=compiler
    )
