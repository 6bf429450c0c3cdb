"""What a retention goal is worth: the extra revenue and margin a year once its target holds.

Computed from the project's own data, in steps a controller can follow (the goal table shows
them in the tooltip):

- the *basis* is the last year of the data (the day after the same date a year before the
  last day, to the last day): buyers, purchases, purchase revenue, new
  customers; a customer is worth `revenue / buyers` a year;
- retention rate and churn rate: S = customers at the start of the latest complete period
  (what the rate is measured on); each period the target keeps (gap in percentage points) x S
  more of them, P periods a year; each kept customer brings a year of an average customer's
  revenue: extra revenue = S x gap / 100 x P x revenue per customer;
- repeat purchase rate: of the customers who bought for the first time in the last year,
  gap / 100 more come back; each brings a year of revenue beyond the first order they made
  anyway: extra revenue = new customers x gap / 100 x (revenue per customer - order value);
- margin = revenue x the project's gross margin.

A goal whose target is already reached, or that asks for a worse rate, is worth nothing
more; the figure is a yearly run rate once the target holds, not a forecast of this year.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import TYPE_CHECKING

import numpy as np

from planner.metrics.periods import PERIOD_MONTHS, Purchases
from planner.model import Goal, Period

if TYPE_CHECKING:
    from planner.goals.smart import Progress as GoalProgress
    from planner.metrics.dataset import SalesAnalysis
    from planner.segments.subset import Segment
    from planner.store import ProjectStore

VALUED_METRICS = ("retention_rate", "churn_rate", "repeat_purchase_rate")


@dataclass(frozen=True)
class YearBasis:
    """The last year of the data."""

    start: date
    end: date
    buyers: int
    orders: int
    revenue: float
    new_customers: int  # first purchase ever in these days

    @property
    def revenue_per_customer(self) -> float:
        return self.revenue / self.buyers if self.buyers else 0.0

    @property
    def order_value(self) -> float:
        return self.revenue / self.orders if self.orders else 0.0


def year_basis(data: Purchases) -> YearBasis | None:
    """None without purchases or without amounts: no money value can be put on a goal."""
    if len(data.day) == 0 or not data.has_amounts:
        return None
    end = date.fromisoformat(str(data.day.max())[:10])
    start = _year_before(end) + timedelta(days=1)
    first_of_year = np.datetime64(start, "D")
    recent = data.day >= first_of_year
    first_day = np.full(data.n_customers, np.datetime64("9999-12-31", "D"))
    np.minimum.at(first_day, data.customer, data.day.astype("datetime64[D]"))
    bought = np.bincount(data.customer, minlength=data.n_customers) > 0  # a customer with only returns is none
    return YearBasis(
        start=start,
        end=end,
        buyers=len(np.unique(data.customer[recent])),
        orders=int(recent.sum()),
        revenue=float(data.value[recent].sum()),
        new_customers=int((bought & (first_day >= first_of_year)).sum()),
    )


def _year_before(day: date) -> date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


@dataclass(frozen=True)
class GoalValue:
    metric: str
    current: float
    target: float
    gap: float  # percentage points still to gain (0 when reached)
    base: int  # S (retention, churn) or new customers a year (repeat rate)
    base_period: str  # the period S is taken from ("" for the repeat rate)
    periods_per_year: float
    extra_customers: float  # a year
    value_per_customer: float  # revenue a year
    revenue: float
    margin: float
    margin_pct: float
    basis: YearBasis


def goal_value(
    metric: str,
    current: float | None,
    target: float | None,
    periods: list[dict],
    basis: YearBasis | None,
    *,
    period: Period | str,
    margin_pct: float,
) -> GoalValue | None:
    """None when the metric is not one a value can be put on, or the data cannot say."""
    if metric not in VALUED_METRICS or current is None or target is None or basis is None or not basis.buyers:
        return None
    gap = max(0.0, (current - target) if metric == "churn_rate" else (target - current))
    if metric == "repeat_purchase_rate":
        base, base_period, per_year = basis.new_customers, "", 1.0
        value_per_customer = max(0.0, basis.revenue_per_customer - basis.order_value)
    else:
        usable = [p for p in periods if not p["partial"] and p.get("customers_start")]
        if not usable:
            return None
        base, base_period = int(usable[-1]["customers_start"]), str(usable[-1]["period"])
        per_year = 12 / PERIOD_MONTHS[Period(period)]
        value_per_customer = basis.revenue_per_customer
    extra = base * gap / 100.0 * per_year
    revenue = extra * value_per_customer
    return GoalValue(
        metric=metric,
        current=current,
        target=target,
        gap=gap,
        base=base,
        base_period=base_period,
        periods_per_year=per_year,
        extra_customers=extra,
        value_per_customer=value_per_customer,
        revenue=revenue,
        margin=revenue * margin_pct / 100.0,
        margin_pct=margin_pct,
        basis=basis,
    )


def goal_values(
    goals: Sequence[Goal],
    current: Mapping[int, float | None],
    periods: list[dict],
    basis: YearBasis | None,
    *,
    period: Period | str,
    margin_pct: float,
) -> dict[int, GoalValue]:
    """Every goal a value can be put on, by goal id (`current`: each goal's value today);
    the goal table, the plan workbook and the report show the same figures."""
    values = {}
    for goal in goals:
        value = goal_value(
            goal.metric,
            current.get(goal.id),
            goal.target_value,
            periods,
            basis,
            period=period,
            margin_pct=margin_pct,
        )
        if value is not None:
            values[goal.id] = value
    return values


def goal_figures(
    store: ProjectStore,
    goals: Sequence[Goal],
    analysis: SalesAnalysis | None,
    *,
    period: Period | str,
    window_months: int,
    margin_pct: float,
    today: date,
    nps: float | None = None,
) -> tuple[dict[int, GoalProgress], dict[int, GoalValue]]:
    """Every goal's progress and worth, each measured on its own rows: the whole data, or
    the segment the goal is set on (a retention goal for the online shop follows the online
    shop's retention, and its worth that segment's customers and order values). A segment
    the data no longer has gives no figures, never the whole data's. `nps`: the survey's
    latest complete NPS, for NPS goals."""
    from planner.goals.goal_table import progress_of
    from planner.segments.subset import of_goal

    by_segment: dict[Segment | None, list[Goal]] = {}
    for goal in goals:
        by_segment.setdefault(of_goal(goal), []).append(goal)
    progress: dict[int, GoalProgress] = {}
    values: dict[int, GoalValue] = {}
    for segment, members in by_segment.items():
        part = analysis.segment(segment) if analysis is not None else None
        usable = part is not None and not part.empty
        judged = part.judgeable_periods(period, window_months) if usable else []  # type: ignore[union-attr]
        for goal in members:
            progress[goal.id] = progress_of(store, goal, judged, today, nps)
        basis = year_basis(part.purchases) if usable else None  # type: ignore[union-attr]
        current = {goal.id: progress[goal.id].current for goal in members}
        values.update(goal_values(members, current, judged, basis, period=period, margin_pct=margin_pct))
    return progress, values
