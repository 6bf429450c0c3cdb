"""Which figures the activity window lets us judge, and what to do when it does not.

A customer is active at t when they bought in [t - W, t). Before the data has run for W
months, "active" undercounts everyone who bought before the first sale on record, so the
customers active at a period's start (and with them retained, lost, gained, reactivated,
retention and churn) are understated: one year of data with a 12-month window reads as
"100 % retention". Such a figure must not be shown as a headline. `judgeable_periods`
blanks it (None), so every consumer (cards, goal baselines, SMART history, exports) treats
it as "no value", and `window_advice` says why and which window the data does cover.

Fields that depend on coverage at the period's start t0 (DESIGN section 6,
`window_covered`): customers_start, retained, lost, gained, reactivated, retention_rate,
churn_rate. `customers_end` depends on coverage at the period's end t1. `new` does not:
a first purchase in P is first whatever the window.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

START_FIELDS = frozenset(
    {"customers_start", "retained", "lost", "gained", "reactivated", "retention_rate", "churn_rate"}
)
END_FIELDS = frozenset({"customers_end"})
WINDOW_FIELDS = START_FIELDS | END_FIELDS


def months_between(first: date, later: date) -> int:
    """Whole calendar months from the first day of one month to the first day of another."""
    return (later.year - first.year) * 12 + later.month - first.month


def add_months(day: date, months: int) -> date:
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


def judgeable_periods(periods: Sequence[dict], window_months: int) -> list[dict]:
    """Copies of the period rows with every figure the window does not cover set to None;
    `not_judgeable` names them (empty when the row is fully covered)."""
    if not periods:
        return []
    first = date.fromisoformat(periods[0]["start"])
    rows = []
    for period in periods:
        blank: set[str] = set()
        if not period["window_covered"]:
            blank |= START_FIELDS
        end_next = date.fromisoformat(period["end"]) + timedelta(days=1)
        if months_between(first, end_next) < window_months:
            blank |= END_FIELDS
        row = dict(period)
        for name in blank:
            row[name] = None
        row["not_judgeable"] = frozenset(blank)
        rows.append(row)
    return rows


@dataclass(frozen=True)
class WindowAdvice:
    """Why the latest complete period cannot be judged, and the window that would do."""

    window_months: int
    first_day: date  # first day of the first period with data
    judgeable_from: date  # first period start the current window covers
    longest_covering: int  # longest window that covers the latest complete period (0: none)
    offer: int | None  # the window to offer the user, None when no window helps yet


def window_advice(periods: Sequence[dict], window_months: int, suggested_months: int) -> WindowAdvice | None:
    """None when the latest complete period is covered (or there is none). Otherwise the
    offer is the rhythm-based suggestion when it covers that period, else the longest
    window that does; no offer when even one month does not (the data is too short)."""
    complete = [p for p in periods if not p["partial"]]
    if not complete or complete[-1]["window_covered"]:
        return None
    first = date.fromisoformat(periods[0]["start"])
    latest_start = date.fromisoformat(complete[-1]["start"])
    longest = months_between(first, latest_start)
    offer = min(suggested_months, longest) if longest >= 1 else None
    return WindowAdvice(
        window_months=window_months,
        first_day=first,
        judgeable_from=add_months(first, window_months),
        longest_covering=max(0, longest),
        offer=offer,
    )
