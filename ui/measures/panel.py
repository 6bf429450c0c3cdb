"""Measures section: every measure in one list, and the impact/effort matrix where a measure
is a dot you can drag to a new place (one undo step). Quadrants: quick wins (high impact,
low effort), big bets (high impact, high effort), fill-ins (low, low), money pits (low
impact, high effort)."""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGraphicsEllipseItem,
    QGraphicsItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
    QGraphicsView,
    QHeaderView,
    QLabel,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import journey as j
from planner.goals import goal_table as g
from planner.model import Measure
from ui.goals.commands import UpdateRecordCommand
from ui.goals.tree import status_name
from ui.parts.widgets import HintLabel, SectionTitle
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

CELL = 120.0  # scene units per score step
STATUS_COLORS = {"idea": "#95A5A6", "planned": "#1F6FB2", "active": "#2E8B57", "done": "#7D3C98", "stopped": "#C0392B"}


def to_scene(effort: int, impact: int) -> QPointF:
    return QPointF((effort - 0.5) * CELL, (5.5 - impact) * CELL)


def to_scores(point: QPointF) -> tuple[int, int]:
    effort = min(5, max(1, round(point.x() / CELL + 0.5)))
    impact = min(5, max(1, round(5.5 - point.y() / CELL)))
    return effort, impact


class MeasureDot(QGraphicsEllipseItem):
    """A measure on the matrix: its title beside it, elided within its cell; or, in
    presentation mode (`number`), its number inside it and the whole title in the legend."""

    def __init__(self, matrix: MatrixView, measure: Measure, offset: QPointF, number: int = 0) -> None:
        super().__init__(-11, -11, 22, 22)
        self.matrix, self.measure, self.offset = matrix, measure, offset
        self.setBrush(QBrush(QColor(STATUS_COLORS.get(measure.status, "#95A5A6"))))
        self.setPen(QPen(QColor("white"), 2))
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsMovable)
        self.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIsSelectable)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        self.setToolTip(measure.title)
        self.setPos(to_scene(measure.effort, measure.impact) + offset)
        if number:
            font = QFont(QGraphicsSimpleTextItem().font().family(), 9)
            font.setBold(True)
            label = QGraphicsSimpleTextItem(str(number), self)
            label.setFont(font)
            label.setBrush(QBrush(QColor("white")))
            box = label.boundingRect()
            label.setPos(-box.width() / 2, -box.height() / 2)
            return
        font = QFont(QGraphicsSimpleTextItem().font().family(), 8)
        # the label stays inside its cell, so neighbours never overlap; the tooltip has it whole
        title = QFontMetricsF(font).elidedText(measure.title, Qt.TextElideMode.ElideRight, CELL / 2 + 20)
        label = QGraphicsSimpleTextItem(title, self)
        label.setPos(14, -8)
        label.setFont(font)

    def mouseReleaseEvent(self, event) -> None:
        super().mouseReleaseEvent(event)
        effort, impact = to_scores(self.pos() - self.offset)
        if (effort, impact) != (self.measure.effort, self.measure.impact):
            self.matrix.moved.emit(self.measure.id, effort, impact)
        else:
            self.setPos(to_scene(effort, impact) + self.offset)


class MatrixView(QGraphicsView):
    moved = Signal(int, int, int)  # measure id, effort, impact

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("impact_effort_matrix")
        self.setScene(QGraphicsScene(self))
        self.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.dots: dict[int, MeasureDot] = {}
        self.quadrant_names = ("", "", "", "")
        self.numbered = False  # presentation mode: numbers on the dots, the titles in a legend
        self.axis_names = ("", "")

    def show_measures(self, measures: list[Measure]) -> None:
        scene = self.scene()
        scene.clear()
        self.dots = {}
        size = 5 * CELL
        colors = ("#E8F6EF", "#FDF2E3", "#F2F4F6", "#FBEAEA")  # quick wins, big bets, fill-ins, money pits
        quads = ((0, 0), (size / 2, 0), (0, size / 2), (size / 2, size / 2))
        plain = QFont(QGraphicsSimpleTextItem().font().family(), 11 if self.numbered else 9)
        bold = QFont(plain)
        bold.setBold(True)
        line = QFontMetricsF(bold).height()
        ink = QBrush(self.palette().color(QPalette.ColorRole.WindowText))  # outside the square: on the window
        # the quadrants' names outside the square (the top ones above, the bottom ones below
        # the scale), so no measure's label can run into one
        for (x, y), color, name in zip(quads, colors, self.quadrant_names):
            scene.addRect(QRectF(x, y, size / 2, size / 2), QPen(Qt.PenStyle.NoPen), QBrush(QColor(color)))
            text = scene.addSimpleText(name, bold)
            text.setBrush(ink)
            text.setPos(x + 8, -line - 4 if y == 0 else size + line + 6)
            text.setData(0, "quadrant")
        scene.addRect(QRectF(0, 0, size, size), QPen(QColor("#9AA5B1")))
        for i in range(1, 6):
            tick = scene.addSimpleText(str(i), plain)
            tick.setPos((i - 0.5) * CELL - 4, size + 4)
            tick2 = scene.addSimpleText(str(i), plain)
            tick2.setPos(-18, (5.5 - i) * CELL - line / 2)
            tick.setBrush(ink)
            tick2.setBrush(ink)
        x_label = scene.addSimpleText(self.axis_names[0], bold)
        x_label.setBrush(ink)
        x_label.setPos(size / 2 - x_label.boundingRect().width() / 2, size + 2 * line + 10)
        y_label = scene.addSimpleText(self.axis_names[1], bold)
        y_label.setBrush(ink)
        y_label.setRotation(-90)
        y_label.setPos(-24 - line, size / 2 + y_label.boundingRect().width() / 2)
        seen: dict[tuple[int, int], int] = {}
        for number, measure in enumerate(measures, start=1):
            n = seen.get((measure.effort, measure.impact), 0)
            seen[(measure.effort, measure.impact)] = n + 1
            offset = QPointF(0, (0, 24, -24, 48, -48)[n % 5])  # several measures in one cell: stacked
            dot = MeasureDot(self, measure, offset, number if self.numbered else 0)
            scene.addItem(dot)
            self.dots[measure.id] = dot
        scene.setSceneRect(scene.itemsBoundingRect().adjusted(-8, -8, 8, 8))
        self.fitInView(scene.sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.AspectRatioMode.KeepAspectRatio)


class MeasuresPanel(QWidget):
    open_requested = Signal(int)  # measure id: edit it in the goal table

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.title = SectionTitle()
        self.intro = HintLabel()
        self.table = QTableWidget()
        self.table.setObjectName("measure_list")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        # every row holds two lines (a measure for two goals wraps), so rows line up evenly
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 8)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.table.itemDoubleClicked.connect(self._on_double_clicked)
        self.matrix = MatrixView()
        self.matrix.moved.connect(self._on_moved)
        self.legend = QLabel()  # presentation mode: the numbered dots' titles, whole
        self.legend.setObjectName("matrix_legend")
        self.legend.setWordWrap(True)
        self.legend.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.legend.setTextFormat(Qt.TextFormat.RichText)
        self.legend.hide()
        self.splitter = splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.matrix)
        splitter.addWidget(self.legend)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        self._sized = False
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(splitter, 1)
        for signal in (doc.goals_changed, doc.team_changed, doc.journey_changed):
            signal.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def refresh(self) -> None:
        if self._doc.closed:
            return
        store = self._doc.store
        measures = g.measures(store)
        goals = {goal.id: goal.title for goal in g.goals(store)}
        owners = {m.id: m.name for m in j.team(store)}
        headers = [
            self.tr("Measure"),
            self.tr("Goals"),
            self.tr("Owner"),
            self.tr("Status"),
            self.tr("Effort"),
            self.tr("Impact"),
            self.tr("Touchpoints"),
        ]
        self.table.setSortingEnabled(False)
        self.table.clear()
        self.table.setColumnCount(len(headers))
        self.table.setHorizontalHeaderLabels(headers)
        self.table.setRowCount(len(measures))
        for r, m in enumerate(measures):
            values = [
                m.title,
                ", ".join(goals.get(i, "") for i in m.goal_ids),
                owners.get(m.owner_id or 0, ""),
                status_name(m.status),
                m.effort,
                m.impact,
                len(m.touchpoints),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem()
                item.setData(Qt.ItemDataRole.DisplayRole, value)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                self.table.setItem(r, c, item)
        self.table.setSortingEnabled(True)
        self.table.resizeColumnsToContents()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)  # titles take what is left
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 170))
        self.matrix.show_measures(measures)
        rows = "".join(
            f"<tr><td align='right' style='padding-right:8px'><b>{n}</b></td><td>{html.escape(m.title)}</td></tr>"
            for n, m in enumerate(measures, start=1)
        )
        self.legend.setText(f"<table cellspacing='4'>{rows}</table>")

    def resizeEvent(self, event) -> None:
        if event is not None:
            super().resizeEvent(event)
        if self.matrix.numbered:
            return  # presentation mode places it
        # the matrix is square: beside the table only where the window is wide enough for both,
        # below it otherwise, so the table's columns never need a sideways scroll bar
        wide = self.width() >= 1500
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation() or not self._sized:
            self._sized = True
            self.splitter.setOrientation(orientation)
            total = self.splitter.width() if wide else self.splitter.height()
            side = int(min(self.splitter.height(), 0.42 * total) if wide else 0.5 * total)
            self.splitter.setSizes([total - side, side])

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the matrix as large as the screen, the list hidden."""
        self.table.setVisible(not on)
        self.legend.setVisible(on)
        self.matrix.numbered = on
        self.refresh()
        if on:
            self.splitter.setOrientation(Qt.Orientation.Horizontal)
            side = min(self.splitter.height(), int(0.62 * self.splitter.width()))
            self.splitter.setSizes([0, side, self.splitter.width() - side])
        else:
            self._sized = False
            self.resizeEvent(None)

    def _on_moved(self, measure_id: int, effort: int, impact: int) -> None:
        self._doc.undo_stack.push(
            UpdateRecordCommand(
                self._doc,
                g.MEASURES,
                measure_id,
                LazyText.translate("MeasuresPanel", "impact and effort"),
                effort=effort,
                impact=impact,
            )
        )

    def _on_double_clicked(self, item: QTableWidgetItem) -> None:
        self.open_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Measures"))
        self.intro.setText(
            self.tr(
                "All measures, and where they stand by expected impact and effort. Drag a dot to re-estimate it; "
                "double-click a row to edit the measure in the goal table. Colour = status."
            )
        )
        self.matrix.quadrant_names = (
            self.tr("Quick wins"),
            self.tr("Big bets"),
            self.tr("Fill-ins"),
            self.tr("Money pits"),
        )
        self.matrix.axis_names = (self.tr("Effort →"), self.tr("Expected impact →"))
