"""Run the code blocks of a markdown file as written, and compare what they print.

Every fenced block whose language is ``python``, ``bash``, ``sh`` or ``shell`` is a snippet.
A fenced ``text`` block right after a snippet is what the snippet must print on stdout
(``...`` stands for any text: inside a line, or on a line of its own for any lines). An HTML
comment on the line before a snippet, ``<!-- snippet: skip: WHY -->``, leaves it out, with the
reason in the report (the set-up commands, which run this very suite, for example).

Python snippets of one file run in order in one namespace, in a child process; shell snippets
run with ``bash -e -o pipefail``; all of them in one scratch folder (never the checkout), with
the interpreter's scripts (``python``, ``torch-iree``) first on PATH. A Python snippet must also
leave stderr empty: the README promises output without noise.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

LANGUAGES = {"python": "python", "bash": "shell", "sh": "shell", "shell": "shell"}
_FENCE = re.compile(r"^```([\w-]*)\s*$")
_SKIP = re.compile(r"^<!--\s*snippet:\s*skip:\s*(.+?)\s*-->\s*$")
SNIPPET_TIMEOUT_S = 600

_CHILD = r"""
import contextlib, io, json, sys, traceback
blocks = json.loads(sys.stdin.read())
namespace = {"__name__": "__main__"}
results = []
for source, line, code in blocks:
    out, err = io.StringIO(), io.StringIO()
    error = ""
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            exec(compile("\n" * (line - 1) + code, source, "exec"), namespace)
    except BaseException:
        error = traceback.format_exc(limit=-3)
    results.append({"stdout": out.getvalue(), "stderr": err.getvalue(), "error": error})
    if error:
        break
sys.__stdout__.write("\x1e" + json.dumps(results))
"""


@dataclass(frozen=True)
class Snippet:
    source: str  # file name, for messages
    line: int  # first line of the code (1-based)
    language: str  # "python" or "shell"
    code: str
    expected: str | None = None  # stdout it must print (from the text block after it)
    skip: str | None = None  # why it does not run


@dataclass(frozen=True)
class Outcome:
    snippet: Snippet
    stdout: str
    stderr: str
    error: str  # empty when it ran without failing

    @property
    def problem(self) -> str:
        """Empty when the snippet did what the document says, else what went wrong."""
        where = f"{self.snippet.source}:{self.snippet.line}"
        if self.error:
            return f"{where}: failed: {self.error.strip()[-1500:]}"
        if self.snippet.expected is not None and not output_matches(self.snippet.expected, self.stdout):
            return f"{where}: printed {self.stdout!r}, the document shows {self.snippet.expected!r}"
        if self.snippet.language == "python" and self.stderr.strip():
            return f"{where}: wrote to stderr: {self.stderr.strip()[-800:]!r}"
        return ""


def extract(markdown: str, source: str = "README.md") -> list[Snippet]:
    """The snippets of a markdown text, in order, with their expected output and skip notes."""
    lines = markdown.splitlines()
    blocks: list[tuple[int, str, str, str | None]] = []  # (first code line, language, code, skip)
    index = 0
    while index < len(lines):
        fence = _FENCE.match(lines[index])
        if not fence:
            index += 1
            continue
        end = next((j for j in range(index + 1, len(lines)) if lines[j].startswith("```")), None)
        if end is None:
            raise ValueError(f"{source}:{index + 1}: a code block that never closes")
        marker = _SKIP.match(lines[index - 1]) if index > 0 else None
        code = "\n".join(lines[index + 1 : end]) + "\n"
        blocks.append((index + 2, fence.group(1).lower(), code, marker.group(1) if marker else None))
        index = end + 1
    snippets = []
    for position, (line, language, code, skip) in enumerate(blocks):
        if language not in LANGUAGES:
            continue
        following = blocks[position + 1] if position + 1 < len(blocks) else None
        expected = (
            following[2]
            if following and following[1] == "text" and _adjacent(lines, line, code, following[0])
            else None
        )
        snippets.append(Snippet(source, line, LANGUAGES[language], code, expected, skip))
    return snippets


def _adjacent(lines: Sequence[str], line: int, code: str, next_line: int) -> bool:
    """Whether the next block starts right after this one (blank lines between are fine)."""
    after = line + code.count("\n")  # the closing fence's line number (1-based)
    return all(not lines[i].strip() for i in range(after, next_line - 2))


def output_matches(expected: str, actual: str) -> bool:
    """``expected`` with ``...`` as a wildcard, ignoring trailing whitespace and blank lines."""
    pattern_lines = []
    for text in _normalise(expected).splitlines():
        if text.strip() == "...":
            pattern_lines.append(r"(?:.*\n)*?")
            continue
        pattern_lines.append(".*?".join(re.escape(part) for part in text.split("...")) + r"\n")
    return (
        re.fullmatch("".join(pattern_lines), _normalise(actual) + ("\n" if actual.strip() else ""))
        is not None
    )


def _normalise(text: str) -> str:
    return "\n".join(line.rstrip() for line in text.strip("\n").splitlines())


def run(snippets: Sequence[Snippet], workdir: Path, python: str = sys.executable) -> list[Outcome]:
    """Run every snippet not skipped, in document order; Python snippets share one namespace."""
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["PATH"] = os.pathsep.join([str(Path(python).parent), env.get("PATH", "")])
    outcomes: list[Outcome] = []
    active = [s for s in snippets if s.skip is None]
    pythons = [s for s in active if s.language == "python"]
    python_results = iter(_run_python(pythons, workdir, python, env)) if pythons else iter(())
    for snippet in active:
        if snippet.language == "python":
            result = next(python_results, None)
            if result is None:  # an earlier Python snippet failed: this one never ran
                continue
            outcomes.append(Outcome(snippet, result["stdout"], result["stderr"], result["error"]))
        else:
            outcomes.append(_run_shell(snippet, workdir, env))
    return outcomes


def _run_python(snippets: Sequence[Snippet], workdir: Path, python: str, env: dict[str, str]) -> list[dict]:
    payload = json.dumps([(s.source, s.line, s.code) for s in snippets])
    proc = subprocess.run(
        [python, "-c", _CHILD], input=payload, capture_output=True, text=True, cwd=workdir, env=env,
        timeout=SNIPPET_TIMEOUT_S, check=False,
    )  # fmt: skip
    if "\x1e" not in proc.stdout:
        error = f"the snippet process died (exit {proc.returncode}): {proc.stderr.strip()[-1500:]}"
        return [{"stdout": "", "stderr": "", "error": error}]
    return json.loads(proc.stdout.rsplit("\x1e", 1)[1])


def _run_shell(snippet: Snippet, workdir: Path, env: dict[str, str]) -> Outcome:
    proc = subprocess.run(
        ["bash", "-e", "-o", "pipefail", "-c", snippet.code], capture_output=True, text=True, cwd=workdir,
        env=env, timeout=SNIPPET_TIMEOUT_S, check=False,
    )  # fmt: skip
    error = "" if proc.returncode == 0 else f"exit {proc.returncode}: {proc.stderr.strip()[-1500:]}"
    return Outcome(snippet, proc.stdout, proc.stderr, error)
