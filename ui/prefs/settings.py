"""The app's own settings (QSettings): language, recent files, window state.

One small typed wrapper so no widget reads QSettings keys directly. Tests redirect the
storage with `QSettings.setPath` so they never touch a user's real settings.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

ORGANIZATION = "RetentionPlanner"
APPLICATION = "Retention Planner"
MAX_RECENT = 8


class AppSettings:
    def __init__(self) -> None:
        self._qs = QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION)

    @property
    def language(self) -> str:
        return str(self._qs.value("language", "") or "")

    @language.setter
    def language(self, value: str) -> None:
        self._qs.setValue("language", value)

    def recent_files(self) -> list[Path]:
        """Recent project files, newest first, pruned of files that no longer exist."""
        raw = self._qs.value("recent_files", []) or []
        if isinstance(raw, str):
            raw = [raw]
        paths = [Path(p) for p in raw if p]
        existing = [p for p in paths if p.is_file()]
        if len(existing) != len(paths):
            self._qs.setValue("recent_files", [str(p) for p in existing])
        return existing

    def add_recent_file(self, path: Path) -> None:
        path = path.resolve()
        paths = [p for p in self.recent_files() if p.resolve() != path]
        self._qs.setValue("recent_files", [str(p) for p in [path, *paths][:MAX_RECENT]])

    def clear_recent_files(self) -> None:
        self._qs.setValue("recent_files", [])

    def window_geometry(self) -> QByteArray | None:
        value = self._qs.value("window/geometry")
        return value if isinstance(value, QByteArray) else None

    def window_state(self) -> QByteArray | None:
        value = self._qs.value("window/state")
        return value if isinstance(value, QByteArray) else None

    def save_window(self, geometry: QByteArray, state: QByteArray) -> None:
        self._qs.setValue("window/geometry", geometry)
        self._qs.setValue("window/state", state)

    def dialog_folder(self, kind: str) -> Path | None:
        """The folder a file dialog of this kind was last left in (None: never, or gone)."""
        value = str(self._qs.value(f"dialogs/{kind}", "") or "")
        return Path(value) if value and Path(value).is_dir() else None

    def remember_dialog_folder(self, kind: str, folder: Path) -> None:
        self._qs.setValue(f"dialogs/{kind}", str(folder))

    def sync(self) -> None:
        self._qs.sync()
