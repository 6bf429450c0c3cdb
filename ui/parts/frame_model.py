"""A read-only table model over a pandas DataFrame, with sortable raw values.

Column headers and number formats come from the caller, so the same model shows RFM
members, the at-risk list or any other planner table in the user's language.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QLocale,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from ui.texts.dates import show_date
from ui.texts.money import with_currency

Index = QModelIndex | QPersistentModelIndex
SORT_ROLE = Qt.ItemDataRole.UserRole + 10


@dataclass(frozen=True)
class Column:
    """`title` and `tooltip` are source texts marked with QT_TRANSLATE_NOOP(context, ...);
    they are translated each time they are shown."""

    key: str
    title: str
    kind: str = "text"  # text | int | float | money | percent | date
    tooltip: str | None = None
    context: str = "CustomerLists"

    def translated_title(self) -> str:
        return QCoreApplication.translate(self.context, self.title)


class FrameModel(QAbstractTableModel):
    def __init__(self, columns: Sequence[Column], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.columns = list(columns)
        self.currency = ""  # named in the header of money columns
        self.frame = pd.DataFrame(columns=[c.key for c in columns])
        self._values: list[list[object]] = [[] for _ in columns]

    def set_frame(self, frame: pd.DataFrame, columns: Sequence[Column] | None = None) -> None:
        self.beginResetModel()
        if columns is not None:
            self.columns = list(columns)
        self.frame = frame.reset_index(drop=True)
        # plain Python lists per column: a view asks for thousands of cells, and pandas
        # scalar access per cell would make scrolling and sorting crawl
        self._values = [self.frame[c.key].tolist() for c in self.columns]
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.frame)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        value = self._values[index.column()][index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return format_value(value, column.kind)
        if role == SORT_ROLE:
            if _isna(value):
                return None
            return str(value)[:10] if column.kind == "date" else value  # ISO dates sort as text
        if role == Qt.ItemDataRole.TextAlignmentRole and column.kind != "text":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            title = column.translated_title()
            return with_currency(title, self.currency) if column.kind == "money" else title
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip is not None:
            return QCoreApplication.translate(column.context, column.tooltip)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, max(0, len(self.columns) - 1))


def _isna(value: object) -> bool:
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):
        return False


def format_value(value: object, kind: str) -> str:
    if value is None or _isna(value):
        return "–"
    locale = QLocale()
    if kind == "int":
        return locale.toString(int(value))
    if kind == "float":
        return locale.toString(float(value), "f", 1)
    if kind == "money":
        return locale.toString(float(value), "f", 2)
    if kind == "percent":
        return locale.toString(float(value), "f", 1) + " %"
    if kind == "bool":
        return "✓" if value else ""
    if kind == "date":
        return show_date(value.date() if isinstance(value, pd.Timestamp) else str(value))
    return str(value)
