"""Goals section: the goal table (goals with their measures beneath) and the detail form of
the selected row. Steps 2 and 3 of the method: retention as a SMART goal, measures with
owners. "What do I carry?": filter the table by owner.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QEvent, QItemSelectionModel, QLocale, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSplitter,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from planner import journey as j
from planner.goals import goal_table as g
from planner.goals.smart import baseline_from_data, metric_history, smart_checks
from planner.metrics.coverage import WINDOW_FIELDS
from planner.model import CheckIn, Goal, Measure
from ui.goals.commands import (
    AddCheckInCommand,
    AddRecordCommand,
    DeleteCheckInCommand,
    DeleteRecordCommand,
    MoveRecordCommand,
    UpdateRecordCommand,
)
from ui.goals.fit_columns import fit_to_width
from ui.goals.forms import GoalForm, MeasureForm, goal_choices, touchpoint_choices
from ui.goals.measure_planning import MeasurePlanning
from ui.goals.tree import (
    ID_ROLE,
    KIND_ROLE,
    GoalTreeDelegate,
    GoalTreeModel,
    OwnerFilter,
)
from ui.parts.flow_layout import FlowLayout
from ui.parts.tasks import Task
from ui.parts.widgets import HintLabel, SectionTitle, show_first_field
from ui.texts.kpi_texts import window_advice_text
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

DETAIL_MIN = 360  # px: the form with its captions above the fields
DETAIL_MAX = 620  # px: captions beside fields, text fields wide enough for a sentence
DETAIL_SHARE = 0.5
TREE_MIN = 280


class GoalsPanel(MeasurePlanning, QWidget):
    catalog_requested = Signal(int)  # goal id to add the chosen measure to
    idle = Signal()  # the shown measure's power estimated (screenshots and tests wait on it)

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._current: tuple[str, int] = ("", 0)
        self._presenting = False
        self._power_task: Task | None = None
        self._power_key: tuple[object, ...] | None = None  # what the shown estimate was made from
        self._planned: dict[int, int] = {}  # per measure: a participant count the team tries (not saved)
        self._data: tuple[object, object] | None = None  # (the analysis, its SalesData)
        self.title = SectionTitle()
        self.intro = HintLabel()
        self.model = GoalTreeModel(doc, self)
        self.proxy = OwnerFilter(self)
        self.proxy.setSourceModel(self.model)
        self.tree = QTreeView()
        self.tree.setObjectName("goal_tree")
        self.tree.setModel(self.proxy)
        self.tree.setItemDelegate(GoalTreeDelegate(self.model, self.tree))
        self.tree.setAlternatingRowColors(True)
        self.tree.setSortingEnabled(True)
        self.tree.sortByColumn(-1, Qt.SortOrder.AscendingOrder)  # the plan's own order until a header is clicked
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.tree.setUniformRowHeights(True)
        self.tree.setStyleSheet("QTreeView::item { padding: 4px 2px; }")  # the table people print and pin up
        header = self.tree.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        self.owner_filter = QComboBox()
        self.owner_filter.setObjectName("owner_filter")
        self.owner_filter.currentIndexChanged.connect(self._on_owner_filter)
        self.add_goal_button = QPushButton()
        self.add_measure_button = QPushButton()
        self.catalog_button = QPushButton()
        self.delete_button = QPushButton()
        self.up_button = QPushButton("▲")
        self.down_button = QPushButton("▼")
        for button in (self.up_button, self.down_button):
            button.setFixedWidth(34)
        bar_widget = QWidget()
        bar = FlowLayout(bar_widget)  # above the table and the form, wrapping rather than clipping
        for widget in (
            self.add_goal_button,
            self.add_measure_button,
            self.catalog_button,
            self.delete_button,
            self.up_button,
            self.down_button,
        ):
            bar.addWidget(widget)
        bar.add_gap(16)
        self.filter_label = QLabel()
        owner_box = QWidget()  # label and filter wrap together
        owner_row = QHBoxLayout(owner_box)
        owner_row.setContentsMargins(0, 0, 0, 0)
        owner_row.addWidget(self.filter_label)
        owner_row.addWidget(self.owner_filter)
        bar.addWidget(owner_box)

        self.goal_form = GoalForm()
        self.measure_form = MeasureForm()
        self.empty = HintLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.detail = QStackedWidget()
        for widget in (self.empty, self.goal_form, self.measure_form):
            scroll = QScrollArea()
            scroll.setWidgetResizable(True)
            scroll.setWidget(widget)
            self.detail.addWidget(scroll)
        self.detail.setMinimumWidth(DETAIL_MIN)  # the form and its scroll bar, without scrolling sideways
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        self.splitter = splitter = QSplitter()
        splitter.addWidget(left)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 2)
        splitter.setSizes([720, 360])
        self._dragged = False  # the team moved the divider: their width stays
        splitter.splitterMoved.connect(lambda *_: setattr(self, "_dragged", True))
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addWidget(bar_widget)
        self._bar_widget = bar_widget
        layout.addWidget(splitter, 1)

        self.add_goal_button.clicked.connect(self.add_goal)
        self.add_measure_button.clicked.connect(self.add_measure)
        self.catalog_button.clicked.connect(self._on_catalog)
        self.delete_button.clicked.connect(self.delete_current)
        self.up_button.clicked.connect(lambda: self.move_current(-1))
        self.down_button.clicked.connect(lambda: self.move_current(1))
        QShortcut(
            QKeySequence.StandardKey.Delete, self.tree, self.delete_current, context=Qt.ShortcutContext.WidgetShortcut
        )
        QShortcut(
            QKeySequence("Alt+Up"),
            self,
            lambda: self.move_current(-1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        QShortcut(
            QKeySequence("Alt+Down"),
            self,
            lambda: self.move_current(1),
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )
        self.goal_form.changed.connect(self._on_goal_changed)
        self.measure_form.changed.connect(self._on_measure_changed)
        self.measure_form.power.holdout_requested.connect(self.toggle_holdout)
        self.measure_form.power.planned_changed.connect(self._on_planned_changed)
        self.goal_form.checkin_add_requested.connect(self._on_checkin_add)
        self.goal_form.checkin_delete_requested.connect(self._on_checkin_delete)
        self.goal_form.baseline_requested.connect(self._on_baseline_requested)
        self.tree.selectionModel().currentRowChanged.connect(self._on_current_changed)
        for signal in (
            doc.goals_changed,
            doc.team_changed,
            doc.sales_changed,
            doc.settings_changed,
            doc.journey_changed,
            doc.personas_changed,
            doc.survey_changed,
        ):
            signal.connect(self.refresh)
        self.retranslate()
        self.refresh()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self._presenting:
            QTimer.singleShot(0, self._size_columns)  # once the table has its new width
        if self._dragged or self._presenting:
            return
        # the form's share: enough for its German captions beside their fields where the window
        # allows, the rest to the table (its first columns, title and owner, fit in 400 px)
        total = self.splitter.width()
        side = max(DETAIL_MIN, min(DETAIL_MAX, int(DETAIL_SHARE * total), total - TREE_MIN))
        self.splitter.blockSignals(True)
        self.splitter.setSizes([max(0, total - side), side])
        self.splitter.blockSignals(False)

    # -- showing ----------------------------------------------------------------------

    @property
    def language(self) -> str:
        return "de" if QLocale().language() == QLocale.Language.German else "en"

    def refresh(self) -> None:
        if self._doc.closed:
            return
        store = self._doc.store
        team = [(m.name, m.id) for m in j.team(store)]
        current_owner = self.owner_filter.currentData()
        self.owner_filter.blockSignals(True)
        self.owner_filter.clear()
        self.owner_filter.addItem(self.tr("Everyone"), 0)
        for name, member_id in team:
            self.owner_filter.addItem(name, member_id)
        self.owner_filter.setCurrentIndex(max(0, self.owner_filter.findData(current_owner)))
        self.owner_filter.blockSignals(False)
        self.goal_form.set_choices(
            team, [(p.name, p.id) for p in self._doc.personas()], [(s.name, s.id) for s in j.stages(store)]
        )
        self.measure_form.set_choices(team, goal_choices(store), touchpoint_choices(store, self.language))
        analysis = self._doc.sales_analysis() if self._doc.has_sales() else None
        self.goal_form.segment_field.set_choices(  # type: ignore[attr-defined]
            {c: analysis.group_sizes(c)["value"].astype(str).tolist() for c in analysis.group_columns}
            if analysis
            else {}
        )
        kind, record_id = self._current
        self.model.reload()
        self.tree.expandAll()
        self._size_columns()
        self.select(kind, record_id)

    def _size_columns(self) -> None:
        self.tree.setWordWrap(False)  # each column as wide as its values on one line, then narrowed
        for column in range(self.model.columnCount()):
            self.tree.resizeColumnToContents(column)
        self.tree.setWordWrap(self._presenting)
        if not self._presenting:
            self.tree.setColumnWidth(0, max(240, min(self.tree.columnWidth(0), 360)))
        self.tree.setColumnWidth(3, 110)  # progress bar
        if self._presenting:  # on a projector every column on screen, the titles wrapped
            fit_to_width(self.tree, {3: 110})

    def select(self, kind: str, record_id: int) -> None:
        index = self._find(kind, record_id)
        if not index.isValid() and self.proxy.rowCount():
            index = self.proxy.index(0, 0)
        if index.isValid():
            self.tree.selectionModel().setCurrentIndex(
                index, QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
            )
        else:
            self._show(None)

    def _find(self, kind: str, record_id: int) -> QModelIndex:
        for row in range(self.proxy.rowCount()):
            goal_index = self.proxy.index(row, 0)
            if kind == "goal" and goal_index.data(ID_ROLE) == record_id:
                return goal_index
            for child in range(self.proxy.rowCount(goal_index)):
                index = self.proxy.index(child, 0, goal_index)
                if kind == "measure" and index.data(ID_ROLE) == record_id:
                    return index
        return QModelIndex()

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._current = (current.data(KIND_ROLE), int(current.data(ID_ROLE)))
            self._show(self.model.record_at(self.proxy.mapToSource(current)))
        else:
            self._show(None)

    def _show(self, record: Goal | Measure | None) -> None:
        self.delete_button.setEnabled(record is not None)
        self.add_measure_button.setEnabled(self._current_goal_id() is not None)
        if record is None:
            self.detail.setCurrentIndex(0)
            return
        if isinstance(record, Goal):
            self.detail.setCurrentIndex(1)
            self.goal_form.show_goal(record, self.checks(record), g.checkins(self._doc.store, "goal", record.id))
            self.goal_form.show_value(self.model.values.get(record.id), self.model.currency)
        else:
            self.detail.setCurrentIndex(2)
            self.measure_form.show_measure(record)
            self.measure_form.power.show_measure(record, self.model.currency, self._planned.get(record.id, 0))
            self._estimate_power(record)

    def checks(self, goal: Goal):
        settings = self._doc.settings()
        has_sales = self._doc.has_sales()
        periods = self._doc.goal_periods(goal)
        return smart_checks(
            goal,
            today=date.today(),
            history=metric_history(goal, periods),
            period=str(getattr(settings.period, "value", settings.period)),
            has_sales=has_sales,
            has_survey=self._doc.has_survey(),
        )

    # -- editing ----------------------------------------------------------------------

    def _current_goal_id(self) -> int | None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return None
        if index.data(KIND_ROLE) == "goal":
            return int(index.data(ID_ROLE))
        return int(index.parent().data(ID_ROLE))

    def add_goal(self) -> None:
        command = AddRecordCommand(self._doc, g.GOALS, Goal(title=self.tr("New goal"), status="draft"))
        self._doc.undo_stack.push(command)
        self.select("goal", command.record_id)
        show_first_field(self.goal_form.fields["title"].edit)

    def add_measure(self, measure: Measure | None = None) -> None:
        goal_id = self._current_goal_id()
        if goal_id is None:
            return
        measure = (measure or Measure(title=self.tr("New measure"))).with_changes(goal_ids=(goal_id,))
        command = AddRecordCommand(self._doc, g.MEASURES, measure)
        self._doc.undo_stack.push(command)
        self.select("measure", command.record_id)
        show_first_field(self.measure_form.fields["title"].edit)

    def add_measures(self, measures: list[Measure]) -> None:
        """Several measures (from the catalogue) under the current goal: one undo step."""
        if len(measures) <= 1:
            for measure in measures:
                self.add_measure(measure)
            return
        goal_id = self._current_goal_id()
        if goal_id is None:
            return
        if self._doc.read_only:
            self._doc.refuse_edit()
            return
        stack = self._doc.undo_stack
        stack.beginMacro(self.tr("Add %1 measures from the catalogue").replace("%1", str(len(measures))))
        try:
            ids = [self._push_measure(m, goal_id) for m in measures]
        finally:
            stack.endMacro()
        self.select("measure", ids[0])
        show_first_field(self.measure_form.fields["title"].edit)

    def _push_measure(self, measure: Measure, goal_id: int) -> int:
        command = AddRecordCommand(self._doc, g.MEASURES, measure.with_changes(goal_ids=(goal_id,)))
        self._doc.undo_stack.push(command)
        return command.record_id

    def delete_current(self) -> None:
        kind, record_id = self._current
        if record_id:
            self._doc.undo_stack.push(
                DeleteRecordCommand(self._doc, g.GOALS if kind == "goal" else g.MEASURES, record_id)
            )

    def move_current(self, step: int) -> None:
        kind, record_id = self._current
        if not record_id:
            return
        table = g.GOALS if kind == "goal" else g.MEASURES
        order = [r.id for r in table.all(self._doc.store)]
        if kind == "measure":  # move past the neighbour under the same goal
            goal_id = self._current_goal_id()
            siblings = [m.id for m in g.measures(self._doc.store, goal_id)]
            i = siblings.index(record_id) + step
            if not 0 <= i < len(siblings):
                return
            position = order.index(siblings[i])
        else:
            position = order.index(record_id) + step
            if not 0 <= position < len(order):
                return
        self._doc.undo_stack.push(MoveRecordCommand(self._doc, table, record_id, position))

    def _on_goal_changed(self, field: str, value: object) -> None:
        kind, record_id = self._current
        if kind == "goal":
            label = self.goal_form.label_texts[field].without_trailing(":")
            changes = {field: value}
            if field == "segment_column":  # column and value are one edit
                column, chosen = value  # type: ignore[misc]
                changes = {"segment_column": column, "segment_value": chosen}
            self._doc.undo_stack.push(UpdateRecordCommand(self._doc, g.GOALS, record_id, label, **changes))

    def _on_measure_changed(self, field: str, value: object) -> None:
        kind, record_id = self._current
        if kind == "measure":
            label = self.measure_form.label_texts[field].without_trailing(":")
            changes = {field: value}
            if field == "participants" and g.MEASURES.get(self._doc.store, record_id).holdout:
                # a holdout is drawn from the participants: new participants, no old holdout (one undo step)
                changes["holdout"] = ""
            self._doc.undo_stack.push(UpdateRecordCommand(self._doc, g.MEASURES, record_id, label, **changes))

    def _on_checkin_add(self, day: str, value: float, note: str) -> None:
        kind, record_id = self._current
        if kind == "goal":
            self._doc.undo_stack.push(
                AddCheckInCommand(
                    self._doc, CheckIn(kind="goal", target_id=record_id, date=day, value=value, note=note)
                )
            )

    def _on_checkin_delete(self, checkin_id: int) -> None:
        self._doc.undo_stack.push(DeleteCheckInCommand(self._doc, checkin_id))

    def _on_baseline_requested(self) -> None:
        kind, record_id = self._current
        if kind != "goal" or not self._doc.has_sales():
            return
        goal = g.GOALS.get(self._doc.store, record_id)
        settings = self._doc.settings()
        analysis = self._doc.sales_analysis()
        baseline = baseline_from_data(goal.metric, self._doc.goal_periods(goal))
        if baseline is None:
            advice = analysis.window_advice(settings.period, settings.activity_window_months)
            if goal.metric in WINDOW_FIELDS and advice is not None:
                self._doc.notice.emit(self.tr("No baseline yet: ") + window_advice_text(advice))
            else:
                self._doc.notice.emit(self.tr("No baseline yet: the data has no complete period with this figure."))
            return
        value, day = baseline
        self._doc.undo_stack.push(
            UpdateRecordCommand(
                self._doc,
                g.GOALS,
                record_id,
                LazyText.translate("GoalsPanel", "baseline from the data"),
                baseline_value=value,
                baseline_date=day,
            )
        )

    def _on_catalog(self) -> None:
        goal_id = self._current_goal_id()
        if goal_id is not None:
            self.catalog_requested.emit(goal_id)

    def _on_owner_filter(self) -> None:
        self.proxy.set_owner(self.owner_filter.currentData() or 0)
        self.tree.expandAll()

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the goal table alone, without buttons and the details form."""
        self._bar_widget.setVisible(not on)
        self.detail.setVisible(not on)
        # the tree's style sheet keeps it from following the window's larger type by itself
        self.tree.setFont(QFont(self.font()) if on else QFont())
        self.tree.header().setFont(QFont(self.font()) if on else QFont())
        self.model.header_font = QFont(self.font()) if on else None
        self.model.wrap_headers = on
        # long titles wrap onto a second line rather than push the last columns off screen
        self.tree.setUniformRowHeights(not on)
        self.tree.setWordWrap(on)
        self._presenting = on
        self.refresh()  # columns fitted to the type

    # -- language ---------------------------------------------------------------------

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Goals and measures"))
        self.intro.setText(
            self.tr(
                "Steps 2 and 3 of the method: set retention as a SMART goal and derive measures with owners. "
                "Each goal shows its measures beneath it; double-click a cell to edit it, the bar shows progress "
                "against the straight line to the deadline."
            )
        )
        self.add_goal_button.setText(self.tr("New &goal"))
        self.add_measure_button.setText(self.tr("New &measure"))
        self.catalog_button.setText(self.tr("&Catalogue…"))
        self.catalog_button.setToolTip(self.tr("Add a measure from the catalogue to the selected goal"))
        self.delete_button.setText(self.tr("Delete"))
        self.up_button.setToolTip(self.tr("Move up (Alt+Up)"))
        self.down_button.setToolTip(self.tr("Move down (Alt+Down)"))
        self.filter_label.setText(self.tr("Owner:"))
        self.owner_filter.setToolTip(self.tr("What do I carry? Show one person's goals and measures."))
        self.empty.setText(self.tr("No goal yet. Click “New goal” to set your first retention goal."))
