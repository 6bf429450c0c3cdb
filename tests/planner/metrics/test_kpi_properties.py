"""Invariants of the period KPIs on random sales tables (hypothesis)."""

from __future__ import annotations

import itertools
from datetime import date, timedelta

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from planner.metrics.periods import (
    compute_cohorts,
    compute_period_kpis,
    prepare,
    totals,
)
from tests.planner.sales_helpers import table

rows = st.lists(
    st.tuples(
        st.integers(0, 12),  # customer
        st.integers(0, 900),  # day offset from 2022-01-01
        st.sampled_from([-20.0, -5.0, 0.0, 3.5, 10.0, 99.99]),  # amount, returns included
        st.one_of(st.none(), st.integers(0, 30)),  # order id (None: grouped by day)
    ),
    min_size=1,
    max_size=60,
)


def make(raw):
    start = date(2022, 1, 1)
    return table(
        [(f"C{c}", (start + timedelta(days=d)).isoformat(), a, None if o is None else f"O{o}") for c, d, a, o in raw]
    )


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(rows, st.sampled_from(["month", "quarter", "year"]), st.integers(1, 24))
def test_period_invariants(raw, period, window) -> None:
    data = prepare(make(raw))
    periods = compute_period_kpis(data, period, window)
    total = totals(data)
    if total["orders"] == 0:
        assert periods == []
        return
    for p in periods:
        assert 0 <= p["retained"] <= p["customers_start"]
        assert p["customers_start"] - p["lost"] == p["retained"]
        assert p["customers_end"] - p["gained"] == p["retained"]
        assert p["new"] + p["reactivated"] == p["gained"]
        assert p["new"] >= 0 and p["reactivated"] >= 0
        assert p["buyers"] == p["new_buyers"] + p["returning_buyers"]
        if p["customers_start"]:
            assert abs(p["retention_rate"] + p["churn_rate"] - 100) < 1e-9
        assert p["orders"] >= p["buyers"]
    # every customer's first purchase period is counted exactly once
    assert sum(p["new_buyers"] for p in periods) == total["customers"]
    assert sum(p["orders"] for p in periods) == total["orders"]
    # consecutive periods chain: the end of one is the start of the next
    for before, after in itertools.pairwise(periods):
        assert before["customers_end"] == after["customers_start"]
    for cohort in compute_cohorts(data, period):
        assert cohort["retention"][0] == 100.0
        assert all(0 <= v <= 100 for v in cohort["retention"])
