"""The detail forms of the goal table: a goal (with its live SMART check and check-ins) and
a measure (with its goals, touchpoints and participants)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QGridLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner import journey as j
from planner.goals import goal_table as g
from planner.goals.smart import DATA_KPIS, Check
from planner.model import BOND_TYPES, GOAL_STATUSES, MEASURE_FIELDS, MEASURE_STATUSES, Goal, Measure
from ui.goals.power_box import PowerBox
from ui.goals.record_form import (
    CheckListField,
    ChoiceField,
    DateField,
    Field,
    NumberField,
    SpinField,
    TextField,
)
from ui.goals.segment_field import SegmentField
from ui.goals.tree import status_name
from ui.goals.value_text import value_cell, value_tip
from ui.texts.dates import show_date
from ui.texts.kpi_texts import kpi_name
from ui.texts.money import show_headline_money
from ui.undo.undo_text import LazyText

if TYPE_CHECKING:
    from planner.predict.goal_value import GoalValue


def metric_name(metric: str) -> str:
    if metric == "nps":
        return QCoreApplication.translate("GoalForms", "Net Promoter Score (NPS)")
    if metric == "manual":
        return QCoreApplication.translate("GoalForms", "Manual KPI (check-ins)")
    if metric == "customers_end":
        return QCoreApplication.translate("GoalForms", "Active customers")
    return kpi_name(metric)


def bond_name(bond: str) -> str:
    names = {
        "situational": QCoreApplication.translate("GoalForms", "situational / spatial"),
        "market": QCoreApplication.translate("GoalForms", "market-based"),
        "contractual": QCoreApplication.translate("GoalForms", "contractual / legal"),
        "technical": QCoreApplication.translate("GoalForms", "technical"),
        "economic": QCoreApplication.translate("GoalForms", "economic"),
        "emotional": QCoreApplication.translate("GoalForms", "emotional"),
    }
    return names.get(bond, bond)


def smart_hint(check: Check) -> str:
    locale = QLocale()

    def num(key: str) -> str:
        value = check.params.get(key)
        return "–" if value is None else locale.toString(float(value), "f", 2)

    hints = {
        "specific_short": QCoreApplication.translate("GoalForms", "Describe what exactly should change, for whom."),
        "specific_group": QCoreApplication.translate(
            "GoalForms", "Name the customer group: link a persona or stage, or say which customers."
        ),
        "specific_ok": QCoreApplication.translate("GoalForms", "Object and customer group are named."),
        "measurable_metric": QCoreApplication.translate("GoalForms", "Choose the KPI that measures the goal."),
        "measurable_target": QCoreApplication.translate("GoalForms", "Set a target value."),
        "measurable_unit": QCoreApplication.translate("GoalForms", "Give the manual KPI a unit (e.g. days, %, calls)."),
        "measurable_no_data": QCoreApplication.translate(
            "GoalForms", "This KPI comes from sales data, and the project has none yet: import it in Data."
        ),
        "measurable_no_survey": QCoreApplication.translate(
            "GoalForms", "NPS needs survey answers; until then record them as check-ins."
        ),
        "measurable_ok": QCoreApplication.translate(
            "GoalForms", "Metric, target and unit are set and can be measured."
        ),
        "achievable_incomplete": QCoreApplication.translate(
            "GoalForms", "Set baseline, target and a deadline after the baseline date to judge this."
        ),
        "achievable_no_history": QCoreApplication.translate(
            "GoalForms", "No history of this KPI in the data to compare with: judge it with the team."
        ),
        "achievable_short_history": QCoreApplication.translate(
            "GoalForms", "The data is shorter than the goal's %1 periods: no comparison yet."
        ).replace("%1", str(check.params.get("periods", ""))),
        "achievable_keep": QCoreApplication.translate("GoalForms", "Holding or easing the level: achievable."),
        "achievable_too_steep": QCoreApplication.translate(
            "GoalForms",
            "Needs %1 per period for %2 periods; the best stretch in your data was %3 per period. "
            "Lower the target or move the deadline.",
        )
        .replace("%1", num("required"))
        .replace("%2", str(check.params.get("periods", "")))
        .replace("%3", num("best")),
        "achievable_ok": QCoreApplication.translate(
            "GoalForms", "Needs %1 per period; the best stretch in your data reached %2 per period."
        )
        .replace("%1", num("required"))
        .replace("%2", num("best")),
        "relevant_link": QCoreApplication.translate(
            "GoalForms", "Link a persona, a journey stage or a bond type the goal serves."
        ),
        "relevant_reason": QCoreApplication.translate("GoalForms", "Write why the goal matters."),
        "relevant_ok": QCoreApplication.translate("GoalForms", "Linked and reasoned."),
        "timebound_deadline": QCoreApplication.translate("GoalForms", "Set a deadline."),
        "timebound_past": QCoreApplication.translate("GoalForms", "The deadline has passed: set a new one."),
        "timebound_before_baseline": QCoreApplication.translate(
            "GoalForms", "The deadline must follow the baseline date."
        ),
        "timebound_ok": QCoreApplication.translate("GoalForms", "Deadline set, in the future."),
    }
    return hints.get(check.code, check.code)


FIELD_ROOM = 240  # px a field needs beside its caption, or the caption goes above it


class RecordForm(QWidget):
    """A form of fields; `changed(field, value)` for each committed edit."""

    changed = Signal(str, object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.fields: dict[str, Field] = {}
        self.labels: dict[str, QLabel] = {}
        self.label_texts: dict[str, LazyText] = {}
        # texts and choice lists set again when the language changes at run time
        self._texts: list[tuple[Callable[[str], None], LazyText]] = []
        self._choice_lists: list[tuple[Field, Callable[[], list[tuple[str, object]]]]] = []
        self.form = QFormLayout()
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

    def text(self, setter: Callable[[str], None], text: LazyText) -> None:
        """Set a fixed text (a caption, a button, a tooltip) in the current language, and
        again in the new one after a switch."""
        setter(str(text))
        self._texts.append((setter, text))

    def choices(self, field: Field, build: Callable[[], list[tuple[str, object]]]) -> None:
        """Fill a choice field; `build` names the choices in the current language and runs
        again after a switch (the chosen value stays)."""
        field.set_choices(build())  # type: ignore[attr-defined]
        self._choice_lists.append((field, build))

    def add(self, field: Field, label: LazyText) -> Field:
        self.fields[field.name] = field
        self.label_texts[field.name] = label
        caption = QLabel(str(label))
        caption.setBuddy(field)
        self.labels[field.name] = caption
        self.form.addRow(caption, field)
        field.committed.connect(self.changed)
        return field

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            for name, caption in self.labels.items():
                caption.setText(str(self.label_texts[name]))
            for setter, text in self._texts:
                setter(str(text))
            for field, build in self._choice_lists:
                field.set_choices(build())  # type: ignore[attr-defined]
            self._fit_labels()  # German captions are longer
        super().changeEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_labels()

    def _fit_labels(self) -> None:
        """Captions beside their fields where both fit, above them where the pane is narrow:
        a long German caption ("Kleinste lohnende Wirkung (Punkte):") beside its field left the
        field a sliver in a small window."""
        widest = max((caption.sizeHint().width() for caption in self.labels.values()), default=0)
        margins = self.contentsMargins().left() + self.contentsMargins().right() + 24  # layout and scroll bar
        room = self.width() - margins - widest - max(0, self.form.horizontalSpacing())
        policy = QFormLayout.RowWrapPolicy.WrapLongRows if room >= FIELD_ROOM else QFormLayout.RowWrapPolicy.WrapAllRows
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)

    def show_record(self, record: object) -> None:
        for name, field in self.fields.items():
            field.show_value(getattr(record, name))


class GoalForm(RecordForm):
    checkin_add_requested = Signal(str, float, str)  # date, value, note
    checkin_delete_requested = Signal(int)
    baseline_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add(TextField("title"), LazyText.translate("GoalForms", "Title:"))
        self.add(TextField("description", multiline=True), LazyText.translate("GoalForms", "What exactly, for whom:"))
        metric = self.add(ChoiceField("metric"), LazyText.translate("GoalForms", "Metric:"))
        self.choices(metric, lambda: [(metric_name(k), k) for k in list(DATA_KPIS) + ["nps", "manual"]])
        self.segment_field = self.add(SegmentField(), LazyText.translate("GoalForms", "Measured on:"))
        self.text(
            self.segment_field.setToolTip,
            LazyText.translate(
                "GoalForms",
                "A goal for one group of customers, e.g. the online shop's: its baseline and progress "
                "then come from that group's rows only.",
            ),
        )
        self.add(TextField("unit"), LazyText.translate("GoalForms", "Unit:"))
        self.add(NumberField("baseline_value"), LazyText.translate("GoalForms", "Baseline value:"))
        self.add(DateField("baseline_date"), LazyText.translate("GoalForms", "Baseline date:"))
        self.suggest_button = QPushButton()
        self.text(self.suggest_button.setText, LazyText.translate("GoalForms", "Take baseline from the data"))
        self.suggest_button.clicked.connect(self.baseline_requested)
        self.form.addRow("", self.suggest_button)
        self.add(NumberField("target_value"), LazyText.translate("GoalForms", "Target value:"))
        self.value_label = QLabel()
        self.value_label.setObjectName("goal_value")
        self.value_label.setWordWrap(True)
        self.value_caption = QLabel()
        self.text(self.value_caption.setText, LazyText.translate("GoalForms", "Worth a year:"))
        self.add(DateField("deadline"), LazyText.translate("GoalForms", "Deadline:"))
        self.add(ChoiceField("owner_id"), LazyText.translate("GoalForms", "Owner:"))
        self.add(TextField("relevance", multiline=True), LazyText.translate("GoalForms", "Why it matters:"))
        bonds = self.add(CheckListField("bond_types"), LazyText.translate("GoalForms", "Bond types:"))
        self.choices(bonds, lambda: [(bond_name(b), b) for b in BOND_TYPES])
        self.add(CheckListField("personas"), LazyText.translate("GoalForms", "Personas:"))
        self.add(CheckListField("stages"), LazyText.translate("GoalForms", "Journey stages:"))
        status = self.add(ChoiceField("status"), LazyText.translate("GoalForms", "Status:"))
        self.choices(status, lambda: [(status_name(s), s) for s in GOAL_STATUSES])
        self.smart_label = QLabel()
        self.smart_label.setObjectName("smart_check")
        self.smart_label.setTextFormat(Qt.TextFormat.RichText)
        self.smart_label.setWordWrap(True)
        self.checkins = QTableWidget(0, 3)
        self.checkins.setMaximumHeight(120)
        self.checkins.verticalHeader().hide()
        self.checkins.horizontalHeader().setStretchLastSection(True)
        headers = [
            LazyText.translate("GoalForms", "Date"),
            LazyText.translate("GoalForms", "Value"),
            LazyText.translate("GoalForms", "Note"),
        ]
        self.text(lambda _t: self.checkins.setHorizontalHeaderLabels([str(h) for h in headers]), headers[0])
        self.checkin_date = DateField("checkin_date")
        self.checkin_value = NumberField("checkin_value")
        self.checkin_note = TextField("checkin_note")
        self.checkin_add = QPushButton()
        self.checkin_delete = QPushButton()
        self.text(self.checkin_add.setText, LazyText.translate("GoalForms", "Record value"))
        self.text(self.checkin_delete.setText, LazyText.translate("GoalForms", "Delete"))
        self.checkin_add.clicked.connect(self._on_checkin_add)
        self.checkin_delete.clicked.connect(self._on_checkin_delete)
        # two to a row: five side by side made the form wider than its panel
        entry = QGridLayout()
        entry.setContentsMargins(0, 0, 0, 0)
        entry.addWidget(self.checkin_date, 0, 0)
        entry.addWidget(self.checkin_value, 0, 1)
        entry.addWidget(self.checkin_note, 1, 0, 1, 2)
        entry.addWidget(self.checkin_add, 2, 0)
        entry.addWidget(self.checkin_delete, 2, 1)
        self.checkin_box = QWidget()
        box = QVBoxLayout(self.checkin_box)
        box.setContentsMargins(0, 0, 0, 0)
        checkins_caption = QLabel()
        checkins_caption.setWordWrap(True)
        self.text(
            checkins_caption.setText,
            LazyText.translate(
                "GoalForms", "<b>Check-ins</b> (values of a manual KPI over time; progress uses the latest)"
            ),
        )
        box.addWidget(checkins_caption)
        box.addWidget(self.checkins)
        box.addLayout(entry)
        layout = QVBoxLayout(self)
        smart_caption = QLabel()
        self.text(smart_caption.setText, LazyText.translate("GoalForms", "<b>SMART check</b>"))
        # the hints change length with every edit: beneath the fields, so they never push a
        # field away from under the pointer
        layout.addLayout(self.form)
        layout.addWidget(self.checkin_box)
        worth = QFormLayout()  # shown once a target is set: beneath the fields too
        worth.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        worth.addRow(self.value_caption, self.value_label)
        layout.addLayout(worth)
        layout.addWidget(smart_caption)
        layout.addWidget(self.smart_label)
        layout.addStretch(1)

    def set_choices(
        self, owners: list[tuple[str, object]], personas: list[tuple[str, object]], stages: list[tuple[str, object]]
    ) -> None:
        self.fields["owner_id"].set_choices([(QCoreApplication.translate("GoalForms", "— nobody —"), None)] + owners)  # type: ignore[attr-defined]
        self.fields["personas"].set_choices(personas)  # type: ignore[attr-defined]
        self.fields["stages"].set_choices(stages)  # type: ignore[attr-defined]

    def show_goal(self, goal: Goal, checks: list[Check], checkin_rows: list) -> None:
        self.show_record(goal)
        marks = {True: ("✔", "#2E8B57"), False: ("✘", "#C0392B"), None: ("?", "#7A8794")}
        names = {
            "S": QCoreApplication.translate("GoalForms", "Specific"),
            "M": QCoreApplication.translate("GoalForms", "Measurable"),
            "A": QCoreApplication.translate("GoalForms", "Achievable"),
            "R": QCoreApplication.translate("GoalForms", "Relevant"),
            "T": QCoreApplication.translate("GoalForms", "Time-bound"),
        }
        rows = "".join(
            f"<tr><td style='color:{marks[c.ok][1]};font-weight:bold;padding-right:6px'>{marks[c.ok][0]}</td>"
            f"<td style='padding-right:8px'><b>{c.letter}</b> {names[c.letter]}</td><td>{smart_hint(c)}</td></tr>"
            for c in checks
        )
        self.smart_label.setText(f"<table>{rows}</table>")
        manual = goal.metric not in DATA_KPIS
        self.segment_field.show_segment(goal.segment_column, goal.segment_value)
        self.segment_field.setEnabled(not manual)  # a check-in or an NPS is not split by the sales data
        self.checkin_box.setVisible(manual)
        self.suggest_button.setVisible(not manual)
        self.fields["unit"].setEnabled(manual)
        self.checkins.setRowCount(len(checkin_rows))
        locale = QLocale()
        for r, c in enumerate(checkin_rows):
            for col, text in enumerate((show_date(c.date), locale.toString(c.value, "g", 10), c.note)):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, c.id)
                self.checkins.setItem(r, col, item)
        self.checkin_date.show_value(date.today().isoformat())

    def show_value(self, value: GoalValue | None, currency: str) -> None:
        """What reaching the target is worth a year (retention, churn and repeat-rate goals
        on the project's data); the computation is the tooltip."""
        shown = value is not None
        self.value_caption.setVisible(shown)
        self.value_label.setVisible(shown)
        if value is None:
            return
        cell = value_cell(value, currency)
        if value.gap > 0:
            cell = (
                QCoreApplication.translate("GoalForms", "%1 margin (%2 revenue), once the target holds")
                .replace("%1", cell)
                .replace("%2", show_headline_money(value.revenue, currency))
            )
        self.value_label.setText(cell)
        tip = value_tip(value, currency)
        self.value_label.setToolTip(tip)
        self.value_caption.setToolTip(tip)

    def _on_checkin_add(self) -> None:
        value = self.checkin_value._read()
        if value is None:
            return
        self.checkin_add_requested.emit(
            str(self.checkin_date._read()) or date.today().isoformat(), float(value), str(self.checkin_note._read())
        )
        self.checkin_value.show_value(None)
        self.checkin_note.show_value("")

    def _on_checkin_delete(self) -> None:
        item = self.checkins.item(self.checkins.currentRow(), 0) if self.checkins.currentRow() >= 0 else None
        if item is not None:
            self.checkin_delete_requested.emit(int(item.data(Qt.ItemDataRole.UserRole)))


class MeasureForm(RecordForm):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.add(TextField("title"), LazyText.translate("GoalForms", "Title:"))
        self.add(TextField("description", multiline=True), LazyText.translate("GoalForms", "Description:"))
        self.add(CheckListField("goal_ids"), LazyText.translate("GoalForms", "Serves goals:"))
        self.add(ChoiceField("owner_id"), LazyText.translate("GoalForms", "Owner:"))
        self.add(CheckListField("touchpoints"), LazyText.translate("GoalForms", "At touchpoints:"))
        bond = self.add(ChoiceField("bond_type"), LazyText.translate("GoalForms", "Bond type:"))
        self.choices(bond, lambda: [("–", "")] + [(bond_name(b), b) for b in BOND_TYPES])
        kind = self.add(ChoiceField("lock_in"), LazyText.translate("GoalForms", "Kind of bond:"))
        self.choices(
            kind,
            lambda: [
                (QCoreApplication.translate("GoalForms", "attachment by choice"), False),
                (QCoreApplication.translate("GoalForms", "lock-in"), True),
            ],
        )
        self.add(NumberField("cost"), LazyText.translate("GoalForms", "Cost / budget:"))
        self.add(SpinField("effort", 1, 5), LazyText.translate("GoalForms", "Effort (1–5):"))
        self.add(SpinField("impact", 1, 5), LazyText.translate("GoalForms", "Expected impact (1–5):"))
        self.add(DateField("start"), LazyText.translate("GoalForms", "Start:"))
        self.add(DateField("end"), LazyText.translate("GoalForms", "End:"))
        status = self.add(ChoiceField("status"), LazyText.translate("GoalForms", "Status:"))
        self.choices(status, lambda: [(status_name(s), s) for s in MEASURE_STATUSES])
        participants = self.add(
            TextField("participants", multiline=True), LazyText.translate("GoalForms", "Participants:")
        )
        self.text(
            participants.setToolTip,
            LazyText.translate(
                "GoalForms",
                "Empty: all customers. A data column and value, e.g. Kundenkarte=ja. "
                "Or paste customer numbers, one per line.",
            ),
        )
        worth = self.add(
            NumberField("worth_having"), LazyText.translate("GoalForms", "Smallest effect worth having (points):")
        )
        self.text(
            worth.setToolTip,
            LazyText.translate(
                "GoalForms",
                "How many points more of the participants coming back within 3 months would make the measure "
                "worth its cost. The verdict says whether the effect clears it; before the start, whether the "
                "measure can detect it.",
            ),
        )
        if "worth_having_money" in MEASURE_FIELDS:  # kept by plans of file format 16 on
            money = self.add(
                NumberField("worth_having_money"),
                LazyText.translate("GoalForms", "Smallest effect worth having (revenue per participant):"),
            )
            self.text(
                money.setToolTip,
                LazyText.translate(
                    "GoalForms",
                    "How much more revenue per participant within 3 months would make the measure worth its cost.",
                ),
            )
        self.add(TextField("evaluation_note", multiline=True), LazyText.translate("GoalForms", "Evaluation note:"))
        self.add(TextField("verdict"), LazyText.translate("GoalForms", "Verdict:"))
        # beneath the fields: its text changes with every estimate and must not move a field
        self.power = PowerBox()
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.power)
        layout.addStretch(1)

    def set_choices(
        self, owners: list[tuple[str, object]], goals: list[tuple[str, object]], touchpoints: list[tuple[str, object]]
    ) -> None:
        self.fields["owner_id"].set_choices([(QCoreApplication.translate("GoalForms", "— nobody —"), None)] + owners)  # type: ignore[attr-defined]
        self.fields["goal_ids"].set_choices(goals)  # type: ignore[attr-defined]
        self.fields["touchpoints"].set_choices(touchpoints)  # type: ignore[attr-defined]

    def show_measure(self, measure: Measure) -> None:
        self.show_record(measure)


def touchpoint_choices(store, language: str) -> list[tuple[str, object]]:
    stages = {s.id: s.name for s in j.stages(store)}
    return [(f"{stages.get(tp.stage_id, '')}: {tp.name}", tp.id) for tp in j.touchpoints(store)]


def goal_choices(store) -> list[tuple[str, object]]:
    return [(goal.title, goal.id) for goal in g.goals(store)]
