"""The demo is a temporary copy: nothing typed into it may be lost without the user
knowing. The title says "Demo (not saved)"; the first edit offers "Save as my own
plan…" in a bar above the sections; closing the window, or opening another plan, with
edits in the demo asks whether to save them first.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QMessageBox

from ui.parts.widgets import NoticeBar

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from ui.undo.document import ProjectDocument


class DemoGuard(QObject):
    def __init__(self, window: QWidget, save_as: Callable[[], None]) -> None:
        super().__init__(window)
        self._window = window
        self._save_as_dialog = save_as
        self.bar = NoticeBar()
        self.bar.setObjectName("demo_bar")
        self.save_button = self.bar.add_button()
        self.save_button.setObjectName("save_demo_as")
        self.save_button.clicked.connect(self._save_as)
        self._doc: ProjectDocument | None = None
        self.retranslate()

    def attach(self, doc: ProjectDocument) -> None:
        self._doc = doc
        self.bar.hide()
        doc.undo_stack.indexChanged.connect(self._on_edit)

    def has_unsaved_edits(self) -> bool:
        doc = self._doc
        return doc is not None and not doc.closed and doc.is_demo and not doc.undo_stack.isClean()

    def _on_edit(self) -> None:
        if self.has_unsaved_edits() and self.bar.isHidden():
            self.bar.show_text(
                self.tr(
                    "This is the demo, a temporary copy: your changes are lost when you close it. "
                    "Save it as your own plan to keep them."
                )
            )

    def _save_as(self) -> None:
        self._save_as_dialog()
        if self._doc is not None and not self._doc.is_demo:
            self.bar.hide()

    def may_leave(self) -> bool:
        """Asked before the demo is closed: True when it may go (saved, discarded, or no edits)."""
        if not self.has_unsaved_edits():
            return True
        box = QMessageBox(self._window)
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(self.tr("Keep your changes to the demo?"))
        box.setText(
            self.tr(
                "You changed the demo. It is a temporary copy: unless you save it as your own plan, the changes are lost."
            )
        )
        save = box.addButton(self.tr("Save as my own plan…"), QMessageBox.ButtonRole.AcceptRole)
        discard = box.addButton(self.tr("Discard changes"), QMessageBox.ButtonRole.DestructiveRole)
        box.addButton(QMessageBox.StandardButton.Cancel)
        box.setDefaultButton(save)
        box.exec()
        if box.clickedButton() is discard:
            return True
        if box.clickedButton() is save:
            self._save_as()
            return not self.has_unsaved_edits()
        return False

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as my own plan…"))
        if self.bar.isVisible():
            self.bar.hide()
            self._on_edit()
