"""Reading CSV and other text files (.csv, .txt, .tsv) into a raw table.

What real exports bring: any encoding (UTF-8 with or without BOM, UTF-16, cp1252), `;`,
`,`, tab, `|` or runs of spaces as separator, a title line and blank lines above the
header (a till's "Umsatzliste ..." export), or no header at all (a log such as CDNOW's).
The grid is read as wide as its widest line, the header row is detected as in workbooks,
and a first row made only of values means there is none.
"""

from __future__ import annotations

import codecs
import csv
import re
from pathlib import Path

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from planner.errors import SalesDataError
from planner.sales import parse_ahead, text_codes
from planner.sales.arrow_memory import pa
from planner.sales.csv_arrow import (
    HEAD_BYTES,
    WHITESPACE,
    blank_as_missing,
    plain_layout,
    read_as_text,
    sniff_delimiter,
    widest_line,
)
from planner.sales.header_row import (
    HEADER_SCAN_ROWS,
    detect_header_row,
    drop_trailing_empty,
    looks_like_value,
    short_reason,
    unique_names,
)
from planner.sales.raw_table import Progress, RawTable


def read_csv(
    path: Path, header_row: int | None, progress: Progress, separator: str | None = None, *, codes_ahead: bool = False
) -> RawTable:
    # The file is parsed straight from disk, never held whole as bytes and again as text: a
    # 200 MB export took 1.8 GB that way (the text in a StringIO is four bytes a character).
    # Only its beginning is decoded here, for the separator and the width.
    with open(path, "rb") as fh:
        head = fh.read(HEAD_BYTES)
        whole = not fh.read(1)
    if b"\x00" in head[:4096] and not head.startswith((b"\xff\xfe", b"\xfe\xff")) and not _utf16_without_bom(head):
        raise SalesDataError(
            f"{path.name}: this is not a text (CSV) file.",
            hint="Export the data as CSV or open the original workbook.",
            code="not_text",
            path=str(path),
        )
    grid, delimiter, blanked = _read_plain_utf8(path, head, whole, separator, progress)
    if grid is None:
        grid, delimiter = _read_any(path, head, whole, separator, progress)
    if delimiter != WHITESPACE:
        _refuse_swallowed_lines(grid, path, delimiter)
    grid = _blank_to_missing(grid, blanked)
    if grid.shape[1] == 0:
        raise SalesDataError(
            f"{path.name}: the file contains no data.", code="empty_sheet", path=str(path), sheet=path.stem
        )
    if header_row == 0:
        header_index = -1  # the user says: no header row
    elif header_row:
        header_index = header_row - 1
    else:
        header_index = detect_header_row(grid.head(HEADER_SCAN_ROWS))
        if _all_values(grid.iloc[header_index]):  # a log like CDNOW's: numbers from the first line
            header_index = -1
    if header_index < 0:
        names = [f"Column {i + 1}" for i in range(grid.shape[1])]
    else:
        names = unique_names(grid.iloc[header_index].tolist())
    frame = grid.iloc[header_index + 1 :].reset_index(drop=True)
    frame.columns = names
    frame = drop_trailing_empty(frame)
    # the columns are factorized beside the mapping's guess (planner.sales.text_codes)
    arrow = {name: data for name, column in frame.items() if (data := _arrow_text(column)) is not None}
    ahead = None
    if codes_ahead and frame.columns.is_unique:
        ahead = text_codes.start({name: frame[name].array for name in arrow}, arrow)
    progress(0.55, "read")
    return RawTable(
        source=str(path),
        sheet=path.stem,
        frame=frame,
        header_row=header_index + 1,
        first_row=header_index + 2,
        decimal_comma=delimiter == ";" or _decimal_comma(frame),
        separator=delimiter,
        codes_ahead=ahead,
    )


def _read_plain_utf8(
    path: Path, head: bytes, whole: bool, separator: str | None, progress: Progress
) -> tuple[pd.DataFrame | None, str, list[pa.ChunkedArray | None] | None]:
    """The common file (UTF-8, one separator character, every line as wide as the widest of
    the first thousand) read by Arrow's CSV reader straight into Arrow text: pandas' C parser
    with every column as text took six times its plain read (issue 30). The cells are the
    same texts; any file Arrow does not read as the C parser would (an invalid byte, a short
    line, a blank line, a quote still open at the end) gives None and goes the general way.
    Also the columns with blank cells as missing when they were made beside the read."""
    # read while pandas was still loading, when a command started it (planner.sales.parse_ahead)
    ahead = parse_ahead.take_text(path, separator)
    layout = ahead.layout if ahead is not None else plain_layout(head, whole, separator)
    if layout is None:
        return None, "", None
    delimiter, width = layout
    progress(0.05, "reading")
    table = ahead.table if ahead is not None else read_as_text(path, delimiter, width)
    if table is None:
        return None, "", None
    if table.num_rows and _quote_open_at_end(table, path, delimiter):
        return None, "", None  # the C parser refuses it ("EOF inside string"): said the general way
    dtype = pd.StringDtype("pyarrow", na_value=np.nan)
    columns = {
        i: pd.arrays.ArrowStringArray(table.column(i), dtype=dtype)  # type: ignore[call-arg]
        for i in range(table.num_columns)
    }
    grid = pd.DataFrame(columns, columns=pd.RangeIndex(width), copy=False)
    return grid, delimiter, ahead.blanked if ahead is not None else None


def _quote_open_at_end(table: pa.Table, path: Path, delimiter: str) -> bool:
    """Whether the file ends inside a quoted value, which Arrow takes up to the end and the
    C parser refuses. Such a value runs to the end, so the last record then holds a line
    break, or the last line opens a quote it does not close."""
    last = table.slice(table.num_rows - 1).to_pylist()[0].values()
    if any("\n" in value or "\r" in value for value in last):
        return True  # an address over two lines in the very last record: judged the general way
    with open(path, "rb") as fh:
        fh.seek(0, 2)
        size = fh.tell()
        fh.seek(max(0, size - _TAIL_BYTES))
        tail = fh.read()
    lines = tail.rstrip(b"\r\n").replace(b"\r", b"\n").split(b"\n")
    if len(lines) == 1 and size > _TAIL_BYTES:
        return True  # one line longer than the tail read: judged the general way
    return _opens_quote(lines[-1].decode("utf-8", "replace"), delimiter)


_TAIL_BYTES = 1 << 16


def _opens_quote(line: str, delimiter: str) -> bool:
    """Whether a line ends inside a quoted value, as the C parser reads it: a quote opens a
    value only at its start, two quotes inside one stand for one, and after the closing
    quote the value goes on unquoted."""
    quoted, at_start = False, True
    i = 0
    while i < len(line):
        char = line[i]
        if quoted:
            if char == '"':
                if i + 1 < len(line) and line[i + 1] == '"':
                    i += 1
                else:
                    quoted = False
        elif char == delimiter:
            at_start = True
            i += 1
            continue
        elif char == '"' and at_start:
            quoted = True
        at_start = False
        i += 1
    return quoted


def _read_any(
    path: Path, head: bytes, whole: bool, separator: str | None, progress: Progress
) -> tuple[pd.DataFrame, str]:
    """Any text file through pandas' C parser: other encodings, runs of spaces, short or
    blank lines (a title above the header), every column as text."""
    encoding, errors = _encoding(path, head, whole)
    text = codecs.getincrementaldecoder(encoding)(errors).decode(head, final=whole)
    delimiter = separator or sniff_delimiter(text[:65536])
    progress(0.05, "reading")
    try:
        grid = pd.read_csv(
            path,
            encoding=encoding,
            encoding_errors=errors,
            sep=r"\s+" if delimiter == WHITESPACE else delimiter,
            header=None,
            # as wide as the widest line: a title line or a blank line above the header
            # (a till's "Umsatzliste ..." export) must not fix the width at one column
            names=range(widest_line(text, delimiter)),
            dtype=str,
            keep_default_na=False,
            na_values=[],
            skip_blank_lines=False,
            engine="c",
            quoting=csv.QUOTE_MINIMAL,
            on_bad_lines="error",
        )
    except (pd.errors.ParserError, ValueError) as exc:
        raise SalesDataError(
            f"{path.name}: the CSV file cannot be read ({short_reason(exc)}).",
            hint="Check that every line has the same number of separators.",
            code="bad_csv",
            path=str(path),
        ) from None
    return grid, delimiter


# a quoted value holding this many lines that look like rows of the file is an open quote
SWALLOWED_ROWS = 2


def _refuse_swallowed_lines(grid: pd.DataFrame, path: Path, delimiter: str) -> None:
    """A lone quote (`"open` in a note) makes everything up to the next quote one value:
    100 of 3,000 rows vanished without a word (issue 29, item 5). A quoted value may hold
    line breaks (an address), but not lines that are themselves rows of the file, with as
    many separators as a row; such a file is refused naming the line of the quote."""
    broken = [c for c, column in grid.items() if _has_line_break(column)]
    if not broken:
        return
    breaks = pd.DataFrame({c: grid[c].str.count("\n") for c in broken}).fillna(0).astype("int64")
    separators = max(1, grid.shape[1] - 1)
    per_record = breaks.sum(axis=1).to_numpy()
    for record, position in zip(*breaks.to_numpy().nonzero(), strict=True):
        lines = str(grid.at[record, broken[position]]).split("\n")
        if sum(line.count(delimiter) >= separators for line in lines[1:]) < SWALLOWED_ROWS:
            continue
        # the file's line of this record: one line per record before it, plus their breaks
        first = int(record) + 1 + int(per_record[:record].sum())
        last = first + int(per_record[record])
        raise SalesDataError(
            f"{path.name}, line {first}: a quote opens a value there that is closed only on line {last}, "
            f"so the {last - first - 1} lines between were read as one value instead of rows.",
            hint=f'Remove the lone quote (") on line {first}, or close it, and import the file again.',
            code="quote_not_closed",
            path=str(path),
            line=first,
            end_line=last,
        )


def _all_values(row: pd.Series) -> bool:
    cells = [str(v).strip() for v in row if v is not None and str(v).strip()]
    return bool(cells) and all(looks_like_value(c) for c in cells)


def _decimal_comma(frame: pd.DataFrame) -> bool:
    """Amounts written 1.299,00 in a file separated by something other than ';'."""
    if frame.empty:  # the header on the last line: no amounts to look at
        return False
    # each distinct text is judged once: a wide file repeats the same few numbers
    counts = _value_counts(frame.head(200))
    comma = sum(n for text, n in counts.items() if _COMMA_DECIMAL.fullmatch(text))
    point = sum(n for text, n in counts.items() if _POINT_DECIMAL.fullmatch(text))
    return comma > point


_COMMA_DECIMAL = re.compile(r"-?[\d.]*\d,\d{1,2}(\s*€)?")
_POINT_DECIMAL = re.compile(r"-?[\d,]*\d\.\d{1,2}")


def _value_counts(frame: pd.DataFrame) -> dict[str, int]:
    """How often each text stands in the table's filled cells, over all columns at once."""
    arrays = [_arrow_text(column) for _, column in frame.items()]
    if arrays and all(a is not None for a in arrays):
        cells = pa.chunked_array([chunk for a in arrays if a is not None for chunk in a.chunks], pa.large_string())
        counted = pc.value_counts(cells.drop_null())
        return dict(zip(counted.field("values").to_pylist(), counted.field("counts").to_pylist(), strict=True))
    stacked = frame.stack()
    return {str(k): int(v) for k, v in stacked.astype(str).value_counts().items()}


def _arrow_text(column: pd.Series) -> pa.ChunkedArray | None:
    """The column's text as Arrow (no copy), or None when it is not held as Arrow text."""
    if not isinstance(column.array, pd.arrays.ArrowStringArray):
        return None
    data = pa.array(column.array)
    data = data if isinstance(data, pa.ChunkedArray) else pa.chunked_array([data])
    return data.cast(pa.large_string()) if data.type != pa.large_string() else data


def _blank_to_missing(grid: pd.DataFrame, blanked: list[pa.ChunkedArray | None] | None = None) -> pd.DataFrame:
    """Blank cells (only spaces) as missing, and the columns without any value left out.
    Column by column in Arrow and the table built once: pandas' apply and mask over 5,003
    columns took half a minute (issue 29). `blanked`: the grid's columns done so already
    (beside a read ahead)."""
    kept: dict[int, object] = {}
    for position, (_name, column) in enumerate(grid.items()):
        data = _arrow_text(column)
        if data is None:
            cleaned = column.mask(column.str.strip().eq(""))
            if cleaned.notna().any():
                kept[len(kept)] = cleaned.array
            continue
        data = blanked[position] if blanked is not None else blank_as_missing(data)
        if data is not None:
            kept[len(kept)] = pd.arrays.ArrowStringArray(data, dtype=column.dtype)  # type: ignore[call-arg]
    return pd.DataFrame(kept, index=grid.index, columns=pd.RangeIndex(len(kept)), copy=False)


def _has_line_break(column: pd.Series) -> bool:
    data = _arrow_text(column)
    if data is None:
        return bool(column.str.contains("\n", regex=False).fillna(False).any())
    if not any(_bytes_hold(chunk, b"\n") for chunk in data.chunks):
        return False  # one search through the column's bytes; most files end here
    return bool(pc.any(pc.match_substring(data, "\n")).as_py())


def _bytes_hold(chunk: pa.Array, byte: bytes) -> bool:
    """Whether the bytes behind a text array hold `byte` (they may run past a sliced
    array's values, so True only means: look at the values)."""
    buffers = chunk.buffers()
    data = buffers[2] if len(buffers) > 2 else None
    return data is not None and data.size > 0 and data.to_pybytes().find(byte) >= 0


def _utf16_without_bom(data: bytes) -> str | None:
    """ "utf-16-le"/"utf-16-be" when the text looks like UTF-16 without a byte order mark
    (some exports write it so): in Latin text every other byte is zero."""
    sample = data[:4096]
    sample = sample[: len(sample) // 2 * 2]
    if len(sample) < 8:
        return None
    even_zero = sample[0::2].count(0) / (len(sample) // 2)
    odd_zero = sample[1::2].count(0) / (len(sample) // 2)
    if odd_zero > 0.7 and even_zero < 0.05:
        return "utf-16-le"
    if even_zero > 0.7 and odd_zero < 0.05:
        return "utf-16-be"
    return None


def _encoding(path: Path, head: bytes, whole: bool) -> tuple[str, str]:
    """The encoding and error handling the whole file is read with: UTF-16 without a byte
    order mark when it looks so, else UTF-8 (with or without BOM), else UTF-16 with a BOM,
    each only when every byte of the file decodes; else cp1252, German Excel's "CSV
    (Trennzeichen-getrennt)", where undefined bytes become U+FFFD."""
    bare = _utf16_without_bom(head) if b"\x00" in head[:4096] else None
    candidates = [bare] if bare else []
    candidates.append("utf-8-sig")
    if head.startswith((b"\xff\xfe", b"\xfe\xff")):
        candidates.append("utf-16")
    for encoding in candidates:
        if _decodes(path, head, whole, encoding):
            return encoding, "strict"
    return "cp1252", "replace"


def _decodes(path: Path, head: bytes, whole: bool, encoding: str) -> bool:
    """Whether the file decodes, checked piece by piece (the text is not kept)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    try:
        if whole:
            decoder.decode(head, final=True)
            return True
        with open(path, "rb") as fh:
            for chunk in iter(lambda: fh.read(_CHECK_CHUNK), b""):
                decoder.decode(chunk)
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


_CHECK_CHUNK = 4 << 20
