"""The vote: who takes part (typed in one field), how many dots each, whose turn it is and
how many dots they have left; and the ranking beside the board."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QLabel,
    QLineEdit,
    QListView,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QWidget,
)

from planner.ideas.voting import Ranked, VotingSession, parse_participants
from ui.parts.flow_layout import FlowLayout


class VotingBar(QWidget):
    participants_changed = Signal(tuple, int)  # names, dots each

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.participants = QLineEdit()
        self.participants.setObjectName("vote_participants")
        self.participants.editingFinished.connect(self._on_edited)
        self.dots = QSpinBox()
        self.dots.setObjectName("vote_dots")
        self.dots.setRange(1, 20)
        self.dots.setValue(3)
        self.dots.valueChanged.connect(self._on_edited)
        self.voter = QComboBox()
        self.voter.setObjectName("vote_voter")
        self.voter.setMinimumContentsLength(8)
        self.left_label = QLabel()
        self.left_label.setObjectName("vote_left")
        self.participants_label = QLabel()
        self.dots_label = QLabel()
        self.voter_label = QLabel()
        self.participants.textChanged.connect(self._fit_participants)
        self._fit_participants()
        layout = FlowLayout(self)  # wraps into two rows in a narrow window instead of cutting
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.participants_label, self.participants, self.dots_label, self.dots):
            layout.addWidget(widget)
        layout.add_gap(12)
        for widget in (self.voter_label, self.voter, self.left_label):
            layout.addWidget(widget)
        self.voter.currentIndexChanged.connect(self._on_voter_changed)
        self._session: VotingSession | None = None
        self.retranslate()

    def _fit_participants(self) -> None:
        """Wide enough for every name typed (the bar wraps to make room), in the type shown now."""
        metrics = self.participants.fontMetrics()
        text = self.participants.text() or self.participants.placeholderText()
        self.participants.setMinimumWidth(
            max(metrics.averageCharWidth() * 34, metrics.horizontalAdvance(text) + 3 * metrics.averageCharWidth())
        )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:  # presentation mode's larger type
            self._fit_participants()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.participants_label.setText(self.tr("Vote:"))
        self.participants.setPlaceholderText(self.tr("Participants, separated by commas"))
        self.dots_label.setText(self.tr("Dots each:"))
        self.voter_label.setText(self.tr("Now voting:"))
        self._fit_participants()  # the placeholder whole, in either language
        self.show_session(self._session)

    def _on_edited(self) -> None:
        self.participants_changed.emit(parse_participants(self.participants.text()), self.dots.value())

    def _on_voter_changed(self, _row: int) -> None:
        self.show_session(self._session)

    def current_voter(self) -> str:
        return self.voter.currentText()

    def show_session(self, session: VotingSession | None) -> None:
        self._session = session
        if session is None:
            return
        names = list(session.participants)
        if [self.voter.itemText(i) for i in range(self.voter.count())] != names:
            current = self.voter.currentText()
            self.voter.blockSignals(True)
            self.voter.clear()
            self.voter.addItems(names)
            if current in names:
                self.voter.setCurrentText(current)
            self.voter.blockSignals(False)
        voter = self.current_voter()
        if not voter:
            self.left_label.setText(self.tr("Type the participants to vote."))
            return
        self.left_label.setText(
            self.tr("%1 of %2 dots left")
            .replace("%1", str(session.dots_left(voter)))
            .replace("%2", str(session.dots_each))
        )


class RankingList(QListWidget):
    """The voted notes, most dots first; a click selects the note on the board."""

    note_chosen = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ideas_ranking")
        self.setWordWrap(True)
        self.setSpacing(3)  # entries of two lines or more, apart
        self.setResizeMode(QListView.ResizeMode.Adjust)
        # wrapped, never elided: with its own line for the dots a long note ended in "..." and
        # lost that line
        self.setTextElideMode(Qt.TextElideMode.ElideNone)
        self.itemClicked.connect(self._on_clicked)

    def show_ranking(self, ranked: list[Ranked], empty_text: str) -> None:
        self.clear()
        if not ranked:
            item = QListWidgetItem(empty_text)
            item.setFlags(Qt.ItemFlag.NoItemFlags)
            self.addItem(item)
            return
        for entry in ranked:
            # the dots on a line of their own: beside a long note they wrapped apart ("(●●●" / "3)")
            item = QListWidgetItem(
                f"{entry.rank}. {entry.note.text}\n{'●' * min(entry.note.votes, 10)} {entry.note.votes}"
            )
            item.setData(Qt.ItemDataRole.UserRole, entry.note.id)
            item.setToolTip(entry.note.text)
            self.addItem(item)
        self._fit_heights()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_heights()

    def _fit_heights(self) -> None:
        """Each entry as tall as its wrapped lines at the list's width, with room to spare:
        the view's own measure came out a line short for a long note, which then lost its
        dots and ended in "..." (900x600)."""
        metrics = self.fontMetrics()
        width = max(40, self.viewport().width() - 16)
        for row in range(self.count()):
            item = self.item(row)
            lines = metrics.boundingRect(0, 0, width, 100_000, Qt.TextFlag.TextWordWrap, item.text())
            item.setSizeHint(QSize(width, lines.height() + 8))

    def _on_clicked(self, item: QListWidgetItem) -> None:
        note_id = item.data(Qt.ItemDataRole.UserRole)
        if note_id:
            self.note_chosen.emit(int(note_id))
