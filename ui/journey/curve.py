"""The emotion curve under the journey board: its texts, and the chart drawn from the
panel's visible stages and touchpoints (the export draws the same curve)."""

from __future__ import annotations

from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from planner.journey import EmotionCurve
    from ui.parts.chart_widget import ChartWidget


def curve_labels() -> dict[str, str]:
    return {
        "average": QCoreApplication.translate("JourneyPanel", "Average of all touchpoints"),
        "pain": QCoreApplication.translate("JourneyPanel", "Pain points"),
        "lowest": QCoreApplication.translate("JourneyPanel", "Lowest point: retention is lost here"),
        "no_data": QCoreApplication.translate("JourneyPanel", "No touchpoints yet"),
        "emotion": QCoreApplication.translate("JourneyPanel", "Emotion"),
        # a narrow window's legend under the curve: one line each
        "average_short": QCoreApplication.translate("JourneyPanel", "Average"),
        "lowest_short": QCoreApplication.translate("JourneyPanel", "Lowest point"),
    }


class CurveView:
    """The emotion curve's chart in its box; matplotlib loads when it is first drawn."""

    def __init__(self, box: QWidget) -> None:
        self._box = box
        self.chart: ChartWidget | None = None
        self._buttons = True

    def set_buttons_visible(self, on: bool) -> None:
        """Copy and save: not for a projector's audience."""
        self._buttons = on
        if self.chart is not None:
            self.chart.copy_button.setVisible(on)
            self.chart.save_button.setVisible(on)

    def draw(self, curve: EmotionCurve, persona_names: dict[int, str]) -> None:
        if self.chart is None:
            from ui.parts.chart_widget import ChartWidget

            self.chart = ChartWidget("emotion-curve", redraw_on_resize=True)
            self._box.layout().addWidget(self.chart)
            self.set_buttons_visible(self._buttons)
        from planner.charts.journey import emotion_chart

        self.chart.draw(partial(emotion_chart, curve=curve, persona_names=persona_names, labels=curve_labels()))
