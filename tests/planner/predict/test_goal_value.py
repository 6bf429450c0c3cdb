"""What a goal is worth (DESIGN section 6), on a crafted table computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from planner.metrics.periods import compute_period_kpis, prepare
from planner.predict.goal_value import goal_value, year_basis
from tests.planner.sales_helpers import table

# Quarters, activity window W = 12 months; the data runs 2022-09-30 .. 2024-12-31, so the
# latest complete period is P = 2024Q4 = [t0, t1) = [2024-10-01, 2025-01-01).
# t0 - 12 months = 2023-10-01; active then = a purchase in [2022-10-01, 2023-10-01).
# A: 2023-05-01 (100, active), 2024-03-01 (200), a return on 2024-04-10 (-50)
# B: 2022-11-15 (80, active), nothing after
# C: 2022-09-30 (60, a day before the window: not active), 2024-02-01 (500)
# D: 2023-09-30 (40, active), 2023-12-01 (70), 2024-09-30 (30)
# E: 2023-10-01 (90: on t0 - 12 months itself, not before it: not active), 2024-06-01 (40)
# F: 2024-11-01 (120), 2024-12-31 (50): new in P
SALES = table(
    [
        ("A", "2023-05-01", 100),
        ("A", "2024-03-01", 200),
        ("A", "2024-04-10", -50),
        ("B", "2022-11-15", 80),
        ("C", "2022-09-30", 60),
        ("C", "2024-02-01", 500),
        ("D", "2023-09-30", 40),
        ("D", "2023-12-01", 70),
        ("D", "2024-09-30", 30),
        ("E", "2023-10-01", 90),
        ("E", "2024-06-01", 40),
        ("F", "2024-11-01", 120),
        ("F", "2024-12-31", 50),
    ]
)


@pytest.fixture(scope="module")
def shop():
    data = prepare(SALES)
    periods = compute_period_kpis(data, "quarter", 12)
    return data, periods, year_basis(data, 12)


def test_the_base_period_is_the_latest_complete_one(shop):
    _data, periods, _basis = shop
    latest = [p for p in periods if not p["partial"]][-1]
    assert (latest["period"], latest["start"], latest["end"]) == ("2024Q4", "2024-10-01", "2024-12-31")
    # S: active at 2024-10-01 = a purchase in [2023-10-01, 2024-10-01): A, C, D, E
    assert latest["customers_start"] == 4


def test_retention_goal_by_hand(shop):
    _data, periods, basis = shop
    # kept a year = S x gap / 100 x periods a year = 4 x 3 / 100 x 4 = 0.48
    # one kept customer = net revenue in [2023-10-01, 2024-10-01) of A, B, D (active at
    # 2023-10-01): A 200 - 50, B 0, D 70 + 30 -> 250 / 3 = 83.33 (C's 500 and E's 130 are
    # not theirs: C and E were not active then)
    value = goal_value("retention_rate", 90.0, 93.0, periods, basis, period="quarter", margin_pct=40)
    assert (value.gap, value.base, value.base_period, value.periods_per_year) == (3.0, 4, "2024Q4", 4.0)
    assert value.extra_customers == pytest.approx(0.48)
    assert value.value_per_customer == pytest.approx(250 / 3)
    assert (value.basis.buyers, value.basis.revenue) == (3, 250.0)
    assert (value.basis.start, value.basis.end) == (date(2023, 10, 1), date(2024, 9, 30))
    assert value.revenue == pytest.approx(0.48 * 250 / 3)
    assert value.margin == pytest.approx(0.48 * 250 / 3 * 0.4)


def test_churn_goal_by_hand_and_a_reached_target_is_worth_nothing_more(shop):
    _data, periods, basis = shop
    # churn 10 % -> 8 %: 2 points of S = 4, 4 quarters -> 0.32 customers kept a year
    value = goal_value("churn_rate", 10.0, 8.0, periods, basis, period="quarter", margin_pct=100)
    assert value.extra_customers == pytest.approx(0.32)
    assert value.revenue == pytest.approx(0.32 * 250 / 3)
    reached = goal_value("churn_rate", 7.0, 8.0, periods, basis, period="quarter", margin_pct=100)
    assert reached.gap == 0 and reached.revenue == 0


def test_repeat_rate_goal_by_hand(shop):
    _data, periods, basis = shop
    # base: customers with a purchase before t1 = 2025-01-01: A..F = 6; 30 % -> 35 %: 0.3 more
    # one repeat customer: over those whose first purchase is at least 12 months before t1
    # (A, B, C, D, E; not F), purchases after the first within a year of it:
    # A 200 (2024-03-01 < 2024-05-01; the return is no purchase); B none; C none
    # (2024-02-01 is after 2023-09-30); D 70 (2024-09-30 is a year after 2023-09-30 exactly:
    # out); E 40 -> repeat customers A, D, E: (200 + 70 + 40) / 3 = 103.33
    value = goal_value("repeat_purchase_rate", 30.0, 35.0, periods, basis, period="quarter", margin_pct=50)
    assert value.base == 6
    assert value.extra_customers == pytest.approx(0.3)
    assert value.value_per_customer == pytest.approx(310 / 3)
    assert (value.basis.buyers, value.basis.orders, value.basis.revenue) == (3, 3, 310.0)
    assert value.revenue == pytest.approx(0.3 * 310 / 3)
    assert value.margin == pytest.approx(0.3 * 310 / 3 * 0.5)


def test_a_wider_activity_window_counts_more_customers_active(shop):
    data, periods, _basis = shop
    # W = 13 months: active at 2023-10-01 = a purchase in [2022-09-01, 2023-10-01): C too;
    # revenue A 150 + B 0 + C 500 + D 100 = 750 over 4
    wide = goal_value("retention_rate", 90.0, 93.0, periods, year_basis(data, 13), period="quarter", margin_pct=100)
    assert wide.value_per_customer == pytest.approx(750 / 4)


def test_no_value_without_data_or_for_other_metrics(shop):
    _data, periods, basis = shop
    assert goal_value("aov", 50.0, 60.0, periods, basis, period="quarter", margin_pct=30) is None
    assert goal_value("churn_rate", None, 6.0, periods, basis, period="quarter", margin_pct=30) is None
    assert goal_value("churn_rate", 8.0, 6.0, [], basis, period="quarter", margin_pct=30) is None
    assert goal_value("churn_rate", 8.0, 6.0, periods, None, period="quarter", margin_pct=30) is None
