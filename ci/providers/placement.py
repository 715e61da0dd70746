"""Small steps of the source build that are ours, not CMake's: run as ``python -m ci.providers``."""

from __future__ import annotations

import json
from pathlib import Path

from ci.errors import CiError
from ci.providers.errors import ProviderError
from ci.sync.git import Git, GitError
from ci.sync.patches import QueuedPatch, apply_queue

# Same throwaway-safe settings the sync uses for git am (no hooks, no signing, fixed identity).
_AM_CONFIG = (
    "-c", "user.name=torch-iree source build",
    "-c", "user.email=build@torch-iree.invalid",
    "-c", "commit.gpgsign=false",
    "-c", "core.hooksPath=/dev/null",
    "-c", "apply.whitespace=nowarn",
)  # fmt: skip


def place_torch_mlir(torch_mlir: Path, commit: str, patch_dir: Path, patches: list[str]) -> list[str]:
    """Check out ``commit`` (detached) in ``torch_mlir`` and apply the patch queue on it.

    The queue is first tried in ci.sync's scratch clone (``apply_queue``): a conflict stops here
    with the patch's name, a patch already upstream is skipped. Returns the patches applied.
    """
    repo = Git(torch_mlir)
    if not repo.is_repository():
        raise ProviderError(f"{torch_mlir} is not a git checkout of torch-mlir")
    if repo.resolve_commit(commit) is None:
        fetched = repo.run("fetch", "--depth", "1", "origin", commit, check=False)
        if fetched.returncode != 0 or repo.resolve_commit(commit) is None:
            raise ProviderError(
                f"torch-mlir commit {commit} is not in {torch_mlir} and could not be fetched: "
                f"`git -C {torch_mlir} fetch origin {commit}` on a machine with network"
            )
    queue = [QueuedPatch(name, patch_dir / name, True) for name in patches]
    try:
        result = apply_queue(repo, commit, queue)
    except (CiError, GitError) as exc:
        raise ProviderError(f"cannot apply the torch-mlir patch queue: {exc}") from None
    if result.conflict:
        raise ProviderError(
            f"patch {result.conflict.name} does not apply on torch-mlir {commit}: {result.conflict.detail}; "
            "refresh it (see compiler_plugin/patches/README.md) or rerun `nox -s sync-torch-mlir`"
        )
    if repo.run("status", "--porcelain", "--untracked-files=no").stdout.strip():
        raise ProviderError(f"{torch_mlir} has local changes; commit or discard them before a source build")
    repo.run("checkout", "--quiet", "--detach", commit)
    applied = []
    for name in result.kept:
        repo.run(*_AM_CONFIG, "am", "--3way", str((patch_dir / name).resolve()))
        applied.append(name)
    return applied


def link_preset(iree: Path, presets: Path) -> Path:
    """Write IREE's CMakeUserPresets.json so `cmake --preset` there sees our presets.

    CMake reads presets only from the source folder; CMakeUserPresets.json is the per-user file
    (not tracked by IREE), and ``include`` (presets v4+) pulls ours in unchanged.
    """
    target = iree / "CMakeUserPresets.json"
    data = {"version": 6, "include": [str(presets.resolve())]}
    if target.exists():
        try:
            current = json.loads(target.read_text())
        except ValueError:
            current = None
        if current != data:
            raise ProviderError(
                f"{target} exists with other content; move it away (torch-iree writes its own there)"
            )
        return target
    target.write_text(json.dumps(data, indent=2) + "\n")
    return target
