"""The README's code runs as written: every Python and shell block, in a scratch folder outside
the checkout, printing what the README shows (ci/snippets.py says how blocks are read)."""

from __future__ import annotations

from pathlib import Path

from ci import snippets
from ci.paths import REPO_ROOT

README = REPO_ROOT / "README.md"


def test_readme_snippets_run_and_print_what_it_shows(tmp_path: Path) -> None:
    found = snippets.extract(README.read_text(encoding="utf-8"), "README.md")
    assert sum(s.language == "python" and s.skip is None for s in found) >= 2
    assert any(s.language == "shell" and s.skip is None for s in found)
    assert any(s.expected is not None for s in found), "the README shows no output to compare"
    outcomes = snippets.run(found, tmp_path)
    problems = [o.problem for o in outcomes if o.problem]
    assert not problems, "\n".join(problems)
    assert len(outcomes) == sum(s.skip is None for s in found)  # none left out after a failure
    # Nothing was written into the checkout; the snippets' files are in the scratch folder.
    assert not any(
        (REPO_ROOT / name).exists() for name in ("model.mlir", "model.vmfb", "tiny.vmfb", "tiny.py")
    )
    assert {"model.mlir", "model.vmfb", "tiny.vmfb"} <= {p.name for p in tmp_path.iterdir()}
