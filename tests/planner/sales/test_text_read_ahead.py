"""A CSV file read while pandas loads (issue 30), checked for what it must not change: the
reader takes the cells read ahead only for the very file and layout it would read itself,
once, and the table is the one it reads without them; the command line starts the read
before it loads pandas; Arrow's memory comes from jemalloc where the build has it."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from planner.sales import parse_ahead, reader
from planner.sales.arrow_memory import pa, steady_pool

ROOT = Path(__file__).resolve().parents[3]


def sales_csv(path: Path, rows: int = 40, separator: str = ",") -> Path:
    """Customers K0..K4 in turn, 2024-01-01 .. 2024-01-28, 1.50 + i; the note "ok" on even
    rows, only spaces on odd ones."""
    lines = [separator.join(["Kunde", "Datum", "Betrag", "Notiz"])]
    lines += [
        separator.join([f"K{i % 5}", f"2024-01-{i % 28 + 1:02d}", f"{1.5 + i:.2f}", "  " if i % 2 else "ok"])
        for i in range(rows)
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


@pytest.fixture(autouse=True)
def no_reads_left() -> None:
    yield
    parse_ahead._TEXT_AHEAD.clear()


def test_the_cells_read_ahead_are_the_table_the_reader_reads_itself(tmp_path: Path) -> None:
    path = sales_csv(tmp_path / "s.csv")
    own = reader.read_table(path)
    assert parse_ahead.start_text(path)
    ahead = reader.read_table(path)
    assert parse_ahead._TEXT_AHEAD == []  # taken, once
    pd.testing.assert_frame_equal(ahead.frame, own.frame)
    # the notes of only spaces were made missing beside the read: 20 of 40
    assert int(ahead.frame["Notiz"].isna().sum()) == 20
    assert (ahead.separator, ahead.header_row, ahead.first_row) == (own.separator, own.header_row, own.first_row)


def test_a_file_changed_after_the_read_began_is_read_anew(tmp_path: Path) -> None:
    path = sales_csv(tmp_path / "s.csv", rows=40)
    assert parse_ahead.start_text(path)
    parse_ahead._TEXT_AHEAD[0].done.wait()
    sales_csv(path, rows=41)  # another size: the read ahead is of another file
    assert len(reader.read_table(path).frame) == 41
    assert parse_ahead._TEXT_AHEAD == []


def test_a_read_of_another_layout_is_not_used(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The reader told another separator (the wizard's choice) reads the file itself."""
    path = sales_csv(tmp_path / "s.csv", separator=";")
    assert parse_ahead.start_text(path)
    raw = reader.read_table(path, separator=",")  # every line one field wide
    assert raw.separator == "," and raw.frame.shape[1] == 1
    assert parse_ahead._TEXT_AHEAD == []


@pytest.mark.parametrize(
    "name, content",
    [
        ("book.xlsx", b"PK\x03\x04"),
        ("empty.csv", b""),
        ("latin.csv", "Kunde;Straße\nK1;Hauptstraße\n".encode("cp1252")),
    ],
)
def test_no_read_starts_for_a_workbook_an_empty_file_or_one_that_is_no_utf8(
    tmp_path: Path, name: str, content: bytes
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    assert not parse_ahead.start_text(path)
    assert not parse_ahead.start_text(tmp_path / "missing.csv")


def test_the_command_line_starts_the_read_before_it_loads_pandas(tmp_path: Path) -> None:
    path = sales_csv(tmp_path / "s.csv")
    probe = (
        "import sys\n"
        "from planner.sales import parse_ahead\n"
        "real = parse_ahead.start_text\n"
        "def start_text(path):\n"
        "    print('pandas loaded' if 'pandas' in sys.modules else 'pandas not loaded', flush=True)\n"
        "    return real(path)\n"
        "parse_ahead.start_text = start_text\n"
        "from retention_planner.__main__ import main\n"
        f"sys.exit(main(['kpis', {str(path)!r}, '--json']))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    done = subprocess.run(
        [sys.executable, "-c", probe], check=False, capture_output=True, text=True, cwd=ROOT, env=env, timeout=120
    )
    assert done.returncode == 0, done.stderr
    first, rest = done.stdout.split("\n", 1)
    assert first == "pandas not loaded"
    assert json.loads(rest)["import_report"]["rows_used"] == 40


def test_arrow_s_memory_comes_from_jemalloc_where_the_build_has_it() -> None:
    try:
        pa.jemalloc_memory_pool()
    except NotImplementedError:
        expected = pa.default_memory_pool().backend_name  # a build without it keeps its default
    else:
        expected = "jemalloc"
    assert steady_pool() == expected
    assert pa.default_memory_pool().backend_name == expected


def test_only_an_import_factorizes_beside_the_read_and_an_error_leaves_no_thread(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A plain read (the wizard's reading child, a survey, a participants list) starts no
    thread; `import_file` does, and a mapping that fails before the cleaning still ends it
    (each column made slow here, 0.2 s: left alone, the thread would run on for 0.8 s)."""
    import threading
    import time

    from planner.errors import SalesDataError
    from planner.sales import text_codes
    from planner.sales.file_import import import_file

    real = text_codes._encode
    monkeypatch.setattr(text_codes, "_encode", lambda data: (time.sleep(0.2), real(data))[1])
    path = sales_csv(tmp_path / "s.csv")
    assert reader.read_table(path).codes_ahead is None
    with pytest.raises(SalesDataError):
        import_file(path, map_options=["customer_id=Nirgends"])  # no such column
    assert not [t for t in threading.enumerate() if t.name == "codes-ahead"]
    _raw, _mapping, _table, report = import_file(path)
    assert report.rows_used == 40
    assert not [t for t in threading.enumerate() if t.name == "codes-ahead"]
