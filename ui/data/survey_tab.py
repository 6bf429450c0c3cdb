"""The data section's survey tab: NPS per period (with the answers behind each figure and its
95 % interval) and the answers' comments, filterable by promoters, passives and detractors."""

from __future__ import annotations

import html

import pandas as pd
from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.metrics.nps import GROUPS, compute_nps, nps_group
from planner.model import Period
from planner.survey.storage import answers_of, list_survey_imports, load_answers, remove_survey_import
from ui.parts.widgets import HintLabel
from ui.texts.dates import show_date
from ui.undo.document import ProjectDocument


def group_name(group: str) -> str:
    return {
        "promoter": QCoreApplication.translate("SurveyTab", "Promoter (9-10)"),
        "passive": QCoreApplication.translate("SurveyTab", "Passive (7-8)"),
        "detractor": QCoreApplication.translate("SurveyTab", "Detractor (0-6)"),
    }[group]


class SurveyTab(QWidget):
    import_requested = Signal()

    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self.summary = HintLabel()
        self.summary.setObjectName("survey_summary")
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_requested)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self._remove)
        top = QHBoxLayout()
        top.addWidget(self.summary, 1)
        top.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.remove_button, 0, Qt.AlignmentFlag.AlignTop)
        self.periods = QTableWidget()
        self.periods.setObjectName("nps_periods")
        self.periods.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.periods.verticalHeader().hide()
        self.periods.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.group_combo = QComboBox()
        self.group_combo.setObjectName("nps_group_filter")
        for key in ("", *GROUPS):
            self.group_combo.addItem("", key)
        self.with_comment = QCheckBox()
        self.with_comment.setChecked(True)
        self.group_combo.activated.connect(self._fill_answers)
        self.with_comment.toggled.connect(self._fill_answers)
        self.answers = QTableWidget()
        self.answers.setObjectName("nps_answers")
        self.answers.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.answers.verticalHeader().hide()
        self.answers.setWordWrap(True)
        self.answers.horizontalHeader().setStretchLastSection(True)
        self.answers.setSortingEnabled(True)
        self.filter_label = QLabel()
        self.filter_label.setBuddy(self.group_combo)
        filters = QHBoxLayout()
        filters.addWidget(self.filter_label)
        filters.addWidget(self.group_combo)
        filters.addWidget(self.with_comment)
        filters.addStretch(1)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addLayout(filters)
        lower_layout.addWidget(self.answers, 1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.periods)
        split.addWidget(lower)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(split, 1)
        self._frame = None
        self._customers: frozenset[str] | None = None  # a segment's customers, None for all
        self._segment_text = ""
        self.retranslate()

    def set_segment(self, customers: frozenset[str] | None, label: str) -> None:
        """Show the answers of a segment's customers only (the data section's Show bar)."""
        self._customers, self._segment_text = customers, label

    def refresh(self) -> None:
        has = self._doc.has_survey()
        self.remove_button.setEnabled(has and not self._doc.read_only)
        self._frame = answers_of(load_answers(self._doc.store), self._customers) if has else None
        if self._frame is not None:
            self._frame["group"] = nps_group(self._frame["score"])
        self._fill_periods()
        self._fill_answers()

    def _fill_periods(self) -> None:
        period = Period(self._doc.settings().period).value
        periods = compute_nps(self._frame, period) if self._frame is not None else []
        locale = QLocale()
        headers = [
            self.tr("Period"),
            self.tr("Answers"),
            self.tr("Promoters"),
            self.tr("Passives"),
            self.tr("Detractors"),
            self.tr("NPS"),
            self.tr("± (95 %)"),
        ]
        self.periods.clear()
        self.periods.setColumnCount(len(headers))
        self.periods.setHorizontalHeaderLabels(headers)
        self.periods.setRowCount(len(periods))
        for r, p in enumerate(periods):
            nps = "–" if p["nps"] is None else locale.toString(float(p["nps"]), "f", 1)
            margin = "–" if p["margin"] is None else locale.toString(float(p["margin"]), "f", 0)
            cells = [
                str(p["period"]) + (" *" if p["partial"] else ""),
                locale.toString(int(p["answers"])) + (" ?" if p["few_answers"] else ""),
                locale.toString(int(p["promoters"])),
                locale.toString(int(p["passives"])),
                locale.toString(int(p["detractors"])),
                nps,
                margin,
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.periods.setItem(r, c, item)
        if self._frame is None:
            self.summary.setText(
                self.tr(
                    "No survey answers yet. Import the answers to “How likely are you to recommend us?” "
                    "(0-10) to follow the Net Promoter Score beside the sales figures."
                )
            )
            return
        imports = list_survey_imports(self._doc.store)
        self.summary.setText(
            self.tr(
                "%1 answers from %2 import(s). NPS = % promoters − % detractors. * partial period; "
                "? fewer than 30 answers: the NPS moves a lot with a few people (see ±)."
            )
            .replace("%1", locale.toString(len(self._frame)))
            .replace("%2", str(len(imports)))
        )
        if self._customers is not None:
            self.summary.setText(
                self.tr(
                    "<b>Only the answers of customers in %1</b> (answers without a customer number are left out). "
                ).replace("%1", html.escape(self._segment_text))
                + self.summary.text()
            )

    def _fill_answers(self) -> None:
        headers = [self.tr("Date"), self.tr("Score"), self.tr("Group"), self.tr("Customer"), self.tr("Comment")]
        self.answers.setSortingEnabled(False)
        self.answers.clear()
        self.answers.setColumnCount(len(headers))
        self.answers.setHorizontalHeaderLabels(headers)
        frame = self._frame
        if frame is None:
            self.answers.setRowCount(0)
            return
        group = self.group_combo.currentData()
        shown = frame if not group else frame[frame["group"] == group]
        if self.with_comment.isChecked():
            shown = shown[shown["comment"].notna()]
        shown = shown.sort_values("date", ascending=False, kind="stable")
        self.answers.setRowCount(len(shown))
        for r, row in enumerate(shown.itertuples(index=False)):
            cells = [
                show_date(row.date.date()),
                str(row.score),
                group_name(row.group),
                "" if pd.isna(row.customer_id) else str(row.customer_id),
                "" if pd.isna(row.comment) else str(row.comment),
            ]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if c == 0:
                    item.setData(Qt.ItemDataRole.UserRole, row.date.isoformat())
                self.answers.setItem(r, c, item)
        self.answers.setSortingEnabled(True)
        self.answers.resizeColumnsToContents()

    def _remove(self) -> None:
        imports = list_survey_imports(self._doc.store)
        if not imports:
            return
        names = "<br>".join(html.escape(f"{i.source.rsplit('/', 1)[-1]} ({i.answers})") for i in imports)
        answer = QMessageBox.question(
            self,
            self.tr("Remove survey answers"),
            self.tr("Remove all survey answers from the plan? This cannot be undone.<br><br>%1").replace("%1", names),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        with self._doc.store.transaction():
            for survey in imports:
                remove_survey_import(self._doc.store, survey.id)
        self._doc.survey_changed.emit()

    def retranslate(self) -> None:
        self.import_button.setText(self.tr("Import survey answers…"))
        self.remove_button.setText(self.tr("Remove answers…"))
        self.filter_label.setText(self.tr("&Show:"))
        names = {"": self.tr("All answers")} | {g: group_name(g) for g in GROUPS}
        for i in range(self.group_combo.count()):
            self.group_combo.setItemText(i, names[self.group_combo.itemData(i)])
        self.with_comment.setText(self.tr("Only answers with a comment"))
        if self._frame is not None or self.periods.columnCount():
            self._fill_periods()
            self._fill_answers()
