"""Does a measure keep working? (DESIGN section 7, "Over time").

At each instant t_k = s + k months (k = 0, 1, ... while t_k + H lies within the data, and while
the measure runs plus one horizon after its end) the effect is

    effect_k = (P(t_k) - O(t_k)) - (P(s - H) - O(s - H)),

against the same comparison group, with the same strata weights and the same before-gap as the
verdict; effect_0 *is* the verdict's DiD (one bootstrap serves every instant: see
`planner.effect.did.Series`).

Money so far: the purchases and revenue DiDs at t_j cover the H months from t_j, so each is
spread over its H months as the extra of month j (DiD_j / H per participant); summed over the
months j = 0..k and multiplied by the participants active at s (as the verdict's money does), it
is the cumulative extra up to the end of month k. Its interval comes from the same replicates'
cumulative sums, so "paid for itself" is judged as `pays_off` is: the first month whose margin
interval lies entirely above the cost.

"Faded": the latest interval contains 0 after an earlier one lay entirely above it.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

import numpy as np
import pandas as pd

from planner.effect.did import MIN_GROUP, Comparison
from planner.effect.horizon import shift_months

MAX_MONTHS = 60  # five years of instants: more is not a curve anyone reads month by month


@dataclass(frozen=True)
class Point:
    at: date  # t_k
    effect: float | None  # points of coming back
    ci: tuple[float, float] | None  # None: too few customers active at t_k, or no interval
    cum_purchases: float | None  # extra purchases from s to the end of month k
    ci_purchases: tuple[float, float] | None
    cum_margin: float | None  # extra gross margin from s to the end of month k (None: no margin set)
    ci_margin: tuple[float, float] | None
    n_p: int  # participants active at t_k
    n_o: int


@dataclass(frozen=True)
class OverTime:
    points: list[Point]
    cost: float | None
    paid_off: date | None  # the first t_k whose margin interval lies above the cost (end of that month)
    faded: bool
    peak: date | None  # the last t_k whose interval lay above 0 before the fading
    participants: int  # active at s: what the per-customer DiDs are multiplied by
    currency: str = ""
    judgeable: bool = True  # False: the verdict is not_judgeable (selection); the curve shows the gap only

    def unjudgeable(self) -> OverTime:
        """The curve without the claims: with self-selected participants the gap is no effect."""
        return replace(self, judgeable=False, paid_off=None, faded=False, peak=None)

    @property
    def latest(self) -> Point | None:
        return self.points[-1] if self.points else None


def later_months(start: date, end: date | None, data_end: np.datetime64, horizon_months: int) -> list[int]:
    """k = 1, 2, ... while s + k + H lies within the data (`data_end`: the first day it does
    not cover) and, for a measure with an end, while s + k lies within the end plus one horizon."""
    s = np.datetime64(start, "D")
    months = []
    last = None if end is None else shift_months(np.datetime64(end, "D"), horizon_months)[0]
    for k in range(1, MAX_MONTHS + 1):
        if shift_months(s, k + horizon_months)[0] > data_end or (last is not None and shift_months(s, k)[0] > last):
            break
        months.append(k)
    return months


def _interval(values: np.ndarray, minimum: int) -> tuple[float, float] | None:
    finite = values[np.isfinite(values)]
    if len(finite) < minimum:
        return None
    lo, hi = np.percentile(finite, [2.5, 97.5])
    return float(lo), float(hi)


def _value(x: float) -> float | None:
    return float(x) if np.isfinite(x) else None


def over_time(
    comparison: Comparison,
    start: date,
    horizon_months: int,
    margin_pct: float | None,
    cost: float | None,
    currency: str = "",
) -> OverTime | None:
    """None when the comparison was made without later instants."""
    series = comparison.series
    if series is None:
        return None
    half = comparison.replicates // 2  # as the verdict: an interval needs half the replicates finite
    n = comparison.n_p_after
    h = float(horizon_months)
    # month j's extra per participant: DiD_j / H; a month without a value adds nothing it could claim
    cum_purchases = np.cumsum(np.nan_to_num(series.purchases / h), axis=-1) * n
    cum_revenue = np.cumsum(np.nan_to_num(series.revenue / h), axis=-1) * n
    boot_purchases = np.cumsum(series.purchases_boot / h, axis=-1) * n
    boot_revenue = np.cumsum(series.revenue_boot / h, axis=-1) * n
    share = None if margin_pct is None else margin_pct / 100.0
    s = np.datetime64(start, "D")
    points = []
    for k in range(len(series.retention)):
        judged = series.n_p[k] >= MIN_GROUP and series.n_o[k] >= MIN_GROUP
        at = pd.Timestamp(shift_months(s, k)[0]).date()
        margin = ci_margin = None
        if share is not None:
            margin = _value(cum_revenue[k] * share)
            ci = _interval(boot_revenue[:, k], half)
            ci_margin = None if ci is None else (ci[0] * share, ci[1] * share)
        points.append(
            Point(
                at=at,
                effect=_value(series.retention[k]),
                ci=_interval(series.retention_boot[:, k], half) if judged else None,
                cum_purchases=_value(cum_purchases[k]),
                ci_purchases=_interval(boot_purchases[:, k], half),
                cum_margin=margin,
                ci_margin=ci_margin,
                n_p=int(series.n_p[k]),
                n_o=int(series.n_o[k]),
            )
        )
    paid_off = None
    if cost is not None and cost >= 0:
        paid_off = next((p.at for p in points if p.ci_margin is not None and p.ci_margin[0] > cost), None)
    faded, peak = fading(points)
    return OverTime(points, cost, paid_off, faded, peak, n, currency)


def fading(points: list[Point]) -> tuple[bool, date | None]:
    """(faded, the last instant above 0 before it): the latest interval contains 0 after an
    earlier one lay entirely above it."""
    judged = [p for p in points if p.ci is not None]
    if len(judged) < 2:
        return False, None
    latest = judged[-1]
    assert latest.ci is not None
    above = [p for p in judged[:-1] if p.ci is not None and p.ci[0] > 0]
    if latest.ci[0] <= 0 <= latest.ci[1] and above:
        return True, above[-1].at
    return False, None
