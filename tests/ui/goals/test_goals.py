"""The goal table and measures through the real widgets: delegates, undo, owner filter,
SMART check, check-ins, catalogue, the impact/effort matrix, and the saved file."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QComboBox, QSpinBox

from planner.goals import goal_table as g
from planner.store import ProjectStore
from ui.goals.catalog_dialog import CatalogDialog
from ui.goals.panel import GoalsPanel
from ui.goals.tree import COLUMNS, ID_ROLE, KIND_ROLE
from ui.main_window import MainWindow
from ui.measures.panel import MeasuresPanel, to_scene
from ui.texts.dates import DateEdit, show_date


def panel_of(window: MainWindow) -> GoalsPanel:
    window.show_section("goals")
    return window.panels["goals"]


def saved_measure(path: Path, title: str):
    store = ProjectStore.open(path)
    try:
        return next(m for m in g.measures(store) if m.title == title)
    finally:
        store.close()


def first_measure_index(panel: GoalsPanel):
    goal = panel.proxy.index(0, 0)
    return panel.proxy.index(0, 0, goal)


def edit_cell(qtbot, panel: GoalsPanel, row_index, column: str, set_value) -> None:
    index = row_index.siblingAtColumn(COLUMNS.index(column))
    panel.tree.setCurrentIndex(index)
    panel.tree.edit(index)
    editors = [
        w for kind in (QComboBox, DateEdit, QSpinBox) for w in panel.tree.viewport().findChildren(kind) if w.isVisible()
    ]
    assert len(editors) == 1, editors  # the delegate opened the editor that fits the column
    editor = editors[0]
    set_value(editor)
    panel.tree.commitData(editor)
    panel.tree.closeEditor(editor, panel.tree.itemDelegate().EndEditHint.NoHint)
    qtbot.waitUntil(lambda: not panel.tree.viewport().findChildren(type(editor)) or True)
    QApplication.processEvents()  # the edit is stored once the view has closed its editor


def test_edit_measure_cells_with_delegates_and_undo(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    index = first_measure_index(panel)
    title = index.data()
    measure_id = int(index.data(ID_ROLE))
    edit_cell(qtbot, panel, index, "status", lambda e: e.setCurrentIndex(e.findData("stopped")))
    assert saved_measure(project_path, title).status == "stopped"
    index = panel._find("measure", measure_id)  # indexes do not outlive a reload
    edit_cell(qtbot, panel, index, "effort", lambda e: e.setValue(5))
    assert saved_measure(project_path, title).effort == 5
    index = panel._find("measure", measure_id)  # indexes do not outlive a reload
    edit_cell(qtbot, panel, index, "end", lambda e: e.line.setText("2027-12-24"))
    assert saved_measure(project_path, title).end == "2027-12-24"
    index = panel._find("measure", measure_id)  # indexes do not outlive a reload
    owner_before = saved_measure(project_path, title).owner_id
    edit_cell(qtbot, panel, index, "owner", lambda e: e.setCurrentIndex(e.count() - 1))
    assert saved_measure(project_path, title).owner_id != owner_before
    for _ in range(4):
        window.menus.undo_action.trigger()
    restored = saved_measure(project_path, title)
    assert restored.status == "active" and restored.end == ""
    assert restored.effort == 3 and restored.owner_id == owner_before
    window.menus.redo_action.trigger()
    assert saved_measure(project_path, title).status == "stopped"


def test_owner_filter_shows_what_one_person_carries(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    panel.owner_filter.setCurrentIndex(panel.owner_filter.findText("Tom Becker"))
    titles = []
    for row in range(panel.proxy.rowCount()):
        goal = panel.proxy.index(row, 0)
        for child in range(panel.proxy.rowCount(goal)):
            titles.append(panel.proxy.index(child, 1, goal).data())
    assert titles and set(titles) == {"Tom Becker"}
    panel.owner_filter.setCurrentIndex(0)
    assert panel.proxy.rowCount() == 4


def test_new_goal_smart_check_is_live(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    qtbot.mouseClick(panel.add_goal_button, Qt.MouseButton.LeftButton)
    assert panel._current[0] == "goal"
    assert "Describe what exactly should change" in panel.goal_form.smart_label.text()
    description = panel.goal_form.fields["description"].edit
    description.setFocus()
    qtbot.keyClicks(description, "Keep more of our commuter customers every quarter")
    panel.goal_form.fields["title"].edit.setFocus()  # leaving the field commits it
    assert "Object and customer group are named" in panel.goal_form.smart_label.text()
    store = ProjectStore.open(project_path)
    assert g.goals(store)[-1].description == "Keep more of our commuter customers every quarter"
    store.close()
    # baseline from the data: the latest complete quarter's retention rate
    qtbot.mouseClick(panel.goal_form.suggest_button, Qt.MouseButton.LeftButton)
    goal = g.GOALS.get(window.doc.store, panel._current[1])
    assert goal.baseline_value is not None and goal.baseline_date


def test_checkins_drive_progress_of_a_manual_goal(qtbot, window: MainWindow) -> None:
    panel = panel_of(window)
    store = window.doc.store
    manual = next(goal for goal in g.goals(store) if goal.metric == "manual")
    panel.select("goal", manual.id)
    before = panel.model.progress[manual.id].fraction
    panel.goal_form.checkin_value.edit.setText("4")
    qtbot.mouseClick(panel.goal_form.checkin_add, Qt.MouseButton.LeftButton)
    after = panel.model.progress[manual.id].fraction
    assert after > before  # 21 days -> 4 days towards the target of 3
    assert panel.goal_form.checkins.rowCount() == 4
    # the dates in the language's format (they were ISO in German too)
    assert panel.goal_form.checkins.item(0, 0).text() == show_date(g.checkins(store, "goal", manual.id)[0].date)
    window.menus.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Übersicht")
    panel.select("goal", manual.id)
    assert panel.goal_form.checkins.item(0, 0).text()[2] == "."  # dd.mm.yyyy
    window.menus.undo_action.trigger()
    assert panel.model.progress[manual.id].fraction == before


def test_add_from_catalogue_and_reorder(qtbot, window: MainWindow, project_path: Path) -> None:
    panel = panel_of(window)
    panel.select("goal", int(panel.proxy.index(0, 0).data(ID_ROLE)))
    dialog = CatalogDialog(window)
    dialog.search.setText("win-back")
    assert dialog.list.count() >= 1
    dialog.winback_only.setChecked(True)
    dialog.search.setText("")
    assert dialog.list.count() >= 3
    panel.add_measure(dialog.measure())
    goal_id = int(panel.proxy.index(0, 0).data(ID_ROLE))
    store = ProjectStore.open(project_path)
    added = g.measures(store, goal_id)[-1]
    assert added.catalog_key.startswith("winback") and added.goal_ids == (goal_id,)
    store.close()
    # Alt+Up moves it above its neighbour under the same goal
    panel.move_current(-1)
    store = ProjectStore.open(project_path)
    assert g.measures(store, goal_id)[-2].id == added.id
    store.close()
    dialog.close()


def test_matrix_drag_changes_impact_and_effort(qtbot, window: MainWindow, project_path: Path) -> None:
    window.show_section("measures")
    panel = window.panels["measures"]
    assert isinstance(panel, MeasuresPanel)
    view = panel.matrix
    measure_id, dot = next(iter(view.dots.items()))
    start = view.mapFromScene(dot.scenePos())
    target = view.mapFromScene(to_scene(5, 1))
    viewport = view.viewport()

    def send(kind, pos, button, buttons):
        QApplication.sendEvent(
            viewport,
            QMouseEvent(
                kind, QPointF(pos), QPointF(viewport.mapToGlobal(pos)), button, buttons, Qt.KeyboardModifier.NoModifier
            ),
        )

    send(QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, (start + target) / 2, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseMove, target, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
    send(QEvent.Type.MouseButtonRelease, target, Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton)
    store = ProjectStore.open(project_path)
    moved = g.MEASURES.get(store, measure_id)
    store.close()
    assert (moved.effort, moved.impact) == (5, 1)  # now a money pit
    window.menus.undo_action.trigger()
    assert (
        g.MEASURES.get(window.doc.store, measure_id).effort,
        g.MEASURES.get(window.doc.store, measure_id).impact,
    ) != (5, 1)


def test_measure_placed_on_a_touchpoint_from_the_journey(qtbot, window: MainWindow) -> None:
    window.show_section("journey")
    journey = window.panels["journey"]
    tp = journey._points[0]
    journey._select(tp.id)
    assert "none yet" in journey.measures_label.text()
    title = journey.measure_choice.currentText()
    qtbot.mouseClick(journey.place_button, Qt.MouseButton.LeftButton)
    assert title in journey.measures_label.text()
    assert any(tp.id in m.touchpoints and m.title == title for m in g.measures(window.doc.store))


def test_goals_survive_reopening(make_app, project_path: Path) -> None:
    window = make_app(project_path).window
    panel = panel_of(window)
    panel.add_goal()
    window.close()
    again = make_app(project_path).window
    panel = panel_of(again)
    assert panel.proxy.rowCount() == 5
    assert panel.proxy.index(4, 0).data(KIND_ROLE) == "goal"


def test_overview_shows_where_the_plan_stands(qtbot, window: MainWindow) -> None:
    window.show_section("overview")
    status = window.panels["overview"].plan_status
    assert status.goals_grid.count() >= 4 * 3  # title, bar and status per active goal
    assert "customers have lapsed" in status.risk_button.text()
    qtbot.mouseClick(status.risk_button, Qt.MouseButton.LeftButton)
    data = window.panels["data"]
    assert window.current_section() == "data" and data.tabs.currentIndex() == 2
    # one count, one list (issue 33): the number is the rows of the list the button opens
    lapsed = data.risk_list.view.model().rowCount()
    assert status.risk_button.text().startswith(f"{lapsed:,} customers have lapsed")
    # once the churn model is fitted, the overview names the model's list, and opens it
    window.show_section("predict")  # the demo has enough repeat buyers for a model
    qtbot.waitUntil(lambda: window.doc.model_at_risk is not None, timeout=120_000)
    window.show_section("overview")
    assert status.risk_button.text().startswith(f"{window.doc.model_at_risk:,} customers likely to stop")
    qtbot.mouseClick(status.risk_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "predict"
    assert window.panels["predict"].model.rowCount() == window.doc.model_at_risk  # the same customers
    window.show_section("overview")
    qtbot.mouseClick(status.goals_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "goals"


def test_typed_dates_are_read_whole_in_the_language_format(qtbot, make_app, project_path: Path) -> None:
    """Typing 31.12.2027 into a field that showed a November date gave 30.12. (QDateEdit
    clamps the day to the month it shows while typing). German shows 31.12.2027, English
    2027-12-31, everywhere."""
    app = make_app(project_path, language="de")
    panel = panel_of(app.window)
    goal = g.goals(app.window.doc.store)[0]
    panel.select("goal", goal.id)
    field = panel.goal_form.fields["deadline"]
    field.show_value("2026-11-23")
    assert field.edit.text() == "23.11.2026"
    field.edit.line.setFocus()
    field.edit.line.selectAll()
    qtbot.keyClicks(field.edit.line, "31.12.2027")
    qtbot.keyClick(field.edit.line, Qt.Key.Key_Return)
    assert g.GOALS.get(app.window.doc.store, goal.id).deadline == "2027-12-31"
    assert panel.goal_form.fields["deadline"].edit.text() == "31.12.2027"
    # not a date: marked, nothing changes
    field = panel.goal_form.fields["deadline"]
    field.edit.line.setFocus()
    field.edit.line.selectAll()
    qtbot.keyClicks(field.edit.line, "31.02.2027")
    qtbot.keyClick(field.edit.line, Qt.Key.Key_Return)
    assert g.GOALS.get(app.window.doc.store, goal.id).deadline == "2027-12-31"
    assert "C0392B" in field.edit.line.styleSheet()
    app.window.menus.undo_action.trigger()
    assert g.GOALS.get(app.window.doc.store, goal.id).deadline == goal.deadline


def test_one_date_format_per_language(make_app) -> None:
    from ui.texts.dates import parse_date, show_date

    make_app(language="en")
    assert show_date("2027-12-31") == "2027-12-31"
    make_app(language="de")
    assert show_date("2027-12-31") == "31.12.2027"
    assert parse_date("31.12.27").isoformat() == "2027-12-31"
    assert parse_date("2027-12-31").isoformat() == "2027-12-31"
    assert parse_date("31.02.2027") is None


@pytest.mark.parametrize(
    ("language", "hint", "header"),
    [
        ("en", "Search: service, newsletter, discount …", "Start / baseline"),
        ("de", "Suchen: Service", "Start / Ausgangswert"),
    ],
)
def test_catalogue_hint_and_table_header_speak_one_language(
    make_app, project_path: Path, language, hint, header
) -> None:
    """The English hint said 'Rabatt'; the German header said 'Beginn / Ausgang'."""
    window = make_app(project_path, language=language).window
    dialog = CatalogDialog(window)
    assert dialog.search.placeholderText().startswith(hint)
    panel = panel_of(window)
    titles = [panel.proxy.headerData(c, Qt.Orientation.Horizontal) for c in range(panel.proxy.columnCount())]
    assert header in titles


def test_matrix_labels_never_overlap(qtbot, window) -> None:
    # the demo has measures in neighbouring cells of one row (effort 1 and 2, impact 2):
    # their labels once ran into each other; now each stays within its own cell
    window.show_section("measures")
    matrix = window.panels["measures"].matrix
    labels = [dot.childItems()[0] for dot in matrix.dots.values()]
    rects = [label.sceneBoundingRect() for label in labels]
    dots = [dot.sceneBoundingRect() for dot in matrix.dots.values()]
    for i, rect in enumerate(rects):
        assert not any(rect.intersects(other) for j, other in enumerate(rects) if j != i)
        assert not any(rect.intersects(dot) for j, dot in enumerate(dots) if j != i)
    # the whole title stays in reach
    assert all(dot.toolTip() == dot.measure.title for dot in matrix.dots.values())
