"""The workshop of issue 34's "Done when", scripted through the real window in presentation
mode: ten notes typed with Ctrl+Shift+N and Enter on three stages, a dot vote by three
participants, two notes turned into measures and one into a goal, the timer run; the
plan file holds all of it and the words and report rows say so."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from planner.ideas.export import idea_rows
from planner.store import ProjectStore
from ui.ideas.measure_choice import MeasureChoiceDialog
from ui.main_window import MainWindow

NOTES = {  # column -> notes typed there
    0: ["Nobody knows us", "Sign at the bus stop", "Flyers at the station"],
    4: ["Queue at the till", "Card payment fails", "Pay by phone", "Receipt by e-mail"],
    6: ["Regulars' card", "Birthday voucher", "Who calls after a purchase?"],
}


def test_a_scripted_workshop_in_presentation_mode(qtbot, window: MainWindow, project_path: Path, monkeypatch) -> None:
    window.resize(1366, 768)
    window.presentation.full_screen = False  # offscreen: the test chooses the size
    window.presentation.enter()
    assert window.presentation.active
    for column, texts in NOTES.items():
        window.new_note_action.trigger()  # Ctrl+Shift+N; the window's own action, menu bar hidden
        panel = window.panels["ideas"]
        panel.board.start_entry(panel.board.columns[column].stage.id)
        for text in texts:
            qtbot.keyClicks(panel.board.entry.text, text)
            qtbot.keyClick(panel.board.entry.text, Qt.Key.Key_Return)
        qtbot.keyClick(panel.board.entry.text, Qt.Key.Key_Escape)
    board = panel.board
    assert [len(board.columns[c].cards) for c in NOTES] == [3, 4, 3]
    # the vote: three participants, two dots each
    panel.voting.participants.setText("Anna, Ben, Cem")
    panel.voting.dots.setValue(2)
    panel.voting.participants.editingFinished.emit()
    ids = {card.note.text: card.note.id for column in board.columns for card in column.cards}
    for voter, texts in (
        ("Anna", ["Queue at the till", "Regulars' card"]),
        ("Ben", ["Queue at the till", "Queue at the till"]),
        ("Cem", ["Regulars' card", "Nobody knows us"]),
    ):
        panel.voting.voter.setCurrentText(voter)
        for text in texts:
            panel.give_dot(ids[text])
        assert panel.voting.left_label.text() == "0 of 2 dots left"
    panel.give_dot(ids["Pay by phone"])  # Cem has no dots left: nothing changes
    assert panel.voting.left_label.text() == "Cem has no dots left."
    # Queue 3, Regulars' card 2, Nobody knows us 1
    assert [panel.ranking.item(i).text().split("\n")[0] for i in range(panel.ranking.count())] == [
        "1. Queue at the till",
        "2. Regulars' card",
        "3. Nobody knows us",
    ]
    # two measures (one from the catalogue, one named after the note) and a goal
    picks = iter(["buying_experience", ""])  # offered on the purchase stage (catalogue stages 3, 4)

    def choose(dialog: MeasureChoiceDialog) -> int:
        dialog.choose(next(picks))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(MeasureChoiceDialog, "exec", choose)
    assert panel.convert(ids["Queue at the till"], "measure")
    assert panel.convert(ids["Card payment fails"], "measure")
    assert panel.convert(ids["Regulars' card"], "goal")
    # the timer runs and pauses
    panel.timer.minutes.setValue(3)
    qtbot.mouseClick(panel.timer.start_button, Qt.MouseButton.LeftButton)
    assert panel.timer.running and panel.timer.isVisible()
    qtbot.mouseClick(panel.timer.start_button, Qt.MouseButton.LeftButton)
    assert not panel.timer.running
    window.presentation.leave()
    QApplication.processEvents()
    conn = sqlite3.connect(project_path)
    try:
        assert conn.execute("SELECT COUNT(*), SUM(votes) FROM idea_note").fetchone() == (10, 6)
        assert conn.execute(
            "SELECT n.text, m.title FROM idea_note n JOIN measure m ON m.id = n.converted_id "
            "WHERE n.converted_kind = 'measure' ORDER BY n.position"
        ).fetchall() == [
            ("Queue at the till", "A good buying experience"),
            ("Card payment fails", "Card payment fails"),
        ]
        assert conn.execute(
            "SELECT g.title FROM idea_note n JOIN goal g ON g.id = n.converted_id WHERE n.converted_kind = 'goal'"
        ).fetchall() == [("Regulars' card",)]
    finally:
        conn.close()
    store = ProjectStore.open(project_path)  # what the workbook and report are given
    try:
        turned = [(r.text, r.turned_into) for r in idea_rows(store, "en") if r.turned_into]
    finally:
        store.close()
    assert turned == [
        ("Queue at the till", "Measure: A good buying experience"),
        ("Card payment fails", "Measure: Card payment fails"),
        ("Regulars' card", "Goal: Regulars' card"),
    ]
