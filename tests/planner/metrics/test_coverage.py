"""Figures the activity window does not cover are never headlines (issue 11: one year of
data with a 12-month window read as '100 % retention')."""

from __future__ import annotations

from datetime import date

from planner.goals.smart import baseline_from_data, metric_history
from planner.metrics.coverage import judgeable_periods, window_advice
from planner.metrics.dataset import SalesAnalysis, card_values
from planner.metrics.periods import compute_period_kpis, prepare
from planner.model import Goal
from tests.planner.sales_helpers import table

# One whole year, 2025 (no partial quarter): A buys on the 10th of every month, B on New
# Year's Day and in July, C only in March, D only on New Year's Eve.
ONE_YEAR = table(
    [("A", f"2025-{m:02d}-10", 50.0, None) for m in range(1, 13)]
    + [("B", "2025-01-01", 80.0, None), ("B", "2025-07-05", 80.0, None), ("C", "2025-03-01", 20.0, None)]
    + [("D", "2025-12-31", 30.0, None)]
)


def test_one_year_with_a_twelve_month_window_is_not_judgeable() -> None:
    periods = compute_period_kpis(prepare(ONE_YEAR), "quarter", 12)
    # Q4 2025 starts 2025-10-01; 12 months back is 2024-10-01, before the first quarter
    # (2025-01-01): not covered. The engine's raw figure is 100 % (A, B, C active at both
    # ends, nobody lost), which is exactly what must not reach a headline.
    q4 = periods[-1]
    assert q4["period"] == "2025Q4" and not q4["window_covered"] and q4["retention_rate"] == 100.0
    rows = judgeable_periods(periods, 12)
    assert rows[-1]["retention_rate"] is None and rows[-1]["churn_rate"] is None
    assert rows[-1]["customers_start"] is None and rows[-1]["reactivated"] is None
    # the end of Q4 is 2026-01-01, 12 months after 2025-01-01: customers_end is covered
    assert rows[-1]["customers_end"] == q4["customers_end"] == 4
    # Q3 ends 2025-10-01, only 9 months after the first day: its customers_end is not
    assert rows[-2]["customers_end"] is None
    # figures that need no window stay
    assert rows[-1]["revenue"] == q4["revenue"] and rows[-1]["new"] == q4["new"]
    cards = card_values(rows)
    assert cards["retention_rate"]["value"] is None and cards["retention_rate"]["uncovered"]
    assert cards["revenue"]["value"] == q4["revenue"] and not cards["revenue"]["uncovered"]


def test_advice_offers_a_window_that_covers_the_latest_period() -> None:
    periods = compute_period_kpis(prepare(ONE_YEAR), "quarter", 12)
    advice = window_advice(periods, 12, suggested_months=6)
    # from 2025-01-01 to the latest complete quarter's start 2025-10-01: 9 months
    assert advice is not None and advice.longest_covering == 9
    assert advice.offer == 6  # the rhythm-based suggestion covers it, so it is offered
    assert advice.first_day == date(2025, 1, 1) and advice.judgeable_from == date(2026, 1, 1)
    assert window_advice(periods, 12, suggested_months=11).offer == 9  # longest that covers
    # with the 9-month window, Q4 is covered and its retention can be judged:
    # active at 2025-10-01 (bought 2025-01-01..09-30): A, B, C; at 2026-01-01 (bought
    # 2025-04-01..12-31): A, B (2025-07-05) and D, not C (2025-03-01): retained A, B = 2 of 3.
    covered = judgeable_periods(compute_period_kpis(prepare(ONE_YEAR), "quarter", 9), 9)
    assert covered[-1]["customers_start"] == 3 and covered[-1]["retained"] == 2
    assert round(covered[-1]["retention_rate"], 4) == round(200 / 3, 4)
    assert window_advice(compute_period_kpis(prepare(ONE_YEAR), "quarter", 9), 9, 6) is None


def test_no_offer_when_the_data_is_shorter_than_one_period_back() -> None:
    short = table([("A", "2025-01-01", 5.0, None), ("A", "2025-03-31", 5.0, None), ("B", "2025-04-02", 5.0, None)])
    periods = compute_period_kpis(prepare(short), "quarter", 12)
    # complete quarters: only 2025Q1 (Q2 is partial); it starts on the first day of data,
    # so no window at all reaches back from its start into the data
    advice = window_advice(periods, 12, suggested_months=1)
    assert advice is not None and advice.offer is None and advice.longest_covering == 0


def test_goal_baseline_and_history_skip_what_cannot_be_judged() -> None:
    analysis = SalesAnalysis(ONE_YEAR)
    rows = analysis.judgeable_periods("quarter", 12)
    assert baseline_from_data("retention_rate", rows) is None  # no baseline of "100 %"
    # revenue needs no window: Q4 2025 = A's three purchases of 50 + D's 30 = 180, dated
    # the day after the quarter
    assert baseline_from_data("revenue", rows) == (180.0, "2026-01-01")
    goal = Goal(title="Keep them", metric="retention_rate")
    assert metric_history(goal, rows) == [None, None, None, None]


def test_kpi_workbook_marks_what_cannot_be_judged(tmp_path) -> None:
    from openpyxl import load_workbook

    from planner.export.kpi_workbook import write_kpi_workbook
    from planner.metrics.periods import PERIOD_FIELDS

    periods = compute_period_kpis(prepare(ONE_YEAR), "quarter", 12)
    result = {
        "periods": periods,
        "cohorts": [],
        "import_report": {},
        "mapping": {},
        "totals": {},
        "window_months": 12,
    }
    out = tmp_path / "kpis.xlsx"
    write_kpi_workbook(result, out)
    sheet = load_workbook(out)["KPIs"]
    column = PERIOD_FIELDS.index("retention_rate") + 1
    q4 = sheet.cell(row=5, column=column)  # header + four quarters
    assert q4.value == 100.0 and q4.comment is not None and "Not judgeable" in q4.comment.text
    revenue = sheet.cell(row=5, column=PERIOD_FIELDS.index("revenue") + 1)
    assert revenue.comment is None
