"""Sphinx configuration of the torch-iree documentation (built by `nox -s docs`, ci/docs.py).

ci/docs.py copies these sources next to the generated pages (CLI reference, coverage and
benchmark tables and plots) and runs Sphinx on the copy with warnings as errors.
"""

project = "torch-iree"
author = "the torch-iree developers"
copyright = "2026, the torch-iree developers"  # Sphinx's name for it

extensions = ["myst_parser", "sphinx.ext.autodoc", "sphinx.ext.napoleon"]
source_suffix = {".md": "markdown"}
myst_heading_anchors = 3
myst_enable_extensions = ["colon_fence"]

autodoc_member_order = "bysource"
autodoc_typehints = "description"
autodoc_default_options = {"members": True, "undoc-members": False}

html_theme = "furo"
html_title = "torch-iree"
exclude_patterns = ["_build"]
