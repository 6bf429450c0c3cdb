"""Participants against others: the difference-in-differences of DESIGN section 7.

    DiD = (P(s) - O(s)) - (P(s - H) - O(s - H))

P and O are the horizon retention of participants and others; the same difference one
horizon earlier (s - 2H to s - H) is the pre-trend check. The interval is a percentile
bootstrap over customers: participants and others are resampled separately, each drawn
customer bringing all its purchases. Every statistic is a ratio of column sums of a small
per-customer matrix, so a replicate is a count vector times that matrix, and 2,000 of them
cost a few matrix products instead of 2,000 passes over the sales rows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

from planner.effect.horizon import Activity, horizon_flags, shift_months
from planner.errors import CancelledError

REPLICATES = 2000
MIN_GROUP = 30  # customers in each of the four groups, below which nothing is judged
# per-customer columns: for each instant (s - 2H, s - H, s) active, came back, purchases, revenue
PRE, BEFORE, AFTER = 0, 4, 8
ACTIVE, CAME_BACK, PURCHASES, REVENUE = 0, 1, 2, 3


@dataclass
class Estimate:
    """One DiD with its interval, and the four group values it is made of."""

    did: float | None
    ci: tuple[float, float] | None
    p_after: float | None
    o_after: float | None
    p_before: float | None
    o_before: float | None


@dataclass
class Comparison:
    retention: Estimate  # shares in percent, DiD in percentage points
    purchases: Estimate  # purchases per active customer in [t, t + H)
    revenue: Estimate  # net revenue per active customer in [t, t + H)
    pre_trend: Estimate  # the retention DiD between s - 2H and s - H
    n_p_after: int
    n_o_after: int
    n_p_before: int
    n_o_before: int
    n_participants: int  # participants found in the data
    n_others: int
    replicates: int
    seed: int
    warnings: list[str] = field(default_factory=list)

    @property
    def smallest_group(self) -> int:
        return min(self.n_p_after, self.n_o_after, self.n_p_before, self.n_o_before)


def customer_matrix(
    activity: Activity, codes: np.ndarray, instants: np.ndarray, window_months: int, horizon_months: int
) -> np.ndarray:
    """The 12 per-customer columns: horizon flags at t - 2H, t - H and t (t per customer)."""
    t = np.asarray(instants, dtype="datetime64[D]")
    unique, inverse = np.unique(t, return_inverse=True)
    one_back = shift_months(unique, -horizon_months)[inverse]
    two_back = shift_months(unique, -2 * horizon_months)[inverse]
    return np.hstack(
        [
            horizon_flags(activity, codes, two_back, window_months, horizon_months),
            horizon_flags(activity, codes, one_back, window_months, horizon_months),
            horizon_flags(activity, codes, t, window_months, horizon_months),
        ]
    )


def _ratios(sums: np.ndarray, column: int, instant: int, scale: float) -> np.ndarray:
    """Group value per replicate (rows of `sums`): column sum / active customers."""
    active = sums[..., instant + ACTIVE]
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.where(active > 0, sums[..., instant + column] / np.where(active > 0, active, 1) * scale, np.nan)


def _did(p: np.ndarray, o: np.ndarray, column: int, late: int, early: int, scale: float) -> np.ndarray:
    return (_ratios(p, column, late, scale) - _ratios(o, column, late, scale)) - (
        _ratios(p, column, early, scale) - _ratios(o, column, early, scale)
    )


def _resampled_sums(rng: np.random.Generator, matrix: np.ndarray, count: int) -> np.ndarray:
    """Column sums of `count` bootstrap samples of the rows of `matrix`."""
    n = len(matrix)
    if n == 0:
        return np.zeros((count, matrix.shape[1]))
    idx = rng.integers(0, n, size=(count, n))
    flat = (idx + (np.arange(count)[:, None] * n)).ravel()
    counts = np.bincount(flat, minlength=count * n).reshape(count, n).astype(np.float64)
    return counts @ matrix


def compare_groups(
    participants: np.ndarray,
    others: np.ndarray,
    *,
    replicates: int = REPLICATES,
    seed: int = 0,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Comparison:
    """`participants` and `others` are customer matrices (see `customer_matrix`)."""
    p_sums, o_sums = participants.sum(axis=0), others.sum(axis=0)

    def estimate(column: int, late: int, early: int, scale: float, boot: tuple[np.ndarray, np.ndarray]) -> Estimate:
        did = _did(p_sums, o_sums, column, late, early, scale)
        values = _did(boot[0], boot[1], column, late, early, scale)
        values = values[np.isfinite(values)]
        ci = None
        if np.isfinite(did) and len(values) >= replicates // 2:
            lo, hi = np.percentile(values, [2.5, 97.5])
            ci = (float(lo), float(hi))

        def value(sums: np.ndarray, instant: int) -> float | None:
            v = _ratios(sums, column, instant, scale)
            return float(v) if np.isfinite(v) else None

        return Estimate(
            did=float(did) if np.isfinite(did) else None,
            ci=ci,
            p_after=value(p_sums, late),
            o_after=value(o_sums, late),
            p_before=value(p_sums, early),
            o_before=value(o_sums, early),
        )

    rng = np.random.default_rng(seed)
    biggest = max(len(participants), len(others), 1)
    chunk = max(1, min(replicates, 2_000_000 // biggest))  # a few MB of counts at a time
    p_boot, o_boot = [], []
    done = 0
    while done < replicates:
        if cancelled():
            raise CancelledError()
        count = min(chunk, replicates - done)
        p_boot.append(_resampled_sums(rng, participants, count))
        o_boot.append(_resampled_sums(rng, others, count))
        done += count
        progress(done / replicates, "bootstrap")
    boot = (np.vstack(p_boot), np.vstack(o_boot))
    return Comparison(
        retention=estimate(CAME_BACK, AFTER, BEFORE, 100.0, boot),
        purchases=estimate(PURCHASES, AFTER, BEFORE, 1.0, boot),
        revenue=estimate(REVENUE, AFTER, BEFORE, 1.0, boot),
        pre_trend=estimate(CAME_BACK, BEFORE, PRE, 100.0, boot),
        n_p_after=int(p_sums[AFTER + ACTIVE]),
        n_o_after=int(o_sums[AFTER + ACTIVE]),
        n_p_before=int(p_sums[BEFORE + ACTIVE]),
        n_o_before=int(o_sums[BEFORE + ACTIVE]),
        n_participants=len(participants),
        n_others=len(others),
        replicates=replicates,
        seed=seed,
    )
