"""Before/after on the goal's KPI: the n periods before the start against the n periods from
it, with a Welch interval, and the same periods a year earlier. Context only since issue 32:
it took a season for an effect (5 of 25 null runs of a seasonal shop said "harmful"), so a
measure without a comparison group is judged by the interrupted time series
(`planner.effect.time_series`); the workbook still shows these periods beside it.

"Before" are the last n periods that end by the start, "after" the first n that begin on or
after it; a period the start falls inside belongs to neither. Only periods the data covers
whole, with the activity window covered, count (others would compare understated values).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

LOWER_IS_BETTER = {"churn_rate", "lost"}


@dataclass
class Difference:
    before: list[str]  # period labels
    after: list[str]
    before_values: list[float]
    after_values: list[float]
    difference: float | None  # mean(after) - mean(before)
    ci: tuple[float, float] | None


@dataclass
class BeforeAfter:
    kpi: str
    periods: int  # n asked for
    current: Difference
    year_earlier: Difference | None
    higher_is_better: bool


def welch_interval(
    after: list[float], before: list[float], level: float = 0.95
) -> tuple[float, tuple[float, float] | None]:
    # the t quantile from scipy.special (what scipy.stats.t.ppf calls), imported here: scipy.stats
    # takes a second to import, longer than most judgements
    from scipy.special import stdtrit

    a, b = np.asarray(after, dtype=float), np.asarray(before, dtype=float)
    diff = float(a.mean() - b.mean())
    if len(a) < 2 or len(b) < 2:
        return diff, None
    va, vb = a.var(ddof=1) / len(a), b.var(ddof=1) / len(b)
    se = float(np.sqrt(va + vb))
    if se == 0:
        return diff, (diff, diff)
    df = (va + vb) ** 2 / (va**2 / (len(a) - 1) + vb**2 / (len(b) - 1))
    half = float(stdtrit(df, 0.5 + level / 2)) * se
    return diff, (diff - half, diff + half)


def _usable(period: dict, kpi: str) -> bool:
    return not period.get("partial") and period.get("window_covered", True) and period.get(kpi) is not None


def _difference(periods: list[dict], kpi: str, start: date, n: int) -> Difference:
    before = [p for p in periods if date.fromisoformat(str(p["end"])) < start][-n:]
    after = [p for p in periods if date.fromisoformat(str(p["start"])) >= start][:n]
    before = [p for p in before if _usable(p, kpi)]
    after = [p for p in after if _usable(p, kpi)]
    values_b = [float(p[kpi]) for p in before]
    values_a = [float(p[kpi]) for p in after]
    diff, ci = (None, None)
    if len(before) == n and len(after) == n:
        diff, ci = welch_interval(values_a, values_b)
    return Difference(
        [str(p["period"]) for p in before], [str(p["period"]) for p in after], values_b, values_a, diff, ci
    )


def before_after(periods: list[dict], kpi: str, start: date, n: int = 3) -> BeforeAfter:
    current = _difference(periods, kpi, start, n)
    try:
        earlier_start = start.replace(year=start.year - 1)
    except ValueError:  # 29 February
        earlier_start = start.replace(year=start.year - 1, day=28)
    earlier = _difference(periods, kpi, earlier_start, n)
    has_earlier = len(earlier.before) == n and len(earlier.after) == n
    return BeforeAfter(kpi, n, current, earlier if has_earlier else None, kpi not in LOWER_IS_BETTER)
