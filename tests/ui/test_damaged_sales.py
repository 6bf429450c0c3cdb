"""Opening a plan whose stored sales data is damaged (issue 9, point 2): a clear choice,
no traceback, and the rest of the plan usable."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.sales.storage import list_imports
from planner.store import ProjectStore


@pytest.fixture
def damaged_plan(project_path: Path) -> Path:
    conn = sqlite3.connect(project_path)
    blob = bytearray(conn.execute("SELECT data FROM sales_import").fetchone()[0])
    blob[1000:1016] = b"\xff" * 16
    conn.execute("UPDATE sales_import SET data = ?", (bytes(blob),))
    conn.commit()
    conn.close()
    return project_path


def test_open_without_the_damaged_import(qtbot, make_app, damaged_plan: Path, monkeypatch) -> None:
    window = make_app().window
    asked = []
    monkeypatch.setattr(
        window, "ask_damaged_imports", lambda damaged, can_remove: asked.append(damaged) or "open_without"
    )
    assert window.open_project(damaged_plan)
    assert asked and asked[0][0].source.endswith(".xlsx")
    assert window.doc.excluded_imports == {asked[0][0].id}
    assert window.doc.sales_analysis().empty  # the figures leave it out
    window.show_section("data")
    data = window.panels["data"]
    assert "damaged, left out" in data.imports_tab.table.item(0, 0).text()
    # the rest of the plan works and can be edited
    window.show_section("goals")
    window.doc.change_settings("company", company="Still editable")
    assert ProjectStore.open(damaged_plan).settings().company == "Still editable"


def test_remove_the_damaged_import(qtbot, make_app, damaged_plan: Path, monkeypatch) -> None:
    window = make_app().window
    monkeypatch.setattr(window, "ask_damaged_imports", lambda damaged, can_remove: "remove")
    assert window.open_project(damaged_plan)
    assert list_imports(window.doc.store) == [] and not window.doc.excluded_imports


def test_cancel_opens_nothing_and_changes_nothing(qtbot, make_app, damaged_plan: Path, monkeypatch) -> None:
    before = damaged_plan.read_bytes()
    window = make_app().window
    monkeypatch.setattr(window, "ask_damaged_imports", lambda damaged, can_remove: None)
    assert not window.open_project(damaged_plan) and window.doc is None
    assert damaged_plan.read_bytes() == before
    assert not (damaged_plan.parent / f".~lock.{damaged_plan.name}#").exists()


def test_every_section_says_why_the_figures_leave_the_damaged_import_out(
    qtbot, make_app, damaged_plan: Path, monkeypatch
) -> None:
    """Issue 29 item 1: after 'open without it' the cards showed a dash and no word why."""
    window = make_app().window
    monkeypatch.setattr(window, "ask_damaged_imports", lambda damaged, can_remove: "open_without")
    assert window.open_project(damaged_plan)
    bar = window.damaged_notice.bar
    for key in ("overview", "goals", "data", "effect", "predict"):
        window.show_section(key)
        assert bar.isVisible(), key  # above every section
    assert "is damaged and left out" in bar.text() and ".xlsx (" in bar.text()
    # the way out: the Imports tab, where the import is removed (and the bar goes with it)
    qtbot.mouseClick(window.damaged_notice.imports_button, Qt.MouseButton.LeftButton)
    data = window.panels["data"]
    assert window.current_section() == "data" and data.tabs.currentWidget() is data.imports_tab
    data.imports_tab.select(next(iter(window.doc.excluded_imports)))
    data.imports_tab.delete_selected(confirm=False)
    assert bar.isHidden()
    window.doc.undo_stack.undo()  # it is back, and so is the word about it
    assert bar.isVisible()


def test_damage_found_on_decoding_is_named_too(qtbot, make_app, project_path: Path) -> None:
    """Bytes that pass the checksum but do not decode (written damaged) are found only when
    the data is read: the bar appears then, not only a passing message."""
    from planner.sales.storage import checksum

    garbage = b"ARROW1" + bytes(range(256)) * 8
    conn = sqlite3.connect(project_path)
    conn.execute("UPDATE sales_import SET data = ?, checksum = ?", (garbage, checksum(garbage)))
    conn.commit()
    conn.close()
    window = make_app(project_path).window
    window.show_section("data")
    window.doc.sales_analysis()
    assert window.damaged_notice.bar.isVisible() and "damaged" in window.damaged_notice.bar.text()


def test_a_screenshot_of_a_damaged_plan_says_it_on_stderr(damaged_plan: Path, tmp_path: Path) -> None:
    picture = tmp_path / "shot.png"
    done = subprocess.run(
        [sys.executable, "-m", "retention_planner", str(damaged_plan), "--screenshot", str(picture), "--lang", "en"],
        capture_output=True,
        text=True,
        # settings of its own: a language chosen on this machine must not leak in
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", "XDG_CONFIG_HOME": str(tmp_path / "config")},
        timeout=300,
        check=False,
    )
    assert done.returncode == 0 and picture.stat().st_size > 0
    assert "is damaged and left out" in done.stderr and len(done.stderr.strip().splitlines()) == 1
