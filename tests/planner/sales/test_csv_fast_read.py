"""The common CSV file (UTF-8, one separator, every line as wide as the widest) is read by
Arrow's CSV reader straight into text (issue 30): pandas' C parser with every column as text
took about six times its plain read. Counted, not timed: which reader ran, and that the
cells are the very texts the C parser gives, on crafted files whose truth is written below.
Every file Arrow does not read as the C parser would goes the general way."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pyarrow.compute as pc
import pytest

from planner.errors import SalesDataError
from planner.sales import text_reader
from planner.sales.raw_table import no_progress
from planner.sales.reader import read_table


@pytest.fixture
def c_parser_calls(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Each call of pandas' CSV parser from the text reader."""
    calls: list[object] = []
    real = text_reader.pd.read_csv

    def counted(*args, **kwargs):
        calls.append(args[0])
        return real(*args, **kwargs)

    monkeypatch.setattr(text_reader.pd, "read_csv", counted)
    return calls


def write(path: Path, text: str, encoding: str = "utf-8") -> Path:
    path.write_bytes(text.encode(encoding))
    return path


def test_a_plain_file_is_not_parsed_by_pandas(tmp_path: Path, c_parser_calls: list[object]) -> None:
    """Three rows under a header; the ids keep their leading zeros and the amounts their
    decimal commas, as text (the cleaning reads them)."""
    path = write(
        tmp_path / "sales.csv", 'Kunde,Datum,Betrag\n00123,2024-01-02,"1,50"\n00124,2024-01-03,2\n0,2024-01-04,\n'
    )
    raw = read_table(path)
    assert c_parser_calls == []
    assert raw.columns == ["Kunde", "Datum", "Betrag"]
    assert raw.frame["Kunde"].tolist() == ["00123", "00124", "0"]
    assert raw.frame["Betrag"].iloc[:2].tolist() == ["1,50", "2"]
    assert pd.isna(raw.frame["Betrag"].iloc[2])  # an empty cell is missing, as before
    assert raw.decimal_comma  # "1,50" against "2": one decimal comma, no decimal point


# Each file below is read both ways; the C parser's cells are the truth (after blank cells
# became missing: a blank line is a row of "" in Arrow and of missing cells in pandas).
SAME_CELLS = {
    "byte order mark": "\ufeffa,b\n1,2\n",
    "quoted separator and doubled quotes": 'a,b\n"x, y",2\n"he said ""hi""",3\n',
    "a quote inside a value": 'a,b\nab"c,2\n"ab"c,3\n',
    "a space before a quote": 'a,b\n "x",2\n',
    "an address over two lines": 'a,b\n"Hauptstr. 1\n12345 Berlin",2\n3,4\n',
    "CR LF": "a,b\r\n1,2\r\n",
    "CR alone": "a,b\r1,2\r",
    "empty and blank cells": 'a,b\n,\n"",x\n  ,y\n',
    "no line break at the end": "a,b\n1,2",
    "umlauts and euro": "a,b\nMüller,2\n€,3\n",
    "semicolons and decimal commas": "a;b\n1,5;2\n1.234,50;3\n",
    "tabs": "a\tb\n1\t2\n",
    "pipes": "a|b\n1|2\n",
    "one column": "a\n1\n\n2\n",
    "a blank line inside": "a,b\n1,2\n\n3,4\n",
}


@pytest.mark.parametrize("name", sorted(SAME_CELLS))
def test_arrow_reads_the_same_cells_as_the_c_parser(tmp_path: Path, name: str) -> None:
    path = write(tmp_path / "f.csv", SAME_CELLS[name])
    head = path.read_bytes()
    fast, fast_sep, _blanked = text_reader._read_plain_utf8(path, head, True, None, no_progress)
    general, general_sep = text_reader._read_any(path, head, True, None, no_progress)
    assert fast is not None, "the fast way should take this file"
    assert fast_sep == general_sep
    pd.testing.assert_frame_equal(text_reader._blank_to_missing(fast), text_reader._blank_to_missing(general))


# Files the fast way hands on: what the general way makes of them is checked elsewhere
# (test_csv_layouts, test_big_csv, test_cli_issue29_files).
GENERAL_WAY = {
    "a title line above the header": ("Umsatzliste 2024\nKunde,Datum,Betrag\n1,2024-01-02,3\n", "utf-8"),
    "a line of spaces inside": ("a,b\n1,2\n   \n3,4\n", "utf-8"),
    "a short line": ("a,b,c\n1,2,3\n4,5\n", "utf-8"),
    "cp1252": ("Kunde;Betrag\nMüller;1,50\n", "cp1252"),
    "UTF-16": ("Kunde;Betrag\nMüller;1,50\n", "utf-16"),
    "runs of spaces": ("1 2024-01-02 3.5\n2 2024-01-03 4.5\n", "utf-8"),
}


@pytest.mark.parametrize("name", sorted(GENERAL_WAY))
def test_files_arrow_would_read_otherwise_go_the_general_way(tmp_path: Path, name: str) -> None:
    text, encoding = GENERAL_WAY[name]
    path = write(tmp_path / "f.csv", text, encoding)
    head = path.read_bytes()
    assert text_reader._read_plain_utf8(path, head, True, None, no_progress)[0] is None
    read_table(path)  # and it is read, the general way


@pytest.mark.parametrize(
    "text",
    [
        'a,b\n1,"2\\"",3\n',  # a backslash is no escape: the quote stays open to the end
        'a,b\n1,2\n3,"4\n',  # opened on the last line
        'a,b\n1,2\n3,"4',  # the same without a line break at the end
    ],
)
def test_a_quote_open_at_the_end_is_refused_as_before(tmp_path: Path, text: str, c_parser_calls: list[object]) -> None:
    """Arrow takes such a value up to the end of the file; the C parser refuses the file."""
    path = write(tmp_path / "open.csv", text)
    with pytest.raises(SalesDataError) as caught:
        read_table(path)
    assert caught.value.code == "bad_csv"
    assert len(c_parser_calls) == 1  # the general way said so


@pytest.mark.parametrize(
    ("line", "open_"),
    [
        ('a,"b', True),
        ('a,"b""', True),  # a doubled quote is a quote inside the value
        ('a,"b"', False),
        ('a,"b"c', False),  # after the closing quote the value goes on unquoted
        ('a,b"c', False),  # a quote inside an unquoted value is a letter
        ('"a,b",c', False),
        ('"a,b,c', True),
        ("", False),
    ],
)
def test_which_last_lines_leave_a_quote_open(line: str, open_: bool) -> None:
    assert text_reader._opens_quote(line, ",") is open_


def test_line_breaks_are_looked_for_per_value_only_when_the_bytes_hold_one(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The lone-quote check (issue 29) looks at values only in a column whose bytes hold a
    line break: here the address column, not the three others."""
    looked: list[int] = []
    real = pc.match_substring

    def counted(data, pattern, *args, **kwargs):
        looked.append(len(data))
        return real(data, pattern, *args, **kwargs)

    monkeypatch.setattr(pc, "match_substring", counted)
    lines = [f"C{i},2024-01-0{i % 9 + 1},{i}.5,Street {i}" for i in range(30)]
    lines[4] = 'C4,2024-01-05,4.5,"Hauptstr. 1\n12345 Berlin"'
    path = write(tmp_path / "address.csv", "Kunde,Datum,Betrag,Adresse\n" + "\n".join(lines) + "\n")
    raw = read_table(path)
    assert raw.frame["Adresse"].iloc[4] == "Hauptstr. 1\n12345 Berlin"
    assert looked == [31]  # one column, header line included
