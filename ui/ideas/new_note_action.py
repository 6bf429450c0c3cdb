"""Ctrl+Shift+N from anywhere in the window: the ideas section with a note entry open on
its current stage, so an idea said aloud is on the board in seconds."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeySequence

if TYPE_CHECKING:
    from ui.main_window import MainWindow

SHORTCUT = "Ctrl+Shift+N"


class NewNoteAction(QAction):
    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self.setObjectName("new_idea_note")
        self.setShortcut(QKeySequence(SHORTCUT))
        self.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
        self.triggered.connect(self._on_triggered)
        window.addAction(self)  # the window's own: works with the menu bar hidden (presentation)
        window.installEventFilter(self)
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("Ideas", "New idea note"))

    def _on_triggered(self) -> None:
        window = self._window
        if window.doc is None or not window.show_section("ideas"):
            return
        window.panels["ideas"].start_entry()  # type: ignore[attr-defined]

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        return False


def add_new_note_action(window: MainWindow) -> NewNoteAction:
    return NewNoteAction(window)
