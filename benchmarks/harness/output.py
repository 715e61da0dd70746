"""Results as files (JSON, the text report), fixed-width text tables, plots (matplotlib, Agg)."""

from __future__ import annotations

import json
import math
import sys
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

_REPO = str(Path(__file__).resolve().parents[2])
if _REPO not in sys.path:  # run as `python benchmarks/NAME.py`, only benchmarks/ is on sys.path
    sys.path.append(_REPO)
from ci.atomic import atomic_write_text  # noqa: E402


def write_json(path: Path, data: Any) -> None:
    """Write ``data`` as JSON; readers see the old file or the new one, never half of one."""
    atomic_write_text(path, json.dumps(data))


def read_json(path: Path) -> dict[str, Any]:
    """A JSON object written by ``write_json``; {} where there is none."""
    try:
        data = json.loads(path.read_text() or "{}")
    except (OSError, json.JSONDecodeError):
        return {}
    return data if isinstance(data, dict) else {}


def save_results(directory: Path, name: str, text: str, data: Any = None) -> list[Path]:
    """NAME.txt (the printed report) and, given ``data``, NAME.json under ``directory``."""
    directory.mkdir(parents=True, exist_ok=True)
    written = []
    if data is not None:
        written.append(directory / f"{name}.json")
        written[-1].write_text(json.dumps(data, indent=1) + "\n")
    written.append(directory / f"{name}.txt")
    written[-1].write_text(text.lstrip() + "\n")
    return written


@dataclass(frozen=True)
class Column:
    """A fixed-width column: numbers in ``fmt``, strings as given, None/NaN as ``missing``."""

    title: str
    width: int
    fmt: str = ".1f"
    missing: str = "-"
    left: bool = False

    def cell(self, value: Any) -> str:
        if value is None or (isinstance(value, float) and math.isnan(value)):
            text = self.missing
        elif isinstance(value, str):
            text = value
        else:
            text = format(value, self.fmt)
        return text.ljust(self.width) if self.left else text.rjust(self.width)


def table_header(columns: Sequence[Column]) -> str:
    return " ".join(c.title.ljust(c.width) if c.left else c.title.rjust(c.width) for c in columns)


def table_row(columns: Sequence[Column], values: Sequence[Any]) -> str:
    return " ".join(column.cell(value) for column, value in zip(columns, values, strict=True))


def figure(rows: int = 1, cols: int = 1, size: tuple[float, float] = (10, 4)) -> tuple[Any, Any]:
    """A matplotlib figure on the Agg backend and its axes as a rows x cols grid."""
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    return plt.subplots(rows, cols, figsize=size, squeeze=False)


def save_figure(fig: Any, path: Path) -> Path:
    import matplotlib.pyplot as plt

    fig.tight_layout()
    fig.savefig(path, dpi=110)
    plt.close(fig)
    return path


def grouped_bars(
    axis: Any, groups: Sequence[str], series: Mapping[str, Sequence[float]], width: float
) -> None:
    """One bar per series side by side in each group, the group's name under the middle."""
    for i, (label, values) in enumerate(series.items()):
        axis.bar([x + i * width for x in range(len(groups))], values, width, label=label)
    middle = (len(series) - 1) * width / 2
    axis.set_xticks([x + middle for x in range(len(groups))], list(groups))


def stacked_bars(
    axis: Any,
    xs: Sequence[float],
    parts: Sequence[tuple[str, Sequence[float], str | None]],
    width: float,
) -> list[float]:
    """Bars at ``xs`` stacked from ``parts`` (label, values, color or None); the tops."""
    tops = [0.0] * len(xs)
    for label, values, color in parts:
        axis.bar(list(xs), list(values), width, bottom=tops, label=label, color=color)
        tops = [top + value for top, value in zip(tops, values, strict=True)]
    return tops


def label_bars(axis: Any, xs: Sequence[float], ys: Sequence[float], texts: Sequence[str]) -> None:
    """A small label above each bar."""
    for x, y, text in zip(xs, ys, texts, strict=True):
        axis.annotate(text, (x, y), ha="center", va="bottom", fontsize=8)
