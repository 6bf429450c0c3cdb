"""Two apps with the same plan open (issue 9, point 5), driven through real windows.

`make_app(path)` opens a document without a lock: two of them on one file behave like two
apps that could not see each other's lock (an old version, a drive without lock files).
`window.open_project` takes the lock as a user's File > Open does.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from planner.goals import goal_table as g
from planner.store import ProjectStore
from ui.goals.commands import DeleteRecordCommand, UpdateRecordCommand
from ui.personas.commands import UpdatePersonaCommand


def test_second_opener_is_told_and_looks_read_only(qtbot, make_app, project_path: Path, monkeypatch) -> None:
    anna = make_app().window
    assert anna.open_project(project_path) and not anna.doc.read_only
    ben = make_app().window
    asked = []
    monkeypatch.setattr(ben, "ask_plan_in_use", lambda holder: asked.append(holder) or "read_only")
    assert ben.open_project(project_path)
    assert asked and asked[0].token == anna.doc.lock.info.token
    assert ben.doc.read_only and ben.read_only_bar.isVisible()
    assert asked[0].user in ben.read_only_bar.text() and "read-only" in ben.read_only_bar.text()
    # an edit in the read-only window is refused in plain words and changes nothing
    before = project_path.read_bytes()
    ben.doc.change_settings("company", company="Ben's company")
    assert ben.notice_bar.isVisible() and "Your change was not saved" in ben.notice_bar.text()
    assert ben.doc.undo_stack.count() == 0 and project_path.read_bytes() == before
    assert ben.open_import_dialog() is None
    # Anna edits; Ben's window notices the other process's commit and shows it
    persona = anna.doc.personas()[0]
    anna.doc.undo_stack.push(UpdatePersonaCommand(anna.doc, persona.id, "Name", name="Anna renamed it"))
    assert ben.doc.check_external_changes()
    model = ben.panels["personas"].model
    names = [model.data(model.index(row, 0)) for row in range(model.rowCount())]
    assert "Anna renamed it" in names
    assert not ben.doc.check_external_changes()  # nothing new since
    # Ben opened read-only; taking over must keep his new lock alive, or it goes stale
    qtbot.mouseClick(ben.take_over_button, Qt.MouseButton.LeftButton)
    assert not ben.doc.read_only and ben.doc._heartbeat.isActive()


def test_taking_over_turns_the_first_window_read_only(qtbot, make_app, project_path: Path, monkeypatch) -> None:
    anna = make_app().window
    anna.open_project(project_path)
    anna.doc.change_settings("company", company="Anna's")
    assert anna.doc.undo_stack.count() == 1
    ben = make_app().window
    monkeypatch.setattr(ben, "ask_plan_in_use", lambda holder: "take_over")
    assert ben.open_project(project_path) and not ben.doc.read_only
    anna.doc.renew_lock()  # her next heartbeat
    assert anna.doc.read_only and anna.read_only_bar.isVisible()
    assert "took over editing" in anna.notice_bar.text()
    assert anna.doc.undo_stack.count() == 0  # her undo could overwrite Ben's work now
    # and she can take it back knowingly
    qtbot.mouseClick(anna.take_over_button, Qt.MouseButton.LeftButton)
    assert not anna.doc.read_only and not anna.read_only_bar.isVisible()
    ben.doc.renew_lock()
    assert ben.doc.read_only


def test_cancel_when_the_plan_is_in_use_opens_nothing(qtbot, make_app, project_path: Path, monkeypatch) -> None:
    anna = make_app().window
    anna.open_project(project_path)
    ben = make_app().window
    monkeypatch.setattr(ben, "ask_plan_in_use", lambda holder: None)
    assert not ben.open_project(project_path) and ben.doc is None


def test_undo_after_a_colleagues_change_is_refused_in_plain_words(qtbot, make_app, project_path: Path) -> None:
    anna, ben = make_app(project_path).window, make_app(project_path).window
    goal = g.goals(anna.doc.store)[0]
    anna.doc.undo_stack.push(UpdateRecordCommand(anna.doc, g.GOALS, goal.id, "title", title="Anna's title"))
    ben.doc.undo_stack.push(UpdateRecordCommand(ben.doc, g.GOALS, goal.id, "title", title="Ben's title"))
    anna.menus.undo_action.trigger()
    assert "changed meanwhile" in anna.notice_bar.text() and anna.notice_bar.isVisible()
    assert g.GOALS.get(ProjectStore.open(project_path), goal.id).title == "Ben's title"
    assert anna.doc.undo_stack.count() == 0  # the stale step is gone, not waiting to misfire


def test_editing_a_record_deleted_elsewhere_says_so(qtbot, make_app, project_path: Path) -> None:
    anna, ben = make_app(project_path).window, make_app(project_path).window
    measure = g.measures(anna.doc.store)[0]
    ben.doc.undo_stack.push(DeleteRecordCommand(ben.doc, g.MEASURES, measure.id))
    anna.doc.undo_stack.push(UpdateRecordCommand(anna.doc, g.MEASURES, measure.id, "cost", cost=5.0))
    assert "deleted meanwhile" in anna.notice_bar.text()
    assert anna.doc.undo_stack.count() == 0
    # deleting it again, or undoing Ben's delete twice, is just as calm
    anna.doc.undo_stack.push(DeleteRecordCommand(anna.doc, g.MEASURES, measure.id))
    assert anna.doc.undo_stack.count() == 0 and "deleted meanwhile" in anna.notice_bar.text()
