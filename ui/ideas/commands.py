"""Undo commands for the ideas board: one mutator each, keeping what it returned, which is
what the undo needs (ids are kept, so a redo makes the very same note or record again)."""

from __future__ import annotations

from contextlib import suppress

from planner import ideas as ideas_data
from planner.ideas.convert import Conversion, Record, convert, undo_conversion
from planner.ideas.notes import IdeaNote, restore_clusters
from ui.ideas.events import change_ideas, ideas_events
from ui.undo.commands import DocumentCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class AddNoteCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, note: IdeaNote, position: int | None = None) -> None:
        super().__init__(doc, LazyText.translate("IdeasCommands", "Add note “%1”").arg(note.text[:40]))
        self._doc, self._note, self._position = doc, note, position

    def _redo(self) -> None:
        self._note = change_ideas(self._doc, ideas_data.insert_note, self._note, self._position)

    def _undo(self) -> None:
        change_ideas(self._doc, ideas_data.delete_note, self._note.id)

    @property
    def note_id(self) -> int:
        return self._note.id


class UpdateNoteCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, note_id: int, label: LazyText, **changes: object) -> None:
        super().__init__(doc, LazyText.translate("IdeasCommands", "Edit note: %1").arg(label))
        self._doc, self._id, self._new = doc, note_id, changes
        self._old: dict[str, object] | None = None  # read in the first redo's transaction

    def _redo(self) -> None:
        if self._old is None:
            old = ideas_data.note(self._doc.store, self._id)
            self._old = {key: getattr(old, key) for key in self._new}
        change_ideas(self._doc, ideas_data.update_note, self._id, expected=self._old, **self._new)

    def _undo(self) -> None:
        assert self._old is not None
        change_ideas(self._doc, ideas_data.update_note, self._id, expected=self._new, **self._old)


class DeleteNotesCommand(DocumentCommand):
    """Several selected notes go in one step and come back in their places."""

    def __init__(self, doc: ProjectDocument, note_ids: list[int]) -> None:
        super().__init__(doc, LazyText.translate("IdeasCommands", "Delete %1 note(s)").arg(str(len(note_ids))))
        self._doc, self._ids = doc, list(note_ids)
        self._removed: list[tuple[IdeaNote, int]] = []

    def _redo(self) -> None:
        self._removed = [change_ideas(self._doc, ideas_data.delete_note, note_id) for note_id in self._ids]

    def _undo(self) -> None:
        for removed in reversed(self._removed):  # the last removed first: every place is right again
            change_ideas(self._doc, ideas_data.insert_note, *removed)


class MoveNoteCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, note_id: int, stage_id: int, position: int) -> None:
        super().__init__(doc, LazyText.translate("IdeasCommands", "Move note"))
        self._doc, self._id, self._stage, self._position = doc, note_id, stage_id, position
        self._old: tuple[int, int] = (0, 0)

    def _redo(self) -> None:
        self._old = change_ideas(self._doc, ideas_data.move_note, self._id, self._stage, self._position)

    def _undo(self) -> None:
        change_ideas(self._doc, ideas_data.move_note, self._id, *self._old)


class ClusterNotesCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, note_ids: list[int], name: str) -> None:
        text = (
            LazyText.translate("IdeasCommands", "Group notes as “%1”").arg(name)
            if name.strip()
            else LazyText.translate("IdeasCommands", "Take notes out of their group")
        )
        super().__init__(doc, text)
        self._doc, self._ids, self._name = doc, list(note_ids), name
        self._old: dict[int, str] = {}

    def _redo(self) -> None:
        self._old = change_ideas(self._doc, ideas_data.set_cluster, self._ids, self._name)

    def _undo(self) -> None:
        change_ideas(self._doc, restore_clusters, self._old)


class DotCommand(DocumentCommand):
    """A participant gives a dot to a note, or takes one back: the note's total in the plan,
    who gave it in the session."""

    def __init__(self, doc: ProjectDocument, participant: str, note_id: int, *, give: bool = True) -> None:
        text = (
            LazyText.translate("IdeasCommands", "Dot from %1")
            if give
            else LazyText.translate("IdeasCommands", "Dot taken back by %1")
        )
        super().__init__(doc, text.arg(participant))
        self._doc, self._who, self._id, self._step = doc, participant, note_id, 1 if give else -1

    def _apply(self, step: int) -> None:
        events = ideas_events(self._doc)
        votes = ideas_data.note(self._doc.store, self._id).votes
        change_ideas(self._doc, ideas_data.update_note, self._id, expected={"votes": votes}, votes=votes + step)
        # the session last: the plan refused nothing, so the dot is counted where it was given.
        # A participant taken off the list since (or a new count of dots) is not held against
        # the plan: its total is what the ranking shows.
        with suppress(ValueError):
            if step > 0:
                events.session.give(self._who, self._id)
            else:
                events.session.take_back(self._who, self._id)
        events.session_changed.emit()

    def _redo(self) -> None:
        self._apply(self._step)

    def _undo(self) -> None:
        self._apply(-self._step)


class ConvertNoteCommand(DocumentCommand):
    """The note becomes a touchpoint, measure or goal and keeps the link: one step."""

    def __init__(self, doc: ProjectDocument, note_id: int, kind: str, record: Record) -> None:
        text = {
            "touchpoint": LazyText.translate("IdeasCommands", "Turn note into a touchpoint"),
            "measure": LazyText.translate("IdeasCommands", "Turn note into a measure"),
            "goal": LazyText.translate("IdeasCommands", "Turn note into a goal"),
        }[kind]
        super().__init__(doc, text)
        self._doc, self._id, self._kind, self._record = doc, note_id, kind, record
        self._done: Conversion | None = None

    def _announce(self) -> None:
        if self._kind == "touchpoint":
            self._doc.journey_changed.emit()
        else:
            self._doc.goals_changed.emit()

    def _redo(self) -> None:
        self._done = change_ideas(self._doc, convert, self._id, self._kind, self._record)
        self._record = self._done.record  # a redo after an undo makes the very same record
        self._announce()

    def _undo(self) -> None:
        assert self._done is not None
        change_ideas(self._doc, undo_conversion, self._done)
        self._announce()
