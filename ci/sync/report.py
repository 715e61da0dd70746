"""What a sync tells bots and people: a JSON report, a PR title and body, a plan on stdout.

The JSON report (``--report``) is written for every outcome, failures included, so a bot can
always read ``status`` and ``message``. Its keys are stable (``schema`` changes if they do not
stay so). The PR text (``--pr-body``) starts with the title on its first line, then a blank line
and the markdown body: ``head -n1`` is the title, ``tail -n +3`` the body.
"""

from __future__ import annotations

import json
from dataclasses import asdict
from typing import Any

from ci.sync.core import SyncResult, plural
from ci.sync.pins import Relation

REPORT_SCHEMA = 1


def report_dict(result: SyncResult) -> dict[str, Any]:
    options, choice, pins, release = result.options, result.choice, result.iree, result.release
    before = result.lock_before
    return {
        "schema": REPORT_SCHEMA,
        "status": result.status,
        "exit_code": int(result.exit_code),
        "message": result.message,
        "dry_run": options.dry_run,
        "elapsed_s": result.elapsed_s,
        "iree": None
        if release is None
        else {
            "version": release.version,
            "build_version": release.build_version,
            "commit": release.commit,
            "previous_version": before.iree.version if before else None,
            "previous_commit": before.iree.commit if before else None,
            "llvm_commit": pins.llvm_commit if pins else None,
            "torch_mlir_commit": pins.torch_mlir_commit if pins else None,
        },
        "torch_mlir": None
        if choice is None
        else {
            "branch": choice.branch,
            "branch_commit": choice.branch_commit,
            "branch_llvm_commit": choice.branch_llvm_commit,
            "first_parent_commits_read": choice.walked,
            "old_commit": result.old_torch_mlir,
            "new_commit": choice.commit,
            "llvm_commit": choice.llvm_commit,
            "llvm_commits_behind_iree": choice.llvm_commits_behind,
            "newer_commits_skipped": choice.newer_commits_skipped,
            "next_commit": choice.next_commit,
            "next_llvm_commit": choice.next_llvm_commit,
            "next_llvm_relation": choice.next_llvm_relation,
            "old_to_new": _relation(result.old_to_new),
        },
        "iree_torch_mlir_pin": _relation(result.iree_torch_mlir),
        "patches": _patches(result),
        "patched_tree": result.patches.patched_tree if result.patches else None,
        "changes": [asdict(c) for c in result.changes],
    }


def _patches(result: SyncResult) -> list[dict[str, Any]]:
    """Every queued patch, in order; those after a conflict were not tried."""
    outcomes = {o.name: o for o in result.patches.outcomes} if result.patches else {}
    rows = []
    for queued in result.queue:
        outcome = outcomes.get(queued.name)
        rows.append(
            {
                "name": queued.name,
                "status": outcome.status if outcome else "not-tried",
                "detail": outcome.detail if outcome else "",
                "newly_queued": not queued.listed,
            }
        )
    return rows


def report_json(result: SyncResult) -> str:
    return json.dumps(report_dict(result), indent=2) + "\n"


def _relation(relation: Relation | None) -> dict[str, Any] | None:
    return None if relation is None else asdict(relation)


def describe_relation(relation: Relation | None, what: str) -> str:
    """One sentence on how ``what`` (e.g. "IREE's own torch-mlir pin") stands to the choice."""
    if relation is None or relation.kind == "none":
        return f"{what}: none."
    sha = f"`{relation.commit[:12]}`" if relation.commit else ""
    sentence = {
        "same": f"{what} {sha} is the chosen commit.",
        "behind": f"{what} {sha} is {plural(relation.behind, 'commit')} behind the chosen commit.",
        "ahead": f"{what} {sha} is {plural(relation.ahead, 'commit')} ahead of the chosen commit.",
        "diverged": f"{what} {sha} has diverged from the chosen commit "
        f"({relation.ahead} commits only there, {relation.behind} only in the choice).",
        "unknown": f"{what} {sha} is not in the torch-mlir clone (a fork commit?).",
    }[relation.kind]
    if relation.kind != "unknown" and not relation.on_branch:
        sentence += " It is not on the branch."
    return sentence


def pr_title(result: SyncResult) -> str:
    choice, release = result.choice, result.release
    if choice is None or release is None:
        return f"sync-torch-mlir: {result.status}"
    if result.status == "up-to-date":
        return f"torch-mlir {choice.commit[:12]} is up to date for IREE {release.version}"
    if result.status == "needs-person":
        return f"sync-torch-mlir needs a person: IREE {release.version}, torch-mlir {choice.commit[:12]}"
    return (
        f"Bump torch-mlir to {choice.commit[:12]} for IREE {release.version} (LLVM {choice.llvm_commit[:12]})"
    )


def pr_body(result: SyncResult) -> str:
    lines = [pr_title(result), "", _plan_markdown(result), ""]
    lines.append("Generated by `python -m ci.sync` (`nox -s sync-torch-mlir`).")
    return "\n".join(lines) + "\n"


def _plan_markdown(result: SyncResult) -> str:
    choice, pins, release, before = result.choice, result.iree, result.release, result.lock_before
    out = [f"{result.message}", ""]
    if release and before and before.iree.commit != release.commit:
        out.append(
            f"- IREE release: {before.iree.version} (`{before.iree.commit[:12]}`) → "
            f"{release.version} (`{release.commit[:12]}`, build {release.build_version})"
        )
    if choice and pins and release:
        out.append(f"- IREE {release.version} (`{release.commit[:12]}`) pins LLVM `{pins.llvm_commit[:12]}`")
        old, moved = result.old_torch_mlir, ""
        if result.old_to_new and result.old_to_new.kind in ("behind", "ahead", "diverged"):
            moved = f" (+{result.old_to_new.behind} / -{result.old_to_new.ahead} commits)"
        out.append(f"- torch-mlir: `{old[:12] if old else 'none'}` → `{choice.commit[:12]}`{moved}")
        out.append(
            f"- its LLVM pin `{choice.llvm_commit[:12]}` is "
            f"**{plural(choice.llvm_commits_behind, 'commit')} behind** IREE's LLVM"
        )
        if choice.next_commit:
            out.append(
                f"- {plural(choice.newer_commits_skipped, 'newer commit')} on `{choice.branch}` skipped; "
                f"the next one, `{choice.next_commit[:12]}`, pins LLVM "
                f"`{(choice.next_llvm_commit or '')[:12]}` ({_NEXT[choice.next_llvm_relation or '']})"
            )
        else:
            out.append(f"- it is the tip of `{choice.branch}`")
        out.append("- " + describe_relation(result.iree_torch_mlir, "IREE's own torch-mlir pin"))
    if result.patches and result.patches.outcomes:
        out += ["", "| patch | result |", "|---|---|"]
        for row in _patches(result):
            detail = f": {row['detail']}" if row["detail"] else ""
            out.append(f"| `{row['name']}` | {row['status']}{detail} |")
    elif result.queue:
        out.append(f"- patches queued: {', '.join(q.name for q in result.queue)}")
    elif choice:
        out.append("- no patches in the queue")
    if result.changes:
        out += ["", "Changes:", ""]
        for change in result.changes:
            note = f" ({change.note})" if change.note else ""
            if change.kind == "file":
                out.append(f"- `{change.target}`: {change.new}{note}")
            else:
                old, new = _fmt(change.kind, change.old), _fmt(change.kind, change.new)
                out.append(f"- {change.kind} `{change.target}`: `{old}` → `{new}`{note}")
    return "\n".join(out)


_NEXT = {
    "ahead": "newer than IREE's LLVM",
    "side-branch": "not an ancestor of IREE's LLVM: a side branch",
    "missing": "not in the LLVM clone",
    "": "no LLVM pin",
}


def plan_text(result: SyncResult) -> str:
    """The plan as a person reads it on a terminal (the PR body without its title)."""
    return _plan_markdown(result) + "\n"


def _fmt(kind: str, value: Any) -> str:
    if value is None:
        return "unresolved" if kind == "lock" else "none"
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]"
    return str(value)
