"""The win-back list from a fitted model: customers slipping away while there is still time.

On the list: customers whose probability of still being a customer is below a threshold
(default 50 %), and whose last purchase lies within the activity window, so they still
count as customers in the retention rate: the ones the shop is about to lose. One-time
buyers are on it when the model says they may be gone (MBG/NBD and Pareto/NBD do; BG/NBD
keeps every one of them alive at 100 %, so under it they never are). Ranked by value at
risk = (1 - P(alive)) x their net revenue per year of history (first to last purchase plus
one usual interval, counted as at least a year), the revenue a year that probably stops.
Each row carries what a sentence needs: the usual interval between their purchase days
(none for a one-time buyer) and the days since the last one. The list's total value at
risk gets its 90 % interval from the fit's 200 parameter draws (`planner.predict.intervals`).

The fit must be on all the data (calibration end = the last day), so P(alive) is today's.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.metrics.customers import DAYS_PER_MONTH, DAYS_PER_YEAR
from planner.predict.forecast import Forecast
from planner.predict.intervals import sum_bounds
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
    "clv_lo",
    "clv_hi",
)


@dataclass(frozen=True)
class WinBackSummary:
    customers: int  # in the fit
    repeat: int  # with two or more purchase days
    below: int  # repeat customers below the threshold
    already_lost: int  # of those, silent for longer than the activity window
    listed: int
    threshold: float
    listed_one_time: int = 0  # one-time buyers among the listed
    value_at_risk: float | None = None  # sum over the list (None without amounts)
    value_at_risk_90: tuple[float, float] | None = None  # None without amounts or intervals


def model_win_back(
    fit: Forecast, tx: Transactions, window_months: int, threshold: float = DEFAULT_THRESHOLD
) -> tuple[pd.DataFrame, WinBackSummary]:
    s, c = fit.summary, fit.customers
    reference = s.calibration_end + 1  # the day after the last day, as RFM counts recency
    repeat = s.x > 0
    below = c["p_alive"].to_numpy() < threshold
    days_since = reference - s.last_day
    active = days_since <= window_months * DAYS_PER_MONTH
    listed = below & active
    codes = pd.Index(tx.customer_ids.astype(str)).get_indexer(s.customer_id)
    has_value = tx.has_amounts
    revenue = np.bincount(tx.customer, weights=np.nan_to_num(tx.value), minlength=len(tx.customer_ids))[codes]
    interval = np.where(repeat, s.t_x * s.unit_days / np.maximum(s.x, 1), np.nan)
    years = np.maximum((s.last_day - s.first_day + np.nan_to_num(interval)) / DAYS_PER_YEAR, 1.0)
    p_alive = c["p_alive"].to_numpy()
    yearly = revenue / years
    risk_total, risk_90 = None, None
    if has_value:
        risk_total = float(((1 - p_alive) * yearly)[listed].sum())
        risk_90 = _value_at_risk_interval(fit, listed, yearly)
    frame = pd.DataFrame(
        {
            "customer_id": s.customer_id,
            "p_alive": p_alive,
            "p_alive_pct": p_alive * 100,
            "value_at_risk": (1 - p_alive) * yearly if has_value else np.nan,
            "last_purchase": pd.to_datetime(s.last_day, unit="D"),
            "days_since": days_since.astype(np.int64),
            "usual_interval": interval,
            "purchases": (s.x + 1).astype(np.int64),
            "revenue": revenue if has_value else np.nan,
            "expected_purchases": c["expected_purchases"].to_numpy(),
            "clv": c["clv"].to_numpy(),
            "clv_lo": c["clv_lo"].to_numpy(),
            "clv_hi": c["clv_hi"].to_numpy(),
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
        listed_one_time=int((listed & ~repeat).sum()),
        value_at_risk=risk_total,
        value_at_risk_90=risk_90,
    )
    return frame, summary


def _value_at_risk_interval(fit: Forecast, listed: np.ndarray, yearly: np.ndarray) -> tuple[float, float] | None:
    """The listed customers' value at risk under each parameter draw; its 90 % interval."""
    if fit.intervals is None or not listed.any():
        return None
    s = fit.summary
    model = fit.purchase_model
    x, t_x, T = s.x[listed], s.t_x[listed], s.T[listed]
    totals = np.array(
        [((1 - model.p_alive_draws(p, x, t_x, T)) * yearly[listed]).sum() for p in fit.intervals.purchase_draws]
    )
    return sum_bounds(totals)
