"""The stage objects: ``Exported`` (torch-dialect MLIR) and ``Compiled`` (an IREE ``.vmfb``),
their files, and the one metadata format both are saved with.

Each is plain data plus the step to the next stage, as in ``jax.stages``:
``exported.compile(target)`` runs the compile engine (``torch_iree.compiling``) and
``compiled.load(device)`` the runtime (``torch_iree.runtime``). Saved, a stage is its file plus
``<file>.json`` beside it::

    model.mlir + model.mlir.json    {"format": 3, "stage": "exported", "functions", "parameters"}
    model.vmfb + model.vmfb.json    {"format": 3, "stage": "compiled", "functions", "parameters",
                                     "target", "driver", "flags", "versions", "lifted"}

The ``.vmfb`` is a plain IREE module (IREE's own tools run it too); the JSON holds each
function's signature, so a loaded program checks its arguments and rebuilds the outputs'
structure. Metadata of formats 1 and 2 (and the ``.mlir.signature.json`` files the CLI wrote
before) are still read. Loading a program imports nothing of the compiler.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import tempfile
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from torch_iree._files import Staging
from torch_iree._fingerprint import frontend_fingerprint
from torch_iree._versions import installed_versions
from torch_iree.cache import CompileCache
from torch_iree.compiling import (
    Compiler,
    default_compiler,
    describe_json,
    file_sha256,
    resolve_cache,
)
from torch_iree.errors import ArtifactError, CompileError, ExportError, UnsupportedOp, UnsupportedOpError
from torch_iree.parameters import ParameterSpec, save_archive
from torch_iree.runtime import Loaded, Session
from torch_iree.signature import Signature, sole_function
from torch_iree.targets import Target, resolve_target

if TYPE_CHECKING:
    import torch
    from iree.compiler import ir

METADATA_FORMAT = 3  # 3: one format for both stages; 2: compiled, several functions; 1: one signature
_READABLE_FORMATS = (1, 2, METADATA_FORMAT)
LEGACY_MLIR_SUFFIX = ".signature.json"  # what the CLI wrote beside an .mlir before format 3


@dataclass(frozen=True)
class StateGlobal:
    """One state tensor (parameter or buffer) as an exported program holds it."""

    name: str  # its state_dict key, and the global's symbol
    tensor_type: str  # e.g. "tensor<4x64x16xf32>"
    mutable: bool
    external: bool  # initial value read from the parameter archive


def metadata_path(path: str | Path) -> Path:
    path = Path(path)
    return path.with_name(path.name + ".json")


def _functions_json(functions: Mapping[str, Signature]) -> dict[str, Any]:
    return {name: signature.to_json() for name, signature in functions.items()}


def _read_functions(meta: Mapping[str, Any]) -> dict[str, Signature]:
    if "functions" in meta:
        functions = meta["functions"]
    else:  # format 1: one function's signature under "signature" (or, beside an .mlir, the file)
        functions = {"main": meta.get("signature", meta)}
    return {name: Signature.from_json(data) for name, data in functions.items()}


def _read_parameters(meta: Mapping[str, Any]) -> ParameterSpec | None:
    parameters = meta.get("parameters")
    return ParameterSpec.from_json(parameters) if parameters else None


def read_metadata(path: Path, stage: str) -> dict[str, Any]:
    """The metadata JSON at ``path``, checked for a format this version reads."""
    try:
        meta = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError) as exc:
        raise ArtifactError(f"{path} is damaged ({exc}); save the program again") from exc
    if not isinstance(meta, dict):
        raise ArtifactError(f"{path} is damaged (not a JSON object); save the program again")
    fmt = meta.get("format", 1)
    if fmt not in _READABLE_FORMATS or meta.get("stage", stage) != stage:
        raise ArtifactError(
            f"{path} is format {fmt!r} of stage {meta.get('stage', stage)!r}; this torch-iree reads "
            f"{stage} metadata of formats {', '.join(map(str, _READABLE_FORMATS))}: save the program "
            "again with this version"
        )
    return meta


class Exported:
    """A program imported to the MLIR ``torch`` dialect, with the signature of each function.

    Holds the MLIR module in memory; ``.mlir`` gives its text, ``.save_mlir`` writes it (and
    its metadata). ``functions`` maps each entry point to its signature (one, "main", for
    ``export``; several for a ``Program``). ``.compile(target)`` turns it into a ``Compiled``
    program. With external parameters, ``parameters`` holds the weights by archive key and
    ``save_parameters`` writes them to an ``.irpa`` archive.
    """

    def __init__(
        self,
        module: ir.Module,
        functions: Mapping[str, Signature],
        unsupported: Sequence[UnsupportedOp] = (),
        parameters: Mapping[str, torch.Tensor] | None = None,
        parameter_scope: str = "model",
        state: tuple[StateGlobal, ...] = (),
        parameter_spec: ParameterSpec | None = None,
        lifted: Sequence[str] = (),
    ) -> None:
        self.module = module
        # torch.compile graphs: the GraphModule's own parameters/buffers the program takes
        # before the graph's placeholders (see ``Compiled.lifted``).
        self.lifted = tuple(lifted)
        self.functions = dict(functions)
        self.unsupported = list(unsupported)
        self.parameters = dict(parameters or {})
        if parameter_spec is None and self.parameters:
            parameter_spec = ParameterSpec.of(parameter_scope, self.parameters)
        self.parameter_spec = parameter_spec
        self.state = state

    @property
    def signature(self) -> Signature:
        """The signature of a one-function program."""
        return sole_function(self.functions, "Exported")

    @property
    def mlir(self) -> str:
        """The torch-dialect program as MLIR text (inline weights as resource blobs)."""
        return str(self.module)

    def mlir_bytecode(self) -> bytes:
        buffer = io.BytesIO()
        self.module.operation.write_bytecode(buffer)
        return buffer.getvalue()

    def write_bytecode(self, path: Path) -> None:
        with path.open("wb") as file:
            self.module.operation.write_bytecode(file)

    def metadata(self) -> dict[str, Any]:
        return {
            "format": METADATA_FORMAT,
            "stage": "exported",
            "functions": _functions_json(self.functions),
            "parameters": self.parameter_spec.to_json() if self.parameter_spec else None,
        }

    def save_mlir(self, path: str | Path) -> Path:
        """Write the MLIR text to ``path`` and its metadata to ``path + ".json"``, together."""
        path = Path(path)
        with Staging() as staging:
            staging.stage(metadata_path(path)).write_text(
                json.dumps(self.metadata(), indent=1), encoding="utf-8"
            )
            staging.stage(path).write_text(self.mlir, encoding="utf-8")
        return path

    @classmethod
    def read(cls, path: str | Path) -> Exported:
        """An ``.mlir`` file as an Exported program: its metadata file when there is one, else
        the signature of ``@main`` and the parameters its globals name (no functions when
        @main's types cannot describe a callable program)."""
        from torch_iree import _mlir_reading as mlir_reading  # parses MLIR: the compiler's bindings

        path = Path(path)
        if not path.is_file():
            raise ArtifactError(f"no MLIR file at {path}")
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError as exc:
            raise ArtifactError(f"{path} is not MLIR text (not UTF-8 at byte {exc.start})") from None
        module = mlir_reading.parse_module(text)
        for candidate in (metadata_path(path), path.with_name(path.name + LEGACY_MLIR_SUFFIX)):
            if candidate.is_file():
                meta = read_metadata(candidate, "exported")
                try:
                    return cls(module, _read_functions(meta), parameter_spec=_read_parameters(meta))
                except (KeyError, TypeError, ValueError) as exc:
                    raise ArtifactError(
                        f"{candidate} is damaged ({exc}); export the .mlir again, or delete it to "
                        "derive the signature from @main"
                    ) from None
        # No metadata: what @main's types say. A module whose @main takes or returns anything
        # but tensors still compiles, to a program with no described functions.
        signature = mlir_reading.signature_of_main(module)
        functions = {} if signature is None else {"main": signature}
        return cls(module, functions, parameter_spec=mlir_reading.parameters_of(module))

    def save_parameters(self, path: str | Path) -> Path:
        """Write the external weights to the IREE parameter archive ``path`` (``.irpa``)."""
        if not self.parameters:
            raise ExportError(
                'this program holds its weights inline; export it with params="external" to '
                "write them to a parameter archive"
            )
        mutable = [state.name for state in self.state if state.mutable]
        return save_archive(self.parameters, path, splat_candidates=mutable)

    def compile(
        self,
        target: str = "llvm-cpu",
        flags: Sequence[str] = (),
        cache: CompileCache | None | bool = True,
        compiler: Compiler | None = None,
    ) -> Compiled:
        """Compile for ``target`` with iree-compile, or take it from the compile cache.

        ``cache``: True, the cache the environment configures (see torch_iree.cache); False,
        none; or a ``CompileCache``. ``compiler``: default, the process's default compiler.
        """
        if self.unsupported:
            raise UnsupportedOpError(self.unsupported, resolve_target(target).name)
        with tempfile.TemporaryDirectory(prefix="torch-iree-export-") as folder:
            bytecode = Path(folder) / "program.mlirbc"
            self.write_bytecode(bytecode)  # once: its hash keys the cache, the file is compiled
            # The weights' values (their hashes) do not change the program: keyed without them.
            described = {
                **self.metadata(),
                "parameters": self.parameter_spec.to_json(hashes=False) if self.parameter_spec else None,
            }

            def produce(path: Path) -> Exported:
                os.replace(bytecode, path)
                return self

            compiled, _ = compile_cached(
                [file_sha256(bytecode), describe_json(described)], produce, target, flags, cache, compiler
            )
        return compiled.with_parameters(self.parameter_spec)

    def __repr__(self) -> str:
        described = []
        for name, signature in self.functions.items():
            inputs = ", ".join(t.describe() for t in signature.tensor_inputs)
            outputs = ", ".join(t.describe() for t in signature.outputs)
            described.append(f"{name}({inputs}) -> ({outputs})")
        return f"<Exported {'; '.join(described)}>"


@dataclass(frozen=True)
class Compiled:
    """A compiled program: the ``.vmfb`` bytes plus what is needed to call it.

    ``functions`` maps each entry point to its signature. ``parameters`` describes the archive
    a program with external weights needs at load time (None: the weights are inside).
    ``save(path)`` writes ``path`` (a plain ``.vmfb`` that IREE's own tools run too) and
    ``path + ".json"`` beside it with the signatures, target and versions.
    """

    vmfb: bytes
    functions: dict[str, Signature]
    target: str
    driver: str
    flags: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)
    # torch.compile graphs: names of the GraphModule's own parameters/buffers the program takes
    # before the graph's placeholders (empty for exported programs).
    lifted: tuple[str, ...] = ()
    parameters: ParameterSpec | None = None

    @property
    def signature(self) -> Signature:
        """The signature of a one-function program."""
        return sole_function(self.functions, "compiled")

    def with_parameters(self, parameters: ParameterSpec | None) -> Compiled:
        return self if parameters == self.parameters else replace(self, parameters=parameters)

    def save(self, path: str | Path) -> Path:
        """Write the ``.vmfb`` and its metadata beside it, together (both or neither)."""
        path = Path(path)
        meta = {**self.metadata(), "vmfb_sha256": hashlib.sha256(self.vmfb).hexdigest()}
        with Staging() as staging:
            staging.stage(metadata_path(path)).write_text(json.dumps(meta, indent=1), encoding="utf-8")
            staging.stage(path).write_bytes(self.vmfb)
        return path

    def load(
        self, device: str = "cpu", parameters: str | Path | None = None, session: Session | None = None
    ) -> Loaded:
        """Load onto ``device``; ``parameters``: the ``.irpa`` archive of external weights."""
        return Loaded(self, device=device, parameters=parameters, session=session)

    def metadata(self) -> dict[str, Any]:
        """Everything but the bytes, as JSON-able data (``from_metadata`` reverses it)."""
        return {
            "format": METADATA_FORMAT,
            "stage": "compiled",
            "target": self.target,
            "driver": self.driver,
            "flags": list(self.flags),
            "versions": self.versions,
            "lifted": list(self.lifted),
            "functions": _functions_json(self.functions),
            "parameters": self.parameters.to_json() if self.parameters else None,
        }

    @classmethod
    def read(cls, path: str | Path) -> Compiled:
        """A program saved with ``save``: the ``.vmfb`` and the metadata beside it."""
        path = Path(path)
        meta_path = metadata_path(path)
        if not path.is_file():
            raise ArtifactError(f"no compiled program at {path}")
        if not meta_path.is_file():
            raise ArtifactError(
                f"{path} has no metadata file {meta_path.name} beside it; save programs with "
                "Compiled.save(), or run a bare .vmfb with iree.runtime directly"
            )
        meta = read_metadata(meta_path, "compiled")
        vmfb = path.read_bytes()
        # Saved since format 3: the program's hash, so a damaged file never runs.
        expected = meta.get("vmfb_sha256")
        if expected is not None and hashlib.sha256(vmfb).hexdigest() != expected:
            raise ArtifactError(
                f"{path} does not match its metadata ({len(vmfb)} bytes, content hash differs): the "
                "file is damaged or was replaced; save or compile the program again"
            )
        try:
            return cls.from_metadata(vmfb, meta)
        except (KeyError, TypeError, ValueError, AttributeError) as exc:
            raise ArtifactError(f"{meta_path} is damaged ({exc!r}); save the program again") from exc

    @classmethod
    def from_metadata(cls, vmfb: bytes, meta: Mapping[str, Any]) -> Compiled:
        return cls(
            vmfb=vmfb,
            functions=_read_functions(meta),
            target=meta["target"],
            driver=meta["driver"],
            flags=tuple(meta["flags"]),
            versions=dict(meta["versions"]),
            lifted=tuple(meta.get("lifted", ())),
            parameters=_read_parameters(meta),
        )


def compiled_metadata(exported: Exported, target: Target, flags: Sequence[str]) -> dict[str, Any]:
    """What a compile of ``exported`` stores beside its ``.vmfb`` (``Compiled.from_metadata``
    reads it back): the one place a compiled program's metadata is made."""
    return {
        **exported.metadata(),
        "stage": "compiled",
        "lifted": list(exported.lifted),
        "target": target.name,
        "driver": target.driver,
        "flags": list(flags),
        "versions": installed_versions(),
    }


def compile_cached(
    key_parts: Sequence[bytes | str],
    produce: Callable[[Path], Exported],
    target: str | Target,
    flags: Sequence[str] = (),
    cache: CompileCache | None | bool = True,
    compiler: Compiler | None = None,
) -> tuple[Compiled, bool]:
    """The one cached compile, for every entry point (``Exported.compile``, the torch.compile
    backend, the eager device): the program ``key_parts`` describe, from the cache or compiled,
    and whether it came from the cache.

    ``key_parts`` must say everything the caller's program depends on (its graph or MLIR, and
    the options it was imported with); the key adds the flags for ``target`` (the host CPU's
    features among them), the compiler build and the frontend's own transformation code
    (``torch_iree._fingerprint``). ``produce`` runs on a miss only: it writes the program's MLIR
    bytecode to the path it is given and returns its ``Exported`` (signatures, unsupported
    ops). A hit traces, imports and compiles nothing.
    """
    resolved = resolve_target(target)
    compiler = compiler or default_compiler()
    all_flags = compiler.flags(resolved, flags)
    key = compiler.key(all_flags, [*key_parts, "--frontend--", frontend_fingerprint()])
    produced: list[Exported] = []

    def write_source(path: Path) -> dict[str, Any]:
        exported = produce(path)
        produced.append(exported)
        if exported.unsupported:
            raise UnsupportedOpError(exported.unsupported, resolved.name)
        return compiled_metadata(exported, resolved, all_flags)

    try:
        output = compiler.compile_or_load(resolved, all_flags, key, write_source, resolve_cache(cache))
    except UnsupportedOpError:
        raise
    except CompileError as exc:
        if not produced:
            raise
        from torch_iree._attribution import attribute  # the compiler's side only

        raise attribute(exc, produced[0].module) from None
    return Compiled.from_metadata(output.vmfb, output.meta), output.from_cache
