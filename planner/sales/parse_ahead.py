"""A workbook's parse started first thing in the limited child, beside everything else.

Parsing Online Retail's sheet takes fastexcel about 2 s in which it lets other threads run;
before, the child first imported pandas and the planner (0.5 s), then inflated the whole
sheet XML for the zip-bomb check (0.4 s), and only then parsed. Here the parse starts in a
thread before those imports, the check runs in another (`planner.sales.zip_check`), and the
reader takes the parsed sheet when it gets there (`take`). Issue 30.

Only where the operating system bounds this process's memory (`planner.sandbox.memory_bounded`):
a file that lies about its size then meets that limit, not the app. The reader still waits
for the check before it uses what was parsed, so a bomb is still refused with its message.
Elsewhere `start` does nothing and the reader parses after the check, as always.

Only the common case is parsed ahead: the sheet named, or the only sheet with rows, read
with the header on its first filled row (or the row the user gave). When the reader asks
for anything else, the parse ahead is simply not used.

A CSV file is read ahead in the command's own process (`start_text`): the common file
(UTF-8, one separator) is read by Arrow into text while pandas loads, which Arrow's reader
lets happen beside it (Online Retail: 0.1 s of the ~0.35 s that `import pandas` takes).
Nothing needs bounding there: a text file holds what it says, and the reader reads the
same cells the same way when it gets there, only sooner.
"""

from __future__ import annotations

import os
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING

from planner import sandbox
from planner.sales import zip_check
from planner.sales.file_kinds import CSV_SUFFIXES, EXCEL_SUFFIXES, MAX_FILE_BYTES, ZIP_SUFFIXES

if TYPE_CHECKING:
    import fastexcel
    import pyarrow as pa


class _Parse:
    def __init__(self, path: Path, stamp: tuple[int, int], header_index: int) -> None:
        self.path, self.stamp, self.header_index = path, stamp, header_index
        self.sheet: str | None = None  # the sheet parsed, once chosen
        self.loaded: fastexcel.ExcelSheet | None = None
        self.error: Exception | None = None
        self.done = threading.Event()


_AHEAD: list[_Parse] = []


def start(path: str | Path, sheet: str | None = None, *, header_row: int | None = None, first_sheet: bool) -> bool:
    """Start parsing `sheet` of the workbook at `path` in a thread (and the zip check in
    another), if this process's memory is bounded. Without a sheet: the first sheet when
    `first_sheet` (as `read_table` reads), else the only sheet with rows (as the sales-sheet
    choice picks; with several, nothing is parsed ahead). `header_row` as the reader takes
    it (1-based; 0, no header row, is not parsed ahead). Returns whether a parse started."""
    path = Path(path)
    if header_row == 0 or path.suffix.lower() not in EXCEL_SUFFIXES or not sandbox.memory_bounded():
        return False
    try:
        stat = path.stat()
    except OSError:
        return False
    if not path.is_file() or not 0 < stat.st_size <= MAX_FILE_BYTES or path.name.startswith(("~$", ".~lock.")):
        return False  # the reader says why
    if path.suffix.lower() in ZIP_SUFFIXES:
        zip_check.start_check(path)
    job = _Parse(path.resolve(), (stat.st_size, stat.st_mtime_ns), 0 if header_row is None else header_row - 1)
    _AHEAD.append(job)
    threading.Thread(target=_parse, args=(job, sheet, first_sheet), name="parse-ahead", daemon=True).start()
    return True


def _parse(job: _Parse, sheet: str | None, first_sheet: bool) -> None:
    try:
        import fastexcel

        reader = fastexcel.read_excel(str(job.path))
        job.sheet = sheet if sheet is not None else _default_sheet(job.path, reader.sheet_names, first_sheet)
        if job.sheet is None or job.sheet not in reader.sheet_names:
            return
        if _is_big(job.path, reader.sheet_names.index(job.sheet)):
            job.sheet = None  # read in two steps, never whole (planner.sales.xlsx_columns)
            return
        job.loaded = reader.load_sheet(job.sheet, header_row=job.header_index, schema_sample_rows=None)
    except Exception as error:  # the reader's own read says what went wrong, as always
        job.error = error
    finally:
        job.done.set()


def _default_sheet(path: Path, names: list[str], first_sheet: bool) -> str | None:
    if not names:
        return None
    if first_sheet:
        return names[0]
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return names[0] if len(names) == 1 else None
    from planner.sales.xlsx_parts import dimension_rows

    rows = dimension_rows(path, len(names))
    if rows is None:
        return names[0] if len(names) == 1 else None
    filled = [name for name, count in zip(names, rows) if count > 1]
    return filled[0] if len(filled) == 1 else None


def _is_big(path: Path, index: int) -> bool:
    from planner.sales.xlsx_columns import is_big

    return is_big(path, index)


def take(path: Path, sheet: str, header_index: int) -> fastexcel.ExcelSheet | None:
    """The sheet parsed ahead for exactly this read (waiting for the parse and for the zip
    check), once; None when nothing was parsed ahead for it. Raises what the parse raised."""
    seen = _as_now(path)
    if seen is None:
        return None
    resolved, stamp = seen
    for job in list(_AHEAD):
        if job.path != resolved or job.stamp != stamp or job.header_index != header_index:
            continue
        job.done.wait()
        _AHEAD.remove(job)  # once: a second read of the sheet parses it anew; another sheet's is dropped
        if job.sheet != sheet:
            continue
        if path.suffix.lower() in ZIP_SUFFIXES:
            zip_check.check_zip(path)  # waits for the check beside the parse; raises a bomb
        if job.error is not None:
            raise job.error
        return job.loaded
    return None


class TextRead:
    """A CSV file read ahead: its layout (separator, width) as guessed from its beginning,
    Arrow's table of its cells as text (None when Arrow refused the file) and its columns
    with blank cells as missing (`csv_arrow.blank_as_missing`)."""

    def __init__(self, path: Path, stamp: tuple[int, int], layout: tuple[str, int]) -> None:
        self.path, self.stamp, self.layout = path, stamp, layout
        self.table: pa.Table | None = None
        self.blanked: list[pa.ChunkedArray | None] | None = None  # the table's columns, blank cells missing
        self.done = threading.Event()


_TEXT_AHEAD: list[TextRead] = []


def start_text(path: str | Path) -> bool:
    """Start reading the CSV file at `path` in a thread, before pandas is loaded. Returns
    whether a read started (not for a workbook, a missing or empty file, one larger than
    the reader takes, or one that is no plain UTF-8: the reader says why or reads it its
    general way). The layout is guessed here, the cells are read in the thread: Arrow's
    reader lets pandas load beside it, the guess in Python would not."""
    path = Path(path)
    if path.suffix.lower() not in CSV_SUFFIXES:
        return False
    try:
        stat = path.stat()
        if not path.is_file() or not 0 < stat.st_size <= MAX_FILE_BYTES:
            return False
        from planner.sales import csv_arrow  # Arrow only: pandas loads after it, beside the read

        with open(path, "rb") as fh:
            head = fh.read(csv_arrow.HEAD_BYTES)
            whole = not fh.read(1)
    except OSError:
        return False
    layout = csv_arrow.plain_layout(head, whole, None)
    if layout is None:
        return False
    job = TextRead(path.resolve(), (stat.st_size, stat.st_mtime_ns), layout)
    _TEXT_AHEAD.append(job)
    threading.Thread(target=_read_text, args=(job,), name="read-ahead", daemon=True).start()
    return True


def _read_text(job: TextRead) -> None:
    from planner.sales import csv_arrow

    try:
        # one thread: the other core loads pandas meanwhile
        job.table = csv_arrow.read_as_text(job.path, *job.layout, threads=False)
        if job.table is not None:
            job.blanked = [csv_arrow.blank_as_missing(column) for column in job.table.columns]
    finally:
        job.done.set()


def take_text(path: Path, separator: str | None) -> TextRead | None:
    """The read ahead of exactly this file (unchanged since), once, after waiting for it,
    when the reader asks for its layout (no separator, or the one guessed ahead); None
    otherwise. Its layout is the reader's own guess, made from the same beginning."""
    seen = _as_now(path)
    if seen is None:
        return None
    resolved, stamp = seen
    for job in list(_TEXT_AHEAD):
        if job.path != resolved:
            continue
        job.done.wait()
        _TEXT_AHEAD.remove(job)  # once: a second read reads the file anew
        if job.stamp == stamp and separator in (None, job.layout[0]):
            return job
    return None


def _as_now(path: Path) -> tuple[Path, tuple[int, int]] | None:
    """The file's full path and (size, modification time) now; None when it cannot be seen."""
    try:
        stat = path.stat()
        return path.resolve(), (stat.st_size, stat.st_mtime_ns)
    except OSError:
        return None


def busy() -> bool:
    """Whether a parse ahead still runs (a process ending early, on an error, must not wait
    for it, nor finalize the interpreter under it: it ends with os._exit)."""
    return any(not job.done.is_set() for job in _AHEAD) or any(not job.done.is_set() for job in _TEXT_AHEAD)


def end(code: int) -> int:
    """`code`, or, while a parse ahead still runs (the command ended early: an error, a
    refused bomb), the end of this process with `code` at once: it does not wait for the
    parse, and the interpreter is not finalized under a thread inside the parser."""
    if busy():
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
    return code
