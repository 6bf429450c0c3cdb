"""Where file dialogs open. Each kind of dialog (sales files, survey answers, workbooks,
PDFs, charts, lists ...) opens where the user last left it, since people keep their
exports in one place; a kind never used yet opens beside the plan that is open (a plan's
files usually live in its folder), for the demo (a temporary copy) in the folder of the
last real plan, else in the home folder.

`ask_open_file` and `ask_save_file` are the app's file dialogs: they remember the folder."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from ui.prefs.settings import AppSettings

_state: dict[str, Path | None] = {"folder": None}


def remember_plan_folder(folder: Path | None) -> None:
    _state["folder"] = folder


def start_folder() -> Path:
    folder = _state["folder"]
    if folder is not None and folder.is_dir():
        return folder
    return Path.home()


def start_path(file_name: str) -> str:
    """A suggested file in the start folder, as a file dialog takes it."""
    return str(start_folder() / file_name)


def folder_for(kind: str) -> Path:
    return AppSettings().dialog_folder(kind) or start_folder()


def _remember(kind: str, path: str) -> Path | None:
    if not path:
        return None
    chosen = Path(path)
    AppSettings().remember_dialog_folder(kind, chosen.parent)
    return chosen


def ask_open_file(
    parent: QWidget | None, kind: str, title: str, filters: str, folder: Path | None = None
) -> Path | None:
    """An existing file chosen by the user (None: cancelled); `folder` overrides the
    remembered one (the folder of the file being replaced, say)."""
    path, _ = QFileDialog.getOpenFileName(parent, title, str(folder or folder_for(kind)), filters)
    return _remember(kind, path)


def ask_save_file(parent: QWidget | None, kind: str, title: str, file_name: str, filters: str) -> Path | None:
    """Where to write a new file (None: cancelled), suggested as `file_name` in the folder."""
    path, _ = QFileDialog.getSaveFileName(parent, title, str(folder_for(kind) / file_name), filters)
    return _remember(kind, path)
