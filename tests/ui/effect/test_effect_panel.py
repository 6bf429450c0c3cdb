"""The Effectiveness section on the demo: every measure judged off the GUI thread, verdict
badges and sentences as the planner gives them, warnings in plain words, what is missing for
the unjudgeable, and participants edited as undoable steps that land in the file."""

from __future__ import annotations

from pathlib import Path

from planner.goals import goal_table as g
from planner.store import ProjectStore
from tests.ui.effect.panel_helpers import judged as _judged
from tests.ui.effect.panel_helpers import row_of as _row


def test_every_measure_gets_its_verdict(panel) -> None:
    verdicts = {
        panel.table.item(r, 0).text().split("\n")[0]: panel.table.item(r, 2).text()
        for r in range(panel.table.rowCount())
    }
    assert verdicts["Proactive contact after the purchase"] == "works"  # the random service reminder
    assert verdicts["Invitations and events"] == "no clear effect"
    assert verdicts["Loyalty programme"] == "cannot be judged"  # the card was handed to returners
    assert verdicts["Share your knowledge"] == "not enough data"


def test_the_detail_renders_for_every_state(qtbot, panel) -> None:
    seen = set()
    for row in range(panel.table.rowCount()):
        panel.table.setCurrentCell(row, 0)
        detail = panel.detail
        verdict = panel.table.item(row, 2).text()
        assert detail.badge.text() == verdict
        assert detail.sentence.text()
        if verdict == "not enough data":
            assert detail.missing.isVisible() and "What would make this judgeable" in detail.missing.text()
        else:
            assert detail.numbers.isVisible() and "95 %" in detail.numbers.text()
        seen.add(verdict)
    assert seen == {"works", "no clear effect", "not enough data", "cannot be judged"}
    panel.table.setCurrentCell(_row(panel, "Loyalty programme"), 0)
    assert panel.detail.warnings.isVisible()
    assert "overstates the effect" in panel.detail.warnings.text()
    assert "join dates avoids this" in panel.detail.sentence.text()


def test_the_detail_names_the_comparison_placebos_money_and_power(panel) -> None:
    panel.table.setCurrentCell(_row(panel, "Proactive contact after the purchase"), 0)
    text = panel.detail.numbers.text()
    assert "Matched comparison" in text and "Not randomised" in text
    assert "Without matching" in text
    assert "Placebo starts" in text and text.count("points (95 %") >= 3
    assert "gross margin" in text
    assert "Smallest effect this measure can detect" in text and "judged from" in text
    assert "gross margin in 3 months" in panel.detail.sentence.text()


def test_clearing_participants_is_undoable_and_saved(qtbot, panel, project_path: Path) -> None:
    panel.table.setCurrentCell(_row(panel, "Proactive contact"), 0)
    measure_id = panel.selected_id()
    listed = g.MEASURES.get(panel._doc.store, measure_id).participants
    panel.detail.clear_button.click()
    _judged(qtbot, panel)
    assert panel.table.item(_row(panel, "Proactive contact"), 2).text() != "works"
    assert "not defined" in panel.detail.participants.text()
    store = ProjectStore.open(project_path)  # another reader sees the change on disk
    try:
        assert g.MEASURES.get(store, measure_id).participants == ""
    finally:
        store.close()
    panel._doc.undo_stack.undo()
    _judged(qtbot, panel)
    assert g.MEASURES.get(panel._doc.store, measure_id).participants == listed
    assert panel.table.item(_row(panel, "Proactive contact"), 2).text() == "works"


def test_a_participants_list_is_imported_from_a_file(qtbot, panel, tmp_path: Path) -> None:
    panel.table.setCurrentCell(_row(panel, "Complaint management"), 0)
    listed = tmp_path / "beschwerden.csv"
    listed.write_text("Kundennummer;Beitritt\n20001;2026-02-03\n20002;\n", encoding="utf-8")
    panel.participant_actions.import_participants_from(listed)
    _judged(qtbot, panel)
    assert "a list of 2 customers" in panel.detail.participants.text()
    assert "join date" in panel.detail.participants.text()
    assert panel.detail.badge.text() == "not enough data"  # two customers are too few
    assert "Too few customers" in panel.detail.missing.text()


def test_a_manual_kpi_shows_its_check_ins_against_the_target(qtbot, panel) -> None:
    # the demo's waiting-time measure serves "Workshop without waiting", a KPI entered by
    # hand (days until an appointment): three check-ins, target 3 days
    panel.table.setCurrentCell(_row(panel, "Reduce waiting time"), 0)
    _judged(qtbot, panel)  # the charts are rendered in the background too
    detail = panel.detail
    assert not detail.checkin_chart.isHidden()
    assert "Workshop without waiting" in detail.checkin_caption.text()
    assert "3.0 days" in detail.checkin_caption.text()
    axes = detail.checkin_chart.figure.axes[0]
    (line,) = [drawn for drawn in axes.get_lines() if drawn.get_marker() == "o"]
    assert list(line.get_ydata()) == [21.0, 14.0, 9.0]  # in date order
    assert any(list(drawn.get_ydata()) == [3.0, 3.0] for drawn in axes.get_lines())  # the target line
    # a measure whose goals are all measured from the data has no check-in chart
    panel.table.setCurrentCell(_row(panel, "Loyalty programme"), 0)
    assert detail.checkin_chart.isHidden()
