"""The wizard on shop exports in German (issue 27): the Shopify orders export is named,
its order statuses listed with ticks, and the import ends with what is new; next month's
export beside it adds only its new orders."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from PySide6.QtCore import Qt

from planner.sales.storage import load_sales, remembered_not_a_sale
from planner.store import ProjectStore
from tests.planner.sales.shop_exports import shopify_orders
from ui.data.import_dialog import DONE, MAPPING, REPORT, SHEET


@pytest.fixture
def empty_project(tmp_path: Path) -> Path:
    path = tmp_path / "leer.rplan"
    ProjectStore.create(path).close()
    return path


def wait_for(qtbot, dialog, page: int) -> None:
    qtbot.waitUntil(
        lambda: dialog.pages.currentIndex() == page and not (dialog._task and dialog._task.running), timeout=60000
    )


def statuses(dialog) -> dict[str, bool]:
    items = dialog.status_choice.status_list
    return {
        items.item(i).data(Qt.ItemDataRole.UserRole): items.item(i).checkState() == Qt.CheckState.Checked
        for i in range(items.count())
    }


def test_shopify_export_in_german(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders_export_1.csv"
    truth = shopify_orders(path, seed=4, orders=150, customers=50)
    window = make_app(empty_project, language="de").window
    dialog = window.open_import_dialog(path)
    wait_for(qtbot, dialog, MAPPING)
    # the system is named, in German
    assert dialog.export_label.isVisible()
    assert dialog.export_label.text().startswith("Erkannt: Shopify-Bestellexport.")
    combos = dialog.field_combos
    assert combos["customer_id"].currentData() == "Email" and combos["status"].currentData() == "Financial Status"
    assert combos["amount"].currentData() == "Total" and combos["order_id"].currentData() == "Name"
    # every status value with its rows; what is no sale in Shopify is unticked
    assert (
        dialog.status_choice.isVisible()
        and dialog.status_choice.label.text() == "Welche Bestellstatus zählen als Verkauf?"
    )
    ticks = statuses(dialog)
    assert ticks["paid"] and ticks["authorized"] and ticks["partially_refunded"]
    assert not ticks["voided"] and not ticks["refunded"] and not ticks["pending"]
    first = dialog.status_choice.status_list.item(0).text()
    assert " — " in first and first.endswith(" Zeilen")
    # the preview marks no line item as a row without an amount
    assert "rot: 0)" in dialog.preview_label.text() or "(rows with problems in red: 0)" in dialog.preview_label.text()

    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, REPORT)
    report = dialog.report_label.text()
    assert "Erkannt als" in report and "Shopify-Bestellexport" in report
    assert "Bestellungen, die kein Verkauf sind" in report
    assert f"<b>{truth.not_a_sale_orders}</b> Bestellungen" in report
    assert "Positionszeilen" in report and "Zeiten mit Zeitzone" in report
    # the currency comes from Shopify's Currency column
    assert dialog.currency_choice.combo.currentText() == "EUR"
    assert "Currency" in dialog.currency_choice.reason.text()

    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, DONE)
    done = dialog.done_label.text()
    assert f"<b>{truth.purchases}</b> Käufe von <b>{truth.customers}</b> Kunden" in done
    assert "Letzter vollständiger Zeitraum" in done and "vorher" not in done  # a first import: nothing before
    assert dialog.cancel_button.text() == "Schließen" and not dialog.back_button.isVisible()
    dialog.grab().save(str(tmp_path / "done.png"))

    # the saved plan holds exactly the sales: customers, purchases, revenue of the truth
    store = ProjectStore.open(empty_project)
    try:
        sales = load_sales(store)
        assert sales["customer_id"].nunique() == truth.customers
        assert round(float(sales["amount"].sum()), 2) == truth.revenue
        assert remembered_not_a_sale(store, list(dialog._raw.columns)) == sorted(
            [v for v, sale in ticks.items() if not sale], key=list(ticks).index
        )
    finally:
        store.close()
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()


def test_a_changed_tick_counts_and_is_remembered(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    path = tmp_path / "orders_export_1.csv"
    truth = shopify_orders(path, seed=5, orders=80, customers=30)
    window = make_app(empty_project, language="de").window
    dialog = window.open_import_dialog(path)
    wait_for(qtbot, dialog, MAPPING)
    items = dialog.status_choice.status_list
    paid = next(items.item(i) for i in range(items.count()) if items.item(i).data(Qt.ItemDataRole.UserRole) == "paid")
    paid.setCheckState(Qt.CheckState.Unchecked)  # the owner decides: only authorized … count
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, REPORT)
    assert "Status „paid“" in dialog.report_label.text()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, DONE)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    # the same layout again: the mapping is skipped and the ticks come back as chosen
    again = window.open_import_dialog(path)
    wait_for(qtbot, again, REPORT)
    assert not statuses(again)["paid"]
    assert truth.purchases > 0


def test_next_months_export_adds_what_is_new(qtbot, make_app, empty_project: Path, tmp_path: Path) -> None:
    # one export, then the same shop's export a month later (the earlier orders repeated)
    window = make_app(empty_project, language="de").window
    earlier, later = tmp_path / "Bestellungen_Okt.xlsx", tmp_path / "Bestellungen_Nov.xlsx"
    rows = [(f"K{k % 25:03d}", f"2025-{1 + k % 10:02d}-{1 + k % 27:02d}", 20.0 + k, f"B{k}") for k in range(200)]
    new = [(f"K{100 + k:03d}", f"2025-11-{1 + k % 28:02d}", 35.0, f"N{k}") for k in range(6)]
    new += [("K001", "2025-11-30", 10.0, "N99"), ("K002", "2025-12-01", 12.0, "N100")]
    for path, content in ((earlier, rows), (later, rows + new)):
        book = openpyxl.Workbook()
        book.active.title = "Info"
        book.active.append(["Export aus dem Shop"])
        sheet = book.create_sheet("Bestellungen")
        sheet.append(["Kundennummer", "Bestelldatum", "Bestellsumme", "Bestellnummer"])
        for row in content:
            sheet.append(list(row))
        book.save(path)
    dialog = window.open_import_dialog(earlier)
    wait_for(qtbot, dialog, SHEET)
    # the Info sheet in front is not pre-ticked; the orders sheet is
    assert dialog.sheet_choice.chosen() == ["Bestellungen"]
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, MAPPING)
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, REPORT)
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, dialog, DONE)
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)

    second = window.open_import_dialog(later)
    wait_for(qtbot, second, SHEET)
    qtbot.mouseClick(second.next_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, second, REPORT)  # the same columns: the mapping is remembered
    qtbot.mouseClick(second.import_button, Qt.MouseButton.LeftButton)
    wait_for(qtbot, second, DONE)
    done = second.done_label.text()
    # 8 orders are new (N0-N5, N99, N100); customers K100-K105 are new (6). November is now
    # complete (the data reaches 1 December); before, the data ended in October.
    assert "<b>8</b> neue Käufe und <b>6</b> neue Kunden" in done
    assert "Letzter vollständiger Zeitraum: <b>2025-11</b>" in done and "vorher nicht in den Daten" in done
    second.grab().save(str(tmp_path / "done_second.png"))
