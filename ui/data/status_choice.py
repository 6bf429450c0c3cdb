"""The wizard's order statuses: each value of the status column with its rows and a tick
"counts as a sale". Cancelled, refunded or unpaid orders are no sales; which words a shop
uses for them is guessed (German and English, and the recognised system's own words) and
the user can change every tick. The planner decides nothing here: it gets the values left
unticked."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from ui.parts.widgets import HintLabel


class StatusChoice(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.status_list = QListWidget()
        self.status_list.setObjectName("status_values")
        self.status_list.itemChanged.connect(lambda _item: self.changed.emit())
        self.hint = HintLabel()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.status_list, 1)
        layout.addWidget(self.hint)
        self.retranslate()
        self.hide()

    def fill(self, choices: list[tuple[str, int, bool]]) -> None:
        """(value, rows, counts as a sale) per status value; none: the list hides."""
        self.status_list.blockSignals(True)
        self.status_list.clear()
        for value, rows, sale in choices:
            item = QListWidgetItem(self.tr("%1 — %2 rows").replace("%1", value).replace("%2", QLocale().toString(rows)))
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if sale else Qt.CheckState.Unchecked)
            item.setToolTip(self.tr("Ticked: orders with this status count as sales."))
            self.status_list.addItem(item)
        self.status_list.blockSignals(False)
        self.setVisible(bool(choices))

    def values(self) -> list[str]:
        return [self.status_list.item(i).data(Qt.ItemDataRole.UserRole) for i in range(self.status_list.count())]

    def not_a_sale(self) -> list[str]:
        """The values left unticked: their orders are left out of purchases and revenue."""
        items = [self.status_list.item(i) for i in range(self.status_list.count())]
        return [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() != Qt.CheckState.Checked]

    def retranslate(self) -> None:
        self.label.setText(self.tr("Which order statuses count as a sale?"))
        self.hint.setText(
            self.tr(
                "Cancelled, refunded and unpaid orders are no sales: they are left out of purchases and "
                "revenue and counted apart in the report."
            )
        )
