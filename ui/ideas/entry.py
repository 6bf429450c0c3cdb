"""Typing notes fast: the entry sits under the current stage's notes; Enter saves the note
and empties the line for the next one, Esc ends. Kind and author stay from note to note,
so a participant types their notes one after the other."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QKeyEvent, QPalette
from PySide6.QtWidgets import QComboBox, QFrame, QLabel, QLineEdit, QVBoxLayout, QWidget

from planner.ideas.notes import KINDS
from ui.ideas.note_card import kind_name


class NoteEntry(QFrame):
    submitted = Signal(int, str, str, str)  # stage id, kind, author, text
    ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("note_entry")
        self.stage_id = 0
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.kind = QComboBox()
        self.kind.setObjectName("note_entry_kind")
        for kind in KINDS:
            self.kind.addItem(kind_name(kind), kind)
        self.author = QLineEdit()
        self.author.setObjectName("note_entry_author")
        self.text = QLineEdit()
        self.text.setObjectName("note_entry_text")
        self.text.returnPressed.connect(self._on_return)
        self.keys = QLabel()  # the keys, wrapped: a placeholder this long would be cut
        self.keys.setWordWrap(True)
        muted = QPalette(self.keys.palette())  # a palette, not a style sheet: the type follows presentation mode
        muted.setColor(QPalette.ColorRole.WindowText, muted.color(QPalette.ColorRole.PlaceholderText))
        self.keys.setPalette(muted)
        for field in (self.text, self.author, self.kind):
            field.installEventFilter(self)
        layout = QVBoxLayout(self)  # one field a row: a narrow column cuts none of them
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.kind)
        layout.addWidget(self.author)
        layout.addWidget(self.text)
        layout.addWidget(self.keys)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        for row, kind in enumerate(KINDS):
            self.kind.setItemText(row, kind_name(kind))
        self.author.setPlaceholderText(self.tr("Who"))
        self.text.setPlaceholderText(self.tr("Note"))
        self.keys.setText(self.tr("Enter: save and next · Esc: done"))
        self.kind.setToolTip(self.tr("Kind of note (Alt+1 idea, Alt+2 pain, Alt+3 question)"))

    def start(self, stage_id: int) -> None:
        self.stage_id = stage_id
        self.show()
        self.text.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _on_return(self) -> None:
        text = self.text.text().strip()
        if not text:
            return
        kind = self.kind.currentData()
        self.text.clear()  # before saving: the board's refresh finds the line empty for the next note
        self.submitted.emit(self.stage_id, kind, self.author.text().strip(), text)
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.ShortcutOverride
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Escape
        ):
            event.accept()  # Esc ends the typing here; the window's Esc (leave presentation) must not take it
            return True
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.key() == Qt.Key.Key_Escape:
                self.hide()
                self.ended.emit()
                return True
            if event.modifiers() & Qt.KeyboardModifier.AltModifier and Qt.Key.Key_1 <= event.key() <= Qt.Key.Key_3:
                self.kind.setCurrentIndex(event.key() - Qt.Key.Key_1)
                return True
        return super().eventFilter(watched, event)
