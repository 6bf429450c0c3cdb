"""The period table: every field of DESIGN section 6, one row per period."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QFont

from ui.parts.frame_model import format_value
from ui.texts.kpi_texts import kpi_definition, kpi_name
from ui.texts.money import with_currency

Index = QModelIndex | QPersistentModelIndex

COLUMNS: list[tuple[str, str]] = [
    ("period", "text"),
    ("customers_start", "int"),
    ("customers_end", "int"),
    ("retained", "int"),
    ("lost", "int"),
    ("gained", "int"),
    ("new", "int"),
    ("reactivated", "int"),
    ("retention_rate", "percent"),
    ("churn_rate", "percent"),
    ("buyers", "int"),
    ("new_buyers", "int"),
    ("returning_buyers", "int"),
    ("orders", "int"),
    ("revenue", "money"),
    ("aov", "money"),
    ("purchase_frequency", "float2"),
    ("repeat_purchase_rate", "percent"),
]
MUTED = QBrush(QColor("#7A8794"))


class PeriodTableModel(QAbstractTableModel):
    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.periods: list[dict] = []
        self.currency = ""

    def set_periods(self, periods: list[dict], currency: str = "") -> None:
        self.beginResetModel()
        self.periods, self.currency = periods, currency
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.periods)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        period = self.periods[index.row()]
        key, kind = COLUMNS[index.column()]
        value = period[key]
        if role == Qt.ItemDataRole.DisplayRole:
            if key == "period":
                return value + (" *" if period["partial"] else "")
            if kind == "float2":
                return format_value(value, "money")
            return format_value(value, kind)
        if role == Qt.ItemDataRole.TextAlignmentRole and key != "period":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        uncovered = not period["window_covered"] and key in (
            "customers_start",
            "retained",
            "lost",
            "retention_rate",
            "churn_rate",
            "reactivated",
            "new",
            "gained",
        )
        if role == Qt.ItemDataRole.ForegroundRole and uncovered:
            return MUTED
        if role == Qt.ItemDataRole.FontRole and period["partial"]:
            font = QFont()
            font.setItalic(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole:
            notes = [kpi_definition(key)]
            if period["partial"]:
                notes.append(QCoreApplication.translate("Kpi", "Partial period: the data covers only part of it."))
            if uncovered:
                notes.append(
                    QCoreApplication.translate(
                        "Kpi",
                        "The activity window reaches back before the first data: customers active at the "
                        "start are understated here.",
                    )
                )
            return "\n\n".join(notes)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation != Qt.Orientation.Horizontal:
            return None
        key = COLUMNS[section][0]
        if role == Qt.ItemDataRole.DisplayRole:
            return with_currency(kpi_name(key), self.currency) if COLUMNS[section][1] == "money" else kpi_name(key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return kpi_definition(key)
        return None

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)
