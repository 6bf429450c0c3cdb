"""Hostile and odd files (issue 9, points 3 and 6): bounded work, clear messages."""

from __future__ import annotations

import os
import struct
import tempfile
import zipfile
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from planner import sandbox
from planner.errors import SalesDataError
from planner.export.tables import write_table
from planner.sales import isolated
from planner.sales.reader import list_sheets, read_table


def _lying_bomb(path: Path, inflated_mb: int = 40, claimed: int = 100_000) -> Path:
    """A real workbook whose sheet inflates to `inflated_mb` MB while both zip headers
    claim `claimed` bytes (the sizes were patched after writing, as an attacker would)."""
    wb = openpyxl.Workbook()
    wb.active.append(["Kunde", "Datum", "Betrag"])
    wb.active.append([1, "2024-01-01", 10])
    plain = path.with_name("plain.xlsx")
    wb.save(plain)
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as out:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                data = data.replace(b"<sheetData>", b"<sheetData>" + b" " * (inflated_mb << 20), 1)
            out.writestr(info.filename, data)
    raw = bytearray(path.read_bytes())
    with zipfile.ZipFile(path) as archive:
        info = archive.getinfo("xl/worksheets/sheet1.xml")
    struct.pack_into("<I", raw, info.header_offset + 22, claimed)  # local header
    central = raw.find(b"PK\x01\x02")
    while central >= 0:
        name_len = struct.unpack_from("<H", raw, central + 28)[0]
        if raw[central + 46 : central + 46 + name_len] == b"xl/worksheets/sheet1.xml":
            struct.pack_into("<I", raw, central + 24, claimed)  # central directory
            break
        central = raw.find(b"PK\x01\x02", central + 4)
    path.write_bytes(bytes(raw))
    return path


def test_a_zip_bomb_that_lies_about_its_sizes_is_refused(tmp_path: Path) -> None:
    bomb = _lying_bomb(tmp_path / "rechnung.xlsx")
    with zipfile.ZipFile(bomb) as archive:  # the directory claims a harmless size ...
        assert archive.getinfo("xl/worksheets/sheet1.xml").file_size == 100_000
    for attempt in (lambda: read_table(bomb), lambda: list_sheets(bomb)):
        with pytest.raises(SalesDataError) as caught:  # ... what actually inflates is counted
            attempt()
        assert caught.value.code == "zip_bomb" and "rechnung.xlsx" in caught.value.message


def test_honest_workbooks_still_read(tmp_path: Path) -> None:
    wb = openpyxl.Workbook()
    wb.active.append(["Kunde", "Datum", "Betrag"])
    for i in range(2000):
        wb.active.append([i % 50, f"2024-01-{1 + i % 28:02d}", 10.5])
    wb.save(tmp_path / "ok.xlsx")
    assert len(read_table(tmp_path / "ok.xlsx").frame) == 2000


@pytest.mark.parametrize("megabytes", [72, 96, 124, 164, 236, 308])
def test_a_reader_stopped_by_its_memory_limit_gives_the_too_large_message(
    tmp_path: Path, monkeypatch, megabytes: int
) -> None:
    """Wherever the bound is met while the child loads numpy, pandas and Arrow (a library
    the loader cannot map, a MemoryError, an import left half done), the message is the
    same: at 96 MB CI once got "the file could not be read (ImportError ...)" instead."""
    if os.name != "posix":
        pytest.skip("hard limits need setrlimit")
    wb = openpyxl.Workbook()
    wb.active.append(["Kunde", "Datum", "Betrag"])
    wb.active.append([1, "2024-01-01", 10])
    wb.save(tmp_path / "big.xlsx")
    # a limit far below what the reader needs stands in for a sheet far above the real one
    monkeypatch.setattr(sandbox, "reader_memory_bytes", lambda: megabytes * 1024**2)
    with pytest.raises(SalesDataError) as caught:
        isolated.read_table_isolated(tmp_path / "big.xlsx")
    assert caught.value.code == "too_large_or_damaged"
    assert "too large for this computer, or damaged" in caught.value.message


def test_reader_folders_left_by_a_killed_app_are_removed(tmp_path: Path) -> None:
    base = Path(tempfile.gettempdir())
    dead = base / f"{isolated.FOLDER_PREFIX}test-dead"
    alive = base / f"{isolated.FOLDER_PREFIX}test-alive"
    for folder, owner in ((dead, 2**22 + 4321), (alive, os.getpid())):
        folder.mkdir(exist_ok=True)
        (folder / "owner").write_text(str(owner), encoding="ascii")
        (folder / "sheet.arrow").write_bytes(b"x" * 1000)
    try:
        isolated.remove_stale_folders()
        assert not dead.exists() and alive.exists()
    finally:
        import shutil

        shutil.rmtree(alive, ignore_errors=True)
        shutil.rmtree(dead, ignore_errors=True)


def test_utf16_csv_without_byte_order_mark_is_read(tmp_path: Path) -> None:
    text = "Kundennummer;Datum;Umsatz\r\n1001;05.01.2024;12,50\r\n1002;06.01.2024;7,00\r\n"
    for encoding in ("utf-16-le", "utf-16-be"):
        path = tmp_path / f"{encoding}.csv"
        path.write_bytes(text.encode(encoding))  # no BOM, as some tills export
        raw = read_table(path)
        assert raw.columns == ["Kundennummer", "Datum", "Umsatz"]
        assert raw.frame["Umsatz"].tolist() == ["12,50", "7,00"]


def test_csv_exports_never_carry_a_live_formula(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "customer": [
                '=HYPERLINK("http://x","call me")',
                "+cmd|' /C calc'!A0",
                "@SUM(A1:A9)",
                "-2+3",
                "\tTAB",
                "\rCR",
                "Anna",
            ],
            "revenue": [-5.0, 1.0, 2.0, 3.0, 4.0, 5.0, 6.0],
        }
    )
    for language in ("en", "de"):
        path = tmp_path / f"list-{language}.csv"
        write_table(frame, path, headers=["=Customer", "Revenue"], language=language)
        back = pd.read_csv(
            path,
            sep=";" if language == "de" else ",",
            encoding="utf-8-sig",
            dtype=str,
            keep_default_na=False,
            decimal="," if language == "de" else ".",
        )
        assert list(back.columns) == ["'=Customer", "Revenue"]
        assert all(value.startswith("'") for value in back["'=Customer"][:6])
        assert back["'=Customer"][6] == "Anna"
        assert back["Revenue"][0] in ("-5.0", "-5,0")  # numbers are left as numbers
