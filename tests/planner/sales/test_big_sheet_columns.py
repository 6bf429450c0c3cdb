"""A huge .xlsx sheet is read in its mapped columns only (issue 9, point 3), with the same
report and the same rows as reading it whole.

The size threshold is lowered for the test, so a small crafted sheet takes the same path
as a full 1,048,576-row one.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from planner.sales import xlsx_columns
from planner.sales.clean import CORE
from planner.sales.file_import import import_file


def _crafted(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "Umsatz"
    ws["A1"] = "Umsatzliste Export aus Kassensystem"  # a title above the header
    header = [f"Feld{i}" for i in range(30)]
    header[1], header[15], header[28], header[20] = "Kundennummer", "Rechnungsdatum", "Betrag", "Beleg"
    ws.append([])
    ws.append(header)
    rows = []
    for i in range(40):
        row = [f"x{i}"] * 30
        row[1], row[15], row[28], row[20] = 1000 + i % 7, datetime(2024, 1 + i % 12, 1 + i % 27), 10.0 + i, f"R{i}"
        rows.append(row)
    rows.append(list(rows[3]))  # an exact duplicate
    rows.append([None] * 30)  # a blank row inside the table
    only_other = [None] * 30
    only_other[5] = "nur in einer anderen Spalte"
    rows.append(only_other)  # a row with values only in a column that is not mapped
    partial = list(rows[0])
    partial[6] = "anders"  # same mapped values as row 0, different elsewhere: no duplicate
    rows.append(partial)
    rows.append(list(only_other))  # trailing, filled only where nothing is mapped: a duplicate of the row above
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


@pytest.mark.parametrize("header_row", [None, 3])
def test_mapped_columns_only_give_the_same_import(tmp_path: Path, monkeypatch, header_row) -> None:
    path = _crafted(tmp_path / "kasse.xlsx")
    _raw, mapping_whole, whole, report_whole = import_file(path, header_row=header_row)
    monkeypatch.setattr(xlsx_columns, "BIG_SHEET_XML_BYTES", 0)
    raw, mapping_cols, cols, report_cols = import_file(path, header_row=header_row)
    assert raw.row_facts is not None and len(raw.columns) == 4  # really only the mapped columns
    assert (
        mapping_cols
        == mapping_whole
        == {"customer_id": "Kundennummer", "date": "Rechnungsdatum", "amount": "Betrag", "order_id": "Beleg"}
    )
    assert report_cols.to_dict() == report_whole.to_dict()
    assert (report_whole.rows_read, report_whole.empty_rows, report_whole.duplicate_rows) == (45, 1, 2)
    assert cols[list(CORE)].equals(whole[list(CORE)])


def test_cells_without_references_are_read_whole(tmp_path: Path, monkeypatch) -> None:
    # positions are implicit then: dropping cells would shift the others
    path = tmp_path / "implicit.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["Kunde", "Datum", "Betrag", "Notiz"])
    wb.active.append([1, datetime(2024, 1, 5), 5.0, "a"])
    wb.active.append([2, datetime(2024, 2, 5), 7.0, "b"])
    wb.save(path)
    import re
    import shutil
    import zipfile

    stripped = tmp_path / "stripped.xlsx"
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(stripped, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename.endswith("sheet1.xml"):
                data = re.sub(rb'(<c\b[^>]*?) r="[A-Z]+\d+"', rb"\1", data)
            out.writestr(info.filename, data)
    shutil.move(stripped, path)
    monkeypatch.setattr(xlsx_columns, "BIG_SHEET_XML_BYTES", 0)
    raw, _mapping, table, report = import_file(path)
    assert raw.row_facts is None and "Notiz" in raw.columns
    assert report.rows_used == 2 and table["amount"].tolist() == [5.0, 7.0]


def test_a_segment_column_is_read_too(tmp_path: Path, monkeypatch) -> None:
    """`kpis --segment Feld5=...` on a huge sheet: the segment's column is read beside the mapped ones."""
    path = _crafted(tmp_path / "kasse.xlsx")
    monkeypatch.setattr(xlsx_columns, "BIG_SHEET_XML_BYTES", 0)
    raw, _mapping, table, _report = import_file(path, keep=["feld6"])
    assert raw.row_facts is not None and len(raw.columns) == 5
    assert "Feld6" in table.columns and (table["Feld6"] == "anders").sum() == 1
