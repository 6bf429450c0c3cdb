"""Every workbook the app writes keeps user text as text (issue 13): a customer id, a
column name or a file name starting with =, +, -, @, tab or CR is a string cell, never a
formula or DDE call when Excel opens the file. Checked in the written sheet XML."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pandas as pd

from planner.export.kpi_workbook import write_kpi_workbook
from planner.export.tables import write_table

NASTY = ['=HYPERLINK("http://x")', "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r=cmd|' /C calc'!A0"]


def _formulas(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as book:
        return [
            name
            for name in book.namelist()
            if name.startswith("xl/worksheets/") and (b"<f>" in book.read(name) or b"<f " in book.read(name))
        ]


def test_the_check_finds_a_formula(tmp_path: Path) -> None:
    from openpyxl import Workbook

    wb = Workbook()
    wb.active["A1"] = "=1+1"  # openpyxl's default: a formula
    wb.save(tmp_path / "f.xlsx")
    assert _formulas(tmp_path / "f.xlsx") == ["xl/worksheets/sheet1.xml"]


def test_customer_lists_keep_ids_and_names_as_text(tmp_path: Path) -> None:
    frame = pd.DataFrame({"customer_id": NASTY, "name": list(reversed(NASTY)), "revenue": range(len(NASTY))})
    write_table(frame, tmp_path / "list.xlsx", headers=["=id", "+name", "revenue"])
    assert _formulas(tmp_path / "list.xlsx") == []


def test_the_kpi_workbook_keeps_mapped_column_names_as_text(tmp_path: Path) -> None:
    result = {
        "periods": [],
        "cohorts": [],
        "import_report": {"rows_read": 6, "file": NASTY[0]},
        "mapping": {"customer_id": NASTY[1], "date": NASTY[3], "amount": NASTY[5]},
        "totals": {},
        "window_months": 12,
    }
    write_kpi_workbook(result, tmp_path / "kpis.xlsx")
    assert _formulas(tmp_path / "kpis.xlsx") == []
