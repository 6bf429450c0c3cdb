"""Period KPIs and cohorts on a crafted table, every expected value worked out by hand.

The table (amounts in EUR), activity window W = 2 months unless said otherwise:
    A: 2024-01-10 order A1 100; 2024-03-05 order A2 50
    B: 2024-01-20 order B1 30;  2024-02-03 order B2 -30 (a return: not a purchase)
    C: 2024-02-14 order C1 in two rows, 20 + 5 = 25
    D: 2024-01-05 order D1 10;  2024-04-20 order D2 40 (reactivated in April)
    E: 2024-03-10 order E1 -15 (a cancellation only: never a customer)
Purchase months: A Jan, Mar; B Jan; C Feb; D Jan, Apr. First purchase 2024-01-05 (D),
last 2024-04-20 (D): the analysis runs January to April; January starts on the 5th and
April ends on the 20th, so both are partial.
"""

from __future__ import annotations

import pytest

from planner.metrics.periods import (
    compute_cohorts,
    compute_period_kpis,
    prepare,
    totals,
)
from tests.planner.sales_helpers import table

ROWS = [
    ("A", "2024-01-10 09:00", 100, "A1"),
    ("B", "2024-01-20", 30, "B1"),
    ("D", "2024-01-05", 10, "D1"),
    ("B", "2024-02-03", -30, "B2"),
    ("C", "2024-02-14 10:00", 20, "C1"),
    ("C", "2024-02-14 10:05", 5, "C1"),
    ("A", "2024-03-05", 50, "A2"),
    ("E", "2024-03-10", -15, "E1"),
    ("D", "2024-04-20", 40, "D2"),
]


@pytest.fixture(scope="module")
def data():
    return prepare(table(ROWS))


def by_period(rows):
    return {r["period"]: r for r in rows}


def test_totals(data) -> None:
    # A, B, C, D bought; E only cancelled. Purchases: A1 A2 B1 C1 D1 D2.
    assert totals(data) == {
        "customers": 4,
        "orders": 6,
        "first_purchase": "2024-01-05",
        "last_purchase": "2024-04-20",
        "revenue": 210.0,
    }


def test_monthly_kpis(data) -> None:
    p = by_period(compute_period_kpis(data, "month", 2))
    assert list(p) == ["2024-01", "2024-02", "2024-03", "2024-04"]

    jan = p["2024-01"]
    # active at Jan 1 = bought in Nov-Dec: nobody. Active at Feb 1 = bought Dec-Jan: A, B, D.
    assert (jan["start"], jan["end"], jan["partial"], jan["window_covered"]) == (
        "2024-01-01",
        "2024-01-31",
        True,
        False,
    )  # Jan 1 - 2 months = Nov 1, before January
    assert (jan["customers_start"], jan["customers_end"], jan["retained"], jan["lost"]) == (0, 3, 0, 0)
    assert (jan["gained"], jan["new"], jan["reactivated"]) == (3, 3, 0)
    assert jan["retention_rate"] is None and jan["churn_rate"] is None  # S = 0
    assert (jan["buyers"], jan["new_buyers"], jan["returning_buyers"], jan["orders"]) == (3, 3, 0, 3)
    assert jan["revenue"] == 140.0  # 100 + 30 + 10
    assert jan["aov"] == pytest.approx(140 / 3)
    assert jan["purchase_frequency"] == 1.0
    assert jan["repeat_purchase_rate"] == 0.0  # nobody has two purchases before Feb 1

    feb = p["2024-02"]
    # start: A, B, D. End (bought Jan-Feb): A, B, C, D. C is new.
    assert (feb["customers_start"], feb["customers_end"], feb["retained"], feb["lost"]) == (3, 4, 3, 0)
    assert (feb["gained"], feb["new"], feb["reactivated"]) == (1, 1, 0)
    assert (feb["retention_rate"], feb["churn_rate"]) == (100.0, 0.0)
    assert (feb["partial"], feb["window_covered"]) == (False, False)  # Dec 1 is before January
    # B's return is no purchase: the only buyer is C with one order of 25
    assert (feb["buyers"], feb["new_buyers"], feb["returning_buyers"], feb["orders"]) == (1, 1, 0, 1)
    assert feb["revenue"] == -5.0  # 20 + 5 - 30: the return counts in net revenue
    assert feb["aov"] == 25.0
    assert feb["repeat_purchase_rate"] == 0.0

    mar = p["2024-03"]
    # start: A, B, C, D. End (bought Feb-Mar): A, C. B and D are lost.
    assert (mar["customers_start"], mar["customers_end"], mar["retained"], mar["lost"]) == (4, 2, 2, 2)
    assert (mar["gained"], mar["new"], mar["reactivated"]) == (0, 0, 0)
    assert (mar["retention_rate"], mar["churn_rate"]) == (50.0, 50.0)
    assert mar["window_covered"] is True  # Mar 1 - 2 months = Jan 1
    assert (mar["buyers"], mar["new_buyers"], mar["returning_buyers"], mar["orders"]) == (1, 0, 1, 1)
    assert mar["revenue"] == 35.0  # 50 - 15 (E's cancellation)
    assert mar["aov"] == 50.0
    assert mar["repeat_purchase_rate"] == 25.0  # A of A, B, C, D

    apr = p["2024-04"]
    # start: A, C. End (bought Mar-Apr): A, D. C lost; D gained, first bought in Jan: reactivated.
    assert (apr["customers_start"], apr["customers_end"], apr["retained"], apr["lost"]) == (2, 2, 1, 1)
    assert (apr["gained"], apr["new"], apr["reactivated"]) == (1, 0, 1)
    assert (apr["retention_rate"], apr["churn_rate"]) == (50.0, 50.0)
    assert (apr["partial"], apr["end"]) == (True, "2024-04-30")  # data ends Apr 20
    assert (apr["buyers"], apr["new_buyers"], apr["returning_buyers"], apr["orders"]) == (1, 0, 1, 1)
    assert (apr["revenue"], apr["aov"], apr["purchase_frequency"]) == (40.0, 40.0, 1.0)
    assert apr["repeat_purchase_rate"] == 50.0  # A and D of four


def test_quarterly_kpis(data) -> None:
    p = by_period(compute_period_kpis(data, "quarter", 3))
    assert list(p) == ["2024Q1", "2024Q2"]
    q1, q2 = p["2024Q1"], p["2024Q2"]
    # Q1: nobody active on Jan 1; on Apr 1 (bought Jan-Mar) A, B, C, D, all new.
    assert (q1["customers_start"], q1["customers_end"], q1["new"], q1["window_covered"]) == (0, 4, 4, False)
    assert (q1["buyers"], q1["orders"], q1["revenue"]) == (4, 5, 170.0)  # 140 - 5 + 35
    assert q1["aov"] == 43.0  # (100 + 30 + 10 + 25 + 50) / 5
    assert q1["purchase_frequency"] == 1.25
    assert q1["repeat_purchase_rate"] == 25.0
    # Q2: on Jul 1 (bought Apr-Jun) only D is active.
    assert (q2["customers_start"], q2["customers_end"], q2["retained"], q2["lost"]) == (4, 1, 1, 3)
    assert (q2["retention_rate"], q2["churn_rate"]) == (25.0, 75.0)
    assert (q2["start"], q2["end"], q2["partial"], q2["window_covered"]) == ("2024-04-01", "2024-06-30", True, True)
    assert (q2["buyers"], q2["new_buyers"], q2["returning_buyers"]) == (1, 0, 1)
    assert q2["repeat_purchase_rate"] == 50.0


def test_yearly_kpis(data) -> None:
    (y,) = compute_period_kpis(data, "year", 12)
    assert (y["period"], y["start"], y["end"], y["partial"]) == ("2024", "2024-01-01", "2024-12-31", True)
    assert (y["customers_start"], y["customers_end"], y["gained"], y["new"]) == (0, 4, 4, 4)
    assert (y["orders"], y["buyers"], y["revenue"]) == (6, 4, 210.0)


def test_cohorts(data) -> None:
    cohorts = compute_cohorts(data, "month")
    # January cohort A, B, D: nobody buys in Feb, A in Mar, D in Apr. February cohort: C.
    assert cohorts == [
        {"cohort": "2024-01", "size": 3, "retention": [100.0, 0.0, pytest.approx(100 / 3), pytest.approx(100 / 3)]},
        {"cohort": "2024-02", "size": 1, "retention": [100.0, 0.0, 0.0]},
    ]


def test_same_day_rows_without_order_id_are_one_order() -> None:
    # F buys twice on one day without order ids: one order of 30 dated at the first row.
    # "17850.0"-style ids are handled by the reader; here G's purchases on two days count twice.
    data = prepare(
        table(
            [
                ("F", "2024-05-02 15:00", 10),
                ("F", "2024-05-02 09:30", 20),
                ("G", "2024-05-02", 5),
                ("G", "2024-05-03", 5),
            ]
        )
    )
    (may,) = compute_period_kpis(data, "month", 12)
    assert (may["orders"], may["buyers"], may["aov"]) == (3, 2, pytest.approx(40 / 3))
    assert may["repeat_purchase_rate"] == 50.0  # G has two purchases, F one


def test_order_value_decides_purchase_not_row_sign() -> None:
    # An order with a return line but positive total is a purchase; one netting to zero is not.
    data = prepare(
        table(
            [
                ("H", "2024-06-01", 50, "X1"),
                ("H", "2024-06-01", -20, "X1"),
                ("I", "2024-06-03", 10, "X2"),
                ("I", "2024-06-03", -10, "X2"),
                ("I", "2024-06-05", 15, "X3"),
            ]
        )
    )
    (jun,) = compute_period_kpis(data, "month", 12)
    assert (jun["orders"], jun["buyers"], jun["revenue"]) == (2, 2, 45.0)
    assert jun["aov"] == 22.5  # (30 + 15) / 2
