"""The emotion curve under the journey board: its texts, and the chart drawn from the
panel's visible stages and touchpoints (the export draws the same curve)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from ui.journey.panel import JourneyPanel


def curve_labels() -> dict[str, str]:
    return {
        "average": QCoreApplication.translate("JourneyPanel", "Average of all touchpoints"),
        "pain": QCoreApplication.translate("JourneyPanel", "Pain points"),
        "lowest": QCoreApplication.translate("JourneyPanel", "Lowest point: retention is lost here"),
        "no_data": QCoreApplication.translate("JourneyPanel", "No touchpoints yet"),
        "emotion": QCoreApplication.translate("JourneyPanel", "Emotion"),
    }


def draw_curve(panel: JourneyPanel) -> None:
    if not panel.isVisible() and panel._curve_chart is None:
        return  # matplotlib loads when the section is first shown
    if panel._curve_chart is None:
        from ui.parts.chart_widget import ChartWidget

        panel._curve_chart = ChartWidget("emotion-curve", redraw_on_resize=True)
        panel.curve_box.layout().addWidget(panel._curve_chart)
    from planner.charts.journey import emotion_chart

    names = {p.id: p.name for p in panel._doc.personas()}
    panel._curve_chart.draw(partial(emotion_chart, curve=panel.curve(), persona_names=names, labels=curve_labels()))
