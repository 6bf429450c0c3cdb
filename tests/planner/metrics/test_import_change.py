"""The monthly routine ends with what is new (issue 27): orders and customers added, and the
latest complete period's figures before and after the import."""

from __future__ import annotations

import pandas as pd

from planner.metrics.dataset import SalesAnalysis
from planner.metrics.import_change import import_change
from tests.planner.sales_helpers import table

# Stored before: A on 5 Jan and 10 Feb, B on 3 Feb, C on 2 Mar (the data ends there, so
# March is partial). Next month's export adds A on 15 Mar, C on 20 Mar and a new customer D
# on 31 Mar (March is now complete: the data reaches its last day). Each order is 10.
EARLIER = [("A", "2024-01-05", 10.0, None), ("A", "2024-02-10", 10.0, None), ("B", "2024-02-03", 10.0, None)]
EARLIER += [("C", "2024-03-02", 10.0, None)]
NEW = [("A", "2024-03-15", 10.0, None), ("C", "2024-03-20", 10.0, None), ("D", "2024-03-31", 10.0, None)]


def test_what_is_new_after_next_months_export() -> None:
    before = SalesAnalysis(table(EARLIER))
    after = SalesAnalysis(pd.concat([table(EARLIER), table(NEW)], ignore_index=True))
    change = import_change(before, after, "month", 1)
    # three orders came in; D is the only customer not seen before
    assert change.orders_added == 3 and change.customers_added == 1
    # March is the latest complete period now; before the import it was partial
    assert change.period == "2024-03" and change.was_partial and not change.first_import
    # with a one-month window, active at 1 Mar = bought in February: A and B (S = 2).
    # After: active at 1 Apr = bought in March: A, C, D; retained A -> 1 of 2 = 50 %.
    # March's buyers A, C, D (3), orders C 2nd, A 15th, C 20th, D 31st (4), revenue 40.
    assert change.after == {
        "customers_start": 2,
        "retention_rate": 50.0,
        "churn_rate": 50.0,
        "buyers": 3,
        "orders": 4,
        "revenue": 40.0,
    }
    # Before: in March only C had bought (2 Mar): nobody of A, B kept -> 0 %, 1 buyer, 1 order.
    assert change.before == {
        "customers_start": 2,
        "retention_rate": 0.0,
        "churn_rate": 100.0,
        "buyers": 1,
        "orders": 1,
        "revenue": 10.0,
    }


def test_first_import_has_nothing_before() -> None:
    after = SalesAnalysis(table(EARLIER + NEW))
    change = import_change(None, after, "month", 1)
    assert change.orders_added == 7 and change.customers_added == 4
    assert change.period == "2024-03" and change.before is None and not change.was_partial
    assert change.first_import


def test_an_import_of_rows_stored_already_adds_nothing() -> None:
    # the same export imported again: its rows are recognised, the data is unchanged
    before = SalesAnalysis(table(EARLIER))
    change = import_change(before, SalesAnalysis(table(EARLIER)), "month", 1)
    # February is the latest complete period and it was complete before as well
    assert change.orders_added == 0 and change.customers_added == 0
    assert change.period == "2024-02" and change.before == change.after and not change.was_partial


def test_uncovered_rates_stay_unknown() -> None:
    # with a 12-month window nothing in three months of data is covered: rates are None
    change = import_change(None, SalesAnalysis(table(EARLIER + NEW)), "month", 12)
    assert change.after is not None and change.after["retention_rate"] is None
