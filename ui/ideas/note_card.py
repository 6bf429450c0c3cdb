"""A sticky note: its kind's colour, the author's mark, the text wrapped whole, its
cluster, its dots and what it became. Dragging it carries the note's id."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, Qt, Signal
from PySide6.QtGui import QDrag, QMouseEvent
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QToolButton, QVBoxLayout, QWidget

from planner.ideas.notes import IdeaNote, author_mark

NOTE_MIME = "application/x-retention-idea-note"

# paper colours dark text reads on, also on a washed-out projector
KIND_COLOURS = {"idea": "#FFF1A6", "pain": "#FFC4C4", "question": "#C4E2FF"}
KIND_EDGES = {"idea": "#C9A800", "pain": "#C0392B", "question": "#2E6DB4"}
AUTHOR_COLOURS = ("#1B5E20", "#4A148C", "#B71C1C", "#0D47A1", "#E65100", "#006064", "#3E2723", "#880E4F")
_LONG_WORD = re.compile(r"\S{16,}")


def kind_name(kind: str) -> str:
    return {
        "idea": QCoreApplication.translate("Ideas", "Idea"),
        "pain": QCoreApplication.translate("Ideas", "Pain"),
        "question": QCoreApplication.translate("Ideas", "Question"),
    }[kind]


def converted_name(kind: str) -> str:
    return {
        "touchpoint": QCoreApplication.translate("Ideas", "Touchpoint"),
        "measure": QCoreApplication.translate("Ideas", "Measure"),
        "goal": QCoreApplication.translate("Ideas", "Goal"),
    }[kind]


def breakable(text: str) -> str:
    """HTML of `text` where a very long word may break (a zero-width space every 12
    letters), so a narrow note never cuts it."""
    escaped = html.escape(text)
    escaped = _LONG_WORD.sub(
        lambda m: "\u200b".join(m.group(0)[i : i + 12] for i in range(0, len(m.group(0)), 12)), escaped
    )
    return escaped.replace("\n", "<br>")


class NoteCard(QFrame):
    clicked = Signal(int, bool)  # note id, add to the selection (Ctrl)
    double_clicked = Signal(int)
    context_requested = Signal(int, QPoint)
    dot_requested = Signal(int)

    def __init__(self, note: IdeaNote, link: str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.note = note
        self.selected = False
        self._press: QPoint | None = None
        self.setObjectName("idea_note")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        initials, slot = author_mark(note.author)
        self.author_label = QLabel(initials)
        self.author_label.setObjectName("note_author")
        self.author_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.author_label.setStyleSheet(
            f"background: {AUTHOR_COLOURS[slot]}; color: white; border-radius: 9px; padding: 1px 5px; font-weight: bold;"
        )
        self.author_label.setVisible(bool(initials))
        self.author_label.setToolTip(note.author)
        self.kind_label = QLabel(f"<b>{html.escape(kind_name(note.kind))}</b>")
        self.votes_label = QLabel("●" * min(note.votes, 10) + (f" {note.votes}" if note.votes else ""))
        self.votes_label.setObjectName("note_votes")
        self.votes_label.setStyleSheet("color: #B00020;")
        self.dot_button = QToolButton()
        self.dot_button.setText("+●")
        self.dot_button.setToolTip(QCoreApplication.translate("Ideas", "Give this note a dot"))
        self.dot_button.setAutoRaise(True)
        self.dot_button.clicked.connect(self._on_dot_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.author_label)
        top.addWidget(self.kind_label)
        top.addStretch(1)
        top.addWidget(self.votes_label)
        top.addWidget(self.dot_button)
        self.text_label = QLabel(breakable(note.text))
        self.text_label.setObjectName("note_text")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.cluster_label = QLabel("▦ " + html.escape(note.cluster))
        self.cluster_label.setObjectName("note_cluster")
        self.cluster_label.setWordWrap(True)
        self.cluster_label.setVisible(bool(note.cluster))
        self.link_label = QLabel(self._link_text(link))
        self.link_label.setObjectName("note_link")
        self.link_label.setWordWrap(True)
        self.link_label.setVisible(bool(note.converted_kind))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        layout.addWidget(self.cluster_label)
        layout.addWidget(self.link_label)
        self._style()

    def _link_text(self, link: str | None) -> str:
        if not self.note.converted_kind:
            return ""
        kind = converted_name(self.note.converted_kind)
        if link is None:
            return "→ " + QCoreApplication.translate("Ideas", "%1 (deleted since)").replace("%1", kind)
        return f"→ {kind}: {breakable(link)}"

    def _style(self) -> None:
        edge = "#000000" if self.selected else KIND_EDGES[self.note.kind]
        width = 3 if self.selected else 1
        self.setStyleSheet(
            f"QFrame#idea_note {{ background: {KIND_COLOURS[self.note.kind]}; border: {width}px solid {edge};"
            " border-radius: 4px; } QFrame#idea_note QLabel { color: #000000; background: transparent; }"
        )

    def set_selected(self, on: bool) -> None:
        self.selected = on
        self._style()

    def _on_dot_clicked(self) -> None:
        self.dot_requested.emit(self.note.id)

    # -- mouse: click selects, drag moves, double-click edits --------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._press = event.position().toPoint()
            self.clicked.emit(self.note.id, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        if (event.position().toPoint() - self._press).manhattanLength() < QApplication.startDragDistance():
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(note_mime(self.note.id))
        drag.setPixmap(self.grab())
        drag.exec(Qt.DropAction.MoveAction)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._press = None
        super().mouseReleaseEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.double_clicked.emit(self.note.id)

    def contextMenuEvent(self, event) -> None:
        self.clicked.emit(self.note.id, False)
        self.context_requested.emit(self.note.id, event.globalPos())


def note_mime(note_id: int) -> QMimeData:
    mime = QMimeData()
    mime.setData(NOTE_MIME, QByteArray(str(note_id).encode()))
    return mime


def note_id_of(mime: QMimeData) -> int | None:
    if not mime.hasFormat(NOTE_MIME):
        return None
    try:
        return int(bytes(mime.data(NOTE_MIME).data()).decode())
    except ValueError:
        return None
