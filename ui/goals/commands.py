"""Undo commands for goals, measures and check-ins (one planner mutator each)."""

from __future__ import annotations

from planner.goals import goal_table as g
from planner.model import CheckIn
from planner.records import RecordTable
from ui.undo.commands import DocumentCommand, record_title
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


def _table_name(table: RecordTable) -> LazyText:
    return (
        LazyText.translate("GoalCommands", "goal")
        if table is g.GOALS
        else LazyText.translate("GoalCommands", "measure")
    )


class AddRecordCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, table: RecordTable, record, position: int | None = None) -> None:
        super().__init__(doc, LazyText.translate("GoalCommands", "Add %1").arg(_table_name(table)))
        self._doc, self._table, self._record, self._position = doc, table, record, position

    def _redo(self) -> None:
        self._record = self._doc.change_goals(self._table.insert, self._record, self._position)

    def _undo(self) -> None:
        if self._table is g.GOALS:
            self._doc.change_goals(g.delete_goal, self._record.id)
        else:
            self._doc.change_goals(self._table.delete, self._record.id)

    @property
    def record_id(self) -> int:
        return self._record.id


class UpdateRecordCommand(DocumentCommand):
    def __init__(
        self, doc: ProjectDocument, table: RecordTable, record_id: int, label: str | LazyText, **changes: object
    ) -> None:
        super().__init__(
            doc,
            LazyText.translate("GoalCommands", "Edit %1: %2").arg(_table_name(table), label),
        )
        self._doc, self._table, self._id, self._new = doc, table, record_id, changes
        self._old: dict[str, object] | None = None  # read in the first redo's transaction

    def _redo(self) -> None:
        if self._old is None:
            old = self._table.get(self._doc.store, self._id)
            self._old = {key: getattr(old, key) for key in self._new}
        self._doc.change_goals(self._table.update, self._id, expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.change_goals(self._table.update, self._id, expected=self._new, **self._old)


class DeleteRecordCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, table: RecordTable, record_id: int) -> None:
        title = record_title(lambda: table.get(doc.store, record_id).title)
        super().__init__(
            doc,
            LazyText.translate("GoalCommands", "Delete %1 “%2”").arg(_table_name(table), title),
        )
        self._doc, self._table, self._id = doc, table, record_id
        self._removed = None

    def _redo(self) -> None:
        if self._table is g.GOALS:
            self._removed = self._doc.change_goals(g.delete_goal, self._id)
        else:
            self._removed = self._doc.change_goals(self._table.delete, self._id)

    def _undo(self) -> None:
        if self._table is g.GOALS:
            self._doc.change_goals(g.restore_goal, self._removed)
        else:
            self._doc.change_goals(self._table.insert, *self._removed)


class MoveRecordCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, table: RecordTable, record_id: int, position: int) -> None:
        super().__init__(doc, LazyText.translate("GoalCommands", "Reorder %1").arg(_table_name(table)))
        self._doc, self._table, self._id, self._position, self._old = doc, table, record_id, position, 0

    def _redo(self) -> None:
        self._old = self._doc.change_goals(self._table.move, self._id, self._position)

    def _undo(self) -> None:
        self._doc.change_goals(self._table.move, self._id, self._old)


class AddCheckInCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, checkin: CheckIn) -> None:
        super().__init__(doc, LazyText.translate("GoalCommands", "Add check-in"))
        self._doc, self._checkin = doc, checkin

    def _redo(self) -> None:
        self._checkin = self._doc.change_goals(g.add_checkin, self._checkin)

    def _undo(self) -> None:
        self._doc.change_goals(g.delete_checkin, self._checkin.id)


class DeleteCheckInCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, checkin_id: int) -> None:
        super().__init__(doc, LazyText.translate("GoalCommands", "Delete check-in"))
        self._doc, self._id, self._removed = doc, checkin_id, None

    def _redo(self) -> None:
        self._removed = self._doc.change_goals(g.delete_checkin, self._id)

    def _undo(self) -> None:
        self._doc.change_goals(g.add_checkin, self._removed)
