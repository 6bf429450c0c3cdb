"""Customer lists: the win-back list (customers who have really lapsed).

A list nobody can call is useless: "later than their usual interval" flagged 64 % of the
active customers, topped by a Champion who bought 10 days ago. Without a fitted model the
rule asks for a real lapse (`LapseRule`):

- a repeat customer (two or more purchase days; one purchase shows no rhythm),
- silent for longer than the 90th percentile of their own gaps between purchase days
  (linear interpolation; with one gap, that gap),
- and longer than a minimum absolute gap tied to the activity window: a quarter of it
  (W x 30.44 / 4 days, 92 days for 12 months), never less than 14 days, so nobody who
  bought in the last two weeks is ever on the list,
- but still active in the sense of the activity window (last purchase within W calendar
  months before the reference date): the customers the retention rate is about to lose,
  while there is time to win them back. Those silent for longer already count as lost;
  they are counted, not listed (RFM shows them as Lost or Hibernating).

Ranked by value at risk: the customer's net revenue per year of their history (first to
last purchase plus one usual interval, counted as at least one year), the revenue a year
that stops if they do not come back; then (and alone, for data without amounts) by purchases
a year over the same span. Recency is measured to the same reference date as
RFM: the day after the last purchase in the data. `LapseSummary` says how many customers
the rule looked at and why the others are not on the list, so the UI can state the rule
and the count.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.metrics.periods import Purchases

DAYS_PER_MONTH = 30.44
DAYS_PER_YEAR = 365.25
LAPSE_QUANTILE = 90
MIN_GAP_SHARE_OF_WINDOW = 0.25
MIN_GAP_FLOOR_DAYS = 14
COLUMNS = [
    "customer_id",
    "last_purchase",
    "days_since",
    "usual_interval",
    "lapse_after",
    "overdue_factor",
    "purchases",
    "revenue",
    "value_at_risk",
]


@dataclass(frozen=True)
class LapseSummary:
    """What the rule did, in numbers the UI states beside the list."""

    customers: int  # all customers with a purchase
    single_purchase: int  # no rhythm yet: left out
    not_lapsed: int  # repeat customers within their rhythm or the minimum gap
    already_lost: int  # lapsed longer than the activity window ago
    lapsed: int  # on the list
    min_gap_days: int
    quantile: int = LAPSE_QUANTILE


def min_gap_days(window_months: int) -> int:
    return max(MIN_GAP_FLOOR_DAYS, math.ceil(window_months * DAYS_PER_MONTH * MIN_GAP_SHARE_OF_WINDOW))


def lapsed_customers(
    data: Purchases, window_months: int = 12, reference_date: str | pd.Timestamp | None = None
) -> tuple[pd.DataFrame, LapseSummary]:
    """The win-back list and how it came about (module docstring)."""
    floor = min_gap_days(window_months)
    if len(data.day) == 0:
        return pd.DataFrame(columns=COLUMNS), LapseSummary(0, 0, 0, 0, 0, floor)
    reference = (
        np.datetime64(pd.Timestamp(reference_date).date(), "D")
        if reference_date is not None
        else data.day.max() + np.timedelta64(1, "D")
    )
    days = data.day.astype("datetime64[D]").astype(np.int64)
    frame = pd.DataFrame({"customer": data.customer, "day": days}).drop_duplicates()
    frame = frame.sort_values(["customer", "day"], kind="stable")
    frame["gap"] = frame.groupby("customer")["day"].diff()
    gaps = frame.groupby("customer")["gap"]
    per = frame.groupby("customer").agg(first=("day", "min"), last=("day", "max"))
    per["interval"] = gaps.median()
    per["high"] = gaps.quantile(LAPSE_QUANTILE / 100)
    customers = len(per)
    per = per[per["interval"].notna()]
    repeat = len(per)
    purchases = np.bincount(data.customer, minlength=data.n_customers)
    revenue = (
        np.bincount(data.row_customer, weights=data.row_amount, minlength=data.n_customers)
        if data.has_amounts
        else np.full(data.n_customers, np.nan)  # no amounts: ranked by purchases a year instead
    )
    ref = int(reference.astype(np.int64))
    per["days_since"] = ref - per["last"]
    per["lapse_after"] = np.maximum(per["high"], floor)
    lapsed = per[per["days_since"] > per["lapse_after"]]
    active_from = (pd.Timestamp(reference) - pd.DateOffset(months=window_months)).to_datetime64()
    active_from_day = int(active_from.astype("datetime64[D]").astype(np.int64))
    risky = lapsed[lapsed["last"] >= active_from_day]
    codes = risky.index.to_numpy()
    years = np.maximum((risky["last"] - risky["first"] + risky["interval"]).to_numpy() / DAYS_PER_YEAR, 1.0)
    result = pd.DataFrame(
        {
            "customer_id": data.customer_ids[codes].astype(str),
            "last_purchase": pd.to_datetime(risky["last"].to_numpy(), unit="D"),
            "days_since": risky["days_since"].to_numpy().astype(np.int64),
            "usual_interval": risky["interval"].to_numpy(),
            "lapse_after": risky["lapse_after"].to_numpy(),
            "overdue_factor": (risky["days_since"] / risky["interval"]).to_numpy(),
            "purchases": purchases[codes],
            "revenue": revenue[codes],
            "value_at_risk": revenue[codes] / years,
        }
    )
    result = (
        result.assign(_rate=result["purchases"] / years)
        .sort_values(["value_at_risk", "_rate", "customer_id"], ascending=[False, False, True], kind="stable")
        .drop(columns="_rate")
        .reset_index(drop=True)
    )
    summary = LapseSummary(
        customers=customers,
        single_purchase=customers - repeat,
        not_lapsed=repeat - len(lapsed),
        already_lost=len(lapsed) - len(risky),
        lapsed=len(result),
        min_gap_days=floor,
    )
    return result, summary
