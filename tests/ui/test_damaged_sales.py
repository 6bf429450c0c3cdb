"""Opening a plan whose stored sales data is damaged (issue 9, point 2): a clear choice,
no traceback, and the rest of the plan usable."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

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
