"""File > Import plan from Excel: the preview of every change an edited plan workbook asks
for, each with a tick box, and applying as one undo step, then a summary of what changed.

Everything is said in the window's language, whatever the workbook's: changes, values
(dates as the language writes them, choices in its words), and the cells that were not
read, which the planner hands over as codes. A field changed in the plan and in the
workbook since the export comes first, unticked, with both values: the user decides.
Deletions and new team members are offered, not forced."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Qt, Signal
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
from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_apply import Step, apply_plan_import, undo_plan_import
from planner.export.plan_import import Change, PlanImport, Problem, read_plan_import
from planner.store import ProjectStore
from ui.parts.tasks import Task, run_task
from ui.prefs.folders import ask_open_file
from ui.texts.dates import is_german, show_date
from ui.texts.errors import show_error, show_planner_error, task_failure_text
from ui.undo.commands import DocumentCommand
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText

CONFLICT_BACKGROUND = QColor("#fff1d6")
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


def window_language() -> str:
    return "de" if is_german() else "en"


def show_number(value: object) -> str:
    """A number as the window's language writes it (1.250,5 in German)."""
    if not isinstance(value, (int, float)) or isinstance(value, bool):
        return "" if value is None else str(value)
    text = QLocale().toString(float(value), "f", 2)
    point = QLocale().decimalPoint()
    return text.rstrip("0").rstrip(point) if point in text else text


def show_value(kind: str, value: object) -> str:
    """A value of a change as the window shows it: dates and numbers in its language,
    choices in its words."""
    if value is None or value in ("", ()):
        return ""
    if kind in ("date", "needed_date"):
        return show_date(str(value)) or str(value)
    if kind in ("number", "needed_number"):
        return show_number(value)
    if kind in pc.CHOICES:
        pair = pc.CHOICES[kind][0].get(str(value))
        return str(value) if pair is None else tx.pick(pair, window_language())
    if kind == "checkin" and isinstance(value, tuple) and len(value) == 3:
        goal, day, number = value
        return f"{goal}, {show_date(str(day))}: {show_number(number)}"
    return str(value)


def record_noun(table: str) -> str:
    return {
        "goal": QCoreApplication.translate("PlanImport", "Goal"),
        "measure": QCoreApplication.translate("PlanImport", "Measure"),
        "checkin": QCoreApplication.translate("PlanImport", "Check-in"),
        "touchpoint": QCoreApplication.translate("PlanImport", "Touchpoint"),
        "persona": QCoreApplication.translate("PlanImport", "Persona"),
        "member": QCoreApplication.translate("PlanImport", "Team member"),
        "stage": QCoreApplication.translate("PlanImport", "Journey stage"),
    }.get(table, table)


def column_name(key: str) -> str:
    """A column of the workbook in the window's language."""
    return tx.pick(tx.HEADERS.get(key, (key, key)), window_language())


def problem_text(problem: Problem, workbook_language: str) -> str:
    """Why a cell was not read, in the window's language."""
    p = {key: str(value) for key, value in problem.params.items()}
    value = p.get("value", "")
    translate = QCoreApplication.translate
    if problem.code == "unknown_name":
        texts = {
            "goal": translate("PlanImport", "There is no goal “%1” in the plan"),
            "touchpoint": translate("PlanImport", "There is no touchpoint “%1” in the plan"),
            "persona": translate("PlanImport", "There is no persona “%1” in the plan"),
            "stage": translate("PlanImport", "There is no journey stage “%1” in the plan"),
        }
        text = texts.get(p.get("what", ""), texts["goal"]).replace("%1", value)
    elif problem.code == "read_only":
        where = p.get("where", "")
        if where in tx.SHEETS:
            sheet = tx.pick(tx.SHEETS[where], workbook_language)
            text = translate(
                "PlanImport", "Shown here for reading only, not read back: change it in the sheet “%1”"
            ).replace("%1", sheet)
        elif where == "computed":
            text = translate("PlanImport", "Filled in by the app, not read back")
        else:
            text = translate("PlanImport", "This column holds nothing for such a row; not read back")
    elif problem.code == "not_a_choice":
        table = pc.CHOICES.get(p.get("choice", ""), ({}, {}))[0]
        choices = ", ".join(tx.pick(pair, window_language()) for pair in table.values())
        text = translate("PlanImport", "“%1” is not one of: %2").replace("%1", value).replace("%2", choices)
    else:
        texts = {
            "name_needed": translate("PlanImport", "A name is needed here"),
            "not_a_date": translate("PlanImport", "“%1” is not a date (write it as a date, e.g. %2)"),
            "date_needed": translate("PlanImport", "A date is needed here"),
            "not_a_number": translate("PlanImport", "“%1” is not a number"),
            "number_needed": translate("PlanImport", "A number is needed here"),
            "not_whole": translate("PlanImport", "“%1” is not a whole number from %2 to %3"),
            "one_stage": translate("PlanImport", "Name exactly one journey stage"),
            "one_goal": translate("PlanImport", "Name exactly one goal"),
            "goal_needed": translate("PlanImport", "A new check-in needs the goal it belongs to"),
            "stage_needed": translate("PlanImport", "A new touchpoint needs its journey stage"),
            "sheet_missing": translate(
                "PlanImport", "The sheet “%1” is missing or has no id column; nothing in it was read"
            ),
            "bad_id": translate("PlanImport", "“%1” is not an id written by Retention Planner"),
            "record_gone": translate(
                "PlanImport", "This row's %1 was deleted in the plan since the export; its changes were left out"
            ),
            "text_at_limit": translate(
                "PlanImport",
                "The text has %1 characters, as many as an Excel cell holds, so it was most likely cut when the "
                "file was saved; edit long texts in the app",
            ),
        }
        text = texts.get(problem.code, problem.message)
        second = show_date("2027-03-31") if problem.code == "not_a_date" else _signed(p.get("low", ""))
        first = p.get("name", "") if problem.code == "sheet_missing" else value
        if problem.code == "text_at_limit":
            first = show_number(int(p.get("length", "0")))
        if problem.code == "record_gone":
            first = record_noun(p.get("what", ""))
        text = text.replace("%1", first).replace("%2", second).replace("%3", _signed(p.get("high", "")))
    if problem.outcome == "row":
        text += QCoreApplication.translate("PlanImport", "; the whole row was left out")
    return text


def _signed(text: str) -> str:
    """A bound of a range as the emotion column writes it (a minus sign, a plus sign)."""
    try:
        number = int(text)
    except ValueError:
        return text
    return f"{number:+d}".replace("+0", "0").replace("-", "−")


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


def summary_text(chosen: list[Change], offered: int, name: str) -> str:
    """What applying did: counts per kind, what was left as it is, and how to undo it."""
    translate = QCoreApplication.translate
    lines = [translate("PlanImport", "Taken from %1:").replace("%1", name)]
    updates = sum(1 for c in chosen if c.kind == "update")
    if updates:
        lines.append("• " + translate("PlanImport", "Values changed: %1").replace("%1", str(updates)))
    added = {
        "goal": translate("PlanImport", "New goals: %1"),
        "measure": translate("PlanImport", "New measures: %1"),
        "checkin": translate("PlanImport", "New check-ins: %1"),
        "touchpoint": translate("PlanImport", "New touchpoints: %1"),
        "persona": translate("PlanImport", "New personas: %1"),
        "member": translate("PlanImport", "New team members: %1"),
    }
    for table, text in added.items():
        count = sum(1 for c in chosen if c.kind == "add" and c.table == table)
        if count:
            lines.append("• " + text.replace("%1", str(count)))
    deleted = sum(1 for c in chosen if c.kind == "delete")
    if deleted:
        lines.append("• " + translate("PlanImport", "Deleted: %1").replace("%1", str(deleted)))
    if offered > len(chosen):
        lines.append(
            "• "
            + translate(
                "PlanImport", "Left as they are in the plan: %1 (this workbook will not offer them again)"
            ).replace("%1", str(offered - len(chosen)))
        )
    lines.append("")
    lines.append(translate("PlanImport", "To take it all back: Edit > Undo (Ctrl+Z)."))
    return "\n".join(lines)


def import_error_text(error: PlannerError) -> str | None:
    """The import's own refusals in the window's language (None: not one of them)."""
    name = Path(str(error.params.get("path", ""))).name
    texts = {
        "not_a_plan_workbook": QCoreApplication.translate(
            "PlanImport",
            "%1 is not a plan workbook exported by Retention Planner; nothing was changed.\n\n"
            "Export the plan with File > Export plan as Excel workbook, edit that file, and import it.",
        ),
        "other_plan": QCoreApplication.translate(
            "PlanImport",
            "%1 was exported from another plan; nothing was changed.\n\n"
            "Open the plan the workbook came from, and import it there.",
        ),
        "workbook_unreadable": QCoreApplication.translate(
            "PlanImport",
            "%1 cannot be read as an Excel workbook.\n\nChoose a plan workbook (.xlsx) exported by Retention Planner.",
        ),
        "workbook_missing": QCoreApplication.translate("PlanImport", "%1 does not exist (any more)."),
        "workbook_too_large": QCoreApplication.translate(
            "PlanImport",
            "%1 unpacks to far more than any plan workbook; it was not read to protect your computer, and "
            "nothing was changed.\n\nExport the plan again and make the edits in that file.",
        ),
        "too_many_rows": QCoreApplication.translate(
            "PlanImport",
            "The sheet “%2” in %1 has more than 5,000 rows, far more than a plan holds; nothing was changed.\n\n"
            "Import a plan workbook exported by Retention Planner, with the rows you edited or added.",
        ),
    }
    text = texts.get(error.code)
    sheet = str(error.params.get("sheet", ""))
    return None if text is None else text.replace("%1", name).replace("%2", sheet)


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
    dialog.accepted.connect(lambda: _apply(doc, dialog, path.name))
    dialog.open()
    return dialog


def _apply(doc: ProjectDocument, dialog: PlanImportDialog, name: str) -> None:
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
