"""Does the measure keep working? The effect at each month from the start with its band, the
margin it has brought so far against its cost, whether the effect faded (with the decision to
consider), and how the verdict changed with each import. Shows what planner.effect.over_time
and planner.effect.history computed; formats, computes nothing."""

from __future__ import annotations

from datetime import date
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from planner.effect.history import Judgement, stretches
from planner.effect.over_time import OverTime
from planner.effect.over_time_chart import over_time_chart
from ui.effect.verdicts import verdict_name
from ui.parts.rendered_chart import RenderedChart
from ui.texts.dates import is_german

FADED_STYLE = (
    "QLabel { background: #FFF4E0; color: #1F2933; border: 1px solid #E8B04B; border-radius: 4px; padding: 6px; }"
)
PAID_STYLE = (
    "QLabel { background: #E3F4EA; color: #14522D; border: 1px solid #1E7B45; border-radius: 4px; padding: 6px; }"
)


def month_text(day: date) -> str:
    """“June 2026” in the window's language."""
    return f"{QLocale().monthName(day.month)} {day.year}"


def course_text(history: list[Judgement]) -> str:
    """How the verdict changed: “no clear effect until June 2026, works since July 2026”."""
    parts = stretches(history)
    words = []
    for i, part in enumerate(parts):
        if i == len(parts) - 1:
            template = QCoreApplication.translate("EffectOverTime", "%1 since %2")
            words.append(template.replace("%1", verdict_name(part.verdict)).replace("%2", month_text(part.first)))
        else:
            template = QCoreApplication.translate("EffectOverTime", "%1 until %2")
            words.append(template.replace("%1", verdict_name(part.verdict)).replace("%2", month_text(part.last)))
    return ", ".join(words)


class OverTimeView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.caption = QLabel()
        self.caption.setObjectName("effect_over_time_caption")
        self.caption.setWordWrap(True)
        self.summary = QLabel()
        self.summary.setObjectName("effect_over_time_summary")
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.faded = QLabel()
        self.faded.setObjectName("effect_faded")
        self.faded.setWordWrap(True)
        self.faded.setStyleSheet(FADED_STYLE)
        self.paid = QLabel()
        self.paid.setObjectName("effect_paid_off")
        self.paid.setWordWrap(True)
        self.course = QLabel()
        self.course.setObjectName("effect_course")
        self.course.setWordWrap(True)
        self.chart = RenderedChart("effect_over_time")
        self.chart.setMinimumHeight(240)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(self.caption)
        layout.addWidget(self.summary)
        layout.addWidget(self.faded)
        layout.addWidget(self.paid)
        layout.addWidget(self.chart, 1)
        layout.addWidget(self.course)
        self._key: tuple | None = None

    def busy(self) -> bool:
        return self.chart.busy()

    def show_over_time(self, over: OverTime | None, history: list[Judgement], horizon_months: int) -> None:
        self.course.setVisible(bool(history))
        if history:
            self.course.setText(
                self.tr("How the verdict changed with each import (by the last day of the data): %1.").replace(
                    "%1", course_text(history)
                )
            )
        self.caption.setText("<b>" + self.tr("Over time: does it keep working?") + "</b>")
        curve = over is not None and bool(over.points)
        self.setVisible(curve or bool(history))  # nothing to say for a measure never judged with a comparison group
        for widget in (self.summary, self.faded, self.paid, self.chart):
            widget.setVisible(curve)
        if over is None or not over.points:
            self._key = None
            return
        self.summary.setText(self._summary(over, horizon_months))
        self.faded.setVisible(over.faded)
        if over.faded and over.peak is not None:
            self.faded.setText(
                self.tr(
                    "⚠ The effect has faded: its interval lay above 0 until %1 and now contains 0. Suggested decision: "
                    "adjust the measure (a new offer, another channel) or stop it, and judge it again."
                ).replace("%1", month_text(over.peak))
            )
        paid = self._paid_text(over)
        self.paid.setVisible(bool(paid))
        self.paid.setText(paid)
        self.paid.setStyleSheet(PAID_STYLE if over.paid_off is not None else "")
        key = (id(over), self.locale().name())
        if key != self._key:
            self._key = key
            labels = self._labels()
            self.chart.draw(lambda fig: over_time_chart(fig, over, labels))

    def _labels(self) -> dict[str, str]:
        locale = QLocale()
        return {
            "effect": self.tr("Effect on coming back (points)"),
            "band": self.tr("95 % interval"),
            "margin": self.tr("Extra gross margin so far"),
            "cost": self.tr("Cost"),
            "paid_off": self.tr("paid for itself"),
            "no_curve": self.tr("No curve: the measure has no comparison group yet"),
            "no_margin": self.tr("No gross margin set: no money figure"),
            "date_format": "%m/%Y" if is_german() else "%Y-%m",
            "decimal": locale.decimalPoint(),
            "group": locale.groupSeparator(),
        }

    def _summary(self, over: OverTime, horizon_months: int) -> str:
        locale = QLocale()

        def num(value: float | None, decimals: int = 1) -> str:
            return "–" if value is None else locale.toString(float(value), "f", decimals)

        first, last = over.points[0], over.points[-1]
        interval = (
            "–"
            if last.ci is None
            else self.tr("%1 to %2").replace("%1", num(last.ci[0])).replace("%2", num(last.ci[1]))
        )
        lines = [
            self.tr(
                "The effect at each month from the start, each against the same comparison group and the gap "
                "before the start (coming back within %1 months, percentage points): %2 at the start, %3 from "
                "%4 (95 %: %5)."
            )
            .replace("%1", str(horizon_months))
            .replace("%2", num(first.effect))
            .replace("%3", num(last.effect))
            .replace("%4", month_text(last.at))
            .replace("%5", interval)
        ]
        if not over.judgeable:
            lines.append(
                "<b>"
                + self.tr(
                    "Cannot be judged: the participants were chosen by what they did after the start, so the curve "
                    "shows how far apart the groups are, not what the measure did. It makes no claim on money."
                )
                + "</b>"
            )
        return "<br>".join(escape(line) if not line.startswith("<b>") else line for line in lines)

    def _paid_text(self, over: OverTime) -> str:
        last = over.points[-1]
        if last.cum_margin is None or not over.judgeable:
            return ""
        locale = QLocale()

        def money(value: float) -> str:
            return f"{locale.toString(float(value), 'f', 0)} {over.currency}".strip()

        text = (
            self.tr("Extra gross margin from the start to the end of %1: %2 (95 %: %3 to %4).")
            .replace("%1", month_text(last.at))
            .replace("%2", money(last.cum_margin))
            .replace("%3", money(last.ci_margin[0]) if last.ci_margin else "–")
            .replace("%4", money(last.ci_margin[1]) if last.ci_margin else "–")
        )
        if over.cost is None:
            return text + " " + self.tr("No cost entered for the measure: enter it to see when it paid for itself.")
        if over.paid_off is not None:
            return (
                text
                + " "
                + self.tr("It paid for itself against its cost of %1 by the end of %2.")
                .replace("%1", money(over.cost))
                .replace("%2", month_text(over.paid_off))
            )
        return (
            text
            + " "
            + self.tr(
                "It has not paid for itself yet against its cost of %1: the interval does not lie above the cost."
            ).replace("%1", money(over.cost))
        )
