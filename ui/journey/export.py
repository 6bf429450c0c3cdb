"""Exporting the journey map as the screen shows it (PDF, PNG, SVG): the touchpoints of the
visible filter, their owners and the emotion curve, drawn by planner.charts.journey.
Texts keep the panel's translation context."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner import journey as j
from planner.errors import PlannerError
from ui.journey.curve import curve_labels
from ui.prefs.folders import ask_save_file
from ui.texts.errors import show_planner_error

if TYPE_CHECKING:
    from collections.abc import Callable

    from PySide6.QtWidgets import QWidget

    from ui.undo.document import ProjectDocument


@dataclass(frozen=True)
class JourneyView:
    """What the board shows, as the map prints it: its stages, the touchpoints visible under
    the current filters, the curve of the chosen personas, in the plan's language."""

    stages: list
    touchpoints: list
    curve: j.EmotionCurve
    language: str


def export(path: Path, doc: ProjectDocument, journey: JourneyView) -> int:
    from planner.charts.journey import export_journey_map

    owners = {m.id: m.name for m in j.team(doc.store)}
    title = QCoreApplication.translate("JourneyPanel", "Customer journey — %1").replace(
        "%1", doc.settings().company or doc.settings().name
    )
    return export_journey_map(
        path,
        title=title,
        stages=journey.stages,
        touchpoints=journey.touchpoints,
        owners=owners,
        language=journey.language,
        curve=journey.curve,
        labels=curve_labels(),
        persona_names={p.id: p.name for p in doc.personas()},
    )


def export_dialog(parent: QWidget, doc: ProjectDocument, journey: Callable[[], JourneyView]) -> None:
    target = ask_save_file(
        parent,
        "journey_export",
        QCoreApplication.translate("JourneyPanel", "Export journey map"),
        "journey.pdf",
        QCoreApplication.translate("JourneyPanel", "PDF (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"),
    )
    if target is None:
        return
    if target.suffix.lower() not in (".pdf", ".png", ".svg"):
        target = target.with_suffix(".pdf")
    try:
        export(target, doc, journey())
    except PlannerError as error:
        show_planner_error(parent, QCoreApplication.translate("JourneyPanel", "Cannot export"), error)
