"""Sales data with customer and date only (a gym's visit log, a hairdresser's appointments;
issue 15): every order is a purchase, the customer figures are computed as usual, and every
money figure is null, never 0."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from planner.metrics.analysis import analyse
from planner.metrics.customers import lapsed_customers
from planner.metrics.periods import prepare
from planner.metrics.rfm import compute_rfm, segment_summary
from planner.predict.goal_value import year_basis
from planner.sales.file_import import import_file
from tests.planner.sales_helpers import table

ROOT = Path(__file__).resolve().parents[3]

# Visits per member, quarters of 2025, activity window 3 months:
#   M1: 10 Jan, 10 Jan (same day: one visit), 5 Apr, 7 Jul, 2 Oct   -> every quarter
#   M2: 20 Feb, 3 Aug                                                  -> Q1 and Q3
#   M3: 15 Mar                                                         -> Q1 only
#   M4: 1 Jun, 30 Dec                                                  -> Q2 and Q4
VISITS = """Mitglied;Zeitpunkt
M1;10.01.2025
M1;10.01.2025
M2;20.02.2025
M3;15.03.2025
M1;05.04.2025
M4;01.06.2025
M1;07.07.2025
M2;03.08.2025
M1;02.10.2025
M4;30.12.2025
"""


@pytest.fixture
def visits(tmp_path: Path) -> Path:
    path = tmp_path / "visits.csv"
    path.write_text(VISITS, encoding="utf-8")
    return path


def test_a_visit_log_imports_without_an_amount_and_says_so(visits: Path) -> None:
    _raw, mapping, table, report = import_file(visits, map_options=["customer_id=Mitglied"])
    assert mapping == {"customer_id": "Mitglied", "date": "Zeitpunkt"}
    assert report.amount_from == "none"
    # no row misses an amount when there is no amount column; all ten rows are used
    assert (report.rows_read, report.rows_used, report.rows_missing_amount) == (10, 10, 0)
    # orders by (customer, day): M1's two visits on 10 January are one; nine purchases
    assert (report.customers, report.orders, report.non_purchase_orders) == (4, 9, 0)
    assert table["amount"].isna().all()


def test_period_kpis_by_hand_and_money_null(visits: Path) -> None:
    _raw, _mapping, table, _report = import_file(visits, map_options=["customer_id=Mitglied"])
    result = analyse(table, period="quarter", window_months=3)
    q = {p["period"]: p for p in result["periods"]}
    # Q2 (t0 = 1 Apr, window Jan-Mar): active at t0 = M1, M2, M3 (S = 3); at t1 = 1 Jul
    # (window Apr-Jun): M1, M4 (E = 2). Retained M1 (R = 1), lost 2, gained M4 (new).
    q2 = q["2025Q2"]
    assert (q2["customers_start"], q2["customers_end"], q2["retained"], q2["lost"]) == (3, 2, 1, 2)
    assert (q2["gained"], q2["new"], q2["reactivated"]) == (1, 1, 0)
    assert q2["retention_rate"] == pytest.approx(100 / 3) and q2["churn_rate"] == pytest.approx(200 / 3)
    # Q3: S = {M1, M4}; E (window Jul-Sep) = {M1, M2}; retained M1; M2 is back: reactivated
    q3 = q["2025Q3"]
    assert (q3["retained"], q3["lost"], q3["new"], q3["reactivated"]) == (1, 1, 0, 1)
    assert (q3["buyers"], q3["orders"], q3["purchase_frequency"]) == (2, 2, 1.0)
    # repeat purchase rate up to the end of Q3: M1 (4), M2 (2), M4 (1), M3 (1) -> 2 of 4
    assert q3["repeat_purchase_rate"] == 50.0
    for p in result["periods"]:
        assert p["revenue"] is None and p["aov"] is None  # unknown, not zero
    assert result["totals"] == {
        "customers": 4,
        "orders": 9,
        "first_purchase": "2025-01-10",
        "last_purchase": "2025-12-30",
        "revenue": None,
    }
    # cohorts need no money: Q1 cohort M1, M2, M3; in Q2 only M1 is back (1 of 3)
    q1 = result["cohorts"][0]
    assert q1["cohort"] == "2025Q1" and q1["size"] == 3
    assert q1["retention"][:2] == [100.0, pytest.approx(100 / 3)]


def test_rfm_and_the_win_back_list_without_money(visits: Path) -> None:
    _raw, _mapping, table, _report = import_file(visits, map_options=["customer_id=Mitglied"])
    data = prepare(table)
    assert not data.has_amounts
    rfm = compute_rfm(data)
    assert rfm["monetary"].isna().all() and rfm["m"].isna().all()
    assert all(score.endswith("-") for score in rfm["score"])  # recency and frequency only
    by_id = rfm.set_index("customer_id")
    assert by_id.loc["M1", "frequency"] == 4 and by_id.loc["M1", "recency"] == 90  # 2 Oct to 31 Dec
    summary = segment_summary(rfm)
    assert summary["revenue"].isna().all() and summary["customers"].sum() == 4
    assert year_basis(data) is None  # no money value can be put on a goal


def test_the_win_back_list_without_money_ranks_by_purchases_a_year() -> None:
    # B2 came every 10 days in January and February 2025 (5 visits), A1 on 1 January and 1
    # March (2 visits); both then fell silent, and Z's visit on 31 December makes the
    # reference day 1 January 2026. Both histories are shorter than a year, so they count as
    # one: B2 5 visits a year, A1 2. Without money B2 comes first, though A1 sorts first by id.
    rows = [("B2", day, 0.0) for day in ("2025-01-01", "2025-01-11", "2025-01-21", "2025-01-31", "2025-02-10")]
    rows += [("A1", "2025-01-01", 0.0), ("A1", "2025-03-01", 0.0), ("Z", "2025-12-31", 0.0)]
    data = prepare(table(rows).assign(amount=float("nan")))
    lapsed, _summary = lapsed_customers(data, 12)
    assert list(lapsed["customer_id"]) == ["B2", "A1"]
    assert lapsed["value_at_risk"].isna().all() and lapsed["revenue"].isna().all()


def test_the_command_line_prints_null_money(visits: Path) -> None:
    command = [sys.executable, "-m", "retention_planner", "kpis", str(visits), "--map", "customer_id=Mitglied"]
    out = subprocess.run([*command, "--json"], capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(out.stdout)
    assert result["import_report"]["amount_from"] == "none" and result["totals"]["revenue"] is None
    assert all(p["revenue"] is None and p["aov"] is None for p in result["periods"])
    text = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True).stdout
    assert "no amounts in the data" in text
