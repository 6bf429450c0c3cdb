"""The goal form's segment: measure a goal on one group of the data (e.g. retention of the
online shop's customers) instead of all of it. Column and value are one edit, one undo step."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from ui.goals.record_form import Field, narrow_combo
from ui.texts.field_names import group_name


class SegmentField(Field):
    """Its value is (column, value); ("", "") is all data."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("segment_column", parent)
        self.column_combo = QComboBox()
        self.column_combo.setObjectName("goal_segment_column")
        self.value_combo = QComboBox()
        self.value_combo.setObjectName("goal_segment_value")
        narrow_combo(self.column_combo)
        narrow_combo(self.value_combo)
        self._layout.addWidget(self.column_combo)
        self._layout.addWidget(self.value_combo, 1)
        self._choices: dict[str, list[str]] = {}
        self.column_combo.activated.connect(self._on_column)
        self.value_combo.activated.connect(self._commit)
        self._value = ("", "")

    def set_choices(self, choices: dict[str, list[str]]) -> None:
        """Columns of the data with their values, the largest first (SalesAnalysis.group_sizes)."""
        self._choices = choices
        self.show_value(self._value)

    def show_segment(self, column: str, value: str) -> None:
        self.show_value((column, value))

    def _show(self, value: object) -> None:
        column, chosen = value if isinstance(value, tuple) else (str(value or ""), "")
        self.column_combo.clear()
        self.column_combo.addItem(QCoreApplication.translate("GoalForms", "All data"), "")
        for name in self._choices:
            self.column_combo.addItem(group_name(name), name)
        if column and column not in self._choices:  # set on data that no longer has the column: say so
            self.column_combo.addItem(
                QCoreApplication.translate("GoalForms", "%1 (not in the data)").replace("%1", group_name(column)),
                column,
            )
        self.column_combo.setCurrentIndex(max(0, self.column_combo.findData(column)))
        self._fill_values(column, chosen)

    def _fill_values(self, column: str, chosen: str) -> None:
        self.value_combo.clear()
        values = list(self._choices.get(column, []))
        if chosen and chosen not in values:
            values.append(chosen)
        for value in values:
            self.value_combo.addItem(value, value)
        self.value_combo.setCurrentIndex(max(0, self.value_combo.findData(chosen)))
        self.value_combo.setVisible(bool(column))

    def _on_column(self) -> None:
        self._fill_values(self.column_combo.currentData(), "")
        self._commit()

    def _read(self) -> object:
        column = self.column_combo.currentData() or ""
        value = self.value_combo.currentData() if column else ""
        return (column, value or "") if column and value else ("", "")
