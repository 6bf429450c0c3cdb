"""The open project as seen by the UI: the store, its undo stack, and change signals.

Undo commands call the mutators here; each mutator writes through to the project file
(committed before it returns) and then announces what changed, so every panel refreshes
only what concerns it. Panels never write to the store directly.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from planner.dataset import SalesAnalysis
from planner.model import Persona, ProjectSettings
from planner.sales.storage import load_sales
from planner.store import ProjectStore


class ProjectDocument(QObject):
    settings_changed = Signal()
    personas_changed = Signal()
    sales_changed = Signal()
    journey_changed = Signal()  # stages or touchpoints
    team_changed = Signal()
    goals_changed = Signal()  # goals, measures or check-ins
    persona_updated = Signal(int)  # persona id; a lighter signal than a full reset

    def __init__(self, store: ProjectStore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = QUndoStack(self)
        self._analysis: SalesAnalysis | None = None
        # panels of a closed project may still get events until Qt deletes them
        self.closed = False

    @property
    def path(self):
        return self.store.path

    def close(self) -> None:
        self.closed = True
        self.undo_stack.clear()
        self.store.close()

    # settings
    def settings(self) -> ProjectSettings:
        return self.store.settings()

    def change_settings(self, label: str, **changes: object) -> None:
        """The user changed settings: one undo step, and none when nothing changed."""
        from ui.commands import UpdateSettingsCommand

        current = self.settings()
        if any(getattr(current, key) != value for key, value in changes.items()):
            self.undo_stack.push(UpdateSettingsCommand(self, label, **changes))

    def update_settings(self, **changes: object) -> ProjectSettings:
        old = self.store.update_settings(**changes)
        self.settings_changed.emit()
        return old

    # sales data
    def sales_analysis(self) -> SalesAnalysis:
        """The project's sales data, loaded and prepared once until it changes."""
        if self._analysis is None:
            self._analysis = SalesAnalysis(load_sales(self.store))
        return self._analysis

    def has_sales(self) -> bool:
        return self.store.counts().sales_imports > 0

    def notify_sales_changed(self, analysis: SalesAnalysis | None = None) -> None:
        """Called after an import was stored (by a worker, through its own connection).
        A worker passes the analysis it already prepared, so the GUI thread does not
        spend a quarter of a second preparing half a million rows again."""
        self._analysis = analysis
        self.sales_changed.emit()

    # journey and team: `change(fn, *args)` runs one planner.journey mutator and announces it
    def change_journey(self, fn, *args, **kwargs):
        result = fn(self.store, *args, **kwargs)
        self.journey_changed.emit()
        return result

    def change_team(self, fn, *args, **kwargs):
        result = fn(self.store, *args, **kwargs)
        self.team_changed.emit()
        self.journey_changed.emit()  # owners shown on touchpoints
        return result

    def change_goals(self, fn, *args, **kwargs):
        result = fn(self.store, *args, **kwargs)
        self.goals_changed.emit()
        return result

    # personas
    def personas(self) -> list[Persona]:
        return self.store.personas()

    def insert_persona(self, persona: Persona, position: int | None = None) -> Persona:
        inserted = self.store.insert_persona(persona, position)
        self.personas_changed.emit()
        return inserted

    def update_persona(self, persona_id: int, **changes: str) -> Persona:
        old = self.store.update_persona(persona_id, **changes)
        self.persona_updated.emit(persona_id)
        return old

    def delete_persona(self, persona_id: int) -> tuple[Persona, int]:
        result = self.store.delete_persona(persona_id)
        self.personas_changed.emit()
        return result
