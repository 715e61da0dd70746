"""The compile cache's entries: bytes + a JSON header, checked on every read (no compiler)."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import pytest

from torch_iree.cache import CompileCache, cache_key, decode_entry, encode_entry

META = {"target": "llvm-cpu", "functions": {"main": {}}}


def test_round_trip() -> None:
    entry = decode_entry(encode_entry(META, b"\x00vmfb\nbytes"))
    assert entry is not None and entry.meta == META and entry.payload == b"\x00vmfb\nbytes"


@pytest.mark.parametrize(
    "damage",
    [
        lambda d: d[:-1],  # torn
        lambda d: d[:-1] + bytes([d[-1] ^ 1]),  # a flipped payload bit
        lambda d: d.replace(b'"format":2', b'"format":1'),  # another format
        lambda d: d.replace(b'"meta":{', b'"meta":[{', 1),  # header not what we wrote
        lambda d: b"",
        lambda d: b"no header line",
        lambda d: b"\xff\xfe\n" + d,
    ],
    ids=["torn", "bit-flip", "format", "bad-header", "empty", "no-newline", "garbage"],
)
def test_damaged_entries_are_rejected(damage) -> None:  # type: ignore[no-untyped-def]
    assert decode_entry(damage(encode_entry(META, b"payload" * 10))) is None


def test_keys_are_length_prefixed() -> None:
    assert cache_key(["ab", "c"]) != cache_key(["a", "bc"])
    assert cache_key(["ab", b"c"]) == cache_key([b"ab", "c"])


def test_get_put_evict(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path, max_bytes=2500)
    for key in ("a", "b", "c"):
        cache.put(key, META, bytes(1000))
        os.utime(cache.path(key), (ord(key), ord(key)))
    assert sorted(p.stem for p in tmp_path.glob("*.entry")) == ["b", "c"]
    assert cache.get("a") is None and cache.get("b").payload == bytes(1000)
    assert (cache.stats.hits, cache.stats.misses, cache.stats.evicted) == (1, 1, 1)
    assert not list(tmp_path.glob(".*.partial"))


def test_damaged_file_is_deleted(tmp_path: Path) -> None:
    cache = CompileCache(tmp_path)
    cache.put("k", META, b"payload")
    cache.path("k").write_bytes(cache.path("k").read_bytes()[:-2])
    assert cache.get("k") is None and not cache.path("k").exists() and cache.stats.corrupt == 1


@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0, reason="root ignores permissions")
def test_unwritable_cache_never_breaks_a_compile(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(stat.S_IRUSR | stat.S_IXUSR)
    cache = CompileCache(folder)
    cache.put("k", META, b"payload")  # logged, not raised
    assert cache.stats.errors == 1 and cache.get("k") is None


def test_cache_in_a_file_instead_of_a_folder(tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    cache = CompileCache(blocker / "cache")
    cache.put("k", META, b"payload")
    assert cache.stats.errors == 1 and cache.get("k") is None


@pytest.mark.parametrize(
    ("setting", "expected_mb"), [("16", 16), ("0.5", 0.5), ("-3", 2048), ("lots", 2048), ("nan", 2048)]
)
def test_max_size_from_environment(
    setting: str, expected_mb: float, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("TORCH_IREE_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("TORCH_IREE_CACHE_MAX_MB", setting)
    cache = CompileCache.from_environment()
    assert cache is not None and cache.root == tmp_path and cache.max_bytes == int(expected_mb * 2**20)


@pytest.mark.parametrize("off", ["0", "false", "OFF", " no "])
def test_cache_off(off: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TORCH_IREE_CACHE", off)
    assert CompileCache.from_environment() is None


def test_default_folder_is_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv("TORCH_IREE_CACHE_DIR", raising=False)
    monkeypatch.delenv("TORCH_IREE_CACHE", raising=False)
    cache = CompileCache.from_environment()
    assert cache is not None and cache.root == Path(
        platformdirs.user_cache_dir("torch-iree", appauthor=False)
    )


def test_partial_files_of_dead_writers_are_counted_and_cleaned(tmp_path: Path) -> None:
    """A writer killed mid-write leaves ``.<key>.entry.*.partial``: it counts against the size
    bound, and goes once it is older than any live write could be."""
    cache = CompileCache(tmp_path, max_bytes=3000)
    stale = tmp_path / ".dead.entry.x1.partial"
    stale.write_bytes(bytes(1500))
    os.utime(stale, (1, 1))
    live = tmp_path / ".busy.entry.x2.partial"
    live.write_bytes(bytes(1500))
    cache.put("a", META, bytes(1000))
    assert not stale.exists() and live.exists() and cache.path("a").exists()
    os.utime(cache.path("a"), (2, 2))
    cache.put("b", META, bytes(1000))  # a, b and the live partial exceed the bound: a goes first
    assert not cache.path("a").exists() and cache.path("b").exists()


def test_claim_serialises_one_key(tmp_path: Path) -> None:
    import threading
    import time

    cache, order = CompileCache(tmp_path), []

    def produce(name: str) -> None:
        with cache.claim("k"):
            order.append(f"{name} in")
            time.sleep(0.2)
            order.append(f"{name} out")

    threads = [threading.Thread(target=produce, args=(n,)) for n in "ab"]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert order in (["a in", "a out", "b in", "b out"], ["b in", "b out", "a in", "a out"])
    with cache.claim("other"), CompileCache(tmp_path).claim("k"):
        pass  # different keys do not wait for each other


def test_an_unusable_cache_warns_once(tmp_path: Path, caplog: pytest.LogCaptureFixture) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    with caplog.at_level("WARNING", logger="torch_iree.cache"):
        for key in ("a", "b", "c"):
            CompileCache(blocker / "cache").put(key, META, b"payload")
    warnings = [r for r in caplog.records if r.levelname == "WARNING"]
    assert len(warnings) == 1 and "going on without it" in warnings[0].getMessage()


def test_a_read_only_cache_still_serves_hits(tmp_path: Path) -> None:
    CompileCache(tmp_path).put("k", META, b"payload")
    os.utime(CompileCache(tmp_path).path("k"), (1, 1))
    tmp_path.chmod(0o555)
    try:
        cache = CompileCache(tmp_path)
        entry = cache.get("k")
        assert entry is not None and entry.payload == b"payload" and cache.stats.errors == 0
        with cache.claim("k"):  # no lock can be made here: the holder goes on without one
            pass
    finally:
        tmp_path.chmod(0o755)
