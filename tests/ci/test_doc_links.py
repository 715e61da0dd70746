"""Relative links in the repository's top-level documents lead to files of the repository."""

from __future__ import annotations

import re

import pytest

from ci.paths import REPO_ROOT

DOCUMENTS = ("README.md", "docs/design.md")
LINK = re.compile(r"\]\(([^)\s]+)\)")


@pytest.mark.parametrize("document", DOCUMENTS)
def test_relative_links_stay_in_the_repository(document: str) -> None:
    path = REPO_ROOT / document
    links = [t for t in LINK.findall(path.read_text(encoding="utf-8")) if not re.match(r"[a-z]+:", t)]
    for target in links:
        resolved = (path.parent / target.split("#")[0]).resolve()
        assert resolved.is_relative_to(REPO_ROOT), f"{document}: {target} is outside the repository"
        assert resolved.exists(), f"{document}: {target} does not exist"
