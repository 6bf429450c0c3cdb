"""Files that ended in "internal error" or a crash on the command line and in the wizard
(issue 29, item 5). Each case runs `retention-planner` as a user does (a subprocess with a
generous timeout as a safety net) and the reading the import wizard uses
(`read_table_isolated`, the limited child, then the planner's cleaning)."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pytest

from planner.errors import SalesDataError
from planner.sales.isolated import read_table_isolated
from planner.survey.answers import clean_answers, guess_survey_mapping

ROOT = Path(__file__).resolve().parents[2]


def cli(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "retention_planner", *args],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
    )


def one_message(result: subprocess.CompletedProcess) -> str:
    """A user error: exit code 2 and exactly one line on stderr, no traceback."""
    assert result.returncode == 2, (result.returncode, result.stderr[-2000:])
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr[-2000:]
    assert "internal error" not in lines[0] and "Traceback" not in result.stderr
    return lines[0]


# -- a header-only survey -----------------------------------------------------------------


def test_a_header_only_survey_says_there_are_no_rows(tmp_path: Path) -> None:
    path = tmp_path / "h.csv"
    path.write_text("date,score,comment\n", encoding="utf-8")
    message = one_message(cli("nps", str(path)))
    assert "h.csv: there are no rows below the header (row 1)." in message
    raw = read_table_isolated(path)
    with pytest.raises(SalesDataError) as caught:
        clean_answers(raw, guess_survey_mapping(raw.frame))
    assert caught.value.code == "no_rows"


# -- a survey comment longer than the csv module's field limit (131,072 characters) ---------


def test_a_five_megabyte_survey_comment_reads(tmp_path: Path) -> None:
    path = tmp_path / "long.csv"
    comment = "x" * 5_000_000
    path.write_text(
        f'date,score,comment\n2024-01-05,9,ok\n2024-01-06,7,"{comment}"\n2024-01-07,3,bad\n', encoding="utf-8"
    )
    result = cli("nps", str(path))
    assert result.returncode == 0, result.stderr
    # one promoter (9), one passive (7), one detractor (3): 3 answers, NPS (1 - 1) / 3 = 0.0
    assert "3 rows read, 3 answers used" in result.stdout
    raw = read_table_isolated(path)
    table, report = clean_answers(raw, guess_survey_mapping(raw.frame))
    assert report.rows_used == 3
    assert table["comment"].str.len().tolist() == [2, 5_000_000, 3]


# -- a 2 KB workbook with one cell at XFD1048576 ------------------------------------------


@pytest.fixture
def far_cell(tmp_path: Path) -> Path:
    """A small sales table plus one cell in the sheet's last column and row: the spreadsheet
    library makes the used range a dense grid, 1,048,576 x 16,384 cells, and aborts the
    process when it asks for 512 GB."""
    openpyxl = pytest.importorskip("openpyxl")
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["CustomerID", "InvoiceDate", "Amount"])
    for i in range(5):
        sheet.append([f"C{i}", f"2024-01-0{i + 1}", 10.5])
    sheet["XFD1048576"] = 1
    path = tmp_path / "far.xlsx"
    book.save(path)
    assert path.stat().st_size < 8_000
    return path


def test_a_cell_at_xfd1048576_gives_one_message_on_the_command_line(far_cell: Path) -> None:
    before = far_cell.read_bytes()
    message = one_message(cli("kpis", str(far_cell)))
    assert "far.xlsx: the file is too large for this computer, or damaged; reading it was stopped." in message
    assert far_cell.read_bytes() == before


def test_a_cell_at_xfd1048576_gives_one_message_in_the_wizard(far_cell: Path) -> None:
    with pytest.raises(SalesDataError) as caught:
        read_table_isolated(far_cell)
    assert caught.value.code == "too_large_or_damaged"


# -- an unclosed quote ----------------------------------------------------------------------


def _sales_lines(rows: int) -> list[str]:
    return [f"C{r % 50},2024-{r % 12 + 1:02d}-05,{r % 97}.5,x" for r in range(rows)]


def test_an_unclosed_quote_is_named_with_its_line(tmp_path: Path) -> None:
    """3,000 rows; the note of data row 2,801 opens a quote and the note of data row 2,901
    closes it. Line 1 is the header, so the quote opens on line 2,802 and closes on line
    2,902: lines 2,803 to 2,901 (99 lines) were read as part of one note, and the table had
    2,900 rows instead of 3,000."""
    lines = _sales_lines(3000)
    lines[2800] = lines[2800].removesuffix("x") + '"open'
    lines[2900] = lines[2900].removesuffix("x") + 'close"'
    path = tmp_path / "quote.csv"
    path.write_text("CustomerID,InvoiceDate,Amount,Note\n" + "\n".join(lines) + "\n", encoding="utf-8")
    message = one_message(cli("kpis", str(path)))
    assert "quote.csv, line 2802: a quote opens a value there that is closed only on line 2902" in message
    assert "the 99 lines between" in message
    with pytest.raises(SalesDataError) as caught:
        read_table_isolated(path)
    assert caught.value.code == "quote_not_closed"
    assert str(caught.value.params["line"]) == "2802"  # from the child: its words come back as text


def test_a_quoted_address_over_two_lines_still_reads(tmp_path: Path) -> None:
    """A line break inside quotes is legitimate: the second line of an address is no row."""
    lines = _sales_lines(20)
    lines[5] = 'C5,2024-06-05,5.5,"Hauptstr. 1\n12345 Berlin"'
    path = tmp_path / "address.csv"
    path.write_text("CustomerID,InvoiceDate,Amount,Note\n" + "\n".join(lines) + "\n", encoding="utf-8")
    raw = read_table_isolated(path)
    assert len(raw.frame) == 20
    assert raw.frame.loc[5, "Note"] == "Hauptstr. 1\n12345 Berlin"


# -- 5,003 columns, 400 rows ------------------------------------------------------------------


@pytest.fixture
def wide_csv(tmp_path: Path) -> Path:
    """CustomerID, InvoiceDate, Amount and 5,000 columns of numbers from 0 to 99: 4 MB."""
    header = ["CustomerID", "InvoiceDate", "Amount"] + [f"X{i}" for i in range(5000)]
    lines = [",".join(header)]
    for r in range(400):
        extra = ",".join(str((r * 7 + c * 13) % 100) for c in range(5000))
        lines.append(f"C{r % 50},2024-{r % 12 + 1:02d}-05,{r % 97}.5,{extra}")
    path = tmp_path / "wide.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_five_thousand_columns_finish_in_seconds(wide_csv: Path) -> None:
    started = time.monotonic()
    result = cli("kpis", str(wide_csv), "--json")
    seconds = time.monotonic() - started
    assert result.returncode == 0, result.stderr[-2000:]
    assert '"rows_read": 400' in result.stdout
    assert seconds < 60, seconds
