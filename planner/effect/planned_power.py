"""How small an effect a measure could detect when its participants are not in the data yet
(DESIGN section 7, Power: "for a planned list not yet in the data, group sizes scaled to the
planned counts").

Nobody on such a list can be followed in the data, so the shop's own customers stand in for
them: the DiD's bootstrap at the placebo start s' (the latest instant with a full horizon of
data before s) is run once with every customer of the data on both sides, resampled
separately. The two sides are independent, so the DiD's variance is the sum of the two
groups' variances, each of the form sigma^2 / n:

    Var(N, N)      = 2 sigma^2 / N          (the stand-in run, N customers a side)
    Var(n_p, n_o)  = sigma^2 (1/n_p + 1/n_o)
    SE(n_p, n_o)   = SE(N, N) x sqrt(N (1/n_p + 1/n_o) / 2)

n_p = the planned participants taking part, n_o = the comparison group: the holdout drawn
from the planned participants (15 %, at least 30; `planner.effect.holdout`) or, without one,
the other customers of the data. The figure assumes the planned participants buy like the
shop's customers do; a matched comparison's weights make the real figure somewhat larger.
One stand-in bootstrap serves every planned count, so a team can try counts at no cost.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

import numpy as np
import pandas as pd

from planner.effect.did import MIN_GROUP, compare_groups, customer_matrix
from planner.effect.evaluate import SalesData, Settings
from planner.effect.holdout import SHARE, holdout_size
from planner.effect.horizon import shift_months
from planner.effect.money import MDE_FACTOR, Power

_SEED_OFFSET = 99  # the same offset the measure's own power bootstrap uses


@dataclass(frozen=True)
class StandIn:
    """The DiD's standard errors with every customer of the data on both sides at `at`."""

    at: date
    customers: int  # N, on each side
    se_points: float | None
    se_money: float | None  # revenue per customer


def stand_in(
    data: SalesData,
    start: date,
    settings: Settings | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> StandIn | None:
    """None where the data holds no full horizon before s' (or too few customers to stand in)."""
    settings = settings or Settings()
    activity, h = data.activity, settings.horizon_months
    s = np.datetime64(start, "D")
    at = shift_months(min(s, activity.end), -h)[0]  # its horizon ends where the data or s does
    if shift_months(at, -h)[0] < activity.first_day:
        return None
    codes = np.arange(len(activity.customer_ids), dtype=np.int64)
    if len(codes) < MIN_GROUP:
        return None
    matrix = customer_matrix(activity, codes, np.full(len(codes), at), settings.window_months, h)
    c = compare_groups(
        matrix, matrix, replicates=settings.replicates, seed=settings.seed + _SEED_OFFSET, cancelled=cancelled
    )
    if c.smallest_group < MIN_GROUP:
        return None
    return StandIn(at=_date(at), customers=len(codes), se_points=c.retention.se, se_money=c.revenue.se)


def group_sizes(planned: int, holdout: bool, others: int, share: float = SHARE) -> tuple[int, int] | None:
    """(taking part, comparison group) for `planned` participants; None where a holdout cannot
    be drawn from so few, or nobody is left to compare with."""
    if holdout:
        held = holdout_size(planned, share)
        return (planned - held, held) if held else None
    return (planned, others) if planned > 0 and others > 0 else None


def scale_factor(customers: int, taking_part: int, comparison: int) -> float:
    """sqrt(N (1/n_p + 1/n_o) / 2): 1 when both groups are as large as the stand-in's."""
    return math.sqrt(customers * (1 / taking_part + 1 / comparison) / 2)


def planned_power(
    base: StandIn,
    planned: int,
    judgeable_from: date,
    *,
    holdout: bool,
    others: int | None = None,
    share: float = SHARE,
) -> Power | None:
    """The smallest detectable effect for `planned` participants; `others` = the comparison
    group without a holdout (default: every customer of the data)."""
    sizes = group_sizes(planned, holdout, base.customers if others is None else others, share)
    if sizes is None:
        return None
    factor = scale_factor(base.customers, *sizes)
    return Power(
        at=base.at,
        mde_points=None if base.se_points is None else MDE_FACTOR * base.se_points * factor,
        mde_money=None if base.se_money is None else MDE_FACTOR * base.se_money * factor,
        judgeable_from=judgeable_from,
        participants=planned,
    )


def judgeable_from(start: date, settings: Settings | None = None) -> date:
    """s + H: the first day a horizon after the start is in the data."""
    settings = settings or Settings()
    return _date(shift_months(np.datetime64(start, "D"), settings.horizon_months)[0])


def _date(day: np.datetime64) -> date:
    return pd.Timestamp(day).date()
