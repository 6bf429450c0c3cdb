"""What an import changed: the monthly routine ends with what is new.

A shop owner imports next month's export beside the earlier ones; orders stored before are
recognised and not counted twice. What they want to know next is what came in (orders and
customers added) and how the headline moved: the figures of the latest complete period after
the import, beside the same period's figures before it. Before the import that period was
often partial (its last days missing) or absent, which is said instead of a number, since a
half month compared with a whole one says nothing.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.metrics.dataset import SalesAnalysis
from planner.model import Period

# The figures compared; rates are None where the activity window does not cover the period.
COMPARED = ("customers_start", "retention_rate", "churn_rate", "buyers", "orders", "revenue")


@dataclass(frozen=True)
class ImportChange:
    orders_added: int  # purchases (orders with a value > 0) in the data after minus before
    customers_added: int  # customers with a purchase after minus before
    period: str | None  # the latest complete period after the import (None: no complete period)
    before: dict[str, object] | None  # that period's figures before the import (None: not in the data)
    after: dict[str, object] | None
    was_partial: bool  # before the import that period was partial: its figures were not final
    first_import: bool = False  # the plan had no sales before: nothing to compare with


def _totals(analysis: SalesAnalysis | None) -> tuple[int, int]:
    if analysis is None or analysis.empty:
        return 0, 0
    totals = analysis.totals()
    return int(totals["orders"]), int(totals["customers"])  # type: ignore[call-overload]


def _row(periods: list[dict], key: str) -> dict[str, object] | None:
    row = next((p for p in periods if p["period"] == key), None)
    return None if row is None else {name: row[name] for name in COMPARED}


def import_change(
    before: SalesAnalysis | None, after: SalesAnalysis, period: Period | str, window_months: int
) -> ImportChange:
    orders_before, customers_before = _totals(before)
    orders_after, customers_after = _totals(after)
    complete = [p for p in after.judgeable_periods(period, window_months) if not p["partial"]]
    if not complete:
        return ImportChange(
            orders_after - orders_before,
            customers_after - customers_before,
            None,
            None,
            None,
            False,
            first_import=orders_before == 0,
        )
    key = str(complete[-1]["period"])
    earlier = [] if before is None or before.empty else before.judgeable_periods(period, window_months)
    old = next((p for p in earlier if p["period"] == key), None)
    return ImportChange(
        orders_added=orders_after - orders_before,
        customers_added=customers_after - customers_before,
        period=key,
        before=_row(earlier, key),
        after=_row(complete, key),
        was_partial=bool(old is not None and old["partial"]),
        first_import=orders_before == 0,
    )
