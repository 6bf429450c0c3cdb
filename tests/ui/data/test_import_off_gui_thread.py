"""What the import wizard computes in its workers rather than on the GUI thread (issue 30: the
window stalled 0.4 s after an import of Online Retail on the Data section's segment sizes, and
on the column guess after reading). Checked as facts (which thread did the work, what the
analysis handed over already holds), never by timing."""

from __future__ import annotations

import threading
from pathlib import Path

import openpyxl
from PySide6.QtCore import Qt, QTimer

from planner.metrics.dataset import SalesAnalysis
from planner.store import ProjectStore
from tests.ui.data.test_import_and_data import english_workbook, run_wizard_to
from ui.data import import_dialog as import_dialog_module
from ui.data import import_work as import_work_module
from ui.data.import_dialog import DONE, MAPPING, REPORT


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


def _wizard_at_mapping(qtbot, make_app, tmp_path):
    """A new plan's window and its import wizard on the mapping page of three sales (C1 on 5
    January and 5 March, C2 on 5 February)."""
    plan = tmp_path / "plan.rplan"
    ProjectStore.create(plan).close()
    csv = tmp_path / "sales.csv"
    csv.write_text("Customer,Date,Amount\nC1,2024-01-05,10\nC2,2024-02-05,20\nC1,2024-03-05,15\n", encoding="utf-8")
    window = make_app(plan).window
    dialog = window.open_import_dialog(csv)
    run_wizard_to(qtbot, dialog, MAPPING)
    return window, dialog


def test_the_summary_page_is_laid_out_after_the_window_has_shown_the_data(qtbot, make_app, tmp_path):
    """The window builds its Data section behind the wizard while the user reads the check (no
    worker runs then), fills it when the import is stored, and the wizard's summary page comes
    in a later turn of the event loop: done in one turn after the import, the three froze the
    window 130 ms with Online Retail (issue 30; benchmarks/gui_heartbeat.py)."""
    window, dialog = _wizard_at_mapping(qtbot, make_app, tmp_path)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    qtbot.waitUntil(lambda: "data" in window.panels)
    assert window.stack.currentWidget() is not window.panels["data"]
    # a zero timer started in a slot of `imported` runs in the next turn of the event loop: the
    # summary page must not be laid out yet then (it was, in the same turn, before the fix)
    next_turn = []
    dialog.imported.connect(
        lambda: QTimer.singleShot(0, lambda: next_turn.append(("data" in window.panels, dialog.pages.currentIndex())))
    )
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(next_turn), timeout=60000)
    assert next_turn == [(True, REPORT)]  # the Data section built, the summary page still to come
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == DONE)
    assert "3" in dialog.done_label.text()  # three purchases, said on the summary page


def test_the_check_page_is_laid_out_a_turn_before_the_window_builds_its_data_section(qtbot, make_app, tmp_path):
    """Showing the check (the report's text, its page laid out) and building the Data section
    behind the wizard froze the window 100-120 ms with Online Retail when done in one turn
    (issue 30; benchmarks/gui_heartbeat.py): the section is built a turn later."""
    window, dialog = _wizard_at_mapping(qtbot, make_app, tmp_path)
    next_turn = []
    dialog.pages.currentChanged.connect(
        lambda index: QTimer.singleShot(0, lambda: next_turn.append((index, "data" in window.panels)))
    )
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(index == REPORT for index, _built in next_turn), timeout=60000)
    assert (REPORT, False) in next_turn  # the check page shown, the section not yet built
    qtbot.waitUntil(lambda: "data" in window.panels)  # and then built, behind the wizard
    assert dialog.pages.currentIndex() == REPORT
