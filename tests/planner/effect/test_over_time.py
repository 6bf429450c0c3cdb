"""Effectiveness over time (DESIGN section 7, "Over time"): the curve against the exact truth
of simulated shops (over_time_shop), the rules by hand, and effect_0 = the verdict's DiD."""

from __future__ import annotations

from datetime import date
from functools import cache

import numpy as np
import pytest

from planner.effect.did import Comparison, Estimate, Series
from planner.effect.evaluate import Evaluation, SalesData, Settings, evaluate
from planner.effect.over_time import Point, fading, later_months, over_time
from planner.effect.participants import list_spec
from tests.planner.effect import over_time_shop as shop

SEEDS = range(10)
SCENARIOS = {"holds": shop.holds, "grows": shop.grows, "stops": shop.stops}
FAST = Settings(placebo=False, replicates=400)


@cache
def run(name: str, seed: int) -> Evaluation:
    frame, ids = shop.simulate(seed, SCENARIOS[name], customers=1600)
    return evaluate(SalesData(frame), date(2023, 1, 1), list_spec(ids), settings=FAST)


@cache
def truths(name: str, count: int) -> np.ndarray:
    return np.array([shop.truth(SCENARIOS[name], k) for k in range(count)])


def _check_follows_truth(name: str) -> tuple[int, int]:
    """Mean over seeds close to the truth at every month; returns (covered, intervals)."""
    estimates, covered, total = [], 0, 0
    for seed in SEEDS:
        points = run(name, seed).over_time.points
        # data to 2024-12-31, H = 3: t_k + 3 months <= 2025-01-01, so k = 0 .. 21
        assert [p.at for p in points][-1] == date(2024, 10, 1) and len(points) == 22
        true = truths(name, len(points))
        estimates.append([p.effect for p in points])
        for p, t in zip(points, true):
            assert p.ci is not None
            covered += p.ci[0] <= t <= p.ci[1]
            total += 1
    mean = np.mean(np.array(estimates, dtype=float), axis=0)
    # the standard error of one point is about 2.2 points: of a mean over 10 shops about 0.7
    assert np.max(np.abs(mean - truths(name, len(mean)))) < 3.0
    return covered, total


@pytest.mark.parametrize("name", list(SCENARIOS))
def test_the_curve_follows_the_truth_and_its_intervals_cover_it(name: str) -> None:
    """95 % intervals over 10 shops x 22 months: the months of one shop share its before-gap, so
    they miss together; the tolerance allows that (about 0.95 expected)."""
    covered, total = _check_follows_truth(name)
    assert 0.85 <= covered / total <= 0.995, (name, covered, total)


def test_fading_is_named_for_the_stopped_effect_and_not_for_the_holding_or_growing_one() -> None:
    """Stopped after six months: the latest interval (October 2024, truth 0.0) contains 0 in
    about 95 % of shops, after the first months clearly above 0. Holding and growing effects
    stay far above 0 (truth about 17 and 20 points at the end)."""
    stopped = sum(run("stops", seed).over_time.faded for seed in SEEDS)
    assert stopped >= 8
    assert not any(run(name, seed).over_time.faded for name in ("holds", "grows") for seed in SEEDS)
    faded = run("stops", next(s for s in SEEDS if run("stops", s).over_time.faded)).over_time
    assert faded.peak is not None and faded.peak < date(2023, 9, 1)  # above 0 only while it ran (and its echo)


def test_effect_0_is_the_verdicts_did_exactly() -> None:
    """Same replicates, same weights: the first point is the verdict's estimate and interval,
    and adding the later instants changes nothing in the verdict."""
    frame, ids = shop.simulate(3, shop.grows, customers=1600)
    data = SalesData(frame)
    with_curve = evaluate(data, date(2023, 1, 1), list_spec(ids), settings=FAST)
    without = evaluate(
        data, date(2023, 1, 1), list_spec(ids), settings=Settings(placebo=False, replicates=400, over_time=False)
    )
    first = with_curve.over_time.points[0]
    assert first.effect == with_curve.comparison.retention.did == without.comparison.retention.did
    assert first.ci == with_curve.comparison.retention.ci == without.comparison.retention.ci
    assert with_curve.verdict == without.verdict and without.over_time is None


def _comparison(retention: list[float], purchases: list[float], revenue: list[float]) -> Comparison:
    """A comparison whose series is given: 2 replicates, both equal to the points."""

    def boot(values: list[float]) -> np.ndarray:
        return np.array([values, values], dtype=float)

    none = Estimate(None, None, None, None, None, None)
    k = len(retention)
    series = Series(
        retention=np.array(retention, dtype=float),
        purchases=np.array(purchases, dtype=float),
        revenue=np.array(revenue, dtype=float),
        retention_boot=boot(retention),
        purchases_boot=boot(purchases),
        revenue_boot=boot(revenue),
        n_p=np.full(k, 100),
        n_o=np.full(k, 100),
    )
    return Comparison(none, none, none, none, 100, 100, 100, 100, 100, 100, replicates=2, seed=0, series=series)


def test_cumulative_money_and_the_month_it_paid_for_itself_by_hand() -> None:
    """H = 3, 100 participants active at s, margin 40 %, cost 150.
    Revenue DiD per participant at t_0, t_1, t_2: 3, 6, 3 (each over 3 months), so per month
    1, 2, 1 per participant, 100, 200, 100 in all: cumulative revenue 100, 300, 400, margin
    40, 120, 160. Purchases DiD 0.3, 0.6, 0 -> per month 0.1, 0.2, 0 -> 10, 30, 30 in all.
    The margin first exceeds 150 at t_2 (160): it paid for itself in March."""
    c = _comparison([5.0, 4.0, 1.0], [0.3, 0.6, 0.0], [3.0, 6.0, 3.0])
    o = over_time(c, date(2025, 1, 1), 3, 40.0, 150.0, "EUR")
    assert o is not None
    assert [p.at for p in o.points] == [date(2025, 1, 1), date(2025, 2, 1), date(2025, 3, 1)]
    assert [p.cum_margin for p in o.points] == pytest.approx([40.0, 120.0, 160.0])
    assert [p.cum_purchases for p in o.points] == pytest.approx([10.0, 30.0, 30.0])
    assert o.points[2].ci_margin == pytest.approx((160.0, 160.0))
    assert o.paid_off == date(2025, 3, 1)
    # without a margin: purchases only, nothing paid off
    plain = over_time(c, date(2025, 1, 1), 3, None, 150.0)
    assert plain is not None and plain.points[0].cum_margin is None and plain.paid_off is None


def _point(lo: float, hi: float, month: int) -> Point:
    return Point(date(2025, month, 1), (lo + hi) / 2, (lo, hi), None, None, None, None, 100, 100)


def test_fading_rule_by_hand() -> None:
    above, zero, below = (2.0, 9.0), (-1.0, 4.0), (-8.0, -1.0)
    assert fading([_point(*above, 1), _point(*zero, 2)]) == (True, date(2025, 1, 1))
    assert fading([_point(*above, 1), _point(*zero, 2), _point(*above, 3)]) == (False, None)  # it came back
    assert fading([_point(*zero, 1), _point(*zero, 2)]) == (False, None)  # never above 0
    assert fading([_point(*above, 1), _point(*below, 2)]) == (False, None)  # harmful now, not faded
    assert fading([_point(*above, 1)]) == (False, None)


def test_instants_stop_one_horizon_before_the_data_ends_and_one_horizon_after_the_measure() -> None:
    """Data to 2024-12-31 (first day not covered 2025-01-01), H = 3, start 2024-06-15: s + k + 3
    months <= 2025-01-01 for k <= 3 (k = 4: 2025-01-15). Ending 2024-06-30: s + k <= 2024-09-30
    still for k <= 3 (2024-09-15); ending 2024-05-20 (entered before the start): s + k <=
    2024-08-20 for k <= 2 only."""
    end = np.datetime64("2025-01-01")
    assert later_months(date(2024, 6, 15), None, end, 3) == [1, 2, 3]
    assert later_months(date(2024, 6, 15), date(2024, 6, 30), end, 3) == [1, 2, 3]
    assert later_months(date(2024, 6, 15), date(2024, 5, 20), end, 3) == [1, 2]
