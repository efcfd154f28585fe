"""Small statistics helpers for the benchmarks (no numpy needed)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable, Sequence
from typing import Any


def percentile(values: Sequence[float], p: float) -> float:
    ordered = sorted(values)
    if not ordered:
        return float("nan")
    k = (len(ordered) - 1) * p / 100
    low = int(k)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (k - low)


def median(values: Sequence[float]) -> float:
    return statistics.median(values) if values else float("nan")


def metric(value: Any, unit: str, budget: Any = None, baseline: Any = None) -> dict[str, Any]:
    """One benchmark result as run.py prints it, with its ratio to the baseline."""
    ratio = round(value / baseline, 2) if isinstance(value, (int, float)) and baseline else None
    return {"value": value, "unit": unit, "budget": budget, "baseline": baseline, "ratio": ratio}


def timed_ms(action: Callable[[], object]) -> float:
    """How long ``action()`` takes, in milliseconds."""
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000
