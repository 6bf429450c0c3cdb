"""Undo commands for the team list (one `planner.journey` team mutator each).

Their texts keep the "JourneyCommands" translation context they were written under.
"""

from __future__ import annotations

from planner import journey as j
from planner.model import TeamMember
from ui.undo.commands import DocumentCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class AddMemberCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, member: TeamMember) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Add team member"))
        self._doc, self._member = doc, member

    def _redo(self) -> None:
        self._member = self._doc.change_team(j.insert_member, self._member)

    def _undo(self) -> None:
        self._doc.change_team(j.delete_member, self._member.id)

    @property
    def member_id(self) -> int:
        return self._member.id


class UpdateMemberCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, member_id: int, **changes: str) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Edit team member"))
        self._doc, self._id, self._new = doc, member_id, changes
        self._old: dict[str, object] | None = None  # read in the first redo's transaction

    def _redo(self) -> None:
        if self._old is None:
            old = j.TEAM.get(self._doc.store, self._id)
            self._old = {key: getattr(old, key) for key in self._new}
        self._doc.change_team(j.update_member, self._id, expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.change_team(j.update_member, self._id, expected=self._new, **self._old)


class DeleteMemberCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, member_id: int) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Remove team member"))
        self._doc, self._id = doc, member_id
        self._removed: j.RemovedMember | None = None

    def _redo(self) -> None:
        self._removed = self._doc.change_team(j.delete_member, self._id)

    def _undo(self) -> None:
        assert self._removed is not None
        self._doc.change_team(j.restore_member, self._removed)
