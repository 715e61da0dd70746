"""Running the sweep: workers that test a list of ops, and the parent that keeps them going.

A worker tests its ops one after another and writes one JSON line per op (after a "start"
line), so the parent always knows which op a worker was on. An op that crashes the process
(iree-compile and the runtime are native code) or runs past ``op_timeout_s`` is recorded as
such, and a new worker carries on with the rest of the list.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from ci.paths import REPO_ROOT


@dataclass(frozen=True)
class SweepOptions:
    dtype: str = "float32"
    samples: int = 3  # per op
    jobs: int = max(1, min(4, os.cpu_count() or 1))
    op_timeout_s: float = 300.0
    raw: bool = True  # also run the raw upstream path
    eager_only: bool = False  # only the eager IREE device (python -m ci.opinfo eager)


def test_op(key: str, options: SweepOptions) -> dict[str, Any]:
    """Every path on the first ``options.samples`` samples of op ``key``."""
    import torch

    from ci.opinfo import cases, paths

    started = time.perf_counter()
    row: dict[str, Any] = {"op": key, "dtype": options.dtype}
    if cases.is_random(key):
        return {**row, "skipped": "random results: nothing to compare with eager"}
    if not cases.supports(key, options.dtype):
        return {**row, "skipped": f"OpInfo lists no {options.dtype} support"}
    try:
        found = cases.samples(key, options.dtype, options.samples)
    except Exception as exc:  # OpInfo's own sample generator failed
        return {**row, "skipped": f"no samples: {type(exc).__name__}: {exc}"[:300]}
    expected, usable = {}, []
    for sample in found:
        try:
            if sample.varies():
                continue  # random after all (dropout in training mode): nothing to compare
            expected[sample.index] = sample.eager()
            usable.append(sample)
        except Exception:  # eager rejects it: not a sample to compile
            continue
    if not usable:
        return {**row, "skipped": "no sample that eager PyTorch runs with a deterministic result"}
    if options.eager_only:
        eager = paths.run_eager(usable, expected)
        row["samples"] = [
            {"index": s.index, "input": cases.describe(s), "eager": eager[s.index].as_json()} for s in usable
        ]
        row["seconds"] = round(time.perf_counter() - started, 2)
        return row
    aten = {f"aten.{cases.op_database()[key].aten_name}"} | _aten_names(usable)
    ours = paths.run_ours(usable, expected, aten)
    raw = paths.run_raw(usable, expected) if options.raw else {}
    row["aten"] = sorted(aten)
    row["samples"] = [
        {
            "index": s.index,
            "input": cases.describe(s),
            "ours": ours[s.index].as_json(),
            **({"raw": raw[s.index].as_json()} if s.index in raw else {}),
        }
        for s in usable
    ]
    row["seconds"] = round(time.perf_counter() - started, 2)
    del torch
    return row


def _aten_names(samples: Sequence[Any]) -> set[str]:
    import torch

    from ci.opinfo.paths import graph_aten_names

    names: set[str] = set()
    for sample in samples:
        try:
            program = torch.export.export(_Wrap(sample.function), sample.tensors)
        except Exception:  # export failures are recorded by the paths
            continue
        names |= graph_aten_names(program) | graph_aten_names(program.run_decompositions())
    return names


class _Wrap:
    def __new__(cls, function: Callable[..., Any]) -> Any:
        import torch

        class Module(torch.nn.Module):
            def forward(self, *tensors: Any) -> Any:
                return function(*tensors)

        return Module()


def worker(ops: Sequence[str], options: SweepOptions, out: Path) -> None:
    """Test ``ops`` in order, appending to ``out`` (a "start" line, then the op's row)."""
    import logging
    import warnings

    warnings.filterwarnings("ignore")
    logging.getLogger("torch_iree").setLevel(logging.CRITICAL)
    with out.open("a", encoding="utf-8") as file:
        for key in ops:
            file.write(json.dumps({"start": key}) + "\n")
            file.flush()
            file.write(json.dumps(test_op(key, options)) + "\n")
            file.flush()


def sweep(
    ops: Sequence[str], options: SweepOptions, log: Callable[[str], None] = print
) -> list[dict[str, Any]]:
    """Test ``ops`` on ``options.jobs`` workers; one row per op, in ``ops`` order."""
    chunks = [list(ops[i :: options.jobs]) for i in range(options.jobs)]
    rows: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory(prefix="opinfo-") as folder:
        runners = [
            _Runner(chunk, options, Path(folder) / f"w{i}.jsonl") for i, chunk in enumerate(chunks) if chunk
        ]
        started = time.monotonic()
        while runners:
            time.sleep(0.5)
            for runner in list(runners):
                for row in runner.poll():
                    rows[row["op"]] = row
                    log(f"[{len(rows)}/{len(ops)} {time.monotonic() - started:.0f} s] {_summary(row)}")
                if runner.finished:
                    runners.remove(runner)
    return [rows[key] for key in ops if key in rows]


def _summary(row: dict[str, Any]) -> str:
    if "skipped" in row:
        return f"{row['op']}: skipped ({row['skipped'][:60]})"
    if "crashed" in row:
        return f"{row['op']}: {row['crashed']}"
    if any("eager" in s for s in row["samples"]):
        eager = "".join("." if s["eager"]["status"] == "pass" else "x" for s in row["samples"])
        return f"{row['op']}: eager {eager}"
    ours = "".join("." if s["ours"]["status"] == "pass" else "x" for s in row["samples"])
    if not any("raw" in s for s in row["samples"]):
        return f"{row['op']}: ours {ours}"
    raw = "".join("." if s.get("raw", {}).get("status") == "pass" else "x" for s in row["samples"])
    return f"{row['op']}: ours {ours} raw {raw}"


class _Runner:
    """One worker process over a list of ops, restarted past an op that kills it."""

    def __init__(self, ops: list[str], options: SweepOptions, out: Path) -> None:
        self.ops, self.options, self.out = ops, options, out
        self.done: set[str] = set()
        self.read = 0
        self.current: str | None = None
        self.current_since = time.monotonic()
        self.process: subprocess.Popen[bytes] | None = None
        self.finished = False
        self._start()

    def _start(self) -> None:
        remaining = [op for op in self.ops if op not in self.done]
        if not remaining:
            self.finished = True
            return
        command = [sys.executable, "-m", "ci.opinfo", "worker", "--dtype", self.options.dtype,
                   "--samples", str(self.options.samples), "--out", str(self.out),
                   "--ops", ",".join(remaining)]  # fmt: skip
        if not self.options.raw:
            command.append("--no-raw")
        if self.options.eager_only:
            command.append("--eager-only")
        env = {**os.environ, "TORCH_IREE_CACHE": "0", "OMP_NUM_THREADS": "1"}
        self.process = subprocess.Popen(
            command, cwd=REPO_ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        self.current, self.current_since = None, time.monotonic()

    def poll(self) -> list[dict[str, Any]]:
        rows = self._new_rows()
        assert self.process is not None
        code = self.process.poll()
        late = self.current and time.monotonic() - self.current_since > self.options.op_timeout_s
        if code is None and not late:
            return rows
        if code is None:
            self.process.kill()
            self.process.wait()
        rows += self._new_rows()
        if self.current is not None:  # the op it was on killed it (or ran too long)
            why = "timed out" if late else f"crashed the process (exit {code})"
            rows.append({"op": self.current, "dtype": self.options.dtype, "crashed": why})
            self.done.add(self.current)
        self._start()
        return rows

    def _new_rows(self) -> list[dict[str, Any]]:
        if not self.out.exists():
            return []
        with self.out.open(encoding="utf-8") as file:
            file.seek(self.read)
            text = file.read()
        complete = text[: text.rfind("\n") + 1]
        self.read += len(complete.encode("utf-8"))
        rows = []
        for line in complete.splitlines():
            record = json.loads(line)
            if "start" in record:
                self.current, self.current_since = record["start"], time.monotonic()
            else:
                rows.append(record)
                self.done.add(record["op"])
                self.current = None
        return rows
