"""Pick measures from the catalogue (DOMAIN section 4): filter, read, tick several and add
them together, one undo step (in a workshop the team picks five at once, not one by one)."""

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
        self._ticked: list[str] = []  # keys in the order ticked; kept while the filter changes
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
        self.ticked_label = QLabel()
        self.ticked_label.setObjectName("catalog_ticked")
        self.ticked_label.setWordWrap(True)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(middle, 1)
        layout.addWidget(self.ticked_label)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._fill)
        self.winback_only.toggled.connect(self._fill)
        self.list.currentRowChanged.connect(self._show)
        self.list.itemChanged.connect(self._on_ticked)
        self.list.itemDoubleClicked.connect(self._on_double_clicked)
        self._fill()

    def _fill(self) -> None:
        needle = self.search.text().strip().lower()
        self.list.blockSignals(True)
        self.list.clear()
        for entry in self.entries:
            if self.winback_only.isChecked() and not entry.winback:
                continue
            if needle and needle not in f"{entry.title} {entry.description}".lower():
                continue
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if entry.key in self._ticked else Qt.CheckState.Unchecked)
            self.list.addItem(item)
        self.list.blockSignals(False)
        self.list.setCurrentRow(0)
        self._show()
        self._update_add_button()

    def _on_ticked(self, item: QListWidgetItem) -> None:
        key = item.data(Qt.ItemDataRole.UserRole)
        if item.checkState() == Qt.CheckState.Checked and key not in self._ticked:
            self._ticked.append(key)
        elif item.checkState() != Qt.CheckState.Checked and key in self._ticked:
            self._ticked.remove(key)
        self._update_add_button()

    def _on_double_clicked(self, item: QListWidgetItem) -> None:
        if not self._ticked:  # double-click adds the one measure, as before
            self.list.setCurrentItem(item)
        self.accept()

    def tick(self, key: str, ticked: bool = True) -> None:
        """Tick a measure by its key (as clicking its box does), shown by the filter or not."""
        for row in range(self.list.count()):
            item = self.list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == key:
                item.setCheckState(Qt.CheckState.Checked if ticked else Qt.CheckState.Unchecked)
                return
        if ticked and key not in self._ticked:
            self._ticked.append(key)
        elif not ticked and key in self._ticked:
            self._ticked.remove(key)
        self._update_add_button()

    def _update_add_button(self) -> None:
        count = len(self._ticked)
        if count:
            self.add_button.setText(self.tr("Add to the goal (%1)").replace("%1", str(count)))
            self.add_button.setEnabled(True)
            titles = ", ".join(e.title for e in self._chosen_entries())
            self.ticked_label.setText(self.tr("Ticked: %1").replace("%1", titles))
        else:
            self.add_button.setText(self.tr("Add to the goal"))
            self.add_button.setEnabled(self.list.count() > 0)
            self.ticked_label.setText(self.tr("Tick several measures to add them together."))

    def _chosen_entries(self) -> list[CatalogMeasure]:
        by_key = {e.key: e for e in self.entries}
        if self._ticked:
            return [by_key[key] for key in self._ticked]
        current = self.chosen()
        return [current] if current is not None else []

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
        """The measure under the cursor (the first ticked one when some are ticked)."""
        chosen = self.measures()
        return chosen[0] if chosen else None

    def measures(self) -> list[Measure]:
        """The ticked measures in the order ticked; none ticked: the one under the cursor."""
        return [
            Measure(
                title=entry.title,
                description=entry.description,
                bond_type=entry.bond_type,
                lock_in=entry.lock_in,
                catalog_key=entry.key,
                status="idea",
            )
            for entry in self._chosen_entries()
        ]
