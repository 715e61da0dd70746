"""Well-known locations in the repository, resolved from this file so any cwd works."""

from __future__ import annotations

from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
LOCK_PATH = REPO_ROOT / "third_party" / "stack.lock"
FRONTEND_DIR = REPO_ROOT / "python_frontend"
FRONTEND_PYPROJECT = FRONTEND_DIR / "pyproject.toml"
DIST_DIR = REPO_ROOT / "dist"
WHEELHOUSE_DIR = DIST_DIR / "wheelhouse"
