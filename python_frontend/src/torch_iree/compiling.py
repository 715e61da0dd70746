"""Stage 2: an ``Exported`` program → a ``Compiled`` IREE module (.vmfb) with its metadata."""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from iree.compiler import tools as iree_tools
from iree.compiler import version as iree_version

from torch_iree.errors import ArtifactError, CompileError, UnsupportedOp, UnsupportedOpError
from torch_iree.signature import Signature
from torch_iree.targets import resolve_target

if TYPE_CHECKING:
    from torch_iree.cache import CompileCache
    from torch_iree.exporting import Exported
    from torch_iree.runtime import Loaded

ARTIFACT_FORMAT = 1
ARTIFACT_FORMAT_TAG = f"torch-iree-artifact-{ARTIFACT_FORMAT}"
_ILLEGAL_OP = re.compile(
    r"^(?P<loc>\S+?):(?P<line>\d+):\d+: error: failed to legalize operation '(?P<op>[\w.]+)'"
    r"(?:.*?<\{name = \"(?P<generic>[\w.]+)\"\}>)?",
    re.MULTILINE,
)


@dataclass(frozen=True)
class Compiled:
    """A compiled program: the ``.vmfb`` bytes plus what is needed to call it.

    ``save(path)`` writes ``path`` (a plain ``.vmfb`` that IREE's own tools run too) and
    ``path + ".json"`` beside it with the signature, target and versions.
    """

    vmfb: bytes
    signature: Signature
    target: str
    driver: str
    flags: tuple[str, ...]
    versions: dict[str, str] = field(default_factory=dict)
    # torch.compile graphs: names of the GraphModule's own parameters/buffers the program takes
    # before the graph's placeholders (empty for exported programs).
    lifted: tuple[str, ...] = ()

    def save(self, path: str | Path) -> Path:
        path = Path(path)
        path.write_bytes(self.vmfb)
        metadata_path(path).write_text(json.dumps(self.metadata(), indent=1), encoding="utf-8")
        return path

    def load(self, device: str = "cpu") -> Loaded:
        from torch_iree.runtime import load

        return load(self, device=device)

    def metadata(self) -> dict[str, Any]:
        """Everything but the bytes, as JSON-able data (``from_metadata`` reverses it)."""
        return {
            "format": ARTIFACT_FORMAT,
            "target": self.target,
            "driver": self.driver,
            "flags": list(self.flags),
            "versions": self.versions,
            "lifted": list(self.lifted),
            "signature": self.signature.to_json(),
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
            if meta.get("format") != ARTIFACT_FORMAT:
                raise ArtifactError(
                    f"{meta_path} is format {meta.get('format')!r}; this torch-iree reads format "
                    f"{ARTIFACT_FORMAT}: recompile the program with this version"
                )
            return cls.from_metadata(path.read_bytes(), meta)
        except (KeyError, TypeError, ValueError) as exc:
            raise ArtifactError(f"{meta_path} is damaged ({exc}); save the program again") from exc

    @classmethod
    def from_metadata(cls, vmfb: bytes, meta: dict[str, Any]) -> Compiled:
        return cls(
            vmfb=vmfb,
            signature=Signature.from_json(meta["signature"]),
            target=meta["target"],
            driver=meta["driver"],
            flags=tuple(meta["flags"]),
            versions=meta["versions"],
            lifted=tuple(meta.get("lifted", ())),
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
    """
    resolved = resolve_target(target)
    if exported.unsupported:
        raise UnsupportedOpError(exported.unsupported, resolved.name)
    all_flags = (*resolved.compiler_flags(), *flags)
    bytecode = exported.mlir_bytecode()
    from torch_iree.cache import CompileCache, cache_key

    store = CompileCache.from_environment() if cache is True else (cache or None)
    key = cache_key([bytecode, json.dumps(exported.signature.to_json()), *all_flags, *compiler_identity()])
    if store is not None and (hit := store.get(key)) is not None:
        return hit
    compiled = compile_bytecode(bytecode, exported.signature, resolved.name, all_flags)
    if store is not None:
        store.put(key, compiled)
    return compiled


def compile_bytecode(
    bytecode: bytes, signature: Signature, target: str, all_flags: Sequence[str]
) -> Compiled:
    resolved = resolve_target(target)
    try:
        vmfb = iree_tools.compile_str(bytecode, input_type="torch", extra_args=list(all_flags))
    except iree_tools.CompilerToolError as exc:
        raise _explain(str(exc), resolved.name) from None
    return Compiled(
        vmfb=vmfb,
        signature=signature,
        target=resolved.name,
        driver=resolved.driver,
        flags=tuple(all_flags),
        versions=_versions(),
    )


def compiler_identity() -> tuple[str, ...]:
    """What besides the IR and flags decides the compiled bytes: the compiler build."""
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
