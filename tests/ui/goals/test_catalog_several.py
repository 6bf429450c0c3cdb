"""The catalogue in a workshop (issue 34): several measures ticked and added together as
one undo step; channels that fit any business, not a bicycle shop's workshop."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from planner.goals import goal_table as g
from planner.goals.catalog import catalog
from planner.journey.channels import CHANNELS
from planner.store import ProjectStore
from ui.goals.catalog_dialog import CatalogDialog
from ui.goals.tree import ID_ROLE
from ui.main_window import MainWindow


def saved_titles(path: Path, goal_id: int) -> list[str]:
    store = ProjectStore.open(path)
    try:
        return [m.title for m in g.measures(store, goal_id)]
    finally:
        store.close()


def test_three_ticked_measures_are_added_as_one_undo_step(qtbot, window: MainWindow, project_path: Path) -> None:
    window.show_section("goals")
    panel = window.panels["goals"]
    goal_id = int(panel.proxy.index(0, 0).data(ID_ROLE))
    panel.select("goal", goal_id)
    before = saved_titles(project_path, goal_id)
    dialog = CatalogDialog(window)
    qtbot.addWidget(dialog)
    # tick one with the mouse's box, then filter and tick two more: ticks survive the filter
    first = dialog.list.item(0)
    first_title = first.text()
    first.setCheckState(Qt.CheckState.Checked)
    dialog.search.setText("win-back")
    dialog.tick("winback_call")
    dialog.tick("winback_offer")
    dialog.search.setText("")
    ticked = [dialog.list.item(r) for r in range(dialog.list.count())]
    assert sum(item.checkState() == Qt.CheckState.Checked for item in ticked) == 3
    assert dialog.add_button.text().endswith("(3)")
    assert dialog.add_button.isEnabled()
    added = [m.title for m in dialog.measures()]
    assert added == [first_title, *(e.title for e in catalog("en") if e.key in ("winback_call", "winback_offer"))]
    undo_before = window.doc.undo_stack.count()
    panel.add_measures(dialog.measures())
    assert saved_titles(project_path, goal_id) == before + added
    assert window.doc.undo_stack.count() == undo_before + 1  # one step for the three
    assert "3" in window.menus.undo_action.text()
    window.menus.undo_action.trigger()
    assert saved_titles(project_path, goal_id) == before  # and one Ctrl+Z takes all three back
    window.menus.redo_action.trigger()
    assert saved_titles(project_path, goal_id) == before + added


def test_nothing_ticked_adds_the_measure_under_the_cursor(qtbot, window: MainWindow) -> None:
    dialog = CatalogDialog(window)
    qtbot.addWidget(dialog)
    dialog.list.setCurrentRow(2)
    assert [m.title for m in dialog.measures()] == [dialog.list.item(2).text()]
    assert dialog.add_button.text() == "Add to the goal"


def test_catalogue_channels_are_generic() -> None:
    """The bicycle shop's 'workshop' channel and its 'rides' were left in the catalogue."""
    for language in ("de", "en"):
        for entry in catalog(language):
            assert "workshop" not in entry.channels, entry.key
            assert set(entry.channels) <= set(CHANNELS), entry.key
            text = f"{entry.title} {entry.description}".lower()
            for word in ("bike", "bicycle", "ride", "fahrrad", "ausfahrt", "werkstatt"):
                assert word not in text, (entry.key, word)
