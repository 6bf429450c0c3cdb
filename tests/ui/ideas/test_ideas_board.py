"""The ideas board through the real widgets (issue 34): Ctrl+Shift+N from another section
opens the entry, three notes typed with Enter, one dragged to another stage, dots given by
the session's participants, a note turned into a catalogue measure and that undone; each
checked on screen and in the saved plan file."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import QPointF, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication, QDialog

from ui.ideas.measure_choice import MeasureChoiceDialog
from ui.ideas.note_card import note_mime
from ui.main_window import MainWindow


def undo_action(window: MainWindow):
    """Edit > Undo (kept by the window's menus since issue 30's split)."""
    return getattr(window, "menus", window).undo_action


def saved(path: Path, sql: str) -> list[tuple]:
    """What the plan file holds, read beside the app's own connection."""
    conn = sqlite3.connect(path)
    try:
        return conn.execute(sql).fetchall()
    finally:
        conn.close()


def card_texts(column) -> list[str]:
    return [card.text_label.text() for card in column.cards]


def type_notes(qtbot, window: MainWindow, *texts: str) -> None:
    entry = window.panels["ideas"].board.entry
    for text in texts:
        qtbot.keyClicks(entry.text, text)
        qtbot.keyClick(entry.text, Qt.Key.Key_Return)


def test_type_drag_vote_convert_and_undo(qtbot, window: MainWindow, project_path: Path, monkeypatch) -> None:
    window.resize(1366, 768)
    window.show_section("goals")
    window.new_note_action.trigger()  # Ctrl+Shift+N, from another section
    assert window.new_note_action.shortcut().toString() == "Ctrl+Shift+N"
    assert window.current_section() == "ideas"
    panel = window.panels["ideas"]
    board = panel.board
    first, second = board.columns[0], board.columns[1]
    assert board.entry.isVisible() and board.entry.parent() is first
    qtbot.keyClicks(board.entry.author, "Anna")
    board.entry.text.setFocus()
    type_notes(qtbot, window, "Nobody knows the shop", "Flyer at the station")
    qtbot.keyClick(board.entry.text, Qt.Key.Key_2, Qt.KeyboardModifier.AltModifier)  # Alt+2: a pain
    type_notes(qtbot, window, "No parking nearby")
    # Enter saved each note and left the line empty for the next one
    assert board.entry.text.text() == ""
    assert card_texts(first) == ["Nobody knows the shop", "Flyer at the station", "No parking nearby"]
    assert [c.kind_label.text() for c in first.cards] == ["<b>Idea</b>", "<b>Idea</b>", "<b>Pain</b>"]
    assert first.cards[0].author_label.text() == "An"
    assert window.menus.undo_action.text() == "&Undo Add note “No parking nearby”"
    qtbot.keyClick(board.entry.text, Qt.Key.Key_Escape)
    assert not board.entry.isVisible()
    stage_of = dict(saved(project_path, "SELECT id, name FROM stage"))
    rows = saved(project_path, "SELECT text, kind, author, stage FROM idea_note ORDER BY position")
    assert rows == [
        ("Nobody knows the shop", "idea", "Anna", str(first.stage.id)),
        ("Flyer at the station", "idea", "Anna", str(first.stage.id)),
        ("No parking nearby", "pain", "Anna", str(first.stage.id)),
    ]

    # drag "Flyer at the station" onto the second stage (dropped above its empty space)
    flyer = first.cards[1].note.id
    mime = note_mime(flyer)  # kept alive: the event does not own it
    drop = QDropEvent(
        QPointF(20, 5), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    second.dropEvent(drop)
    first, second = board.columns[0], board.columns[1]
    assert card_texts(first) == ["Nobody knows the shop", "No parking nearby"]
    assert card_texts(second) == ["Flyer at the station"]
    assert saved(project_path, f"SELECT stage FROM idea_note WHERE id = {flyer}") == [(str(second.stage.id),)]
    assert stage_of[second.stage.id] in second.header.text()

    # a vote: Anna and Ben with 3 dots each; Ben gives two dots to the pain, Anna one to the flyer
    panel.voting.participants.setText("Anna, Ben")
    panel.voting.participants.editingFinished.emit()
    panel.voting.voter.setCurrentText("Ben")
    pain = first.cards[1]
    qtbot.mouseClick(pain.dot_button, Qt.MouseButton.LeftButton)
    pain = board.card(pain.note.id)
    qtbot.mouseClick(pain.dot_button, Qt.MouseButton.LeftButton)
    assert panel.voting.left_label.text() == "1 of 3 dots left"
    panel.voting.voter.setCurrentText("Anna")
    qtbot.mouseClick(board.card(flyer).dot_button, Qt.MouseButton.LeftButton)
    assert board.card(pain.note.id).votes_label.text() == "●● 2"
    assert [panel.ranking.item(i).text() for i in range(panel.ranking.count())] == [
        "1. No parking nearby\n●● 2",
        "2. Flyer at the station\n● 1",
    ]
    assert saved(project_path, "SELECT text, votes FROM idea_note WHERE votes > 0 ORDER BY votes DESC") == [
        ("No parking nearby", 2),
        ("Flyer at the station", 1),
    ]

    # the pain becomes a catalogue measure chosen in the dialog. Offered: a measure named after
    # the note, then the catalogue's measures typical of the first stage (index 0), in
    # catalogue order since none shares a word stem ("parki", "nearb") with the note
    chosen: list[list[str]] = []

    def choose(dialog: MeasureChoiceDialog) -> int:
        chosen.append(dialog.keys())
        dialog.choose("social_active")
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeasureChoiceDialog, "exec", choose)
    measures_before = saved(project_path, "SELECT COUNT(*) FROM measure")[0][0]
    qtbot.mouseClick(board.card(pain.note.id), Qt.MouseButton.LeftButton)  # select it
    panel.convert_menu.aboutToShow.emit()
    (to_measure,) = [a for a in panel.convert_menu.actions() if a.text() == "Turn into a measure…"]
    to_measure.trigger()
    assert chosen == [["", "customer_centricity", "social_active", "ugc", "influencers"]]
    link = board.card(pain.note.id).link_label
    qtbot.waitUntil(link.isVisible)  # the new card is laid out and shown
    assert link.text() == "→ Measure: Be active on social media"
    made = saved(project_path, "SELECT id, title, catalog_key FROM measure WHERE catalog_key = 'social_active'")
    assert len(made) == 1 and saved(project_path, "SELECT COUNT(*) FROM measure")[0][0] == measures_before + 1
    assert saved(project_path, f"SELECT converted_kind, converted_id FROM idea_note WHERE id = {pain.note.id}") == [
        ("measure", made[0][0])
    ]
    # one undo step takes the measure and the link back
    assert window.menus.undo_action.text() == "&Undo Turn note into a measure"
    window.menus.undo_action.trigger()
    qtbot.waitUntil(board.card(pain.note.id).isVisible)
    assert not board.card(pain.note.id).link_label.isVisible()
    assert saved(project_path, "SELECT COUNT(*) FROM measure")[0][0] == measures_before
    assert saved(project_path, f"SELECT converted_kind FROM idea_note WHERE id = {pain.note.id}") == [("",)]
    # undo further: Anna's dot comes back to her, and the note's total goes down
    window.menus.undo_action.trigger()
    assert board.card(flyer).votes_label.text() == ""
    assert panel.voting.left_label.text() == "3 of 3 dots left"
    QApplication.processEvents()
