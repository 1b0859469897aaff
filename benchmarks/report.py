"""Timing and table helpers shared by the benchmarks."""

from __future__ import annotations

import os
import platform
import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def median_ms(
    fn: Callable[[int], Any],
    repeats: int,
    warmup: int = 3,
    clock: Callable[[], float] = time.perf_counter,
) -> float:
    """Median time of ``fn(i)`` in milliseconds over ``repeats`` calls, after a warm-up.

    ``clock=time.process_time`` counts the CPU time of the whole process (all its threads),
    which other programs on a shared machine disturb far less than wall time.
    """
    for i in range(warmup):
        fn(i)
    times = []
    for i in range(repeats):
        started = clock()
        fn(warmup + i)
        times.append(clock() - started)
    return statistics.median(times) * 1000


def ratio(a: float, b: float) -> str:
    """``a / b`` as ``12.3×`` (how many times ``b`` fits in ``a``)."""
    if not b:
        return "—"
    r = a / b
    return f"{r:.1f}×" if r < 100 else f"{r:.0f}×"


def fmt(value: Any) -> str:
    if isinstance(value, float):
        if value >= 100:
            return f"{value:.0f}"
        if value >= 10:
            return f"{value:.1f}"
        return f"{value:.2f}"
    return str(value)


def table(title: str, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> str:
    """A Markdown table (it reads in a terminal and pastes into the README)."""
    cells = [[fmt(c) for c in row] for row in rows]
    widths = [max(len(h), *(len(r[i]) for r in cells)) for i, h in enumerate(header)]
    lines = [f"### {title}", ""]
    lines.append("| " + " | ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)) + " |")
    lines.append("|" + "|".join("-" * (w + 2) for w in widths) + "|")
    for row in cells:
        lines.append("| " + " | ".join(c.rjust(w) for c, w in zip(row, widths, strict=True)) + " |")
    return "\n".join(lines) + "\n"


def machine() -> str:
    """One line naming the machine, for the record."""
    cpu = platform.processor() or platform.machine()
    try:
        with open("/proc/cpuinfo", encoding="utf-8") as f:
            for line in f:
                if line.startswith("model name"):
                    cpu = line.split(":", 1)[1].strip()
                    break
    except OSError:
        pass
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return (
        f"{cpu}, {os.cpu_count()} cores, Python {platform.python_version()}, "
        f"load average {load:.2f} at start"
    )
