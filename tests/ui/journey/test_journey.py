"""The journey map through the real widgets: create, edit, drag and drop, delete, undo,
stages, filters, the emotion curve, export, and persistence."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QLineEdit

from planner import journey as j
from planner.store import ProjectStore
from ui.journey.panel import JourneyPanel
from ui.main_window import MainWindow


def panel_of(window: MainWindow) -> JourneyPanel:
    window.show_section("journey")
    panel = window.panels["journey"]
    assert isinstance(panel, JourneyPanel)
    return panel


def saved(path: Path) -> tuple[list[str], dict[str, list[str]]]:
    store = ProjectStore.open(path)
    try:
        stages = j.stages(store)
        return [s.name for s in stages], {s.name: [tp.name for tp in j.touchpoints(store, s.id)] for s in stages}
    finally:
        store.close()


def test_create_edit_delete_touchpoint_with_undo(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    first_stage = panel.board.columns[0]
    before = first_stage.model.rowCount()
    # double-click on the empty part of a column creates a card there
    viewport = first_stage.view.viewport()
    qtbot.mouseDClick(viewport, Qt.MouseButton.LeftButton, pos=QPoint(20, viewport.height() - 10))
    assert first_stage.model.rowCount() == before + 1
    name = panel.editor.name
    name.selectAll()
    qtbot.keyClicks(name, "Plakat am Bahnhof")
    qtbot.keyClick(name, Qt.Key.Key_Return)
    stage_name = panel._stages[0].name
    assert saved(project_path)[1][stage_name][-1] == "Plakat am Bahnhof"
    # emotion with the keyboard on the slider
    panel.editor.emotion.setFocus()
    qtbot.keyClick(panel.editor.emotion, Qt.Key.Key_Left)
    store = ProjectStore.open(project_path)
    assert j.touchpoints(store, panel._stages[0].id)[-1].emotion == -1
    store.close()
    window.menus.undo_action.trigger()  # emotion
    window.menus.undo_action.trigger()  # name
    assert saved(project_path)[1][stage_name][-1] == "New touchpoint"
    window.menus.undo_action.trigger()  # creation
    assert first_stage.model.rowCount() == before
    window.menus.redo_action.trigger()
    assert first_stage.model.rowCount() == before + 1
    # delete with the Delete key, undo restores it in place
    panel.board.select(first_stage.model.items[0].id)
    first_stage.view.setFocus()
    removed = first_stage.model.items[0].name
    panel.delete_selected()
    assert removed not in saved(project_path)[1][stage_name]
    window.menus.undo_action.trigger()
    assert saved(project_path)[1][stage_name][0] == removed


def drop_on(view, source_model, row: int, target_row: int) -> None:
    """Drop a card through the target view as Qt's drag and drop delivers it."""
    mime = source_model.mimeData([source_model.index(row)])
    rect = view.visualRect(view.model().index(target_row)) if target_row < view.model().rowCount() else None
    pos = rect.center() if rect is not None else QPoint(10, view.viewport().height() - 5)
    event = QDropEvent(
        pos.toPointF(), Qt.DropAction.MoveAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    view.dropEvent(event)


def test_drag_and_drop_between_and_within_stages(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    a, b = panel.board.columns[0], panel.board.columns[1]
    moving = a.model.items[0].name
    drop_on(b.view, a.model, 0, 0)  # onto b's first card: insert before it
    names = saved(project_path)[1]
    assert names[b.stage.name][0] == moving and moving not in names[a.stage.name]
    window.menus.undo_action.trigger()
    assert saved(project_path)[1][a.stage.name][0] == moving
    # within a stage: the third card of "Solution search" to the top
    c = panel.board.columns[2]
    third = c.model.items[2].name
    drop_on(c.view, c.model, 2, 0)
    assert saved(project_path)[1][c.stage.name][0] == third
    # keyboard: Alt+Right moves the selected card to the next stage
    panel.board.select(c.model.items[0].id)
    panel.nudge(1, 0)
    assert saved(project_path)[1][panel.board.columns[3].stage.name][0] == third


def test_stages_rename_reorder_delete(qtbot, window: MainWindow, project_path: Path, monkeypatch) -> None:
    panel = panel_of(window)
    stages = saved(project_path)[0]
    # reorder by dropping the last stage's header onto the first one
    from PySide6.QtCore import QByteArray, QMimeData

    from ui.journey.board import STAGE_MIME

    last, first = panel.board.columns[-1].header, panel.board.columns[0].header
    mime = QMimeData()
    mime.setData(STAGE_MIME, QByteArray(str(last.stage.id).encode()))
    first.dropEvent(
        QDropEvent(
            first.rect().center().toPointF(),
            Qt.DropAction.MoveAction,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
    )
    assert saved(project_path)[0] == [stages[-1]] + stages[:-1]
    window.menus.undo_action.trigger()
    assert saved(project_path)[0] == stages
    # rename (the dialog answers "Neugier")
    monkeypatch.setattr("ui.journey.editing.QInputDialog.getText", lambda *a, **k: ("Neugier", True))
    panel.rename_stage(panel.board.columns[0].stage.id)
    assert saved(project_path)[0][0] == "Neugier"
    # delete a stage, moving its cards to the neighbour; undo brings both back
    second = panel.board.columns[1].stage
    cards = saved(project_path)[1][second.name]
    panel.delete_stage(second.id, choice="move")
    names = saved(project_path)[1]
    assert second.name not in names and names["Neugier"][-len(cards) :] == cards
    window.menus.undo_action.trigger()
    assert saved(project_path)[1][second.name] == cards
    panel.delete_stage(second.id, choice="delete")
    assert second.name not in saved(project_path)[0]
    window.menus.undo_action.trigger()
    assert saved(project_path)[1][second.name] == cards


def test_filters_and_emotion_curve(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    total = sum(c.model.rowCount() for c in panel.board.columns)
    panel.channel_filter.setCurrentIndex(panel.channel_filter.findData("store"))
    shown = [tp for c in panel.board.columns for tp in c.model.items]
    assert 0 < len(shown) < total and {tp.channel for tp in shown} == {"store"}
    panel.channel_filter.setCurrentIndex(0)
    owner = panel.owner_filter.itemData(2)
    panel.owner_filter.setCurrentIndex(2)
    assert {tp.owner_id for c in panel.board.columns for tp in c.model.items} == {owner}
    panel.owner_filter.setCurrentIndex(0)
    curve = panel.curve()
    assert curve.lowest and len(curve.average) == len(panel._stages)
    assert panel._curve_view.chart is not None and panel._curve_view.chart.figure.axes
    # the consistency view lists each channel across the stages
    qtbot.mouseClick(panel.view_toggle, Qt.MouseButton.LeftButton)
    assert panel.map_stack.currentIndex() == 1 and panel.consistency.rowCount() > 5


@pytest.mark.parametrize("suffix", [".png", ".svg", ".pdf"])
def test_export(window: MainWindow, tmp_path: Path, suffix: str) -> None:
    panel = panel_of(window)
    target = tmp_path / f"journey{suffix}"
    assert panel.export(target) >= 1
    assert target.stat().st_size > 10_000


def test_journey_survives_reopening(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path).window
    panel = panel_of(window)
    panel.add_touchpoint(panel.board.columns[-1].stage.id)
    last_stage = panel.board.columns[-1].stage.name
    window.close()
    again = make_app(project_path).window
    panel = panel_of(again)
    assert panel.board.columns[-1].model.items[-1].name == "New touchpoint"
    assert saved(project_path)[1][last_stage][-1] == "New touchpoint"
    assert isinstance(panel.editor.name, QLineEdit)


def test_team_list_edits_are_undoable_and_feed_the_owner_choice(qtbot, window: MainWindow, project_path: Path) -> None:
    overview = window.panels["overview"]
    team = overview.team_box
    rows = team.table.rowCount()
    qtbot.mouseClick(team.add_button, Qt.MouseButton.LeftButton)
    assert team.table.rowCount() == rows + 1
    item = team.table.item(rows, 1)
    item.setText("Azubi")
    store = ProjectStore.open(project_path)
    assert j.team(store)[-1].role == "Azubi"
    store.close()
    journey = panel_of(window)
    assert journey.editor.owner.findText("New team member (Azubi)") >= 0
    window.menus.undo_action.trigger()
    window.menus.undo_action.trigger()
    assert team.table.rowCount() == rows
    # removing an owner leaves their touchpoints without one; undo gives them back
    team.table.setCurrentCell(0, 0)
    owner_id = int(team.table.item(0, 0).data(Qt.ItemDataRole.UserRole + 1))
    owned = [tp.id for tp in journey._points if tp.owner_id == owner_id]
    team.remove_current()
    assert all(tp.owner_id is None for tp in journey._points if tp.id in owned)
    window.menus.undo_action.trigger()
    assert all(tp.owner_id == owner_id for tp in journey._points if tp.id in owned)


def test_stage_keyboard_reorder(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    stages = saved(project_path)[0]
    panel.board.select(panel.board.columns[1].model.items[0].id)
    panel.nudge_stage(1)
    assert saved(project_path)[0][1:3] == [stages[2], stages[1]]
    panel.nudge_stage(-1)
    assert saved(project_path)[0] == stages


@pytest.mark.parametrize("language", ["de", "en"])
def test_a_new_plan_starts_with_the_seven_stages(qtbot, make_app, tmp_path: Path, monkeypatch, language: str) -> None:
    """File > New used to give an empty journey map, and 'New touchpoint' then asked for a
    stage name without saying why."""
    app = make_app(language=language)
    path = tmp_path / "mine.rplan"
    monkeypatch.setattr(app.window, "_ask_new_path", lambda title: path)
    app.window.new_project()
    panel = panel_of(app.window)
    shown = [column.header.stage.name for column in panel.board.columns]
    assert shown == list(j.DEFAULT_STAGES[language])
    assert saved(path)[0] == shown
    panel.delete_stage(panel.board.columns[0].stage.id, choice="delete")
    assert saved(path)[0] == shown[1:]
    app.window.menus.undo_action.trigger()
    assert saved(path)[0] == shown


def test_export_shows_what_the_screen_shows(window: MainWindow, tmp_path: Path) -> None:
    # SVG keeps its texts as text (svg.fonttype none), so we can read what the page shows
    panel = panel_of(window)
    target = tmp_path / "journey.svg"
    panel.export(target)
    svg = target.read_text(encoding="utf-8")
    points = panel.visible_touchpoints()
    from planner.journey import channel_badge

    for tp in points:
        assert f">{channel_badge(tp.channel)[0]}<" in svg.replace("&amp;", "&"), tp.channel  # channel badges
    assert ">+2<" in svg and ">-1<" in svg  # emotion scores on the cards
    for stage in panel._stages:  # the curve has its stage labels (beside the column heads)
        assert svg.count(f">{stage.name}<") >= 2, stage.name
    for persona in window.doc.personas():  # and its legend
        assert f">{persona.name}<" in svg
    assert ">Average of all touchpoints<" in svg and ">Lowest point: retention is lost here<" in svg


def test_card_names_break_after_hyphens_on_narrow_cards(qapp) -> None:
    """Seen at 1280x800: "Instagram-Reels lokaler Touren" showed as "Instag…"; issue 34: on a
    projector as "Insta…". A name breaks after a hyphen as well as at spaces, over as many
    lines as it needs; a word wider than the card is broken with a hyphen, never cut."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.journey.board import wrap_text

    metrics = QFontMetrics(QFont())
    hyphen_word = metrics.horizontalAdvance("Instagram-")
    lines = wrap_text("Instagram-Reels lokaler Touren", metrics, hyphen_word + 2)
    assert lines[0] == "Instagram-"
    assert " ".join(lines).replace("- ", "-") == "Instagram-Reels lokaler Touren"  # the whole name
    assert all(metrics.horizontalAdvance(line) <= hyphen_word + 2 for line in lines)
    narrow = wrap_text("Werkstatttermin", metrics, metrics.horizontalAdvance("Werkst-"))
    assert len(narrow) >= 2 and all(line.endswith("-") for line in narrow[:-1])
    assert "".join(line[:-1] for line in narrow[:-1]) + narrow[-1] == "Werkstatttermin"  # no letter lost
    assert wrap_text("Phone call", metrics, 10_000) == ["Phone call"]


def test_a_long_word_on_a_card_breaks_between_syllables(qtbot) -> None:
    """Seen on a projector at 1280x720: "Tischreservieru-ng per Telefon". A word wider than
    the card breaks where a syllable ends if one does on the better part of the line, as the
    report does: "Tischreservie-rung" (Tisch-re-ser-vie-rung), "Beschwerdemanage-ment"."""
    from PySide6.QtGui import QFont, QFontMetrics

    from ui.journey.wrapping import wrap_text

    metrics = QFontMetrics(QFont())
    # room for "Tischreservieru-" but not for the whole word: the old break fell after the u
    width = metrics.horizontalAdvance("Tischreservieru-")
    lines = wrap_text("Tischreservierung per Telefon", metrics, width)
    assert lines[0] == "Tischreservie-" and lines[1].startswith("rung")
    lines = wrap_text("Beschwerdemanagement", metrics, metrics.horizontalAdvance("Beschwerdemanagem-"))
    assert lines == ["Beschwerdemanage-", "ment"]
    # no syllable end on the better part of the line: broken where the line ends, as before
    lines = wrap_text("Xxxxxxxxxxxxxxxx", metrics, metrics.horizontalAdvance("Xxxxxxxx-"))
    assert lines[0] == "Xxxxxxxx-"


def test_stage_headers_break_a_word_longer_than_the_column(qtbot, make_app, project_path) -> None:
    """Issue 34: "Unbewusst…" on a projector. A word wider than the column is broken with a
    hyphen (after trying a slightly smaller type), never cut: the whole name stays readable."""
    window = make_app(project_path, language="de").window
    window.resize(1280, 800)
    window.show_section("journey")
    board = window.panels["journey"].board
    header = board.columns[0].header
    header.resize(60, header.height())
    header.fit_text()
    assert "…" not in header.text() and header.toolTip() == header.stage.name
    assert "\n" in header.text()  # 60 px holds no 12-letter word
    assert header.text().replace("-\n", "") == header.stage.name  # every letter is there
    header.resize(400, header.height())
    header.fit_text()
    assert header.text() == header.stage.name
