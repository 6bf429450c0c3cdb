"""The model's win-back list on the CDNOW sample, checked against the fit's own numbers."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from planner.predict.forecast import Settings, forecast
from planner.predict.summary import transaction_days
from planner.predict.win_back import model_win_back
from tests.planner.predict.test_published_fit import cdnow_table


@pytest.fixture(scope="module")
def scored():
    tx = transaction_days(cdnow_table())
    return tx, forecast(tx, None, Settings(unit="day", model="bgnbd"))  # all data: P(alive) as of 1998-06-30


def test_who_is_on_the_list_and_why(scored):
    tx, fit = scored
    frame, summary = model_win_back(fit, tx, window_months=12)
    c = fit.customers.set_index("customer_id")
    assert summary.customers == 2357
    assert summary.listed == len(frame) > 0
    # only repeat customers below 50 %, silent for at most 12 months (365.28 days)
    assert (c.loc[frame["customer_id"], "frequency"] > 0).all()
    assert (frame["p_alive"] < 0.5).all()
    assert (frame["days_since"] <= 12 * 30.44).all()
    assert summary.below == int(((c["frequency"] > 0) & (c["p_alive"] < 0.5)).sum())
    assert summary.below - summary.already_lost == summary.listed
    # BG/NBD keeps one-time buyers alive: none of them is listed
    assert summary.listed_one_time == 0
    # the list's value at risk: the sum of its rows, inside its own 90 % interval
    assert summary.value_at_risk == pytest.approx(frame["value_at_risk"].sum())
    lo, hi = summary.value_at_risk_90
    assert lo < summary.value_at_risk < hi
    # ranked by value at risk
    assert frame["value_at_risk"].is_monotonic_decreasing


def test_one_customer_by_hand(scored):
    tx, fit = scored
    frame, _summary = model_win_back(fit, tx, window_months=12)
    row = frame.iloc[0]
    raw = cdnow_table()
    mine = raw[raw["customer_id"] == row["customer_id"]]
    days = pd.to_datetime(mine["date"]).dt.normalize().drop_duplicates().sort_values()
    # purchase days, usual interval = (last - first) / repeat days, days since = 1998-07-01 - last
    assert row["purchases"] == len(days)
    assert row["usual_interval"] == pytest.approx((days.iloc[-1] - days.iloc[0]).days / (len(days) - 1))
    assert row["days_since"] == (pd.Timestamp("1998-07-01") - days.iloc[-1]).days
    revenue = mine["amount"].sum()
    assert row["revenue"] == pytest.approx(revenue)
    years = max(((days.iloc[-1] - days.iloc[0]).days + row["usual_interval"]) / 365.25, 1.0)
    assert row["value_at_risk"] == pytest.approx((1 - row["p_alive"]) * revenue / years)


def test_a_lower_threshold_lists_fewer(scored):
    tx, fit = scored
    strict, _ = model_win_back(fit, tx, window_months=12, threshold=0.2)
    loose, _ = model_win_back(fit, tx, window_months=12, threshold=0.5)
    assert set(strict["customer_id"]) <= set(loose["customer_id"])
    assert np.all(strict["p_alive"] < 0.2)


def test_one_time_buyers_can_be_at_risk():
    """Under MBG/NBD a one-time buyer silent for long has a low P(alive) and is listed when
    their purchase lies within the activity window (CDNOW, all data to 1998-06-30; everyone
    joined in January to March 1997, so an 18-month window keeps the one-time buyers)."""
    tx = transaction_days(cdnow_table())
    fit = forecast(tx, None, Settings(unit="day", model="mbgnbd"))
    frame, summary = model_win_back(fit, tx, window_months=18)
    one_time = frame[frame["purchases"] == 1]
    assert summary.listed_one_time == len(one_time) > 0
    assert (one_time["p_alive"] < 0.5).all() and one_time["usual_interval"].isna().all()
    assert (one_time["days_since"] <= 18 * 30.44).all()
