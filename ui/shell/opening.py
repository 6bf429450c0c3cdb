"""The questions asked while a plan is opened: someone else has it open, or part of its
stored sales data is damaged (each returns the user's choice; the main window acts on it),
what the read-only bar says, and which dropped files the window takes."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QMessageBox, QWidget

from planner.lock import LockInfo
from planner.sales.reader import SUPPORTED_SUFFIXES
from planner.sales.storage import DamagedImport, damaged_error
from planner.store import PROJECT_SUFFIX
from ui.texts.errors import planner_error_text


def in_use_text(holder: LockInfo) -> str:
    """Who has the plan open for editing, since when (a time today, else date and time)."""
    try:
        opened = datetime.fromisoformat(holder.opened_at).astimezone()
        when = opened.strftime("%H:%M") if opened.date() == datetime.now().date() else opened.strftime("%Y-%m-%d %H:%M")
    except ValueError:
        when = holder.opened_at
    return (
        QCoreApplication.translate("MainWindow", "%1 on %2 has had this plan open for editing since %3.")
        .replace("%1", holder.user)
        .replace("%2", holder.host)
        .replace("%3", when)
    )


def read_only_text(holder: LockInfo | None) -> str:
    text = QCoreApplication.translate("MainWindow", "You are looking at the plan read-only; it updates as they save.")
    return f"{in_use_text(holder)} {text}" if holder is not None else text


def dropped_file(event: QDropEvent | QDragEnterEvent) -> Path | None:
    """The file a drop on the window brings, if the window can take it: a plan (opened)
    or sales data (imported)."""
    urls = event.mimeData().urls()
    if not urls or not urls[0].isLocalFile():
        return None
    path = Path(urls[0].toLocalFile())
    return path if path.suffix.lower() in SUPPORTED_SUFFIXES | {PROJECT_SUFFIX} else None


def ask_plan_in_use(parent: QWidget, holder: LockInfo) -> str | None:
    """ "read_only", "take_over" or None (cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Information,
        QCoreApplication.translate("MainWindow", "Plan in use"),
        in_use_text(holder),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "If you both edit it, one of you overwrites the other's work. Open it read-only to look, or take "
            "over editing if they have finished (their window then turns read-only).",
        )
    )
    read_only = box.addButton(
        QCoreApplication.translate("MainWindow", "Open &read-only"), QMessageBox.ButtonRole.AcceptRole
    )
    take_over = box.addButton(
        QCoreApplication.translate("MainWindow", "&Take over editing"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    return "read_only" if clicked is read_only else "take_over" if clicked is take_over else None


def ask_damaged_imports(parent: QWidget, damaged: list[DamagedImport], *, can_remove: bool) -> str | None:
    """ "open_without", "remove" or None (cancel)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning,
        QCoreApplication.translate("MainWindow", "Damaged sales data"),
        planner_error_text(damaged_error(damaged)),
        QMessageBox.StandardButton.Cancel,
        parent,
    )
    box.setInformativeText(
        QCoreApplication.translate(
            "MainWindow",
            "Everything else in the plan is intact. Open it without these rows (the figures then leave them "
            "out), or remove the damaged import for good and import the original file again.",
        )
    )
    without = box.addButton(
        QCoreApplication.translate("MainWindow", "Open &without it"), QMessageBox.ButtonRole.AcceptRole
    )
    remove = (
        box.addButton(
            QCoreApplication.translate("MainWindow", "&Remove it from the plan"), QMessageBox.ButtonRole.DestructiveRole
        )
        if can_remove
        else None
    )
    box.setDefaultButton(without)
    box.exec()
    clicked = box.clickedButton()
    return "open_without" if clicked is without else "remove" if remove is not None and clicked is remove else None
