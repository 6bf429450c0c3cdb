"""Dates given on the command line: one rule and one message for every sub-command."""

from __future__ import annotations

from datetime import date

from planner.errors import PlannerError


def option_date(text: str, option: str, example: str = "2025-04-01") -> date:
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise PlannerError(
            f"{option} '{text}' is not a date.", hint=f"Write it as YYYY-MM-DD, e.g. {example}."
        ) from None
