"""Undo commands: one small QUndoCommand per document mutator.

Each command remembers what its mutator replaced, so undo restores it exactly (a deleted
record comes back with its id at its old position). Texts are kept untranslated and
translated again after a language switch (`retranslate`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from planner.errors import PlannerError
from ui.undo.undo_text import LazyText

if TYPE_CHECKING:  # the document imports this module; commands only call its methods
    from ui.undo.document import ProjectDocument


class DocumentCommand(QUndoCommand):
    """Base of every undo command: each redo and undo is exactly one transaction.

    Subclasses implement `_redo` and `_undo`. When a colleague with the same plan open
    has deleted the record or changed the field since (a `PlannerError` from the store),
    nothing is written: the command leaves the stack and the user is told in plain words.
    """

    def __init__(self, doc: ProjectDocument, text: LazyText) -> None:
        super().__init__(str(text))
        self._doc = doc
        self._text = text

    def retranslate(self) -> None:
        self.setText(str(self._text))

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
    def __init__(self, doc: ProjectDocument, label: str | LazyText, **changes: object) -> None:
        super().__init__(doc, LazyText.translate("Commands", "Change %1").arg(label))
        self._doc = doc
        self._new = changes
        old = doc.settings()
        self._old = {key: getattr(old, key) for key in changes}

    def _redo(self) -> None:
        self._doc.update_settings(expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.update_settings(expected=self._new, **self._old)
