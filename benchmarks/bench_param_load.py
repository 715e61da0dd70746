"""Memory of loading a program's external weights: the archive is mapped, not read.

For W = 256 MiB and 1 GiB (a stack of bias-free Linear(2048, 2048) layers), one process
exports the model with ``params="external"``, writes the ``.irpa`` archive and the compiled
program; then, each in its own process, the resident memory is read from /proc (anonymous and
file-backed apart) before loading, after loading, and after the first call:

- ``torch_iree``: ``Compiled.read(...).load("cpu", parameters=archive)``;
- ``torch.load``: the same weights as a state dict, read into memory (what eager deployment
  does by default);
- ``torch.load(mmap=True)``: the state dict mapped.

Mapped weights show as file-backed pages only when touched (the first call), and the kernel
can drop them under pressure or share them between processes; read weights are anonymous.

    python benchmarks/bench_param_load.py [--sizes 256,1024]

Results: benchmarks/results/param_load.{json,txt}.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import Any

import harness

RESULTS = Path(__file__).parent / "results"
CONTENDERS = ("torch_iree", "torch_load", "torch_load_mmap")
WIDTH = 2048  # a layer is WIDTH * WIDTH float32 = 16 MiB


def _status_mib() -> dict[str, float]:
    fields = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        key, _, value = line.partition(":")
        if key in ("RssAnon", "RssFile"):
            fields[key] = int(value.split()[0]) / 1024
    return fields


def _model(mib: int) -> Any:
    import torch

    torch.manual_seed(0)
    layers = [torch.nn.Linear(WIDTH, WIDTH, bias=False) for _ in range(mib // 16)]
    return torch.nn.Sequential(*layers).eval()


def _make(folder: Path, mib: int) -> dict[str, Any]:
    import torch

    import torch_iree

    model = _model(mib)
    x = torch.randn(1, WIDTH)
    exported = torch_iree.export(model, (x,), params="external")
    exported.save_parameters(folder / "weights.irpa")
    exported.compile("llvm-cpu").save(folder / "program.vmfb")
    torch.save(model.state_dict(), folder / "weights.pt")
    torch.save((x, model(x).detach()), folder / "io.pt")
    return {"made": True}


def _load(folder: Path, contender: str, mib: int) -> dict[str, Any]:
    import torch

    import torch_iree

    x, expected = torch.load(folder / "io.pt")
    if contender == "torch_iree":
        compiled = torch_iree.Compiled.read(folder / "program.vmfb")
        before = _status_mib()
        loaded = compiled.load("cpu", parameters=folder / "weights.irpa")
        after_load = _status_mib()
        got = loaded(x)
    else:
        model = _model(16)  # a small stand-in to fill: the weights come from the file
        before = _status_mib()
        state = torch.load(folder / "weights.pt", mmap=contender == "torch_load_mmap")
        after_load = _status_mib()
        model = torch.nn.Sequential(*[torch.nn.Linear(WIDTH, WIDTH, bias=False) for _ in range(mib // 16)])
        model.load_state_dict(state, assign=True)
        with torch.no_grad():
            got = model(x)
    after_call = _status_mib()
    torch.testing.assert_close(got, expected, rtol=1e-3, atol=1e-3)
    return {"before": before, "after_load": after_load, "after_call": after_call}


def child(argv: list[str]) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--out", required=True)
    parser.add_argument("--child", nargs="+", required=True)
    args = parser.parse_args(argv)
    kind, folder, mib, *rest = args.child
    result = _make(Path(folder), int(mib)) if kind == "make" else _load(Path(folder), rest[0], int(mib))
    harness.write_json(Path(args.out), result)


def measure(sizes: list[int]) -> dict[str, Any]:
    data: dict[str, Any] = {}
    for mib in sizes:
        with tempfile.TemporaryDirectory(prefix="param-load-") as folder:
            env = {"TORCH_IREE_CACHE_DIR": str(Path(folder) / "cache")}
            print(f"W = {mib} MiB: exporting ...", file=sys.stderr)
            made = harness.run_child(__file__, ["make", folder, str(mib)], env=env, capture=True)
            if made.error:
                raise SystemExit(f"export failed: {made.error}")
            data[str(mib)] = {}
            for contender in CONTENDERS:
                print(f"W = {mib} MiB: {contender} ...", file=sys.stderr)
                run = harness.run_child(
                    __file__, ["load", folder, str(mib), contender], env=env, capture=True
                )
                data[str(mib)][contender] = run.result or {"error": run.error}
    return data


def report(data: dict[str, Any]) -> str:
    columns = [
        harness.Column("W MiB", 6),
        harness.Column("contender", 16, left=True),
        harness.Column("load anon", 10, ".0f"),
        harness.Column("load file", 10, ".0f"),
        harness.Column("load /W", 8, ".3f"),
        harness.Column("call anon", 10, ".0f"),
        harness.Column("call file", 10, ".0f"),
    ]
    lines = [
        "resident memory added (MiB; anonymous and file-backed apart) by loading the weights, and",
        "by the first call after it; '/W': all memory added by the load, over the weights' size",
        "",
        harness.table_header(columns),
    ]
    for mib, rows in data.items():
        for contender, row in rows.items():
            if "error" in row:
                lines.append(f"{mib:>6} {contender:<16} failed: {row['error']}")
                continue
            before, loaded, called = row["before"], row["after_load"], row["after_call"]
            load_anon = loaded["RssAnon"] - before["RssAnon"]
            load_file = loaded["RssFile"] - before["RssFile"]
            values = [
                int(mib), contender, load_anon, load_file, (load_anon + load_file) / int(mib),
                called["RssAnon"] - loaded["RssAnon"], called["RssFile"] - loaded["RssFile"],
            ]  # fmt: skip
            lines.append(harness.table_row(columns, values))
    return "\n".join(lines)


def main() -> None:
    if "--child" in sys.argv:
        child(sys.argv[1:])
        return
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="256,1024", help="W in MiB, comma-separated (multiples of 16)")
    parser.add_argument("--out-dir", type=Path, default=RESULTS)
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",") if s]
    if any(s <= 0 or s % 16 for s in sizes):
        parser.error("--sizes: positive multiples of 16 (MiB)")
    data = measure(sizes)
    text = report(data)
    print(text)
    harness.save_results(args.out_dir, "param_load", text, data)


if __name__ == "__main__":
    main()
