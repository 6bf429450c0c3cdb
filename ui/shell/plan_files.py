"""Opening, creating and saving a plan as the File menu does it: a plan is locked for
editing when opened (someone else has it: read-only or take over), damaged stored sales data
is named before the plan is shown, a new plan starts empty or from a template, and "save
as" moves the lock with the file. The window asks the questions; these functions act."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from planner import journey
from planner.errors import PlannerError
from planner.lock import LockInfo, PlanInUseError, PlanLock
from planner.sales.storage import DamagedImport, damaged_imports, remove_imports
from planner.store import PROJECT_SUFFIX, ProjectStore
from ui.prefs.folders import remember_plan_folder, start_folder
from ui.texts.errors import show_planner_error
from ui.undo.document import ProjectDocument

if TYPE_CHECKING:
    from ui.prefs.settings import AppSettings
    from ui.templates import PlanStart


def document_for(
    store: ProjectStore,
    ask_in_use: Callable[[LockInfo], str | None],
    ask_damaged: Callable[[list[DamagedImport], bool], str | None],
) -> ProjectDocument | None:
    """A document for an opened store, locked for editing; when someone else has the plan
    open, the user chooses read-only or taking over; when stored sales data is damaged,
    whether to open without it or remove it (None: cancelled)."""
    try:
        doc = ProjectDocument(store, lock=PlanLock.acquire(store.path))
    except PlanInUseError as busy:
        choice = ask_in_use(busy.holder)
        if choice == "take_over":
            doc = ProjectDocument(store, lock=PlanLock.acquire(store.path, take_over=True))
        elif choice == "read_only":
            doc = ProjectDocument(store, read_only=True, holder=busy.holder)
        else:
            return None
    damaged = damaged_imports(store)
    if damaged:
        choice = ask_damaged(damaged, not doc.read_only)
        if choice is None:
            doc.close_lock_only()
            return None
        if choice == "remove":
            remove_imports(store, [d.id for d in damaged])
        else:
            doc.excluded_imports = frozenset(d.id for d in damaged)
    return doc


def dialog_folder(settings: AppSettings, doc: ProjectDocument | None) -> Path:
    """Where a file dialog opens: beside the open plan, else beside the last one."""
    recent = settings.recent_files()
    if doc is not None and not doc.is_demo:
        return start_folder()
    return recent[0].parent if recent else start_folder()


def ask_new_path(parent: QWidget, title: str, folder: Path) -> Path | None:
    path, _ = QFileDialog.getSaveFileName(
        parent,
        title,
        str(folder),
        QCoreApplication.translate("MainWindow", "Retention plans (*%1)").replace("%1", PROJECT_SUFFIX),
    )
    if not path:
        return None
    result = Path(path)
    return result if result.suffix else result.with_suffix(PROJECT_SUFFIX)


def create_plan(parent: QWidget, path: Path, start: PlanStart, language: str) -> ProjectDocument | None:
    """A new plan at `path`, empty or from the chosen template, in one transaction."""
    from planner.templates import apply_template

    try:
        store = ProjectStore.create(path)
    except (PlannerError, OSError) as error:
        show_planner_error(
            parent, QCoreApplication.translate("MainWindow", "Cannot create project"), PlannerError(str(error))
        )
        return None
    if start.template is None:
        journey.start_new_plan(store, name=path.stem, language=language)
    else:
        apply_template(store, start.template, name=path.stem, language=language)
    return ProjectDocument(store, lock=PlanLock.acquire(store.path, take_over=True))


def save_plan_as(parent: QWidget, doc: ProjectDocument, path: Path, settings: AppSettings) -> bool:
    try:  # the demo saved as someone's own plan stops sharing the demo's identity
        doc.store.save_as(path, own_identity=doc.is_demo)
    except PlannerError as error:
        show_planner_error(parent, QCoreApplication.translate("MainWindow", "Cannot save project"), error)
        return False
    if doc.lock is not None:  # the lock moves with the plan
        doc.lock.release()
        doc.lock = PlanLock.acquire(path, take_over=True)
    remember_plan_folder(path.parent)
    settings.add_recent_file(path)
    return True
