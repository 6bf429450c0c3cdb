"""Showing errors: expected ones as clear messages, unexpected ones logged with details.

`install_excepthook` routes every uncaught exception (GUI thread or worker thread) to the
log file and to one dialog with the details and a button to copy them, so a user never
meets a bare traceback or a silent failure.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QStandardPaths, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from planner.errors import PlannerError

log = logging.getLogger("retention_planner")


def log_file() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppLocalDataLocation) or ".")
    folder.mkdir(parents=True, exist_ok=True)
    return folder / "retention-planner.log"


def setup_logging() -> Path:
    path = log_file()
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    if not any(isinstance(h, logging.FileHandler) for h in root.handlers):
        root.addHandler(handler)
    root.setLevel(logging.INFO)
    return path


def show_error(parent: QWidget | None, title: str, message: str, details: str = "") -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def planner_error_text(error: PlannerError) -> str:
    """The error's message in the user's language (the planner writes English)."""
    name = Path(str(error.params.get("path", ""))).name
    texts = {
        "ProjectNotFoundError": QCoreApplication.translate("Errors", "The file %1 does not exist (any more)."),
        "NotAProjectError": QCoreApplication.translate(
            "Errors", "%1 is not a Retention Planner project.\n\nOpen a .rplan file created by Retention Planner."
        ),
        "DamagedProjectError": QCoreApplication.translate(
            "Errors", "%1 is damaged and cannot be opened.\n\nOpen a backup copy. The damaged file was not changed."
        ),
        "NewerVersionError": QCoreApplication.translate(
            "Errors",
            "%1 was saved by a newer version of Retention Planner.\n\n"
            "Update Retention Planner to open it. The file was not changed.",
        ),
        "photo_unreadable": QCoreApplication.translate(
            "Errors", "%1 cannot be used as a photo: it is not a picture, is damaged, or is far too large."
        ),
        "disk_full": QCoreApplication.translate(
            "Errors",
            "The disk holding %1 is full: the change was not saved, and the plan is as it was.\n\n"
            "Free some space (empty the recycle bin, move large files), then make the change again.",
        ),
        "disk_write_failed": QCoreApplication.translate(
            "Errors",
            "%1 could not be written: the change was not saved, and the plan is as it was.\n\n"
            "Check that the drive is still connected and writable, then make the change again.",
        ),
    }
    if error.code in texts:
        return texts[error.code].replace("%1", name)
    shared = shared_plan_error_text(error)
    if shared is not None:
        return shared
    sales = sales_error_text(error)
    if sales is not None:
        return sales
    return error.message + (f"\n\n{error.hint}" if error.hint else "")


def record_kind(table: str) -> str:
    return {
        "goal": QCoreApplication.translate("Errors", "goal"),
        "measure": QCoreApplication.translate("Errors", "measure"),
        "team_member": QCoreApplication.translate("Errors", "team member"),
        "touchpoint": QCoreApplication.translate("Errors", "touchpoint"),
        "persona": QCoreApplication.translate("Errors", "persona"),
        "stage": QCoreApplication.translate("Errors", "stage"),
        "checkin": QCoreApplication.translate("Errors", "check-in"),
        "idea_note": QCoreApplication.translate("Errors", "note"),
        "settings": QCoreApplication.translate("Errors", "project setting"),
    }.get(table, table)


def shared_plan_error_text(error: PlannerError) -> str | None:
    """A colleague with the same plan open deleted or changed what this user edits."""
    kind = record_kind(str(error.params.get("kind", "")))
    if error.code == "record_gone":
        return QCoreApplication.translate(
            "Errors",
            "This entry (%1) was deleted meanwhile, probably by someone else who has the plan open. "
            "Nothing was changed; the view now shows the plan as it is.",
        ).replace("%1", kind)
    if error.code == "damaged_import":
        return QCoreApplication.translate(
            "Errors",
            "The stored sales data of %1 is damaged and cannot be read. Everything else in the plan is intact.",
        ).replace("%1", str(error.params.get("names", "")))
    if error.code == "record_changed":
        return QCoreApplication.translate(
            "Errors",
            "This entry (%1) was changed meanwhile by someone else who has the plan open. Their "
            "change was kept and nothing was overwritten.",
        ).replace("%1", kind)
    return None


def sales_error_text(error: PlannerError) -> str | None:
    """Problems with a sales file, in the user's language (None: no translation known)."""
    p = {key: str(value) for key, value in error.params.items()}
    name = Path(p.get("path", "")).name or p.get("where", "")
    fix_file = QCoreApplication.translate(
        "Errors", "Open it in Excel or LibreOffice and save it again, or export it as CSV."
    )
    texts = {
        "file_missing": QCoreApplication.translate("Errors", "The file %1 does not exist."),
        "not_a_file": QCoreApplication.translate("Errors", "%1 is a folder, not a file."),
        "unsupported_type": QCoreApplication.translate(
            "Errors",
            "%1 cannot be imported: use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument "
            "sheet (.ods) or a CSV file.",
        ),
        "empty_file": QCoreApplication.translate("Errors", "%1 is empty."),
        "lock_file": QCoreApplication.translate(
            "Errors",
            "%1 is the lock file Excel or LibreOffice keeps beside a workbook while it is open, not the "
            "workbook itself. Choose the workbook without “~$” at the start of its name.",
        ),
        "too_large": QCoreApplication.translate("Errors", "%1 is larger than 2 GB."),
        "zip_bomb": QCoreApplication.translate(
            "Errors",
            "%1 unpacks to an absurd size and was not read, to protect your computer. If it is genuine, "
            "save it again from Excel or as CSV.",
        ),
        "damaged_file": QCoreApplication.translate("Errors", "%1 is damaged or not really the file type its name says.")
        + "\n\n"
        + fix_file,
        "no_sheets": QCoreApplication.translate("Errors", "%1 has no sheets."),
        "no_such_sheet": QCoreApplication.translate("Errors", "%1 has no sheet “%2”. Sheets: %3."),
        "empty_sheet": QCoreApplication.translate(
            "Errors", "The sheet “%2” in %1 is empty: choose the sheet with the sales rows."
        ),
        "not_text": QCoreApplication.translate("Errors", "%1 is not a text (CSV) file."),
        "bad_csv": QCoreApplication.translate(
            "Errors", "%1 cannot be read as CSV: check that every line has the same number of separators."
        ),
        "survey_no_answers": QCoreApplication.translate(
            "Errors",
            "%1: none of the rows has a readable date and a score from 0 to 10. Check which columns hold the "
            "date and the score.",
        ),
        "sheet_layout_differs": QCoreApplication.translate(
            "Errors",
            "The sheet “%2” does not have the columns %3 of the first sheet. Tick only sheets with the "
            "same columns, or import this sheet on its own.",
        ),
        "no_such_column": QCoreApplication.translate("Errors", "%1: there is no column “%2”. Columns: %3."),
        "missing_column": QCoreApplication.translate(
            "Errors",
            "%1: no column found for %2. Choose the columns in the import, or name them with --map. Columns: %3.",
        ),
        "no_rows": QCoreApplication.translate("Errors", "%1: there are no rows below the header."),
        "quote_not_closed": QCoreApplication.translate(
            "Errors",
            "%1, line %2: a quote opens a value there that is closed only on line %3, so the lines between "
            'were read as one value instead of rows. Remove the lone quote (") on line %2, or close it, and '
            "import the file again.",
        ),
        "no_usable_rows": QCoreApplication.translate(
            "Errors",
            "%1: none of the rows has a customer number, a readable date and an amount together. "
            "Check the column mapping and the header row.",
        ),
        "reader_failed": QCoreApplication.translate("Errors", "%1 could not be read.") + "\n\n" + fix_file,
        "too_large_or_damaged": QCoreApplication.translate(
            "Errors",
            "%1 is too large for this computer, or damaged; reading it was stopped to protect your "
            "computer. If it is genuine, save only the sales sheet again from Excel, or export it as CSV.",
        ),
        "too_large_for_memory": QCoreApplication.translate(
            "Errors",
            "%1 is too large for the free memory of this computer; reading it was stopped. Close other "
            "programs and try again, or export a shorter period per file and import the files one after another.",
        ),
        "cannot_write": QCoreApplication.translate(
            "Errors", "%1 cannot be written: choose another folder, or close the file if it is open in Excel."
        ),
        "participants_empty": QCoreApplication.translate(
            "Errors",
            "%1 holds no participants. Put one participant per row: the customer number or the e-mail address.",
        ),
        "participants_no_ids": QCoreApplication.translate(
            "Errors",
            "%1: no column holds customer numbers or e-mail addresses (one per row). Columns: %3. Export the "
            "list with the customer number or the e-mail address of each participant.",
        ),
        "participants_no_column": QCoreApplication.translate(
            "Errors", "The participants definition “%2” names no column. Write it as COLUMN=VALUE, e.g. Kundenkarte=ja."
        ),
        "participants_unknown_column": QCoreApplication.translate(
            "Errors",
            "The sales data has no column “%2” to choose the participants by. Choose the participants again; "
            "columns of the sales data: %3.",
        ),
    }
    text = texts.get(error.code)
    if text is None:
        return None
    if "fields" in p:  # field keys in the user's words
        words = {
            "customer_id": QCoreApplication.translate("ImportFields", "Customer ID"),
            "date": QCoreApplication.translate("ImportFields", "Date"),
            "amount": QCoreApplication.translate("ImportFields", "Amount"),
        }
        p["fields"] = ", ".join(words.get(f.strip(), f.strip()) for f in p["fields"].split(","))
    second = p.get("sheet", p.get("column", p.get("fields", p.get("line", ""))))
    third = p.get("sheets", p.get("columns", p.get("end_line", "")))
    return text.replace("%1", name).replace("%2", second).replace("%3", third)


def task_failure_text(exc: object) -> str:
    """What a failed import worker says to the user; anything else is a bug and is raised
    again (to the error dialog and the log)."""
    if isinstance(exc, PlannerError):
        return planner_error_text(exc)
    if isinstance(exc, MemoryError):
        return QCoreApplication.translate("Errors", "The file is too large for the memory of this computer.")
    raise exc  # type: ignore[misc]


def show_planner_error(parent: QWidget | None, title: str, error: PlannerError) -> None:
    """A problem the user can fix: their message, no traceback."""
    show_error(parent, title, planner_error_text(error))


# False for runs nobody watches (--screenshot): an unexpected error then ends the run with
# one line on stderr instead of waiting for a click on a dialog that nobody sees
INTERACTIVE = True


def show_expected(error: PlannerError) -> None:
    """A planner error that escaped a slot (e.g. a record a colleague deleted a moment
    ago): the user's message in a dialog that does not block, no traceback."""
    log.info("Shown to the user: %s", error)
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("Errors", "Retention Planner"),
        planner_error_text(error),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    box.setObjectName("expected_error")
    _OPEN_BOXES.append(box)  # Python owns a box without a parent: keep it until it closes
    box.finished.connect(lambda _result: _OPEN_BOXES.remove(box))
    box.open()


_OPEN_BOXES: list[QMessageBox] = []


def show_unexpected(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
    details = "".join(traceback.format_exception(exc_type, exc, tb))
    log.error("Unexpected error\n%s", details)
    if not INTERACTIVE:
        print(
            f"retention-planner: internal error ({exc_type.__name__}: {exc}); details in {log_file()}", file=sys.stderr
        )
        os._exit(3)
        return
    app = QApplication.instance()
    if app is None:
        return
    box = QMessageBox(
        QMessageBox.Icon.Critical,
        QCoreApplication.translate("Errors", "Unexpected error"),
        QCoreApplication.translate(
            "Errors",
            "Something went wrong that should not have. Your confirmed changes are saved.\n\n"
            "Details were written to the log file:\n%1",
        ).replace("%1", str(log_file())),
        QMessageBox.StandardButton.Ok,
        QApplication.activeWindow(),
    )
    copy = box.addButton(QCoreApplication.translate("Errors", "Copy details"), QMessageBox.ButtonRole.ActionRole)
    box.setDetailedText(details)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def install_excepthook() -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        if isinstance(exc, PlannerError) and INTERACTIVE:
            show_expected(exc)
            return
        show_unexpected(exc_type, exc, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        exc = args.exc_value or args.exc_type()
        # dialogs belong to the GUI thread
        QTimer.singleShot(0, lambda: show_unexpected(args.exc_type, exc, args.exc_traceback))

    sys.excepthook = hook
    threading.excepthook = thread_hook
