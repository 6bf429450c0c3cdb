"""Exported workbooks print one page wide. Seen in LibreOffice's PDF of a `kpis --xlsx` file:
the 23 KPI columns ran across ten pages, five columns each, so no printed page showed a
period's figures together."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
from openpyxl import load_workbook

from planner.export.kpi_workbook import write_kpi_workbook
from planner.export.tables import write_table


def _assert_one_page_wide(path: Path) -> None:
    for ws in load_workbook(path).worksheets:
        assert ws.page_setup.orientation == "landscape", ws.title
        assert ws.sheet_properties.pageSetUpPr.fitToPage, ws.title
        assert ws.page_setup.fitToWidth == 1 and ws.page_setup.fitToHeight == 0, ws.title
        assert ws.print_title_rows == "$1:$1", ws.title  # the header on every printed page


def test_kpi_workbook_prints_one_page_wide(tmp_path: Path) -> None:
    result = {
        "periods": [],
        "cohorts": [],
        "import_report": {"rows_read": 0},
        "mapping": {},
        "totals": {},
        "window_months": 12,
    }
    write_kpi_workbook(result, tmp_path / "k.xlsx")
    _assert_one_page_wide(tmp_path / "k.xlsx")


def test_customer_list_prints_one_page_wide(tmp_path: Path) -> None:
    frame = pd.DataFrame({"customer": ["a"], "last purchase": [pd.Timestamp(date(2024, 1, 2))]})
    write_table(frame, tmp_path / "l.xlsx")
    _assert_one_page_wide(tmp_path / "l.xlsx")


def test_money_shows_two_decimals_and_columns_fit_their_text(tmp_path: Path) -> None:
    """Seen in LibreOffice: revenue "77183.6" and a customer id cut at the column edge."""
    frame = pd.DataFrame({"id": ["=HYPERLINK(1) and more"], "revenue": [77183.6], "orders": [3]})
    write_table(frame, tmp_path / "l.xlsx")
    ws = load_workbook(tmp_path / "l.xlsx").active
    assert ws["B2"].number_format == "#,##0.00"
    assert ws["C2"].number_format == "General"  # counts stay whole numbers
    assert ws.column_dimensions["A"].width >= len("=HYPERLINK(1) and more")
