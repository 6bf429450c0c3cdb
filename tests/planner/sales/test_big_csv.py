"""A big CSV through the import wizard's reading path (issue 27): read once, in the child, from
disk; a CSV stopped by the memory limit is not told to be exported as CSV."""

from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from planner import sandbox
from planner.errors import SalesDataError
from planner.sales import isolated, text_reader
from planner.sales.reader import read_table
from planner.sales.several_sheets import clean_sheets

SHOP = (
    "Kundennummer;Datum;Menge;Einzelpreis;Artikel\n"
    "00123;05.01.2024;2;12,50;Wollmütze – grau\n"
    "00123;06.02.2024;1;7,00;Socken\n"
    "00456;07.02.2024;3;1,00;Schal\n"
)
MAPPING = {"customer_id": "Kundennummer", "date": "Datum", "quantity": "Menge", "unit_price": "Einzelpreis"}


def test_a_csv_read_in_the_child_is_not_read_again_while_cleaning(tmp_path: Path, monkeypatch) -> None:
    path = tmp_path / "shop.csv"
    path.write_text(SHOP, encoding="utf-8")
    raw = isolated.read_table_isolated(path)

    def read_again(*_args, **_kwargs):
        raise AssertionError("the whole file was read again")

    # a text file has no typed cells: cleaning used to re-read all of it for date, quantity
    # and price, in the window's process (a 200 MB export three times, 2 GB at the peak)
    monkeypatch.setattr(isolated, "read_table", read_again)
    assert raw.typed("Datum", "datetime") is None
    table, report = clean_sheets([raw], MAPPING)
    assert report.rows_used == 3
    assert table["amount"].tolist() == [25.0, 7.0, 3.0]
    assert raw.frame["Kundennummer"].tolist() == ["00123", "00123", "00456"]  # text stays text
    pd.testing.assert_frame_equal(raw.frame, read_table(path).frame)


def test_a_csv_stopped_by_the_memory_limit_is_not_told_to_be_exported_as_csv(tmp_path: Path, monkeypatch) -> None:
    if os.name != "posix":
        pytest.skip("hard limits need setrlimit")
    path = tmp_path / "gross.csv"
    path.write_text(SHOP, encoding="utf-8")
    # a limit far below what the reader needs stands in for a file far above the real one
    monkeypatch.setattr(sandbox, "reader_memory_bytes", lambda: 96 * 1024**2)
    with pytest.raises(SalesDataError) as caught:
        isolated.read_table_isolated(path)
    error = caught.value
    assert error.code == "too_large_for_memory"
    assert "memory of this computer" in error.message and "gross.csv" in error.message
    assert "damaged" not in error.message and "CSV" not in (error.hint or "")


@pytest.mark.parametrize(
    ("encoding", "first", "last"),
    [
        # UTF-8 up to a byte that is none, past the decoded beginning: the whole file is
        # cp1252 then, as when it was decoded whole (the UTF-8 letters above read so too)
        ("utf-8, then cp1252", "MÃ¼tze", "Café"),
        ("utf-8", "Mütze", "Größe €"),
        ("utf-8-sig", "Mütze", "Größe €"),
        ("utf-16", "Mütze", "Größe €"),
    ],
)
def test_the_encoding_holds_for_the_whole_file_not_only_its_beginning(
    tmp_path: Path, monkeypatch, encoding: str, first: str, last: str
) -> None:
    # only the beginning is decoded for the samples; shrunk here so a small file goes past it
    monkeypatch.setattr(text_reader, "HEAD_BYTES", 1001)  # odd: cuts a character in two
    monkeypatch.setattr(text_reader, "_CHECK_CHUNK", 333)
    lines = ["Kunde,Datum,Betrag,Artikel"] + [f"{i:05d},2024-01-02,1.50,Mütze" for i in range(200)]
    body = "\r\n".join(lines) + "\r\n"
    tail = f"99999,2024-01-03,2.00,{last}\r\n"
    path = tmp_path / "lang.csv"
    if encoding == "utf-8, then cp1252":
        path.write_bytes(body.encode("utf-8") + tail.encode("cp1252"))
    else:
        path.write_bytes((body + tail).encode(encoding))
    raw = read_table(path)
    assert raw.columns == ["Kunde", "Datum", "Betrag", "Artikel"] and raw.separator == ","
    assert len(raw.frame) == 201
    assert raw.frame["Kunde"].iloc[0] == "00000"
    assert raw.frame["Artikel"].iloc[0] == first
    assert raw.frame["Artikel"].iloc[-1] == last


def test_the_header_on_the_last_line_gives_no_rows_instead_of_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "kurz.csv"
    path.write_text("Kunde,Datum,Betrag\n1001,2024-01-02,1.50\n", encoding="utf-8")
    raw = read_table(path, header_row=2)
    assert raw.frame.empty and raw.columns == ["1001", "2024-01-02", "1.50"]
