"""What `kpis` on a workbook no longer does, counted instead of timed (issue 30): the parent
loaded pandas before it started the limited child; the child loaded pandas and the planner,
then inflated the whole sheet for the zip-bomb check, and only then parsed. Now the child
starts the parse first and the check beside it (only where the operating system bounds its
memory), the reader takes the parsed sheet, and the check still refuses a bomb."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import fastexcel
import pytest
from openpyxl import Workbook

from planner import sandbox
from planner.metrics.analysis import analyse_file
from planner.sales import parse_ahead, reader, zip_check
from planner.sandbox import start_limited
from tests.planner.sales.test_reader_limits import _lying_bomb

ROOT = Path(__file__).resolve().parents[3]
posix_only = pytest.mark.skipif(os.name != "posix", reason="hard limits need setrlimit")


def sales_workbook(path: Path) -> Path:
    """A 'Sales' sheet of 12 rows (customers C0, C1, C2 in turn, one row a month from
    January to September and again, 10.0 to 21.0) and a 'Notes' sheet with one line."""
    wb = Workbook()
    ws = wb.active
    ws.title = "Sales"
    ws.append(["CustomerID", "InvoiceDate", "Amount"])
    for i in range(12):
        ws.append([f"C{i % 3}", f"2024-0{i % 9 + 1}-10", 10.0 + i])
    wb.create_sheet("Notes").append(["nothing here"])
    wb.save(path)
    return path


class Counted:
    """Counts the inflate checks (both names the check is reached by) and the whole-sheet
    parses (fastexcel's `load_sheet` without `n_rows` or `use_columns`: not the first rows
    of the sheet choice, nor the cleaning's typed re-read of one text column), in the order
    they begin."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        self.events: list[str] = []
        inflate = zip_check.check_inflated_sizes

        def counted_inflate(path, archive):  # type: ignore[no-untyped-def]
            self.events.append("inflate")
            return inflate(path, archive)

        monkeypatch.setattr(zip_check, "check_inflated_sizes", counted_inflate)
        monkeypatch.setattr(reader, "_check_inflated_sizes", counted_inflate)
        load = fastexcel.ExcelReader.load_sheet

        def counted_load(this, name, **kwargs):  # type: ignore[no-untyped-def]
            if kwargs.get("n_rows") is None and kwargs.get("use_columns") is None:
                self.events.append(f"parse {name}")
            return load(this, name, **kwargs)

        monkeypatch.setattr(fastexcel.ExcelReader, "load_sheet", counted_load)
        taken = parse_ahead.take

        def counted_take(*args):  # type: ignore[no-untyped-def]
            sheet = taken(*args)
            self.events.append("taken" if sheet is not None else "not taken")
            return sheet

        monkeypatch.setattr(parse_ahead, "take", counted_take)


def test_in_a_bounded_process_the_sheet_is_checked_once_and_parsed_once(tmp_path: Path, monkeypatch) -> None:
    path = sales_workbook(tmp_path / "sales.xlsx")
    expected = analyse_file(path)  # this process: nothing parsed ahead
    assert expected["import_report"]["rows_used"] == 12  # every row has a customer, a date and an amount
    zip_check._PASSED.clear()
    counted = Counted(monkeypatch)
    monkeypatch.setattr(sandbox, "memory_bounded", lambda: True)
    # as the command line's child: no sheet named, so the only sheet with rows ('Notes' has none below its line)
    assert parse_ahead.start(path, None, header_row=None, first_sheet=False)
    result = analyse_file(path)
    assert counted.events.count("inflate") == 1
    assert counted.events.count("parse Sales") == 1  # the parse ahead, taken by the reader
    assert "taken" in counted.events
    assert result == expected
    assert not parse_ahead.busy()


def test_in_the_app_s_own_process_the_check_ends_before_the_parse_begins(tmp_path: Path, monkeypatch) -> None:
    path = sales_workbook(tmp_path / "sales.xlsx")
    zip_check._PASSED.clear()
    counted = Counted(monkeypatch)
    monkeypatch.setattr(sandbox, "memory_bounded", lambda: False)
    assert not parse_ahead.start(path, None, header_row=None, first_sheet=False)
    analyse_file(path)
    assert counted.events[0] == "inflate"  # before any parse, and once
    assert counted.events.count("inflate") == 1 and counted.events.count("parse Sales") == 1


def test_a_parse_ahead_of_another_sheet_is_not_used(tmp_path: Path, monkeypatch) -> None:
    """The user's reading differs from the guess (the header given on row 2 instead of the
    first): what was parsed ahead is dropped and the sheet read as asked."""
    path = sales_workbook(tmp_path / "sales.xlsx")
    zip_check._PASSED.clear()
    counted = Counted(monkeypatch)
    monkeypatch.setattr(sandbox, "memory_bounded", lambda: True)
    assert parse_ahead.start(path, "Notes", header_row=None, first_sheet=False)
    raw = reader.read_table(path, "Sales")
    assert len(raw.frame) == 12
    assert counted.events.count("parse Sales") == 1 and counted.events.count("parse Notes") == 1
    assert "taken" not in counted.events
    assert not parse_ahead._AHEAD  # dropped, not kept in memory


def test_a_lying_bomb_parsed_ahead_is_still_refused(tmp_path: Path, monkeypatch) -> None:
    bomb = _lying_bomb(tmp_path / "rechnung.xlsx")
    monkeypatch.setattr(sandbox, "memory_bounded", lambda: True)
    assert parse_ahead.start(bomb, None, header_row=None, first_sheet=True)
    with pytest.raises(reader.SalesDataError) as caught:
        reader.read_table(bomb)
    assert caught.value.code == "zip_bomb"


def test_a_lying_bomb_on_the_command_line_gets_the_bomb_message(tmp_path: Path) -> None:
    bomb = _lying_bomb(tmp_path / "rechnung.xlsx")
    result = subprocess.run(
        [sys.executable, "-m", "retention_planner", "kpis", str(bomb), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=180,
        check=False,
    )
    assert result.returncode == 2, result.stderr
    (line,) = result.stderr.strip().splitlines()  # the check's own words, not the limit's
    assert "retention-planner kpis: rechnung.xlsx: the workbook unpacks to an absurd size" in line


PARENT_PROBE = """
import sys
from planner import sandbox
def start_limited(*args, **kwargs):
    heavy = sorted(m for m in ("pandas", "numpy", "pyarrow", "fastexcel", "planner.sales.reader") if m in sys.modules)
    print("loaded:" + ",".join(heavy))
    raise SystemExit(0)
sandbox.start_limited = start_limited
from planner.cli.main import run_subcommand
run_subcommand(["kpis", sys.argv[1], "--json"])
"""


def test_the_parent_starts_the_child_before_loading_pandas(tmp_path: Path) -> None:
    path = sales_workbook(tmp_path / "sales.xlsx")
    result = subprocess.run(
        [sys.executable, "-c", PARENT_PROBE, str(path)],
        check=False,
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert result.stdout.strip() == "loaded:", result.stdout + result.stderr


@posix_only
def test_only_the_limited_child_counts_as_bounded() -> None:
    assert not sandbox.memory_bounded()  # the test run itself: no address-space limit
    child = start_limited("tests.planner.sales.bounded_probe", [])
    _, stderr = child.communicate(timeout=120)
    assert child.returncode == 0, stderr
    assert stderr.decode() == "bounded"
