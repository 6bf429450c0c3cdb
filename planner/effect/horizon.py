"""Horizon retention (DESIGN section 7), counted per customer at an instant of its own.

A customer is *active at t* with a purchase on a day d, t - W <= d < t (W calendar months),
and *comes back* with a purchase in [t, t + H). Counting happens on one sorted key per
purchase (customer, day), so every customer's window is two binary searches: the same cost
whether all customers share the measure's start or each participant has its own join date.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.metrics.periods import Purchases

_DAY_OFFSET = 1 << 20  # days since 1970 may be negative; keys stay positive
_SPAN = 1 << 21


def _keys(codes: np.ndarray, days: np.ndarray) -> np.ndarray:
    return codes.astype(np.int64) * _SPAN + (days.astype("datetime64[D]").astype(np.int64) + _DAY_OFFSET)


def shift_months(days: np.ndarray | np.datetime64, months: int) -> np.ndarray:
    """Calendar months, as the activity window is defined: 31 March - 1 month = 28/29 Feb."""
    index = pd.DatetimeIndex(np.atleast_1d(np.asarray(days, dtype="datetime64[D]")).astype("datetime64[ns]"))
    return (index + pd.DateOffset(months=months)).to_numpy().astype("datetime64[D]")


@dataclass(frozen=True)
class Activity:
    """Every purchase and every used row of the sales data, keyed by (customer, day)."""

    customer_ids: pd.Index  # code -> customer id
    buy_keys: np.ndarray  # sorted
    row_keys: np.ndarray  # sorted
    row_cumsum: np.ndarray  # net amount of the rows before each position (leading 0)
    first_day: np.datetime64
    last_day: np.datetime64

    @property
    def end(self) -> np.datetime64:
        """The first day the data does not cover."""
        return self.last_day + np.timedelta64(1, "D")

    def purchases_in(self, codes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Per customer: purchases on days lo <= d < hi."""
        return np.searchsorted(self.buy_keys, _keys(codes, hi)) - np.searchsorted(self.buy_keys, _keys(codes, lo))

    def revenue_in(self, codes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
        """Per customer: net amount of all used rows (returns included) dated lo <= d < hi."""
        upper = np.searchsorted(self.row_keys, _keys(codes, hi))
        lower = np.searchsorted(self.row_keys, _keys(codes, lo))
        return self.row_cumsum[upper] - self.row_cumsum[lower]


def build_activity(purchases: Purchases, table: pd.DataFrame) -> Activity:
    buy_keys = np.sort(_keys(purchases.customer, purchases.day))
    row_days = table["date"].to_numpy(dtype="datetime64[ms]").astype("datetime64[D]")
    row_keys = _keys(purchases.row_customer, row_days)
    order = np.argsort(row_keys, kind="stable")
    amounts = purchases.row_amount[order]
    return Activity(
        customer_ids=purchases.customer_ids,
        buy_keys=buy_keys,
        row_keys=row_keys[order],
        row_cumsum=np.concatenate([[0.0], np.cumsum(amounts)]),
        first_day=purchases.first_day,
        last_day=purchases.last_day,
    )


def horizon_flags(
    activity: Activity, codes: np.ndarray, instants: np.ndarray, window_months: int, horizon_months: int
) -> np.ndarray:
    """Per customer, at its instant t: [active, came back, purchases in [t, t+H), revenue in
    [t, t+H)], the last three counted only for active customers (zero otherwise)."""
    instants = np.asarray(instants, dtype="datetime64[D]")
    if len(codes) == 0:
        return np.zeros((0, 4))
    unique, inverse = np.unique(instants, return_inverse=True)  # month arithmetic once per distinct day
    lo = shift_months(unique, -window_months)[inverse]
    hi = shift_months(unique, horizon_months)[inverse]
    active = activity.purchases_in(codes, lo, instants) > 0
    bought = activity.purchases_in(codes, instants, hi)
    revenue = activity.revenue_in(codes, instants, hi)
    out = np.zeros((len(codes), 4))
    out[:, 0] = active
    out[:, 1] = active & (bought > 0)
    out[:, 2] = np.where(active, bought, 0)
    out[:, 3] = np.where(active, revenue, 0.0)
    return out


def day_keys(activity: Activity) -> np.ndarray:
    """One sorted key per (customer, day) with a purchase: several orders on a day are one
    purchase day, as the matching strata count them."""
    keys = activity.buy_keys
    if len(keys) == 0:
        return keys
    return keys[np.concatenate([[True], np.diff(keys) != 0])]


def purchase_days_in(keys: np.ndarray, codes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """Per customer: purchase days lo <= d < hi, `keys` from `day_keys`."""
    return np.searchsorted(keys, _keys(codes, hi)) - np.searchsorted(keys, _keys(codes, lo))


def days_since_last(keys: np.ndarray, codes: np.ndarray, instants: np.ndarray) -> np.ndarray:
    """Per customer: days from its last purchase before its instant to the instant, -1 for none."""
    t = _keys(codes, instants)
    pos = np.searchsorted(keys, t) - 1
    safe = np.maximum(pos, 0)
    found = (pos >= 0) & (keys[safe] // _SPAN == codes.astype(np.int64)) if len(keys) else np.zeros(len(codes), bool)
    gap = t - (keys[safe] if len(keys) else 0)
    return np.where(found, gap, -1)
