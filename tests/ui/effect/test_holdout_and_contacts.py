"""The Effectiveness section offers a random holdout for a measure's participants, judges the
measure against it (labelled randomised), and exports the contact list without it."""

from __future__ import annotations

import csv
from pathlib import Path

from planner.effect.holdout import parse_holdout
from planner.goals import goal_table as g
from tests.ui.effect.panel_helpers import judged as _judged
from tests.ui.effect.panel_helpers import row_of as _row


def test_a_holdout_is_drawn_stored_judged_against_and_left_off_the_contact_list(qtbot, panel, tmp_path: Path) -> None:
    panel.table.setCurrentCell(_row(panel, "Invitations and events"), 0)
    measure_id = panel.selected_id()
    assert panel.detail.holdout_button.text() == "Keep a random holdout…"
    panel.participant_actions.toggle_holdout(15)
    _judged(qtbot, panel)
    held = parse_holdout(g.MEASURES.get(panel._doc.store, measure_id).holdout)
    assert len(held) >= 30
    assert (
        "Holdout: " in panel.detail.participants.text() and "randomised comparison" in panel.detail.participants.text()
    )
    assert "Randomised comparison" in panel.detail.numbers.text()
    assert "randomly held-out customers" in panel.detail.sentence.text()
    assert panel.detail.holdout_button.text() == "Remove the holdout"

    path = tmp_path / "contacts.csv"
    panel.participant_actions.export_contacts(path)
    with path.open(encoding="utf-8") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["Email Address", "First Name", "Last Name"]
    assert panel.detail.contacts_note.isVisible()
    assert f"{len(held)} held out at random are not on it" in panel.detail.contacts_note.text()

    panel._doc.undo_stack.undo()  # the holdout is one undo step
    _judged(qtbot, panel)
    assert g.MEASURES.get(panel._doc.store, measure_id).holdout == ""
    assert "Matched comparison" in panel.detail.numbers.text()


def test_the_smallest_effect_worth_having_is_typed_saved_and_weighed(qtbot, panel) -> None:
    from PySide6.QtCore import Qt

    panel.table.setCurrentCell(_row(panel, "Proactive contact after the purchase"), 0)
    measure_id = panel.selected_id()
    spin = panel.detail.worth
    assert spin.text() == "not set"
    spin.setFocus()
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, "5")
    qtbot.keyClick(spin, Qt.Key.Key_Return)
    _judged(qtbot, panel)
    assert g.MEASURES.get(panel._doc.store, measure_id).worth_having == 5.0
    assert "the team named as worth having" in panel.detail.sentence.text()
    panel._doc.undo_stack.undo()
    _judged(qtbot, panel)
    assert g.MEASURES.get(panel._doc.store, measure_id).worth_having is None
    assert panel.detail.worth.text() == "not set"
