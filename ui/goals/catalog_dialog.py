"""Pick a measure from the catalogue (DOMAIN section 4): filter, read, add with one click."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.goals.catalog import CatalogMeasure, catalog
from planner.journey import channel_label
from planner.model import Measure
from ui.goals.forms import bond_name, metric_name


class CatalogDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "de" if QLocale().language() == QLocale.Language.German else "en"
        self.entries = catalog(self.language)
        self.setWindowTitle(self.tr("Measure catalogue"))
        self.resize(820, 560)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: service, newsletter, discount …"))
        self.winback_only = QCheckBox(self.tr("Win-back only"))
        self.list = QListWidget()
        self.list.setObjectName("catalog_list")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.details.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.details.setMinimumWidth(320)
        top = QHBoxLayout()
        top.addWidget(self.search, 1)
        top.addWidget(self.winback_only)
        middle = QHBoxLayout()
        middle.addWidget(self.list, 1)
        middle.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.add_button = self.buttons.addButton(self.tr("Add to the goal"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._fill)
        self.winback_only.toggled.connect(self._fill)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(self.accept)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().lower()
        self.list.clear()
        for entry in self.entries:
            if self.winback_only.isChecked() and not entry.winback:
                continue
            if needle and needle not in f"{entry.title} {entry.description}".lower():
                continue
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            self.list.addItem(item)
        self.list.setCurrentRow(0)
        self.add_button.setEnabled(self.list.count() > 0)

    def chosen(self) -> CatalogMeasure | None:
        item = self.list.currentItem()
        if item is None:
            return None
        return next(e for e in self.entries if e.key == item.data(Qt.ItemDataRole.UserRole))

    def _show(self) -> None:
        entry = self.chosen()
        if entry is None:
            self.details.setText("")
            return
        kind = self.tr("lock-in") if entry.lock_in else self.tr("attachment by choice")
        channels = ", ".join(channel_label(c, self.language) for c in entry.channels)
        rows = (
            (self.tr("Bond type"), f"{bond_name(entry.bond_type)} ({kind})"),
            (self.tr("Channels"), channels),
            (self.tr("Typical KPI"), metric_name(entry.kpi)),
        )
        table = "".join(f"<tr><td>{label}:&nbsp;</td><td>{value}</td></tr>" for label, value in rows)
        self.details.setText(f"<h3>{entry.title}</h3><p>{entry.description}</p><table>{table}</table>")

    def measure(self) -> Measure | None:
        entry = self.chosen()
        if entry is None:
            return None
        return Measure(
            title=entry.title,
            description=entry.description,
            bond_type=entry.bond_type,
            lock_in=entry.lock_in,
            catalog_key=entry.key,
            status="idea",
        )
