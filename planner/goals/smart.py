"""SMART checks for goals and goal progress (DESIGN section 6, DOMAIN section 1).

Each check returns a `Check`: the letter, a verdict (True passed, False failed, None "cannot
judge yet"), a code that names the hint, and the numbers behind it. The UI turns codes
into sentences in the user's language. Rules:

S  Specific: the description names the object and the customer group (a persona or stage
   is linked, or the text names customers), and is more than a slogan (20+ characters).
M  Measurable: a metric and a target are set (a manual KPI also needs its unit), and a data
   KPI can be computed because the project has sales data.
A  Achievable: the change asked per period, (target - baseline) / periods until the deadline,
   is compared with the best change the metric ever made over a stretch of the same length
   in the data. Asking for more than the best stretch ever seen fails; no history: None.
R  Relevant: linked to a persona, stage or bond type, and a reason is written.
T  Time-bound: a deadline is set, lies in the future and after the baseline date.

Progress = (current - baseline) / (target - baseline), clipped to [0, 1]. Status compares it
with the straight line from baseline date to deadline: on track when at or above the line
(5 points of tolerance), at risk up to 25 points below, off track further below.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date

from planner.model import Goal

# KPIs a goal can track from the sales data (keys of the period table), and whether more is better.
DATA_KPIS: dict[str, bool] = {
    "retention_rate": True,
    "churn_rate": False,
    "repeat_purchase_rate": True,
    "customers_end": True,
    "new": True,
    "reactivated": True,
    "revenue": True,
    "aov": True,
    "purchase_frequency": True,
}
OTHER_METRICS = ("nps", "manual")
CUSTOMER_WORDS = re.compile(
    r"kund|customer|client|käufer|buyer|member|mitglied|persona|stamm|neukund|gäst|guest", re.IGNORECASE
)
PERIOD_MONTHS = {"month": 1, "quarter": 3, "year": 12}


@dataclass(frozen=True)
class Check:
    letter: str
    ok: bool | None
    code: str
    params: Mapping[str, object] = field(default_factory=dict)


def _parse(day: str) -> date | None:
    try:
        return date.fromisoformat(day) if day else None
    except ValueError:
        return None


def periods_between(start: date, end: date, period: str) -> int:
    months = (end.year - start.year) * 12 + end.month - start.month
    return max(1, math.ceil(months / PERIOD_MONTHS[period]))


def best_stretch(values: Sequence[float | None], steps: int, higher_is_better: bool) -> float | None:
    """The best change per period over any `steps` consecutive periods of the history."""
    best = None
    for i in range(len(values) - steps):
        a, b = values[i], values[i + steps]
        if a is None or b is None:
            continue
        change = (b - a) / steps if higher_is_better else (a - b) / steps
        best = change if best is None else max(best, change)
    return best


def smart_checks(
    goal: Goal,
    *,
    today: date,
    history: Sequence[float | None] = (),
    period: str = "quarter",
    has_sales: bool = False,
    has_survey: bool = False,
) -> list[Check]:
    """`history` is the metric per complete period from the project's data (data KPIs)."""
    checks = []
    # S
    text = f"{goal.title} {goal.description}"
    if len(goal.description.strip()) < 20:
        checks.append(Check("S", False, "specific_short"))
    elif not (goal.personas or goal.stages or CUSTOMER_WORDS.search(text)):
        checks.append(Check("S", False, "specific_group"))
    else:
        checks.append(Check("S", True, "specific_ok"))
    # M
    if not goal.metric:
        checks.append(Check("M", False, "measurable_metric"))
    elif goal.target_value is None:
        checks.append(Check("M", False, "measurable_target"))
    elif goal.metric == "manual" and not goal.unit.strip():
        checks.append(Check("M", False, "measurable_unit"))
    elif goal.metric in DATA_KPIS and not has_sales:
        checks.append(Check("M", False, "measurable_no_data"))
    elif goal.metric == "nps" and not has_survey:
        checks.append(Check("M", None, "measurable_no_survey"))
    else:
        checks.append(Check("M", True, "measurable_ok"))
    # A
    start, deadline = _parse(goal.baseline_date), _parse(goal.deadline)
    if (
        goal.baseline_value is None
        or goal.target_value is None
        or start is None
        or deadline is None
        or deadline <= start
    ):
        checks.append(Check("A", None, "achievable_incomplete"))
    elif goal.metric not in DATA_KPIS or not [v for v in history if v is not None]:
        checks.append(Check("A", None, "achievable_no_history"))
    else:
        higher = DATA_KPIS[goal.metric]
        steps = periods_between(start, deadline, period)
        required = (goal.target_value - goal.baseline_value) / steps * (1 if higher else -1)
        best = best_stretch(history, steps, higher)
        params = {"required": required, "best": best, "periods": steps}
        if required <= 0:
            checks.append(Check("A", True, "achievable_keep", params))
        elif best is None:
            checks.append(Check("A", None, "achievable_short_history", params))
        elif required > best:
            checks.append(Check("A", False, "achievable_too_steep", params))
        else:
            checks.append(Check("A", True, "achievable_ok", params))
    # R
    if not (goal.personas or goal.stages or goal.bond_types):
        checks.append(Check("R", False, "relevant_link"))
    elif not goal.relevance.strip():
        checks.append(Check("R", False, "relevant_reason"))
    else:
        checks.append(Check("R", True, "relevant_ok"))
    # T
    if deadline is None:
        checks.append(Check("T", False, "timebound_deadline"))
    elif deadline <= today:
        checks.append(Check("T", False, "timebound_past"))
    elif start is not None and deadline <= start:
        checks.append(Check("T", False, "timebound_before_baseline"))
    else:
        checks.append(Check("T", True, "timebound_ok"))
    return checks


@dataclass(frozen=True)
class Progress:
    current: float | None
    fraction: float | None  # 0..1, None without current value
    expected: float | None  # share of the time elapsed, 0..1
    status: str  # on_track, at_risk, off_track, achieved, no_data


def goal_progress(goal: Goal, current: float | None, *, today: date) -> Progress:
    if (
        current is None
        or goal.baseline_value is None
        or goal.target_value is None
        or goal.target_value == goal.baseline_value
    ):
        return Progress(current, None, None, "no_data")
    fraction = (current - goal.baseline_value) / (goal.target_value - goal.baseline_value)
    fraction = min(1.0, max(0.0, fraction))
    start, deadline = _parse(goal.baseline_date), _parse(goal.deadline)
    if fraction >= 1.0:
        return Progress(current, fraction, None, "achieved")
    if start is None or deadline is None or deadline <= start:
        return Progress(current, fraction, None, "no_data")
    expected = min(1.0, max(0.0, (today - start).days / (deadline - start).days))
    if fraction >= expected - 0.05:
        status = "on_track"
    elif fraction >= expected - 0.25:
        status = "at_risk"
    else:
        status = "off_track"
    return Progress(current, fraction, expected, status)


def metric_history(goal: Goal, periods: Sequence[dict]) -> list[float | None]:
    """The goal's data KPI over the complete periods (partial ones would distort it)."""
    if goal.metric not in DATA_KPIS:
        return []
    return [p[goal.metric] for p in periods if not p["partial"]]


def baseline_from_data(metric: str, periods: Sequence[dict]) -> tuple[float, str] | None:
    """The metric in the latest complete period that has a value, dated the day after that
    period. Given judgeable periods, a figure the activity window does not cover is no
    baseline: then None, and the caller says why."""
    if metric not in DATA_KPIS:
        return None
    usable = [p for p in periods if not p["partial"] and p[metric] is not None]
    if not usable:
        return None
    latest = usable[-1]
    day = date.fromordinal(date.fromisoformat(latest["end"]).toordinal() + 1)
    return round(float(latest[metric]), 2), day.isoformat()


def current_value(
    goal: Goal, periods: Sequence[dict], checkin_values: Sequence[float], nps: float | None = None
) -> float | None:
    """From the data for a data KPI (latest complete period); for an NPS goal the survey's
    NPS of its latest complete period (`nps`) when there are answers; else the latest check-in."""
    if goal.metric in DATA_KPIS:
        history = [v for v in metric_history(goal, periods) if v is not None]
        return history[-1] if history else None
    if goal.metric == "nps" and nps is not None:
        return nps
    return checkin_values[-1] if checkin_values else None
