"""A suggested activity window from the customers' own purchase rhythm.

Rule: take every gap between two consecutive purchase days of the same customer; the
suggested window is the 80th percentile of those gaps, rounded up to whole months
(30.44 days), at least 1 and at most 36 months. In words: "80 % of repeat purchases came
within W months of the previous one", so a customer who has not bought for W months has
most likely lapsed. With fewer than 20 gaps the data says too little and 12 months (the
common default) is suggested.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from planner.metrics.periods import Purchases

DAYS_PER_MONTH = 30.44
MIN_GAPS = 20
DEFAULT_WINDOW = 12


@dataclass(frozen=True)
class WindowSuggestion:
    months: int
    gaps: int  # how many repeat-purchase gaps the suggestion rests on
    p80_days: float | None  # None when the default was used


def suggest_window(data: Purchases) -> WindowSuggestion:
    days = data.day.astype(np.int64)
    order = np.lexsort((days, data.customer))
    cust, d = data.customer[order], days[order]
    if len(d) == 0:
        return WindowSuggestion(DEFAULT_WINDOW, 0, None)
    keep = np.r_[True, (cust[1:] != cust[:-1]) | (d[1:] != d[:-1])]  # one purchase day per customer
    cust, d = cust[keep], d[keep]
    same = cust[1:] == cust[:-1]
    gaps = (d[1:] - d[:-1])[same]
    if len(gaps) < MIN_GAPS:
        return WindowSuggestion(DEFAULT_WINDOW, len(gaps), None)
    p80 = float(np.percentile(gaps, 80))
    months = min(36, max(1, math.ceil(p80 / DAYS_PER_MONTH)))
    return WindowSuggestion(months, len(gaps), p80)
