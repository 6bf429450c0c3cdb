"""Undo commands: one small QUndoCommand per document mutator.

Each command remembers what its mutator replaced, so undo restores it exactly (a deleted
persona comes back with its id at its old position). Texts are translated when the
command is created, which is when the Edit menu shows them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from planner.errors import PlannerError
from planner.model import Persona
from ui.document import ProjectDocument


class DocumentCommand(QUndoCommand):
    """Base of every undo command: each redo and undo is exactly one transaction.

    Subclasses implement `_redo` and `_undo`. When a colleague with the same plan open
    has deleted the record or changed the field since (a `PlannerError` from the store),
    nothing is written: the command leaves the stack and the user is told in plain words.
    """

    def __init__(self, doc: ProjectDocument, text: str) -> None:
        super().__init__(text)
        self._doc = doc

    def redo(self) -> None:
        self._run(self._redo)

    def undo(self) -> None:
        self._run(self._undo)

    def _run(self, step) -> None:
        try:
            with self._doc.store.transaction():
                step()
        except PlannerError as error:
            self.setObsolete(True)
            self._doc.report_conflict(error)

    def _redo(self) -> None:
        raise NotImplementedError

    def _undo(self) -> None:
        raise NotImplementedError


def record_title(read) -> str:
    """A record's name for an undo text; "" when a colleague deleted it a moment ago (the
    command's redo then says so in plain words)."""
    try:
        return read()
    except PlannerError:
        return ""


class UpdateSettingsCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, label: str, **changes: object) -> None:
        super().__init__(doc, QCoreApplication.translate("Commands", "Change %1").replace("%1", label))
        self._doc = doc
        self._new = changes
        old = doc.settings()
        self._old = {key: getattr(old, key) for key in changes}

    def _redo(self) -> None:
        self._doc.update_settings(expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.update_settings(expected=self._new, **self._old)


class AddPersonaCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, persona: Persona, position: int | None = None) -> None:
        super().__init__(doc, QCoreApplication.translate("Commands", "Add persona"))
        self._doc = doc
        self._persona = persona
        self._position = position
        self.persona_id = 0

    def _redo(self) -> None:
        inserted = self._doc.insert_persona(self._persona, self._position)
        # later redos re-create the very same record
        self._persona = inserted
        self.persona_id = inserted.id

    def _undo(self) -> None:
        self._doc.delete_persona(self.persona_id)


class UpdatePersonaCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, persona_id: int, field_label: str, **changes: str) -> None:
        super().__init__(doc, QCoreApplication.translate("Commands", "Edit persona: %1").replace("%1", field_label))
        self._doc = doc
        self._id = persona_id
        self._new = changes
        self._old: dict[str, object] | None = None  # read in the first redo's transaction

    def _redo(self) -> None:
        if self._old is None:
            old = self._doc.store.persona(self._id)
            self._old = {key: getattr(old, key) for key in self._new}
        self._doc.update_persona(self._id, expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.update_persona(self._id, expected=self._new, **self._old)


class DeletePersonaCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, persona_id: int) -> None:
        name = record_title(lambda: doc.store.persona(persona_id).name)
        super().__init__(doc, QCoreApplication.translate("Commands", "Delete persona “%1”").replace("%1", name))
        self._doc = doc
        self._id = persona_id
        self._removed: Persona | None = None
        self._position = 0

    def _redo(self) -> None:
        self._removed, self._position = self._doc.delete_persona(self._id)

    def _undo(self) -> None:
        assert self._removed is not None
        self._doc.insert_persona(self._removed, self._position)
