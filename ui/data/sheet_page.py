"""The wizard's sheet page: one sheet, or several of the same layout ticked together (a
workbook with a sheet per year) to import as one."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.sales.reader import SheetInfo


class SheetChoice(QWidget):
    activated = Signal()  # a double click: go on with that sheet

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.sheet_list = QListWidget()
        self.sheet_list.itemDoubleClicked.connect(self._on_double_click)
        label = QLabel(self.tr("Which sheet holds the sales rows?"))
        hint = QLabel(
            self.tr(
                "Tick several sheets with the same columns (a sheet per year, say) to import them together. "
                "A sale that two sheets hold is counted once."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: palette(placeholder-text);")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(label)
        layout.addWidget(self.sheet_list, 1)
        layout.addWidget(hint)

    def fill(self, sheets: list[SheetInfo], sales: str | None = None) -> None:
        """List the sheets and tick the one holding the sales table (`sales`, found by the
        planner), else the first with data: an "Info" sheet in front is never pre-ticked."""
        self.sheet_list.clear()
        for info in sheets:
            item = QListWidgetItem(
                self.tr("%1 — %2 data rows").replace("%1", info.name).replace("%2", QLocale().toString(info.data_rows))
            )
            item.setData(Qt.ItemDataRole.UserRole, info.name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.sheet_list.addItem(item)
        filled = [i for i, s in enumerate(sheets) if s.name == sales]
        filled = filled or [i for i, s in enumerate(sheets) if s.data_rows > 0] or [0]
        self.sheet_list.setCurrentRow(filled[0])
        if self.sheet_list.count():
            self.sheet_list.item(filled[0]).setCheckState(Qt.CheckState.Checked)

    def chosen(self) -> list[str]:
        """The ticked sheets in workbook order; none ticked: the selected one."""
        items = [self.sheet_list.item(i) for i in range(self.sheet_list.count())]
        ticked = [item.data(Qt.ItemDataRole.UserRole) for item in items if item.checkState() == Qt.CheckState.Checked]
        current = self.sheet_list.currentItem()
        return ticked or ([current.data(Qt.ItemDataRole.UserRole)] if current is not None else [])

    def _on_double_click(self, item: QListWidgetItem) -> None:
        for i in range(self.sheet_list.count()):  # double click means: this sheet alone
            other = self.sheet_list.item(i)
            other.setCheckState(Qt.CheckState.Checked if other is item else Qt.CheckState.Unchecked)
        self.activated.emit()
