"""The strata of pre-start behaviour that matched others are weighted over (DESIGN section 7,
"Matched others"): purchase days in [s - 12 months, s) in {0, 1, 2, 3-4, 5-8, 9+} crossed with
days from the last purchase before s to s in {1-30, 31-90, 91-180, 181-365, 366+, none}.

Self-selected participants (loyal customers join more) differ from the others in exactly this:
how often and how lately they bought. Weighting the others to the participants' mix compares
like with like; what the strata cannot see (a group gap with the same history) they cannot fix.
"""

from __future__ import annotations

import numpy as np

from planner.effect.horizon import Activity, day_keys, days_since_last, purchase_days_in, shift_months

DAY_EDGES = np.array([1, 2, 3, 5, 9])  # purchase days: 0 | 1 | 2 | 3-4 | 5-8 | 9+
RECENCY_EDGES = np.array([31, 91, 181, 366])  # days: 1-30 | 31-90 | 91-180 | 181-365 | 366+ (| none)
DAY_LABELS = ("0", "1", "2", "3-4", "5-8", "9+")
RECENCY_LABELS = ("1-30", "31-90", "91-180", "181-365", "366+", "none")
LEVELS = len(DAY_LABELS) * len(RECENCY_LABELS)


def stratum_of(purchase_days: np.ndarray, days_since: np.ndarray) -> np.ndarray:
    """Stratum number 0..35 = purchase-day class x 6 + recency class (none = -1 days -> 5)."""
    day_class = np.searchsorted(DAY_EDGES, purchase_days, side="right")
    recency = np.where(
        days_since < 0, len(RECENCY_LABELS) - 1, np.searchsorted(RECENCY_EDGES, days_since, side="right")
    )
    return (day_class * len(RECENCY_LABELS) + recency).astype(np.int64)


def strata(activity: Activity, codes: np.ndarray, instants: np.ndarray) -> np.ndarray:
    """Each customer's stratum at its own instant (the measure's start, or its join date)."""
    t = np.broadcast_to(np.asarray(instants, dtype="datetime64[D]"), codes.shape)
    if len(codes) == 0:
        return np.zeros(0, dtype=np.int64)
    keys = day_keys(activity)
    unique, inverse = np.unique(t, return_inverse=True)
    year_back = shift_months(unique, -12)[inverse]
    return stratum_of(purchase_days_in(keys, codes, year_back, t), days_since_last(keys, codes, t))


def stratum_label(k: int) -> str:
    return f"{DAY_LABELS[k // len(RECENCY_LABELS)]} days / {RECENCY_LABELS[k % len(RECENCY_LABELS)]}"
