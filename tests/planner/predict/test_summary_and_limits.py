"""Per-customer summaries by hand, the limits that refuse an untrustworthy fit, and the
`predict` command's JSON contract (DESIGN section 8)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.predict.forecast import NoForecast, Settings, fit_summary, forecast
from planner.predict.summary import summarise, transaction_days
from tests.planner.sales_helpers import table

ROOT = Path(__file__).resolve().parents[3]
DATA = Path(__file__).parent / "data"


def test_summary_by_hand():
    sales = table(
        [
            # A: first day 2024-01-01 (two receipts, merged: 30), repeat days 01-15 (20) and
            # 01-29 (a $0 free item: a transaction), then 02-12 after the calibration end
            ("A", "2024-01-01", 10, "o1"),
            ("A", "2024-01-01 15:00", 20, "o2"),
            ("A", "2024-01-15", 20, "o3"),
            ("A", "2024-01-29", 0, "o4"),
            ("A", "2024-02-12", 50, "o5"),
            # B: one purchase on the calibration end itself (it counts), and a day with only a
            # return, which is no transaction
            ("B", "2024-02-04", 40, "o6"),
            ("B", "2024-02-10", -40, "o7"),
            # C: first purchase after the calibration end: not in the calibration
            ("C", "2024-02-20", 15, "o8"),
        ]
    )
    tx = transaction_days(sales)
    s = summarise(tx, "2024-02-04", "week")
    assert list(s.customer_id) == ["A", "B"]
    # A: x = 2 repeat days, t_x = 28 days = 4 weeks, T = 34 days; zbar = (20 + 0) / 2
    assert list(s.x) == [2, 0]
    assert s.t_x[0] == pytest.approx(4.0) and s.T[0] == pytest.approx(34 / 7)
    assert s.zbar[0] == pytest.approx(10.0) and np.isnan(s.zbar[1])
    # B: bought on the end date: T = 0
    assert s.T[1] == 0.0
    # holdout: A's 02-12; B's return day is no transaction; the holdout ends on the last day
    assert list(s.holdout_x) == [1, 0]
    assert s.holdout_length == pytest.approx(16 / 7)


def test_without_amounts_every_order_day_counts_and_spend_is_unknown():
    sales = table([("A", "2024-01-01", 0), ("A", "2024-01-08", 0)]).assign(amount=np.nan)
    s = summarise(transaction_days(sales), None, "day")
    assert list(s.x) == [1] and s.t_x[0] == 7 and not s.has_amounts and np.isnan(s.zbar[0])


def test_a_visit_log_beside_sales_with_amounts_counts_every_visit_and_knows_no_spend():
    # a sales import (A: a purchase and a return-only day) and a visit log without amounts
    # (B: two visits) in one project: B's visits are transactions, A's return-only day is
    # none; spend is unknown, as the period KPIs treat money of such data
    sales = table(
        [("A", "2024-01-01", 30.0), ("A", "2024-01-05", -30.0), ("B", "2024-01-02", 0), ("B", "2024-01-09", 0)]
    )
    sales.loc[sales["customer_id"] == "B", "amount"] = np.nan
    s = summarise(transaction_days(sales), None, "day")
    assert list(s.customer_id) == ["A", "B"] and list(s.x) == [0, 1]
    assert not s.has_amounts and np.isnan(s.zbar).all()


def _many_customers(
    n_repeat: int, n_single: int, gap_days: int = 7, start: str = "2024-01-01", late: int = 0
) -> pd.DataFrame:
    rows = []
    day0 = pd.Timestamp(start)
    for i in range(n_repeat):
        rows += [(f"r{i}", str((day0 + pd.Timedelta(days=i % 5)).date()), 10)]
        rows += [(f"r{i}", str((day0 + pd.Timedelta(days=i % 5 + gap_days)).date()), 12)]
    for i in range(n_single):
        rows += [(f"s{i}", str((day0 + pd.Timedelta(days=i % 30)).date()), 10)]
    for i in range(late):  # one-time buyers on the last day, to stretch the history
        rows += [(f"late{i}", str((day0 + pd.Timedelta(days=400)).date()), 10)]
    return table(rows)


def test_too_few_repeat_customers_refuse_the_fit():
    # DESIGN section 6: fewer than 200 repeat customers, no model (over a long enough history)
    sales = _many_customers(199, 500, late=1)
    with pytest.raises(NoForecast) as caught:
        forecast(transaction_days(sales), None, Settings(unit="day"))
    assert caught.value.code == "too_few_repeat"
    assert caught.value.params == {"repeaters": 199, "needed": 200}
    assert "199 customers" in str(caught.value)


def test_less_than_26_weeks_of_history_refuses_the_fit():
    # 250 repeat customers, but the data spans 2024-01-01 .. 2024-06-29 (day 4 + 176) = 181 days < 26 x 7
    sales = _many_customers(250, 50, gap_days=176)
    with pytest.raises(NoForecast) as caught:
        forecast(transaction_days(sales), None, Settings(unit="day"))
    assert caught.value.code == "short_history"
    assert caught.value.params == {"weeks": 25, "needed": 26}
    assert "181 days" in str(caught.value)
    # one more day (to 2024-06-30: 182 days = 26 weeks) is enough for the limits
    from planner.predict.forecast import check_limits

    check_limits(summarise(transaction_days(_many_customers(250, 50, gap_days=177)), None, "day"))


def test_a_fit_that_runs_to_the_edge_is_not_offered(monkeypatch):
    from planner.predict import bgnbd
    from planner.predict import forecast as module
    from planner.predict.fitting import Fit

    s = summarise(transaction_days(_many_customers(250, 50, gap_days=3, late=1)), None, "day")
    stuck = Fit(np.ones(4), -1.0, False, "ABNORMAL", 2000, True)
    monkeypatch.setattr(bgnbd, "fit", lambda *_: stuck)
    with pytest.raises(NoForecast) as caught:
        module.fit_summary(s, Settings(unit="day"))
    assert caught.value.code == "not_converged"
    # the optimiser's own words ("ABNORMAL", or "CONVERGENCE: ..." at a bound) would mislead
    assert "edge of its range" in str(caught.value) and "ABNORMAL" not in str(caught.value)


def test_clv_is_purchases_times_value_times_margin_and_discounting_lowers_it():
    from tests.planner.predict.test_published_fit import cdnow_table

    tx = transaction_days(cdnow_table())
    s = summarise(tx, "1997-09-30", "week")
    plain = fit_summary(s, Settings(unit="week", horizon=52, margin_pct=30))
    c = plain.customers
    assert np.allclose(c["clv"], c["expected_purchases"] * c["expected_value"] * 0.30)
    discounted = fit_summary(s, Settings(unit="week", horizon=52, margin_pct=30, discount_pct=10))
    ratio = discounted.customers["clv"] / c["clv"]
    # a year's purchases discounted month by month at 10 % a year: between 1/1.1 and 1
    assert ratio.between(1 / 1.1, 1.0).all() and ratio.mean() < 0.97


def run_predict(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", "predict", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )


def test_predict_json_contract_reproduces_the_paper():
    done = run_predict(
        str(DATA / "cdnow_sample.txt"),
        "--map",
        "customer_id=Column 2",
        "--map",
        "date=Column 3",
        "--map",
        "amount=Column 5",
        "--calibration-end",
        "1997-09-30",
        "--model",
        "bgnbd",
        "--json",
    )
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    assert {k: round(v, 3) for k, v in out["params"].items()} == {"r": 0.243, "alpha": 4.414, "a": 0.793, "b": 2.426}
    assert round(out["log_likelihood"], 1) == -9582.4
    assert {k: round(v, 2) for k, v in out["gamma_gamma"].items()} == {"p": 6.25, "q": 3.74, "v": 15.44}
    assert len(out["customers"]) == 2357
    assert set(out["customers"][0]) == {
        "customer_id", "frequency", "recency", "T", "p_alive", "expected_purchases", "expected_purchases_90",
        "expected_value", "clv", "clv_90",
    }  # fmt: skip
    assert out["model"] == "bgnbd" and out["model_errors"] is None
    assert out["holdout"]["actual"] == 1882
    assert out["holdout"]["predicted"] == pytest.approx(1653, abs=2)
    assert out["holdout"]["mae"] > 0


def test_predict_errors_are_one_line():
    done = run_predict(str(DATA / "cdnow_sample_summary.csv"), "--calibration-end", "1997-13-01")
    assert done.returncode == 2
    assert done.stderr.count("\n") == 1 and "calibration-end" in done.stderr
    few = run_predict(
        str(DATA / "cdnow_sample.txt"),
        "--map", "customer_id=Column 2", "--map", "date=Column 3", "--map", "amount=Column 5",
        "--calibration-end", "1997-01-20",
    )  # fmt: skip
    assert few.returncode == 2 and few.stderr.count("\n") == 1
    assert "a stable fit needs at least 200" in few.stderr


def test_predict_json_with_the_automatic_choice():
    done = run_predict(
        str(DATA / "cdnow_sample.txt"),
        "--map", "customer_id=Column 2", "--map", "date=Column 3", "--map", "amount=Column 5",
        "--calibration-end", "1997-09-30", "--json",
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    out = json.loads(done.stdout)
    errors = out["model_errors"]
    assert set(errors) == {"bgnbd", "mbgnbd", "pareto", "naive"}
    # the model used is the candidate with the smallest error on 1997-07-02 .. 1997-09-30
    assert out["model"] == min(("bgnbd", "mbgnbd", "pareto"), key=errors.get)
    assert out["model_choice"]["checked_from"] == "1997-07-02" and out["model_choice"]["length"] == 13
    assert out["model_choice"]["sentence"].endswith("better than each customer's past rate.")
    assert set(out["params"]) == ({"r", "alpha", "s", "beta"} if out["model"] == "pareto" else {"r", "alpha", "a", "b"})
    customer = out["customers"][0]
    lo, hi = customer["expected_purchases_90"]
    assert lo <= customer["expected_purchases"] <= hi
    lo, hi = customer["clv_90"]
    assert lo <= customer["clv"] <= hi
    lo, hi = out["totals"]["expected_purchases_90"]
    assert lo < out["totals"]["expected_purchases"] < hi


def test_auto_falls_back_to_the_next_best_model_when_the_winner_does_not_refit(monkeypatch):
    """The choice's winner on CDNOW's earlier part is MBG/NBD; if its refit on all the data
    ran to the edge, the next best by holdout error is used, and the choice says so."""
    from planner.predict import mbgnbd
    from planner.predict.fitting import Fit
    from tests.planner.predict.test_published_fit import cdnow_table

    real = mbgnbd.fit
    calls = []

    def second_fails(*args):
        calls.append(1)
        if len(calls) == 1:
            return real(*args)  # the choice's fit on the earlier part
        return Fit(np.ones(4), -1.0, False, "ABNORMAL", 2000, True)

    monkeypatch.setattr(mbgnbd, "fit", second_fails)
    fit = forecast(transaction_days(cdnow_table()), "1997-09-30", Settings(unit="week"))
    errors = fit.choice.errors()
    assert errors["mbgnbd"] < errors["pareto"] < errors["bgnbd"]
    assert fit.model == "pareto" and fit.choice.chosen == "pareto"
