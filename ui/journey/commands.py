"""Undo commands for the journey map (stages and touchpoints).

Each command runs one `planner.journey` mutator through the document and keeps what it
returned, which is exactly what its undo needs (ids are kept, so redo after undo recreates
the very same records).
"""

from __future__ import annotations

from planner import journey as j
from planner.model import Stage, Touchpoint
from ui.undo.commands import DocumentCommand, record_title
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class AddStageCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, stage: Stage, position: int | None = None) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Add stage “%1”").arg(stage.name))
        self._doc, self._stage, self._position = doc, stage, position

    def _redo(self) -> None:
        self._stage = self._doc.change_journey(j.insert_stage, self._stage, self._position)

    def _undo(self) -> None:
        self._doc.change_journey(j.delete_stage, self._stage.id)

    @property
    def stage_id(self) -> int:
        return self._stage.id


class RenameStageCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, stage_id: int, name: str) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Rename stage to “%1”").arg(name))
        self._doc, self._id, self._name, self._old = doc, stage_id, name, ""
        self._renamed = False

    def _redo(self) -> None:
        self._old = self._doc.change_journey(
            j.rename_stage, self._id, self._name, expected=self._old if self._renamed else None
        )
        self._renamed = True

    def _undo(self) -> None:
        self._doc.change_journey(j.rename_stage, self._id, self._old, expected=self._name)


class MoveStageCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, stage_id: int, position: int) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Move stage"))
        self._doc, self._id, self._position, self._old = doc, stage_id, position, 0

    def _redo(self) -> None:
        self._old = self._doc.change_journey(j.move_stage, self._id, self._position)

    def _undo(self) -> None:
        self._doc.change_journey(j.move_stage, self._id, self._old)


class DeleteStageCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, stage_id: int, move_to: int | None) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Delete stage"))
        self._doc, self._id, self._move_to = doc, stage_id, move_to
        self._removed: j.RemovedStage | None = None

    def _redo(self) -> None:
        self._removed = self._doc.change_journey(j.delete_stage, self._id, move_touchpoints_to=self._move_to)

    def _undo(self) -> None:
        assert self._removed is not None
        self._doc.change_journey(j.restore_stage, self._removed)


class AddTouchpointCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, touchpoint: Touchpoint, position: int | None = None) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Add touchpoint"))
        self._doc, self._tp, self._position = doc, touchpoint, position

    def _redo(self) -> None:
        self._tp = self._doc.change_journey(j.insert_touchpoint, self._tp, self._position)

    def _undo(self) -> None:
        self._doc.change_journey(j.delete_touchpoint, self._tp.id)

    @property
    def touchpoint_id(self) -> int:
        return self._tp.id


class UpdateTouchpointCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, touchpoint_id: int, label: str | LazyText, **changes: object) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Edit touchpoint: %1").arg(label))
        self._doc, self._id, self._new = doc, touchpoint_id, changes
        self._old: dict[str, object] | None = None  # read in the first redo's transaction

    def _redo(self) -> None:
        if self._old is None:
            old = j.touchpoint(self._doc.store, self._id)
            self._old = {key: getattr(old, key) for key in self._new}
        self._doc.change_journey(j.update_touchpoint, self._id, expected=self._old, **self._new)

    def _undo(self) -> None:
        self._doc.change_journey(j.update_touchpoint, self._id, expected=self._new, **self._old)


class DeleteTouchpointCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, touchpoint_id: int) -> None:
        name = record_title(lambda: j.touchpoint(doc.store, touchpoint_id).name)
        super().__init__(doc, LazyText.translate("JourneyCommands", "Delete touchpoint “%1”").arg(name))
        self._doc, self._id = doc, touchpoint_id
        self._removed: tuple[Touchpoint, int] | None = None

    def _redo(self) -> None:
        self._removed = self._doc.change_journey(j.delete_touchpoint, self._id)

    def _undo(self) -> None:
        assert self._removed is not None
        self._doc.change_journey(j.insert_touchpoint, *self._removed)


class MoveTouchpointCommand(DocumentCommand):
    def __init__(self, doc: ProjectDocument, touchpoint_id: int, stage_id: int, position: int) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Move touchpoint"))
        self._doc, self._id, self._stage, self._position = doc, touchpoint_id, stage_id, position
        self._old: tuple[int, int] = (0, 0)

    def _redo(self) -> None:
        self._old = self._doc.change_journey(j.move_touchpoint, self._id, self._stage, self._position)

    def _undo(self) -> None:
        self._doc.change_journey(j.move_touchpoint, self._id, *self._old)


class SetStageLanesCommand(DocumentCommand):
    """A stage's four lanes as edited in one dialog: one undo step."""

    def __init__(self, doc: ProjectDocument, stage: Stage, lanes: dict[str, str]) -> None:
        super().__init__(doc, LazyText.translate("JourneyCommands", "Edit the lanes of “%1”").arg(stage.name))
        self._doc, self._id, self._new = doc, stage.id, lanes
        self._old: tuple[tuple[str, str], ...] = stage.lanes  # what the user saw

    def _redo(self) -> None:
        self._old = self._doc.change_journey(j.set_stage_lanes, self._id, self._new, expected=self._old)

    def _undo(self) -> None:
        self._doc.change_journey(j.set_stage_lanes, self._id, self._old, expected=self._new)
