"""Reading only some columns of a huge .xlsx sheet.

The workbook reader (calamine, through fastexcel) holds every cell of a sheet in memory,
whatever columns are asked for: a full 1,048,576-row sheet of 26 columns needs 2.3 GB
however few of them are mapped (benchmarks/RESULTS.md). For sheets whose XML is larger
than `BIG_SHEET_XML_BYTES`, `planner.sales.file_import.import_file` therefore reads in two steps:

1. `head_workbook`: the first `HEAD_ROWS` rows, copied into a small workbook, give the
   header row and the column mapping;
2. `columns_workbook`: one pass over the sheet's XML copies only the cells of the mapped
   columns into a temporary workbook (stored, not compressed), which the reader then
   reads. The same pass records what the import report says about whole rows, which the
   dropped columns would otherwise change: how many rows the table has, how many are
   blank, and how many are exact duplicates (`RowFacts`).

Cells are dropped as whole XML elements by their cell reference; values are never
interpreted here, so nothing about their meaning can go wrong. A sheet whose cells carry
no references (allowed, rare) is read whole.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from planner.sales.xlsx_parts import sheet_xml_path

BIG_SHEET_XML_BYTES = 400 * 1024**2  # Online Retail's 541,909 x 8 sheet is 204 MB
HEAD_ROWS = 1000
_CHUNK = 16 << 20

_ROW = re.compile(rb"<(?:\w+:)?row\b([^>]*?)(?:/>|>(.*?)</(?:\w+:)?row>)", re.S)
_ROW_NUMBER = re.compile(rb'\br="(\d+)"')
_DIMENSION = re.compile(rb"<(?:\w+:)?dimension\b[^>]*/>")
_SHEET_DATA_OPEN = re.compile(rb"<(?:\w+:)?sheetData\b[^>]*?(/?)>")
_SHEET_DATA_CLOSE = re.compile(rb"</(?:\w+:)?sheetData>")
_ROW_END = re.compile(rb"</(?:\w+:)?row>|<(?:\w+:)?row\b[^>]*/>")


@dataclass(frozen=True)
class RowFacts:
    """What the import report counts over whole rows below the header."""

    rows: int  # rows from below the header down to the last row with a value
    empty_rows: int  # rows among them without any value
    duplicate_rows: int  # rows with values identical to an earlier row


def sheet_member(archive: zipfile.ZipFile, sheet_index: int) -> str | None:
    return sheet_xml_path(archive, "", sheet_index)


def is_big(path: Path, sheet_index: int) -> bool:
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return False
    try:
        with zipfile.ZipFile(path) as archive:
            member = sheet_member(archive, sheet_index)
            return member is not None and archive.getinfo(member).file_size > BIG_SHEET_XML_BYTES
    except (zipfile.BadZipFile, KeyError, OSError):
        return False


def _sections(archive: zipfile.ZipFile, member: str) -> Iterator[tuple[str, bytes]]:
    """("head", bytes up to the rows), then ("rows", whole rows) chunks, then ("tail", the rest)."""
    with archive.open(member) as fh:
        buffer, state = b"", "head"
        while True:
            chunk = fh.read(_CHUNK)
            buffer += chunk
            if state == "head":
                opened = _SHEET_DATA_OPEN.search(buffer)
                if opened is None:
                    if not chunk:
                        yield "head", buffer
                        return
                    continue
                yield "head", buffer[: opened.end()]
                buffer = buffer[opened.end() :]
                state = "tail" if opened.group(1) else "rows"
            if state == "rows":
                closed = _SHEET_DATA_CLOSE.search(buffer)
                if closed is not None:
                    yield "rows", buffer[: closed.start()]
                    buffer, state = buffer[closed.start() :], "tail"
                else:
                    cut = _last_row_end(buffer)
                    if cut:
                        yield "rows", buffer[:cut]
                        buffer = buffer[cut:]
            if not chunk:
                if buffer:
                    yield "tail", buffer
                return


def _last_row_end(buffer: bytes) -> int:
    """Index just after the last complete `</row>` (any namespace prefix), or 0."""
    i = buffer.rfind(b"row>")
    while i >= 0:
        if _ROW_CLOSE_BEFORE.search(buffer, max(0, i - 40), i):
            return i + 4
        i = buffer.rfind(b"row>", 0, i)
    return 0


_ROW_CLOSE_BEFORE = re.compile(rb"</(?:\w+:)?$")


def _closing(head: bytes) -> bytes:
    """Closing tags for a sheet cut short after its rows, with the head's prefixes."""
    root = re.search(rb"<(\w+:)?worksheet\b", head)
    data = re.search(rb"<(\w+:)?sheetData\b", head)
    return (
        b"</"
        + ((data.group(1) or b"") if data else b"")
        + b"sheetData></"
        + ((root.group(1) or b"") if root else b"")
        + b"worksheet>"
    )


def _copy_members(source: zipfile.ZipFile, target: zipfile.ZipFile, skip: str) -> None:
    for info in source.infolist():
        if info.filename == skip:
            continue
        with source.open(info) as src, target.open(info.filename, "w", force_zip64=True) as dst:
            shutil.copyfileobj(src, dst, _CHUNK)


def head_workbook(path: Path, sheet_index: int, rows: int = HEAD_ROWS) -> tuple[Path, int]:
    """A copy of the workbook whose sheet holds only its first `rows` rows (the folder is
    the caller's to remove: `path.parent`), and the 0-based index of the leftmost column
    used in those rows (where the reader's first column is)."""
    folder = Path(tempfile.mkdtemp(prefix="rp-head-"))
    target_path = folder / path.name
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target_path, "w", zipfile.ZIP_STORED) as target:
        member = sheet_member(source, sheet_index)
        assert member is not None
        _copy_members(source, target, member)
        with target.open(member, "w", force_zip64=True) as out:
            taken, head, leftmost = 0, b"", 1 << 20
            for kind, data in _sections(source, member):
                if kind == "head":
                    head = data
                    out.write(_DIMENSION.sub(b"", data))
                    continue
                if kind == "tail":  # the whole sheet had fewer rows
                    out.write(data)
                    break
                for match in _ROW.finditer(data):
                    out.write(match.group(0))
                    for letters in _REF_LETTERS.findall(match.group(2) or b""):
                        leftmost = min(leftmost, column_index(letters.decode()))
                    taken += 1
                    if taken >= rows:
                        break
                if taken >= rows:
                    out.write(_closing(head))
                    break
    return target_path, (0 if leftmost == 1 << 20 else leftmost)


_REF_LETTERS = re.compile(rb'<(?:\w+:)?c\b[^>]*?\br="([A-Z]+)\d+"')


def columns_workbook(path: Path, sheet_index: int, keep: set[str], header_row: int) -> tuple[Path, RowFacts] | None:
    """A copy of the workbook whose sheet holds only the cells of the columns `keep`
    (letters such as "A", "AB"), and the row facts of the whole sheet below `header_row`.
    None when the sheet's cells have no references (then read it whole)."""
    longest_first: list[bytes] = sorted((k.encode() for k in keep), key=len, reverse=True)  # "AB" before "A"
    kept = b"|".join(longest_first)
    general = re.compile(
        rb'<(?:\w+:)?c\b[^>]*?\br="(?!(?:' + kept + rb')\d)[A-Z]+\d+"[^>]*?(?:/>|>.*?</(?:\w+:)?c>)', re.S
    )
    # most writers put the reference first and use no prefix: a pattern that needs no
    # backtracking over attributes runs twice as fast (1 s per 100 MB here)
    quick = re.compile(rb'<c r="(?!(?:' + kept + rb')\d)[A-Z]+\d+"[^>]*?(?:/>|>.*?</c>)', re.S)
    drop = general
    folder = Path(tempfile.mkdtemp(prefix="rp-cols-"))
    target_path = folder / path.name
    seen: set[int] = set()
    last_filled = header_row
    filled = duplicates = 0
    with zipfile.ZipFile(path) as source, zipfile.ZipFile(target_path, "w", zipfile.ZIP_STORED) as target:
        member = sheet_member(source, sheet_index)
        assert member is not None
        _copy_members(source, target, member)
        with target.open(member, "w", force_zip64=True) as out:
            prefix = b""
            for kind, data in _sections(source, member):
                if kind == "head":
                    found = re.search(rb"<(\w+:)?sheetData\b", data)
                    prefix = (found.group(1) or b"") if found else b""
                    out.write(_DIMENSION.sub(b"", data))
                    continue
                if drop is general and not prefix and data.count(b"<c ") == data.count(b'<c r="'):
                    drop = quick  # decided on the first rows: every cell starts with its reference
                if kind == "tail":
                    out.write(data)
                    continue
                row_open, value_tokens = (
                    b"<" + prefix + b"row",
                    (b"<" + prefix + b"v>", b"<" + prefix + b"t>", b"<" + prefix + b"t "),
                )
                # rows split at their end tag: each piece ends with one row's cells
                for piece in data.split(b"</" + prefix + b"row>"):
                    start = piece.rfind(row_open)
                    if start < 0:
                        continue
                    end_of_tag = piece.find(b">", start)
                    number = _ROW_NUMBER.search(piece, start, end_of_tag)
                    body = piece[end_of_tag + 1 :]
                    if number is None or (b"<" + prefix + b"c" in body and b' r="' not in body):
                        shutil.rmtree(folder, ignore_errors=True)
                        return None  # positions are implicit: dropping cells would shift them
                    row = int(number.group(1))
                    if row > header_row and any(token in body for token in value_tokens):
                        filled += 1
                        last_filled = max(last_filled, row)
                        # the row's cells without their row number: `r="B17"` -> `r="B"`
                        key = hash(body.replace(number.group(1) + b'"', b'"'))
                        if key in seen:
                            duplicates += 1
                        else:
                            seen.add(key)
                out.write(drop.sub(b"", data))
    rows = last_filled - header_row
    return target_path, RowFacts(rows=rows, empty_rows=rows - filled, duplicate_rows=duplicates)


def column_letter(position: int) -> str:
    """0-based column position -> its letters (0 -> A, 26 -> AA). Written out rather than
    taken from openpyxl, whose import costs a CSV import 0.13 s."""
    letters = ""
    position += 1
    while position:
        position, rest = divmod(position - 1, 26)
        letters = chr(65 + rest) + letters
    return letters


def column_index(letters: str) -> int:
    """Column letters -> 0-based position (A -> 0, AA -> 26)."""
    number = 0
    for letter in letters.upper():
        number = number * 26 + ord(letter) - 64
    return number - 1
