"""Reading and cleaning sales files: formats, header detection, value parsing, the import
report, and a clear error for every kind of bad input."""

from __future__ import annotations

import zipfile
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from planner.errors import SalesDataError
from planner.metrics.analysis import analyse_file
from planner.sales.file_import import import_file
from planner.sales.reader import list_sheets
from planner.sales.values import parse_amounts, parse_ids, parse_text_dates


def write_xlsx(path: Path, rows: list[list], title_rows: int = 0, sheet: str = "Umsatz") -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = sheet
    for i in range(title_rows):
        ws.append([f"Verkaufsbericht Zeile {i + 1}"] if i == 0 else [])
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


GERMAN_CSV = (
    "Kundennummer;Rechnungsdatum;Umsatz;Beleg\n"
    "1001;31.12.2024;1.234,50 €;R1\n"
    "1001;31.12.2024;10,00;R1\n"
    "1002;02.01.2025;-5,00;R2\n"
    "1002;03.01.2025;7,5;R3\n"
    ";03.01.2025;9,00;R4\n"
    "1003;kein Datum;9,00;R5\n"
    "1004;05.01.2025;;R6\n"
)


def test_german_csv_with_decimal_comma_and_report(tmp_path: Path) -> None:
    path = tmp_path / "umsatz.csv"
    path.write_bytes(GERMAN_CSV.encode("cp1252"))  # what German Excel writes
    _raw, mapping, table, report = import_file(path)
    assert mapping == {"customer_id": "Kundennummer", "date": "Rechnungsdatum", "amount": "Umsatz", "order_id": "Beleg"}
    assert (report.rows_read, report.rows_used) == (7, 4)
    assert (report.rows_missing_customer, report.rows_bad_date, report.rows_missing_amount) == (1, 1, 1)
    # spreadsheet row numbers: header is row 1, so the blank customer is on row 6
    assert report.examples == {"rows_missing_customer": [6], "rows_bad_date": [7], "rows_missing_amount": [8]}
    assert table["amount"].tolist() == [1234.5, 10.0, -5.0, 7.5]
    assert table["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-12-31", "2024-12-31", "2025-01-02", "2025-01-03"]
    # R2 is a return: 2 customers, 2 purchases (R1 = 1244.50, R3 = 7.50)
    assert (report.customers, report.orders, report.non_purchase_orders) == (2, 2, 1)


def test_header_on_row_4_with_title_rows_and_float_ids(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "bericht.xlsx",
        [
            ["Kunden-ID", "Datum", "Betrag", "Region"],
            [17850.0, datetime(2024, 3, 1, 8, 30), 20.0, "Süd"],
            ["17850", "02.03.2024", "15,00", "Süd"],
            [17851, "2024-03-04", 5, "Nord"],
        ],
        title_rows=3,
    )
    raw, mapping, table, report = import_file(path)
    assert raw.header_row == 4 and raw.first_row == 5
    assert mapping["customer_id"] == "Kunden-ID" and mapping["region"] == "Region"
    # 17850.0 (a number) and "17850" (text) are one customer
    assert table["customer_id"].tolist() == ["17850", "17850", "17851"]
    assert table["amount"].tolist() == [20.0, 15.0, 5.0]
    assert table["date"].dt.strftime("%Y-%m-%d").tolist() == ["2024-03-01", "2024-03-02", "2024-03-04"]
    assert report.customers == 2
    assert table["row"].tolist() == [5, 6, 7]


def test_amount_from_quantity_times_unit_price_and_duplicates(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "orders.xlsx",
        [
            ["InvoiceNo", "Quantity", "InvoiceDate", "UnitPrice", "CustomerID"],
            ["536365", 6, datetime(2010, 12, 1, 8, 26), 2.55, 17850.0],
            ["536365", 6, datetime(2010, 12, 1, 8, 26), 2.55, 17850.0],  # an exact duplicate: kept
            ["C536379", -1, datetime(2010, 12, 1, 9, 41), 27.5, 14527.0],
            ["536380", 2, datetime(2010, 12, 1, 10, 0), 3.0, None],
        ],
    )
    result = analyse_file(path)
    assert result["mapping"] == {
        "customer_id": "CustomerID",
        "date": "InvoiceDate",
        "quantity": "Quantity",
        "unit_price": "UnitPrice",
        "order_id": "InvoiceNo",
    }
    report = result["import_report"]
    assert (report["rows_read"], report["rows_used"], report["duplicate_rows"]) == (4, 3, 1)
    assert report["rows_missing_customer"] == 1
    assert result["totals"]["customers"] == 1 and result["totals"]["orders"] == 1
    assert result["periods"][0]["revenue"] == pytest.approx(6 * 2.55 * 2 - 27.5)


def test_xls_and_ods_are_read(tmp_path: Path) -> None:
    xlwt = pytest.importorskip("xlwt")
    book = xlwt.Workbook()
    sheet = book.add_sheet("Verkauf")
    for r, row in enumerate([["Kunde", "Datum", "Betrag"], ["A", "01.02.2024", 10], ["B", "15.02.2024", 20.5]]):
        for c, value in enumerate(row):
            sheet.write(r, c, value)
    book.save(str(tmp_path / "alt.xls"))
    _raw, _m, table, report = import_file(tmp_path / "alt.xls")
    assert report.rows_used == 2 and table["amount"].sum() == 30.5

    frame = pd.DataFrame({"Customer": ["x", "y"], "Order Date": ["2024-05-01", "2024-05-02"], "Sales": [1.5, 2.5]})
    frame.to_excel(tmp_path / "libre.ods", engine="odf", index=False, sheet_name="Sales")
    _raw, mapping, table, report = import_file(tmp_path / "libre.ods")
    assert mapping["date"] == "Order Date" and report.rows_used == 2
    assert [s.name for s in list_sheets(tmp_path / "libre.ods")] == ["Sales"]


def test_sheet_choice_and_row_counts(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.title = "Notizen"
    wb.active.append(["nur Text"])
    data = wb.create_sheet("Daten")
    data.append(["Kunde", "Datum", "Betrag"])
    data.append(["A", "2024-01-01", 3])
    wb.save(tmp_path / "zwei.xlsx")
    assert [(s.name, s.rows) for s in list_sheets(tmp_path / "zwei.xlsx")] == [("Notizen", 1), ("Daten", 2)]
    assert [s.data_rows for s in list_sheets(tmp_path / "zwei.xlsx")] == [0, 1]  # shown: rows below the header
    _raw, _m, table, _r = import_file(tmp_path / "zwei.xlsx", sheet="Daten")
    assert len(table) == 1
    with pytest.raises(SalesDataError, match=r"no sheet 'Daten2'.*Notizen, Daten"):
        import_file(tmp_path / "zwei.xlsx", sheet="Daten2")


@pytest.mark.parametrize(
    "name, content, message",
    [
        ("leer.xlsx", "empty-sheet", "the sheet is empty"),
        ("kaputt.xlsx", b"PK\x03\x04 not really a zip", "damaged"),
        ("text.xlsx", b"Kunde;Datum\n1;2\n", "damaged"),
        ("nichts.csv", b"", "the file is empty"),
        ("bild.png", b"\x89PNG....", "cannot be imported"),
    ],
)
def test_bad_files_give_clear_errors(tmp_path: Path, name: str, content, message: str) -> None:
    path = tmp_path / name
    if content == "empty-sheet":
        openpyxl.Workbook().save(path)
    else:
        path.write_bytes(content)
    before = path.read_bytes()
    with pytest.raises(SalesDataError, match=message) as info:
        import_file(path)
    assert name in str(info.value)
    assert path.read_bytes() == before


def test_missing_required_column_names_the_columns(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "ohne.xlsx", [["Name", "Datum", "Betrag"], ["Anna", "2024-01-01", 5]])
    with pytest.raises(SalesDataError) as info:
        import_file(path)
    text = str(info.value)
    assert "no column found for customer id" in text and "Name, Datum, Betrag" in text and "--map" in text
    # naming it fixes it
    _raw, mapping, table, _ = import_file(path, map_options=["customer_id=Name"])
    assert mapping["customer_id"] == "Name" and table["customer_id"].tolist() == ["Anna"]


def test_map_option_errors(tmp_path: Path) -> None:
    path = write_xlsx(tmp_path / "a.xlsx", [["Kunde", "Datum", "Betrag"], ["A", "2024-01-01", 5]])
    with pytest.raises(SalesDataError, match="no column 'Kundennr'"):
        import_file(path, map_options=["customer_id=Kundennr"])
    with pytest.raises(SalesDataError, match="unknown field 'kunde'"):
        import_file(path, map_options=["kunde=Kunde"])


def test_zero_usable_rows(tmp_path: Path) -> None:
    path = write_xlsx(
        tmp_path / "null.xlsx", [["Kunde", "Datum", "Betrag"], ["A", "irgendwann", 5], [None, "2024-01-01", 3]]
    )
    with pytest.raises(SalesDataError, match="none of the 2 rows"):
        import_file(path)


def test_decompression_bomb_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "bomb.xlsx"
    with zipfile.ZipFile(path, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/worksheets/sheet1.xml", b"\0" * (300 * 1024 * 1024))
    assert path.stat().st_size < 2_000_000
    with pytest.raises(SalesDataError, match="absurd size"):
        import_file(path)


def test_value_parsers() -> None:
    ids = parse_ids(pd.Series(["17850.0", " 17850 ", "", None, "A-1"], dtype="object"))
    assert ids.tolist() == ["17850", "17850", pd.NA, pd.NA, "A-1"]
    assert parse_ids(pd.Series([17850.0, None, 12.5])).tolist() == ["17850", pd.NA, "12.5"]
    german = parse_amounts(pd.Series(["1.234,56 €", "-3,5", "12,00-", "(4,00)", "EUR 7"]))
    assert german.tolist() == [1234.56, -3.5, -12.0, -4.0, 7.0]
    english = parse_amounts(pd.Series(["$1,234.56", "3.5", "1,000", "abc"]))
    assert english.tolist()[:3] == [1234.56, 3.5, 1000.0] and pd.isna(english.iloc[3])
    # an ambiguous "1,500" follows the file's convention
    assert parse_amounts(pd.Series(["1,500"]), prefer_decimal_comma=True).tolist() == [1.5]
    us = parse_text_dates(pd.Series(["12/1/2010 8:26", "1/13/2011 10:00"], dtype="string"))
    assert us.dt.strftime("%Y-%m-%d").tolist() == ["2010-12-01", "2011-01-13"]
    uk = parse_text_dates(pd.Series(["13/01/2024", "02/03/2024"], dtype="string"))
    assert uk.dt.strftime("%Y-%m-%d").tolist() == ["2024-01-13", "2024-03-02"]  # one value forces day-first
    iso = parse_text_dates(pd.Series(["2024-02-29T13:45:00", "2024-3-1", "31.12.24"], dtype="string"))
    assert iso.dt.strftime("%Y-%m-%d").tolist() == ["2024-02-29", "2024-03-01", "2024-12-31"]


def test_blank_row_inside_the_table_is_read_and_counted(tmp_path: Path) -> None:
    # Row 3 of the sheet is blank: it is a row of the table (rows_read 3) that has no
    # customer, date or amount, so it counts under each reason; it is not a duplicate.
    path = write_xlsx(
        tmp_path / "luecke.xlsx",
        [["Kunde", "Datum", "Betrag"], ["A", "2024-01-01", 5], [None, None, None], ["B", "2024-01-02", 6]],
    )
    _raw, _m, table, report = import_file(path)
    assert (report.rows_read, report.rows_used, report.empty_rows, report.duplicate_rows) == (3, 2, 1, 0)
    assert (report.rows_missing_customer, report.rows_bad_date, report.rows_missing_amount) == (1, 1, 1)
    assert report.examples["rows_bad_date"] == [3]
    assert table["row"].tolist() == [2, 4]
