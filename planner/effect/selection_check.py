"""The selection check of DESIGN section 7 (b): participants who look chosen by their behaviour
after the start (a loyalty-card column set on the purchases that earned the card) cannot be
judged against the others, whatever the interval says."""

from __future__ import annotations

from datetime import date

import numpy as np

from planner.effect.horizon import Activity
from planner.effect.participants import Participants, ParticipantsSpec

SELECTION_SHARE = 0.98  # participants with a purchase after the start, for the selection check


def checked(kind: str, spec: ParticipantsSpec, found: Participants) -> bool:
    """Whether the check applies: not to a randomised holdout (drawn from the participants, the
    rule that chose them is shared), nor to a list judged from each participant's join date."""
    if kind == "holdout":
        return False
    return not (spec.has_join_dates and not np.isnat(found.join_days).any())


def selection(
    activity: Activity, start: date, spec: ParticipantsSpec, found: Participants, others: np.ndarray
) -> tuple[str, str] | None:
    """Why the participants look chosen by behaviour after the start (English, German), or None."""
    s = np.datetime64(start, "D")

    def bought_after(codes: np.ndarray) -> float:
        if len(codes) == 0:
            return 0.0
        return float(
            np.mean(activity.purchases_in(codes, np.full(len(codes), s), np.full(len(codes), activity.end)) > 0)
        )

    p_share, o_share = bought_after(found.codes), bought_after(others)
    if p_share >= SELECTION_SHARE and o_share <= p_share - 0.1:
        p, o = f"{p_share * 100:.0f}", f"{o_share * 100:.0f}"
        return (
            f"{p} % of them bought after the start, against {o} % of the others",
            f"{p} % von ihnen kauften nach dem Start, gegenüber {o} % der übrigen",
        )
    if found.first_tagged is not None and len(found.first_tagged):
        share = float(np.mean(found.first_tagged >= s))
        if share >= 0.5:
            pct = f"{share * 100:.0f}"
            return (
                f"{pct} % of them carry '{spec.value}' only on purchases from the start on",
                f"{pct} % von ihnen tragen '{spec.value}' erst auf Käufen ab dem Start",
            )
    return None
