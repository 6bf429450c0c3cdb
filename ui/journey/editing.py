"""Editing the journey from its panel: stages (add, rename, lanes, reorder, delete with a
question about their touchpoints) and touchpoints (add, move by drag or keyboard, delete).
Each action is one undo step; the panel shows the result when the document says the
journey changed.

A mixin of JourneyPanel, which holds the shown stages and touchpoints (`_stages`, `_points`),
the selection and the filters; its texts keep the panel's translation context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QInputDialog, QMessageBox

from planner.journey.lanes import normalised
from planner.model import Stage, Touchpoint
from ui.journey.commands import (
    AddStageCommand,
    AddTouchpointCommand,
    DeleteStageCommand,
    DeleteTouchpointCommand,
    MoveStageCommand,
    MoveTouchpointCommand,
    RenameStageCommand,
    SetStageLanesCommand,
)
from ui.journey.lanes import LanesDialog


class JourneyEditing:
    """Stage and touchpoint actions of the journey panel."""

    def _current_stage_id(self) -> int | None:
        tp = next((t for t in self._points if t.id == self._selected), None)
        if tp is not None:
            return tp.stage_id
        return self._stages[0].id if self._stages else None

    def add_touchpoint(self, stage_id: int | None = None) -> None:
        stage_id = stage_id or self._current_stage_id()
        if stage_id is None:
            self.add_stage()
            stage_id = self._current_stage_id()
            if stage_id is None:
                return
        persona = self.persona_filter.currentData() or 0
        channel = self.channel_filter.currentData() or "email"
        owner = self.owner_filter.currentData() or None
        command = AddTouchpointCommand(
            self._doc,
            Touchpoint(
                stage_id=stage_id,
                name=QCoreApplication.translate("JourneyPanel", "New touchpoint"),
                channel=channel,
                owner_id=owner,
                personas=(persona,) if persona else (),
            ),
        )
        self._doc.undo_stack.push(command)
        self._select(command.touchpoint_id)
        self._focus_editor(command.touchpoint_id)

    def add_stage(self) -> None:
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("JourneyPanel", "New stage"),
            QCoreApplication.translate("JourneyPanel", "Name of the new stage:"),
        )
        if ok and name.strip():
            current = self._current_stage_id()
            order = [s.id for s in self._stages]
            position = order.index(current) + 1 if current in order else None
            self._doc.undo_stack.push(AddStageCommand(self._doc, Stage(name=name.strip()), position))

    def rename_stage(self, stage_id: int) -> None:
        stage = next(s for s in self._stages if s.id == stage_id)
        name, ok = QInputDialog.getText(
            self,
            QCoreApplication.translate("JourneyPanel", "Rename stage"),
            QCoreApplication.translate("JourneyPanel", "New name:"),
            text=stage.name,
        )
        if ok and name.strip() and name.strip() != stage.name:
            self._doc.undo_stack.push(RenameStageCommand(self._doc, stage_id, name.strip()))

    def edit_lanes(self, stage_id: int, lanes: dict[str, str] | None = None) -> None:
        """The stage's lanes in a dialog; OK is one undo step. `lanes` skips the dialog
        (tests, scripts)."""
        stage = next(s for s in self._stages if s.id == stage_id)
        if lanes is None:
            dialog = LanesDialog(stage, self)
            if dialog.exec() != LanesDialog.DialogCode.Accepted:
                return
            lanes = dialog.lanes()
        if normalised(lanes) != stage.lanes:
            self._doc.undo_stack.push(SetStageLanesCommand(self._doc, stage, lanes))

    def move_stage(self, stage_id: int, position: int) -> None:
        self._doc.undo_stack.push(MoveStageCommand(self._doc, stage_id, position))

    def nudge_stage(self, step: int) -> None:
        """Keyboard reorder: move the current card's stage one place left or right."""
        stage_id = self._current_stage_id()
        order = [s.id for s in self._stages]
        if stage_id in order and 0 <= order.index(stage_id) + step < len(order):
            self.move_stage(stage_id, order.index(stage_id) + step)

    def _rename_current_stage(self) -> None:
        stage_id = self._current_stage_id()
        if stage_id is not None:
            self.rename_stage(stage_id)

    def _delete_current_stage(self) -> None:
        stage_id = self._current_stage_id()
        if stage_id is not None:
            self.delete_stage(stage_id)

    def delete_stage(self, stage_id: int, *, choice: str | None = None) -> None:
        """Delete a stage; its touchpoints move to the neighbouring stage or go with it.
        `choice` ("move" or "delete") skips the question (tests, keyboard users)."""
        stage = next(s for s in self._stages if s.id == stage_id)
        own = [tp for tp in self._points if tp.stage_id == stage_id]
        order = [s.id for s in self._stages]
        index = order.index(stage_id)
        neighbour = order[index - 1] if index > 0 else (order[1] if len(order) > 1 else None)
        if own and choice is None:
            box = QMessageBox(
                QMessageBox.Icon.Question,
                QCoreApplication.translate("JourneyPanel", "Delete stage"),
                QCoreApplication.translate(
                    "JourneyPanel", "The stage “%1” holds %2 touchpoint(s). What should happen to them?"
                )
                .replace("%1", stage.name)
                .replace("%2", str(len(own))),
                parent=self,
            )
            move = None
            if neighbour is not None:
                target = next(s.name for s in self._stages if s.id == neighbour)
                move = box.addButton(
                    QCoreApplication.translate("JourneyPanel", "Move them to “%1”").replace("%1", target),
                    QMessageBox.ButtonRole.AcceptRole,
                )
            delete = box.addButton(
                QCoreApplication.translate("JourneyPanel", "Delete them too"), QMessageBox.ButtonRole.DestructiveRole
            )
            box.addButton(QMessageBox.StandardButton.Cancel)
            box.exec()
            clicked = box.clickedButton()
            choice = "move" if clicked is move and move is not None else ("delete" if clicked is delete else None)
            if choice is None:
                return
        move_to = neighbour if own and choice == "move" else None
        self._doc.undo_stack.push(DeleteStageCommand(self._doc, stage_id, move_to))

    def move_touchpoint(self, touchpoint_id: int, stage_id: int, position: int) -> None:
        tp = next(t for t in self._points if t.id == touchpoint_id)
        order = [t.id for t in self._points if t.stage_id == stage_id]
        if tp.stage_id == stage_id and order.index(touchpoint_id) == position:
            return
        self._selected = touchpoint_id
        self._doc.undo_stack.push(MoveTouchpointCommand(self._doc, touchpoint_id, stage_id, position))

    def nudge(self, stage_step: int, row_step: int) -> None:
        """Keyboard moves of the selected card (Alt+arrows)."""
        tp = next((t for t in self._points if t.id == self._selected), None)
        if tp is None:
            return
        order = [s.id for s in self._stages]
        same = [t.id for t in self._points if t.stage_id == tp.stage_id]
        if stage_step:
            index = order.index(tp.stage_id) + stage_step
            if 0 <= index < len(order):
                target = [t.id for t in self._points if t.stage_id == order[index]]
                self.move_touchpoint(tp.id, order[index], min(same.index(tp.id), len(target)))
        elif row_step:
            position = same.index(tp.id) + row_step
            if 0 <= position < len(same):
                self.move_touchpoint(tp.id, tp.stage_id, position)
        self.board.select(self._selected)
        view = self.board.view_of(self._selected)
        if view is not None:
            view.setFocus()

    def delete_selected(self) -> None:
        if self._selected:
            self._doc.undo_stack.push(DeleteTouchpointCommand(self._doc, self._selected))
