"""The review of step 5: every measure with its cost and verdict, the team's decision keep /
adjust / stop and a note, each edit one undo step. Goals reached are celebrated above the
table; measures without a clear effect after a long run are marked as candidates to stop.
What is due, reached or a candidate is decided in planner.effect.review; this shows it."""

from __future__ import annotations

from dataclasses import dataclass, field
from html import escape

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.effect.evaluate import Evaluation
from planner.effect.history import Judgement
from planner.model import DECISIONS, Goal, Measure
from ui.effect.over_time_view import course_text
from ui.effect.verdicts import VERDICT_COLOURS, verdict_name
from ui.goals.tree import status_name
from ui.texts.dates import is_german, show_date
from ui.texts.money import show_money

COLUMNS = 7
COURSE_COLUMN = 6
DECISION_COLUMN, NOTE_COLUMN = 3, 4
STOP_COLOUR = "#B03A2E"


def quoted(text: str) -> str:
    return f"„{text}“" if is_german() else f"“{text}”"


def decision_name(decision: str) -> str:
    return {
        "keep": QCoreApplication.translate("EffectReview", "keep"),
        "adjust": QCoreApplication.translate("EffectReview", "adjust"),
        "stop": QCoreApplication.translate("EffectReview", "stop"),
    }.get(decision, QCoreApplication.translate("EffectReview", "— open —"))


@dataclass(frozen=True)
class ReviewRow:
    measure: Measure
    evaluation: Evaluation | None
    stop_candidate: bool
    months: int  # running time in the data
    history: list[Judgement] = field(default_factory=list)  # kept judgements, oldest first

    @property
    def faded(self) -> bool:
        over = self.evaluation.over_time if self.evaluation is not None else None
        return over is not None and over.faded


class ReviewTable(QWidget):
    decision_changed = Signal(int, str)  # measure id, "" or one of DECISIONS
    note_changed = Signal(int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.celebration = QLabel()
        self.celebration.setObjectName("goals_reached")
        self.celebration.setWordWrap(True)
        self.celebration.setStyleSheet(
            "QLabel { background: #E3F4EA; color: #14522D; border: 1px solid #1E7B45; border-radius: 6px;"
            " padding: 8px 12px; font-size: 11pt; }"
        )
        self.celebration.hide()
        self.candidates = QLabel()
        self.candidates.setObjectName("stop_candidates")
        self.candidates.setWordWrap(True)
        self.candidates.hide()
        self.faded = QLabel()
        self.faded.setObjectName("review_faded")
        self.faded.setWordWrap(True)
        self.faded.setStyleSheet(
            "QLabel { background: #FFF4E0; color: #1F2933; border: 1px solid #E8B04B; border-radius: 6px;"
            " padding: 6px 10px; }"
        )
        self.faded.hide()
        self.hint = QLabel()
        self.hint.setWordWrap(True)
        self.table = QTableWidget()
        self.table.setObjectName("review_table")
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(2 * self.fontMetrics().height() + 10)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setWordWrap(True)
        self.table.itemChanged.connect(self._on_item_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.celebration)
        layout.addWidget(self.candidates)
        layout.addWidget(self.faded)
        layout.addWidget(self.hint)
        layout.addWidget(self.table, 1)
        self._rows: list[ReviewRow] = []
        self._currency = "EUR"

    def show_review(self, rows: list[ReviewRow], reached: list[tuple[Goal, str]], currency: str) -> None:
        """`reached`: each goal reached with its value as the reader sees it."""
        self._rows, self._currency = rows, currency
        self.hint.setText(
            self.tr(
                "For each judged measure the team decides: keep it, adjust it, or stop it. "
                "Double-click a note to write down why. Every decision can be undone (Ctrl+Z)."
            )
        )
        self._show_reached(reached)
        candidates = [r for r in rows if r.stop_candidate]
        self.candidates.setVisible(bool(candidates))
        self.candidates.setText(
            self.tr(
                "<b>Candidates to stop:</b> %1 — no clear effect after months of running. What brings no value is waste: stop it, or change it and judge it again."
            ).replace(
                "%1",
                ", ".join(quoted(escape(r.measure.title)) for r in candidates),
            )
        )
        faded = [r for r in rows if r.faded]
        self.faded.setVisible(bool(faded))
        self.faded.setText(
            self.tr(
                "<b>Effect faded:</b> %1 — it worked at first, but the latest interval contains 0. "
                "Decide: adjust it (a new offer, another channel) or stop it."
            ).replace("%1", ", ".join(quoted(escape(r.measure.title)) for r in faded))
        )
        self.table.blockSignals(True)
        self.table.clear()
        self.table.setColumnCount(COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Measure and status"),
                self.tr("Cost"),
                self.tr("Verdict"),
                self.tr("Decision"),
                self.tr("Note"),
                self.tr("Decided on"),
                self.tr("How the verdict changed"),
            ]
        )
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            self._fill_row(r, row)
        header = self.table.horizontalHeader()
        self.table.resizeColumnsToContents()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NOTE_COLUMN, QHeaderView.ResizeMode.Stretch)
        self.table.setColumnWidth(0, min(self.table.columnWidth(0), 300))
        self.table.setColumnWidth(COURSE_COLUMN, min(self.table.columnWidth(COURSE_COLUMN), 320))
        self.table.blockSignals(False)

    def _show_reached(self, reached: list[tuple[Goal, str]]) -> None:
        self.celebration.setVisible(bool(reached))
        if not reached:
            return
        lines = [
            self.tr("★ Goal reached: <b>%1</b> (%2). Well done — tell the team!")
            .replace("%1", escape(goal.title))
            .replace("%2", value)
            for goal, value in reached
        ]
        self.celebration.setText("<br>".join(lines))

    def _fill_row(self, r: int, row: ReviewRow) -> None:
        m, evaluation = row.measure, row.evaluation
        cost = "–" if m.cost is None else show_money(m.cost, self._currency)
        verdict = verdict_name(evaluation.verdict) if evaluation is not None else "…"
        if row.stop_candidate:
            verdict += "\n" + self.tr("candidate to stop")
        elif row.faded:  # the cell has room for two lines: the fading matters more than a warning
            verdict += "\n" + self.tr("effect faded")
        elif evaluation is not None and evaluation.warnings and evaluation.verdict != "not_enough_data":
            verdict += "\n" + self.tr("⚠ with a warning")
        money = evaluation.money if evaluation is not None else None
        if money is not None and money.pays_off is not None:
            cost += (
                "\n"
                + {
                    "yes": self.tr("it paid off"),
                    "no": self.tr("it did not pay off"),
                    "unclear": self.tr("paid off: unclear"),
                }[money.pays_off]
            )
        course = course_text(row.history) if row.history else "–"
        cells = [
            f"{m.title}\n{status_name(m.status)}",
            cost,
            verdict,
            "",
            m.evaluation_note,
            show_date(m.decided),
            course,
        ]
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            if c != NOTE_COLUMN:
                item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            if c == 0:
                item.setToolTip(m.title)
            if c == 1:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if c == 2 and evaluation is not None:
                back, fore = VERDICT_COLOURS[evaluation.verdict]
                item.setBackground(QColor(STOP_COLOUR if row.stop_candidate else back))
                item.setForeground(QColor("white" if row.stop_candidate else fore))
                tip = "\n\n".join([evaluation.sentence, *(text for _code, text in evaluation.warnings)])
                if row.stop_candidate:
                    tip += "\n\n" + self.tr(
                        "No clear effect after %1 months of data since the start: a candidate to stop."
                    ).replace("%1", str(row.months))
                power = evaluation.power
                if power is not None and power.mde_points is not None:
                    tip += "\n\n" + (
                        self.tr("Smallest effect it can detect: %1 points of coming back; judgeable from %2.")
                        .replace("%1", QLocale().toString(power.mde_points, "f", 1))
                        .replace("%2", show_date(power.judgeable_from.isoformat()))
                    )
                item.setToolTip(tip)
            if c == COURSE_COLUMN:
                item.setToolTip(
                    self.tr("The verdict at each import, by the last day of the data it judged: %1").replace(
                        "%1", course
                    )
                )
            if c == NOTE_COLUMN:
                item.setToolTip(text or self.tr("The team's note on this measure (double-click to edit)"))
            self.table.setItem(r, c, item)
        combo = QComboBox()
        combo.setObjectName(f"decision_{m.id}")
        for key in ("", *DECISIONS):
            combo.addItem(decision_name(key), key)
        combo.setCurrentIndex(max(0, combo.findData(m.decision)))
        combo.activated.connect(lambda _i, combo=combo, mid=m.id: self.decision_changed.emit(mid, combo.currentData()))
        self.table.setCellWidget(r, DECISION_COLUMN, combo)

    def _on_item_changed(self, item: QTableWidgetItem) -> None:
        if item.column() != NOTE_COLUMN:
            return
        measure_id = int(item.data(Qt.ItemDataRole.UserRole))
        old = next((r.measure.evaluation_note for r in self._rows if r.measure.id == measure_id), None)
        if old is not None and item.text() != old:
            self.note_changed.emit(measure_id, item.text())

    def decision_combo(self, measure_id: int) -> QComboBox | None:
        for r, row in enumerate(self._rows):
            if row.measure.id == measure_id:
                widget = self.table.cellWidget(r, DECISION_COLUMN)
                return widget if isinstance(widget, QComboBox) else None
        return None
