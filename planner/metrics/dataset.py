"""The project's sales data prepared once, with every analysis the window shows.

Loading and `prepare` run once per change of the data; the period table, cohorts, RFM
and customer lists are cached per (period, window), so switching back and forth between
settings costs nothing and a new setting costs tens of milliseconds on 400,000 rows.
"""

from __future__ import annotations

from functools import cached_property

import pandas as pd

from planner.metrics.contacts import customer_contacts, with_contacts
from planner.metrics.coverage import WindowAdvice, judgeable_periods, window_advice
from planner.metrics.customers import LapseSummary, lapsed_customers
from planner.metrics.periods import (
    Purchases,
    compute_cohorts,
    compute_period_kpis,
    prepare,
    totals,
)
from planner.metrics.rfm import compute_rfm, segment_summary
from planner.metrics.window import WindowSuggestion, suggest_window
from planner.model import Period
from planner.segments.subset import Segment, group_columns, group_sizes, subset

CARD_FIELDS = ("customers_end", "retention_rate", "churn_rate", "repeat_purchase_rate", "revenue", "aov")


class SalesAnalysis:
    def __init__(self, table: pd.DataFrame) -> None:
        self.table = table
        self._periods: dict[tuple[str, int], list[dict]] = {}
        self._cohorts: dict[str, list[dict]] = {}
        self._win_back: dict[int, tuple[pd.DataFrame, LapseSummary]] = {}
        self._segments: dict[Segment, SalesAnalysis] = {}
        self._group_sizes: dict[str, pd.DataFrame] = {}

    @cached_property
    def purchases(self) -> Purchases:
        return prepare(self.table)

    @property
    def empty(self) -> bool:
        return len(self.purchases.day) == 0

    def totals(self) -> dict[str, object]:
        return totals(self.purchases)

    def periods(self, period: Period | str, window_months: int) -> list[dict]:
        key = (Period(period).value, int(window_months))
        if key not in self._periods:
            self._periods[key] = compute_period_kpis(self.purchases, period, window_months)
        return self._periods[key]

    def judgeable_periods(self, period: Period | str, window_months: int) -> list[dict]:
        """The period table as the window may show it as a headline: figures the activity
        window does not cover are None (see planner.metrics.coverage)."""
        return judgeable_periods(self.periods(period, window_months), window_months)

    def window_advice(self, period: Period | str, window_months: int) -> WindowAdvice | None:
        return window_advice(self.periods(period, window_months), window_months, self.window_suggestion.months)

    def cohorts(self, period: Period | str) -> list[dict]:
        key = Period(period).value
        if key not in self._cohorts:
            self._cohorts[key] = compute_cohorts(self.purchases, period)
        return self._cohorts[key]

    @cached_property
    def rfm(self) -> pd.DataFrame:
        return compute_rfm(self.purchases)

    @cached_property
    def rfm_summary(self) -> pd.DataFrame:
        return segment_summary(self.rfm)

    def win_back(self, window_months: int) -> tuple[pd.DataFrame, LapseSummary]:
        """The customers who have really lapsed (planner.metrics.customers), with their RFM segment."""
        key = int(window_months)
        if key not in self._win_back:
            risky, summary = lapsed_customers(self.purchases, key)
            segments = self.rfm.set_index("customer_id")["segment"]
            risky = with_contacts(risky.assign(segment=risky["customer_id"].map(segments)), self.contacts)
            self._win_back[key] = (risky, summary)
        return self._win_back[key]

    @cached_property
    def contacts(self) -> pd.DataFrame:
        """Name, e-mail and phone per customer where the import mapped them."""
        return customer_contacts(self.table)

    @cached_property
    def segment_list(self) -> pd.DataFrame:
        """The RFM table with the customers' contacts, as the segment list shows it."""
        return with_contacts(self.rfm, self.contacts)

    @cached_property
    def window_suggestion(self) -> WindowSuggestion:
        return suggest_window(self.purchases)

    # -- segments: the same figures for a subset of the rows -----------------------------

    def segment(self, segment: Segment | None) -> SalesAnalysis:
        """The analysis of one segment's rows (itself for None), prepared once and cached
        like every other view, so switching between segments costs nothing the second time."""
        if segment is None:
            return self
        if segment not in self._segments:
            self._segments[segment] = SalesAnalysis(subset(self.table, segment))
        return self._segments[segment]

    @cached_property
    def group_columns(self) -> list[str]:
        """Columns the data can be split by (planner.segments.subset.group_columns)."""
        return group_columns(self.table)

    def group_sizes(self, column: str) -> pd.DataFrame:
        """Values of `column` with rows and customers, the largest first."""
        if column not in self._group_sizes:
            self._group_sizes[column] = group_sizes(self.table, column)
        return self._group_sizes[column]

    def side_by_side(self, column: str, values: list[str], period: Period | str, window_months: int) -> list[dict]:
        """Two to five segments of one column compared: each one's judgeable periods, its
        cards (latest complete period) and whether it has too few customers to compare."""
        rows = []
        for value in values:
            segment = Segment(column, value)
            part = self.segment(segment)
            periods = part.judgeable_periods(period, window_months)
            rows.append(
                {
                    "segment": segment,
                    "periods": periods,
                    "cards": card_values(periods),
                    "few_customers": part.too_few_customers(period, window_months) is not None,
                }
            )
        return rows

    def too_few_customers(self, period: Period | str, window_months: int) -> int | None:
        """The customers at the start of the latest complete period when they are too few to
        compare rates (below FEW_CUSTOMERS); None when there are enough or no such period."""
        complete = [p for p in self.judgeable_periods(period, window_months) if not p["partial"]]
        start = complete[-1]["customers_start"] if complete else None
        return start if start is not None and start < FEW_CUSTOMERS else None


# Below this many customers at a period's start, one customer more or less moves the
# retention rate by several points: a segment that small is shown, but flagged.
FEW_CUSTOMERS = 30


def card_values(periods: list[dict]) -> dict[str, dict[str, object]]:
    """Overview cards: each card field for the latest complete period, the change vs the
    period before, and the series for a sparkline. Partial periods are left out, since
    half a month compared with a whole one says nothing. Given judgeable periods (see
    `SalesAnalysis.judgeable_periods`), a figure the window does not cover is None and
    marked `uncovered`, so no card shows an understated retention rate as a headline."""
    complete = [p for p in periods if not p["partial"]]
    if not complete:
        return {}
    latest = complete[-1]
    previous = complete[-2] if len(complete) > 1 else None
    cards: dict[str, dict[str, object]] = {}
    for name in CARD_FIELDS:
        value = latest[name]
        before = previous[name] if previous else None
        change = None if value is None or before is None else value - before
        cards[name] = {
            "period": latest["period"],
            "value": value,
            "previous": before,
            "change": change,
            "series": [p[name] for p in complete][-12:],
            "window_covered": latest["window_covered"],
            "uncovered": name in latest.get("not_judgeable", ()),
            # data without amounts: money is unknown in every period, not zero
            "no_amounts": name in ("revenue", "aov") and all(p[name] is None for p in complete),
        }
    return cards
