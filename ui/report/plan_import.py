"""File > Import plan from Excel: the preview of every change an edited plan workbook asks
for, each with a tick box, and applying as one undo step, then a summary of what changed.

Everything is said in the window's language, whatever the workbook's: changes, values
(dates as the language writes them, choices in its words), and the cells that were not
read, which the planner hands over as codes. A field changed in the plan and in the
workbook since the export comes first, unticked, with both values: the user decides.
Deletions and new team members are offered, not forced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressDialog,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.export.plan_import import Change, PlanImport, read_plan_import
from ui.parts.tasks import Task
from ui.prefs.folders import ask_open_file
from ui.report.plan_import_apply import apply_chosen
from ui.report.plan_import_words import column_name, import_error_text, problem_text, record_noun, show_value
from ui.texts.errors import show_error, show_planner_error
from ui.undo.document import ProjectDocument

CONFLICT_BACKGROUND = QColor("#fff1d6")


class PlanImportDialog(QDialog):
    applied = Signal()  # the changes are in the plan and the summary is shown
    apply_failed = Signal(str)  # nothing was written; the message shown to the user

    def __init__(self, found: PlanImport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.name = name
        self.summary_box: QMessageBox | None = None  # the summary shown after applying
        self.progress: QProgressDialog | None = None  # while a worker applies a large import
        self.task: Task | None = None
        self.setWindowTitle(self.tr("Import plan from Excel — %1").replace("%1", name))
        self.resize(900, 540)
        layout = QVBoxLayout(self)
        # the changes made on both sides first: they need a decision
        self.changes = sorted(found.changes, key=lambda c: not c.conflict)
        count = len(self.changes)
        conflicts = sum(1 for c in self.changes if c.conflict)
        if count:
            text = self.tr("Changes in the workbook since the export: %1. Untick what should not be applied.").replace(
                "%1", str(count)
            )
            if conflicts:
                text += " " + self.tr(
                    "Changed in the plan as well: %1 (at the top, unticked). Tick those where the "
                    "workbook's value should win."
                ).replace("%1", str(conflicts))
        else:
            text = self.tr("The workbook has no changes since the export: the plan is up to date.")
        if found.older:
            text += " " + self.tr(
                "Values in this file that are older than what a later version of it brought in: %1. "
                "The plan keeps the newer ones."
            ).replace("%1", str(found.older))
        self.summary = QLabel(text)
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_import_changes")
        self.tree.setHeaderLabels(
            [self.tr("Change"), self.tr("Where"), self.tr("In the plan"), self.tr("In the workbook")]
        )
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for change in self.changes:
            before, after = self._values(change)
            item = QTreeWidgetItem([self._what(change), self._where(change), before, after])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Unchecked if change.conflict else Qt.CheckState.Checked)
            tip = self._tooltip(change)
            for column in range(4):
                item.setToolTip(column, tip)
                if change.conflict:
                    item.setBackground(column, QBrush(CONFLICT_BACKGROUND))
                    item.setForeground(column, QBrush(QColor("#1F2933")))
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((330, 150, 170)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        self.problems = QLabel()
        self.problems.setObjectName("plan_import_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.problems.setText(self._problems_text())
        if found.problems:
            self.problems.setStyleSheet("color: #8a4b00;")
        layout.addWidget(self.problems)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setEnabled(bool(count))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def chosen(self) -> list[Change]:
        return [
            change
            for row, change in enumerate(self.changes)
            if self.tree.topLevelItem(row).checkState(0) == Qt.CheckState.Checked
        ]

    def _values(self, change: Change) -> tuple[str, str]:
        if change.kind == "add":
            return "", show_value(change.value_kind, change.after)
        if change.kind == "delete":
            return show_value(change.value_kind, change.before), ""
        return show_value(change.value_kind, change.before), show_value(change.value_kind, change.after)

    def _what(self, change: Change) -> str:
        noun = record_noun(change.table)
        if change.kind == "add":
            return self.tr("New: %1").replace("%1", noun)
        title = show_value("checkin" if change.table == "checkin" else "title", change.title)
        if change.kind == "delete":
            return self.tr("Delete %1 “%2” (its row is gone)").replace("%1", noun).replace("%2", title)
        text = (
            self.tr("%1 “%2”: %3")
            .replace("%1", noun)
            .replace("%2", title)
            .replace("%3", column_name(change.field or ""))
        )
        if change.conflict:
            text += " — " + self.tr("changed in the plan too")
        return text

    def _where(self, change: Change) -> str:
        if change.row is None:
            return change.sheet
        return self.tr("%1, row %2").replace("%1", change.sheet).replace("%2", str(change.row))

    def _tooltip(self, change: Change) -> str:
        if not change.conflict:
            return self._what(change)
        if change.kind == "delete":
            return self.tr(
                "Its row was deleted in the workbook, and the plan changed it since the export. Ticked: it is "
                "deleted; unticked: it stays."
            )
        return (
            self.tr(
                "Since the export this was changed in the plan (now: %1) and in the workbook (%2); when exported "
                "it was %3. Ticked: the workbook's value is taken; unticked: the plan keeps its value."
            )
            .replace("%1", show_value(change.value_kind, change.before) or "–")
            .replace("%2", show_value(change.value_kind, change.after) or "–")
            .replace("%3", show_value(change.value_kind, change.exported) or "–")
        )

    def _problems_text(self) -> str:
        lines: list[str] = []
        left_out = [p for p in self.found.problems if p.code != "read_only"]
        read_only = [p for p in self.found.problems if p.code == "read_only"]
        for heading, problems in (
            (self.tr("Left out, because the value does not fit:"), left_out),
            (self.tr("Changed in cells that are only shown for reading (these are not read back):"), read_only),
        ):
            if problems:
                lines.append(heading)
                lines += [
                    f"• {p.sheet} {p.cell}: {problem_text(p, self.found.language)}".replace("  ", " ") for p in problems
                ]
        return "\n".join(lines)


def import_plan_dialog(parent: QWidget, doc: ProjectDocument, path: Path | None = None) -> PlanImportDialog | None:
    """Ask for the workbook (unless given), show the preview, apply what is chosen."""
    if path is None:
        path = ask_open_file(
            parent,
            "plan_workbook",
            QCoreApplication.translate("PlanImport", "Import plan from Excel"),
            QCoreApplication.translate("PlanImport", "Excel workbooks (*.xlsx)"),
        )
        if path is None:
            return None
    try:
        found = read_plan_import(doc.store, path)
    except PlannerError as error:
        title = QCoreApplication.translate("PlanImport", "Cannot import the plan")
        text = import_error_text(error)
        if text is None:
            show_planner_error(parent, title, error)
        else:
            show_error(parent, title, text)
        return None
    dialog = PlanImportDialog(found, path.name, parent)
    dialog.accepted.connect(lambda: apply_chosen(doc, dialog, path.name))
    dialog.open()
    return dialog
