"""Edit > Undo and Redo for the active plan, in the current language.

`QUndoGroup.createUndoAction` fixes its "Undo %1" wording in the language of the moment it
is made, so after a switch the menu read "Change activity window rückgängig machen". These
actions compose their text anew whenever the next step changes and after every switch,
and the switch also retranslates the commands already on the stacks.
"""

from __future__ import annotations

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoGroup


class UndoActions(QObject):
    def __init__(self, group: QUndoGroup, parent: QObject) -> None:
        super().__init__(parent)
        self._group = group
        self.undo = QAction(parent)
        self.undo.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo = QAction(parent)
        self.redo.setShortcuts([QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z")])
        self.undo.triggered.connect(group.undo)
        self.redo.triggered.connect(group.redo)
        group.canUndoChanged.connect(self.undo.setEnabled)
        group.canRedoChanged.connect(self.redo.setEnabled)
        group.undoTextChanged.connect(self._show_texts)
        group.redoTextChanged.connect(self._show_texts)
        group.activeStackChanged.connect(self._show_texts)
        self._show_texts()

    def retranslate(self) -> None:
        for stack in self._group.stacks():
            for index in range(stack.count()):
                command = stack.command(index)
                if hasattr(command, "retranslate"):
                    command.retranslate()
        self._show_texts()

    def _show_texts(self, *_args: object) -> None:
        undo, redo = self._group.undoText(), self._group.redoText()
        self.undo.setText(self.tr("&Undo %1").replace("%1", undo) if undo else self.tr("&Undo"))
        self.redo.setText(self.tr("&Redo %1").replace("%1", redo) if redo else self.tr("&Redo"))
        self.undo.setEnabled(self._group.canUndo())
        self.redo.setEnabled(self._group.canRedo())
