"""The Effectiveness section: every measure with its verdict, the selected one in detail.

All measures are judged in one background task whenever the plan's measures, goals or sales
data change (a bootstrap per measure takes a fraction of a second, a plan has a handful);
the list and the detail show the last finished result and say "judging…" meanwhile."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QProgressBar,
    QScrollArea,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from planner.effect.evaluate import Evaluation, SalesData
from planner.effect.history import Judgement, judgements, keep_if_writable
from planner.effect.participants import list_spec, spec_text
from planner.effect.project import evaluate_measure, evaluation_key, measure_kpi, project_settings
from planner.effect.review import GoalState, achieved_goals, months_running, stop_candidate
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.goals.smart import DATA_KPIS
from planner.model import Measure
from ui.effect.detail import EffectDetail
from ui.effect.participant_actions import ParticipantActions
from ui.effect.participant_texts import participants_text
from ui.effect.review import ReviewRow, ReviewTable
from ui.effect.verdicts import VERDICT_COLOURS, verdict_name
from ui.goals.commands import AddRecordCommand, UpdateRecordCommand
from ui.goals.holdout_draw import ask_holdout
from ui.goals.tree import status_name
from ui.parts.tasks import Task, run_task
from ui.parts.widgets import HintLabel, SectionTitle
from ui.texts.dates import is_german, show_date
from ui.texts.errors import show_planner_error
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class EffectPanel(QWidget):
    idle = Signal()  # all measures judged (after every evaluate_all)

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._results: dict[int, Evaluation] = {}
        self._history: dict[int, list[Judgement]] = {}  # kept judgements by measure, oldest first
        # judgements by measure with what they were made from: unchanged measures are not judged again
        self._cache: dict[int, tuple[tuple[object, ...], Evaluation]] = {}
        self._cache_data: SalesData | None = None
        self._task: Task | None = None
        self._stale = True
        self._sized = False
        self._data: tuple[object, SalesData] | None = None  # (the analysis it was made from, data)
        self.title = SectionTitle()
        self.intro = HintLabel()
        self.table = QTableWidget()
        self.table.setObjectName("effect_measures")
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 10)  # title, status
        self.table.setWordWrap(False)
        self.table.currentCellChanged.connect(lambda *_: self._show_selected())
        self.progress = QProgressBar()
        self.progress.setObjectName("effect_progress")
        self.progress.setRange(0, 100)
        self.progress.hide()
        self.detail = EffectDetail()
        self.participant_actions = ParticipantActions(doc, self, self.detail, ask_holdout, self)
        self.detail.other_spans_toggled.connect(lambda _on: self._show_selected())
        self.detail.idle.connect(self._maybe_idle)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the detail flows into the width
        scroll.setWidget(self.detail)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.table, 1)
        left_layout.addWidget(self.progress)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(scroll)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([340, 900])
        self.review = ReviewTable()
        self.review.decision_changed.connect(self._set_decision)
        self.review.note_changed.connect(self._set_note)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("effect_tabs")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(splitter, "")
        self.tabs.addTab(self.review, "")
        self.tabs.currentChanged.connect(lambda _i: self._tab_changed())
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(self.tabs, 1)
        for signal in (doc.goals_changed, doc.sales_changed, doc.settings_changed):
            signal.connect(self._mark_stale)
        self.retranslate()
        self._fill_table()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # the numbers table needs about 700 px: beside the list where that fits, below it otherwise
        wide = self.width() >= 1050
        orientation = Qt.Orientation.Horizontal if wide else Qt.Orientation.Vertical
        if orientation != self.splitter.orientation() or not self._sized:
            self._sized = True
            self.splitter.setOrientation(orientation)
            total = self.splitter.width() if wide else self.splitter.height()
            first = max(340, self._list_width(), int(total * 0.26)) if wide else int(total * 0.3)
            self.splitter.setSizes([first, total - first])
        self._widen_list()  # the presentation's larger type comes with a new size

    def _list_width(self) -> int:
        """What the list needs beside the detail: its start and verdict columns and room for
        about twelve letters of a measure's name (at 1280 px while presenting the name got
        "B…", the columns beside it took the rest)."""
        header = self.table.horizontalHeader()
        others = sum(header.sectionSize(c) for c in range(1, self.table.columnCount()))
        name = self.table.fontMetrics().horizontalAdvance("Bonusprogramm") + 16
        return others + name + self.table.verticalScrollBar().sizeHint().width() + 4

    def _widen_list(self) -> None:
        """The list as wide as `_list_width` asks, as far as the detail keeps the width its
        numbers need (they are never clipped; the names are elided first)."""
        if self.splitter.orientation() != Qt.Orientation.Horizontal:
            return
        first, second = self.splitter.sizes()
        total = first + second
        room = total - self.detail.minimumSizeHint().width() - 24  # the detail's scroll bar
        needed = max(200, min(self._list_width(), room))
        if first < needed or second < total - room:
            self.splitter.setSizes([needed, total - needed])

    # -- judging ----------------------------------------------------------------------

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.evaluate_all()

    def _mark_stale(self, *_args) -> None:
        if self._doc.closed:
            return
        self._stale = True
        self._fill_table()
        if self.isVisible():
            self.evaluate_all()

    def _sales_data(self) -> SalesData | None:
        analysis = self._doc.sales_analysis()
        if analysis.empty:
            return None
        if self._data is None or self._data[0] is not analysis:
            self._data = (analysis, SalesData.from_analysis(analysis))
        return self._data[1]

    def evaluate_all(self) -> None:
        """Judge every measure off the GUI thread; the newest request wins."""
        if self._doc.closed:
            return
        self._stale = False
        if self._task is not None and self._task.running:
            self._task.cancel()
        store = self._doc.store
        measures = g.measures(store)
        settings = project_settings(store, language=self.language)
        data = self._sales_data()
        goals = {goal.id: goal for goal in g.goals(store)}  # read here: the store stays in this thread
        keys = {m.id: evaluation_key(goals, m, settings) for m in measures}
        known = {
            m.id: self._cache[m.id][1]
            for m in measures
            if self._cache_data is data and m.id in self._cache and self._cache[m.id][0] == keys[m.id]
        }

        def work(progress, cancelled) -> dict[int, Evaluation]:
            out = dict(known)
            for i, measure in enumerate(measures):
                if measure.id in out:
                    continue
                out[measure.id] = evaluate_measure(
                    goals,
                    data,
                    measure,
                    settings,
                    progress=lambda f, t, i=i: progress((i + f) / max(1, len(measures)), t),
                    cancelled=cancelled,
                )
            return out

        self.progress.setValue(0)
        self.progress.show()
        task: Task | None = None  # set below; the handlers run later, on this thread

        def succeeded(results: object) -> None:
            if task is self._task:  # the newest request wins
                assert isinstance(results, dict)
                self._cache = {i: (keys[i], result) for i, result in results.items()}
                self._cache_data = data
                self._keep_history(measures, results, data)
                self._on_judged(results)

        def finished() -> None:
            if task is self._task:
                self._on_finished()

        task = run_task(
            work,
            self,
            on_success=succeeded,
            on_failure=self._on_failed,
            on_progress=lambda f, _t: self.progress.setValue(int(f * 100)),
            on_finish=finished,
        )
        self._task = task

    def busy(self) -> bool:
        """Judging, or drawing the judged measure's charts."""
        return (self._task is not None and self._task.running) or self.detail.busy()

    def _on_finished(self) -> None:
        self.progress.hide()
        self._maybe_idle()

    def _maybe_idle(self) -> None:
        if not self.busy():
            self.idle.emit()

    def _keep_history(self, measures: list[Measure], results: dict, data: SalesData | None) -> None:
        """The open measures' judgements kept in the plan when the data range is new (on this
        thread: the store belongs to it), then every measure's history read back."""
        if self._doc.closed:
            return
        store = self._doc.store
        if not self._doc.read_only:  # another app edits the plan: it keeps the history
            keep_if_writable(store, [(m, results[m.id]) for m in measures if m.id in results], data)
        self._history = {}
        for j in judgements(store):
            self._history.setdefault(j.measure_id, []).append(j)

    def _on_judged(self, results: object) -> None:
        if self._doc.closed:
            return
        assert isinstance(results, dict)
        self._results = results
        self._fill_table()

    def _on_failed(self, error: object) -> None:
        if isinstance(error, PlannerError) and not self._doc.closed:
            show_planner_error(self, self.tr("Cannot judge the measures"), error)
        elif isinstance(error, BaseException):
            raise error

    @property
    def language(self) -> str:
        return "de" if is_german() else "en"

    # -- list and detail --------------------------------------------------------------

    def measures(self) -> list[Measure]:
        return g.measures(self._doc.store)

    def _fill_table(self) -> None:
        if self._doc.closed:
            return
        current = self.selected_id()
        measures = self.measures()
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(3)
        self.table.setHorizontalHeaderLabels([self.tr("Measure"), self.tr("Start"), self.tr("Verdict")])
        self.table.setRowCount(len(measures))
        for r, m in enumerate(measures):
            result = self._results.get(m.id)
            verdict = verdict_name(result.verdict) if result else "…"
            cells = [f"{m.title}\n{status_name(m.status)}", show_date(m.start) if m.start else "–", verdict]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, m.id)
                if c == 0:
                    item.setToolTip(m.title)
                if c == 2 and result is not None:
                    back, fore = VERDICT_COLOURS[result.verdict]
                    item.setBackground(QColor(back))
                    item.setForeground(QColor(fore))
                    item.setToolTip(result.sentence)
                self.table.setItem(r, c, item)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._widen_list()
        row = next((r for r, m in enumerate(measures) if m.id == current), 0 if measures else -1)
        if row >= 0:
            self.table.setCurrentCell(row, 0)
        self.table.blockSignals(False)
        self._show_selected()
        if self.tabs.currentWidget() is self.review:  # otherwise filled when its tab is opened
            self._fill_review(measures)

    def _tab_changed(self) -> None:
        if self.tabs.currentWidget() is self.review and not self._doc.closed:
            self._fill_review(self.measures())

    def _fill_review(self, measures: list[Measure]) -> None:
        store = self._doc.store
        settings = project_settings(store)
        last_day = self._doc.last_sales_day()
        rows = [
            ReviewRow(
                m,
                self._results.get(m.id),
                stop_candidate(m, self._results.get(m.id), last_day, settings),
                months_running(m, last_day),
                self._history.get(m.id, []),
            )
            for m in measures
        ]
        progress = self._doc.goal_progress()
        states = [GoalState(goal, progress[goal.id]) for goal in g.goals(store)]
        locale = QLocale()
        reached = [
            (
                goal,
                self.tr("%1 against the target %2")
                .replace(
                    "%1",
                    "–"
                    if progress[goal.id].current is None
                    else locale.toString(float(progress[goal.id].current), "f", 1),
                )
                .replace("%2", "–" if goal.target_value is None else locale.toString(float(goal.target_value), "f", 1)),
            )
            for goal in achieved_goals(states)
        ]
        self.review.show_review(rows, reached, self._doc.settings().currency)

    def _set_decision(self, measure_id: int, decision: str) -> None:
        decided = date.today().isoformat() if decision else ""
        self.edit_measure(measure_id, LazyText.translate("EffectPanel", "decision"), decision=decision, decided=decided)

    def _set_note(self, measure_id: int, note: str) -> None:
        self.edit_measure(measure_id, LazyText.translate("EffectPanel", "review note"), evaluation_note=note)

    def show_review(self) -> None:
        self.tabs.setCurrentWidget(self.review)

    def selected_id(self) -> int:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 else None
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else 0

    def select_measure(self, measure_id: int) -> None:
        for r in range(self.table.rowCount()):
            if self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) == measure_id:
                self.table.setCurrentCell(r, 0)

    def _show_selected(self) -> None:
        measures = self.measures()
        measure = next((m for m in measures if m.id == self.selected_id()), None)
        self.detail.setVisible(measure is not None)
        if measure is None:
            return
        store = self._doc.store
        settings = project_settings(store)
        goals = {goal.id: goal for goal in g.goals(store)}
        kpi = measure_kpi(measure, goals)
        analysis = self._doc.sales_analysis()
        periods = [] if analysis.empty else analysis.periods(settings.period, settings.window_months)
        span = (measure.start, measure.end or None, measure.title) if measure.start else None
        others = [(m.start, m.end or None, m.title) for m in measures if m.start and m.id != measure.id]
        self.detail.show_evaluation(
            measure,
            self._results.get(measure.id),
            participants_text(measure, self.participant_actions.imported.get(measure.id)),
            periods,
            kpi,
            (span, others),
            self.language,
            self._history.get(measure.id, []),
            settings.horizon_months,
        )
        manual = next((goals[i] for i in measure.goal_ids if i in goals and goals[i].metric not in DATA_KPIS), None)
        checkins = [] if manual is None else [(c.date, c.value) for c in g.checkins(store, "goal", manual.id)]
        self.detail.show_checkins(manual, checkins, span)

    # -- participants -----------------------------------------------------------------

    def edit_measure(self, measure_id: int, label: LazyText, **changes: object) -> None:
        self._doc.undo_stack.push(UpdateRecordCommand(self._doc, g.MEASURES, measure_id, label, **changes))

    def create_win_back_measure(self, customers: list) -> None:
        """A planned win-back measure starting today, its participants the given customers."""
        today = date.today().isoformat()
        measure = Measure(
            title=self.tr("Win-back: %1 lapsed customers").replace("%1", QLocale().toString(len(customers))),
            description=self.tr(
                "Made from the win-back list on %1. The customers of the list are the participants: "
                "they are compared with all other customers once there is data after the start."
            ).replace("%1", show_date(today)),
            status="planned",
            start=today,
            bond_type="emotional",
            participants=spec_text(list_spec(customers)),
        )
        self._doc.undo_stack.push(AddRecordCommand(self._doc, g.MEASURES, measure))
        added = max(m.id for m in self.measures())
        self.tabs.setCurrentIndex(0)
        self.select_measure(added)

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            self._stale = True
            if self.isVisible():
                self.evaluate_all()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Effectiveness"))
        self.intro.setText(
            self.tr(
                "Step 5 of the method: did each measure work? Participants are compared with a random holdout kept "
                "out of the measure, or else with the other customers matched on their buying before the start: "
                "how many came back within 3 months after the start, against the same share before it. "
                "Without participants, the goal's KPI is set against its trend and season before the start: "
                "context, not proof."
            )
        )
        self.detail.retranslate()
        self.tabs.setTabText(0, self.tr("Each measure judged"))
        self.tabs.setTabText(1, self.tr("Review and decide"))
        self._fill_table()
