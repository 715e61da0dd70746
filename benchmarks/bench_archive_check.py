"""What checking a parameter archive's content costs at load time, on a 1 GiB archive: loading
with the content hashes the program records, against the same program without them (as
programs saved before the check), each in a fresh process; and a second load in the same
process (checked once per file).

    python benchmarks/bench_archive_check.py [--gib 1.0] [--rounds 3]

Results in benchmarks/results/archive_check.{json,txt}. The check reads the file in chunks
rather than mapping it, so it adds no resident memory; the table shows the RSS it leaves.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

import harness

RESULTS = Path(__file__).resolve().parent / "results"
CHILD = """
import json, sys, time, psutil, torch_iree
process = psutil.Process()
compiled = torch_iree.Compiled.read(sys.argv[1])
before = process.memory_info().rss
start = time.perf_counter()
torch_iree.load(compiled, parameters=sys.argv[2])
first = time.perf_counter() - start
rss = process.memory_info().rss - before
start = time.perf_counter()
torch_iree.load(compiled, parameters=sys.argv[2])
second = time.perf_counter() - start
print(json.dumps({"first_s": first, "second_s": second, "rss_mib": rss / 2**20}))
"""


def build(folder: Path, gib: float) -> tuple[Path, Path]:
    """A stack of Linear(4096, 4096) layers of about ``gib`` GiB, exported with external weights;
    the program saved twice: with the archive's content hashes, and without them."""
    import torch

    import torch_iree

    layers = max(1, round(gib * 2**30 / (4096 * 4096 * 4)))
    model = torch.nn.Sequential(*[torch.nn.Linear(4096, 4096, bias=False) for _ in range(layers)]).eval()
    exported = torch_iree.export(model, (torch.randn(1, 4096),), params="external")
    exported.save_parameters(folder / "weights.irpa")
    compiled = exported.compile(cache=False)
    compiled.save(folder / "checked.vmfb")
    unhashed = [replace(e, sha256=None) for e in compiled.parameters.entries]
    replace(compiled, parameters=replace(compiled.parameters, entries=tuple(unhashed))).save(
        folder / "unchecked.vmfb"
    )
    return folder / "checked.vmfb", folder / "unchecked.vmfb"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--gib", type=float, default=1.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args(argv)
    runs: dict[str, list[dict[str, float]]] = {"checked": [], "unchecked": []}
    with tempfile.TemporaryDirectory(prefix="bench-archive-") as tmp:
        programs = dict(zip(runs, build(Path(tmp), args.gib), strict=True))
        archive = Path(tmp) / "weights.irpa"
        size = archive.stat().st_size
        for _ in range(args.rounds):
            for name, program in programs.items():
                proc = subprocess.run(
                    [sys.executable, "-c", CHILD, str(program), str(archive)],
                    capture_output=True,
                    text=True,
                    timeout=900,
                    env={**os.environ, "TORCH_IREE_CACHE": "0"},
                )
                if proc.returncode != 0:
                    raise SystemExit(proc.stderr[-2000:])
                runs[name].append(json.loads(proc.stdout.strip().splitlines()[-1]))
    columns = [
        harness.Column("program", 12, left=True),
        harness.Column("first load s", 13, fmt=".3f"),
        harness.Column("again s", 8, fmt=".4f"),
        harness.Column("RSS MiB", 8),
    ]
    rows, medians = [], {}
    for name, results in runs.items():
        medians[name] = {k: statistics.median(r[k] for r in results) for k in results[0]}
        rows.append(harness.table_row(columns, [name, *medians[name].values()]))
    extra = medians["checked"]["first_s"] - medians["unchecked"]["first_s"]
    text = "\n".join(
        [
            f"loading a program with a {size / 2**30:.2f} GiB parameter archive, median of {args.rounds} fresh processes",
            harness.table_header(columns),
            *rows,
            f"content check: +{extra:.3f} s on the first load ({size / 2**30 / max(extra, 1e-9):.1f} GiB/s), "
            "nothing on later loads of the same file",
        ]
    )
    print(text)
    harness.save_results(RESULTS, "archive_check", text, {"archive_bytes": size, "runs": runs})
    return 0


if __name__ == "__main__":
    sys.exit(main())
