"""Undo commands: one small QUndoCommand per document mutator.

Each command remembers what its mutator replaced, so undo restores it exactly (a deleted
persona comes back with its id at its old position). Texts are translated when the
command is created, which is when the Edit menu shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.model import Persona
from ui.document import ProjectDocument



class UpdateSettingsCommand(QUndoCommand):
    def __init__(self, doc: ProjectDocument, label: str, **changes: object) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Change %1").replace("%1", label))
        self._doc = doc
        self._new = changes
        old = doc.settings()
        self._old = {key: getattr(old, key) for key in changes}

    def redo(self) -> None:
        self._doc.update_settings(**self._new)

    def undo(self) -> None:
        self._doc.update_settings(**self._old)


class AddPersonaCommand(QUndoCommand):
    def __init__(self, doc: ProjectDocument, persona: Persona, position: int | None = None) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Add persona"))
        self._doc = doc
        self._persona = persona
        self._position = position
        self.persona_id = 0

    def redo(self) -> None:
        inserted = self._doc.insert_persona(self._persona, self._position)
        # later redos re-create the very same record
        self._persona = inserted
        self.persona_id = inserted.id

    def undo(self) -> None:
        self._doc.delete_persona(self.persona_id)


class UpdatePersonaCommand(QUndoCommand):
    def __init__(self, doc: ProjectDocument, persona_id: int, field_label: str, **changes: str) -> None:
        super().__init__(QCoreApplication.translate("Commands", "Edit persona: %1").replace("%1", field_label))
        self._doc = doc
        self._id = persona_id
        self._new = changes
        old = doc.store.persona(persona_id)
        self._old = {key: getattr(old, key) for key in changes}

    def redo(self) -> None:
        self._doc.update_persona(self._id, **self._new)

    def undo(self) -> None:
        self._doc.update_persona(self._id, **self._old)


class DeletePersonaCommand(QUndoCommand):
    def __init__(self, doc: ProjectDocument, persona_id: int) -> None:
        name = doc.store.persona(persona_id).name
        super().__init__(QCoreApplication.translate("Commands", "Delete persona “%1”").replace("%1", name))
        self._doc = doc
        self._id = persona_id
        self._removed: Persona | None = None
        self._position = 0

    def redo(self) -> None:
        self._removed, self._position = self._doc.delete_persona(self._id)

    def undo(self) -> None:
        assert self._removed is not None
        self._doc.insert_persona(self._removed, self._position)
