"""Drawing a measure's random holdout, as the measure's form and the Effectiveness section
offer it: ask the share (unless given), draw it seeded by the measure (planner.effect.holdout)
and hand back the stored text, or say plainly why there is none."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QInputDialog, QWidget

from planner.effect.holdout import SHARE, draw_holdout, holdout_text
from planner.errors import PlannerError
from ui.texts.errors import show_planner_error


def ask_holdout(
    parent: QWidget, ids: Sequence[str], measure_id: int, share_percent: int | None, none_left: PlannerError
) -> str | None:
    """The holdout to store (its text), or None when there is none to draw (`none_left` says
    why), the share was not given, or the draw failed (said)."""
    title = QCoreApplication.translate("HoldoutDraw", "No holdout")
    if not ids:
        show_planner_error(parent, title, none_left)
        return None
    if share_percent is None:
        share_percent, ok = QInputDialog.getInt(
            parent,
            QCoreApplication.translate("HoldoutDraw", "Keep a random holdout"),
            QCoreApplication.translate(
                "HoldoutDraw",
                "%1 participants. Share kept out of the measure at random (at least 30 customers); the "
                "contact list leaves them out and they are the comparison group:",
            ).replace("%1", QLocale().toString(len(ids))),
            round(SHARE * 100),
            5,
            50,
        )
        if not ok:
            return None
    try:
        drawn = draw_holdout(list(ids), share=share_percent / 100, seed=measure_id)
    except PlannerError as error:
        show_planner_error(parent, title, error)
        return None
    return holdout_text(drawn.customers)
