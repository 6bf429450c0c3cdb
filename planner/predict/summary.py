"""Per-customer (x, t_x, T, zbar) from cleaned sales rows, as the models need them.

A *transaction* for the models is a customer-day with orders of a net value of zero or
more: same-day orders are merged (the models count purchase days, not receipts), a day
whose orders net below zero (only returns) is no transaction. Zero-value orders count
(a free item, a promotion): the published CDNOW fit has 2,357 customers, 8 of whom only
ever had a $0 purchase, and DESIGN section 6 says purchases on the calibration end date
count. Without an amount column (issue 15) every order day is a transaction and no spend
is known.

x = transaction days after the first one up to the calibration end (inclusive),
t_x = time from the first to the last of them, T = time from the first to the end date,
in days or weeks; zbar = mean value of the repeat days (not the first one, whose value
says more about acquisition offers than about habits). Customers whose first purchase
comes after the calibration end are not in the calibration at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date as date_type

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.sales.orders import amounts_known, build_orders, customer_codes

UNIT_DAYS = {"day": 1.0, "week": 7.0}


@dataclass(frozen=True)
class Transactions:
    """One row per customer-day, sorted by customer and day."""

    customer: np.ndarray  # customer code
    day: np.ndarray  # days since 1970-01-01
    value: np.ndarray  # net value of the day's orders (NaN when the data has no amounts)
    customer_ids: pd.Index  # code -> customer id
    has_amounts: bool

    @property
    def first_day(self) -> int:
        return int(self.day.min())

    @property
    def last_day(self) -> int:
        return int(self.day.max())


def transaction_days(table: pd.DataFrame) -> Transactions:
    codes, ids = customer_codes(table)
    has_amounts = "amount" in table.columns and amounts_known(table["amount"].to_numpy(np.float64))
    if "amount" not in table.columns:
        table = table.assign(amount=0.0)
    elif not has_amounts:  # a day of unknown value is a transaction; a known return-only day is none
        table = table.assign(amount=table["amount"].fillna(0.0))
    if "order_id" not in table.columns:
        table = table.assign(order_id=pd.Series(pd.NA, index=table.index, dtype="object"))
    orders = build_orders(table, codes)
    days = orders["day"].to_numpy().astype("datetime64[D]").astype(np.int64)
    merged = (
        pd.DataFrame({"customer": orders["customer"].to_numpy(np.int64), "day": days, "value": orders["value"]})
        .groupby(["customer", "day"], sort=True)["value"]
        .sum()
        .reset_index()
    )
    # float sums of cents can land a hair below zero for a fully cancelled order
    kept = merged[merged["value"].round(9) >= 0]
    value = kept["value"].to_numpy(np.float64) if has_amounts else np.full(len(kept), np.nan)
    return Transactions(
        customer=kept["customer"].to_numpy(np.int64),
        day=kept["day"].to_numpy(np.int64),
        value=value,
        customer_ids=ids,
        has_amounts=has_amounts,
    )


@dataclass(frozen=True)
class Summary:
    """Per calibration customer: what the models are fitted on, and what came afterwards."""

    customer_id: np.ndarray  # str
    x: np.ndarray  # repeat transaction days in the calibration period
    t_x: np.ndarray  # first to last transaction, in units
    T: np.ndarray  # first transaction to the calibration end, in units
    zbar: np.ndarray  # mean value of the repeat days (NaN without repeat days or amounts)
    first_day: np.ndarray  # day numbers, for texts and charts
    last_day: np.ndarray
    holdout_x: np.ndarray  # transaction days after the calibration end, up to holdout_end
    calibration_end: int  # day number, inclusive
    holdout_end: int  # day number, inclusive; == calibration_end without a holdout
    unit: str
    has_amounts: bool

    @property
    def unit_days(self) -> float:
        return UNIT_DAYS[self.unit]

    @property
    def holdout_length(self) -> float:
        """Length of the holdout in units (0 without one)."""
        return (self.holdout_end - self.calibration_end) / self.unit_days

    def __len__(self) -> int:
        return len(self.x)


def day_number(date: str | date_type | pd.Timestamp) -> int:
    return int(pd.Timestamp(date).normalize().value // 86_400_000_000_000)


def summarise(
    tx: Transactions, calibration_end: str | date_type | pd.Timestamp | None = None, unit: str = "week"
) -> Summary:
    """The calibration summary up to `calibration_end` (inclusive; default: the last day
    in the data, so there is no holdout) and the holdout counts after it."""
    if unit not in UNIT_DAYS:
        raise PlannerError(f"Unknown time unit '{unit}'.", hint="Use day or week.")
    if len(tx.day) == 0:
        raise PlannerError("The data has no purchases.", hint="Import sales data with customer ids and dates.")
    end = tx.last_day if calibration_end is None else day_number(calibration_end)
    if end < tx.first_day:
        raise PlannerError(
            f"The calibration end {pd.Timestamp(end, unit='D').date()} lies before the first purchase "
            f"({pd.Timestamp(tx.first_day, unit='D').date()}).",
            hint="Choose a later calibration end date.",
        )
    unit_days = UNIT_DAYS[unit]
    n = len(tx.customer_ids)
    calib = tx.day <= end
    counts = np.bincount(tx.customer[calib], minlength=n)
    first = np.full(n, np.iinfo(np.int64).max)
    np.minimum.at(first, tx.customer, tx.day)
    last = np.full(n, np.iinfo(np.int64).min)
    np.maximum.at(last, tx.customer[calib], tx.day[calib])
    keep = counts > 0
    holdout_x = np.bincount(tx.customer[~calib], minlength=n)
    # value of the first day of each customer (rows are sorted by customer, then day)
    first_row = np.flatnonzero(np.r_[True, tx.customer[1:] != tx.customer[:-1]])
    first_value = np.zeros(n)
    first_value[tx.customer[first_row]] = tx.value[first_row]
    total = np.bincount(tx.customer[calib], weights=tx.value[calib], minlength=n)
    x = counts - 1
    with np.errstate(invalid="ignore", divide="ignore"):
        zbar = np.where(x > 0, (total - first_value) / np.maximum(x, 1), np.nan)
    codes = np.flatnonzero(keep)
    return Summary(
        customer_id=tx.customer_ids[codes].astype(str).to_numpy(),
        x=x[codes].astype(np.float64),
        t_x=(last[codes] - first[codes]) / unit_days,
        T=(end - first[codes]) / unit_days,
        zbar=zbar[codes] if tx.has_amounts else np.full(len(codes), np.nan),
        first_day=first[codes],
        last_day=last[codes],
        holdout_x=holdout_x[codes].astype(np.float64),
        calibration_end=end,
        holdout_end=max(end, tx.last_day),
        unit=unit,
        has_amounts=tx.has_amounts,
    )
