"""Journey lanes through the real widgets (issue 34): the Lanes toggle, the lanes of a stage
edited in their dialog by double-click as one undo step, undone and redone, wrapped whole
in a narrow column, every lane at the same height across the stages."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from planner import journey as j
from planner.journey.lanes import set_stage_lanes
from planner.store import ProjectStore
from ui.journey.lanes import LanesDialog
from ui.journey.panel import JourneyPanel
from ui.main_window import MainWindow


def saved_lanes(path: Path) -> tuple[tuple[str, str], ...]:
    store = ProjectStore.open(path)
    try:
        return j.stages(store)[0].lanes
    finally:
        store.close()


def test_lanes_toggle_edit_undo_redo(qtbot, make_app, project_path: Path) -> None:
    store = ProjectStore.open(project_path)  # the demo's first stage without its lanes
    try:
        set_stage_lanes(store, j.stages(store)[0].id, {})
    finally:
        store.close()
    window: MainWindow = make_app(project_path).window
    window.resize(900, 600)
    window.show_section("journey")
    panel = window.panels["journey"]
    assert isinstance(panel, JourneyPanel)
    first = panel.board.columns[0]
    assert not first.lanes.isVisible()  # off by default: the board stays compact
    qtbot.mouseClick(panel.lanes_toggle, Qt.MouseButton.LeftButton)
    assert all(column.lanes.isVisible() for column in panel.board.columns)
    assert first.lanes.lines()["doing"].text == []  # nothing written yet: the lane shows a dash

    typed = "Scrolls through Instagram on the train home"
    seen: list[str] = []

    def fill_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, LanesDialog)
        seen.append(dialog.windowTitle())
        qtbot.keyClicks(dialog.fields["doing"], typed)
        qtbot.keyClicks(dialog.fields["backstage"], "Reel planned")
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, fill_dialog)
    qtbot.mouseDClick(first.lanes, Qt.MouseButton.LeftButton)  # the dialog runs until OK
    assert seen == [f"Lanes of “{first.stage.name}”"]
    assert saved_lanes(project_path) == (("doing", typed), ("backstage", "Reel planned"))

    lines = panel.board.columns[0].lanes.lines()
    # at 900 px the column is narrow: the text wraps over several lines, every word whole
    assert len(lines["doing"].text) > 1
    assert " ".join(lines["doing"].text) == typed
    metrics = QFontMetrics(first.lanes.font_for_text)
    assert all(metrics.horizontalAdvance(line) <= first.lanes.text_width() for line in lines["doing"].text)
    # the box is as tall as its lanes, and every stage's box as tall as the tallest
    assert first.lanes.height() >= sum(first.lanes.needed_heights())
    assert {column.lanes.height() for column in panel.board.columns} == {first.lanes.height()}

    window.menus.undo_action.trigger()  # the whole dialog is one step
    assert panel.board.columns[0].lanes.lines()["doing"].text == []
    assert panel.board.columns[0].lanes.lines()["backstage"].text == []
    assert saved_lanes(project_path) == ()
    window.menus.redo_action.trigger()
    assert " ".join(panel.board.columns[0].lanes.lines()["doing"].text) == typed
    assert saved_lanes(project_path) == (("doing", typed), ("backstage", "Reel planned"))

    qtbot.mouseClick(panel.lanes_toggle, Qt.MouseButton.LeftButton)  # off again
    assert not panel.board.columns[0].lanes.isVisible()
