"""The fits reproduce Fader, Hardie & Lee (2005) on the CDNOW 1/10th sample.

Calibration: 39 weeks ending 1997-09-30 (inclusive), same-day purchases merged; holdout:
the 39 weeks after it, to 1998-06-30. Reference values: the issue (our reference run) and
the published ones, each to the tolerance the issue names.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.predict.forecast import Settings, forecast
from planner.predict.holdout import check_holdout
from planner.predict.summary import summarise, transaction_days

DATA = Path(__file__).parent / "data"


def cdnow_table() -> pd.DataFrame:
    raw = pd.read_csv(
        DATA / "cdnow_sample.txt",
        sep=r"\s+",
        header=None,
        names=["master", "customer_id", "day", "cds", "amount"],
        dtype={"customer_id": str, "day": str},
    )
    return pd.DataFrame(
        {
            "customer_id": raw["customer_id"].str.lstrip("0"),
            "date": pd.to_datetime(raw["day"], format="%Y%m%d"),
            "amount": raw["amount"].astype(float),
            "order_id": pd.Series(pd.NA, index=raw.index, dtype="object"),
        }
    )


@pytest.fixture(scope="module")
def transactions():
    return transaction_days(cdnow_table())


@pytest.fixture(scope="module")
def weekly(transactions):
    return forecast(transactions, "1997-09-30", Settings(unit="week", model="bgnbd"))


def test_summary_matches_the_reference_summary(transactions):
    summary = summarise(transactions, "1997-09-30", "week")
    ref = pd.read_csv(DATA / "cdnow_sample_summary.csv").set_index("ID").sort_index()
    ours = pd.DataFrame(
        {"x": summary.x, "t_x": summary.t_x, "T": summary.T, "zbar": summary.zbar},
        index=summary.customer_id.astype(int),
    ).sort_index()
    assert len(ours) == 2357  # 8 customers whose only purchase was $0 are customers too
    assert (ours.index == ref.index).all()
    assert (ours["x"] == ref["x"]).all()
    # the reference rounds to two decimals
    assert np.abs(ours["t_x"] - ref["t_x"]).max() <= 0.005
    assert np.abs(ours["T"] - ref["T"]).max() <= 0.005
    assert np.abs(ours["zbar"].fillna(0) - ref["zbar"]).max() <= 0.005 + 1e-9
    assert int((ours["x"] > 0).sum()) == 946


@pytest.mark.parametrize(
    ("name", "reference", "published"),
    [("r", 0.2426, 0.243), ("alpha", 4.4136, 4.414), ("a", 0.7929, 0.793), ("b", 2.4259, 2.426)],
)
def test_bgnbd_parameters(weekly, name, reference, published):
    value = weekly.params[name]
    assert value == pytest.approx(reference, rel=1e-3)
    assert round(value, 3) == published  # the paper gives three decimals


def test_bgnbd_log_likelihood(weekly):
    assert weekly.bgnbd.log_likelihood == pytest.approx(-9582.43, rel=1e-3)
    assert weekly.bgnbd.log_likelihood == pytest.approx(-9582.4, abs=0.05)


@pytest.mark.parametrize(
    ("name", "reference", "published"), [("p", 6.250, 6.25), ("q", 3.744, 3.74), ("v", 15.444, 15.44)]
)
def test_gamma_gamma_parameters(weekly, name, reference, published):
    value = weekly.gamma_gamma_params[name]
    assert value == pytest.approx(reference, rel=5e-3)
    assert round(value, 2) == published  # the paper gives two decimals
    assert weekly.gamma_gamma_excluded == ()


def test_day_units_give_the_same_fit(transactions, weekly):
    daily = forecast(transactions, "1997-09-30", Settings(unit="day", model="bgnbd"))
    week = weekly.params
    day = daily.params
    assert day["r"] == pytest.approx(week["r"], rel=1e-4)
    assert day["alpha"] == pytest.approx(week["alpha"] * 7, rel=1e-4)
    assert day["a"] == pytest.approx(week["a"], rel=1e-4)
    assert day["b"] == pytest.approx(week["b"], rel=1e-4)
    # the same probabilities of being alive, whatever the unit
    assert np.abs(daily.customers["p_alive"] - weekly.customers["p_alive"]).max() < 1e-4


def test_holdout_of_weeks_40_to_78(transactions, weekly):
    holdout = check_holdout(weekly, transactions)
    assert holdout is not None
    assert holdout.length == pytest.approx(39.0)
    assert holdout.actual == 1882  # distinct customer-days after 1997-09-30
    assert holdout.predicted == pytest.approx(1653, abs=2)
    assert holdout.error_pct == pytest.approx(-12.1, abs=0.1)
    # the calibration/holdout chart: one bar per calibration frequency 0..6 and 7+
    bars = holdout.by_frequency
    assert list(bars["frequency"]) == list(range(8))
    assert bars["customers"].sum() == 2357
    assert (bars["customers"] * bars["actual"]).sum() == pytest.approx(1882)
    # the cumulative curve ends at all repeat purchases to 1998-06-30, actual and expected
    curve = holdout.cumulative
    assert curve["day"].iloc[-1] == pd.Timestamp("1998-06-30")
    assert curve["actual"].is_monotonic_increasing and curve["predicted"].is_monotonic_increasing
    repeat_days = len(transactions.day) - 2357
    assert curve["actual"].iloc[-1] == repeat_days
    assert curve["predicted"].iloc[-1] == pytest.approx(repeat_days, rel=0.05)
