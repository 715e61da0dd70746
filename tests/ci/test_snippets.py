"""Reading markdown code blocks and matching printed output (ci/snippets.py); running them is
tests/e2e/test_readme.py's job."""

from __future__ import annotations

from pathlib import Path

import pytest

from ci import snippets

DOC = """# Title

```python
print(1 + 1)
```

```text
2
```

<!-- snippet: skip: runs the whole test suite -->
```bash
nox -s test
```

```sh
echo hi
```
Some prose, then output that does not belong to the block above:

```text
not output
```

```
plain block
```
"""


def test_extract_reads_languages_output_and_skips() -> None:
    found = snippets.extract(DOC, "doc.md")
    assert [(s.language, s.line, s.expected, s.skip) for s in found] == [
        ("python", 4, "2\n", None),
        ("shell", 13, None, "runs the whole test suite"),
        ("shell", 17, None, None),
    ]
    assert found[0].code == "print(1 + 1)\n"


def test_a_block_that_never_closes_is_an_error() -> None:
    with pytest.raises(ValueError, match="doc.md:1: a code block that never closes"):
        snippets.extract("```python\nprint(1)\n", "doc.md")


@pytest.mark.parametrize(
    ("expected", "actual", "matches"),
    [
        ("2\n", "2\n", True),
        ("2", "2   \n\n", True),
        ("2\n", "3\n", False),
        ("torch.Size([8, 4]) True", "torch.Size([8, 4]) True\n", True),
        ("out/out_0.npy  float32[...]", "out/out_0.npy  float32[8, 4]\n", True),
        ("a\n...\nz", "a\nb\nc\nz\n", True),
        ("a\n...\nz", "a\nz\n", True),
        ("a\n...\nz", "a\nb\n", False),
        ("a", "a\nb\n", False),  # more output than shown is a difference
        ("a.b", "aXb\n", False),  # regex characters are literal
    ],
)
def test_output_matching(expected: str, actual: str, matches: bool) -> None:
    assert snippets.output_matches(expected, actual) is matches


def test_a_failing_python_snippet_stops_the_rest_and_says_where(tmp_path: Path) -> None:
    found = snippets.extract(
        "```python\nx = 1\n```\n\n```python\nraise ValueError('boom')\n```\n\n```python\nprint(x)\n```\n"
    )
    outcomes = snippets.run(found, tmp_path)
    assert [bool(o.problem) for o in outcomes] == [False, True]
    assert "README.md:6: failed" in outcomes[1].problem and "ValueError: boom" in outcomes[1].problem


def test_shell_snippets_fail_on_the_first_error_and_python_stderr_counts(tmp_path: Path) -> None:
    doc = "```bash\nfalse\necho never\n```\n\n```python\nimport sys\nprint('noise', file=sys.stderr)\n```\n"
    shell, python = snippets.run(snippets.extract(doc), tmp_path)
    assert shell.error.startswith("exit 1") and "never" not in shell.stdout
    assert "wrote to stderr" in python.problem
