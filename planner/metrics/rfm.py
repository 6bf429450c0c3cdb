"""RFM scores and segments (DESIGN section 6).

Reference date: the day after the last purchase in the data (or a chosen date).
Recency = days from the customer's last purchase to the reference date; frequency =
number of purchases; monetary = the customer's net revenue (returns included).
Each is scored 1-5 by quintiles of its rank, ties broken by order of appearance in the
data; the recency score is reversed (5 = bought most recently).

Segments come from the (R, F) scores in the common grid below (R = row, F = column);
the UI shows this grid so the names can be checked.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.metrics.periods import Purchases

SEGMENTS = (
    "Champions",
    "Loyal",
    "Potential loyalists",
    "New",
    "Promising",
    "Need attention",
    "About to sleep",
    "At risk",
    "Can't lose them",
    "Hibernating",
    "Lost",
)

# GRID[r - 1][f - 1] = segment for recency score r and frequency score f
GRID: tuple[tuple[str, ...], ...] = (
    ("Lost", "Hibernating", "At risk", "At risk", "Can't lose them"),  # R = 1
    ("Hibernating", "Hibernating", "At risk", "At risk", "At risk"),  # R = 2
    ("About to sleep", "About to sleep", "Need attention", "Loyal", "Loyal"),  # R = 3
    ("Promising", "Potential loyalists", "Potential loyalists", "Loyal", "Loyal"),  # R = 4
    ("New", "Potential loyalists", "Potential loyalists", "Champions", "Champions"),  # R = 5
)


def segment_for(r: int, f: int) -> str:
    return GRID[r - 1][f - 1]


def quintile_scores(values: np.ndarray) -> np.ndarray:
    """1-5 by quintiles of rank; equal values are ranked in their order of appearance."""
    if len(values) == 0:
        return np.zeros(0, dtype=np.int64)
    ranks = pd.Series(values).rank(method="first").to_numpy()
    if len(values) < 5:
        # qcut cannot make five bins of fewer values: spread the ranks evenly instead
        return np.ceil(ranks * 5 / len(values)).astype(np.int64)
    return pd.qcut(ranks, 5, labels=False).astype(np.int64) + 1


def compute_rfm(data: Purchases, reference_date: str | pd.Timestamp | None = None) -> pd.DataFrame:
    """One row per customer with a purchase, in order of first appearance in the data."""
    buyers = np.unique(data.customer)  # codes are in order of first appearance
    if len(buyers) == 0:
        return pd.DataFrame(
            columns=[
                "customer_id",
                "recency",
                "frequency",
                "monetary",
                "r",
                "f",
                "m",
                "score",
                "segment",
                "last_purchase",
            ]
        )
    n = data.n_customers
    last_day = np.full(n, np.datetime64("NaT"), dtype="datetime64[D]")
    order = np.argsort(data.day, kind="stable")
    last_day[data.customer[order]] = data.day[order]  # later days overwrite earlier ones
    reference = (
        np.datetime64(pd.Timestamp(reference_date).date(), "D")
        if reference_date is not None
        else data.day.max() + np.timedelta64(1, "D")
    )
    recency = (reference - last_day[buyers]).astype(np.int64)
    frequency = np.bincount(data.customer, minlength=n)[buyers]
    r = 6 - quintile_scores(recency)
    f = quintile_scores(frequency)
    if data.has_amounts:
        monetary = np.bincount(data.row_customer, weights=data.row_amount, minlength=n)[buyers]
        m = pd.array(quintile_scores(monetary), dtype="Int64")
    else:  # no amounts: monetary unknown, the score has no M ("53-")
        monetary = np.full(len(buyers), np.nan)
        m = pd.array([pd.NA] * len(buyers), dtype="Int64")
    return pd.DataFrame(
        {
            "customer_id": data.customer_ids[buyers].astype(str),
            "recency": recency,
            "frequency": frequency,
            "monetary": monetary,
            "r": r,
            "f": f,
            "m": m,
            "score": [f"{a}{b}{'-' if c is pd.NA else c}" for a, b, c in zip(r, f, m)],
            "segment": [segment_for(a, b) for a, b in zip(r, f)],
            "last_purchase": last_day[buyers].astype(str),
        }
    )


def segment_summary(rfm: pd.DataFrame) -> pd.DataFrame:
    """Customers and revenue share per segment, in the order of SEGMENTS."""
    total_customers = max(len(rfm), 1)
    total_revenue = rfm["monetary"].clip(lower=0).sum() or 1.0
    grouped = rfm.groupby("segment").agg(customers=("customer_id", "size"), revenue=("monetary", "sum"))
    grouped = grouped.reindex(SEGMENTS, fill_value=0)
    grouped["customer_share"] = grouped["customers"] / total_customers * 100
    grouped["revenue_share"] = grouped["revenue"].clip(lower=0) / total_revenue * 100
    if rfm["monetary"].isna().any():  # no amounts: no revenue, not zero revenue
        grouped[["revenue", "revenue_share"]] = np.nan
    return grouped.reset_index(names="segment")
