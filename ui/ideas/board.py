"""The board: a column per journey stage (and one for notes whose stage was deleted),
sticky notes in each; drop a note anywhere in a column to move it there, at the place
between the notes where it was dropped.

Columns are at least as wide as about twenty-six letters of the board's type, so they grow with the
larger type of presentation mode instead of squeezing the notes. When the stages do not fit
side by side they continue in a further row (like words in a paragraph) and the board scrolls
down, never sideways: on a projector a column half off the right edge was cut mid-word.
"""

from __future__ import annotations

import html

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QPushButton, QScrollArea, QVBoxLayout, QWidget

from planner.ideas.notes import IdeaNote
from planner.model import Stage
from ui.ideas.entry import NoteEntry
from ui.ideas.note_card import NoteCard, note_id_of

COLUMN_LETTERS = 26
WIDEST_LETTERS = 45


class StageColumn(QFrame):
    """One stage's notes. `stage.id` 0: the notes whose stage is gone."""

    note_dropped = Signal(int, int, int)  # note id, stage id, position
    add_requested = Signal(int)  # stage id

    def __init__(self, stage: Stage, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.stage = stage
        self.cards: list[NoteCard] = []
        self.setObjectName("idea_column")
        self.setAcceptDrops(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.header = QLabel()
        self.header.setObjectName("idea_column_header")
        self.header.setWordWrap(True)
        self.header.setTextFormat(Qt.TextFormat.RichText)
        self.cards_box = QVBoxLayout()
        self.cards_box.setSpacing(6)
        self.add_button = QPushButton()
        self.add_button.setObjectName("idea_add_note")
        self.add_button.setFlat(True)
        self.add_button.clicked.connect(self._on_add_clicked)
        self.add_button.setVisible(bool(stage.id))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.header)
        layout.addLayout(self.cards_box)
        self.entry_box = QVBoxLayout()
        layout.addLayout(self.entry_box)
        layout.addWidget(self.add_button)
        layout.addStretch(1)

    def set_title(self, title: str, count: int) -> None:
        self.header.setText(f"<b>{html.escape(title, quote=False)}</b> ({count})")

    def set_cards(self, cards: list[NoteCard]) -> None:
        for card in self.cards:
            self.cards_box.removeWidget(card)
            card.deleteLater()
        self.cards = cards
        for card in cards:
            self.cards_box.addWidget(card)

    def _on_add_clicked(self) -> None:
        self.add_requested.emit(self.stage.id)

    def drop_position(self, y: float, moving: int) -> int:
        """The place among the other notes (the moving one left out) for a drop at `y`."""
        others = [card for card in self.cards if card.note.id != moving]
        return sum(1 for card in others if card.geometry().center().y() < y)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if note_id_of(event.mimeData()) is not None and self.stage.id:
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if note_id_of(event.mimeData()) is not None and self.stage.id:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        note_id = note_id_of(event.mimeData())
        if note_id is None or not self.stage.id:
            return
        event.acceptProposedAction()
        self.note_dropped.emit(note_id, self.stage.id, self.drop_position(event.position().y(), note_id))


class IdeasBoard(QScrollArea):
    note_dropped = Signal(int, int, int)
    note_clicked = Signal(int, bool)
    note_double_clicked = Signal(int)
    context_requested = Signal(int, QPoint)
    dot_requested = Signal(int)
    add_requested = Signal(int)
    delete_requested = Signal()
    nudge_requested = Signal(int, int)  # stages to the right, places down

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideas_board")
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # Delete reaches it after a note is clicked
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # rows instead
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)  # its width is always counted
        self.columns: list[StageColumn] = []
        self.per_row = 0  # stages side by side in one row
        self.selected: list[int] = []
        self.current_stage = 0
        self.entry = NoteEntry()
        self._inner = QWidget()
        self._row = QGridLayout(self._inner)
        self._row.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setWidget(self._inner)
        self._shape: list[tuple[int, str]] = []
        self._add_text = ""

    def column_width(self) -> int:
        return self.fontMetrics().averageCharWidth() * COLUMN_LETTERS

    def column(self, stage_id: int) -> StageColumn | None:
        return next((c for c in self.columns if c.stage.id == stage_id), None)

    def card(self, note_id: int) -> NoteCard | None:
        return next((card for c in self.columns for card in c.cards if card.note.id == note_id), None)

    def show_notes(
        self, stages: list[Stage], notes: list[IdeaNote], links: dict[int, str | None], no_stage_title: str
    ) -> None:
        known = {s.id for s in stages}
        orphans = [n for n in notes if n.stage_id not in known]
        shown = stages + ([Stage(0, no_stage_title)] if orphans else [])
        shape = [(s.id, s.name) for s in shown]
        if shape != self._shape:
            self._rebuild(shown)
        self._shape = shape
        self.selected = [i for i in self.selected if any(n.id == i for n in notes)]
        for column in self.columns:
            mine = orphans if not column.stage.id else [n for n in notes if n.stage_id == column.stage.id]
            cards = [self._card(n, links.get(n.id)) for n in mine]
            column.set_cards(cards)
            column.set_title(column.stage.name, len(mine))
        self._fit_columns()

    def _card(self, note: IdeaNote, link: str | None) -> NoteCard:
        card = NoteCard(note, link)
        card.set_selected(note.id in self.selected)
        card.clicked.connect(self._on_card_clicked)
        card.double_clicked.connect(self.note_double_clicked)
        card.context_requested.connect(self.context_requested)
        card.dot_requested.connect(self.dot_requested)
        return card

    def _rebuild(self, shown: list[Stage]) -> None:
        typing = self.entry.isVisible()
        self.entry.setParent(None)  # kept: it may be in the middle of typing
        for column in self.columns:
            self._row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        for stage in shown:
            column = StageColumn(stage)
            column.note_dropped.connect(self.note_dropped)
            column.add_requested.connect(self.add_requested)
            column.add_button.setText(self._add_text)
            self.columns.append(column)
        self.per_row = 0
        self._fit_columns()  # placed in their rows
        ids = [s.id for s in shown if s.id]
        if self.current_stage not in ids:
            self.current_stage = ids[0] if ids else 0
        self._place_entry()
        if typing and self.column(self.current_stage) is not None:
            self.entry.start(self.current_stage)  # a stage renamed meanwhile: go on typing

    def set_add_text(self, text: str) -> None:
        self._add_text = text
        for column in self.columns:
            column.add_button.setText(text)

    def _place_entry(self) -> None:
        column = self.column(self.current_stage)
        if column is None:
            return
        if self.entry.parent() is not column:
            column.entry_box.addWidget(self.entry)
        self.entry.stage_id = self.current_stage

    def start_entry(self, stage_id: int | None = None) -> None:
        if stage_id:
            self.current_stage = stage_id
        self._place_entry()
        if self.column(self.current_stage) is not None:
            self.entry.start(self.current_stage)
            self.ensureWidgetVisible(self.entry)

    def _fit_columns(self) -> None:
        """At least twenty-six letters wide (or the whole width, when that is less); as many
        side by side as fit, the rest in further rows; wider, up to forty-five letters, when
        the stages of a row share more room."""
        count = max(1, len(self.columns))
        spacing = self._row.horizontalSpacing()
        margins = self._row.contentsMargins()
        room = self.viewport().width() - margins.left() - margins.right()
        least = min(self.column_width(), room)
        per_row = max(1, min(count, (room + spacing) // max(1, least + spacing)))
        share = (room - spacing * (per_row - 1)) // per_row
        letter = self.fontMetrics().averageCharWidth()
        width = max(least, min(share, letter * WIDEST_LETTERS))
        if per_row != self.per_row or any(self._row.indexOf(c) < 0 for c in self.columns):
            self.per_row = per_row
            for index, column in enumerate(self.columns):
                self._row.removeWidget(column)
                self._row.addWidget(column, index // per_row, index % per_row, Qt.AlignmentFlag.AlignTop)
        for column in self.columns:
            column.setFixedWidth(width)
            margins = column.layout().contentsMargins()
            inner = width - margins.left() - margins.right() - 2 * column.frameWidth()
            for card in column.cards:
                card.fit_width(inner)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and self.selected:
            self.delete_requested.emit()
            return
        steps = {Qt.Key.Key_Left: (-1, 0), Qt.Key.Key_Right: (1, 0), Qt.Key.Key_Up: (0, -1), Qt.Key.Key_Down: (0, 1)}
        if event.modifiers() & Qt.KeyboardModifier.AltModifier and event.key() in steps and self.selected:
            self.nudge_requested.emit(*steps[Qt.Key(event.key())])
            return
        super().keyPressEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_columns()
            QTimer.singleShot(0, self._fit_columns)  # once the notes have the new type too
        super().changeEvent(event)

    def _on_card_clicked(self, note_id: int, add: bool) -> None:
        if add:
            self.selected = (
                [i for i in self.selected if i != note_id] if note_id in self.selected else self.selected + [note_id]
            )
        else:
            self.selected = [note_id]
        self.setFocus(Qt.FocusReason.MouseFocusReason)
        for column in self.columns:
            for card in column.cards:
                card.set_selected(card.note.id in self.selected)
                if card.note.id == note_id and column.stage.id:
                    self.current_stage = column.stage.id
        self.note_clicked.emit(note_id, add)
