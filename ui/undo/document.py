"""The open project as seen by the UI: the store, its undo stack, and change signals.

Undo commands call the mutators here; each mutator writes through to the project file
(committed before it returns) and then announces what changed, so every panel refreshes
only what concerns it. Panels never write to the store directly.

A plan may be open in two apps at once (shared drives). The document holds this app's
lock on the plan (`planner.lock`) and renews it; without the lock it is read-only and
refuses edits with a plain notice. It watches the file for changes committed by another
process (`PRAGMA data_version`) and then refreshes every view.
"""

from __future__ import annotations

from collections.abc import Collection
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoCommand, QUndoStack

from planner.errors import DamagedSalesError, PlannerError
from planner.goals.goal_table import goals
from planner.goals.smart import Progress
from planner.lock import HEARTBEAT_SECONDS, LockInfo, PlanLock
from planner.metrics.dataset import SalesAnalysis
from planner.model import Period, Persona, ProjectSettings
from planner.sales.storage import load_sales
from planner.store import ProjectStore

if TYPE_CHECKING:
    from planner.predict.goal_value import GoalValue
from ui.undo.commands import UpdateSettingsCommand

WATCH_MS = 1000  # how often to look for changes saved by another app


class DocumentUndoStack(QUndoStack):
    """Refuses new edits while the plan is read-only, instead of writing."""

    def __init__(self, doc: ProjectDocument) -> None:
        super().__init__(doc)
        self._doc = doc

    def push(self, command: QUndoCommand) -> None:
        if self._doc.read_only:
            self._doc.refuse_edit()
            return
        super().push(command)


class ProjectDocument(QObject):
    settings_changed = Signal()
    personas_changed = Signal()
    sales_changed = Signal()
    journey_changed = Signal()  # stages or touchpoints
    team_changed = Signal()
    goals_changed = Signal()  # goals, measures or check-ins
    persona_updated = Signal(int)  # persona id; a lighter signal than a full reset
    # a plain message for the user: an edit refused or undone by someone else's change
    notice = Signal(str)
    read_only_changed = Signal(bool)
    prediction_changed = Signal()  # a churn model was fitted (model_at_risk)
    survey_changed = Signal()  # survey answers imported or removed
    changed_elsewhere = Signal()  # another app saved changes; every view was refreshed
    damaged_found = Signal()  # decoding found stored sales data damaged; it is left out

    def __init__(
        self,
        store: ProjectStore,
        parent: QObject | None = None,
        *,
        lock: PlanLock | None = None,
        read_only: bool = False,
        holder: LockInfo | None = None,
    ) -> None:
        super().__init__(parent)
        self.store = store
        self.undo_stack = DocumentUndoStack(self)
        self._analysis: SalesAnalysis | None = None
        # panels of a closed project may still get events until Qt deletes them
        self.closed = False
        self.lock = lock
        self.read_only = read_only
        self.holder = holder  # who holds the lock while we are read-only
        # imports whose stored data is damaged: the plan is shown without them
        self.excluded_imports: frozenset[int] = frozenset()
        self.model_at_risk: int | None = None  # the churn model's win-back count, once fitted
        self._data_version = self._read_data_version()
        self._sales_key = self._read_sales_key()
        self._paused = 0  # while this app's own worker writes through its own connection
        self._watch = QTimer(self)
        self._watch.setInterval(WATCH_MS)
        self._watch.timeout.connect(self.check_external_changes)
        self._watch.start()
        self._heartbeat = QTimer(self)
        self._heartbeat.setInterval(HEARTBEAT_SECONDS * 1000)
        self._heartbeat.timeout.connect(self.renew_lock)
        if lock is not None:
            self._heartbeat.start()

    @property
    def path(self):
        return self.store.path

    @property
    def is_demo(self) -> bool:
        """A temporary demo copy: its edits are kept only if the user saves it as a plan."""
        from planner.demo.project import is_demo_copy

        return is_demo_copy(self.store.path)

    def close(self) -> None:
        self.closed = True
        self.close_lock_only()
        self.undo_stack.clear()
        self.store.close()

    def close_lock_only(self) -> None:
        """Give up a document before it was ever shown (the user cancelled opening)."""
        self._watch.stop()
        self._heartbeat.stop()
        if self.lock is not None and not self.read_only:
            self.lock.release()

    # -- sharing the plan with another app -------------------------------------------

    def refuse_edit(self) -> None:
        """An edit was attempted while read-only: say why, and show the plan as it is."""
        who = self.holder
        if who is not None:
            text = (
                self.tr("This plan is open read-only: %1 (%2) is editing it. Your change was not saved.")
                .replace("%1", who.user)
                .replace("%2", who.host)
            )
        else:
            text = self.tr("This plan is open read-only. Your change was not saved.")
        self.notice.emit(text)
        QTimer.singleShot(0, self.refresh_all)  # views drop what was typed; not inside the editor's commit

    def report_conflict(self, error: PlannerError) -> None:
        """An undo, redo or edit met a colleague's change: nothing was written."""
        from ui.texts.errors import planner_error_text

        self.notice.emit(planner_error_text(error))
        QTimer.singleShot(0, self.refresh_all)

    def take_over(self) -> None:
        """Edit a plan opened read-only, knowingly: the other app turns read-only at its
        next heartbeat."""
        if not self.read_only:
            return
        self.lock = PlanLock.acquire(self.path, take_over=True)
        self._heartbeat.start()
        self.read_only = False
        self.holder = None
        self.read_only_changed.emit(False)
        self.refresh_all()

    def renew_lock(self) -> None:
        if self.lock is None or self.read_only:
            return
        other = self.lock.renew()
        if other is not None:  # someone took over editing
            self.read_only = True
            self.holder = other
            self.undo_stack.clear()  # nothing of ours may be written any more, undo included
            self.read_only_changed.emit(True)
            self.notice.emit(
                self.tr(
                    "%1 (%2) took over editing this plan. Everything you changed until now is "
                    "saved; this window is read-only now."
                )
                .replace("%1", other.user)
                .replace("%2", other.host)
            )

    def check_external_changes(self) -> bool:
        """Refresh every view when another process committed to the file since we last
        looked. Returns whether it did."""
        if self.closed or self._paused:
            return False
        version = self._read_data_version()
        if version == self._data_version:
            return False
        self._data_version = version
        self.refresh_all()
        self.changed_elsewhere.emit()
        return True

    def pause_watching(self) -> None:
        self._paused += 1

    def resume_watching(self) -> None:
        self._paused = max(0, self._paused - 1)

    def refresh_all(self) -> None:
        if self.closed:
            return
        key = self._read_sales_key()
        if key != self._sales_key:
            self._sales_key = key
            self._analysis = None
            self.sales_changed.emit()
        self.survey_changed.emit()  # a colleague may have imported answers
        for signal in (
            self.settings_changed,
            self.personas_changed,
            self.team_changed,
            self.journey_changed,
            self.goals_changed,
        ):
            signal.emit()

    def _read_data_version(self) -> int:
        return int(self.store.connection.execute("PRAGMA data_version").fetchone()[0])

    def _read_sales_key(self) -> tuple[int, int]:
        row = self.store.connection.execute("SELECT COUNT(*), COALESCE(MAX(id), 0) FROM sales_import").fetchone()
        return int(row[0]), int(row[1])

    # settings
    def settings(self) -> ProjectSettings:
        return self.store.settings()

    def change_settings(self, label: str, **changes: object) -> None:
        """The user changed settings: one undo step, and none when nothing changed."""
        current = self.settings()
        if any(getattr(current, key) != value for key, value in changes.items()):
            self.undo_stack.push(UpdateSettingsCommand(self, label, **changes))

    def update_settings(self, *, expected: dict[str, object] | None = None, **changes: object) -> ProjectSettings:
        old = self.store.update_settings(expected=expected, **changes)
        self.settings_changed.emit()
        return old

    # sales data
    def sales_analysis(self) -> SalesAnalysis:
        """The project's sales data, loaded and prepared once until it changes."""
        if self._analysis is None:
            try:
                sales = load_sales(self.store, skip=self.excluded_imports)
            except DamagedSalesError as error:  # found on decoding: leave it out, say so
                self.excluded_imports |= {int(i) for i in str(error.params["ids"]).split(",")}
                sales = load_sales(self.store, skip=self.excluded_imports)
                self.damaged_found.emit()  # the window's bar names it for as long as it stays
            self._analysis = SalesAnalysis(sales)
        return self._analysis

    def has_sales(self) -> bool:
        """Whether any import is there to compute with: a damaged one left out is not."""
        if not self.excluded_imports:
            return self.store.counts().sales_imports > 0
        ids = {row[0] for row in self.store.connection.execute("SELECT id FROM sales_import")}
        return bool(ids - self.excluded_imports)

    def judgeable_periods(self) -> list[dict]:
        """The period table goals are measured on: figures the activity window does not cover
        are left out (empty without sales data)."""
        if not self.has_sales():
            return []
        settings = self.settings()
        return self.sales_analysis().judgeable_periods(settings.period, settings.activity_window_months)

    def last_sales_day(self) -> date | None:
        """The last day of the sales data (None without data)."""
        if not self.has_sales():
            return None
        analysis = self.sales_analysis()
        return None if analysis.empty else date.fromisoformat(str(analysis.purchases.day.max())[:10])

    # survey answers (NPS): a few thousand rows at most, read when asked
    def has_survey(self) -> bool:
        from planner.survey.storage import has_answers

        return has_answers(self.store)

    def nps_periods(self, customers: Collection[str] | None = None) -> list[dict]:
        """The survey's NPS per period of the project's period setting (empty without answers),
        of `customers` only if given (a segment's)."""
        from planner.survey.storage import nps_periods

        return nps_periods(self.store, Period(self.settings().period).value, customers)

    def goal_figures(self) -> tuple[dict[int, Progress], dict[int, GoalValue]]:
        """Every goal's progress today and its worth a year, each on its own rows (all data or
        the goal's segment; planner.predict.goal_value.goal_figures)."""
        from planner.metrics.nps import latest_nps
        from planner.predict.goal_value import goal_figures

        settings = self.settings()
        return goal_figures(
            self.store,
            goals(self.store),
            self.sales_analysis() if self.has_sales() else None,
            period=settings.period,
            window_months=settings.activity_window_months,
            margin_pct=settings.gross_margin_pct,
            today=date.today(),
            nps=latest_nps(self.nps_periods()),
        )

    def goal_progress(self) -> dict[int, Progress]:
        """Every goal's progress today, by goal id."""
        return self.goal_figures()[0]

    def goal_periods(self, goal: object) -> list[dict]:
        """The period table a goal is measured on: its segment's, or all data's (judgeable
        figures only; empty without sales data or when the data lacks the segment)."""
        if not self.has_sales():
            return []
        from planner.segments.subset import of_goal

        part, settings = self.sales_analysis().segment(of_goal(goal)), self.settings()
        return [] if part.empty else part.judgeable_periods(settings.period, settings.activity_window_months)

    def notify_sales_changed(self, analysis: SalesAnalysis | None = None) -> None:
        """Called after an import was stored (by a worker, through its own connection).
        A worker passes the analysis it already prepared, so the GUI thread does not
        spend a quarter of a second preparing half a million rows again."""
        self._analysis = analysis
        self.model_at_risk = None  # fitted on the old data
        self._sales_key = self._read_sales_key()
        self._data_version = self._read_data_version()  # the worker's commit is no news
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

    def update_persona(self, persona_id: int, *, expected: dict[str, object] | None = None, **changes: str) -> Persona:
        old = self.store.update_persona(persona_id, expected=expected, **changes)
        self.persona_updated.emit(persona_id)
        return old

    def delete_persona(self, persona_id: int) -> tuple[Persona, int]:
        result = self.store.delete_persona(persona_id)
        self.personas_changed.emit()
        return result
