"""A simulated shop whose measure's effect over time is known exactly.

Customers are of two kinds, buying on average twice and six times a year: each day a customer
makes Poisson(rate) purchases (one sales row on a day with any). The participants are a random
40 % (no selection, so the matched comparison has nothing to correct and the truth is the plain
population difference). From the start s = 2023-01-01 a participant's daily rate is multiplied
by 1 + uplift(m) in the m-th month after s; before s nothing differs.

Because purchase counts in disjoint spans are independent Poisson, the truth at t_k = s + k
months is exact: a customer of rate r is active at t with probability a = 1 - exp(-Λ[t - W, t))
and comes back with b = 1 - exp(-Λ[t, t + H)), Λ the summed daily rates; the horizon retention of
a group is Σ share_r · a · b / Σ share_r · a, and effect_k = P(t_k) - O(t_k) (both groups share
the same before-gap 0). The uplift also changes who is active (a customer of the slow kind
counts as active more often), so after an effect stops the truth is not exactly 0; it is what
the formula says.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pandas as pd

START = np.datetime64("2023-01-01")
FIRST, LAST = np.datetime64("2021-01-01"), np.datetime64("2024-12-31")
RATES = np.array([2.0, 6.0]) / 365.0  # purchases a day
SHARES = np.array([0.6, 0.4])
PARTICIPANTS = 0.4
DAYS = np.arange(FIRST, LAST + np.timedelta64(1, "D"))

Uplift = Callable[[np.ndarray], np.ndarray]  # months since the start (negative before) -> uplift


def holds(m: np.ndarray) -> np.ndarray:
    return np.where(m >= 0, 0.8, 0.0)


def grows(m: np.ndarray) -> np.ndarray:
    return np.where(m >= 0, 0.1 * (m + 1), 0.0)


def stops(m: np.ndarray) -> np.ndarray:
    return np.where((m >= 0) & (m < 6), 0.8, 0.0)


def _months_since_start(days: np.ndarray) -> np.ndarray:
    d = pd.DatetimeIndex(days)
    return ((d.year - 2023) * 12 + d.month - 1).to_numpy()


MONTH_OF_DAY = _months_since_start(DAYS)


def simulate(seed: int, uplift: Uplift, customers: int = 2400) -> tuple[pd.DataFrame, list[str]]:
    rng = np.random.default_rng(seed)
    kind = rng.choice(len(RATES), size=customers, p=SHARES)
    joined = rng.random(customers) < PARTICIPANTS
    factor = 1.0 + uplift(MONTH_OF_DAY)  # per day
    daily = RATES[kind][:, None] * np.where(joined[:, None], factor[None, :], 1.0)
    bought = rng.poisson(daily) > 0
    who, day = np.nonzero(bought)
    ids = np.array([f"C{i}" for i in range(customers)], dtype=object)
    frame = pd.DataFrame(
        {
            "row": np.arange(2, len(who) + 2),
            "customer_id": pd.array(ids[who], dtype="string"),
            "date": pd.to_datetime(DAYS[day]).astype("datetime64[ms]"),
            "amount": rng.gamma(2.0, 25.0, size=len(who)) + 1.0,
            "order_id": pd.array([None] * len(who), dtype="string"),
        }
    )
    return frame, list(ids[joined])


def _months(day: np.datetime64, months: int) -> np.datetime64:
    return (pd.Timestamp(day) + pd.DateOffset(months=months)).to_datetime64().astype("datetime64[D]")


def _retention(at: np.datetime64, factor: np.ndarray, window: int, horizon: int) -> float:
    def mass(lo: np.datetime64, hi: np.datetime64) -> np.ndarray:
        inside = (lo <= DAYS) & (hi > DAYS)
        return RATES * factor[inside].sum()

    active = 1 - np.exp(-mass(_months(at, -window), at))
    back = 1 - np.exp(-mass(at, _months(at, horizon)))
    return float((SHARES * active * back).sum() / (SHARES * active).sum())


def truth(uplift: Uplift, k: int, window: int = 12, horizon: int = 3) -> float:
    """effect_k in points, exactly (see the module's docstring)."""
    at = _months(START, k)
    participants = _retention(at, 1.0 + uplift(MONTH_OF_DAY), window, horizon)
    others = _retention(at, np.ones(len(DAYS)), window, horizon)
    return 100.0 * (participants - others)
