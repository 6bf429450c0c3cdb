"""Exporting the journey map as the screen shows it (PDF, PNG, SVG): the touchpoints of the
visible filter, their owners and the emotion curve, drawn by planner.charts.journey.
Texts keep the panel's translation context."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from planner import journey as j
from planner.errors import PlannerError
from ui.journey.curve import curve_labels
from ui.prefs.folders import ask_save_file
from ui.texts.errors import show_planner_error

if TYPE_CHECKING:
    from ui.journey.panel import JourneyPanel


def export(panel: JourneyPanel, path: Path) -> int:
    from planner.charts.journey import export_journey_map

    doc = panel._doc
    owners = {m.id: m.name for m in j.team(doc.store)}
    title = QCoreApplication.translate("JourneyPanel", "Customer journey — %1").replace(
        "%1", doc.settings().company or doc.settings().name
    )
    return export_journey_map(
        path,
        title=title,
        stages=panel._stages,
        touchpoints=panel.visible_touchpoints(),
        owners=owners,
        language=panel.language,
        curve=panel.curve(),
        labels=curve_labels(),
        persona_names={p.id: p.name for p in doc.personas()},
    )


def export_dialog(panel: JourneyPanel) -> None:
    target = ask_save_file(
        panel,
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
        export(panel, target)
    except PlannerError as error:
        show_planner_error(panel, QCoreApplication.translate("JourneyPanel", "Cannot export"), error)
