"""The persistent compile cache: cross-process hits, concurrent writers, corruption, LRU."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
import torch

import torch_iree
from torch_iree.cache import CompileCache

# A child process that compiles one small model and reports how the cache served it.
CHILD = textwrap.dedent(
    """
    import json, sys, time, torch, torch_iree
    from torch_iree.cache import CompileCache
    torch.manual_seed(0)
    model = torch.nn.Sequential(torch.nn.Linear(8, 16), torch.nn.Tanh(), torch.nn.Linear(16, int(sys.argv[1])))
    x = torch.randn(2, 8)
    cache = CompileCache.from_environment()
    start = time.perf_counter()
    run = torch_iree.compile(model, (x,), cache=cache)
    seconds = time.perf_counter() - start
    ok = bool(torch.allclose(run(x), model(x), atol=1e-5))
    stats = cache.stats
    print(json.dumps({"hits": stats.hits, "misses": stats.misses, "corrupt": stats.corrupt, "ok": ok, "s": seconds}))
    """
)


def _child(cache_dir: Path, outputs: int = 4) -> subprocess.Popen:
    env = {**os.environ, "TORCH_IREE_CACHE_DIR": str(cache_dir), "OMP_NUM_THREADS": "1"}
    return subprocess.Popen(
        [sys.executable, "-c", CHILD, str(outputs)], env=env, stdout=subprocess.PIPE, text=True
    )


def _result(proc: subprocess.Popen) -> dict:
    out, _ = proc.communicate(timeout=300)
    assert proc.returncode == 0
    return json.loads(out.strip().splitlines()[-1])


def test_second_process_loads_from_cache(tmp_path: Path) -> None:
    first = _result(_child(tmp_path))
    second = _result(_child(tmp_path))
    assert (first["hits"], first["misses"]) == (0, 1) and first["ok"]
    assert (second["hits"], second["misses"]) == (1, 0) and second["ok"]
    assert len(list(tmp_path.glob("*.entry"))) == 1


def test_concurrent_compiles_leave_whole_entries(tmp_path: Path) -> None:
    procs = [_child(tmp_path, outputs=3 + i % 2) for i in range(4)]  # two keys, two writers each
    results = [_result(p) for p in procs]
    assert all(r["ok"] and r["corrupt"] == 0 for r in results)
    # One process compiles each key; the other waits for it and loads the entry.
    assert sum(r["hits"] for r in results) == 2
    entries = sorted(tmp_path.glob("*.entry"))
    assert len(entries) == 2 and not list(tmp_path.glob(".*.partial"))
    cache = CompileCache(tmp_path)
    assert all(cache.get(e.name.removesuffix(".entry")) is not None for e in entries)


def test_corrupted_entry_is_discarded_and_rebuilt(tmp_path: Path) -> None:
    _result(_child(tmp_path))
    (entry,) = tmp_path.glob("*.entry")
    data = bytearray(entry.read_bytes())
    data[-100] ^= 0xFF  # flip bits inside the vmfb payload
    entry.write_bytes(bytes(data))
    rebuilt = _result(_child(tmp_path))
    assert rebuilt["corrupt"] == 1 and rebuilt["ok"]
    assert CompileCache(tmp_path).get(entry.stem) is not None  # the rebuilt entry is good again


def test_truncated_entry_is_a_miss(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path)
    compiled = torch_iree.export(torch.nn.Linear(2, 2), (torch.randn(1, 2),)).compile(cache=False)
    cache.put("k", compiled.metadata(), compiled.vmfb)
    path = cache.path("k")
    path.write_bytes(path.read_bytes()[:-10])
    assert cache.get("k") is None and not path.exists() and cache.stats.corrupt == 1


def test_lru_eviction_bounds_the_size(tmp_path: Path) -> None:
    compiled = torch_iree.export(torch.nn.Linear(2, 2), (torch.randn(1, 2),)).compile(cache=False)
    size = len(compiled.vmfb)
    cache = CompileCache(tmp_path, max_bytes=int(size * 2.5) + 4096)
    for key in ("a", "b"):
        cache.put(key, compiled.metadata(), compiled.vmfb)
    os.utime(cache.path("a"), (1, 1))  # make "a" the least recently used
    os.utime(cache.path("b"), (2, 2))
    assert cache.get("a") is not None  # ... until a hit refreshes it
    cache.put("c", compiled.metadata(), compiled.vmfb)
    assert sorted(p.stem for p in tmp_path.glob("*.entry")) == ["a", "c"]
    assert cache.stats.evicted == 1


def test_cache_can_be_disabled(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("TORCH_IREE_CACHE", "0")
    assert CompileCache.from_environment() is None
    torch_iree.compile(torch.nn.Linear(2, 2), (torch.randn(1, 2),))
    assert not list(tmp_path.glob("*.entry"))


def test_each_host_cpu_gets_its_own_entry(tmp_path: Path) -> None:
    """ "llvm-cpu" compiles for the CPU the compiler resolves "host" to, and the key records it:
    a cache shared between two machines never serves one's code to the other."""
    from torch_iree.compiling import Compiler, HostCpu

    exported = torch_iree.export(torch.nn.Linear(4, 4), (torch.randn(2, 4),))
    cache = CompileCache(tmp_path)
    # Two CPUs this host can run code for: the baseline of its architecture, and its own.
    here = Compiler().host_cpu
    for cpu in (HostCpu("generic", ""), here):
        compiled = exported.compile("llvm-cpu", cache=cache, compiler=Compiler(host_cpu=cpu))
        assert f"--iree-llvmcpu-target-cpu={cpu.name}" in compiled.flags
        assert "--iree-llvmcpu-target-cpu=host" not in compiled.flags
    assert (cache.stats.hits, cache.stats.misses) == (0, 2)
    assert len(list(tmp_path.glob("*.entry"))) == 2
    again = exported.compile("llvm-cpu", cache=cache, compiler=Compiler(host_cpu=here))
    assert cache.stats.hits == 1 and again.flags == compiled.flags


def test_host_cpu_is_remembered_in_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A new process learns what "host" is from the cache, not from a compiler run."""
    from torch_iree import compiling

    if compiling.cpu_fingerprint() is None:
        pytest.skip("no /proc/cpuinfo: the compiler is asked every time")
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path))
    first = compiling.Compiler().host_cpu
    assert first.name not in ("", "host") and len(list(tmp_path.glob("host-cpu/*.entry"))) == 1
    assert not list(tmp_path.glob("*.entry"))  # not among the programs

    def no_compiler() -> compiling.HostCpu:
        raise AssertionError("the compiler was asked again")

    monkeypatch.setattr(compiling, "detect_host_cpu", no_compiler)
    assert compiling.Compiler().host_cpu == first
