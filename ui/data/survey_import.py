"""Importing survey answers (NPS): a file, its sheet, four columns (date and score required;
customer and comment optional) guessed and changeable, and the report before anything is
stored. Surveys are small, so the check runs at once on every change of the mapping."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.sales.isolated import read_table_isolated
from planner.sales.reader import RawTable, SheetInfo, list_sheets
from planner.survey.answers import FIELDS, REQUIRED, SurveyReport, clean_answers, guess_survey_mapping
from planner.survey.storage import append_answers, count_overlap
from ui.parts.tasks import Task, run_task
from ui.prefs.folders import ask_open_file
from ui.texts.errors import planner_error_text, task_failure_text
from ui.texts.field_names import column_name
from ui.undo.document import ProjectDocument


class SurveyImportDialog(QDialog):
    imported = Signal()

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._raw: RawTable | None = None
        self._table: pd.DataFrame | None = None
        self._report: SurveyReport | None = None
        self._task: Task | None = None
        self.setWindowTitle(self.tr("Import survey answers"))
        self.resize(760, 560)
        self.path_edit = QLineEdit()
        self.path_edit.setReadOnly(True)
        browse = QPushButton(self.tr("&Choose file…"))
        browse.clicked.connect(self._browse)
        self.sheet_combo = QComboBox()
        self.sheet_combo.activated.connect(self._read_current_sheet)
        row = QHBoxLayout()
        row.addWidget(self.path_edit, 1)
        row.addWidget(self.sheet_combo)
        row.addWidget(browse)
        intro = QLabel(
            self.tr(
                "A list of answers to “How likely are you to recommend us?” (0 to 10), with the date of each "
                "answer and, if you have them, the customer number and a comment."
            )
        )
        intro.setWordWrap(True)
        form = QFormLayout()
        self.field_combos: dict[str, QComboBox] = {}
        names = {
            "date": self.tr("Date *"),
            "score": self.tr("Score 0-10 *"),
            "customer_id": self.tr("Customer number"),
            "comment": self.tr("Comment"),
        }
        for name in FIELDS:
            combo = QComboBox()
            combo.setObjectName(f"survey_{name}")
            combo.activated.connect(self._check)
            self.field_combos[name] = combo
            form.addRow(names[name] + ":", combo)
        self.report_label = QLabel()
        self.report_label.setObjectName("survey_report")
        self.report_label.setWordWrap(True)
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setEnabled(False)
        self.import_button.clicked.connect(self._import)
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.import_button)
        buttons.addWidget(cancel)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addLayout(form)
        layout.addWidget(self.report_label, 1)
        layout.addLayout(buttons)
        self.sheet_combo.hide()

    # -- reading ----------------------------------------------------------------------

    def _browse(self) -> None:
        path = ask_open_file(
            self,
            "survey",
            self.tr("Choose survey answers"),
            self.tr("Survey answers (%1);;All files (*)").replace("%1", "*.xlsx *.xlsm *.xls *.ods *.csv *.txt"),
        )
        if path is not None:
            self.open_file(path)

    def open_file(self, path: Path) -> None:
        self.path_edit.setText(str(path))
        self._start(lambda progress, cancelled: list_sheets(path), self._on_sheets, self.tr("Looking at the file…"))

    def _on_sheets(self, sheets: list[SheetInfo]) -> None:
        self.sheet_combo.clear()
        for info in sheets:
            self.sheet_combo.addItem(info.name, info.name)
        filled = [i for i, info in enumerate(sheets) if info.data_rows > 0] or [0]
        self.sheet_combo.setCurrentIndex(filled[0])
        self.sheet_combo.setVisible(len(sheets) > 1)
        self._read_current_sheet()

    def _read_current_sheet(self) -> None:
        path, sheet = Path(self.path_edit.text()), self.sheet_combo.currentData()
        self._start(
            lambda progress, cancelled: read_table_isolated(path, sheet, progress=progress, cancelled=cancelled),
            self._on_read,
            self.tr("Reading the answers…"),
        )

    def _on_read(self, raw: RawTable) -> None:
        self._raw = raw
        guessed = guess_survey_mapping(raw.frame)
        for name, combo in self.field_combos.items():
            combo.clear()
            combo.addItem(self.tr("— not in the file —"), "")
            for column in raw.columns:
                combo.addItem(column_name(column), column)
            combo.setCurrentIndex(max(0, combo.findData(guessed.get(name, ""))))
        self._check()

    # -- checking and importing -------------------------------------------------------

    def mapping(self) -> dict[str, str]:
        return {name: combo.currentData() for name, combo in self.field_combos.items() if combo.currentData()}

    def _check(self) -> None:
        self._table = self._report = None
        self.import_button.setEnabled(False)
        if self._raw is None:
            return
        mapping = self.mapping()
        if any(name not in mapping for name in REQUIRED):
            self._say(self.tr("Choose the columns for the date and the score."), error=True)
            return
        try:
            table, report = clean_answers(self._raw, mapping)
        except PlannerError as error:
            self._say(planner_error_text(error), error=True)
            return
        self._table, self._report = table, report
        self.report_label.setText(self._report_html(report, count_overlap(self._doc.store, table)))
        self.import_button.setEnabled(not self._doc.read_only)

    def _report_html(self, report: SurveyReport, overlap: int) -> str:
        n = QLocale().toString
        lines = [
            self.tr("<b>%1</b> answers used of %2 rows read.")
            .replace("%1", n(report.rows_used))
            .replace("%2", n(report.rows_read))
        ]
        if report.rows_bad_score:
            lines.append(
                self.tr("%1 rows have no score from 0 to 10 (e.g. %2; rows %3 …): left out.")
                .replace("%1", n(report.rows_bad_score))
                .replace("%2", ", ".join(f"“{v}”" for v in report.bad_scores) or "–")
                .replace("%3", ", ".join(map(str, report.examples.get("rows_bad_score", []))))
            )
        if report.rows_bad_date:
            lines.append(
                self.tr("%1 rows have no readable date (rows %2 …): left out.")
                .replace("%1", n(report.rows_bad_date))
                .replace("%2", ", ".join(map(str, report.examples.get("rows_bad_date", []))))
            )
        lines.append(
            self.tr("With a customer number: %1; with a comment: %2.")
            .replace("%1", n(report.with_customer))
            .replace("%2", n(report.with_comment))
        )
        if overlap:
            lines.append(
                self.tr("%1 of these answers are already in the plan and will not be counted twice.").replace(
                    "%1", n(overlap)
                )
            )
        lines.append(self.tr("Nothing is stored until you click Import."))
        return "<br>".join(lines)

    def _import(self) -> None:
        if self._table is None or self._report is None:
            return
        try:
            append_answers(self._doc.store, self._table, self._report)
        except PlannerError as error:
            self._say(planner_error_text(error), error=True)
            return
        self._doc.survey_changed.emit()
        self.imported.emit()
        self.accept()

    # -- helpers ----------------------------------------------------------------------

    def _say(self, text: str, *, error: bool = False) -> None:
        color = "#C0392B" if error else "palette(text)"
        self.report_label.setText(f"<span style='color:{color}'>{text}</span>")

    def _start(self, work, on_success, text: str) -> None:
        self._say(text)
        self._task = run_task(work, self, on_success=on_success, on_failure=self._fail)

    def _fail(self, exc: object) -> None:
        self._say(task_failure_text(exc), error=True)
