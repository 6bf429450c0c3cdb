"""The journey's lanes under each stage header: what the customer does, thinks and feels
there, and what happens backstage. Every lane sits at the same height in every column, so
the lanes read across the stages like rows; a text wraps over as many lines as it needs and
is never cut. Double-click a stage's lanes to edit them (`LanesDialog`, one undo step)."""

from __future__ import annotations

from typing import NamedTuple

from PySide6.QtCore import QCoreApplication, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from planner.journey import LANE_KEYS, lane_text
from planner.model import Stage
from ui.journey.wrapping import wrap_text

# a colour per lane for its name, readable on white and on a projector
LANE_COLOURS = {"doing": "#1F6FB2", "thinking": "#6C3483", "feeling": "#B03A2E", "backstage": "#4D5656"}
PADDING = 6
LANE_GAP = 4


def lane_label(key: str) -> str:
    labels = {
        "doing": QCoreApplication.translate("JourneyLanes", "Doing"),
        "thinking": QCoreApplication.translate("JourneyLanes", "Thinking"),
        "feeling": QCoreApplication.translate("JourneyLanes", "Feeling"),
        "backstage": QCoreApplication.translate("JourneyLanes", "Backstage"),
    }
    return labels[key]


class LaneLines(NamedTuple):
    label: list[str]
    text: list[str]  # empty: the lane has no text in this stage


def lane_lines(stage: Stage, font: QFont, width: int) -> dict[str, LaneLines]:
    """Each lane's name and text broken into the lines a column of `width` pixels shows."""
    bold = QFont(font)
    bold.setBold(True)
    bold.setPointSizeF(font.pointSizeF() * 0.85)
    out = {}
    for key in LANE_KEYS:
        text = lane_text(stage, key)
        out[key] = LaneLines(
            wrap_text(lane_label(key), QFontMetrics(bold), width),
            [line for part in text.splitlines() for line in wrap_text(part, QFontMetrics(font), width)] if text else [],
        )
    return out


class LanesBox(QWidget):
    """One stage's lanes. The board gives every box the same lane heights (`set_heights`)."""

    edit_requested = Signal(int)  # stage id
    width_changed = Signal()

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.setObjectName(f"stage_lanes_{stage.id}")
        self.font_for_text = QFont(self.font())
        self.heights: list[int] = []
        self._width = -1
        self.retranslate()

    def retranslate(self) -> None:
        self.setToolTip(QCoreApplication.translate("JourneyLanes", "Double-click to edit this stage's lanes"))

    def text_width(self) -> int:
        return max(30, self.width() - 2 * PADDING)

    def lines(self) -> dict[str, LaneLines]:
        """What the box shows, lane by lane (also what tests read)."""
        return lane_lines(self.stage, self.font_for_text, self.text_width())

    def needed_heights(self) -> list[int]:
        """Per lane, the pixels its name and text take at this width (an empty text one faint
        dash line, so an empty lane still shows where to write)."""
        metrics = QFontMetrics(self.font_for_text)
        small = QFontMetrics(_label_font(self.font_for_text))
        return [
            len(lines.label) * small.height() + max(1, len(lines.text)) * metrics.height() + LANE_GAP
            for lines in self.lines().values()
        ]

    def set_heights(self, heights: list[int]) -> None:
        self.heights = heights
        self.setFixedHeight(sum(heights) + 2 * PADDING)
        self.update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if event.size().width() != self._width:
            self._width = event.size().width()
            self.width_changed.emit()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.edit_requested.emit(self.stage.id)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        palette = self.palette()
        painter.setPen(palette.color(QPalette.ColorRole.Mid))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(self.rect().adjusted(0, 0, -1, -1), 4, 4)
        font = self.font_for_text
        label_font = _label_font(font)
        line = QFontMetrics(font).height()
        small = QFontMetrics(label_font).height()
        width = self.text_width()
        top = PADDING
        for (key, lines), height in zip(self.lines().items(), self.heights or self.needed_heights(), strict=False):
            y = top
            painter.setFont(label_font)
            painter.setPen(QColor(LANE_COLOURS[key]))
            for text in lines.label:
                painter.drawText(QRect(PADDING, y, width, small), Qt.AlignmentFlag.AlignLeft, text)
                y += small
            painter.setFont(font)
            if lines.text:
                painter.setPen(palette.color(QPalette.ColorRole.Text))
                for text in lines.text:
                    painter.drawText(QRect(PADDING, y, width, line), Qt.AlignmentFlag.AlignLeft, text)
                    y += line
            else:
                painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
                painter.drawText(QRect(PADDING, y, width, line), Qt.AlignmentFlag.AlignLeft, "–")
            top += height
            if key != LANE_KEYS[-1]:  # a thin rule between the lanes
                painter.setPen(palette.color(QPalette.ColorRole.Midlight))
                painter.drawLine(PADDING, top - LANE_GAP // 2, self.width() - PADDING, top - LANE_GAP // 2)
        painter.end()


def _label_font(font: QFont) -> QFont:
    label = QFont(font)
    label.setBold(True)
    label.setPointSizeF(font.pointSizeF() * 0.85)
    return label


def align_lanes(boxes: list[LanesBox]) -> None:
    """Give every lane the height of its tallest text across the stages, so each lane is a
    row across the board."""
    if not boxes:
        return
    needed = [box.needed_heights() for box in boxes]
    heights = [max(column[i] for column in needed) for i in range(len(LANE_KEYS))]
    for box in boxes:
        box.set_heights(heights)


class LanesDialog(QDialog):
    """The four lanes of one stage in one dialog: OK is one undo step."""

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lanes of “%1”").replace("%1", stage.name))
        self.fields: dict[str, QPlainTextEdit] = {}
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        for key in LANE_KEYS:
            edit = QPlainTextEdit(lane_text(stage, key))
            edit.setObjectName(f"lane_{key}")
            edit.setTabChangesFocus(True)
            edit.setMinimumHeight(56)
            self.fields[key] = edit
            label = QLabel(lane_label(key) + ":")
            label.setBuddy(edit)
            form.addRow(label, edit)
        hint = QLabel(
            self.tr(
                "What the customer does, thinks and feels in this stage, and what happens backstage. "
                "Empty lanes stay empty."
            )
        )
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(hint)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.resize(460, self.sizeHint().height())

    def lanes(self) -> dict[str, str]:
        return {key: edit.toPlainText() for key, edit in self.fields.items()}
