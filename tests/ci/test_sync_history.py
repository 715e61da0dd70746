"""A torch-mlir history of hundreds of commits is searched with a handful of git processes."""

from __future__ import annotations

import time
from pathlib import Path
from types import ModuleType

import pytest

from ci.sync import ExitCode, SyncOptions, sync

pytestmark = pytest.mark.usefixtures("hermetic_git")

LLVM_COMMITS = 800
TORCH_COMMITS = 400
IREE_LLVM = 301  # IREE's LLVM is l301


def pin_of(k: int) -> str:
    """torch-mlir commit k's LLVM pin: l<2k>, except that every fifth commit keeps the previous pin,
    and commits 200..209 pin a side branch of LLVM (never an ancestor of IREE's LLVM)."""
    if 200 <= k < 210:
        return f"s{k - 200}"
    return f"l{2 * (k - 1)}" if k % 5 == 0 and k else f"l{2 * k}"


def test_hundreds_of_commits_are_searched_quickly(tmp_path: Path, synth: ModuleType) -> None:
    started = time.perf_counter()
    llvm_main, llvm_side = synth.build_llvm(tmp_path, main=LLVM_COMMITS, side_from=250, side=10)

    def sha(pin: str) -> str:
        return (llvm_main if pin[0] == "l" else llvm_side)[int(pin[1:])]

    history = synth.History()
    main = []
    for k in range(TORCH_COMMITS):
        files = {synth.CONVERSION: synth.text(synth.BASE_LINES)} if k == 0 else {f"f/{k % 7}": f"{k}\n"}
        merge = None
        if k and k % 50 == 0:
            # A merged feature branch pinning an old, compatible LLVM: not first-parent, so never chosen.
            merge = history.commit(
                f"feature {k}",
                gitlinks={"externals/llvm-project": llvm_main[10]},
                branch=f"f{k}",
                parent=main[-1],
            )
        main.append(
            history.commit(
                f"t{k}", files=files, gitlinks={"externals/llvm-project": sha(pin_of(k))}, merge=merge
            )
        )
    torch_shas = history.build(tmp_path / "torch-mlir.git")
    iree = synth.History()
    iree.commit("iree", gitlinks={"third_party/llvm-project": llvm_main[IREE_LLVM]})
    iree_commit = iree.build(tmp_path / "iree.git")[0]
    synth.build_our_repo(tmp_path / "torch-iree", iree_commit, {}, [])
    built = time.perf_counter()

    options = SyncOptions(
        iree=tmp_path / "iree.git",
        torch_mlir=tmp_path / "torch-mlir.git",
        llvm=tmp_path / "llvm.git",
        repo=tmp_path / "torch-iree",
        dry_run=True,
    )
    result = sync(options)
    elapsed = time.perf_counter() - built

    # Expected by construction: the newest first-parent commit whose pin is l<N> with N <= 301.
    expected = max(k for k in range(TORCH_COMMITS) if pin_of(k)[0] == "l" and int(pin_of(k)[1:]) <= IREE_LLVM)
    assert result.exit_code == ExitCode.UPDATED, result.message
    assert result.choice is not None
    assert result.choice.commit == torch_shas[main[expected]]
    assert result.choice.walked == TORCH_COMMITS
    assert result.choice.newer_commits_skipped == TORCH_COMMITS - 1 - expected
    assert result.choice.llvm_commits_behind == IREE_LLVM - int(pin_of(expected)[1:])
    print(
        f"\n{TORCH_COMMITS} torch-mlir / {LLVM_COMMITS} LLVM commits: built in {built - started:.2f}s, "
        f"sync --dry-run chose t{expected} ({result.choice.newer_commits_skipped} newer skipped) "
        f"in {elapsed:.3f}s"
    )
    # Generous for a loaded 2-core CI machine; it takes about 0.1 s here.
    assert elapsed < 5.0
