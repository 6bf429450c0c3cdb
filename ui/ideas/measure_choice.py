"""Which measure a note becomes: the catalogue's measures that fit the note (its stage,
shared words) first, or a new measure named after the note."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from planner.goals.catalog import CatalogMeasure, catalog
from planner.ideas.suggest import matching_measures

OWN = ""  # the item for a measure named after the note


class MeasureChoiceDialog(QDialog):
    def __init__(self, note_text: str, stage_index: int | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        language = "de" if QLocale().language() == QLocale.Language.German else "en"
        self.entries = {e.key: e for e in catalog(language)}
        self.setWindowTitle(self.tr("Turn the note into a measure"))
        self.resize(640, 460)
        intro = QLabel(self.tr("Measures from the catalogue that fit this note, or a new one named after it:"))
        intro.setWordWrap(True)
        self.list = QListWidget()
        self.list.setObjectName("measure_choice")
        self.list.setWordWrap(True)
        own = QListWidgetItem(self.tr("New measure: %1").replace("%1", note_text))
        own.setData(Qt.ItemDataRole.UserRole, OWN)
        self.list.addItem(own)
        for entry in matching_measures(tuple(self.entries.values()), note_text, stage_index):
            item = QListWidgetItem(entry.title)
            item.setData(Qt.ItemDataRole.UserRole, entry.key)
            item.setToolTip(entry.description)
            self.list.addItem(item)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(self.accept)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.details)
        layout.addWidget(buttons)
        self.list.setCurrentRow(1 if self.list.count() > 1 else 0)  # the best match first

    def keys(self) -> list[str]:
        return [self.list.item(row).data(Qt.ItemDataRole.UserRole) for row in range(self.list.count())]

    def choose(self, key: str) -> None:
        self.list.setCurrentRow(self.keys().index(key))

    def chosen(self) -> CatalogMeasure | None:
        item = self.list.currentItem()
        key = item.data(Qt.ItemDataRole.UserRole) if item is not None else OWN
        return self.entries.get(key) if key else None

    def _show(self) -> None:
        entry = self.chosen()
        self.details.setText(entry.description if entry is not None else "")
