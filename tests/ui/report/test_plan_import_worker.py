"""A large plan-workbook import is written off the GUI thread (issue 29): 5,000 rows took
6 s in the window's thread. The worker writes the chosen changes in its own connection and
one transaction; the window shows a progress bar and stays painted; the result is one undo
step; a failure says so in the window's language and writes nothing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from openpyxl import load_workbook
from PySide6.QtWidgets import QMessageBox

from planner.demo.project import build_demo
from planner.export import plan_apply
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.store import ProjectStore
from ui.report import plan_import_apply as ui_plan_import
from ui.report.plan_import import PlanImportDialog, import_plan_dialog
from ui.report.plan_import_apply import BACKGROUND_FROM

NEW = BACKGROUND_FROM + 50  # measures added in the workbook: enough for the worker


def workbook_with_new_measures(store: ProjectStore, folder: Path, language: str) -> Path:
    """The plan's workbook with NEW measures typed below the Measures sheet (a title each)
    and the first measure's cost set to 999 (an update of a record that exists)."""
    path = folder / "plan.xlsx"
    write_plan_workbook(collect_plan(store, language), path)
    wb = load_workbook(path)
    ws = wb["Measures" if language == "en" else "Maßnahmen"]
    headers = {c.value: c.column for c in ws[1]}
    title_column = 2  # the id column first, then the title
    ws.cell(row=2, column=headers["Cost" if language == "en" else "Kosten"], value=999)
    first_free = ws.max_row + 1
    for i in range(NEW):
        ws.cell(row=first_free + i, column=title_column, value=f"Imported measure {i + 1}")
    wb.save(path)
    return path


@pytest.fixture
def german_window(make_app, tmp_path: Path):
    path = tmp_path / "plan.rplan"
    build_demo(path, "de").close()
    return make_app(path, language="de").window


def test_a_large_import_is_written_by_a_worker_as_one_undo_step(window, qtbot, tmp_path, monkeypatch):
    doc = window.doc
    before = g.measures(doc.store)
    threads: list[threading.Thread] = []
    real_apply = plan_apply.apply_plan_import

    def recording_apply(*args, **kwargs):
        threads.append(threading.current_thread())
        return real_apply(*args, **kwargs)

    monkeypatch.setattr(ui_plan_import, "apply_plan_import", recording_apply)
    path = workbook_with_new_measures(doc.store, tmp_path, "en")
    dialog = import_plan_dialog(window, doc, path)
    assert isinstance(dialog, PlanImportDialog)
    assert dialog.tree.topLevelItemCount() == NEW + 1  # the new rows and the cost
    steps = doc.undo_stack.count()

    with qtbot.waitSignal(dialog.applied, timeout=120_000):
        dialog.accept()
        # accept() returned at once: the changes are being written elsewhere, the window
        # shows the progress and has no undo step yet
        assert dialog.progress is not None and dialog.progress.isVisible()
        assert dialog.progress.labelText() == "Applying the changes from plan.xlsx…"
        assert doc.undo_stack.count() == steps

    assert threads and all(t is not threading.main_thread() for t in threads)
    assert dialog.progress is None  # closed when the worker finished
    after = g.measures(doc.store)
    assert len(after) == len(before) + NEW
    assert [m.title for m in after[-2:]] == [f"Imported measure {NEW - 1}", f"Imported measure {NEW}"]
    assert after[0].cost == 999
    assert doc.undo_stack.count() == steps + 1  # one undo step for all of it
    box = dialog.summary_box
    assert box is not None and box.isVisible()
    assert f"New measures: {NEW}" in box.text() and "Values changed: 1" in box.text()
    box.close()

    doc.undo_stack.undo()
    assert g.measures(doc.store) == before
    doc.undo_stack.redo()  # written again, in the window's connection this time
    assert len(g.measures(doc.store)) == len(before) + NEW


def test_a_failing_worker_writes_nothing_and_says_why_in_german(german_window, qtbot, tmp_path, monkeypatch):
    window = german_window
    doc = window.doc
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "exec", lambda box: shown.append(box.text()) or 0)
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    path = workbook_with_new_measures(doc.store, tmp_path, "de")
    dialog = import_plan_dialog(window, doc, path)
    assert isinstance(dialog, PlanImportDialog)
    first = g.measures(doc.store)[0]
    # a colleague deletes the measure whose cost the workbook changes, after the preview:
    # the worker's update meets a record that is gone, and the whole import is refused
    colleague = ProjectStore.open(doc.store.path)
    g.MEASURES.delete(colleague, first.id)
    colleague.close()
    before = g.measures(doc.store)
    steps = doc.undo_stack.count()

    with qtbot.waitSignal(dialog.apply_failed, timeout=120_000) as failed:
        dialog.accept()

    message = failed.args[0]
    assert message and shown and message in shown[-1]
    assert "wurde inzwischen gelöscht" in message and "nichts geändert" in message  # in German
    assert g.measures(doc.store) == before  # none of the new measures was written
    assert doc.undo_stack.count() == steps
    assert dialog.summary_box is None
