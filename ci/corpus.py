"""The generated-IR corpus (``tests/corpus/``): torch-dialect IR of the model suite, with data.

Each entry is what the frontend hands the compiler for one model of the registry (``torch_iree_models``)
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

from ci.corpus_replay import FORMAT, MANIFEST
from ci.errors import CorpusError
from ci.lock import read_lock
from ci.paths import REPO_ROOT
from torch_iree._importer import Function, decompose, import_programs
from torch_iree._state_hook import StatePolicy

CORPUS_DIR = REPO_ROOT / "tests" / "corpus"
FUNCTION = "main"
PARAMETER_SCOPE = "model"
MODALITY = "torch.export → the torch_iree importer (decompositions, FX importer; weights ≥ inline limit as named parameters, smaller ones frozen)"
# Tensors of at least this many bytes go to model.irpa; smaller ones stay inline in the IR,
# where a reader sees them (and where they cost little in git).
INLINE_LIMIT = 16 * 1024
SIZE_LIMIT = 20 * 1024 * 1024  # the whole corpus must stay small enough for git


def load_model_zoo() -> ModuleType:
    """The model registry: the ``torch_iree_models`` package at the repository root."""
    return importlib.import_module("torch_iree_models")


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


def to_numpy(tensor: torch.Tensor) -> np.ndarray:
    """A host copy; bfloat16 as its uint16 bit patterns (numpy has no bfloat16 of its own)."""
    if tensor.dtype == torch.bfloat16:
        return tensor.view(torch.int16).numpy().view(np.uint16).copy()
    return tensor.numpy().copy()


def dtype_name(tensor: torch.Tensor) -> str:
    return str(tensor.dtype).removeprefix("torch.")


def import_with_parameters(
    program: torch.export.ExportedProgram, inline_limit: int
) -> tuple[str, dict[str, np.ndarray], int]:
    """(MLIR text, externalized weights by key, number of index checks) for an ExportedProgram,
    through the frontend's importer: weights of ``inline_limit`` bytes or more are named
    parameters (``model::key``), smaller ones stay frozen literals. A program with index checks
    returns their flags (all false for valid inputs) after its outputs."""
    policy = StatePolicy("external", PARAMETER_SCOPE, external_min_bytes=inline_limit)
    exported = import_programs([Function(FUNCTION, decompose(program))], policy)
    arrays = {key: to_numpy(t.detach().cpu().contiguous()) for key, t in exported.parameters.items()}
    return exported.mlir, arrays, len(exported.signature.index_checks)


def _export(case: Any, variant: str) -> torch.export.ExportedProgram:
    model = case.module()
    example = case.inputs()
    dynamic = case.dynamic_shapes(example) if variant == "dynamic" else None
    return torch.export.export(model, example, dynamic_shapes=dynamic)


def write_entry(spec: EntrySpec, zoo: ModuleType, directory: Path, inline_limit: int) -> None:
    """Write one entry's files into the empty folder ``directory``."""
    case = zoo.MODELS[spec.model]
    mlir, arrays, checks = import_with_parameters(_export(case, spec.variant), inline_limit)
    # Dynamic entries run at the largest batch they declare, which the export never saw.
    batch = max(case.dynamic_batches) if spec.variant == "dynamic" else case.batch
    inputs = case.inputs(batch)
    with torch.no_grad():
        outputs = zoo.flat_outputs(case.module()(*inputs))
    if checks:  # the index-check flags: no index out of range
        outputs = [*outputs, torch.zeros(checks, dtype=torch.bool)]
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
        "expected_failure": (known.to_json() if (known := case.known_failure("llvm-cpu")) else None),
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
            elif not same_content(a / file, b / file):
                problems.append(f"{name}/{file}: differs")
    return problems


# Eager PyTorch's float results differ in the last bits between CPUs (seen: 4.8e-7 between an
# AVX-512 and an AVX2 host), so regenerated arrays are compared with a tolerance far below any
# model's; everything else (IR, archives, manifests, integer arrays) byte for byte.
ARRAY_RTOL, ARRAY_ATOL = 1e-5, 1e-6


def same_content(a: Path, b: Path) -> bool:
    if filecmp.cmp(a, b, shallow=False):
        return True
    if a.suffix != ".npy":
        return False
    try:
        x, y = np.load(a, allow_pickle=False), np.load(b, allow_pickle=False)
    except (ValueError, OSError):
        return False
    if x.dtype != y.dtype or x.shape != y.shape:
        return False
    if x.dtype == np.uint16:  # bfloat16 bit patterns (to_numpy): compare the values, to 1 ulp
        import ml_dtypes

        x, y = (v.view(ml_dtypes.bfloat16).astype(np.float32) for v in (x, y))
        return bool(np.allclose(x, y, rtol=2.0**-7, atol=ARRAY_ATOL, equal_nan=True))
    if not np.issubdtype(x.dtype, np.floating):
        return bool(np.array_equal(x, y))
    return bool(np.allclose(x, y, rtol=ARRAY_RTOL, atol=ARRAY_ATOL, equal_nan=True))


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
