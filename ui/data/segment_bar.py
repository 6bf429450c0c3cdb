"""Which rows the data section shows: all of them, or one segment (a column and a value,
e.g. Channel = Online shop). A view choice, not a plan setting: it is not stored and not
an undo step, and every table, chart and list below follows it."""

from __future__ import annotations

import pandas as pd
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from planner.segments.subset import Segment
from ui.texts.field_names import group_name


class SegmentBar(QWidget):
    changed = Signal(object)  # the Segment shown, or None for all rows

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("segment_column")
        self.column_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value_combo = QComboBox()
        self.value_combo.setObjectName("segment_value")
        self.value_combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.value_combo.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.value_combo.setMinimumContentsLength(12)
        self.label.setBuddy(self.column_combo)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.column_combo)
        layout.addWidget(self.value_combo)
        layout.addStretch(1)
        self._sizes: dict[str, pd.DataFrame] = {}
        self.column_combo.activated.connect(self._on_column)
        self.value_combo.activated.connect(self._emit)
        self.retranslate()
        self.set_columns({})

    def segment(self) -> Segment | None:
        column, value = self.column_combo.currentData(), self.value_combo.currentData()
        return Segment(column, value) if column and value is not None else None

    def set_columns(self, sizes: dict[str, pd.DataFrame]) -> None:
        """The columns to offer, each with its values' sizes (planner: SalesAnalysis.group_sizes).
        The current choice stays if the data still has it."""
        shown = self.segment()
        self._sizes = sizes
        self.column_combo.blockSignals(True)
        self.column_combo.clear()
        self.column_combo.addItem(self.tr("All data"), "")
        for column in sizes:
            self.column_combo.addItem(group_name(column), column)
        self.column_combo.setCurrentIndex(max(0, self.column_combo.findData(shown.column if shown else "")))
        self.column_combo.blockSignals(False)
        self.setVisible(bool(sizes))
        self._fill_values(shown.value if shown else None)
        if self.segment() != shown:
            self.changed.emit(self.segment())

    def show_segment(self, segment: Segment | None) -> None:
        index = self.column_combo.findData(segment.column if segment else "")
        self.column_combo.setCurrentIndex(max(0, index))
        self._fill_values(segment.value if segment else None)
        self._emit()

    def _on_column(self) -> None:
        self._fill_values(None)
        self._emit()

    def _fill_values(self, value: str | None) -> None:
        column = self.column_combo.currentData()
        self.value_combo.clear()
        self.value_combo.setVisible(bool(column))
        if not column:
            return
        locale = QLocale()
        for name, rows, customers in self._sizes[column].itertuples(index=False):
            self.value_combo.addItem(
                self.tr("%1 (%2 rows, %3 customers)")
                .replace("%1", str(name))
                .replace("%2", locale.toString(int(rows)))
                .replace("%3", locale.toString(int(customers))),
                str(name),
            )
        self.value_combo.setCurrentIndex(max(0, self.value_combo.findData(value)))

    def _emit(self) -> None:
        self.changed.emit(self.segment())

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Show:"))
        self.column_combo.setToolTip(
            self.tr("Show every figure, chart and list for one group of the data, e.g. one channel or region.")
        )
        if self.column_combo.count():
            self.column_combo.setItemText(0, self.tr("All data"))
        for i in range(1, self.column_combo.count()):
            self.column_combo.setItemText(i, group_name(self.column_combo.itemData(i)))
        if self.column_combo.currentData():  # the values' texts say "rows" and "customers"
            self._fill_values(self.value_combo.currentData())
