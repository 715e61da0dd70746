"""``IreeModelRunner``: runs one ``iree`` program with the kwargs its model's forward takes, and
returns what the model returns (a ``ModelOutput`` with its cache)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any

import torch
import torch.utils._pytree as pytree
from transformers.cache_utils import Cache
from transformers.exporters.metadata import ExportMetadata, load_treespec
from transformers.exporters.runners.base import ModelRunner

from torch_iree._transfers import torch_device_for
from torch_iree.errors import InputError
from torch_iree.runtime import Loaded
from torch_iree.signature import InputSlot
from torch_iree.targets import default_device
from torch_iree.transformers.program import IreeProgram


class IreeModelRunner(ModelRunner):
    """One loaded program. Kwargs are taken in the order the graph was traced with; scalars the
    export baked in (``use_cache``) may be left out, anything else the graph takes must be given
    (a prefill's empty cache: ``fresh_cache()``)."""

    def __init__(self, loaded: Loaded, metadata: ExportMetadata) -> None:
        super().__init__(metadata)
        self.loaded = loaded
        kwargs_spec = load_treespec(metadata.in_spec).child(1)
        self.traced = dict(zip(kwargs_spec.context, kwargs_spec.children(), strict=True))
        self._donated: dict[frozenset[str], frozenset[int]] = {}  # _positions, per set of names

    @property
    def device(self) -> torch.device:
        found = torch_device_for(self.loaded._driver, self.loaded._device_id)
        return found if found is not None else torch.device("cpu")

    @classmethod
    def from_program(
        cls, program: IreeProgram, metadata: ExportMetadata, device: Any = None
    ) -> IreeModelRunner:
        if device is None:
            device = (metadata.export_config or {}).get("device") or _default_device(program)
        return cls(program.load(str(device)), metadata)

    def __call__(self, share_inputs: bool = True, share_outputs: bool = False, **kwargs: Any) -> Any:
        return self.call(kwargs)

    def call(self, kwargs: dict[str, Any], donate: Collection[str] = ()) -> Any:
        """Run on ``kwargs``; the tensors of the inputs named in ``donate`` may be overwritten
        (the caller is done with them: a generation loop's previous cache), which saves copying
        them for a program that updates them."""
        given = {**self.metadata.in_constants, **kwargs}
        unknown = [name for name in given if name not in self.traced]
        if unknown:
            raise InputError(
                f"the program was exported with {', '.join(self.traced)}; it does not take {', '.join(unknown)}"
            )
        missing = [name for name in self.traced if name not in given]
        if missing:
            raise InputError(
                f"missing input(s) {', '.join(missing)}: the program was exported with {', '.join(self.traced)}"
            )
        function = self.loaded._sole()
        flat = function.checked_inputs((), {name: given[name] for name in self.traced})
        donated = frozenset(donate)
        if donated not in self._donated:  # once per set of names: decode steps call this per token
            self._donated[donated] = self._positions(donated)
        leaves = function.call_flat(flat, self._donated[donated])
        return function.signature.unflatten_outputs(leaves)

    def _positions(self, names: Collection[str]) -> frozenset[int]:
        """Positions among the program's run-time inputs of the tensors of kwargs ``names``."""
        positions, position = set(), 0
        for name in self.traced:
            for slot in self.input_slots(name):
                if slot.tensor is None and slot.symbol is None:
                    continue  # a constant baked in at export: not a run-time input
                if name in names:
                    positions.add(position)
                position += 1
        return frozenset(positions)

    def input_slots(self, name: str) -> list[InputSlot]:
        """The compiled program's inputs for the traced kwarg ``name`` (one per tensor leaf)."""
        names = list(self.traced)
        start = sum(self.traced[earlier].num_leaves for earlier in names[: names.index(name)])
        return list(self.loaded._sole().signature.inputs[start : start + self.traced[name].num_leaves])

    def fresh_cache(self, name: str = "cache") -> Cache:
        """A new, empty cache of the structure the graph was traced with (its tensors zero: no
        tokens seen), for a prefill's ``cache`` input."""
        spec = self.traced.get(name)
        if spec is None:
            raise InputError(f"the program takes no {name!r}; it takes {', '.join(self.traced)}")
        leaves = [
            torch.zeros(_static_shape(slot.tensor.shape), dtype=slot.tensor.torch_dtype)
            if slot.tensor is not None
            else slot.constant
            for slot in self.input_slots(name)
        ]
        cache = pytree.tree_unflatten(leaves, spec)
        if not isinstance(cache, Cache):
            raise InputError(f"the program's {name!r} input is a {type(cache).__name__}, not a cache")
        return cache


def _static_shape(shape: tuple[int | str, ...]) -> tuple[int, ...]:
    if not all(isinstance(size, int) for size in shape):
        raise InputError(
            f"a cache tensor of symbolic shape {shape} cannot be made empty: export with a static cache"
        )
    return tuple(int(size) for size in shape)


def _default_device(program: IreeProgram) -> str:
    return default_device(program.compiled.driver)
