"""Where file dialogs open: beside the plan that is open, since a plan's sales files and
exports usually live in its folder; for the demo (a temporary copy) the folder of the
last real plan, else the home folder."""

from __future__ import annotations

from pathlib import Path

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
