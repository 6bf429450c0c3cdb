"""The journey board: one column per stage, touchpoints as cards, drag and drop.

Each stage column is a QListView over a `StageModel`. Dragging a card carries its
touchpoint id; dropping it anywhere on the board becomes one MoveTouchpointCommand, and
the document's `journey_changed` signal redraws every column from the project file.
Stage headers can be dragged onto another header to reorder the stages.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QEvent,
    QMimeData,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QDrag,
    QFont,
    QFontMetrics,
    QMouseEvent,
    QPainter,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QSizePolicy,
    QSpacerItem,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.journey import channel_badge, channel_label
from planner.model import Stage, Touchpoint
from ui.journey.column_height import fit_to_cards
from ui.journey.lanes import LanesBox, align_lanes
from ui.journey.wrapping import wrap_text

TOUCHPOINT_MIME = "application/x-retention-planner-touchpoint"
STAGE_MIME = "application/x-retention-planner-stage"
TOUCHPOINT_ID_ROLE = Qt.ItemDataRole.UserRole + 1
Index = QModelIndex | QPersistentModelIndex

COLUMN_WIDTH = 106  # at zoom 1; a column grows with the zoom, so a larger font is not a narrower card
EMOTION_COLORS = {-2: "#C0392B", -1: "#E67E22", 0: "#95A5A6", 1: "#7DBE5A", 2: "#2E8B57"}


class StageModel(QAbstractListModel):
    """The touchpoints shown in one stage column (after the board's filters)."""

    def __init__(self, stage: Stage, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.items: list[Touchpoint] = []
        self.all_ids: list[int] = []  # the stage's order without filters, for drop positions
        self.move_requested: Callable[[int, int, int], None] | None = None  # (touchpoint, stage, position)

    def set_items(self, items: list[Touchpoint], all_ids: list[int]) -> None:
        self.beginResetModel()
        self.items, self.all_ids = items, all_ids
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        tp = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return tp.name
        if role == TOUCHPOINT_ID_ROLE:
            return tp.id
        if role == Qt.ItemDataRole.ToolTipRole:
            parts = [tp.name, tp.description, tp.pain_points and "⚠ " + tp.pain_points]
            return "\n".join(p for p in parts if p)
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        base = Qt.ItemFlag.ItemIsDropEnabled
        if not index.isValid():
            return base
        return base | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDragEnabled

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [TOUCHPOINT_MIME]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        mime = QMimeData()
        if indexes:
            mime.setData(TOUCHPOINT_MIME, QByteArray(str(self.items[indexes[0].row()].id).encode()))
        return mime

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        return data.hasFormat(TOUCHPOINT_MIME)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int, parent: Index) -> bool:
        if not data.hasFormat(TOUCHPOINT_MIME) or self.move_requested is None:
            return False
        touchpoint_id = int(bytes(data.data(TOUCHPOINT_MIME).data()).decode())
        if parent.isValid():  # dropped onto a card: insert before it
            row = parent.row()
        position = self._position_for(row, touchpoint_id)
        self.move_requested(touchpoint_id, self.stage.id, position)
        return False  # the document refreshes every column; the view must not remove rows itself

    def _position_for(self, row: int, touchpoint_id: int) -> int:
        """The place in the full stage order for a drop at visible `row`."""
        order = [i for i in self.all_ids if i != touchpoint_id]
        if row < 0 or row >= len(self.items):
            return len(order)
        target = self.items[row].id
        return order.index(target) if target in order else len(order)


class CardDelegate(QStyledItemDelegate):
    """Paints a touchpoint as a card: the channel's badge, channel and owner, and the emotion
    on the first line; beneath it the name wrapped over as many lines as it needs (never cut:
    a projector's narrow column showed "Insta…"), then the pain points in up to two lines."""

    def __init__(self, board: JourneyBoard) -> None:
        super().__init__(board)
        self._board = board

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        width = self._card_width(option)
        tp: Touchpoint = index.model().items[index.row()]  # type: ignore[attr-defined]
        lines = card_lines(tp, self._board.card_font(), width - 26)
        metrics = QFontMetrics(self._board.card_font())
        bold = QFontMetrics(_bold(self._board.card_font()))
        height = metrics.height() + len(lines.name) * bold.height() + len(lines.pain) * metrics.height()
        return QSize(width, height + 20)

    def _card_width(self, option: QStyleOptionViewItem) -> int:
        view = option.widget
        if isinstance(view, QListView):  # as wide as the column
            return max(60, view.viewport().width() - 2 * view.spacing())
        return max(60, option.rect.width())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        model = index.model()
        tp: Touchpoint = model.items[index.row()]  # type: ignore[attr-defined]
        rect = option.rect.adjusted(4, 3, -4, -3)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        palette = self._board.palette()  # the app's (light or dark), not the styled column's
        painter.setPen(
            QPen(
                palette.color(QPalette.ColorRole.Highlight) if selected else palette.color(QPalette.ColorRole.Mid),
                2 if selected else 1,
            )
        )
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        stripe = QRect(rect.left(), rect.top(), 6, rect.height())
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(EMOTION_COLORS.get(tp.emotion, "#95A5A6")))
        painter.drawRoundedRect(stripe, 3, 3)
        font = self._board.card_font()
        bold = _bold(font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        text_rect = rect.adjusted(12, 5, -6, -4)
        lines = card_lines(tp, font, text_rect.width())
        # channel badge (the icon), channel and owner, emotion pill
        code, colour = channel_badge(tp.channel)
        small = QFont(font)
        small.setPointSizeF(font.pointSizeF() * 0.75)
        small.setBold(True)
        badge = QRect(text_rect.left(), text_rect.top() + 1, QFontMetrics(small).horizontalAdvance(code) + 8, line - 2)
        painter.setBrush(QColor(colour))
        painter.drawRoundedRect(badge, 3, 3)
        painter.setFont(small)
        painter.setPen(QColor("white"))
        painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, code)
        pill_width = QFontMetrics(small).horizontalAdvance("+2") + 12
        pill = QRect(text_rect.right() - pill_width, text_rect.top() + 1, pill_width, line - 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(EMOTION_COLORS.get(tp.emotion, "#95A5A6")))
        painter.drawRoundedRect(pill, 6, 6)
        painter.setPen(QColor("white"))
        painter.drawText(pill, Qt.AlignmentFlag.AlignCenter, f"{tp.emotion:+d}" if tp.emotion else "0")
        painter.setFont(font)
        painter.setPen(palette.color(QPalette.ColorRole.PlaceholderText))
        channel = channel_label(tp.channel, self._board.language)
        owner = self._board.owner_name(tp.owner_id)
        info = QRect(badge.right() + 5, text_rect.top(), pill.left() - badge.right() - 9, line)
        painter.drawText(info, Qt.AlignmentFlag.AlignLeft, fitting_info(channel, owner, metrics, info.width()))
        painter.setPen(palette.color(QPalette.ColorRole.Text))
        painter.setFont(bold)
        top = text_rect.top() + line
        bold_line = QFontMetrics(bold).height()
        for text in lines.name:
            painter.drawText(
                QRect(text_rect.left(), top, text_rect.width(), bold_line), Qt.AlignmentFlag.AlignLeft, text
            )
            top += bold_line
        painter.setFont(font)
        painter.setPen(QColor("#C0392B"))
        for text in lines.pain:
            painter.drawText(QRect(text_rect.left(), top, text_rect.width(), line), Qt.AlignmentFlag.AlignLeft, text)
            top += line
        painter.restore()


class CardLines(NamedTuple):
    name: list[str]  # the whole name
    pain: list[str]  # the whole pain points


def fitting_info(channel: str, owner: str, metrics: QFontMetrics, width: int) -> str:
    """Channel and owner beside the badge, as much of it as fits whole (the badge names the
    channel already; a cut "Social M…" helped nobody)."""
    for text in (" · ".join(p for p in (channel, owner) if p), channel):
        if text and metrics.horizontalAdvance(text) <= width:
            return text
    return ""


def card_lines(tp: Touchpoint, font: QFont, width: int) -> CardLines:
    """The lines a card of `width` pixels of text shows."""
    name = wrap_text(tp.name, QFontMetrics(_bold(font)), width)
    pain = wrap_text("⚠ " + tp.pain_points, QFontMetrics(font), width) if tp.pain_points else []
    return CardLines(name, pain)


def _bold(font: QFont) -> QFont:
    bold = QFont(font)
    bold.setBold(True)
    return bold


class StageHeader(QLabel):
    """A stage's name; drag it onto another header to reorder, double-click to rename."""

    stage_dropped = Signal(int, int)  # dragged stage id, target stage id
    rename_requested = Signal(int)

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(stage.name, parent)
        self.stage = stage
        self.setAcceptDrops(True)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setObjectName(f"stage_header_{stage.id}")
        self.setStyleSheet(
            "QLabel { background: #1F6FB2; color: white; font-weight: bold; padding: 6px; border-radius: 4px; }"
        )
        self.setToolTip(stage.name)
        self.setMinimumWidth(40)
        self.base_font: QFont | None = None  # the board's zoomed type; fit_text may go a little smaller
        self._press = None

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit_text()

    def fit_text(self) -> None:
        """Wrap between words; a word longer than the column is broken with a hyphen, never
        cut ("Unbewusst…" on a projector): the whole name, in as many lines as it takes."""
        font = QFont(self.base_font or (self.parentWidget() or self).font())  # never its own shrunk one
        bold = QFont(font)
        bold.setBold(True)
        width = self.contentsRect().width() - 14
        name = self.stage.name
        if width > 0:
            longest = max((QFontMetrics(bold).horizontalAdvance(w) for w in name.split()), default=0)
            if longest > width >= 0.75 * longest:  # a little smaller rather than a broken word
                font.setPointSizeF(font.pointSizeF() * width / longest * 0.97)
                bold.setPointSizeF(font.pointSizeF())
            name = "\n".join(wrap_text(name, QFontMetrics(bold), width))
        if font != self.font():
            self.setFont(font)
        if name != self.text():
            self.setText(name)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._press = event.position().toPoint()
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is not None and (event.position().toPoint() - self._press).manhattanLength() > 8:
            mime = QMimeData()
            mime.setData(STAGE_MIME, QByteArray(str(self.stage.id).encode()))
            drag = QDrag(self)
            drag.setMimeData(mime)
            drag.setPixmap(self.grab())
            self._press = None
            drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.rename_requested.emit(self.stage.id)

    def dragEnterEvent(self, event) -> None:
        if event.mimeData().hasFormat(STAGE_MIME):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:
        if event.mimeData().hasFormat(STAGE_MIME):
            dragged = int(bytes(event.mimeData().data(STAGE_MIME).data()).decode())
            event.acceptProposedAction()
            if dragged != self.stage.id:
                self.stage_dropped.emit(dragged, self.stage.id)


class StageColumn(QFrame):
    def __init__(self, board: JourneyBoard, stage: Stage) -> None:
        super().__init__(board)
        self.stage = stage
        self.header = StageHeader(stage)
        self.model = StageModel(stage, self)
        self.view = QListView()
        self.view.setObjectName(f"stage_list_{stage.id}")
        self.view.setModel(self.model)
        self.view.setItemDelegate(CardDelegate(board))
        self.view.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.view.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.view.setDragEnabled(True)
        self.view.setAcceptDrops(True)
        self.view.setDropIndicatorShown(True)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.setSpacing(1)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setStyleSheet("QListView { background: palette(alternate-base); border: none; }")
        self.lanes = LanesBox(stage)  # shown when the board's lanes are on
        self.lanes.setVisible(board.show_lanes)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(2, 2, 2, 2)
        layout.addWidget(self.header)
        layout.addWidget(self.lanes)
        layout.addWidget(self.view, 1)
        self.filler = QSpacerItem(0, 0)  # takes the room below the cards when the view fits them
        layout.addItem(self.filler)
        self.setMinimumWidth(COLUMN_WIDTH)  # seven stages fit at 1280x800


class JourneyBoard(QWidget):
    """The columns. The panel gives it stages, touchpoints and callbacks."""

    touchpoint_selected = Signal(int)  # 0 = none
    touchpoint_activated = Signal(int)
    empty_area_activated = Signal(int)  # stage id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.columns: list[StageColumn] = []
        self.language = "en"
        self.zoom = 1.0
        self.show_lanes = False
        self.whole_columns = False  # presentation mode: every column as tall as its cards
        self._fitting = False
        self.lanes_requested: Callable[[int], None] | None = None  # stage id: edit its lanes
        self._owners: dict[int, str] = {}
        self._row = QHBoxLayout(self)
        self._row.setSpacing(6)
        self._row.setContentsMargins(0, 0, 0, 0)
        self.move_requested: Callable[[int, int, int], None] | None = None
        self.stage_move_requested: Callable[[int, int], None] | None = None
        self.rename_requested: Callable[[int], None] | None = None

    def card_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(6.0, font.pointSizeF() * self.zoom))
        return font

    def owner_name(self, owner_id: int | None) -> str:
        return self._owners.get(owner_id or 0, "")

    def rebuild(
        self,
        stages: list[Stage],
        visible: list[Touchpoint],
        all_points: list[Touchpoint],
        owners: dict[int, str],
        selected_id: int,
    ) -> None:
        self._owners = owners
        if [(c.stage.id, c.stage.name) for c in self.columns] == [(s.id, s.name) for s in stages]:
            for column, stage in zip(self.columns, stages, strict=True):  # lanes edited: the same columns
                column.stage = column.header.stage = column.model.stage = column.lanes.stage = stage
                column.lanes.update()
        else:
            for column in self.columns:
                self._row.removeWidget(column)
                column.hide()  # gone from the picture now, not at the next turn of the event loop
                column.deleteLater()
            self.columns = []
            for stage in stages:
                column = StageColumn(self, stage)
                column.model.move_requested = self._on_move_requested
                column.header.stage_dropped.connect(self._on_stage_dropped)
                column.header.rename_requested.connect(self._on_rename_requested)
                column.view.selectionModel().currentChanged.connect(self._on_current_changed)
                column.view.activated.connect(self._on_activated)
                column.view.doubleClicked.connect(self._on_activated)
                column.view.viewport().installEventFilter(self)
                column.lanes.edit_requested.connect(self._on_lanes_requested)
                column.lanes.width_changed.connect(self.align_lanes)
                self._row.addWidget(column, 1)
                self.columns.append(column)
        for column in self.columns:
            items = [tp for tp in visible if tp.stage_id == column.stage.id]
            all_ids = [tp.id for tp in all_points if tp.stage_id == column.stage.id]
            column.model.set_items(items, all_ids)
        self.align_lanes()
        self.select(selected_id)
        self.fit_heights()

    def set_lanes_visible(self, on: bool) -> None:
        self.show_lanes = on
        for column in self.columns:
            column.lanes.setVisible(on)
        self.align_lanes()

    def align_lanes(self) -> None:
        """The lanes in the board's zoomed type, each lane as tall as its longest text in any
        stage (a row across the board)."""
        if not self.show_lanes:
            for column in self.columns:
                column.header.setMinimumHeight(0)
            return
        # headers of one height, so every lane starts at the same line in every column
        tallest = max((c.header.heightForWidth(c.header.width()) for c in self.columns), default=0)
        for column in self.columns:
            column.header.setMinimumHeight(tallest)
            column.lanes.font_for_text = self.card_font()
        align_lanes([column.lanes for column in self.columns])

    def _on_lanes_requested(self, stage_id: int) -> None:
        if self.lanes_requested is not None:
            self.lanes_requested(stage_id)

    def select(self, touchpoint_id: int) -> None:
        for column in self.columns:
            for row, tp in enumerate(column.model.items):
                if tp.id == touchpoint_id:
                    column.view.setCurrentIndex(column.model.index(row))
                    column.view.scrollTo(column.model.index(row))
                    return

    def view_of(self, touchpoint_id: int) -> QListView | None:
        for column in self.columns:
            if any(tp.id == touchpoint_id for tp in column.model.items):
                return column.view
        return None

    def set_zoom(self, zoom: float) -> None:
        self.zoom = max(0.6, min(2.5, zoom))
        for column in self.columns:
            font = QFont(self.font())
            font.setPointSizeF(font.pointSizeF() * self.zoom * 1.1)
            column.header.base_font = font
            column.header.setFont(font)
            column.header.fit_text()
            column.setMinimumWidth(self.column_width())
            column.view.doItemsLayout()
        self.align_lanes()
        self.fit_heights()

    def set_whole_columns(self, on: bool) -> None:
        self.whole_columns = on
        self.fit_heights()

    def fit_heights(self) -> None:
        """The columns as tall as their cards while presenting (column_height.py); after a
        resize once the columns have their new width, as the cards' lines depend on it."""
        grow = QSizePolicy.Policy.Expanding if self.whole_columns else QSizePolicy.Policy.Minimum
        for column in self.columns:
            fit_to_cards(column.view, self.whole_columns)
            column.filler.changeSize(0, 0, QSizePolicy.Policy.Minimum, grow)
            column.layout().invalidate()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.whole_columns and not self._fitting:
            self._fitting = True
            QTimer.singleShot(0, self._fit_after_resize)

    def _fit_after_resize(self) -> None:
        self._fitting = False
        self.fit_heights()

    def column_width(self) -> int:
        """A column's least width: it grows with the zoom and with the type (presentation
        mode's larger font), so larger letters never mean fewer of them per line."""
        scale = self.font().pointSizeF() / max(1.0, QApplication.font().pointSizeF())
        return round(COLUMN_WIDTH * max(1.0, self.zoom) * max(1.0, scale))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger type
            self.set_zoom(self.zoom)

    def _on_move_requested(self, touchpoint_id: int, stage_id: int, position: int) -> None:
        if self.move_requested is not None:
            self.move_requested(touchpoint_id, stage_id, position)

    def _on_stage_dropped(self, dragged: int, target: int) -> None:
        if self.stage_move_requested is not None:
            order = [c.stage.id for c in self.columns]
            self.stage_move_requested(dragged, order.index(target))

    def _on_rename_requested(self, stage_id: int) -> None:
        if self.rename_requested is not None:
            self.rename_requested(stage_id)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            for column in self.columns:  # one selection across the board
                if column.model is not current.model():
                    column.view.selectionModel().clearSelection()
            self.touchpoint_selected.emit(int(current.data(TOUCHPOINT_ID_ROLE)))

    def _on_activated(self, index: QModelIndex) -> None:
        if index.isValid():
            self.touchpoint_activated.emit(int(index.data(TOUCHPOINT_ID_ROLE)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.MouseButtonDblClick:
            for column in self.columns:
                if column.view.viewport() is watched and not column.view.indexAt(event.position().toPoint()).isValid():
                    self.empty_area_activated.emit(column.stage.id)  # double-click on empty space: new card
                    return True
        return False


def fill_consistency(table: QTableWidget, stages: list[Stage], visible: list[Touchpoint], language: str) -> None:
    """The same channel across the stages, side by side: one voice at every touchpoint?"""
    channels = sorted({tp.channel for tp in visible}, key=lambda c: channel_label(c, language).lower())
    table.clear()
    table.setRowCount(len(channels))
    table.setColumnCount(len(stages))
    table.setHorizontalHeaderLabels([s.name for s in stages])
    table.setVerticalHeaderLabels([channel_label(c, language) for c in channels])

    for r, channel in enumerate(channels):
        for c, stage in enumerate(stages):
            here = [tp for tp in visible if tp.channel == channel and tp.stage_id == stage.id]
            if not here:
                continue
            item = QTableWidgetItem("\n".join(f"{tp.name} ({tp.emotion:+d})".replace("(+0)", "(0)") for tp in here))
            worst = min(tp.emotion for tp in here)
            item.setBackground(QColor(EMOTION_COLORS[worst]).lighter(170))
            item.setForeground(QColor("#1F2933"))  # dark on the light tint, in a dark palette too
            item.setToolTip("\n\n".join(f"{tp.name}: {tp.pain_points}" for tp in here if tp.pain_points))
            table.setItem(r, c, item)
    table.resizeRowsToContents()
