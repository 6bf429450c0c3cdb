"""Reading sales files into a raw table: Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument
(.ods) and CSV.

Workbooks are read with fastexcel (Rust calamine): it never runs macros or evaluates
formulas (it reads the cached values), and it is ~15x faster than openpyxl on a 540,000-row
sheet (benchmarks/RESULTS.md). Column types are inferred from *all* rows, so a column that
mixes numbers and text comes back as text instead of silently losing the odd cells; the
cleaning step then re-reads such columns typed and parses the rest (see `RawTable.typed`).

Zip-based files are checked for decompression bombs before any parser sees them. CSV and
other text files are read by `planner.sales.text_reader`.
"""

from __future__ import annotations

import re
import shutil
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    import fastexcel

import pandas as pd

from planner.errors import SalesDataError
from planner.sales import parse_ahead, zip_check
from planner.sales.file_kinds import (
    CSV_SUFFIXES,
    EXCEL_SUFFIXES,
    MAX_FILE_BYTES,
    SUPPORTED_SUFFIXES,
    ZIP_SUFFIXES,
)
from planner.sales.header_row import (
    HEADER_SCAN_ROWS,
    detect_header_row,
    drop_trailing_empty,
    short_reason,
    unique_names,
)
from planner.sales.raw_table import Progress, RawTable, no_progress
from planner.sales.xlsx_parts import dimension_rows, sheet_xml_path
from planner.sales.zip_check import MAX_UNZIPPED_BYTES

__all__ = [  # the names other modules take from the reader (the shared ones live apart)
    "CSV_SUFFIXES",
    "EXCEL_SUFFIXES",
    "HEADER_SCAN_ROWS",
    "SUPPORTED_SUFFIXES",
    "Progress",
    "RawTable",
    "SheetInfo",
    "check_file",
    "check_zip",
    "detect_header_row",
    "excel_reader",
    "list_sheets",
    "no_progress",
    "read_columns",
    "read_head",
    "read_table",
    "unique_names",
]


@dataclass(frozen=True)
class SheetInfo:
    name: str
    rows: int  # rows in the sheet's used range (header included)

    @property
    def data_rows(self) -> int:
        """What the sheet list shows: rows below the header (a title line above it counts too)."""
        return max(0, self.rows - 1)


def check_file(path: Path) -> None:
    """Refuse what is not a readable sales file before any parser sees it."""
    if not path.exists():
        raise SalesDataError(f"{path}: the file does not exist.", code="file_missing", path=str(path))
    if path.is_dir():
        raise SalesDataError(f"{path}: this is a folder, not a file.", code="not_a_file", path=str(path))
    if path.name.startswith(("~$", ".~lock.")):
        raise SalesDataError(
            f"{path.name} is the lock file Excel or LibreOffice keeps beside a workbook while it is open, "
            "not the workbook itself.",
            hint="Choose the workbook without '~$' at the start of its name.",
            code="lock_file",
            path=str(path),
        )
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        raise SalesDataError(
            f"{path.name}: files of type '{suffix or 'none'}' cannot be imported.",
            hint="Use an Excel workbook (.xlsx, .xlsm, .xls), an OpenDocument sheet (.ods) or a CSV file.",
            code="unsupported_type",
            path=str(path),
            suffix=suffix,
        )
    size = path.stat().st_size
    if size == 0:
        raise SalesDataError(f"{path.name}: the file is empty.", code="empty_file", path=str(path))
    if size > MAX_FILE_BYTES:
        raise SalesDataError(f"{path.name}: the file is larger than 2 GB.", code="too_large", path=str(path))
    if suffix in ZIP_SUFFIXES:
        check_zip(path)


def check_zip(path: Path, max_total: int = MAX_UNZIPPED_BYTES) -> None:
    """Refuse a zip bomb before any parser sees the file (`planner.sales.zip_check`); once
    per unchanged file, and not again while a check beside the parse runs."""
    zip_check.check_zip(path, max_total, inflate=_check_inflated_sizes)


_check_inflated_sizes = zip_check.check_inflated_sizes  # looked up per call: tests count it
_damaged = zip_check.damaged


def list_sheets(path: str | Path) -> list[SheetInfo]:
    path = Path(path)
    check_file(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        with open(path, "rb") as fh:
            lines = sum(chunk.count(b"\n") for chunk in iter(lambda: fh.read(1 << 20), b""))
        return [SheetInfo(path.stem, lines)]
    reader = excel_reader(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        rows = dimension_rows(path, len(reader.sheet_names))
        if rows is not None:
            return [SheetInfo(name, count) for name, count in zip(reader.sheet_names, rows)]
    infos = []
    for name in reader.sheet_names:
        try:
            sheet = reader.load_sheet(name, header_row=None, n_rows=1)
            count = int(sheet.total_height)
        except Exception:  # an unreadable sheet still shows up; reading it explains later
            count = 0
        infos.append(SheetInfo(name, count))
    return infos


def excel_reader(path: Path) -> fastexcel.ExcelReader:
    import fastexcel

    try:
        return fastexcel.read_excel(str(path))
    except Exception as exc:  # fastexcel raises its own hierarchy for broken files
        raise _damaged(path, short_reason(exc)) from None


def read_table(
    path: str | Path,
    sheet: str | None = None,
    *,
    header_row: int | None = None,
    separator: str | None = None,
    progress: Progress = no_progress,
    codes_ahead: bool = False,
) -> RawTable:
    """Read one sheet. `header_row` (1-based; 0 = the file has no header row) and, for text
    files, `separator` override the detection. `codes_ahead`: a text file's columns are
    factorized in a thread from now on, for a cleaning that follows in this process
    (`planner.sales.text_codes`)."""
    path = Path(path)
    check_file(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        from planner.sales.text_reader import read_csv  # pandas' CSV reader, loaded when needed

        return read_csv(path, header_row, progress, separator, codes_ahead=codes_ahead)
    return _read_excel(path, sheet, header_row, progress)


# -- huge .xlsx sheets: the head first, then only the mapped columns ------------------------


def read_head(path: str | Path, sheet: str | None = None, *, header_row: int | None = None) -> RawTable | None:
    """The first rows of a huge .xlsx sheet (see `planner.sales.xlsx_columns`), enough for
    the header row and the mapping; None when the sheet is not huge (read it whole)."""
    from planner.sales import xlsx_columns

    path = Path(path)
    check_file(path)
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return None
    names = excel_reader(path).sheet_names
    index = names.index(sheet) if sheet in names else 0
    if not xlsx_columns.is_big(path, index):
        return None
    head_path, leftmost = xlsx_columns.head_workbook(path, index)
    try:
        raw = _read_excel(head_path, names[index], header_row, no_progress)
    finally:
        shutil.rmtree(head_path.parent, ignore_errors=True)
    raw.source, raw.first_column = str(path), leftmost
    raw.typed = lambda _c, _t: None
    return raw


def read_columns(path: str | Path, head: RawTable, columns: list[str], *, progress: Progress = no_progress) -> RawTable:
    """The whole sheet of `head`, but only `columns` (names from the head's header)."""
    import weakref

    from planner.sales import xlsx_columns

    path = Path(path)
    names = excel_reader(path).sheet_names
    index = names.index(head.sheet)
    positions = {name: i for i, name in enumerate(head.columns)}
    keep = {xlsx_columns.column_letter(head.first_column + positions[c]) for c in columns}
    made = xlsx_columns.columns_workbook(path, index, keep, head.header_row)
    if made is None:
        return read_table(path, head.sheet, header_row=head.header_row, progress=progress)
    filtered, facts = made
    try:
        raw = _read_excel(filtered, head.sheet, head.header_row, progress)
    except BaseException:
        shutil.rmtree(filtered.parent, ignore_errors=True)
        raise
    frame = raw.frame[[c for c in columns if c in raw.frame.columns]].reset_index(drop=True)
    raw.frame = frame.reindex(range(max(facts.rows, len(frame))))  # rows filled only in dropped columns
    raw.source, raw.row_facts = str(path), facts
    weakref.finalize(raw, shutil.rmtree, filtered.parent, True)  # `typed` may re-read the copy
    return raw


# -- Excel ----------------------------------------------------------------------------------


def _read_excel(path: Path, sheet: str | None, header_row: int | None, progress: Progress) -> RawTable:
    reader = excel_reader(path)
    sheet_names = reader.sheet_names
    if not sheet_names:
        raise SalesDataError(f"{path.name}: the workbook has no sheets.", code="no_sheets", path=str(path))
    if sheet is None:
        sheet = sheet_names[0]
    elif sheet not in sheet_names:
        raise SalesDataError(
            f"{path.name}: there is no sheet '{sheet}'.",
            hint=f"Sheets in this file: {', '.join(sheet_names)}.",
            code="no_such_sheet",
            path=str(path),
            sheet=sheet,
            sheets=", ".join(sheet_names),
        )
    progress(0.02, "reading")

    def load(header_index: int) -> pd.DataFrame:
        try:
            # parsed while the limited child was still starting, when it was (planner.sales.parse_ahead)
            loaded = parse_ahead.take(path, sheet, header_index)
            if loaded is None:
                loaded = reader.load_sheet(sheet, header_row=header_index, schema_sample_rows=None)
            return loaded.to_pandas()
        except SalesDataError:
            raise  # the zip check, waited for by `take`
        except Exception as exc:
            raise _damaged(path, short_reason(exc)) from None

    # calamine parses the whole sheet on every load, so we load once assuming the header is
    # on the first filled row (the common case) and load again only if it is further down.
    # fastexcel counts `header_row` from the sheet's first row, except that 0 means the
    # first filled row; `skipped` is the number of empty rows above that one.
    skipped = _rows_above_range(path, sheet, sheet_names.index(sheet))
    if header_row == 0:  # the user says: no header row, data from the first filled row
        try:
            frame = reader.load_sheet(sheet, header_row=None, schema_sample_rows=None).to_pandas()
        except Exception as exc:
            raise _damaged(path, short_reason(exc)) from None
        frame = drop_trailing_empty(frame)
        frame.columns = [f"Column {i + 1}" for i in range(frame.shape[1])]
        progress(0.55, "read")
        return RawTable(source=str(path), sheet=sheet, frame=frame, header_row=0, first_row=skipped + 1)
    if header_row:
        header_index = header_row - 1
        frame = load(header_index)
        skipped = 0
    else:
        header_index = 0
        frame = load(0)
        header_names = [None if str(c).startswith("__UNNAMED__") else c for c in frame.columns]
        head = pd.concat(
            [pd.DataFrame([header_names]), pd.DataFrame(frame.head(HEADER_SCAN_ROWS).to_numpy())], ignore_index=True
        )
        head = head.astype(object).where(head.notna(), None)
        if head.dropna(how="all").empty:
            raise SalesDataError(
                f"{path.name}, sheet '{sheet}': the sheet is empty.",
                hint="Choose the sheet that holds the sales rows.",
                code="empty_sheet",
                path=str(path),
                sheet=sheet,
            )
        detected = detect_header_row(head)
        if detected:
            expected = [str(v).strip() for v in head.iloc[detected] if v is not None]
            # outside .xlsx we do not know `skipped`: try until the header row's names match
            for extra in [0] if path.suffix.lower() in (".xlsx", ".xlsm") else range(30):
                frame = load(skipped + extra + detected)
                names = [str(c).strip() for c in frame.columns if not str(c).startswith("__UNNAMED__")]
                if names == expected:
                    skipped += extra
                    break
            header_index = detected
    progress(0.55, "read")
    absolute_header = header_index if header_row else skipped + header_index

    def typed(column: str, kind: str) -> pd.Series | None:
        try:
            sheet_ = reader.load_sheet(
                sheet,
                header_row=absolute_header or 0,
                use_columns=[column],
                dtypes={column: kind},  # type: ignore[dict-item]  # kind is one of fastexcel's names
                schema_sample_rows=None,
            )
            return sheet_.to_pandas()[column]
        except Exception:
            return None

    frame = drop_trailing_empty(frame)
    original = [str(c) for c in frame.columns]
    names = unique_names([None if c.startswith("__UNNAMED__") else c for c in original])
    by_name = dict(zip(names, original))
    frame.columns = names

    def typed_by_name(column: str, kind: str) -> pd.Series | None:
        return typed(by_name.get(column, column), kind)

    return RawTable(
        source=str(path),
        sheet=sheet,
        frame=frame,
        header_row=absolute_header + 1,
        first_row=absolute_header + 2,
        typed=typed_by_name,
    )


_ROW_WITH_VALUE = re.compile(
    rb'<(?:\w+:)?row\b[^>]*?\br="(\d+)"[^>]*>(?:(?!</(?:\w+:)?row>).)*?<(?:\w+:)?(?:v|is)>', re.DOTALL
)


def _rows_above_range(path: Path, sheet: str, index: int) -> int:
    """How many empty rows stand above the first filled cell of an .xlsx/.xlsm sheet.

    The reader numbers rows from the first filled one; the import report quotes real
    spreadsheet row numbers, so we find that row in the sheet's XML (reading only its
    beginning). Other formats start counting at row 1.
    """
    if path.suffix.lower() not in (".xlsx", ".xlsm"):
        return 0
    try:
        with zipfile.ZipFile(path) as archive:
            target = sheet_xml_path(archive, sheet, index)
            if target is None:
                return 0
            with archive.open(target) as fh:
                buffer = b""
                while chunk := fh.read(1 << 16):
                    buffer += chunk
                    match = _ROW_WITH_VALUE.search(buffer)
                    if match:
                        return int(match.group(1)) - 1
                    if len(buffer) > 8 << 20:
                        return 0
    except (zipfile.BadZipFile, KeyError, OSError, ValueError):
        return 0
    return 0
