"""The generated-IR corpus (``tests/corpus/``): torch-dialect IR of the model suite, with data.

Each entry is what the frontend hands the compiler for one model of ``tests/models/model_zoo.py``
(torch.export → the frontend's decomposition table → IREE's FX importer), stored so the compiler
can be tested against it later without PyTorch::

    tests/corpus/<entry>/model.mlir       torch dialect; small weights inline as resource blobs
    tests/corpus/<entry>/model.irpa       larger weights (absent when there are none), referenced
                                          from the IR as #stream.parameter.named<"model"::"key">
    tests/corpus/<entry>/input_N.npy      the inputs
    tests/corpus/<entry>/expected_N.npy   eager PyTorch's outputs for them
    tests/corpus/<entry>/manifest.json    versions, tolerance, modality, function, dtypes, shapes

Generation is deterministic (seeded weights and inputs, sorted keys, no timestamps): the same
run twice writes byte-identical files, so a regeneration diff shows only real changes.

Command line (``nox -s corpus`` / ``nox -s test-corpus``)::

    python -m ci.corpus generate [--only mlp,gpt_decoder]   # (re)write tests/corpus
    python -m ci.corpus check                               # fail if generate would change it
    python ci/corpus_replay.py                              # replay, with only IREE + numpy
"""

from __future__ import annotations

import argparse
import filecmp
import importlib.util
import json
import shutil
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

import numpy as np
import torch
from iree.compiler import ir
from iree.compiler.dialects import util
from iree.compiler.extras.fx_importer import FxImporter, FxImporterHooks, InputInfo

from ci.corpus_replay import FORMAT, MANIFEST
from ci.lock import read_lock
from ci.paths import REPO_ROOT
from torch_iree.state_import import GlobalDeclarations, tensor_type_of

CORPUS_DIR = REPO_ROOT / "tests" / "corpus"
MODEL_ZOO = REPO_ROOT / "tests" / "models" / "model_zoo.py"
FUNCTION = "main"
PARAMETER_SCOPE = "model"
MODALITY = "torch.export → torch_iree decompositions → FX importer (frozen parameters)"
# Tensors of at least this many bytes go to model.irpa; smaller ones stay inline in the IR,
# where a reader sees them (and where they cost little in git).
INLINE_LIMIT = 16 * 1024
SIZE_LIMIT = 20 * 1024 * 1024  # the whole corpus must stay small enough for git

# torch dtype → MLIR builtin element type, for the globals that hold externalized weights.
# Element types the corpus externalizes (torch_iree.state_import knows more; these are the
# ones its entries were generated with).
_BUILTIN_ELEMENT = (torch.float32, torch.float64, torch.float16, torch.bfloat16, torch.int64, torch.int32)


class CorpusError(Exception):
    """A corpus cannot be generated or checked as asked."""


def load_model_zoo() -> ModuleType:
    """tests/models/model_zoo.py, as the module pytest imports it (``model_zoo``)."""
    if "model_zoo" in sys.modules:
        return sys.modules["model_zoo"]
    spec = importlib.util.spec_from_file_location("model_zoo", MODEL_ZOO)
    if spec is None or spec.loader is None:
        raise CorpusError(f"cannot import the model registry at {MODEL_ZOO}")
    module = importlib.util.module_from_spec(spec)
    sys.modules["model_zoo"] = module  # dataclasses look their module up while the class is built
    spec.loader.exec_module(module)
    return module


@dataclass(frozen=True)
class EntrySpec:
    """One corpus entry: a model of the registry in one variant."""

    name: str
    model: str
    variant: str  # "static" or "dynamic"


def entry_specs(zoo: ModuleType) -> list[EntrySpec]:
    """Every model statically; the CI subset also with a dynamic batch (run at an unseen size)."""
    specs = []
    for case in zoo.MODELS.values():
        specs.append(EntrySpec(case.name, case.name, "static"))
        if case.ci and case.has_dynamic_variant:
            specs.append(EntrySpec(f"{case.name}_dynamic", case.name, "dynamic"))
    return specs


@dataclass(frozen=True)
class GenerateOptions:
    out: Path = CORPUS_DIR
    only: tuple[str, ...] = ()  # entry names; empty: all (and prune entries no longer defined)
    inline_limit: int = INLINE_LIMIT


class _ExternalizeLargeLiterals(FxImporterHooks):
    """Importer hook: a weight of ``inline_limit`` bytes or more becomes a ``util.global`` whose
    initial value is the named parameter ``scope::key`` (what iree-compile's parameter support
    and ``iree.runtime``'s parameter providers resolve), instead of an inline resource blob."""

    def __init__(self, inline_limit: int, names: dict[int, str], scope: str = PARAMETER_SCOPE) -> None:
        self.inline_limit = inline_limit
        self.scope = scope
        # id(tensor) → its state_dict / constants name: a frozen import hands the hook the
        # tensors themselves, without their InputInfo, so the names are looked up by identity.
        self.names = names
        self.arrays: dict[str, np.ndarray] = {}
        self._symbols: dict[str, tuple[str, ir.Type]] = {}
        self._declarations: GlobalDeclarations | None = None

    def prepare_module(self, module_op: ir.Operation) -> None:
        self._declarations = GlobalDeclarations(module_op)

    def resolve_literal(self, gni: Any, literal: Any, info: InputInfo | None) -> ir.Value | None:
        if not isinstance(literal, torch.Tensor) or literal.dtype not in _BUILTIN_ELEMENT:
            return None
        if literal.numel() * literal.element_size() < self.inline_limit:
            return None
        key = self._key(literal, info)
        if key not in self._symbols:
            self._symbols[key] = self._declare(key, literal)
        symbol, tensor_type = self._symbols[key]
        loaded = util.GlobalLoadOp(tensor_type, symbol).result
        vtensor_type = gni._cc.tensor_to_vtensor_type(literal)
        return ir.Operation.create(
            "torch_c.from_builtin_tensor", results=[vtensor_type], operands=[loaded]
        ).result

    def _key(self, literal: torch.Tensor, info: InputInfo | None) -> str:
        target = getattr(getattr(info, "input_spec", None), "target", None)
        if isinstance(target, str) and target:
            return target
        # e.g. "blocks.0.qkv.weight"; a tied weight is one tensor, so one name and one global.
        return self.names.get(id(literal)) or f"constant.{len(self.arrays)}"

    def _declare(self, key: str, literal: torch.Tensor) -> tuple[str, ir.Type]:
        assert self._declarations is not None, "prepare_module runs before any literal"
        tensor_type = tensor_type_of(literal)
        symbol = "__param_" + "".join(c if c.isalnum() else "_" for c in key)
        initial = ir.Attribute.parse(f'#stream.parameter.named<"{self.scope}"::"{key}"> : {tensor_type}')
        self._declarations.declare(symbol, tensor_type, initial)
        self.arrays[key] = to_numpy(literal.detach().cpu().contiguous())
        return symbol, ir.Type.parse(tensor_type)


def to_numpy(tensor: torch.Tensor) -> np.ndarray:
    """A host copy; bfloat16 as its uint16 bit patterns (numpy has no bfloat16 of its own)."""
    if tensor.dtype == torch.bfloat16:
        return tensor.view(torch.int16).numpy().view(np.uint16).copy()
    return tensor.numpy().copy()


def dtype_name(tensor: torch.Tensor) -> str:
    return str(tensor.dtype).removeprefix("torch.")


def import_with_parameters(
    program: torch.export.ExportedProgram, inline_limit: int
) -> tuple[str, dict[str, np.ndarray]]:
    """(MLIR text, externalized weights by key) for a decomposed ExportedProgram."""
    named = {**program.state_dict, **getattr(program, "constants", {})}
    hooks = _ExternalizeLargeLiterals(
        inline_limit, {id(t): n for n, t in named.items() if isinstance(t, torch.Tensor)}
    )
    importer = FxImporter(context=ir.Context(), hooks=hooks)
    importer.import_frozen_program(program, func_name=FUNCTION, import_symbolic_shape_expressions=True)
    return str(importer.module), hooks.arrays


def _export(case: Any, variant: str) -> torch.export.ExportedProgram:
    from torch_iree.decompositions import decomposition_table

    model = case.module()
    example = case.inputs()
    dynamic = case.dynamic_shapes(example) if variant == "dynamic" else None
    program = torch.export.export(model, example, dynamic_shapes=dynamic)
    return program.run_decompositions(decomposition_table())


def write_entry(spec: EntrySpec, zoo: ModuleType, directory: Path, inline_limit: int) -> None:
    """Write one entry's files into the empty folder ``directory``."""
    case = zoo.MODELS[spec.model]
    mlir, arrays = import_with_parameters(_export(case, spec.variant), inline_limit)
    # Dynamic entries run at the largest batch they declare, which the export never saw.
    batch = max(case.dynamic_batches) if spec.variant == "dynamic" else case.batch
    inputs = case.inputs(batch)
    with torch.no_grad():
        outputs = zoo.flat_outputs(case.module()(*inputs))
    (directory / "model.mlir").write_text(mlir, encoding="utf-8", newline="\n")
    if arrays:
        from iree.runtime import save_archive_file

        save_archive_file({key: arrays[key] for key in sorted(arrays)}, directory / "model.irpa")

    def tensors(prefix: str, values: Sequence[torch.Tensor]) -> list[dict[str, Any]]:
        described = []
        for i, value in enumerate(values):
            file = f"{prefix}_{i}.npy"
            np.save(directory / file, to_numpy(value.detach().contiguous()), allow_pickle=False)
            described.append({"file": file, "dtype": dtype_name(value), "shape": list(value.shape)})
        return described

    batch_dims = case.batch_dims if case.batch_dims is not None else (0,) * len(inputs)
    input_specs = tensors("input", inputs)
    if spec.variant == "dynamic":
        for described, dim in zip(input_specs, batch_dims, strict=True):
            described["dynamic_dims"] = [] if dim is None else [dim]
    lock = read_lock()
    manifest = {
        "format": FORMAT,
        "name": spec.name,
        "model": case.name,
        "description": case.description,
        "variant": spec.variant,
        "modality": MODALITY,
        "function": FUNCTION,
        "versions": {
            "torch": torch.__version__.split("+")[0],
            "iree": lock.iree.version,
            "iree_build": lock.iree.build_version,
            "iree_commit": lock.iree.commit,
        },
        "tolerance": {"atol": case.tolerance.atol, "rtol": case.tolerance.rtol},
        "export_batch": case.batch,
        "run_batch": batch,
        "inputs": input_specs,
        "outputs": tensors("expected", outputs),
        "parameters": (
            {
                "file": "model.irpa",
                "scope": PARAMETER_SCOPE,
                "keys": sorted(arrays),
                "inline_limit_bytes": inline_limit,
            }
            if arrays
            else None
        ),
        "expected_failure": case.known_failure("llvm-cpu"),
    }
    text = json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n"
    (directory / MANIFEST).write_text(text, encoding="utf-8", newline="\n")


def _select(specs: list[EntrySpec], only: Sequence[str]) -> list[EntrySpec]:
    if not only:
        return specs
    known = {s.name for s in specs}
    unknown = sorted(set(only) - known)
    if unknown:
        raise CorpusError(f"no corpus entries named {', '.join(unknown)}; known: {', '.join(sorted(known))}")
    return [s for s in specs if s.name in only]


def generate(options: GenerateOptions, log: Any = print) -> list[Path]:
    """(Re)write the selected entries under ``options.out``; each entry is replaced whole."""
    torch.set_num_threads(1)
    zoo = load_model_zoo()
    specs = _select(entry_specs(zoo), options.only)
    options.out.mkdir(parents=True, exist_ok=True)
    written = []
    for spec in specs:
        final = options.out / spec.name
        staging = Path(tempfile.mkdtemp(prefix=f".{spec.name}.", dir=options.out))
        try:
            write_entry(spec, zoo, staging, options.inline_limit)
            # mkdtemp makes 0700 folders and the archive writer 0640 files: normalise them.
            staging.chmod(0o755)
            for file in staging.iterdir():
                file.chmod(0o644)
            if final.exists():
                shutil.rmtree(final)
            staging.rename(final)  # readers see the old entry or the new one, never a mix
        finally:
            shutil.rmtree(staging, ignore_errors=True)
        written.append(final)
        log(f"wrote {final.relative_to(options.out.parent)} ({_size(final) / 1024:.0f} KiB)")
    if not options.only:  # a full run also drops entries the registry no longer defines
        keep = {s.name for s in specs}
        for stale in sorted(
            p for p in options.out.iterdir() if (p / MANIFEST).is_file() and p.name not in keep
        ):
            shutil.rmtree(stale)
            log(f"removed {stale.name} (no longer in the registry)")
    total = corpus_size(options.out)
    log(f"corpus: {len(written)} entries written, {total / 1024 / 1024:.2f} MiB in total")
    if total > SIZE_LIMIT:
        raise CorpusError(
            f"the corpus is {total / 1024 / 1024:.1f} MiB, over the {SIZE_LIMIT // 1024 // 1024} MiB limit; "
            "make the models smaller or lower the inline limit"
        )
    return written


def check(options: GenerateOptions) -> list[str]:
    """Differences between the committed corpus and a fresh generation (empty: up to date)."""
    with tempfile.TemporaryDirectory(prefix="corpus-check-") as tmp:
        fresh = Path(tmp) / "corpus"
        generate(
            GenerateOptions(out=fresh, only=options.only, inline_limit=options.inline_limit),
            log=lambda _: None,
        )
        return compare_trees(options.out, fresh, only=options.only)


def compare_trees(committed: Path, fresh: Path, only: Sequence[str] = ()) -> list[str]:
    problems = []
    names = sorted({p.name for p in fresh.iterdir() if p.is_dir()})
    if not only:
        names = sorted(set(names) | {p.name for p in committed.iterdir() if (p / MANIFEST).is_file()})
    for name in names:
        a, b = committed / name, fresh / name
        if not a.is_dir() or not b.is_dir():
            problems.append(f"{name}: {'missing' if not a.is_dir() else 'no longer generated'}")
            continue
        files = sorted({p.name for p in a.iterdir()} | {p.name for p in b.iterdir()})
        for file in files:
            if not (a / file).is_file() or not (b / file).is_file():
                problems.append(
                    f"{name}/{file}: only in {'the fresh' if (b / file).is_file() else 'the committed'} corpus"
                )
            elif not filecmp.cmp(a / file, b / file, shallow=False):
                problems.append(f"{name}/{file}: differs")
    return problems


def _size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def corpus_size(corpus: Path) -> int:
    return _size(corpus) if corpus.is_dir() else 0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.corpus", description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    for name, text in (("generate", "(re)write the corpus"), ("check", "fail if generate would change it")):
        cmd = sub.add_parser(name, help=text)
        cmd.add_argument("--out", type=Path, default=CORPUS_DIR)
        cmd.add_argument("--only", default="", help="comma-separated entry names (default: all)")
        cmd.add_argument(
            "--inline-limit", type=int, default=INLINE_LIMIT, help="bytes; larger weights go to .irpa"
        )
    sub.add_parser("list", help="the entries the registry defines")
    replay = sub.add_parser("replay", help="compile and run every entry (same as python ci/corpus_replay.py)")
    replay.add_argument("replay_args", nargs=argparse.REMAINDER)
    args = parser.parse_args(argv)
    try:
        if args.command == "list":
            for spec in entry_specs(load_model_zoo()):
                print(f"{spec.name:28} {spec.model:22} {spec.variant}")
            return 0
        if args.command == "replay":
            from ci import corpus_replay

            return corpus_replay.main(args.replay_args)
        options = GenerateOptions(
            out=args.out, only=tuple(n for n in args.only.split(",") if n), inline_limit=args.inline_limit
        )
        if args.command == "generate":
            generate(options)
            return 0
        problems = check(options)
        for problem in problems:
            print(f"stale: {problem}")
        if problems:
            print(
                "the corpus is out of date: run `nox -s corpus` (python -m ci.corpus generate) and commit it"
            )
            return 1
        print("corpus up to date")
        return 0
    except CorpusError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2


if __name__ == "__main__":
    sys.exit(main())
