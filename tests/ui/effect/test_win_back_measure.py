"""A win-back measure made from the data section's win-back list: its participants are
exactly the customers shown, it lands in the file, the Effectiveness section shows it with
what it still needs, and undo takes it away."""

from __future__ import annotations

from pathlib import Path

from planner.effect.participants import parse_participants
from planner.goals import goal_table as g


def test_a_measure_for_the_customers_shown(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path).window
    window.resize(1280, 800)
    data = window.panels["data"]
    data.show_at_risk()
    risk = data.risk_list
    first = str(risk.visible_customers()[0])
    risk.filter_edit.setText(first[:4])  # the list as the user filtered it: numbers starting so
    shown = [str(c) for c in risk.visible_customers()]
    assert 0 < len(shown) < risk.model.rowCount()
    before = len(g.measures(window.doc.store))
    data.win_back_button.click()
    assert window.current_section() == "effectiveness"
    measures = g.measures(window.doc.store)
    assert len(measures) == before + 1
    made = measures[-1]
    assert made.title == f"Win-back: {len(shown)} lapsed customers"
    spec = parse_participants(made.participants)
    assert spec.kind == "list" and sorted(spec.customers) == sorted(shown)
    panel = window.panels["effectiveness"]
    assert panel.selected_id() == made.id
    qtbot.waitUntil(lambda: panel._task is not None and not panel.busy(), timeout=60_000)
    # started today, after the end of the demo data: not judgeable yet, and the section says why
    assert panel.detail.badge.text() == "not enough data"
    assert f"a list of {len(shown)} customers" in panel.detail.participants.text()
    window.doc.undo_stack.undo()
    assert len(g.measures(window.doc.store)) == before
