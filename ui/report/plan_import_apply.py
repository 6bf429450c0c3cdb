"""Applying the chosen changes of a plan workbook: one undo step, written at once or, for a
large import, by a worker with its own connection in one transaction; then the summary."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QProgressDialog

from planner.errors import PlannerError
from planner.export.plan_apply import Step, apply_plan_import, undo_plan_import
from planner.export.plan_import import Change, PlanImport
from planner.store import ProjectStore
from ui.parts.tasks import run_task
from ui.report.plan_import_words import import_error_text, summary_text
from ui.texts.errors import show_error, task_failure_text
from ui.undo.commands import DocumentCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

if TYPE_CHECKING:
    from ui.report.plan_import import PlanImportDialog

# From this many chosen changes the import is written by a worker with its own connection
# (one transaction) while the window shows a progress bar: 5,000 rows took 6 s, the window
# stood still that long. Fewer are written at once (a few hundred milliseconds at most).
BACKGROUND_FROM = 200


class ImportPlanCommand(DocumentCommand):
    """All chosen changes of one workbook: one transaction, one undo step (which also
    forgets what the plan took in from the workbook, so it can be imported again).

    `applied`: the undo steps of a worker that already wrote the changes in its own
    transaction (a large import, see `BACKGROUND_FROM`); the first redo then only shows
    them, later redos write them again."""

    def __init__(
        self,
        doc: ProjectDocument,
        changes: list[Change],
        name: str,
        found: PlanImport | None = None,
        applied: list[Step] | None = None,
    ) -> None:
        super().__init__(doc, LazyText.translate("PlanImport", "Import plan changes from %1").arg(name))
        self._doc, self._changes, self._found = doc, changes, found
        self._undo_steps: list[Step] = []
        self._applied = applied

    def redo(self) -> None:
        if self._applied is not None:  # written by the worker: nothing to write now
            self._undo_steps, self._applied = self._applied, None
            self._doc.refresh_all()
            return
        super().redo()

    def _redo(self) -> None:
        self._undo_steps = apply_plan_import(self._doc.store, self._changes, self._found)
        self._doc.refresh_all()

    def _undo(self) -> None:
        undo_plan_import(self._doc.store, self._undo_steps)
        self._doc.refresh_all()


def apply_chosen(doc: ProjectDocument, dialog: PlanImportDialog, name: str) -> None:
    chosen = dialog.chosen()
    if len(chosen) >= BACKGROUND_FROM:
        _apply_in_worker(doc, dialog, name, chosen)
        return
    # even with nothing ticked the plan remembers the decisions, so the file does not ask again
    doc.undo_stack.push(ImportPlanCommand(doc, chosen, name, dialog.found))
    _show_summary(dialog, chosen, name)


def _apply_in_worker(doc: ProjectDocument, dialog: PlanImportDialog, name: str, chosen: list[Change]) -> None:
    """Write a large import off the GUI thread: a connection of its own (SQLite connections
    stay in their thread), one transaction, then one undo step that holds the worker's undo
    steps. The window stays painted and movable; the progress dialog keeps edits out
    meanwhile (they would wait on the worker's write lock)."""
    path, found = doc.store.path, dialog.found
    parent = dialog.parentWidget()
    progress = QProgressDialog(
        QCoreApplication.translate("PlanImport", "Applying the changes from %1…").replace("%1", name),
        "",
        0,
        100,
        parent,
    )
    progress.setObjectName("plan_import_progress")
    progress.setWindowTitle(QCoreApplication.translate("PlanImport", "Import plan from Excel"))
    progress.setCancelButton(None)  # one transaction: it is written whole or not at all
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(0)
    progress.setAutoClose(False)
    progress.setMinimumWidth(420)  # a long file name stays readable
    progress.setValue(0)
    progress.show()
    dialog.progress = progress

    def work(report, _cancelled) -> list[Step]:
        store = ProjectStore.open(path)
        try:
            return apply_plan_import(store, chosen, found, progress=report)
        finally:
            store.close()

    def close_progress() -> None:
        if dialog.progress is not None:
            dialog.progress.close()
            dialog.progress.deleteLater()
            dialog.progress = None

    def succeeded(steps: object) -> None:
        close_progress()
        if doc.closed:
            return
        assert isinstance(steps, list)
        doc.undo_stack.push(ImportPlanCommand(doc, chosen, name, found, applied=steps))
        _show_summary(dialog, chosen, name)

    def failed(error: object) -> None:
        close_progress()
        text = import_error_text(error) if isinstance(error, PlannerError) else None
        text = text or task_failure_text(error)
        doc.refresh_all()  # nothing was written; a colleague's change may have been the cause
        show_error(parent, QCoreApplication.translate("PlanImport", "Cannot import the plan"), text)
        dialog.apply_failed.emit(text)

    def finished() -> None:
        close_progress()
        doc.resume_watching()

    doc.pause_watching()  # the worker's commit is ours, not a colleague's change
    dialog.task = run_task(
        work,
        parent,
        on_success=succeeded,
        on_failure=failed,
        on_progress=lambda fraction, _text: progress.setValue(int(fraction * 100)),
        on_finish=finished,
    )


def _show_summary(dialog: PlanImportDialog, chosen: list[Change], name: str) -> None:
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("PlanImport", "Plan changes imported"),
        summary_text(chosen, len(dialog.found.changes), name),
        QMessageBox.StandardButton.Ok,
        dialog.parentWidget(),
    )
    box.setObjectName("plan_import_summary")
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.summary_box = box
    box.open()
    dialog.applied.emit()
