"""Ideas section: the workshop's sticky-note board (issue 34).

Notes are typed fast (Ctrl+Shift+N from anywhere, Enter for the next, Esc to end), dragged
between and within the stages, grouped into clusters, dot-voted by the session's
participants with the ranking beside the board, and turned into a touchpoint, a measure
(with the catalogue's matching ones offered) or a goal. Every user action is one undo step
written straight to the plan. In presentation mode the timer moves to the presentation
bar and stays on screen on every section.
"""

from __future__ import annotations

from functools import partial

from PySide6.QtCore import QEvent, QPoint
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from planner import ideas as ideas_data
from planner.ideas.convert import converted_title, goal_from, measure_from, touchpoint_from
from planner.ideas.notes import KINDS, IdeaNote
from planner.ideas.voting import ranking
from planner.journey import stages
from planner.model import Stage
from ui.ideas.board import IdeasBoard
from ui.ideas.commands import (
    AddNoteCommand,
    ClusterNotesCommand,
    ConvertNoteCommand,
    DeleteNotesCommand,
    DotCommand,
    MoveNoteCommand,
    UpdateNoteCommand,
)
from ui.ideas.events import ideas_events
from ui.ideas.measure_choice import MeasureChoiceDialog
from ui.ideas.note_card import kind_name
from ui.ideas.timer import WorkshopTimer
from ui.ideas.voting_bar import RankingList, VotingBar
from ui.parts.flow_layout import FlowLayout
from ui.parts.widgets import HintLabel, SectionTitle
from ui.undo.document import ProjectDocument
from ui.undo.undo_text import LazyText


class IdeasPanel(QWidget):
    def __init__(self, doc: ProjectDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._doc = doc
        self._events = ideas_events(doc)
        self._notes: list[IdeaNote] = []
        self._stages: list[Stage] = []
        self.title = SectionTitle()
        self.intro = HintLabel()
        self.timer = WorkshopTimer()
        head = self._head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.timer)

        self.new_button = QPushButton()
        self.new_button.setObjectName("ideas_new_note")
        self.new_button.clicked.connect(self._on_new_clicked)
        self.group_button = QPushButton()
        self.group_button.clicked.connect(self._on_group_clicked)
        self.convert_button = QPushButton()  # its menu arrow keeps a gap to the text (a tool button's touched it)
        self.convert_button.setObjectName("ideas_convert")
        self.convert_menu = QMenu(self)
        self.convert_button.setMenu(self.convert_menu)
        self.convert_menu.aboutToShow.connect(self._on_convert_menu_about_to_show)
        self.delete_button = QPushButton()
        self.delete_button.clicked.connect(self.delete_selected)
        tools = FlowLayout()
        for button in (self.new_button, self.group_button, self.convert_button, self.delete_button):
            tools.addWidget(button)
        self.voting = VotingBar()
        self.voting.participants_changed.connect(self._on_participants_changed)

        self.board = IdeasBoard()
        self.board.note_dropped.connect(self.move_note)
        self.board.note_double_clicked.connect(self._on_note_double_clicked)
        self.board.context_requested.connect(self._on_context_requested)
        self.board.dot_requested.connect(self.give_dot)
        self.board.add_requested.connect(self.start_entry)
        self.board.note_clicked.connect(self._on_selection_changed)
        self.board.entry.submitted.connect(self.add_note)
        self.ranking_title = QLabel()
        self.ranking = RankingList()
        self.ranking.note_chosen.connect(self._on_ranking_chosen)
        side = self.side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.ranking_title)
        side_layout.addWidget(self.ranking, 1)
        self.splitter = QSplitter()
        self.splitter.addWidget(self.board)
        self.splitter.addWidget(side)
        self.splitter.setStretchFactor(0, 4)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setChildrenCollapsible(False)

        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.intro)
        layout.addLayout(tools)
        layout.addWidget(self.voting)
        layout.addWidget(self.splitter, 1)

        self.board.delete_requested.connect(self.delete_selected)
        self.board.nudge_requested.connect(self.nudge)
        self._events.notes_changed.connect(self.refresh)
        self._events.session_changed.connect(self._show_session)
        doc.journey_changed.connect(self.refresh)  # stage names and order
        doc.goals_changed.connect(self.refresh)  # names of what notes became
        self._fit_side()
        self.retranslate()
        self.refresh()
        self._show_session()

    # -- showing ------------------------------------------------------------------------

    def refresh(self) -> None:
        if self._doc.closed:
            return
        store = self._doc.store
        self._stages = stages(store)
        self._notes = ideas_data.notes(store)
        links = {n.id: converted_title(store, n) for n in self._notes if n.converted_kind}
        self.board.show_notes(self._stages, self._notes, links, self.tr("Stage deleted"))
        self.ranking.show_ranking(ranking(self._ordered_notes()), self.tr("No dots given yet."))
        self._on_selection_changed()

    def _ordered_notes(self) -> list[IdeaNote]:
        """Board order, so notes with equal dots rank as they stand on the board."""
        return [card.note for column in self.board.columns for card in column.cards]

    def _show_session(self) -> None:
        self.voting.show_session(self._events.session)

    def _on_selection_changed(self, *_args) -> None:
        count = len(self.board.selected)
        self.group_button.setEnabled(count > 0)
        self.delete_button.setEnabled(count > 0)
        self.convert_button.setEnabled(count == 1)

    def note_of(self, note_id: int) -> IdeaNote | None:
        return next((n for n in self._notes if n.id == note_id), None)

    # -- typing notes -------------------------------------------------------------------

    def start_entry(self, stage_id: int = 0) -> None:
        """The note entry on `stage_id`, or on the current stage (the last one clicked)."""
        if not self._stages:
            QMessageBox.information(
                self, self.tr("Ideas"), self.tr("The plan has no journey stages yet: add one in the journey map first.")
            )
            return
        self.board.start_entry(stage_id or None)

    def _on_new_clicked(self) -> None:
        self.start_entry()

    def add_note(self, stage_id: int, kind: str, author: str, text: str) -> None:
        self._doc.undo_stack.push(
            AddNoteCommand(self._doc, IdeaNote(stage_id=stage_id, kind=kind, author=author, text=text))
        )

    def _on_note_double_clicked(self, note_id: int) -> None:
        item = self.note_of(note_id)
        if item is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Edit note"), self.tr("Note:"), item.text)
        if ok:
            self.edit_text(note_id, text)

    def edit_text(self, note_id: int, text: str) -> None:
        item = self.note_of(note_id)
        if item is not None and text.strip() and text.strip() != item.text:
            label = LazyText.translate("IdeasCommands", "text")
            self._doc.undo_stack.push(UpdateNoteCommand(self._doc, note_id, label, text=text.strip()))

    def set_kind(self, note_id: int, kind: str) -> None:
        item = self.note_of(note_id)
        if item is not None and item.kind != kind:
            label = LazyText.translate("IdeasCommands", "kind")
            self._doc.undo_stack.push(UpdateNoteCommand(self._doc, note_id, label, kind=kind))

    # -- moving, grouping, deleting -----------------------------------------------------

    def move_note(self, note_id: int, stage_id: int, position: int) -> None:
        item = self.note_of(note_id)
        if item is None:
            return
        column = self.board.column(item.stage_id)
        place = [c.note.id for c in column.cards].index(note_id) if column is not None else -1
        if item.stage_id == stage_id and place == position:
            return  # dropped where it was: no undo step
        self._doc.undo_stack.push(MoveNoteCommand(self._doc, note_id, stage_id, position))

    def nudge(self, stages_right: int, places_down: int) -> None:
        """Alt+arrows: the selected note to the next stage (keeping its place where it can) or
        a place up or down, for those who move notes without a mouse."""
        if len(self.board.selected) != 1:
            return
        item = self.note_of(self.board.selected[0])
        ids = [s.id for s in self._stages]
        if item is None or item.stage_id not in ids:
            return
        column = self.board.column(item.stage_id)
        place = [c.note.id for c in column.cards].index(item.id) if column is not None else 0
        target = ids.index(item.stage_id) + stages_right
        count = len(column.cards) if column is not None else 0
        if not 0 <= target < len(ids) or not 0 <= place + places_down < count:
            return  # past the first or last stage, or the top or bottom of the column: no step
        self.move_note(item.id, ids[target], place + places_down)

    def group_selected(self, name: str) -> None:
        if self.board.selected:
            self._doc.undo_stack.push(ClusterNotesCommand(self._doc, list(self.board.selected), name))

    def _on_group_clicked(self) -> None:
        if not self.board.selected:
            return
        known = sorted({n.cluster for n in self._notes if n.cluster})
        first = self.note_of(self.board.selected[0])
        current = first.cluster if first is not None else ""
        name, ok = QInputDialog.getItem(
            self,
            self.tr("Group notes"),
            self.tr("Name of the group (empty: take them out of their group):"),
            known or [""],
            known.index(current) if current in known else 0,
            True,
        )
        if ok:
            self.group_selected(name)

    def delete_selected(self) -> None:
        if self.board.selected:
            self._doc.undo_stack.push(DeleteNotesCommand(self._doc, list(self.board.selected)))

    # -- voting -------------------------------------------------------------------------

    def _on_participants_changed(self, names: tuple[str, ...], dots: int) -> None:
        self._events.session.set_participants(names, dots)
        self._show_session()

    def give_dot(self, note_id: int) -> None:
        voter = self.voting.current_voter()
        session = self._events.session
        if not voter:
            self.voting.participants.setFocus()
            self.voting.left_label.setText(self.tr("Type the participants first, then vote."))
            return
        if session.dots_left(voter) <= 0:
            self.voting.left_label.setText(self.tr("%1 has no dots left.").replace("%1", voter))
            return
        self._doc.undo_stack.push(DotCommand(self._doc, voter, note_id, give=True))

    def take_back_dot(self, note_id: int) -> None:
        voter = self.voting.current_voter()
        if voter and self._events.session.given(voter, note_id) > 0:
            self._doc.undo_stack.push(DotCommand(self._doc, voter, note_id, give=False))

    def _on_ranking_chosen(self, note_id: int) -> None:
        card = self.board.card(note_id)
        if card is not None:
            self.board._on_card_clicked(note_id, False)
            self.board.ensureWidgetVisible(card)

    # -- turning a note into a touchpoint, measure or goal -------------------------------

    def convert(self, note_id: int, kind: str) -> bool:
        """One step: the record made and the link kept. A measure asks which one (the
        catalogue's matching measures or one named after the note)."""
        item = self.note_of(note_id)
        if item is None or item.converted_kind:
            return False
        if kind == "touchpoint":
            if item.stage_id not in {s.id for s in self._stages}:
                return False
            record: object = touchpoint_from(item)
        elif kind == "goal":
            record = goal_from(item)
        else:
            index = next((i for i, s in enumerate(self._stages) if s.id == item.stage_id), None)
            dialog = MeasureChoiceDialog(item.text, index, self)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            record = measure_from(item, dialog.chosen())
        self._doc.undo_stack.push(ConvertNoteCommand(self._doc, note_id, kind, record))  # type: ignore[arg-type]
        return True

    def _fill_convert_menu(self, menu: QMenu, note_id: int) -> None:
        item = self.note_of(note_id)
        done = item is None or bool(item.converted_kind)
        for kind, text in (
            ("touchpoint", self.tr("Turn into a touchpoint")),
            ("measure", self.tr("Turn into a measure…")),
            ("goal", self.tr("Turn into a goal")),
        ):
            action = menu.addAction(text)
            action.setEnabled(not done and (kind != "touchpoint" or item.stage_id in {s.id for s in self._stages}))
            action.triggered.connect(partial(self.convert, note_id, kind))

    def _on_convert_menu_about_to_show(self) -> None:
        self.convert_menu.clear()
        if len(self.board.selected) == 1:
            self._fill_convert_menu(self.convert_menu, self.board.selected[0])

    def _on_context_requested(self, note_id: int, pos: QPoint) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit text…"), partial(self._on_note_double_clicked, note_id))
        kinds = menu.addMenu(self.tr("Kind"))
        for kind in KINDS:
            kinds.addAction(kind_name(kind), partial(self.set_kind, note_id, kind))
        menu.addAction(self.tr("Group…"), self._on_group_clicked)
        menu.addAction(self.tr("Give a dot"), partial(self.give_dot, note_id))
        menu.addAction(self.tr("Take back a dot"), partial(self.take_back_dot, note_id))
        menu.addSeparator()
        self._fill_convert_menu(menu, note_id)
        menu.addSeparator()
        menu.addAction(self.tr("Delete"), self.delete_selected)
        menu.exec(pos)

    # -- presentation mode and language -------------------------------------------------

    def set_presenting(self, on: bool) -> None:
        """Presentation mode: the intro goes (the mode hides it); the board, the vote and the
        ranking stay, in the larger type, the columns as wide as it needs; the timer moves to
        the presentation bar, on screen on every section."""
        self.board._fit_columns()
        self._fit_side()

    def take_back_timer(self) -> None:
        """The timer home again from the presentation bar, which shows it on every section."""
        self._head.addWidget(self.timer)
        self.timer.show()

    def _fit_side(self) -> None:
        """The ranking at most as wide as a note and a quarter of the section: the board gets the rest."""
        letter = self.fontMetrics().averageCharWidth()
        self.side.setMaximumWidth(max(letter * 18, min(letter * 36, self.width() // 4)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_side()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.FontChange:
            self._fit_side()
        if event.type() == QEvent.Type.LanguageChange and not self._doc.closed:
            self.retranslate()
            self.refresh()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ideas"))
        self.intro.setText(
            self.tr(
                "Collect ideas, pains and questions per stage in a workshop, vote with dots and turn the best into "
                "touchpoints, measures or goals. Ctrl+Shift+N types a note anywhere in the app (Enter: next note, Esc: "
                "done); drag notes between stages (or Alt+arrows); right-click a note for more."
            )
        )
        self.new_button.setText(self.tr("New note (Ctrl+Shift+N)"))
        self.group_button.setText(self.tr("Group…"))
        self.group_button.setToolTip(self.tr("Put the selected notes into one group (Ctrl+click selects several)"))
        self.convert_button.setText(self.tr("Turn into"))
        self.delete_button.setText(self.tr("Delete"))
        self.ranking_title.setText(self.tr("<b>Ranking</b>"))
        self.board.set_add_text(self.tr("+ Note"))
        self.board.entry.retranslate()
        self.timer.retranslate()
        self.voting.retranslate()
