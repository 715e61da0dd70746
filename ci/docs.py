"""The documentation site: ``docs/site`` plus generated pages, built by Sphinx (``nox -s docs``).

Sphinx, because the API reference comes from the docstrings (autodoc) and ``-W`` turns every
warning, broken internal links included, into a failure; MyST lets the pages be markdown like
the rest of the repository. Generated, never pasted: the CLI reference (from the parser), the
coverage tables and plots (``docs/opinfo.md``, ``docs/coverage.md``) and the benchmark tables
and plots (``benchmarks/results``); the design page is ``docs/design.md`` as it is::

    python -m ci.docs build [--out build/docs]    # → build/docs/html/index.html

External links are not fetched (the build runs offline); internal ones are checked.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from collections.abc import Sequence
from pathlib import Path

from ci.paths import REPO_ROOT

SITE = REPO_ROOT / "docs" / "site"
RESULTS = REPO_ROOT / "benchmarks" / "results"
REPORTS = {"opinfo": REPO_ROOT / "docs" / "opinfo.md", "models": REPO_ROOT / "docs" / "coverage.md"}
DESIGN = REPO_ROOT / "docs" / "design.md"  # the architecture page, also linked from README.md
HELP_COLUMNS = "96"


def cli_reference() -> str:
    """Every command's ``--help``, from the parser itself."""
    os.environ["COLUMNS"] = HELP_COLUMNS  # argparse wraps to the terminal: fix it for the page
    from torch_iree.cli import build_parser

    parser = build_parser()
    parts = [
        "# Command line",
        "",
        "Generated from `torch-iree`'s argument parser. Exit status: 0 success, 1 a torch-iree "
        "error, 2 a usage error (a missing file, a bad shape string, inputs that do not match).",
        "",
        "```text",
        parser.format_help().rstrip(),
        "```",
    ]
    commands = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for name, sub in commands.choices.items():
        parts += ["", f"## `torch-iree {name}`", "", "```text", sub.format_help().rstrip(), "```"]
    return "\n".join(parts) + "\n"


def report_page(title: str, source: Path, images: Path) -> str:
    """A generated report as a page: its title replaced, its plots copied beside it."""
    text = source.read_text(encoding="utf-8")
    body = text.split("\n", 1)[1] if text.startswith("# ") else text
    png = source.with_suffix(".png")
    if png.is_file():
        shutil.copy2(png, images / png.name)
        body = f"![{title}](images/{png.name})\n\n{body}"
    return f"# {title}\n\n{body}"


def benchmarks_page(images: Path) -> str:
    parts = [
        "# Benchmarks",
        "",
        "Generated from `benchmarks/results/` (`nox -s bench`): each contender measured in its own "
        "process, side by side in one run, on a 2-core machine.",
    ]
    for table in sorted(RESULTS.glob("*.txt")):
        parts += ["", f"## {table.stem.replace('_', ' ')}", ""]
        png = table.with_suffix(".png")
        if png.is_file():
            shutil.copy2(png, images / png.name)
            parts += [f"![{table.stem}](images/{png.name})", ""]
        parts += ["```text", table.read_text(encoding="utf-8").rstrip(), "```"]
    for table in sorted(RESULTS.glob("*.md")):
        text = table.read_text(encoding="utf-8")
        parts += ["", re.sub(r"^# ", "## ", text, count=1).rstrip()]
    return "\n".join(parts) + "\n"


def stage(out: Path) -> Path:
    """The site's sources with the generated pages, in ``out/src`` (replaced whole)."""
    src = out / "src"
    shutil.rmtree(src, ignore_errors=True)
    shutil.copytree(SITE, src)
    images = src / "images"
    images.mkdir()
    (src / "cli.md").write_text(cli_reference(), encoding="utf-8")
    coverage = [
        "# Coverage",
        "",
        "```{toctree}",
        ":maxdepth: 1",
        "",
        "coverage-opinfo",
        "coverage-models",
        "```",
    ]
    (src / "coverage.md").write_text("\n".join(coverage) + "\n", encoding="utf-8")
    (src / "coverage-opinfo.md").write_text(report_page("Op coverage (OpInfo)", REPORTS["opinfo"], images))
    (src / "coverage-models.md").write_text(report_page("Model coverage", REPORTS["models"], images))
    (src / "benchmarks.md").write_text(benchmarks_page(images), encoding="utf-8")
    shutil.copy2(DESIGN, src / "design.md")
    return src


def build(out: Path) -> Path:
    """Stage and build the HTML site; warnings fail the build. Returns the HTML folder."""
    src = stage(out)
    html = out / "html"
    shutil.rmtree(html, ignore_errors=True)
    command = [sys.executable, "-m", "sphinx", "-W", "--keep-going", "-q", "-b", "html", str(src), str(html)]
    subprocess.run(command, check=True)
    return html


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m ci.docs", description=__doc__.splitlines()[0])
    parser.add_argument("command", choices=("build", "stage"))
    parser.add_argument("--out", type=Path, default=REPO_ROOT / "build" / "docs")
    args = parser.parse_args(argv)
    if args.command == "stage":
        print(stage(args.out))
        return 0
    try:
        html = build(args.out)
    except subprocess.CalledProcessError as exc:
        print(
            f"error: sphinx-build failed (exit {exc.returncode}); warnings are errors here", file=sys.stderr
        )
        return 1
    print(html / "index.html")
    return 0


if __name__ == "__main__":
    sys.exit(main())
