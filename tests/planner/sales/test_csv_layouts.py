"""CSV and text layouts seen in real exports (issue 11): a till's export with a title
line and a blank line above the header, and whitespace-separated logs without a header."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner.sales.file_import import import_file
from planner.sales.reader import read_table

TILL = (
    "Umsatzliste Oktober 2025 - Export aus Kassensystem\r\n"
    "\r\n"
    "Kundennr.;Datum;Bon;Betrag\r\n"
    "1001;05.10.2025;B1;1.299,00 €\r\n"
    "1002;06.10.2025;B2;19,90 €\r\n"
    "1001;20.10.2025;B3;49,00 €\r\n"
)


def test_till_export_with_a_title_line_in_cp1252(tmp_path: Path) -> None:
    path = tmp_path / "kasse.csv"
    path.write_bytes(TILL.encode("cp1252"))  # € is byte 0x80 in cp1252
    raw, mapping, table, report = import_file(path)
    # line 1 title, line 2 blank, line 3 header: the data starts on line 4
    assert raw.header_row == 3 and raw.first_row == 4
    assert mapping == {"customer_id": "Kundennr.", "date": "Datum", "amount": "Betrag", "order_id": "Bon"}
    assert table["row"].tolist() == [4, 5, 6]
    assert table["amount"].tolist() == [1299.0, 19.9, 49.0]  # German thousands and decimal comma, € sign
    assert [d.strftime("%Y-%m-%d") for d in table["date"]] == ["2025-10-05", "2025-10-06", "2025-10-20"]
    assert report.rows_read == 3 and report.rows_used == 3


def test_comma_separated_with_a_title_line(tmp_path: Path) -> None:
    path = tmp_path / "export.csv"
    path.write_text("Sales report, all stores\n\nCustomer,Date,Amount\nA,2025-01-02,10.50\nB,2025-01-03,1,200.00\n")
    # the last line has one field too many for an unquoted "1,200.00": the widest line
    # decides the width, so the file is read and the odd value shows up in the report
    raw = read_table(path)
    assert raw.header_row == 3 and list(raw.frame.columns)[:3] == ["Customer", "Date", "Amount"]
    assert raw.frame.iloc[0, :3].tolist() == ["A", "2025-01-02", "10.50"]


CDNOW = " 00004 0001 19970101  2   29.33\r\n 00004 0001 19970118  2   29.73\r\n 00005 0002 19970102  1   14.96\r\n"


def test_whitespace_separated_log_without_a_header(tmp_path: Path) -> None:
    path = tmp_path / "cdnow.txt"
    path.write_text(CDNOW)
    raw = read_table(path)
    # every cell of the first line is a number: there is no header row
    assert raw.header_row == 0 and raw.first_row == 1
    assert list(raw.frame.columns) == ["Column 1", "Column 2", "Column 3", "Column 4", "Column 5"]
    assert raw.frame.iloc[2].tolist() == ["00005", "0002", "19970102", "1", "14.96"]
    _raw, _mapping, table, report = import_file(
        path, mapping_overrides={"customer_id": "Column 1", "date": "Column 3", "amount": "Column 5"}
    )
    assert table["customer_id"].tolist() == ["00004", "00004", "00005"]  # leading zeros kept
    assert table["amount"].tolist() == [29.33, 29.73, 14.96] and report.rows_used == 3
    assert table["row"].tolist() == [1, 2, 3]


@pytest.mark.parametrize("header_row", [0])
def test_no_header_row_can_be_chosen(tmp_path: Path, header_row: int) -> None:
    path = tmp_path / "plain.csv"
    path.write_text("Kunde;Datum;Betrag\nA;01.01.2025;5,00\n")
    raw = read_table(path, header_row=header_row)  # the user says the first line is data
    assert list(raw.frame.columns) == ["Column 1", "Column 2", "Column 3"] and len(raw.frame) == 2


def test_the_separator_can_be_chosen_when_the_guess_is_wrong(tmp_path: Path) -> None:
    # every line has one comma (a decimal comma) and two tabs: the guess takes the tab,
    # but a user who knows better can say "comma" and gets what they asked for
    path = tmp_path / "odd.txt"
    path.write_text("Kunde\tDatum\tBetrag\nA\t01.01.2025\t5,00\nB\t02.01.2025\t7,50\n")
    guessed = read_table(path)
    assert guessed.separator == "\t" and list(guessed.frame.columns) == ["Kunde", "Datum", "Betrag"]
    chosen = read_table(path, separator=",")
    assert chosen.separator == ","
    assert list(chosen.frame.columns) == ["Kunde\tDatum\tBetrag", "Column 2"]
    assert chosen.frame.iloc[0].tolist() == ["A\t01.01.2025\t5", "00"]


def test_an_excel_sheet_without_a_header_row(tmp_path: Path) -> None:
    from openpyxl import Workbook

    path = tmp_path / "plain.xlsx"
    book = Workbook()
    sheet = book.active
    sheet.append([])  # one empty row above the data
    for row in (["A", "2025-01-01", 5.0], ["B", "2025-01-02", 7.5]):
        sheet.append(row)
    book.save(path)
    raw = read_table(path, header_row=0)
    assert list(raw.frame.columns) == ["Column 1", "Column 2", "Column 3"]
    assert raw.frame["Column 1"].tolist() == ["A", "B"]
    assert raw.header_row == 0 and raw.first_row == 2  # the first data row is spreadsheet row 2


def test_isolated_reading_passes_the_choices_on(tmp_path: Path) -> None:
    from planner.sales.isolated import read_table_isolated

    path = tmp_path / "plain.csv"
    path.write_text("Kunde;Datum;Betrag\nA;01.01.2025;5,00\n")
    raw = read_table_isolated(path, header_row=0, separator=";")
    assert list(raw.frame.columns) == ["Column 1", "Column 2", "Column 3"] and len(raw.frame) == 2
    assert raw.separator == ";" and raw.header_row == 0
    assert read_table_isolated(path).header_row == 1  # and "auto" still detects


def test_semicolons_win_over_one_decimal_comma_per_line(tmp_path: Path) -> None:
    """Seen with a pandas export (sep=';', decimal=','): every data line has exactly one comma,
    in the amount, so the standard sniffer took ',' and split "16,23" into two columns. The
    separator that gives the most fields on (nearly) every line, the header included, wins."""
    path = tmp_path / "verkauf.csv"
    rows = "".join(f"K{i};2023-07-{i % 28 + 1:02d};{i},{i * 7 % 100:02d};ja\n" for i in range(40))
    path.write_text("Kundennummer;Datum;Betrag;Mailing\n" + rows, encoding="utf-8")
    raw = read_table(path)
    assert raw.frame.columns.tolist() == ["Kundennummer", "Datum", "Betrag", "Mailing"]
    assert raw.separator == ";"
