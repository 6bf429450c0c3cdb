"""A simulated shop for the matched comparison and the placebo starts: customers with their own
steady buying rates (gamma-distributed, a few loyal ones buy often), purchases as a Poisson
process from 2021 to 2024, and a measure starting s = 2024-07-01 whose participants chose
themselves by loyalty: the more purchase days in the year before s, the likelier they joined.
The measure does nothing unless `effect` > 0 (then a participant active at s makes one extra
purchase in [s, s + 3 months) with that probability), so with effect 0 the truth is 0.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

START = np.datetime64("2024-07-01")
FIRST, LAST = np.datetime64("2021-01-01"), np.datetime64("2024-12-31")


def shop(
    seed: int, customers: int = 1500, effect: float = 0.0, selection: float = 0.12
) -> tuple[pd.DataFrame, list[str]]:
    rng = np.random.default_rng(seed)
    span = int((LAST - FIRST).astype(int)) + 1
    rate = rng.gamma(0.8, 5.0, size=customers) / 365.0  # purchases a day; mean 4 a year
    counts = rng.poisson(rate * span)
    owner = np.repeat(np.arange(customers), counts)
    days = FIRST + rng.integers(0, span, size=len(owner)).astype("timedelta64[D]")
    year_before = (days >= START - np.timedelta64(365, "D")) & (days < START)
    # purchase days in the year before the start (a customer's same-day purchases count once)
    per_day = (
        pd.Series(1, index=pd.MultiIndex.from_arrays([owner[year_before], days[year_before]]))
        .groupby(level=[0, 1])
        .size()
    )
    loyalty = np.bincount(per_day.index.get_level_values(0).to_numpy(), minlength=customers)
    joined = rng.random(customers) < np.minimum(0.05 + selection * np.minimum(loyalty, 8), 0.95)
    ids = np.array([f"C{i}" for i in range(customers)], dtype=object)
    if effect > 0:
        active = np.zeros(customers, dtype=bool)
        active[np.unique(owner[year_before])] = True
        extra = np.flatnonzero(joined & active & (rng.random(customers) < effect))
        owner = np.concatenate([owner, extra])
        days = np.concatenate([days, START + rng.integers(0, 92, size=len(extra)).astype("timedelta64[D]")])
    frame = pd.DataFrame(
        {
            "row": np.arange(2, len(owner) + 2),
            "customer_id": pd.array(ids[owner], dtype="string"),
            "date": pd.to_datetime(days).astype("datetime64[ms]"),
            "amount": rng.gamma(2.0, 25.0, size=len(owner)) + 1.0,
            "order_id": pd.array([None] * len(owner), dtype="string"),
        }
    )
    return frame, list(ids[joined])


def seasonal_shop(seed: int, customers: int = 3000) -> pd.DataFrame:
    """A shop whose customers (all there from 2021, steady rates) buy twice as much in December
    as in spring and autumn and least in summer; nothing starts anywhere: every effect is 0."""
    rng = np.random.default_rng(seed)
    span = int((LAST - FIRST).astype(int)) + 1
    rate = rng.gamma(0.8, 5.0, size=customers) / 365.0
    owner = np.repeat(np.arange(customers), rng.poisson(rate * span * 1.3))
    days = FIRST + rng.integers(0, span, size=len(owner)).astype("timedelta64[D]")
    month = pd.DatetimeIndex(days).month.to_numpy()
    keep = rng.random(len(owner)) < np.where(month == 12, 1.0, np.where(np.isin(month, [6, 7, 8]), 0.4, 0.7))
    owner, days = owner[keep], days[keep]
    return pd.DataFrame(
        {
            "row": np.arange(2, len(owner) + 2),
            "customer_id": pd.array([f"C{i}" for i in owner], dtype="string"),
            "date": pd.to_datetime(days).astype("datetime64[ms]"),
            "amount": rng.gamma(2.0, 25.0, size=len(owner)) + 1.0,
            "order_id": pd.array([None] * len(owner), dtype="string"),
        }
    )
