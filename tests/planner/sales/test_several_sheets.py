"""A workbook with a sheet per year imported in one go (issue 15): one mapping, a sale that
two sheets hold counted once and reported."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.errors import SalesDataError
from planner.metrics.analysis import analyse
from planner.sales.file_import import import_sheets, sheets_with_rows

ROOT = Path(__file__).resolve().parents[3]
HEADER = ["Kundennummer", "Datum", "Betrag", "Beleg"]


def workbook(path: Path, sheets: dict[str, list[list[object]]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


@pytest.fixture
def yearly(tmp_path: Path) -> Path:
    # 2023: three sales. 2024: the export overlaps by one day, so the 2023-12-31 sale of
    # customer 2 (B2) appears again, plus two new sales; an exact duplicate row inside 2024
    # (B4 twice) is kept, as in any import. A notes sheet is empty below its header.
    return workbook(
        tmp_path / "umsatz.xlsx",
        {
            "2023": [
                HEADER,
                [1, datetime(2023, 3, 1), 100.0, "B1"],
                [2, datetime(2023, 12, 31), 50.0, "B2"],
                [1, datetime(2023, 6, 1), 20.0, "B3"],
            ],
            "2024": [
                ["Umsatz 2024"],  # a title row above the header: each sheet finds its own header
                HEADER,
                [2, datetime(2023, 12, 31), 50.0, "B2"],
                [2, datetime(2024, 2, 1), 30.0, "B4"],
                [2, datetime(2024, 2, 1), 30.0, "B4"],
                [3, datetime(2024, 5, 1), 70.0, "B5"],
            ],
            "Notizen": [["Notiz"]],
        },
    )


def test_two_sheets_with_an_overlapping_row(yearly: Path) -> None:
    _raw, mapping, table, report = import_sheets(yearly, ["2023", "2024"])
    assert mapping == {"customer_id": "Kundennummer", "date": "Datum", "amount": "Betrag", "order_id": "Beleg"}
    # 3 + 4 rows read; B2 in 2024 is the same sale as in 2023 -> 6 rows used, 1 left out
    assert (report.rows_read, report.rows_used, report.rows_in_earlier_sheets) == (7, 6, 1)
    assert report.duplicate_rows == 1  # B4 twice inside 2024: reported and kept
    assert report.sheet == "2023, 2024"
    assert [(s["sheet"], s["rows_used"], s["rows_in_earlier_sheets"]) for s in report.sheets] == [
        ("2023", 3, 0),
        ("2024", 3, 1),
    ]
    assert report.sheets[1]["examples_in_earlier_sheets"] == [3]  # the spreadsheet row in sheet 2024
    assert table["sheet"].tolist() == ["2023"] * 3 + ["2024"] * 3
    # orders: B1, B2, B3, B4 (two rows, one order), B5 -> 5 purchases by customers 1, 2, 3
    assert (report.orders, report.customers) == (5, 3)
    totals = analyse(table)["totals"]
    assert totals["revenue"] == 100 + 50 + 20 + 30 + 30 + 70


def test_a_sheet_of_another_layout_is_refused(tmp_path: Path) -> None:
    path = workbook(
        tmp_path / "mixed.xlsx",
        {"2023": [HEADER, [1, datetime(2023, 3, 1), 10.0, "B1"]], "Kosten": [["Konto", "Datum"], ["4711", "x"]]},
    )
    with pytest.raises(SalesDataError) as caught:
        import_sheets(path, ["2023", "Kosten"])
    assert caught.value.code == "sheet_layout_differs"
    assert "Sheet 'Kosten' has no column 'Kundennummer', 'Betrag', 'Beleg'" in str(caught.value)


def test_cli_all_sheets(yearly: Path) -> None:
    assert sheets_with_rows(yearly) == ["2023", "2024"]
    done = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(yearly), "--all-sheets", "--json", "--period", "year"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["import_report"]["rows_in_earlier_sheets"] == 1 and data["import_report"]["rows_used"] == 6
    assert data["totals"]["orders"] == 5
    one = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(yearly), "--sheet", "2023", "--sheet", "2024"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert one.returncode == 0 and "sheet 2024: 3 rows used, 1 left out" in one.stdout
