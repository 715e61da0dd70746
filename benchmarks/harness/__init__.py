"""What the benchmarks here share: each contender in its own process, rounds, peak memory of a
process tree, result files, text tables and plots.

- ``run_child``: ``python SCRIPT --out FILE --child ARGS...`` in a fresh process and session. The
  child writes its result to FILE as JSON (``write_json``; after every step if it likes, so a
  child killed at the time limit still reports how far it got). A timeout kills the child with
  everything it started (iree-compile).
- ``interleaved_rounds``: every contender ``rounds`` times, round by round, so a burst of load
  from other work on the machine slows one round of each contender rather than every run of one.
- ``time_calls``: per-call wall times inside a child, after warm-up calls.
- ``TreeSampler``: a thread that samples, with psutil, the resident memory of a process and its
  descendants, and each descendant's own peak.
- ``peak_rss``/``reset_peak_rss``: this process's own high-water mark (VmHWM), exact and
  resettable on Linux, where psutil offers no peak.
- ``Column``/``table_header``/``table_row``: fixed-width text tables; ``save_results`` writes
  NAME.json and NAME.txt; ``figure``/``save_figure``/``grouped_bars``/``stacked_bars``/
  ``label_bars``: matplotlib plots on the Agg backend (no display needed).

Modules: ``processes`` (children, rounds, timing), ``memory`` (peaks), ``output`` (files, tables,
plots). The benchmark scripts import this package as ``harness`` (their folder is ``sys.path[0]``
when run as ``python benchmarks/NAME.py``), tests as ``benchmarks.harness``: it imports itself
relatively, so both work.
"""

from .memory import TreeSampler, peak_rss, proc_status_bytes, reset_peak_rss, tree_rss
from .output import (
    Column,
    figure,
    grouped_bars,
    label_bars,
    read_json,
    save_figure,
    save_results,
    stacked_bars,
    table_header,
    table_row,
    write_json,
)
from .processes import ChildRun, interleaved_rounds, module_available, quantile, run_child, time_calls

MIB = 1024 * 1024

__all__ = [
    "MIB",
    "ChildRun",
    "Column",
    "TreeSampler",
    "figure",
    "grouped_bars",
    "interleaved_rounds",
    "label_bars",
    "module_available",
    "peak_rss",
    "proc_status_bytes",
    "quantile",
    "read_json",
    "reset_peak_rss",
    "run_child",
    "save_figure",
    "save_results",
    "stacked_bars",
    "table_header",
    "table_row",
    "time_calls",
    "tree_rss",
    "write_json",
]
