"""The win-back list from a fitted model: customers slipping away while there is still time.

On the list: repeat customers (BG/NBD can only judge a customer who has shown a rhythm; it
counts every one-time buyer as alive) whose probability of still being a customer is below
a threshold (default 50 %), and whose last purchase lies within the activity window, so
they still count as customers in the retention rate: the ones it is about to lose. Ranked
by value at risk = (1 - P(alive)) x their net revenue per year of history (first to last
purchase plus one usual interval, counted as at least a year), the revenue a year that
probably stops. Each row carries what a sentence needs: the usual interval between their
purchase days and the days since the last one.

The fit must be on all the data (calibration end = the last day), so P(alive) is today's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.metrics.customers import DAYS_PER_MONTH, DAYS_PER_YEAR
from planner.predict.forecast import Forecast
from planner.predict.summary import Transactions

DEFAULT_THRESHOLD = 0.5
COLUMNS = (
    "customer_id",
    "p_alive",
    "p_alive_pct",
    "value_at_risk",
    "last_purchase",
    "days_since",
    "usual_interval",
    "purchases",
    "revenue",
    "expected_purchases",
    "clv",
)


@dataclass(frozen=True)
class WinBackSummary:
    customers: int  # in the fit
    repeat: int  # with two or more purchase days
    below: int  # repeat customers below the threshold
    already_lost: int  # of those, silent for longer than the activity window
    listed: int
    threshold: float


def model_win_back(
    fit: Forecast, tx: Transactions, window_months: int, threshold: float = DEFAULT_THRESHOLD
) -> tuple[pd.DataFrame, WinBackSummary]:
    s, c = fit.summary, fit.customers
    reference = s.calibration_end + 1  # the day after the last day, as RFM counts recency
    repeat = s.x > 0
    below = repeat & (c["p_alive"].to_numpy() < threshold)
    days_since = reference - s.last_day
    active = days_since <= window_months * DAYS_PER_MONTH
    listed = below & active
    codes = pd.Index(tx.customer_ids.astype(str)).get_indexer(s.customer_id)
    has_value = tx.has_amounts
    revenue = np.bincount(tx.customer, weights=np.nan_to_num(tx.value), minlength=len(tx.customer_ids))[codes]
    interval = np.where(repeat, s.t_x * s.unit_days / np.maximum(s.x, 1), np.nan)
    years = np.maximum((s.last_day - s.first_day + np.nan_to_num(interval)) / DAYS_PER_YEAR, 1.0)
    p_alive = c["p_alive"].to_numpy()
    frame = pd.DataFrame(
        {
            "customer_id": s.customer_id,
            "p_alive": p_alive,
            "p_alive_pct": p_alive * 100,
            "value_at_risk": (1 - p_alive) * revenue / years if has_value else np.nan,
            "last_purchase": pd.to_datetime(s.last_day, unit="D"),
            "days_since": days_since.astype(np.int64),
            "usual_interval": interval,
            "purchases": (s.x + 1).astype(np.int64),
            "revenue": revenue if has_value else np.nan,
            "expected_purchases": c["expected_purchases"].to_numpy(),
            "clv": c["clv"].to_numpy(),
        }
    )[listed]
    order = ["value_at_risk", "customer_id"] if has_value else ["p_alive", "customer_id"]
    frame = frame.sort_values(order, ascending=[not has_value, True], kind="stable").reset_index(drop=True)
    summary = WinBackSummary(
        customers=len(s),
        repeat=int(repeat.sum()),
        below=int(below.sum()),
        already_lost=int((below & ~active).sum()),
        listed=int(listed.sum()),
        threshold=threshold,
    )
    return frame, summary
