"""The plan import speaks the window's language (issue 28): in a German window the preview
shows dates as 31.03.2027 and choices in German, a text that is not a date is named in
German, a field changed in the plan and in the workbook comes first, unticked, with both
values; after applying a summary counts what changed and says how to undo it; the same
workbook again asks for nothing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from planner.demo.project import build_demo
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from ui.report.plan_import import PlanImportDialog, import_plan_dialog


@pytest.fixture
def german_window(make_app, tmp_path: Path):
    path = tmp_path / "plan.rplan"
    build_demo(path, "de").close()
    return make_app(path, language="de").window


def _column(ws, header: str) -> int:
    return next(c.column for c in ws[1] if c.value == header)


def _row(ws, title: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=2).value == title)


def test_the_preview_and_the_summary_speak_german(german_window, qtbot, tmp_path):
    window = german_window
    doc = window.doc
    path = tmp_path / "plan.xlsx"
    write_plan_workbook(collect_plan(doc.store, "de", today=date(2026, 11, 23)), path)
    first, second, third = g.measures(doc.store)[:3]
    wb = load_workbook(path)
    ws = wb["Maßnahmen"]
    ws.cell(row=_row(ws, first.title), column=_column(ws, "Ende"), value=datetime(2027, 3, 31))
    ws.cell(row=_row(ws, second.title), column=_column(ws, "Start"), value="nach Ostern")
    ws.cell(row=_row(ws, third.title), column=_column(ws, "Status"), value="erledigt")
    wb.save(path)
    g.MEASURES.update(doc.store, third.id, status="stopped")  # the plan, meanwhile

    dialog = import_plan_dialog(window, doc, path)
    assert isinstance(dialog, PlanImportDialog)
    tree = dialog.tree
    assert [tree.headerItem().text(c) for c in range(4)] == ["Änderung", "Wo", "Im Plan", "In der Arbeitsmappe"]
    assert tree.topLevelItemCount() == 2
    conflict, end = tree.topLevelItem(0), tree.topLevelItem(1)
    # changed on both sides: first, unticked, both values in German
    assert conflict.checkState(0) == Qt.CheckState.Unchecked
    assert (conflict.text(2), conflict.text(3)) == ("gestoppt", "erledigt")
    assert "auch im Plan geändert" in conflict.text(0) and "Status" in conflict.text(0)
    assert "beim Export" in conflict.toolTip(0)
    assert end.checkState(0) == Qt.CheckState.Checked
    assert end.text(0).startswith(f"Maßnahme „{first.title}“: Ende")
    assert end.text(3) == "31.03.2027" and "Maßnahmen, Zeile" in end.text(1)
    problems = dialog.problems.text()
    assert "„nach Ostern“ ist kein Datum (bitte als Datum schreiben, z. B. 31.03.2027)" in problems
    assert "is not" not in problems and "2027-03-31" not in problems
    assert "Haken" in dialog.summary.text()

    steps = doc.undo_stack.count()
    dialog.accept()
    assert doc.undo_stack.count() == steps + 1
    box = dialog.summary_box
    assert box is not None and box.isVisible()
    assert "Geänderte Werte: 1" in box.text()
    assert "Im Plan unverändert gelassen: 1" in box.text()
    assert "Bearbeiten > Rückgängig (Strg+Z)" in box.text()
    box.close()
    moved = next(m for m in g.measures(doc.store) if m.id == first.id)
    assert moved.end == "2027-03-31"
    assert next(m for m in g.measures(doc.store) if m.id == third.id).status == "stopped"

    again = import_plan_dialog(window, doc, path)
    assert again is not None and again.tree.topLevelItemCount() == 0
    assert "keine Änderungen" in again.summary.text() and not again.apply_button.isEnabled()
    again.reject()

    doc.undo_stack.undo()  # forgets what the import took in: the workbook asks again
    assert next(m for m in g.measures(doc.store) if m.id == first.id).end == first.end
    third_time = import_plan_dialog(window, doc, path)
    assert third_time is not None and third_time.tree.topLevelItemCount() == 2
    third_time.reject()
