"""The documentation site builds with no warnings, renders in a real headless browser, and its
pages' code runs as written.

CI installs Debian's chromium (.ci/install-chromium.sh); elsewhere the browser checks skip when
it is missing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import pytest

from ci import docs, snippets

# Each main page, and what it must show besides title and navigation: code blocks, tables,
# plots, signatures from the docstrings (autodoc).
MAIN_PAGES = {
    "index": (),
    "getting-started": ("<pre",),
    "api": ('class="sig ',),
    "cli": ("<pre",),
    "bots": ("<pre", "<table"),
    "coverage-opinfo": ("<table", "<img"),
    "benchmarks": ("<pre", "<img"),
}
NAV_ENTRIES = ("Getting started", "Python API", "Command line", "For bot operators", "Benchmarks")


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return docs.build(tmp_path_factory.mktemp("docs"))  # -W: a warning fails the build


def _browser() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser") or shutil.which("google-chrome")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("no chromium on a CI machine: .ci/run installs it with .ci/install-chromium.sh")
        pytest.skip("no chromium here (apt-get install chromium)")
    return found


def _chromium(*args: str) -> subprocess.CompletedProcess[str]:
    argv = [_browser(), "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", *args]
    return subprocess.run(argv, capture_output=True, text=True, timeout=120, check=True)


def test_every_page_is_built(site: Path) -> None:
    pages = ("programs", "torch-compile", "transformers", "cache", "deployment", "gpus", "coverage-models")
    for page in (*MAIN_PAGES, *pages):
        assert (site / f"{page}.html").is_file(), page


@pytest.mark.parametrize("page", MAIN_PAGES)
def test_main_pages_render_in_a_browser(site: Path, page: str) -> None:
    dom = _chromium("--virtual-time-budget=3000", "--dump-dom", (site / f"{page}.html").as_uri()).stdout
    title = re.search(r"<title>([^<]*)</title>", dom)
    assert title and title.group(1).endswith("torch-iree"), title
    for entry in NAV_ENTRIES:  # the sidebar navigation, on every page
        assert f">{entry}" in dom, (page, entry)
    for element in MAIN_PAGES[page]:
        assert element in dom, (page, element)
    for src in re.findall(r'<img[^>]*src="([^"]+)"', dom):
        if not src.startswith(("data:", "http")):
            assert (site / src).is_file(), src


def test_the_benchmark_plots_are_drawn(site: Path, tmp_path: Path) -> None:
    from matplotlib import image

    assert (site / "_images" / "call_cost.png").is_file()
    shot = tmp_path / "benchmarks.png"
    _chromium("--window-size=1200,2000", f"--screenshot={shot}", (site / "benchmarks.html").as_uri())
    pixels = image.imread(shot)[..., :3]
    # matplotlib's default blue and orange: a plot that did not load leaves none of them.
    blue = ((abs(pixels[..., 0] - 0.12) < 0.08) & (abs(pixels[..., 2] - 0.71) < 0.08)).sum()
    orange = ((abs(pixels[..., 0] - 1.0) < 0.08) & (abs(pixels[..., 1] - 0.5) < 0.08)).sum()
    assert blue > 200 and orange > 200, (blue, orange)


@pytest.mark.parametrize("page", ["getting-started", "programs", "torch-compile", "transformers"])
def test_page_snippets_run_as_written(page: str, tmp_path: Path) -> None:
    found = snippets.extract((docs.SITE / f"{page}.md").read_text(encoding="utf-8"), f"docs/site/{page}.md")
    assert any(s.skip is None for s in found)
    problems = [o.problem for o in snippets.run(found, tmp_path) if o.problem]
    assert not problems, "\n".join(problems)


def test_a_broken_link_fails_the_build(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    site = tmp_path / "site"
    shutil.copytree(docs.SITE, site)
    (site / "gpus.md").write_text((site / "gpus.md").read_text() + "\nSee [nothing](no-such-page.md).\n")
    monkeypatch.setattr(docs, "SITE", site)
    with pytest.raises(subprocess.CalledProcessError):
        docs.build(tmp_path / "out")
