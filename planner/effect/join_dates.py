"""Participants judged from their own join dates (DESIGN section 7, "selection"): each one's
instant, who joined too late for a horizon of data after it, and the check that the join dates
were not purchases (a card handed out at the till)."""

from __future__ import annotations

import numpy as np

from planner.effect import texts
from planner.effect.horizon import Activity, shift_months

JOINED_AT_PURCHASE_SHARE = 0.5  # participants who bought on their join day, for the warning


def instants(join_days: np.ndarray, start: np.datetime64) -> np.ndarray:
    """Each participant's instant: its join date, else the measure's start."""
    return np.where(np.isnat(join_days), start, join_days)


def joined_too_late(at: np.ndarray, horizon_months: int, activity: Activity) -> np.ndarray:
    """Per participant: whether a whole horizon after its instant lies beyond the data."""
    return shift_months(at, horizon_months) > activity.end


def joined_at_purchase(
    activity: Activity, codes: np.ndarray, at: np.ndarray, start: np.datetime64, language: str
) -> tuple[str, str] | None:
    """A card handed out at the till: the purchase on the join day lies in the horizon from the
    join date, so it counts as the member's coming back, while the others are judged from the
    start, on no purchase of their own. The estimate follows section 7's definition; the warning
    (code, text) says that it then reads high."""
    joined = at != start
    if not joined.any():
        return None
    day = np.timedelta64(1, "D")
    bought = activity.purchases_in(codes[joined], at[joined], at[joined] + day) > 0
    share = float(np.mean(bought))
    if share < JOINED_AT_PURCHASE_SHARE:
        return None
    pct = f"{share * 100:.0f}"
    return "joined_at_purchase", texts.warning_text("joined_at_purchase", language, share=pct)
