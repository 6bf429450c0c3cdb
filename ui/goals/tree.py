"""The goal table: a tree of goals with their measures beneath (the Zieltabelle).

Goals are top-level rows; each measure appears under every goal it serves. Cells are
edited in place through `GoalTreeDelegate` (date pickers, owner and status drop-downs,
spin boxes); every edit is one undo step. Progress is drawn as a bar and never typed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QAbstractItemModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QRect,
    QSize,
    QSortFilterProxyModel,
    Qt,
    QTimer,
)
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetrics, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QDoubleSpinBox,
    QSpinBox,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from planner import journey as j
from planner.goals import goal_table as g
from planner.goals.smart import Progress
from planner.model import GOAL_STATUSES, MEASURE_STATUSES, Goal, Measure
from planner.segments.subset import of_goal
from ui.goals.commands import UpdateRecordCommand
from ui.goals.record_form import mark_empty_date
from ui.goals.value_text import value_cell, value_tip
from ui.texts.dates import DateEdit, show_date
from ui.texts.field_names import segment_label
from ui.texts.money import with_currency
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

if TYPE_CHECKING:
    from planner.predict.goal_value import GoalValue

Index = QModelIndex | QPersistentModelIndex
COLUMNS = ("title", "owner", "status", "progress", "value", "start", "end", "cost", "effort", "impact")
KIND_ROLE = Qt.ItemDataRole.UserRole + 1  # "goal" or "measure"
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OWNER_ROLE = Qt.ItemDataRole.UserRole + 3
SORT_ROLE = Qt.ItemDataRole.UserRole + 4
STATUS_COLORS = {
    "on_track": "#2E8B57",
    "at_risk": "#E67E22",
    "off_track": "#C0392B",
    "achieved": "#1F6FB2",
    "no_data": "#95A5A6",
}


def column_title_text(key: str) -> LazyText:
    titles = {
        "title": LazyText.translate("GoalTable", "Goal / measure"),
        "owner": LazyText.translate("GoalTable", "Owner"),
        "status": LazyText.translate("GoalTable", "Status"),
        "start": LazyText.translate("GoalTable", "Start / baseline"),
        "end": LazyText.translate("GoalTable", "End / deadline"),
        "cost": LazyText.translate("GoalTable", "Cost"),
        "effort": LazyText.translate("GoalTable", "Effort"),
        "impact": LazyText.translate("GoalTable", "Impact"),
        "progress": LazyText.translate("GoalTable", "Progress"),
        "value": LazyText.translate("GoalTable", "Worth a year"),
    }
    return titles[key]


def column_title(key: str) -> str:
    return str(column_title_text(key))


def status_name(status: str) -> str:
    names = {
        "draft": QCoreApplication.translate("GoalStatus", "draft"),
        "active": QCoreApplication.translate("GoalStatus", "active"),
        "achieved": QCoreApplication.translate("GoalStatus", "achieved"),
        "missed": QCoreApplication.translate("GoalStatus", "missed"),
        "dropped": QCoreApplication.translate("GoalStatus", "dropped"),
        "idea": QCoreApplication.translate("GoalStatus", "idea"),
        "planned": QCoreApplication.translate("GoalStatus", "planned"),
        "done": QCoreApplication.translate("GoalStatus", "done"),
        "stopped": QCoreApplication.translate("GoalStatus", "stopped"),
    }
    return names.get(status, status)


def progress_name(status: str) -> str:
    names = {
        "on_track": QCoreApplication.translate("GoalStatus", "on track"),
        "at_risk": QCoreApplication.translate("GoalStatus", "at risk"),
        "off_track": QCoreApplication.translate("GoalStatus", "off track"),
        "achieved": QCoreApplication.translate("GoalStatus", "reached"),
        "no_data": QCoreApplication.translate("GoalStatus", "no current value yet"),
    }
    return names[status]


class _Node:
    __slots__ = ("children", "kind", "parent", "record", "row")

    def __init__(self, kind: str, record: object, parent: _Node | None, row: int) -> None:
        self.kind, self.record, self.parent, self.row = kind, record, parent, row
        self.children: list[_Node] = []


def header_lines(title: str, least: int = 8) -> str:
    """`title` over lines of at most `least` letters (or its longest word), so a header
    asks no more width than its column's values ("Start / Ausgangswert" over two lines)."""
    width = max([least, *(len(word) for word in title.split())])
    lines: list[str] = []
    for word in title.split():
        if lines and len(lines[-1]) + 1 + len(word) <= width:
            lines[-1] += " " + word
        else:
            lines.append(word)
    return "\n".join(lines)


class GoalTreeModel(QAbstractItemModel):
    def __init__(self, doc: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._roots: list[_Node] = []
        self.owners: dict[int, str] = {}
        self.currency = ""  # named in the cost column's header
        self.header_font: QFont | None = None  # presentation mode: the larger type
        self.wrap_headers = False  # presentation mode: a header as narrow as its longest word
        self.progress: dict[int, Progress] = {}
        self.values: dict[int, GoalValue] = {}
        self.reload()

    def reload(self) -> None:
        self.beginResetModel()
        store = self._doc.store
        self.owners = {m.id: m.name for m in j.team(store)}
        measures = g.measures(store)
        self._roots = []
        settings = self._doc.settings()
        self.currency = settings.currency
        self.progress, self.values = self._doc.goal_figures()
        for row, goal in enumerate(g.goals(store)):
            node = _Node("goal", goal, None, row)
            node.children = [
                _Node("measure", m, node, i) for i, m in enumerate(m for m in measures if goal.id in m.goal_ids)
            ]
            self._roots.append(node)
        self.endResetModel()

    # structure
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        siblings = self._roots if not parent.isValid() else parent.internalPointer().children
        if 0 <= row < len(siblings) and 0 <= column < len(COLUMNS):
            return self.createIndex(row, column, siblings[row])
        return QModelIndex()

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        node: _Node = index.internalPointer()
        if node.parent is None:
            return QModelIndex()
        return self.createIndex(node.parent.row, 0, node.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if not parent.isValid():
            return len(self._roots)
        if parent.column() != 0:
            return 0
        return len(parent.internalPointer().children)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    # data
    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        node: _Node = index.internalPointer()
        record = node.record
        key = COLUMNS[index.column()]
        if role == KIND_ROLE:
            return node.kind
        if role == ID_ROLE:
            return record.id
        if role == OWNER_ROLE:
            return record.owner_id or 0
        if role == Qt.ItemDataRole.FontRole and node.kind == "goal":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.BackgroundRole and node.kind == "goal":
            return QBrush(QColor("#EAF1F8"))
        if role == Qt.ItemDataRole.ForegroundRole and node.kind == "goal":
            return QBrush(QColor("#1F2933"))  # dark on the light goal row, in a dark palette too
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("cost", "effort", "impact", "value"):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE, Qt.ItemDataRole.EditRole):
            return self._value(node, key, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            if key == "progress" and node.kind == "goal":
                return self._progress_tip(record)
            if key == "value" and node.kind == "goal":
                return value_tip(self.values.get(record.id), self.currency) or None
            if key == "title":
                return record.description or None
        return None

    def _value(self, node: _Node, key: str, role: int) -> object:
        record = node.record
        is_goal = node.kind == "goal"
        display = role == Qt.ItemDataRole.DisplayRole
        if key == "title":
            segment = of_goal(record) if is_goal and display else None
            return record.title if segment is None else f"{record.title}  [{segment_label(segment)}]"
        if key == "owner":
            return self.owners.get(record.owner_id or 0, "") if display else (record.owner_id or 0)
        if key == "status":
            return status_name(record.status) if display else record.status
        if key == "start":
            text = record.baseline_date if is_goal else record.start
            return show_date(text) if display else text
        if key == "end":
            text = record.deadline if is_goal else record.end
            return show_date(text) if display else text
        if key == "cost":
            if is_goal:
                total = sum(c.record.cost or 0 for c in node.children)
                return QLocale().toString(total, "f", 0) if display and total else (total if not display else "")
            return (
                (QLocale().toString(record.cost, "f", 0) if record.cost is not None else "") if display else record.cost
            )
        if key in ("effort", "impact"):
            return "" if is_goal else getattr(record, key)
        if key == "value":
            value = self.values.get(record.id) if is_goal else None
            if display:
                return value_cell(value, self.currency)
            return value.margin if value is not None else -1.0
        if key == "progress" and is_goal:
            p = self.progress.get(record.id)
            return (p.fraction if p and p.fraction is not None else -1.0) if not display else ""
        return None

    def _progress_tip(self, goal: Goal) -> str:
        p = self.progress.get(goal.id)
        if p is None or p.fraction is None:
            return progress_name("no_data")
        locale = QLocale()
        tip = (
            QCoreApplication.translate("GoalTable", "Current %1 (baseline %2, target %3): %4 % of the way, %5.")
            .replace("%1", locale.toString(p.current, "f", 1))
            .replace("%2", locale.toString(goal.baseline_value, "f", 1))
            .replace("%3", locale.toString(goal.target_value, "f", 1))
            .replace("%4", str(round(p.fraction * 100)))
            .replace("%5", progress_name(p.status))
        )
        if p.expected is not None:
            tip += "\n" + QCoreApplication.translate(
                "GoalTable", "By now the straight line to the deadline expects %1 %."
            ).replace("%1", str(round(p.expected * 100)))
        return tip

    def titles(self) -> list[str]:
        """What the first column shows, every row: its longest word sets the column's least width."""
        nodes = [*self._roots, *(child for root in self._roots for child in root.children)]
        return [str(self.data(self.createIndex(n.row, 0, n)) or "") for n in nodes]

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            title = column_title(COLUMNS[section])
            title = with_currency(title, self.currency) if COLUMNS[section] in ("cost", "value") else title
            return header_lines(title) if self.wrap_headers else title
        if role == Qt.ItemDataRole.FontRole:
            return self.header_font  # a header view does not take the type of a styled tree
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        key = COLUMNS[index.column()]
        is_goal = index.internalPointer().kind == "goal"
        if key in ("title", "owner", "status", "start", "end") or (not is_goal and key in ("cost", "effort", "impact")):
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        node: _Node = index.internalPointer()
        key = COLUMNS[index.column()]
        is_goal = node.kind == "goal"
        field = {
            "title": "title",
            "owner": "owner_id",
            "status": "status",
            "start": "baseline_date" if is_goal else "start",
            "end": "deadline" if is_goal else "end",
            "cost": "cost",
            "effort": "effort",
            "impact": "impact",
        }[key]
        if field == "owner_id":
            value = int(value) or None  # type: ignore[arg-type]
        if field == "title":
            value = str(value).strip()
            if not value:
                return False
        if getattr(node.record, field) == value:
            return False
        table = g.GOALS if is_goal else g.MEASURES
        command = UpdateRecordCommand(self._doc, table, node.record.id, column_title_text(key), **{field: value})
        # The change reloads this model; doing that inside setData would pull the editor away
        # from under the view (which closes it right after), so it runs once the view is done.
        QTimer.singleShot(0, lambda: self._doc.undo_stack.push(command))
        return True

    def record_at(self, index: Index) -> Goal | Measure | None:
        return index.internalPointer().record if index.isValid() else None


class OwnerFilter(QSortFilterProxyModel):
    """Shows what one person carries: their goals and measures (and the goals above them)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.owner = 0
        self.setRecursiveFilteringEnabled(True)
        self.setSortRole(SORT_ROLE)

    def set_owner(self, owner: int) -> None:
        self.beginFilterChange()
        self.owner = owner
        self.endFilterChange()

    def filterAcceptsRow(self, row: int, parent: QModelIndex) -> bool:
        if not self.owner:
            return True
        index = self.sourceModel().index(row, 0, parent)
        return index.data(OWNER_ROLE) == self.owner

    def lessThan(self, left: QModelIndex, right: QModelIndex) -> bool:
        a, b = left.data(SORT_ROLE), right.data(SORT_ROLE)
        if a is None or a == "":
            return False
        if b is None or b == "":
            return True
        try:
            return a < b
        except TypeError:
            return str(a) < str(b)


WRAP = int(Qt.AlignmentFlag.AlignLeft) | int(Qt.TextFlag.TextWordWrap)


class GoalTreeDelegate(QStyledItemDelegate):
    """Editors per column, and the progress bar."""

    def __init__(self, model: GoalTreeModel, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._model = model

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        """With word wrap on (presentation mode) a title or owner as tall as its lines at
        its column's width: the tree asks without the width, and so would elide them."""
        hint = super().sizeHint(option, index)
        view = self.parent()
        if not isinstance(view, QTreeView) or not view.wordWrap() or index.column() not in (0, 1):
            return hint
        depth, parent = 0, index.parent()
        while parent.isValid():
            depth, parent = depth + 1, parent.parent()
        indent = view.indentation() * (1 + depth) if index.column() == 0 else 0
        width = view.header().sectionSize(index.column()) - indent - 12
        font = index.data(Qt.ItemDataRole.FontRole)
        font = QFont(font).resolve(view.font()) if isinstance(font, QFont) else view.font()
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        lines = QFontMetrics(font).boundingRect(QRect(0, 0, max(1, width), 100_000), WRAP, text)
        return QSize(hint.width(), max(hint.height(), lines.height() + 10))

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = COLUMNS[index.column()]
        kind = index.data(KIND_ROLE)
        if key == "owner":
            combo = QComboBox(parent)
            combo.addItem(QCoreApplication.translate("GoalTable", "— nobody —"), 0)
            for member_id, name in self._model.owners.items():
                combo.addItem(name, member_id)
            return combo
        if key == "status":
            combo = QComboBox(parent)
            for status in GOAL_STATUSES if kind == "goal" else MEASURE_STATUSES:
                combo.addItem(status_name(status), status)
            return combo
        if key in ("start", "end"):
            edit = DateEdit(parent, allow_empty=True)
            edit.setAutoFillBackground(True)
            return edit
        if key == "cost":
            spin = QDoubleSpinBox(parent)
            spin.setRange(0, 10_000_000)
            spin.setDecimals(0)
            return spin
        if key in ("effort", "impact"):
            spin = QSpinBox(parent)
            spin.setRange(1, 5)
            return spin
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, DateEdit):
            editor.set_date(value or None)
            mark_empty_date(editor)
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            editor.setValue(value or 0)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model, index: Index) -> None:
        if isinstance(editor, QComboBox):
            model.setData(index, editor.currentData())
        elif isinstance(editor, DateEdit):
            editor.line.editingFinished.emit()  # read what is typed even if focus never left
            model.setData(index, editor.iso())
        elif isinstance(editor, (QSpinBox, QDoubleSpinBox)):
            model.setData(index, editor.value())
        else:
            super().setModelData(editor, model, index)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        if COLUMNS[index.column()] != "progress" or index.data(KIND_ROLE) != "goal":
            super().paint(painter, option, index)
            return
        super().paint(painter, option, index)
        source = index.model().mapToSource(index) if isinstance(index.model(), QSortFilterProxyModel) else index
        goal_id = source.data(ID_ROLE)
        p = self._model.progress.get(goal_id)
        rect = option.rect.adjusted(6, 6, -6, -6)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#E3E8EE"))
        painter.drawRoundedRect(rect, 4, 4)
        if p is not None and p.fraction is not None:
            filled = QRect(rect.left(), rect.top(), max(4, int(rect.width() * p.fraction)), rect.height())
            painter.setBrush(QColor(STATUS_COLORS[p.status]))
            painter.drawRoundedRect(filled, 4, 4)
            if p.expected is not None:
                x = rect.left() + int(rect.width() * p.expected)
                painter.setPen(QColor("#25303B"))
                painter.drawLine(x, rect.top() - 2, x, rect.bottom() + 2)
            painter.setPen(QColor("#25303B"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{round(p.fraction * 100)} %")
        else:
            painter.setPen(QColor("#7A8794"))
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, "–")
        painter.restore()
