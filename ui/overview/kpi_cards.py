"""Overview KPI cards: the latest complete period's value, the change against the
period before, and a sparkline of the last twelve. A click opens the matching chart."""

from __future__ import annotations

import html

from PySide6.QtCore import QLocale, QPointF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPen, QPolygonF
from PySide6.QtWidgets import QFrame, QLabel, QSizePolicy, QVBoxLayout, QWidget

from ui.help.guide import show_guide
from ui.parts.frame_model import format_value
from ui.texts.kpi_texts import kpi_definition, kpi_name
from ui.texts.money import show_headline_money

# card field -> (format, chart it opens, whether a rise is good news)
CARDS = {
    "customers_end": ("int", "retention", True),
    "retention_rate": ("percent", "retention", True),
    "churn_rate": ("percent", "retention", False),
    "repeat_purchase_rate": ("percent", "buyers", True),
    "revenue": ("money", "revenue", True),
    "aov": ("money", "revenue", True),
    "nps": ("nps", "survey", True),  # from survey answers, not the sales data
}
GOOD, BAD, NEUTRAL = QColor("#2E8B57"), QColor("#C0392B"), QColor("#7A8794")


class Sparkline(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.values: list[float] = []
        self.setMinimumHeight(28)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_values(self, values: list[float | None]) -> None:
        self.values = [v for v in values if v is not None]
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        if len(self.values) < 2:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        low, high = min(self.values), max(self.values)
        span = (high - low) or 1.0
        w, h = self.width() - 6, self.height() - 6
        points = [
            QPointF(3 + i * w / (len(self.values) - 1), 3 + h - (v - low) / span * h) for i, v in enumerate(self.values)
        ]
        painter.setPen(QPen(QColor("#1F6FB2"), 1.8))
        painter.drawPolyline(QPolygonF(points))
        painter.setBrush(QColor("#1F6FB2"))
        painter.drawEllipse(points[-1], 2.5, 2.5)


class KpiCard(QFrame):
    clicked = Signal(str)

    def __init__(self, key: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName(f"card_{key}")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setStyleSheet("KpiCard { background: palette(base); border: 1px solid palette(mid); border-radius: 6px; }")
        self.title = QLabel()
        self.value = QLabel()
        font = self.value.font()
        font.setPointSizeF(font.pointSizeF() * 1.9)
        font.setBold(True)
        self.value.setFont(font)
        self.change = QLabel()
        self.title.setWordWrap(True)
        self.change.setWordWrap(True)
        self.sparkline = Sparkline()
        # the definition in the guide, for whoever must sign the number
        self.how = QLabel()
        self.how.setObjectName("how_computed")
        self.how.setTextInteractionFlags(Qt.TextInteractionFlag.LinksAccessibleByMouse)
        self.how.linkActivated.connect(lambda anchor: show_guide(self, anchor))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.value)
        layout.addWidget(self.change)
        layout.addWidget(self.sparkline)
        layout.addWidget(self.how)
        self.setMinimumWidth(150)

    def show_nps(self, card: dict | None) -> None:
        """Net Promoter Score: -100 to +100, with the answers behind it and its interval."""
        locale = QLocale()
        self.title.setText(self.tr("Net Promoter Score"))
        self._link_definition()
        tip = self.tr("Promoters (9-10) minus detractors (0-6), in % of the answers of the latest complete period.")
        if card is None:
            self.value.setText("–")
            self.change.setText(self.tr("No survey answers yet: import them in Data, Survey."))
            self.change.setStyleSheet(f"color: {NEUTRAL.name()};")
            self.sparkline.set_values([])
            self.setToolTip(tip + "\n\n" + self.tr("Click to open the survey answers."))
            return
        value = card["value"]
        self.value.setText(("+" if value > 0 else "") + locale.toString(float(value), "f", 0))
        margin = "–" if card["margin"] is None else locale.toString(float(card["margin"]), "f", 0)
        if card["few_answers"]:
            text = self.tr("only %1 answers (%2): ± %3 points").replace("%1", str(card["answers"]))
            text, color = text.replace("%2", card["period"]).replace("%3", margin), NEUTRAL
        elif card["change"] is None:
            text, color = self.tr("%1, no earlier period").replace("%1", card["period"]), NEUTRAL
        else:
            change = card["change"]
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
            amount = self.tr("%1 points").replace("%1", locale.toString(abs(change), "f", 0))
            text = self.tr("%1 %2 vs. previous period").replace("%1", arrow).replace("%2", amount)
            color = NEUTRAL if change == 0 else (GOOD if change > 0 else BAD)
        self.change.setText(text)
        self.change.setStyleSheet(f"color: {color.name()};")
        self.sparkline.set_values(card["series"])
        detail = (
            self.tr("%1: %2 answers; the 95 % interval reaches ± %3 points.")
            .replace("%1", card["period"])
            .replace("%2", locale.toString(int(card["answers"])))
            .replace("%3", margin)
        )
        self.setToolTip(tip + "\n" + detail + "\n\n" + self.tr("Click to open the survey answers."))

    def show_card(self, card: dict | None, currency: str = "") -> None:
        if self.key == "nps":
            self.show_nps(card)
            return
        kind, _chart, rise_is_good = CARDS[self.key]
        self.title.setText(kpi_name(self.key) if self.key != "customers_end" else self.tr("Active customers"))
        self._link_definition()
        if card is None:
            self.value.setText("–")
            self.change.setText("")
            self.sparkline.set_values([])
            return
        value = card["value"]
        if kind == "money" and value is not None:
            self.value.setText(show_headline_money(value, currency))
        else:
            self.value.setText(format_value(value, kind))
        change = card["change"]
        if card.get("no_amounts"):
            self.change.setText(self.tr("No amounts in the data"))
            color = NEUTRAL
        elif card.get("uncovered"):
            self.change.setText(self.tr("Not judgeable yet: the activity window is not covered by the data"))
            color = NEUTRAL
        elif change is None:
            self.change.setText(self.tr("%1, no earlier period").replace("%1", card["period"]))
            color = NEUTRAL
        else:
            locale = QLocale()
            if kind == "int":
                amount = locale.toString(int(abs(change)))
            elif kind == "percent":
                amount = self.tr("%1 points").replace("%1", locale.toString(abs(change), "f", 1))
            else:
                amount = show_headline_money(abs(change), currency)
            arrow = "▲" if change > 0 else ("▼" if change < 0 else "■")
            color = NEUTRAL if change == 0 else (GOOD if (change > 0) == rise_is_good else BAD)
            self.change.setText(self.tr("%1 %2 vs. previous period").replace("%1", arrow).replace("%2", amount))
        self.change.setStyleSheet(f"color: {color.name()};")
        self.sparkline.set_values(card["series"])
        tip = kpi_definition(self.key)
        if card.get("uncovered"):
            tip += "\n\n" + self.tr("The activity window reaches back before the first data: understated.")
        self.setToolTip(tip + "\n\n" + self.tr("Click to open the chart."))

    def _link_definition(self) -> None:
        text = html.escape(self.tr("How is this computed?"))
        self.how.setText(f"<a href='kpi-{self.key}'>{text}</a>")

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(CARDS[self.key][1])
        super().mouseReleaseEvent(event)
