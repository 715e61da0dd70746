"""Stage 2: an ``Exported`` program → a ``Compiled`` IREE module (.vmfb) with its metadata."""

from __future__ import annotations

import dataclasses
import hashlib
import json
import re
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from torch_iree.errors import ArtifactError, CompileError, UnsupportedOp, UnsupportedOpError
from torch_iree.parameters import ParameterSpec
from torch_iree.signature import Signature, sole_function
from torch_iree.targets import resolve_target

if TYPE_CHECKING:
    from torch_iree.cache import CompileCache
    from torch_iree.exporting import Exported
    from torch_iree.runtime import Loaded

ARTIFACT_FORMAT = 2  # 2: several functions, parameter archive spec; 1 is still read
ARTIFACT_FORMAT_TAG = f"torch-iree-artifact-{ARTIFACT_FORMAT}"
_ILLEGAL_OP = re.compile(
    r"^(?P<loc>\S+?):(?P<line>\d+):\d+: error: failed to legalize operation '(?P<op>[\w.]+)'"
    r"(?:.*?<\{name = \"(?P<generic>[\w.]+)\"\}>)?",
    re.MULTILINE,
)


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

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_bytes(self.vmfb)
        metadata_path(path).write_text(json.dumps(self.metadata(), indent=1), encoding="utf-8")
        return path

    def load(self, device: str = "cpu", parameters: str | Path | None = None) -> Loaded:
        """Load onto ``device``; ``parameters``: the ``.irpa`` archive of external weights."""
        from torch_iree.runtime import load

        return load(self, device=device, parameters=parameters)

    def metadata(self) -> dict[str, Any]:
        """Everything but the bytes, as JSON-able data (``from_metadata`` reverses it)."""
        return {
            "format": ARTIFACT_FORMAT,
            "target": self.target,
            "driver": self.driver,
            "flags": list(self.flags),
            "versions": self.versions,
            "lifted": list(self.lifted),
            "functions": {name: signature.to_json() for name, signature in self.functions.items()},
            "parameters": self.parameters.to_json() if self.parameters else None,
        }

    @classmethod
    def read(cls, path: str | Path) -> Compiled:
        path = Path(path)
        meta_path = metadata_path(path)
        if not path.is_file():
            raise ArtifactError(f"no compiled program at {path}")
        if not meta_path.is_file():
            raise ArtifactError(
                f"{path} has no metadata file {meta_path.name} beside it; save programs with "
                "Compiled.save(), or run a bare .vmfb with iree.runtime directly"
            )
        try:
            meta = json.loads(meta_path.read_text(encoding="utf-8"))
            if meta.get("format") not in (1, ARTIFACT_FORMAT):
                raise ArtifactError(
                    f"{meta_path} is format {meta.get('format')!r}; this torch-iree reads format "
                    f"{ARTIFACT_FORMAT}: recompile the program with this version"
                )
            return cls.from_metadata(path.read_bytes(), meta)
        except (KeyError, TypeError, ValueError) as exc:
            raise ArtifactError(f"{meta_path} is damaged ({exc}); save the program again") from exc

    @classmethod
    def from_metadata(cls, vmfb: bytes, meta: dict[str, Any]) -> Compiled:
        # Format 1 held one function's signature under "signature".
        functions = meta.get("functions") or {"main": meta["signature"]}
        parameters = meta.get("parameters")
        return cls(
            vmfb=vmfb,
            functions={name: Signature.from_json(data) for name, data in functions.items()},
            target=meta["target"],
            driver=meta["driver"],
            flags=tuple(meta["flags"]),
            versions=meta["versions"],
            lifted=tuple(meta.get("lifted", ())),
            parameters=ParameterSpec.from_json(parameters) if parameters else None,
        )


def metadata_path(vmfb_path: Path) -> Path:
    return vmfb_path.with_name(vmfb_path.name + ".json")


def compile_exported(
    exported: Exported,
    target: str = "llvm-cpu",
    flags: Sequence[str] = (),
    cache: CompileCache | None | bool = True,
) -> Compiled:
    """Compile with iree-compile, or take the result from the compile cache.

    ``cache``: True uses the cache the environment configures (see torch_iree.cache),
    False/None compiles regardless, or pass a CompileCache.

    The program goes to iree-compile as a bytecode file, never as a Python bytes object: with
    inline weights it is as large as the weights, and holding it (and piping it) would cost
    two more copies of them (measured in benchmarks/bench_params.py).
    """
    resolved = resolve_target(target)
    if exported.unsupported:
        raise UnsupportedOpError(exported.unsupported, resolved.name)
    all_flags = (*resolved.compiler_flags(), *flags)
    from torch_iree.cache import CompileCache, cache_key

    store = CompileCache.from_environment() if cache is True else (cache or None)
    described = {name: s.to_json() for name, s in exported.functions.items()}
    with tempfile.TemporaryDirectory(prefix="torch-iree-compile-") as folder:
        source = Path(folder) / "program.mlirbc"
        with source.open("wb") as file:
            exported.module.operation.write_bytecode(file)
        key = cache_key([_file_sha256(source), json.dumps(described), *all_flags, *compiler_identity()])
        if store is not None and (hit := store.get(key)) is not None:
            return dataclasses.replace(hit, parameters=exported.parameter_spec)
        compiled = compile_source(source, exported.functions, resolved.name, all_flags)
    compiled = dataclasses.replace(compiled, parameters=exported.parameter_spec)
    if store is not None:
        store.put(key, compiled)
    return compiled


def compile_bytecode(
    bytecode: bytes, functions: dict[str, Signature], target: str, all_flags: Sequence[str]
) -> Compiled:
    """Compile a (small) program held in memory: torch.compile graphs, CLI inputs."""
    with tempfile.TemporaryDirectory(prefix="torch-iree-compile-") as folder:
        source = Path(folder) / "program.mlir"
        source.write_bytes(bytecode)
        return compile_source(source, functions, target, all_flags)


def compile_source(
    source: Path, functions: dict[str, Signature], target: str, all_flags: Sequence[str]
) -> Compiled:
    """Run iree-compile on the MLIR (text or bytecode) file ``source``."""
    from iree.compiler import tools as iree_tools  # here, so loading needs only the runtime

    resolved = resolve_target(target)
    output = source.with_name("program.vmfb")
    try:
        iree_tools.compile_file(
            str(source), input_type="torch", extra_args=list(all_flags), output_file=str(output)
        )
    except iree_tools.CompilerToolError as exc:
        raise _explain(str(exc), resolved.name) from None
    return Compiled(
        vmfb=output.read_bytes(),
        functions=functions,
        target=resolved.name,
        driver=resolved.driver,
        flags=tuple(all_flags),
        versions=_versions(),
    )


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as file:
        while chunk := file.read(1 << 22):
            digest.update(chunk)
    return digest.hexdigest()


def compiler_identity() -> tuple[str, ...]:
    """What besides the IR and flags decides the compiled bytes: the compiler build."""
    from iree.compiler import version as iree_version

    return (ARTIFACT_FORMAT_TAG, iree_version.VERSION, *sorted(iree_version.REVISIONS.values()))


def _explain(diagnostics: str, target: str) -> CompileError:
    """Turn iree-compile's output into our error: named ops when an op failed to lower."""
    ops = []
    for match in _ILLEGAL_OP.finditer(diagnostics):
        name = match.group("generic") or match.group("op")
        if not name.startswith("torch."):
            continue  # a backend op (vector.*, arith.*): a compiler limitation, not the model's op
        ops.append(
            UnsupportedOp(name.removeprefix("torch."), f"{match.group('loc')}:{match.group('line')}", None)
        )
    if ops:
        return UnsupportedOpError(ops, target)
    body = diagnostics.split("Invoked with:")[0].strip()
    # The CPU target attribute lists hundreds of features; they bury the actual error.
    body = re.sub(r'cpu_features = "[^"]*"', 'cpu_features = "..."', body)
    return CompileError(
        f"iree-compile failed for target {target!r}:\n{body}\n"
        "Set IREE_SAVE_TEMPS=/some/dir to keep the compiler's intermediate files."
    )


def _versions() -> dict[str, str]:
    versions = {}
    for dist in ("torch-iree", "torch", "iree-base-compiler", "iree-base-runtime"):
        try:
            versions[dist] = metadata.version(dist)
        except metadata.PackageNotFoundError:
            versions[dist] = "not installed"
    return versions
