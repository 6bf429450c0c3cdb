"""More of the ideas board through the real widgets: grouping and deleting selected notes
(one undo step each), the timer's buttons, a long word broken with a hyphen instead of cut,
and presentation mode (larger type on the notes, the timer still on screen)."""

from __future__ import annotations

import re
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from planner.ideas import IdeaNote, insert_note
from planner.journey import stages
from planner.store import ProjectStore
from ui.ideas.note_card import fit_words
from ui.main_window import MainWindow


def undo_action(window: MainWindow):
    """Edit > Undo (kept by the window's menus since issue 30's split)."""
    return getattr(window, "menus", window).undo_action


@pytest.fixture
def board_path(project_path: Path) -> Path:
    """The demo plan with three notes on its first stage, written before the window opens."""
    store = ProjectStore.open(project_path)
    first = stages(store)[0]
    for text in ("Queue at the till", "Nobody answers the phone", "Free coffee"):
        insert_note(store, IdeaNote(stage_id=first.id, text=text, author="Lena"))
    store.close()
    return project_path


def clusters(path: Path) -> list[tuple[str, str]]:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT text, cluster FROM idea_note ORDER BY position").fetchall()
    finally:
        conn.close()


def test_group_and_delete_selected_notes(qtbot, make_app, board_path: Path) -> None:
    window: MainWindow = make_app(board_path).window
    window.show_section("ideas")
    panel = window.panels["ideas"]
    cards = panel.board.columns[0].cards
    qtbot.mouseClick(cards[0], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(cards[1], Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier)
    assert panel.board.selected == [cards[0].note.id, cards[1].note.id]
    assert panel.group_button.isEnabled() and not panel.convert_button.isEnabled()  # one note converts
    panel.group_selected("Waiting")
    assert clusters(board_path) == [
        ("Queue at the till", "Waiting"),
        ("Nobody answers the phone", "Waiting"),
        ("Free coffee", ""),
    ]
    shown = panel.board.columns[0].cards
    qtbot.waitUntil(shown[0].cluster_label.isVisible)
    assert shown[0].cluster_label.text() == "▦ Waiting" and not shown[2].cluster_label.isVisible()
    undo_action(window).trigger()  # one step takes both out again
    assert [c for _t, c in clusters(board_path)] == ["", "", ""]
    # Delete removes the two selected notes in one step; undo puts them back in their places
    panel.board.setFocus()
    qtbot.keyClick(panel.board, Qt.Key.Key_Delete)
    assert [t for t, _c in clusters(board_path)] == ["Free coffee"]
    undo_action(window).trigger()
    assert [t for t, _c in clusters(board_path)] == ["Queue at the till", "Nobody answers the phone", "Free coffee"]


def test_timer_buttons(qtbot, window: MainWindow) -> None:
    window.show_section("ideas")
    timer = window.panels["ideas"].timer
    timer.minutes.setValue(12)
    assert timer.display.text() == "12:00" and timer.start_button.text() == "Start"
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running and timer.start_button.text() == "Pause"
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert not timer.running and timer.start_button.text() == "Start"
    qtbot.mouseClick(timer.reset_button, Qt.MouseButton.LeftButton)
    assert timer.display.text() == "12:00"


def test_a_word_wider_than_the_note_is_broken_with_a_hyphen() -> None:
    metrics = QFontMetrics(QFont())
    width = metrics.horizontalAdvance("Kundenzufrieden")
    text = "Kundenzufriedenheitsbefragungsformular an der Kasse"
    shown = fit_words(text, metrics, width)
    # every piece between spaces fits the line; taking the added hyphens and spaces out gives the text
    assert all(metrics.horizontalAdvance(piece) <= width for piece in shown.split(" "))
    assert re.sub(r"- ", "", shown) == text and "- " in shown
    # a word's own hyphens are where it breaks first
    assert fit_words("Customer-satisfaction-questionnaire", metrics, metrics.horizontalAdvance("questionnaire-x")) == (
        "Customer- satisfaction- questionnaire"
    )


def test_presentation_mode_shows_the_notes_in_large_type_with_the_timer(qtbot, make_app, board_path: Path) -> None:
    window: MainWindow = make_app(board_path).window
    window.resize(1366, 768)
    window.show_section("ideas")
    panel = window.panels["ideas"]
    size = panel.board.columns[0].cards[0].text_label.font().pointSizeF()
    width = panel.board.columns[0].width()
    window.presentation.full_screen = False  # offscreen: the test chooses the size
    window.presentation.enter()
    QApplication.processEvents()
    card = panel.board.columns[0].cards[0]
    assert card.text_label.font().pointSizeF() == pytest.approx(size * 1.5)
    assert panel.timer.isVisible() and panel.board.isVisible()
    assert not panel.intro.isVisible()
    qtbot.waitUntil(lambda: panel.board.columns[0].width() > width)  # the columns grow with the type
    # the card is as tall as its wrapped text: the text's last line is inside it
    assert card.text_label.geometry().bottom() <= card.height()
    window.presentation.leave()
    QApplication.processEvents()
    assert panel.board.columns[0].cards[0].text_label.font().pointSizeF() == pytest.approx(size)


def test_alt_arrows_move_the_selected_note(qtbot, make_app, board_path: Path) -> None:
    window: MainWindow = make_app(board_path).window
    window.show_section("ideas")
    board = window.panels["ideas"].board
    first, second = board.columns[0].stage.id, board.columns[1].stage.id
    coffee = board.columns[0].cards[2]
    qtbot.mouseClick(coffee, Qt.MouseButton.LeftButton)
    qtbot.keyClick(board, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)  # third to second place
    assert [t for t, _c in clusters(board_path)] == ["Queue at the till", "Free coffee", "Nobody answers the phone"]
    qtbot.keyClick(board, Qt.Key.Key_Right, Qt.KeyboardModifier.AltModifier)  # to the next stage
    conn = sqlite3.connect(board_path)
    try:
        stage = conn.execute("SELECT stage FROM idea_note WHERE text = 'Free coffee'").fetchone()[0]
    finally:
        conn.close()
    assert stage == str(second) and [c.note.text for c in board.columns[1].cards] == ["Free coffee"]
    steps = getattr(window, "menus", window).undo_action
    steps.trigger()
    assert [c.note.text for c in board.columns[0].cards][1] == "Free coffee" and board.columns[0].stage.id == first
    # Alt+Left on the first stage and Alt+Up on the first place do nothing, and add no undo step
    qtbot.mouseClick(board.columns[0].cards[0], Qt.MouseButton.LeftButton)
    before = window.doc.undo_stack.count()
    qtbot.keyClick(board, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    qtbot.keyClick(board, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.doc.undo_stack.count() == before


def test_typing_goes_on_when_a_stage_is_renamed_meanwhile(qtbot, make_app, board_path: Path) -> None:
    from planner.journey import rename_stage

    window: MainWindow = make_app(board_path).window
    window.show_section("ideas")
    panel = window.panels["ideas"]
    panel.start_entry(panel.board.columns[1].stage.id)
    qtbot.keyClicks(panel.board.entry.text, "half a")
    stage = panel.board.columns[1].stage.id
    window.doc.change_journey(rename_stage, stage, "Awareness (renamed)")  # e.g. a colleague's change
    entry = panel.board.entry
    qtbot.waitUntil(entry.isVisible)
    assert entry.parent() is panel.board.column(stage) and entry.text.text() == "half a"
    assert "Awareness (renamed)" in panel.board.column(stage).header.text()
