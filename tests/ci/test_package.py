"""ci/__init__.py's module list: every name in it exists, and every module is in it."""

from __future__ import annotations

import re

import ci
from ci.paths import REPO_ROOT


def test_the_package_docstring_lists_the_modules_that_exist() -> None:
    folder = REPO_ROOT / "ci"
    named = set(re.findall(r"``(\w+)``", ci.__doc__ or ""))
    modules = {p.stem for p in folder.glob("*.py") if p.stem != "__init__"}
    packages = {p.parent.name for p in folder.glob("*/__init__.py")}
    assert named - (modules | packages) == set(), "named in ci/__init__.py but not in ci/"
    assert (modules | packages) - named == set(), "in ci/ but not named in ci/__init__.py"
