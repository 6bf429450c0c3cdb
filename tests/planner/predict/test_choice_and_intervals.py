"""The automatic model choice's split and naive baseline by hand, and the 90 % intervals
of expected purchases over simulated shops. How often the choice picks each model over
simulated shops is in test_choice_calibration.py."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.predict.choice import NAIVE, Choice, choose, split_day
from planner.predict.intervals import bounds, draw, sum_bounds
from planner.predict.models import MODELS
from planner.predict.summary import transaction_days
from tests.planner.predict.simulate import simulate

ALL = ("bgnbd", "mbgnbd", "pareto")
TRUTH = {"bgnbd": [0.5, 6.0, 0.7, 3.0], "mbgnbd": [0.5, 6.0, 0.9, 1.2], "pareto": [0.6, 8.0, 0.8, 12.0]}


def test_split_keeps_the_last_third_and_at_least_13_weeks_back():
    # 300 days: a third is 100 days; 150 days: a third is 50, so 91 are kept back
    assert split_day(0, 299) == 299 - 100
    assert split_day(0, 149) == 149 - 91
    assert split_day(0, 80) is None  # not even 13 weeks


def test_choice_on_a_crafted_shop_by_hand():
    """A buys every 30 days from 2024-01-01 to 2024-12-26 (13 purchases); B on 2024-03-01
    and 2024-10-15. Span 2024-01-01 .. 2024-12-26 = 361 days; a third, rounded, is 120 days
    kept back, so the earlier part ends 2024-08-28 (A's 9th purchase, day 240).
    Naive baseline, each customer's past rate x 120 / 7 weeks:
    A: 8 repeat days in 240 / 7 weeks -> 8 / 240 x 120 = 4 predicted, 4 happened (days 270..360);
    B: no repeat day -> 0 predicted, 1 happened. Mean absolute error (0 + 1) / 2 = 0.5."""
    days = pd.date_range("2024-01-01", "2024-12-31", freq="30D")
    rows = [("A", d) for d in days] + [("B", pd.Timestamp("2024-03-01")), ("B", pd.Timestamp("2024-10-15"))]
    table = pd.DataFrame(
        {
            "customer_id": [c for c, _ in rows],
            "date": [d for _, d in rows],
            "amount": 10.0,
            "order_id": pd.Series([pd.NA] * len(rows), dtype="object"),
        }
    )
    tx = transaction_days(table)
    choice = choose(tx, tx.last_day, "week", models=())
    assert isinstance(choice, Choice)
    assert str(np.datetime64(choice.split_end, "D")) == "2024-08-28"
    assert choice.length == pytest.approx(120 / 7)
    assert choice.actual == 5
    assert choice.naive_predicted == pytest.approx(4.0)
    assert choice.naive_mae == pytest.approx(0.5)
    assert choice.errors() == {NAIVE: pytest.approx(0.5)}


@pytest.mark.parametrize(("key", "seeds"), [("bgnbd", 30), ("pareto", 16)])
def test_intervals_cover_the_true_expectation_about_90_percent_of_the_time(key, seeds):
    """Shops of 1,000 customers: the interval of the sum of expected purchases over the next
    26 weeks (200 draws from the fit's asymptotic normal) contains the sum computed with the
    true parameters in about 90 % of the shops, and each customer's interval their own true
    expectation about 90 % of the time (tolerance for 16-30 shops and the asymptotics)."""
    model = MODELS[key]
    sums, customers = [], []
    for seed in range(seeds):
        x, t_x, T, _later = simulate(key, TRUTH[key], np.random.default_rng(seed), 1000, 52.0, 26.0)
        fit = model.fit(x, t_x, T, covariance=True)
        draws = draw(fit, np.random.default_rng(33))
        assert draws is not None and draws.shape == (200, 4)
        expected = np.array([model.expected_purchases(p, 26.0, x, t_x, T) for p in draws])
        true = model.expected_purchases(np.array(TRUTH[key]), 26.0, x, t_x, T)
        lo, hi = sum_bounds(expected.sum(axis=1))
        sums.append(lo <= true.sum() <= hi)
        low, high = bounds(expected)
        customers.append(np.mean((low <= true) & (true <= high)))
    assert 0.75 <= np.mean(sums) <= 0.98
    assert 0.78 <= np.mean(customers) <= 0.97


def test_spend_correlation_is_spearman_by_hand():
    from planner.predict.forecast import spend_correlation

    # x = 1, 2, 3, 4; spend 10, 30, 20, 40: ranks 1 2 3 4 vs 1 3 2 4, d = 0 1 1 0,
    # rho = 1 - 6 x 2 / (4 x 15) = 0.8
    x = np.array([1.0, 2, 3, 4])
    assert spend_correlation(x, np.array([10.0, 30, 20, 40])) == pytest.approx(0.8)
    # ties take average ranks: spend 10, 10, 20, 40 -> ranks 1.5 1.5 3 4
    tied = np.corrcoef([1, 2, 3, 4], [1.5, 1.5, 3, 4])[0, 1]
    assert spend_correlation(x, np.array([10.0, 10, 20, 40])) == pytest.approx(tied)
    assert spend_correlation(x, np.full(4, 5.0)) is None
