"""File > Import plan from Excel: the preview of every change an edited plan workbook asks
for, each with a tick box (deletions and new team members are offered, not forced), the
cells that do not fit with their address, and applying as one undo step."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from planner.errors import PlannerError
from planner.export import plan_texts as tx
from planner.export.plan_apply import Step, apply_plan_import, undo_plan_import
from planner.export.plan_import import Change, PlanImport, read_plan_import
from ui.commands import DocumentCommand
from ui.document import ProjectDocument
from ui.errors import show_planner_error
from ui.folders import start_path
from ui.undo_text import LazyText


class ImportPlanCommand(DocumentCommand):
    """All chosen changes of one workbook: one transaction, one undo step."""

    def __init__(self, doc: ProjectDocument, changes: list[Change], name: str) -> None:
        super().__init__(doc, LazyText.translate("PlanImport", "Import plan changes from %1").arg(name))
        self._doc, self._changes = doc, changes
        self._undo_steps: list[Step] = []

    def _redo(self) -> None:
        self._undo_steps = apply_plan_import(self._doc.store, self._changes)
        self._doc.refresh_all()

    def _undo(self) -> None:
        undo_plan_import(self._doc.store, self._undo_steps)
        self._doc.refresh_all()


class PlanImportDialog(QDialog):
    def __init__(self, found: PlanImport, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.found = found
        self.setWindowTitle(self.tr("Import plan from Excel — %1").replace("%1", name))
        self.resize(860, 520)
        layout = QVBoxLayout(self)
        count = len(found.changes)
        self.summary = QLabel(
            self.tr("Changes the workbook asks for: %1. Untick what should not be applied.").replace("%1", str(count))
            if count
            else self.tr("The workbook asks for no change: it matches the plan.")
        )
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.tree = QTreeWidget()
        self.tree.setObjectName("plan_import_changes")
        self.tree.setHeaderLabels([self.tr("Change"), self.tr("Where"), self.tr("Before"), self.tr("After")])
        self.tree.setRootIsDecorated(False)
        self.tree.setAlternatingRowColors(True)
        for change in found.changes:
            item = QTreeWidgetItem([self._what(change), self._where(change), _shown(change.old), _shown(change.new)])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked)
            item.setToolTip(0, self._what(change))
            self.tree.addTopLevelItem(item)
        for column, width in enumerate((300, 150, 180)):
            self.tree.setColumnWidth(column, width)
        layout.addWidget(self.tree, 1)
        self.problems = QLabel()
        self.problems.setObjectName("plan_import_problems")
        self.problems.setWordWrap(True)
        self.problems.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        if found.problems:
            lines = [self.tr("Left out, because the value does not fit:")]
            lines += [f"• {p.sheet} {p.cell}: {p.message}".replace("  ", " ") for p in found.problems]
            self.problems.setText("\n".join(lines))
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
            for row, change in enumerate(self.found.changes)
            if self.tree.topLevelItem(row).checkState(0) == Qt.CheckState.Checked
        ]

    def _what(self, change: Change) -> str:
        table = {
            "goal": self.tr("goal"),
            "measure": self.tr("measure"),
            "touchpoint": self.tr("touchpoint"),
            "persona": self.tr("persona"),
            "member": self.tr("team member"),
        }[change.table]
        if change.kind == "add":
            return self.tr("New %1").replace("%1", table)
        if change.kind == "delete":
            return self.tr("Delete %1 (its row is gone)").replace("%1", table)
        column = tx.pick(tx.HEADERS.get(change.field or "", (change.field or "",) * 2), self.found.language)
        return self.tr("Change %1: %2").replace("%1", table).replace("%2", column)  # column as the sheet names it

    def _where(self, change: Change) -> str:
        if change.row is None:
            return change.sheet
        return self.tr("%1, row %2").replace("%1", change.sheet).replace("%2", str(change.row))


def _shown(value: object) -> str:
    return "" if value is None else str(value)


def import_plan_dialog(parent: QWidget, doc: ProjectDocument, path: Path | None = None) -> PlanImportDialog | None:
    """Ask for the workbook (unless given), show the preview, apply what is chosen."""
    if path is None:
        name, _ = QFileDialog.getOpenFileName(
            parent,
            QCoreApplication.translate("PlanImport", "Import plan from Excel"),
            start_path(""),
            QCoreApplication.translate("PlanImport", "Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
    try:
        found = read_plan_import(doc.store, path)
    except PlannerError as error:
        show_planner_error(parent, QCoreApplication.translate("PlanImport", "Cannot import the plan"), error)
        return None
    dialog = PlanImportDialog(found, path.name, parent)
    dialog.accepted.connect(lambda: _apply(doc, dialog, path.name))
    dialog.open()
    return dialog


def _apply(doc: ProjectDocument, dialog: PlanImportDialog, name: str) -> None:
    chosen = dialog.chosen()
    if chosen:
        doc.undo_stack.push(ImportPlanCommand(doc, chosen, name))
