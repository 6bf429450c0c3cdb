"""Esc while typing a note ends the typing and nothing else: in presentation mode the
window's own Esc (leave presentation) must not take the key first. Found under Xvfb with a
real, active window (tools/workshop_xvfb.py), where Qt asks the focused widget with a
ShortcutOverride before any shortcut fires; offscreen the shortcut never fired."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from ui.main_window import MainWindow


def test_escape_in_the_note_entry_is_claimed_by_the_entry(qtbot, window: MainWindow) -> None:
    window.show_section("ideas")
    board = window.panels["ideas"].board
    board.start_entry(board.columns[0].stage.id)
    for field in (board.entry.text,):
        override = QKeyEvent(QEvent.Type.ShortcutOverride, Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier)
        override.ignore()
        QApplication.sendEvent(field, override)
        assert override.isAccepted()  # the entry wants Esc: no window shortcut gets it
    qtbot.keyClick(board.entry.text, Qt.Key.Key_Escape)
    assert not board.entry.isVisible()
