"""A measure before its start, in the goals panel: the smallest effect it can detect (a
bootstrap, off the GUI thread) and the random holdout kept from its participants, drawn as
the Effectiveness section draws it. Each change of the holdout is one undo step.

A mixin of GoalsPanel, which holds the document, the shown record (`_current`), the measure
form and the planned participant counts (`_planned`); its texts keep the panel's translation
context.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from planner.effect.holdout import holdout_candidates
from planner.effect.participants import parse_participants
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.model import Measure
from ui.goals.commands import UpdateRecordCommand
from ui.goals.holdout_draw import ask_holdout
from ui.parts.tasks import Task, run_task
from ui.texts.errors import show_planner_error
from ui.undo.undo_text import LazyText


class MeasurePlanning:
    """Power and holdout of the measure the goals panel shows."""

    def _sales_data(self):
        """The effect computations' view of the sales data, made once per analysis."""
        from planner.effect.evaluate import SalesData

        if not self._doc.has_sales():
            return None
        analysis = self._doc.sales_analysis()
        if self._data is None or self._data[0] is not analysis:
            self._data = (analysis, SalesData.from_analysis(analysis))
        return self._data[1]

    def _estimate_power(self, measure: Measure) -> None:
        """The smallest effect the shown measure can detect, off the GUI thread (a bootstrap)."""
        from planner.effect.project import evaluation_key, project_settings

        store = self._doc.store
        settings = project_settings(store)
        goals = {goal.id: goal for goal in g.goals(store)}  # read here: the store stays in this thread
        data = self._sales_data()
        planned = self._planned.get(measure.id, 0) or None
        key = (measure.id, evaluation_key(goals, measure, settings), planned, id(data))
        if key == self._power_key and (self._power_task is None or not self._power_task.running):
            return  # shown already
        self._power_key = key
        if self._power_task is not None and self._power_task.running:
            self._power_task.cancel()
        self.measure_form.power.set_busy()
        task: Task | None = None

        def work(_progress, cancelled):
            from planner.effect.measure_power import measure_power

            return measure_power(goals, data, measure, settings, planned=planned, cancelled=cancelled)

        def succeeded(result: object) -> None:
            if task is self._power_task and self._current == ("measure", measure.id):
                self.measure_form.power.show_power(result)  # type: ignore[arg-type]

        def failed(error: object) -> None:
            if task is self._power_task:
                self._power_key = None
                self.measure_form.power.show_power(None)
                if isinstance(error, PlannerError):
                    self._doc.notice.emit(str(error))

        def finished() -> None:
            if task is self._power_task and not self.busy():
                self.idle.emit()

        task = run_task(work, self, on_success=succeeded, on_failure=failed, on_finish=finished)
        self._power_task = task

    def busy(self) -> bool:
        """Estimating the shown measure's power."""
        return self._power_task is not None and self._power_task.running

    def _on_planned_changed(self, planned: int) -> None:
        kind, record_id = self._current
        if kind == "measure":
            self._planned[record_id] = planned
            self._estimate_power(g.MEASURES.get(self._doc.store, record_id))

    def toggle_holdout(self, share_percent: int | None = None) -> None:
        """Keep a random holdout from the shown measure's participants, drawn as the
        Effectiveness section draws it (the same share, the same seed: the same customers), or
        remove the one there is; one undo step either way. `share_percent` given: no question
        asked (tests, scripts)."""
        kind, record_id = self._current
        if kind != "measure":
            return
        measure = g.MEASURES.get(self._doc.store, record_id)
        label = LazyText.translate("GoalsPanel", "holdout")
        if measure.holdout:
            self._doc.undo_stack.push(UpdateRecordCommand(self._doc, g.MEASURES, record_id, label, holdout=""))
            return
        try:
            spec = parse_participants(measure.participants)
        except PlannerError as error:
            show_planner_error(self, QCoreApplication.translate("GoalsPanel", "No holdout"), error)
            return
        analysis = self._doc.sales_analysis() if self._doc.has_sales() else None
        ids = holdout_candidates(
            spec,
            None if analysis is None else analysis.table,
            None if analysis is None else analysis.purchases.customer_ids,
        )
        none_left = PlannerError(
            QCoreApplication.translate("GoalsPanel", "There are no participants to hold out yet."),
            hint=QCoreApplication.translate(
                "GoalsPanel", "Paste the planned customer list into Participants, or import sales data first."
            ),
        )
        drawn = ask_holdout(self, ids, measure.id, share_percent, none_left)
        if drawn is not None:
            self._doc.undo_stack.push(UpdateRecordCommand(self._doc, g.MEASURES, record_id, label, holdout=drawn))
