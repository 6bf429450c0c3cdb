"""A goal set on a segment in the goal form: stored, shown, measured on the segment, one undo step."""

from __future__ import annotations

from pathlib import Path

from planner.goals import goal_table as g
from planner.segments.subset import Segment
from planner.store import ProjectStore
from ui.goals.panel import GoalsPanel
from ui.main_window import MainWindow


def test_goal_on_a_segment(qtbot, window: MainWindow, project_path: Path) -> None:
    window.show_section("goals")
    panel: GoalsPanel = window.panels["goals"]
    goal = next(goal for goal in g.goals(window.doc.store) if goal.metric == "retention_rate")
    panel.select("goal", goal.id)
    field = panel.goal_form.segment_field
    assert field.isEnabled() and field.column_combo.currentData() == ""  # all data
    column = field.column_combo.findData("channel")
    assert column > 0 and field.column_combo.itemText(column) == "Channel"
    field.column_combo.setCurrentIndex(column)
    field.column_combo.activated.emit(column)  # a column chosen: its largest value is taken at once
    value = field.value_combo.currentData()
    assert value
    store = ProjectStore.open(project_path)
    saved = g.GOALS.get(store, goal.id)
    store.close()
    assert (saved.segment_column, saved.segment_value) == ("channel", value)
    # measured on the segment's own rows: the latest judgeable retention of that channel
    settings = window.doc.settings()
    own = window.doc.sales_analysis().segment(Segment("channel", value))
    periods = own.judgeable_periods(settings.period, settings.activity_window_months)
    latest = [p["retention_rate"] for p in periods if not p["partial"] and p["retention_rate"] is not None][-1]
    assert panel.model.progress[goal.id].current == latest
    title = panel.proxy.index(0, 0).data()
    shown = [panel.proxy.index(r, 0).data() for r in range(panel.proxy.rowCount())]
    assert f"{goal.title}  [Channel = {value}]" in shown, (title, shown)
    # one undo step takes column and value back
    window.menus.undo_action.trigger()
    back = g.GOALS.get(window.doc.store, goal.id)
    assert (back.segment_column, back.segment_value) == ("", "")
    assert field.column_combo.currentData() == ""
