"""The interrupted time series of DESIGN section 7, for a measure without a comparison group
(every customer takes part, or nobody is named):

    KPI_t = a + b t + season(t) + e_t

fitted by least squares on the complete, window-covered periods before the start (at least two
full years of them, so every month or quarter of the year is seen twice); the effect is the mean
of (actual - predicted) over the first n complete periods from the start, with a 95 % interval
from the fitted model's prediction error of that mean (t distribution, residual degrees of
freedom). A plain before/after comparison mistakes a season or a trend for an effect; this
carries both forward. Still not causal: anything else that changed at the start is in it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

SEASONS = {"month": 12, "quarter": 4, "year": 1}
LOWER_IS_BETTER = {"churn_rate", "lost"}


@dataclass
class TimeSeries:
    kpi: str
    effect: float | None  # mean(actual - predicted) over the periods after
    ci: tuple[float, float] | None
    periods_before: list[str]  # the periods fitted
    periods_after: list[str]  # the periods judged
    actual: list[float]
    predicted: list[float]
    needed_before: int  # complete periods before the start the fit needs
    needed_after: int
    higher_is_better: bool = True

    @property
    def judged(self) -> bool:
        return self.ci is not None


def _season(label_start: str, period: str) -> int:
    month = date.fromisoformat(label_start).month
    return {"month": month - 1, "quarter": (month - 1) // 3}.get(period, 0)


def _design(index: np.ndarray, seasons: np.ndarray, levels: int) -> np.ndarray:
    """Intercept, trend, and one dummy per season but the first."""
    columns = [np.ones(len(index)), index.astype(float)]
    columns += [(seasons == k).astype(float) for k in range(1, levels)]
    return np.column_stack(columns)


def usable(period: dict, kpi: str) -> bool:
    return not period.get("partial") and period.get("window_covered", True) and period.get(kpi) is not None


def interrupted_time_series(periods: list[dict], kpi: str, start: date, period: str, n: int = 3) -> TimeSeries:
    """`periods` are the KPI rows of `planner.metrics` (start, end inclusive, partial,
    window_covered, the KPI), in order; `period` month, quarter or year."""
    from scipy.special import stdtrit  # scipy.stats takes a second to import; this is what t.ppf calls

    levels = SEASONS.get(period, 1)
    needed = 2 * levels if levels > 1 else 3
    index = {str(p["period"]): i for i, p in enumerate(periods)}  # the trend counts every period, gaps too
    before = [p for p in periods if date.fromisoformat(str(p["end"])) < start and usable(p, kpi)]
    after = [p for p in periods if date.fromisoformat(str(p["start"])) >= start]
    after = [p for p in after if usable(p, kpi)][:n]
    out = TimeSeries(
        kpi,
        None,
        None,
        [str(p["period"]) for p in before],
        [str(p["period"]) for p in after],
        [float(p[kpi]) for p in after],
        [],
        needed,
        n,
        kpi not in LOWER_IS_BETTER,
    )
    if len(before) < needed or len(after) < n:
        return out

    def frame(rows: list[dict]) -> np.ndarray:
        t = np.array([index[str(p["period"])] for p in rows])
        s = np.array([_season(str(p["start"]), period) for p in rows])
        return _design(t, s, levels)

    x, y = frame(before), np.array([float(p[kpi]) for p in before])
    x_after, y_after = frame(after), np.array(out.actual)
    df = len(y) - x.shape[1]
    if df < 1:
        return out
    beta, *_ = np.linalg.lstsq(x, y, rcond=None)
    residual = y - x @ beta
    sigma2 = float(residual @ residual) / df
    predicted = x_after @ beta
    effect = float(np.mean(y_after - predicted))
    # var(mean of prediction errors) = sigma^2 (1/n + xbar' (X'X)^-1 xbar): the new errors'
    # own noise averaged over n, plus the fitted line's uncertainty at the mean of the rows
    xbar = x_after.mean(axis=0)
    variance = sigma2 * (1.0 / len(y_after) + float(xbar @ np.linalg.pinv(x.T @ x) @ xbar))
    half = float(stdtrit(df, 0.975)) * float(np.sqrt(variance))
    out.predicted = [float(v) for v in predicted]
    out.effect, out.ci = effect, (effect - half, effect + half)
    return out
