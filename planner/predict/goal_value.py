"""What a retention goal is worth: the extra revenue and margin a year once its target holds
(DESIGN section 6, "What a goal is worth").

Computed from the project's own data on the latest complete period P = [t0, t1), in steps a
controller can follow (the goal table shows them in the tooltip):

- retention rate and churn rate: S = customers active at t0 (customers_start of P); each
  period the target keeps (gap in percentage points) x S more of them, so kept customers a
  year = S x gap / 100 x periods a year. A kept customer is worth what an active customer
  brought in the following year, observed: the net revenue in [t0 - 12 months, t0) of the
  customers active at t0 - 12 months (activity window W: a purchase in the W months before),
  divided by their number. (Last year's revenue per buyer, used before, overstated it: the
  year's buyers include new customers who bought once and the loyal who bought most.)
- repeat purchase rate: extra repeat customers = customers with at least one purchase
  before t1 x gap / 100 (the rate's own base); one is worth the mean net revenue of repeat
  customers' purchases after their first, in the 12 months after the first purchase, over
  the customers whose first purchase is at least 12 months before t1 (so all have had a
  full year) and who bought again within it.
- margin = revenue x the project's gross margin. Goals' values are never summed.

A goal whose target is already reached, or that asks for a worse rate, is worth nothing
more; the figure is a yearly run rate once the target holds, not a forecast of this year.
`YearBasis` keeps the data and the activity window; each goal's own basis (who the value
of one customer was observed on, their number and revenue) travels with its `GoalValue`.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
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
    """Whom the value of one customer is observed on: `buyers` customers, their `revenue`
    and `orders` from `start` to `end` (inclusive). From `year_basis` it is the last year of
    the data (kept for the callers that show it); a `GoalValue` carries the basis of its
    own computation (section 6)."""

    start: date
    end: date
    buyers: int
    orders: int
    revenue: float
    new_customers: int  # first purchase ever in these days
    data: Purchases | None = field(default=None, repr=False, compare=False)
    window_months: int = 12

    @property
    def revenue_per_customer(self) -> float:
        return self.revenue / self.buyers if self.buyers else 0.0

    @property
    def order_value(self) -> float:
        return self.revenue / self.orders if self.orders else 0.0


def year_basis(data: Purchases, window_months: int = 12) -> YearBasis | None:
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
        data=data,
        window_months=window_months,
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
    base: int  # S (retention, churn) or customers with a purchase before t1 (repeat rate)
    base_period: str  # the latest complete period P the base is taken from
    periods_per_year: float
    extra_customers: float  # a year
    value_per_customer: float  # revenue a year
    revenue: float
    margin: float
    margin_pct: float
    basis: YearBasis  # whom value_per_customer was observed on (revenue / buyers)


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
    usable = [p for p in periods if not p["partial"] and p.get("customers_start") is not None]
    if not usable or basis.data is None:
        return None
    latest = usable[-1]
    t0 = date.fromisoformat(str(latest["start"]))
    t1 = date.fromisoformat(str(latest["end"])) + timedelta(days=1)
    if metric == "repeat_purchase_rate":
        base, base_period, per_year = _customers_before(basis.data, t1), str(latest["period"]), 1.0
        own = _repeat_basis(basis.data, t1)
    else:
        if not latest["customers_start"]:
            return None
        base, base_period = int(latest["customers_start"]), str(latest["period"])
        per_year = 12 / PERIOD_MONTHS[Period(period)]
        own = _kept_basis(basis.data, t0, basis.window_months)
    if own is None:
        return None
    value_per_customer = own.revenue_per_customer
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
        basis=own,
    )


def _month(day: date) -> int:
    return day.year * 12 + day.month - 1  # as planner.metrics.periods.month_number


def _kept_basis(data: Purchases, t0: date, window_months: int) -> YearBasis | None:
    """Customers active at t0 - 12 months and their net revenue in [t0 - 12 months, t0).
    t0 is the first day of a period, so whole calendar months delimit both."""
    m0 = _month(t0)
    start = m0 - 12
    active = np.zeros(data.n_customers, dtype=bool)
    active[data.customer[(data.month >= start - window_months) & (data.month < start)]] = True
    n = int(active.sum())
    if n == 0:
        return None
    rows = (data.row_month >= start) & (data.row_month < m0) & active[data.row_customer]
    orders = (data.month >= start) & (data.month < m0) & active[data.customer]
    return YearBasis(
        start=_month_start(start),
        end=t0 - timedelta(days=1),
        buyers=n,
        orders=int(orders.sum()),
        revenue=float(data.row_amount[rows].sum()),
        new_customers=0,
    )


def _month_start(month: int) -> date:
    return date(month // 12, month % 12 + 1, 1)


def _customers_before(data: Purchases, t1: date) -> int:
    return len(np.unique(data.customer[data.day < np.datetime64(t1, "D")]))


def _year_after(day: np.ndarray) -> np.ndarray:
    """The same calendar day a year later (29 February: 28 February)."""
    import pandas as pd

    return (pd.to_datetime(day) + pd.DateOffset(years=1)).to_numpy().astype("datetime64[D]")


def _repeat_basis(data: Purchases, t1: date) -> YearBasis | None:
    """Repeat customers' purchases after their first, within a year of the first, over the
    customers whose first purchase lies at least a year before t1."""
    if len(data.day) == 0:
        return None
    order = np.lexsort((np.arange(len(data.day)), data.day, data.customer))  # first = earliest, then as listed
    customer, day, value = data.customer[order], data.day[order], data.value[order]
    is_first = np.r_[True, customer[1:] != customer[:-1]]
    first_day = np.full(data.n_customers, np.datetime64("NaT", "D"))
    first_day[customer[is_first]] = day[is_first]
    eligible_customer = np.zeros(data.n_customers, dtype=bool)
    seen = ~np.isnat(first_day)
    eligible_customer[seen] = _year_after(first_day[seen]) <= np.datetime64(t1, "D")
    year_end = np.full(data.n_customers, np.datetime64("NaT", "D"))
    year_end[seen] = _year_after(first_day[seen])
    later = ~is_first & eligible_customer[customer] & (day < year_end[customer])
    repeaters = np.unique(customer[later])
    if len(repeaters) == 0:
        return None
    first_days = first_day[eligible_customer]
    return YearBasis(
        start=date.fromisoformat(str(first_days.min())),
        end=date.fromisoformat(str(first_days.max())),
        buyers=len(repeaters),
        orders=int(later.sum()),
        revenue=float(value[later].sum()),
        new_customers=int(eligible_customer.sum()),
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
        basis = year_basis(part.purchases, window_months) if usable else None  # type: ignore[union-attr]
        current = {goal.id: progress[goal.id].current for goal in members}
        values.update(goal_values(members, current, judged, basis, period=period, margin_pct=margin_pct))
    return progress, values
