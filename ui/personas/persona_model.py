"""Table model of the project's personas."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)

from planner.model import Persona
from ui.personas.commands import UpdatePersonaCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

Index = QModelIndex | QPersistentModelIndex

PERSONA_ID_ROLE = Qt.ItemDataRole.UserRole + 1

# persona fields shown as columns, in display order
COLUMNS: list[str] = ["name", "segment", "channels"]


def column_label_text(field: str) -> LazyText:
    labels = {
        "name": LazyText.translate("PersonaFields", "Name"),
        "segment": LazyText.translate("PersonaFields", "Segment / role"),
        "goals": LazyText.translate("PersonaFields", "Goals"),
        "expectations": LazyText.translate("PersonaFields", "Expectations"),
        "pains": LazyText.translate("PersonaFields", "Pains"),
        "channels": LazyText.translate("PersonaFields", "Preferred channels"),
        "notes": LazyText.translate("PersonaFields", "Notes"),
        "quote": LazyText.translate("PersonaFields", "Quote"),
        "age": LazyText.translate("PersonaFields", "Age"),
        "situation": LazyText.translate("PersonaFields", "Situation"),
    }
    return labels[field]


def column_label(field: str) -> str:
    return str(column_label_text(field))


class PersonaTableModel(QAbstractTableModel):
    def __init__(self, doc: ProjectDocument, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._rows: list[Persona] = doc.personas()
        doc.personas_changed.connect(self._on_doc_personas_changed)
        doc.persona_updated.connect(self._on_doc_persona_updated)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid():
            return None
        persona = self._rows[index.row()]
        field = COLUMNS[index.column()]
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            value = getattr(persona, field)
            if role == Qt.ItemDataRole.DisplayRole:
                return value.replace("\n", " ")
            return value
        if role == Qt.ItemDataRole.ToolTipRole:
            return getattr(persona, field) or None
        if role == PERSONA_ID_ROLE:
            return persona.id
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return column_label(COLUMNS[section])
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsEditable

    def setData(self, index: Index, value: object, role: int = Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or not index.isValid():
            return False
        field = COLUMNS[index.column()]
        persona = self._rows[index.row()]
        text = str(value).strip()
        if text == getattr(persona, field):
            return False
        self._doc.undo_stack.push(
            UpdatePersonaCommand(self._doc, persona.id, column_label_text(field), **{field: text})
        )
        return True

    def persona_at(self, row: int) -> Persona:
        return self._rows[row]

    def row_of(self, persona_id: int) -> int:
        for row, persona in enumerate(self._rows):
            if persona.id == persona_id:
                return row
        return -1

    def retranslate(self) -> None:
        self.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(COLUMNS) - 1)

    def _on_doc_personas_changed(self) -> None:
        self.beginResetModel()
        self._rows = self._doc.personas()
        self.endResetModel()

    def _on_doc_persona_updated(self, persona_id: int) -> None:
        row = self.row_of(persona_id)
        if row < 0:
            return
        self._rows[row] = self._doc.store.persona(persona_id)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(COLUMNS) - 1))
