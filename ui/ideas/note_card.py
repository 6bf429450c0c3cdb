"""A sticky note: its kind's colour, the author's mark, the text wrapped whole, its
cluster, its dots and what it became. Dragging it carries the note's id."""

from __future__ import annotations

import html
import re

from PySide6.QtCore import QByteArray, QCoreApplication, QMimeData, QPoint, QSize, Qt, Signal
from PySide6.QtGui import QColor, QDrag, QFont, QFontMetrics, QMouseEvent, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QHBoxLayout,
    QLabel,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from planner.ideas.notes import IdeaNote, author_mark

NOTE_MIME = "application/x-retention-idea-note"

# paper colours dark text reads on, also on a washed-out projector
KIND_COLOURS = {"idea": "#FFF1A6", "pain": "#FFC4C4", "question": "#C4E2FF"}
KIND_EDGES = {"idea": "#C9A800", "pain": "#C0392B", "question": "#2E6DB4"}
AUTHOR_COLOURS = ("#1B5E20", "#4A148C", "#B71C1C", "#0D47A1", "#E65100", "#006064", "#3E2723", "#880E4F")


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


def fit_words(text: str, metrics: QFontMetrics, width: int) -> str:
    """HTML of `text` where a word wider than a line of `width` pixels is broken with a
    hyphen into pieces that fit; other words are left for the label to wrap. So a narrow
    note shows "Kundenzufriedenheits-" and "befragung" instead of cutting the word."""
    width = max(width, metrics.horizontalAdvance("W-") + 1)
    out: list[str] = []
    for token in re.split(r"(\s+)", text):
        if token.isspace() or metrics.horizontalAdvance(token) <= width:
            out.append(token)
            continue
        pieces: list[str] = []
        for part in re.findall(r"[^-]+-?|-", token):  # its own hyphens first: "Customer-", "satisfaction-"
            if metrics.horizontalAdvance(part) <= width:
                pieces.append(part)
                continue
            current = ""
            for char in part:
                if current and metrics.horizontalAdvance(current + char + "-") > width:
                    pieces.append(current + "-")
                    current = ""
                current += char
            pieces.append(current)
        lines = [""]
        for piece in pieces:  # as many pieces a line as fit: "Customer-satisfaction-" stays whole
            if lines[-1] and metrics.horizontalAdvance(lines[-1] + piece) > width:
                lines.append("")
            lines[-1] += piece
        out.append(" ".join(lines))
    return html.escape("".join(out), quote=False).replace("\n", "<br>")


class AuthorMark(QWidget):
    """The author's initials on a round patch of their colour, drawn in the note's own type
    (a style sheet would fix the type size and miss presentation mode's larger one)."""

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.initials, slot = author_mark(name)
        self.colour = QColor(AUTHOR_COLOURS[slot])
        self.setToolTip(name)
        self.setVisible(bool(self.initials))
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def text(self) -> str:
        return self.initials

    def _bold(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        return font

    def sizeHint(self) -> QSize:
        metrics = QFontMetrics(self._bold())
        height = metrics.height() + 2
        return QSize(max(height, metrics.horizontalAdvance(self.initials) + height // 2 + 2), height)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(self.colour)
        rect = self.rect().adjusted(0, 0, -1, -1)
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(self._bold())
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.initials)


def _paper(widget: QWidget, background: str) -> None:
    """Dark text on the note's colour, through the palette (children inherit it)."""
    palette = QPalette(widget.palette())
    palette.setColor(QPalette.ColorRole.Window, QColor(background))
    for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text, QPalette.ColorRole.ButtonText):
        palette.setColor(role, QColor("#000000"))
    widget.setPalette(palette)
    widget.setAutoFillBackground(True)


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
        self.setCursor(Qt.CursorShape.OpenHandCursor)
        _paper(self, KIND_COLOURS[note.kind])
        self.author_label = AuthorMark(note.author)
        self.author_label.setObjectName("note_author")
        self.kind_label = QLabel(f"<b>{html.escape(kind_name(note.kind), quote=False)}</b>")
        self.kind_label.setWordWrap(True)
        self.kind_label.setTextFormat(Qt.TextFormat.RichText)
        self.votes_label = QLabel("●" * min(note.votes, 5) + (f" {note.votes}" if note.votes else ""))
        self.votes_label.setObjectName("note_votes")
        self.votes_label.setWordWrap(True)  # a narrow card: the count under the dots, not cut off
        palette = QPalette(self.votes_label.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#B00020"))
        self.votes_label.setPalette(palette)
        self.dot_button = QToolButton()
        self.dot_button.setText("+●")
        self.dot_button.setToolTip(QCoreApplication.translate("Ideas", "Give this note a dot"))
        self.dot_button.setAutoRaise(True)
        self.dot_button.clicked.connect(self._on_dot_clicked)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(self.kind_label, 1)
        votes = QHBoxLayout()  # who wrote it, its dots and the button to give one, below the text
        votes.setContentsMargins(0, 0, 0, 0)
        votes.addWidget(self.author_label)
        votes.addWidget(self.votes_label, 1)
        votes.addWidget(self.dot_button)
        self.text_label = QLabel(html.escape(note.text, quote=False).replace("\n", "<br>"))
        self.text_label.setObjectName("note_text")
        self.text_label.setTextFormat(Qt.TextFormat.RichText)
        self.text_label.setWordWrap(True)
        self.cluster_label = QLabel("▦ " + html.escape(note.cluster, quote=False))
        self.cluster_label.setObjectName("note_cluster")
        self.cluster_label.setWordWrap(True)
        self.cluster_label.setTextFormat(Qt.TextFormat.RichText)
        self.cluster_label.setVisible(bool(note.cluster))
        self._link = link
        self.link_label = QLabel(self._link_text(link))
        self.link_label.setObjectName("note_link")
        self.link_label.setWordWrap(True)
        self.link_label.setTextFormat(Qt.TextFormat.RichText)
        self.link_label.setVisible(bool(note.converted_kind))
        # the card takes the pointer itself: a rich-text label kept the moves of a press on the
        # note's text, so a drag begun there never started (found with a real mouse under Xvfb)
        for label in (self.kind_label, self.text_label, self.votes_label, self.cluster_label, self.link_label):
            label.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(3)
        layout.addLayout(top)
        layout.addWidget(self.text_label)
        layout.addLayout(votes)
        layout.addWidget(self.cluster_label)
        layout.addWidget(self.link_label)

    def fit_width(self, width: int) -> None:
        """As wide as the column gives, as tall as its wrapped text needs: nothing is cut."""
        self.setFixedWidth(width)
        margins = self.layout().contentsMargins()
        inner = width - margins.left() - margins.right()
        self.text_label.setText(fit_words(self.note.text, self.text_label.fontMetrics(), inner))
        self.link_label.setText(self._link_text(self._link, self.link_label.fontMetrics(), inner))
        bold = QFont(self.kind_label.font())
        bold.setBold(True)
        self.kind_label.setText(f"<b>{fit_words(kind_name(self.note.kind), QFontMetrics(bold), inner)}</b>")
        self.cluster_label.setText("▦ " + fit_words(self.note.cluster, self.cluster_label.fontMetrics(), inner))
        self.setFixedHeight(self.layout().totalHeightForWidth(width))

    def _link_text(self, link: str | None, metrics: QFontMetrics | None = None, width: int = 0) -> str:
        if not self.note.converted_kind:
            return ""
        kind = converted_name(self.note.converted_kind)
        if link is None:
            text = "→ " + QCoreApplication.translate("Ideas", "%1 (deleted since)").replace("%1", kind)
        else:
            text = f"→ {kind}: {link}"
        return fit_words(text, metrics, width) if metrics is not None else html.escape(text, quote=False)

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        edge = QColor("#000000" if self.selected else KIND_EDGES[self.note.kind])
        width = 3 if self.selected else 1
        painter.setPen(QPen(edge, width))
        painter.drawRect(self.rect().adjusted(width // 2, width // 2, -(width + 1) // 2, -(width + 1) // 2))

    def set_selected(self, on: bool) -> None:
        self.selected = on
        self.update()

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
