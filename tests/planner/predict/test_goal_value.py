"""What a goal is worth, on a crafted table computed by hand."""

from __future__ import annotations

from datetime import date

import pytest

from planner.metrics.periods import prepare
from planner.predict.goal_value import goal_value, year_basis
from tests.planner.sales_helpers import table

# The last day is 2024-12-31, so the basis year is 2024-01-01 .. 2024-12-31 (366 days: a
# leap year counts whole).
# A: bought 2023-05-01 (100, outside the year) and 2024-03-01 (200)
# B: 2024-02-01 (50) and 2024-06-01 (150): new in the year
# C: 2024-12-31 (100): new in the year
# D: 2024-04-01: a return of -30 only (no purchase; not a buyer)
SALES = table(
    [
        ("A", "2023-05-01", 100),
        ("A", "2024-03-01", 200),
        ("B", "2024-02-01", 50),
        ("B", "2024-06-01", 150),
        ("C", "2024-12-31", 100),
        ("D", "2024-04-01", -30),
    ]
)


def test_year_basis_by_hand():
    basis = year_basis(prepare(SALES))
    assert (basis.start, basis.end) == (date(2024, 1, 1), date(2024, 12, 31))
    # buyers A, B, C; purchases 200, 50, 150, 100 -> 4 orders, revenue 500 (the return is no purchase)
    assert (basis.buyers, basis.orders, basis.revenue, basis.new_customers) == (3, 4, 500.0, 2)
    assert basis.revenue_per_customer == pytest.approx(500 / 3)
    assert basis.order_value == pytest.approx(125.0)


PERIODS = [
    {"period": "2024Q3", "partial": False, "customers_start": 400},
    {"period": "2024Q4", "partial": False, "customers_start": 500},
    {"period": "2025Q1", "partial": True, "customers_start": 520},  # partial: not the base
]


def test_churn_goal_by_hand():
    basis = year_basis(prepare(SALES))
    # churn 8 % -> 6 % a quarter: 2 points of S = 500 customers kept more each quarter, 4
    # quarters a year = 40 customers, each worth 500 / 3 a year -> 6,666.67; margin 30 %
    value = goal_value("churn_rate", 8.0, 6.0, PERIODS, basis, period="quarter", margin_pct=30)
    assert (value.gap, value.base, value.base_period, value.periods_per_year) == (2.0, 500, "2024Q4", 4.0)
    assert value.extra_customers == pytest.approx(40.0)
    assert value.revenue == pytest.approx(40 * 500 / 3)
    assert value.margin == pytest.approx(40 * 500 / 3 * 0.3)


def test_retention_goal_by_hand_and_a_reached_target_is_worth_nothing_more():
    basis = year_basis(prepare(SALES))
    # retention 90 % -> 93 % a month: 3 points of 500, 12 months -> 180 customers
    value = goal_value("retention_rate", 90.0, 93.0, PERIODS, basis, period="month", margin_pct=50)
    assert value.extra_customers == pytest.approx(180.0)
    assert value.margin == pytest.approx(180 * 500 / 3 * 0.5)
    reached = goal_value("retention_rate", 95.0, 93.0, PERIODS, basis, period="month", margin_pct=50)
    assert reached.gap == 0 and reached.revenue == 0


def test_repeat_rate_goal_by_hand():
    basis = year_basis(prepare(SALES))
    # 2 new customers a year, 30 % -> 40 %: 0.2 more come back, each worth a year of revenue
    # beyond the first order: 500 / 3 - 125 = 41.67
    value = goal_value("repeat_purchase_rate", 30.0, 40.0, PERIODS, basis, period="month", margin_pct=100)
    assert value.base == 2 and value.extra_customers == pytest.approx(0.2)
    assert value.value_per_customer == pytest.approx(500 / 3 - 125)
    assert value.revenue == pytest.approx(0.2 * (500 / 3 - 125))


def test_no_value_without_data_or_for_other_metrics():
    basis = year_basis(prepare(SALES))
    assert goal_value("aov", 50.0, 60.0, PERIODS, basis, period="month", margin_pct=30) is None
    assert goal_value("churn_rate", None, 6.0, PERIODS, basis, period="month", margin_pct=30) is None
    assert goal_value("churn_rate", 8.0, 6.0, [], basis, period="month", margin_pct=30) is None
    assert goal_value("churn_rate", 8.0, 6.0, PERIODS, None, period="month", margin_pct=30) is None
