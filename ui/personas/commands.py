"""Undo commands for personas (one document mutator each)."""

from __future__ import annotations

from planner.model import Persona
from planner.personas.photo import set_photo
from ui.undo.commands import DocumentCommand, record_title
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class AddPersonaCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, persona: Persona, position: int | None = None) -> None:
        super().__init__(doc, LazyText.translate("Commands", "Add persona"))
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
    def __init__(self, doc: ProjectDocument, persona_id: int, field_label: str | LazyText, **changes: str) -> None:
        super().__init__(doc, LazyText.translate("Commands", "Edit persona: %1").arg(field_label))
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
        super().__init__(doc, LazyText.translate("Commands", "Delete persona “%1”").arg(name))
        self._doc = doc
        self._id = persona_id
        self._removed: Persona | None = None
        self._position = 0

    def _redo(self) -> None:
        self._removed, self._position = self._doc.delete_persona(self._id)

    def _undo(self) -> None:
        assert self._removed is not None
        self._doc.insert_persona(self._removed, self._position)


class SetPersonaPhotoCommand(DocumentCommand):
    """Choose or remove a persona's photo: one undo step, the old photo kept for the undo."""

    def __init__(self, doc: ProjectDocument, persona_id: int, image: bytes) -> None:
        name = record_title(lambda: doc.store.persona(persona_id).name)
        text = (
            LazyText.translate("Commands", "Set photo of “%1”")
            if image
            else LazyText.translate("Commands", "Remove photo of “%1”")
        )
        super().__init__(doc, text.arg(name))
        self._doc = doc
        self._id = persona_id
        self._new = image
        self._old = b""

    def _redo(self) -> None:
        self._old = set_photo(self._doc.store, self._id, self._new)
        self._doc.persona_updated.emit(self._id)

    def _undo(self) -> None:
        set_photo(self._doc.store, self._id, self._old)
        self._doc.persona_updated.emit(self._id)
