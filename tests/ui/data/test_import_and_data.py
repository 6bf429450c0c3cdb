"""The import wizard and the Data section, driven through the real widgets."""

from __future__ import annotations

import re
import threading
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from PySide6.QtCore import Qt

from planner.sales.storage import list_imports, load_sales
from planner.store import ProjectStore
from ui.data import import_work as import_work_module
from ui.data.import_dialog import FILE, MAPPING, REPORT, SHEET, ImportDialog
from ui.main_window import MainWindow


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    path = tmp_path / "leer.rplan"
    ProjectStore.create(path).close()
    return path


def english_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Orders"
    ws.append(["Order ID", "Customer ID", "Order Date", "Sales"])
    rows = [
        ("O1", 101, datetime(2024, 1, 5), 50.0),
        ("O2", 102, datetime(2024, 1, 9), 20.0),
        ("O3", 101, datetime(2024, 2, 2), 35.5),
        ("O4", None, datetime(2024, 2, 3), 9.0),
        ("O5", 103, "not a date", 12.0),
        ("O6", 102, datetime(2024, 3, 1), -20.0),
    ]
    for row in rows:
        ws.append(list(row))
    wb.save(path)
    return path


def german_csv(path: Path, month: int = 1) -> Path:
    path.write_text(
        "Kundennummer;Rechnungsdatum;Umsatz;Beleg\n"
        f"1001;05.{month:02d}.2024;1.234,50;R1{month}\n"
        f"1002;09.{month:02d}.2024;20,00;R2{month}\n",
        encoding="utf-8",
    )
    return path


def run_wizard_to(qtbot, dialog: ImportDialog, page: int) -> None:
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == page and not (dialog._task and dialog._task.running), timeout=60000
    )


def test_english_workbook_imports_and_shows_numbers(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window: MainWindow = make_app(empty_project).window
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    assert dialog.field_combos["customer_id"].currentData() == "Customer ID"
    assert dialog.field_combos["date"].currentData() == "Order Date"
    assert dialog.field_combos["amount"].currentData() == "Sales"
    assert dialog.field_combos["order_id"].currentData() == "Order ID"
    # the preview shows how values are understood and marks problems
    headers = [dialog.preview_table.horizontalHeaderItem(c).text() for c in range(4)]
    assert headers[1].startswith("Customer ID\n→ ")
    assert dialog.preview_table.item(4, 2).background().color().name() == "#f8d7da"  # "not a date"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    report = dialog.report_label.text()
    # used / left out first, then why: O4 has no customer, O5 no readable date
    assert "<b>4</b> used, 2 left out (of 6 rows read)" in report
    assert report.index("left out (of") < report.index("(a row can have several reasons)")
    assert report.index("(a row can have several reasons)") < report.index("without customer ID")
    assert not list_imports(window.doc.store)  # nothing stored before Import
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.current_section() == "data"
    panel = window.panels["data"]
    # purchases in January and February; March holds only a return, so the analysis ends in February
    assert panel.period_model.rowCount() == 2
    assert panel.period_model.periods[0]["buyers"] == 2
    store = ProjectStore.open(empty_project)
    assert [i.row_count for i in list_imports(store)] == [4]
    assert sorted(load_sales(store)["customer_id"].unique()) == ["101", "102"]
    store.close()


def test_german_csv_then_next_month_is_one_click(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window = make_app(empty_project, language="de").window
    dialog = window.open_import_dialog(german_csv(tmp_path / "januar.csv", 1))
    run_wizard_to(qtbot, dialog, MAPPING)
    assert dialog.field_combos["amount"].currentData() == "Umsatz"
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # February's file has the same layout: the wizard goes straight to the report
    second = window.open_import_dialog(german_csv(tmp_path / "februar.csv", 2))
    run_wizard_to(qtbot, second, REPORT)
    with qtbot.waitSignal(second.imported, timeout=60000):
        qtbot.mouseClick(second.import_button, Qt.MouseButton.LeftButton)
    sales = load_sales(window.doc.store)
    assert sales["amount"].tolist() == [1234.5, 20.0, 1234.5, 20.0]
    assert window.panels["data"].period_model.rowCount() == 2


def test_overlap_with_earlier_imports_is_announced_before_importing(
    qtbot, make_app, empty_project: Path, tmp_path: Path
) -> None:
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(german_csv(tmp_path / "januar.csv", 1))
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    assert "Already in the plan" not in dialog.report_label.text()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    # the same file again: the report says so before anything is stored
    again = window.open_import_dialog(german_csv(tmp_path / "januar-nochmal.csv", 1))
    run_wizard_to(qtbot, again, REPORT)
    assert "2 of the rows used are already stored from earlier imports" in again.report_label.text()
    assert len(list_imports(window.doc.store)) == 1


def test_sheet_list_counts_data_rows(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = english_workbook(tmp_path / "two.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Notes").append(["just a note"])
    wb.save(path)
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(path)
    qtbot.waitUntil(lambda: dialog.sheet_list.count() == 2 and not (dialog._task and dialog._task.running))
    texts = [dialog.sheet_list.item(i).text() for i in range(2)]
    assert texts == ["Orders — 6 data rows", "Notes — 0 data rows"]


def test_wrong_file_says_why_and_changes_nothing(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window = make_app(empty_project).window
    bad = tmp_path / "photo.png"
    bad.write_bytes(b"\x89PNG\r\n")
    before = empty_project.read_bytes()
    dialog = window.open_import_dialog(bad)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and "cannot be imported" in dialog.message.text(), timeout=60000)
    assert dialog.pages.currentIndex() == FILE
    dialog.reject()
    assert empty_project.read_bytes() == before


def test_cancel_while_storing_leaves_the_project_unchanged(
    qtbot, make_app, empty_project: Path, tmp_path: Path, monkeypatch
) -> None:
    window = make_app(empty_project).window
    real_append = import_work_module.append_import
    waiting = threading.Event()

    def slow_append(store, table, report, *, cancelled, skip):
        waiting.set()
        while not cancelled():  # a large import: the user presses Stop meanwhile
            threading.Event().wait(0.01)
        return real_append(store, table, report, cancelled=cancelled, skip=skip)

    monkeypatch.setattr(import_work_module, "append_import", slow_append)
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(waiting.is_set, timeout=60000)
    assert dialog.cancel_button.text() == "Stop" and dialog.progress.isVisible()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Nothing was imported" in dialog.message.text(), timeout=60000)
    assert dialog.isVisible()
    assert list_imports(window.doc.store) == []
    assert not window.doc.has_sales()


def test_period_and_window_controls_recompute_and_undo(qtbot, window: MainWindow) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    quarters = panel.period_model.rowCount()
    panel.period_combo.setCurrentIndex(panel.period_combo.findData("month"))
    panel.period_combo.activated.emit(panel.period_combo.currentIndex())
    assert panel.period_model.rowCount() == 36  # Oct 2023 .. Sep 2026
    assert panel.period_model.data(panel.period_model.index(0, 0)) == "2023-10 *"
    before = panel.period_model.periods[20]["customers_start"]
    panel.window_spin.setValue(3)
    assert panel.period_model.periods[20]["customers_start"] < before
    window.menus.undo_action.trigger()  # window
    window.menus.undo_action.trigger()  # period
    assert panel.period_model.rowCount() == quarters and panel.window_spin.value() == 12
    # the suggestion is one click
    qtbot.mouseClick(panel.use_suggestion_button, Qt.MouseButton.LeftButton)
    assert panel.window_spin.value() == window.doc.sales_analysis().window_suggestion.months


def test_charts_render_and_save(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    for name in ("retention", "buyers", "revenue", "cohorts", "rfm"):
        panel.show_chart(name)
        chart = panel.chart(name)
        assert chart.figure.axes, name
        for suffix in (".png", ".svg"):
            target = tmp_path / f"{name}{suffix}"
            chart.save(target)
            assert target.stat().st_size > 5000
    # hovering a point of the retention line shows its value
    chart = panel.chart("retention")
    chart.canvas.draw()
    ax = chart.figure.axes[0]
    line = ax.get_lines()[0]
    x, y = line.get_xydata()[-1]
    px, py = ax.transData.transform((x, y))
    from matplotlib.backend_bases import MouseEvent

    chart.canvas.callbacks.process("motion_notify_event", MouseEvent("motion_notify_event", chart.canvas, px, py))
    assert chart._annotation is not None and "2026Q3" in chart._annotation.get_text()


def test_charts_with_empty_data_say_so() -> None:
    from matplotlib.figure import Figure

    from planner.charts import sales as charts

    for draw in (charts.retention_chart, charts.buyers_chart, charts.revenue_chart):
        fig = Figure()
        draw(fig, [], labels={"no_data": "Noch keine Daten"})
        assert fig.axes[0].texts[0].get_text() == "Noch keine Daten"
    fig = Figure()
    charts.cohort_heatmap(fig, [])
    assert fig.axes[0].texts[0].get_text() == "No sales data yet"


def test_customer_lists_filter_and_export(qtbot, window: MainWindow, tmp_path: Path) -> None:
    window.show_section("data")
    panel = window.panels["data"]
    panel.tabs.setCurrentIndex(2)
    risk = panel.risk_list
    total = risk.proxy.rowCount()
    assert total > 50
    keys = [c.key for c in risk.model.columns]
    values = [risk.proxy.index(r, keys.index("value_at_risk")).data(Qt.ItemDataRole.UserRole + 10) for r in range(5)]
    assert values == sorted(values, reverse=True)  # most value at risk first
    # the list is one a person can work through: the rule and the counts are stated, and
    # nobody who bought in the last two weeks is on it (the demo has ~1,000 active customers)
    assert total < 300 and (risk.model.frame["days_since"] > 14).all()
    assert f"{total} of 1,483 customers are on the list" in risk.explanation.text()
    risk.export(tmp_path / "risk.xlsx", "en")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "risk.xlsx").active
    column = keys.index("last_purchase") + 1
    assert sheet.cell(row=2, column=column).is_date  # a real date, not text
    rfm = panel.rfm_list
    rfm.segment_combo.setCurrentIndex(rfm.segment_combo.findData("Champions"))
    champions = rfm.visible_frame()
    assert len(champions) > 0 and set(champions["segment_name"]) == {"Champions"}
    rfm.export(tmp_path / "champions.xlsx", "en")
    back = pd.read_excel(tmp_path / "champions.xlsx")
    assert len(back) == len(champions) and list(back.columns)[0] == "Customer"
    risk.filter_edit.setText(str(risk.model.frame["customer_id"].iloc[0]))
    assert 1 <= risk.proxy.rowCount() < total
    risk.export(tmp_path / "risk.csv", "de")
    text = (tmp_path / "risk.csv").read_text(encoding="utf-8-sig")
    assert text.splitlines()[0].startswith("Customer;Segment;")
    assert len(text.splitlines()) == risk.proxy.rowCount() + 1


def test_overview_card_opens_chart(qtbot, window: MainWindow) -> None:
    overview = window.panels["overview"]
    card = overview.cards["retention_rate"]
    assert card.value.text().endswith("%")
    qtbot.mouseClick(card, Qt.MouseButton.LeftButton)
    assert window.current_section() == "data"
    assert window.panels["data"].chart_tabs.currentIndex() == 0


def test_dropping_a_sales_file_on_the_window_starts_the_import(
    qtbot, make_app, empty_project: Path, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDragEnterEvent, QDropEvent

    window = make_app(empty_project).window
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(german_csv(tmp_path / "umsatz.csv")))])
    enter = QDragEnterEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dragEnterEvent(enter)
    assert enter.isAccepted()
    drop = QDropEvent(
        QPointF(50, 50), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    window.dropEvent(drop)
    dialog = window.findChild(ImportDialog)
    assert dialog is not None
    run_wizard_to(qtbot, dialog, MAPPING)
    assert dialog.path_edit.text().endswith("umsatz.csv")
    # a picture is not offered as a drop target
    mime.setUrls([QUrl.fromLocalFile(str(tmp_path / "bild.png"))])
    other = QDragEnterEvent(
        QPointF(5, 5), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
    )
    other.ignore()
    window.dragEnterEvent(other)
    assert not other.isAccepted()
    dialog.reject()


def test_import_errors_speak_german(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window = make_app(empty_project, language="de").window
    bad = tmp_path / "foto.png"
    bad.write_bytes(b"\x89PNG\r\n")
    dialog = window.open_import_dialog(bad)
    qtbot.waitUntil(lambda: "kann nicht importiert werden" in dialog.message.text(), timeout=60000)
    assert "foto.png" in dialog.message.text()
    dialog.reject()


def import_through_wizard(qtbot, window: MainWindow, path: Path, **kwargs) -> None:
    dialog = window.open_import_dialog(path, **kwargs)
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() in (MAPPING, REPORT) and not (dialog._task and dialog._task.running),
        timeout=60000,
    )
    if dialog.pages.currentIndex() == MAPPING:
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        run_wizard_to(qtbot, dialog, REPORT)
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)


def test_a_wrong_import_can_be_deleted_and_undone(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window = make_app(empty_project).window
    import_through_wizard(qtbot, window, german_csv(tmp_path / "januar.csv", 1))
    import_through_wizard(qtbot, window, german_csv(tmp_path / "februar.csv", 2))
    before = [(i.id, i.row_count, i.source) for i in list_imports(window.doc.store)]
    panel = window.panels["data"]
    tab = panel.imports_tab
    assert not tab.delete_button.isEnabled()  # nothing selected yet
    tab.select(before[0][0])
    assert tab.delete_button.isEnabled()
    tab.delete_selected(confirm=False)
    assert [i.id for i in list_imports(window.doc.store)] == [before[1][0]]
    assert panel.period_model.rowCount() == 1  # only February is left
    assert tab.table.rowCount() == 1
    window.menus.undo_action.trigger()
    assert [(i.id, i.row_count, i.source) for i in list_imports(window.doc.store)] == before
    assert panel.period_model.rowCount() == 2 and tab.table.rowCount() == 2
    window.menus.redo_action.trigger()
    assert len(list_imports(window.doc.store)) == 1


def test_an_import_can_be_replaced_by_a_corrected_file(
    qtbot, make_app, empty_project: Path, tmp_path: Path, monkeypatch
) -> None:
    window = make_app(empty_project).window
    import_through_wizard(qtbot, window, german_csv(tmp_path / "januar.csv", 1))
    old = list_imports(window.doc.store)[0]
    corrected = tmp_path / "januar-korrigiert.csv"
    corrected.write_text(
        "Kundennummer;Rechnungsdatum;Umsatz;Beleg\n1001;05.01.2024;1.200,00;R11\n1002;09.01.2024;20,00;R21\n",
        encoding="utf-8",
    )
    # the button asks for the newer file, starting in the old file's folder
    asked: list[str] = []

    def choose(parent, title, folder, filters):
        asked.append(folder)
        return str(corrected), ""

    monkeypatch.setattr("ui.data.imports_tab.QFileDialog.getOpenFileName", choose)
    tab = window.panels["data"].imports_tab
    tab.select(old.id)
    opened: list[ImportDialog] = []
    real_open = window.open_import_dialog
    monkeypatch.setattr(window, "open_import_dialog", lambda *a, **k: opened.append(real_open(*a, **k)))
    qtbot.mouseClick(tab.replace_button, Qt.MouseButton.LeftButton)
    assert asked == [str(tmp_path)] and len(opened) == 1 and opened[0]._replaces == old.id
    dialog = opened[0]
    run_wizard_to(qtbot, dialog, REPORT)  # the layout is remembered: straight to the report
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    imports = list_imports(window.doc.store)
    assert [i.source.endswith("januar-korrigiert.csv") for i in imports] == [True]
    # no "already imported" for the row that is the same in both files: the old import is gone
    assert imports[0].report.duplicates_of_earlier_imports == 0
    assert load_sales(window.doc.store)["amount"].tolist() == [1200.0, 20.0]
    window.menus.undo_action.trigger()
    assert [(i.id, i.source) for i in list_imports(window.doc.store)] == [(old.id, old.source)]
    assert load_sales(window.doc.store)["amount"].tolist() == [1234.5, 20.0]
    window.menus.redo_action.trigger()
    assert load_sales(window.doc.store)["amount"].tolist() == [1200.0, 20.0]


def test_a_reading_that_ends_after_the_plan_was_closed_is_dropped(
    qtbot, make_app, empty_project: Path, tmp_path: Path, monkeypatch
) -> None:
    """Found by a flaky teardown: the wizard's worker finished reading after the window
    had closed the plan, and its handler touched the closed database."""
    gate, reading = threading.Event(), threading.Event()
    real = import_work_module.read_table_isolated

    def slow_read(*args, **kwargs):
        reading.set()
        gate.wait(30)
        return real(*args, **kwargs)

    monkeypatch.setattr(import_work_module, "read_table_isolated", slow_read)
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(german_csv(tmp_path / "januar.csv", 1))
    qtbot.waitUntil(reading.is_set, timeout=30000)
    task = dialog._task
    assert task is not None and task.running
    window.doc.close()  # the plan goes while the worker still reads
    gate.set()
    # the result arrives on a closed plan: dropped, no exception (pytest-qt fails the test on one)
    qtbot.waitUntil(lambda: not task.running, timeout=30000)
    assert dialog.pages.currentIndex() != MAPPING


def test_imports_tab_writes_the_import_time_as_the_language_does(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path, language="de").window
    table = window.panels["data"].imports_tab.table
    cells = [table.item(0, c).text() for c in range(table.columnCount()) if table.item(0, c)]
    assert any(re.fullmatch(r"\d\d\.\d\d\.\d{4} \d\d:\d\d", text) for text in cells), cells


def test_wizard_lets_the_user_correct_header_row_and_separator(
    qtbot, make_app, empty_project: Path, tmp_path: Path
) -> None:
    # a tab-separated export whose amounts use decimal commas, with a header row; the
    # user first says "no header row" by mistake, then takes it back, then tries ";"
    path = tmp_path / "kasse.txt"
    path.write_text("Kunde\tDatum\tBetrag\nA\t01.01.2025\t5,00\nB\t02.01.2025\t7,50\n", encoding="utf-8")
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, MAPPING)
    reading = dialog.reading
    assert reading.separator_combo.isVisible() and reading.separator_combo.currentData() == "\t"
    assert reading.header_spin.value() == 1 and not reading.no_header.isChecked()
    assert dialog.preview_table.columnCount() == 3

    qtbot.mouseClick(reading.no_header, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._raw.header_row == 0 and not dialog._task.running)
    assert dialog._raw.columns == ["Column 1", "Column 2", "Column 3"] and len(dialog._raw.frame) == 3
    assert dialog.field_combos["customer_id"].findText("Column 1") > 0
    assert not reading.header_spin.isEnabled()

    qtbot.mouseClick(reading.no_header, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog._raw.header_row == 1 and not dialog._task.running)
    reading.separator_combo.setCurrentIndex(reading.separator_combo.findData(";"))
    reading.separator_combo.activated.emit(reading.separator_combo.currentIndex())
    qtbot.waitUntil(lambda: dialog._raw.separator == ";" and not dialog._task.running)
    assert len(dialog._raw.columns) == 1  # no semicolon in the file: one column per line
    reading.separator_combo.setCurrentIndex(reading.separator_combo.findData("\t"))
    reading.separator_combo.activated.emit(reading.separator_combo.currentIndex())
    qtbot.waitUntil(lambda: dialog._raw.separator == "\t" and not dialog._task.running)
    assert dialog._raw.columns == ["Kunde", "Datum", "Betrag"]
    dialog.close()


def test_wizard_hides_the_separator_for_workbooks(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    assert not dialog.reading.separator_combo.isVisible() and dialog.reading.header_spin.isVisible()
    dialog.close()


def test_win_back_and_segment_lists_show_whom_to_call(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    # Anna bought monthly from January to June and then went silent; Ben buys on until
    # December. Anna is a real lapse, and the list says how to reach her.
    lines = ["Kundennr;Name;E-Mail;Telefon;Datum;Betrag"]
    lines += [f"K1;Anna Berg;anna@example.de;0151 222;05.{m:02d}.2024;100,00" for m in range(1, 7)]
    lines += [f"K2;Ben Kurz;;;10.{m:02d}.2024;20,00" for m in range(1, 13)]
    path = tmp_path / "kunden.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    window = make_app(empty_project).window
    import_through_wizard(qtbot, window, path)
    window.show_section("data")
    panel = window.panels["data"]
    panel.tabs.setCurrentIndex(2)  # the customer lists are built when seen
    for customer_list in (panel.risk_list, panel.rfm_list):
        model = customer_list.model
        headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
        assert headers[:4] == ["Customer", "Name", "E-mail", "Phone"], headers
    risky = panel.risk_list.visible_frame()
    assert risky["customer_id"].tolist() == ["K1"]
    assert risky[["customer_name", "email", "phone"]].iloc[0].tolist() == ["Anna Berg", "anna@example.de", "0151 222"]


def test_first_import_sets_the_currency_the_data_shows(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "shop.csv"
    rows = [f"{c},2024-{m:02d}-05,£{6000 if c == 'A' else 20}.00" for m in range(1, 9) for c in "AB"]
    path.write_text("Customer,Date,Amount\n" + "\n".join(rows) + "\n", encoding="utf-8")
    window = make_app(empty_project).window
    assert window.doc.settings().currency == "EUR"
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    choice = dialog.currency_choice
    assert choice.asking and choice.combo.currentText() == "GBP"
    assert "£" in choice.reason.text() and "Amount" in choice.reason.text()
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.doc.settings().currency == "GBP"
    # money shows the currency: the revenue card and the table headers
    revenue = window.panels["overview"].cards["revenue"].value.text()
    assert revenue.startswith("£"), revenue
    data = window.panels["data"]
    headers = [
        data.period_model.headerData(c, Qt.Orientation.Horizontal) for c in range(data.period_model.columnCount())
    ]
    assert "Net revenue (£)" in headers and "Average order value (£)" in headers
    # the currency is an undo step of its own; the import stays
    assert window.menus.undo_action.text() == "&Undo Change currency"
    window.menus.undo_action.trigger()
    assert window.doc.settings().currency == "EUR" and window.doc.has_sales()


def test_import_asks_when_the_data_does_not_show_its_currency(
    qtbot, make_app, empty_project: Path, tmp_path: Path
) -> None:
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(english_workbook(tmp_path / "orders.xlsx"))
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    choice = dialog.currency_choice
    assert choice.asking and choice.combo.currentText() == "EUR"
    assert "which currency" in choice.reason.text()
    choice.combo.setCurrentText("USD")
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert window.doc.settings().currency == "USD"
    # a second import of the same kind does not ask again
    dialog = window.open_import_dialog(german_csv(tmp_path / "januar.csv"))
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    assert not dialog.currency_choice.asking and dialog.currency_choice.chosen() is None
    dialog.close()


def test_ticked_sheets_import_as_one(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    """Two yearly sheets ticked together: one import, the sale both sheets hold counted once."""
    path = english_workbook(tmp_path / "years.xlsx")
    wb = openpyxl.load_workbook(path)
    later = wb.create_sheet("2025")
    later.append(["Order ID", "Customer ID", "Order Date", "Sales"])
    later.append(["O3", 101, datetime(2024, 2, 2), 35.5])  # also in "Orders"
    later.append(["O7", 104, datetime(2025, 1, 7), 80.0])
    wb.create_sheet("Notes").append(["just a note"])
    wb.save(path)
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, SHEET)
    assert dialog.sheet_choice.chosen() == ["Orders"]  # the first sheet with rows is ticked
    dialog.sheet_list.item(1).setCheckState(Qt.CheckState.Checked)
    assert dialog.sheet_choice.chosen() == ["Orders", "2025"]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, REPORT)
    report = dialog.report_label.text()
    # Orders: 6 read, 4 used; 2025: 2 read, O3 already in Orders -> 1 used
    assert "<b>5</b> used, 3 left out (of 8 rows read)" in report
    assert "Orders: 4 used; 2025: 1 used" in report
    assert "Rows of “2025” an earlier sheet holds too" in report and "counted once; rows 2 …" in report
    with qtbot.waitSignal(dialog.imported, timeout=60000):
        qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    stored = load_sales(window.doc.store)
    assert sorted(stored["order_id"]) == ["O1", "O2", "O3", "O6", "O7"]
    assert stored.set_index("order_id")["sheet"].to_dict()["O7"] == "2025"


def test_a_ticked_sheet_of_another_layout_is_refused(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = english_workbook(tmp_path / "mixed.xlsx")
    wb = openpyxl.load_workbook(path)
    wb.create_sheet("Costs").append(["Account", "Cost"])
    wb["Costs"].append(["4711", 12.0])
    wb.save(path)
    before = empty_project.read_bytes()
    window = make_app(empty_project).window
    dialog = window.open_import_dialog(path)
    run_wizard_to(qtbot, dialog, SHEET)
    dialog.sheet_list.item(1).setCheckState(Qt.CheckState.Checked)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    run_wizard_to(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.message.isVisible() and "“Costs”" in dialog.message.text(), timeout=60000)
    assert "does not have the columns" in dialog.message.text()
    assert dialog.pages.currentIndex() == MAPPING
    dialog.reject()
    assert empty_project.read_bytes() == before
