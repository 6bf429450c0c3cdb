"""What the import wizard computes in its workers rather than on the GUI thread (issue 30: the
window stalled 0.4 s after an import of Online Retail on the Data section's segment sizes, and
on the column guess after reading). Checked as facts (which thread did the work, what the
analysis handed over already holds), never by timing."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt

from planner.metrics.dataset import SalesAnalysis
from planner.store import ProjectStore
from tests.ui.data.test_import_and_data import english_workbook, run_wizard_to
from ui.data import import_dialog as import_dialog_module
from ui.data import import_work as import_work_module
from ui.data.import_dialog import MAPPING, REPORT


def test_the_column_guess_is_made_in_the_reading_worker(qtbot, make_app, tmp_path: Path, monkeypatch) -> None:
    plan = tmp_path / "leer.rplan"
    ProjectStore.create(plan).close()
    threads: list[threading.Thread] = []
    real = import_work_module.guess_fields

    def guess(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(import_work_module, "guess_fields", guess)
    window = make_app(plan).window
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    # guessed once, in the worker, and the wizard shows that guess
    assert len(threads) == 1 and threads[0] is not threading.main_thread()
    assert not hasattr(import_dialog_module, "guess_fields")  # the dialog has no way to guess itself
    assert dialog.field_combos["customer_id"].currentData() == "Customer ID"
    assert dialog.field_combos["amount"].currentData() == "Sales"


def test_the_import_hands_over_an_analysis_with_what_the_window_shows_first(
    qtbot, make_app, tmp_path: Path, monkeypatch
) -> None:
    plan = tmp_path / "leer.rplan"
    ProjectStore.create(plan).close()
    prepared: list[tuple[SalesAnalysis, threading.Thread]] = []
    real = import_work_module.prepare_views

    def prepare(analysis, settings):
        real(analysis, settings)
        prepared.append((analysis, threading.current_thread()))

    monkeypatch.setattr(import_work_module, "prepare_views", prepare)
    # a region column: something to split by, whose sizes the Data section shows at once
    workbook = english_workbook(tmp_path / "orders.xlsx")
    wb = openpyxl.load_workbook(workbook)
    ws = wb.active
    ws.cell(1, 5, "Region")
    for row, region in zip(range(2, 8), ["North", "South", "North", "North", "South", "South"], strict=True):
        ws.cell(row, 5, region)
    wb.save(workbook)
    window = make_app(plan).window
    dialog = window.open_import_dialog(workbook)
    run_wizard_to(qtbot, dialog, MAPPING)
    assert dialog.field_combos["region"].currentData() == "Region"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert len(prepared) == 1
    analysis, thread = prepared[0]
    assert thread is not threading.main_thread()
    # the analysis the window shows is the one prepared in the worker, its caches filled there
    assert window.doc.sales_analysis() is analysis
    assert "group_columns" in analysis.__dict__ and analysis.group_columns == ["region"]
    assert set(analysis._group_sizes) == {"region"}
    settings = window.doc.settings()
    assert int(settings.activity_window_months) in analysis._win_back
    assert "window_suggestion" in analysis.__dict__
    # and the Data section shows those sizes: O1..O3 and O6 used (O4 has no customer, O5 no date)
    sizes = analysis.group_sizes("region").set_index("value")["rows"].to_dict()
    assert sizes == {"North": 2, "South": 2}
