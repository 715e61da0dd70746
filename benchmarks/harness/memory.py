"""Peak memory: this process's own high-water mark, and a process tree sampled with psutil."""

from __future__ import annotations

import threading

import psutil


def proc_status_bytes(field: str, pid: int | str = "self") -> int:
    """One ``VmXXX``/``RssXXX`` line of /proc/PID/status in bytes; 0 where there is none (the
    process is gone, or this is not Linux)."""
    try:
        with open(f"/proc/{pid}/status") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def peak_rss() -> int:
    """This process's high-water mark of resident memory (VmHWM), in bytes."""
    return proc_status_bytes("VmHWM")


def reset_peak_rss() -> bool:
    """Reset this process's high-water mark to its current RSS (Linux >= 4.0); False where not
    allowed, and then ``peak_rss`` is the peak since the process started."""
    try:
        with open("/proc/self/clear_refs", "w") as clear_refs:
            clear_refs.write("5")
        return True
    except OSError:
        return False


def tree_rss(root: psutil.Process) -> tuple[int, int]:
    """(RSS of ``root`` plus its descendants, the largest descendant's own peak), in bytes.

    A fork that has not exec'd yet shares (vfork) or mirrors (fork) its parent's pages: it is
    left out, or those pages would count twice. A descendant's peak is its VmHWM where readable,
    else its current RSS.
    """
    try:
        total = root.memory_info().rss
        kids = root.children(recursive=True)
    except psutil.Error:
        return 0, 0
    largest = 0
    for kid in kids:
        try:
            parent = kid.parent()
            if parent is not None and kid.cmdline() == parent.cmdline() and kid.exe() == parent.exe():
                continue
            rss = kid.memory_info().rss
        except psutil.Error:
            continue
        total += rss
        largest = max(largest, rss, proc_status_bytes("VmHWM", kid.pid))
    return total, largest


class TreeSampler(threading.Thread):
    """Every ``interval`` s, the resident memory of a process (default: this one) plus its
    descendants, which run at once, so neither's own peak is the machine's; and each
    descendant's own peak. A sample misses at most the last ``interval`` of a short-lived peak;
    sampling this process from inside can miss a spike while its main thread holds the GIL
    (its own ``peak_rss`` is exact)."""

    def __init__(self, pid: int | None = None, interval: float = 0.02) -> None:
        super().__init__(daemon=True)
        self.root = psutil.Process(pid)
        self.interval = interval
        self._peak = 0
        self._child_peak = 0
        self._lock = threading.Lock()
        self._done = threading.Event()

    def run(self) -> None:
        while not self._done.is_set():
            self.sample()
            self._done.wait(self.interval)

    def sample(self) -> None:
        total, child_peak = tree_rss(self.root)
        with self._lock:
            self._peak = max(self._peak, total)
            self._child_peak = max(self._child_peak, child_peak)

    def take_peaks(self) -> tuple[int, int]:
        """(tree peak, largest descendant's peak) in bytes since the last call; starts the next
        period from the root's current RSS."""
        with self._lock:
            peaks = (self._peak, self._child_peak)
            try:
                self._peak = self.root.memory_info().rss
            except psutil.Error:
                self._peak = 0
            self._child_peak = 0
        return peaks

    def stop(self) -> tuple[int, int]:
        """Stop sampling; the peaks since the last ``take_peaks``, with a last sample."""
        self._done.set()
        if self.is_alive():
            self.join()
        self.sample()
        with self._lock:
            return self._peak, self._child_peak

    def __enter__(self) -> TreeSampler:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()
