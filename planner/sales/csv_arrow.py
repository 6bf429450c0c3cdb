"""The common CSV file read by Arrow into text, without pandas: what the reader does for a
UTF-8 file with one separator character, and what a command starts in a thread while pandas
is still loading (`planner.sales.parse_ahead`). Here the layout (separator and width) is
guessed from the file's beginning and the cells are read as they are written.
"""

from __future__ import annotations

import codecs
import csv
from pathlib import Path

import pyarrow.compute as pc
import pyarrow.csv as pa_csv

from planner.sales.arrow_memory import pa

# the beginning of a file that is decoded for the samples below: at least 1,048,576
# characters in any encoding (at most four bytes a character, and a byte order mark)
HEAD_BYTES = (4 << 20) + 16

WHITESPACE = " "  # "separated by runs of spaces", as fixed-width logs are


def sniff_delimiter(sample: str) -> str:
    """The separator most lines agree on; runs of spaces when no line has any other
    (a whitespace-separated log such as the classic CDNOW file)."""
    lines = [line for line in sample.splitlines()[:50] if line.strip()]
    counts = {d: sum(line.count(d) for line in lines) for d in ";,\t|"}
    if not any(counts.values()):
        widths = {len(line.split()) for line in lines}
        return WHITESPACE if len(widths) == 1 and widths.pop() >= 2 else ","
    # a separator that splits (nearly) every line into the same number of fields, header
    # included, beats one that appears once per line inside decimal numbers ("16,23")
    steady: dict[str, int] = {}
    for d in counts:
        per_line = [line.count(d) for line in lines]
        mode = max(set(per_line), key=per_line.count)
        if mode > 0 and per_line.count(mode) >= 0.9 * len(lines):
            steady[d] = mode
    if steady:
        return max(steady, key=lambda d: steady[d])
    # otherwise the most common field count among the lines decides, so a title line does not
    lines_with = {d: sum(1 for line in lines if d in line) for d in counts}
    try:
        sniffed = csv.Sniffer().sniff("\n".join(lines[-20:]), delimiters=";,\t|").delimiter
    except csv.Error:
        sniffed = ""
    if sniffed and lines_with[sniffed] * 2 >= len(lines):
        return sniffed
    return max(counts, key=lambda d: (lines_with[d], counts[d]))


def widest_line(text: str, delimiter: str) -> int:
    """The most fields on any line of the first thousand (quotes respected)."""
    sample = text[: 1 << 20].splitlines()[:1000]
    if delimiter == WHITESPACE:
        return max((len(line.split()) for line in sample), default=1) or 1
    try:
        return max((len(row) for row in csv.reader(sample, delimiter=delimiter)), default=1) or 1
    except csv.Error:  # a field longer than csv's field_size_limit (issue 29): the plain split
        return max((len(line.split(delimiter)) for line in sample), default=1) or 1


def plain_layout(head: bytes, whole: bool, separator: str | None) -> tuple[str, int] | None:
    """(separator, widest line) of a file beginning with `head` when Arrow can read it as
    the C parser would: UTF-8 (a byte order mark allowed), one separator character. None
    for any other file, which the reader's general way takes."""
    if b"\x00" in head[:4096] or head.startswith((b"\xff\xfe", b"\xfe\xff")):
        return None
    try:
        text = codecs.getincrementaldecoder("utf-8-sig")("strict").decode(head, final=whole)
    except UnicodeDecodeError:
        return None
    delimiter = separator or sniff_delimiter(text[:65536])
    if delimiter == WHITESPACE or len(delimiter) != 1 or delimiter in '"\r\n':
        return None
    return delimiter, widest_line(text, delimiter)


def read_as_text(path: Path, delimiter: str, width: int, *, threads: bool = True) -> pa.Table | None:
    """Every cell as Arrow text (columns named 0, 1, ...); None when Arrow refuses the file
    (an invalid byte, a line wider than `width`): the general way then says what is wrong."""
    names = [str(i) for i in range(width)]
    try:
        return pa_csv.read_csv(
            path,
            read_options=pa_csv.ReadOptions(column_names=names, encoding="utf8", use_threads=threads),
            parse_options=pa_csv.ParseOptions(
                delimiter=delimiter,
                quote_char='"',
                double_quote=True,
                escape_char=False,
                newlines_in_values=True,
                ignore_empty_lines=False,
            ),
            convert_options=pa_csv.ConvertOptions(
                column_types=dict.fromkeys(names, pa.large_string()),
                null_values=[],
                strings_can_be_null=False,
                quoted_strings_can_be_null=False,
                check_utf8=True,
            ),
        )
    except (pa.ArrowInvalid, pa.ArrowNotImplementedError, OSError):
        return None


def blank_as_missing(data: pa.ChunkedArray) -> pa.ChunkedArray | None:
    """The column with its blank cells ("" or only spaces) as missing; None when no value is
    left. Done where the cells were read, so that a read ahead does it beside pandas' loading."""
    # utf8_is_space is false for "" and otherwise means the same as "trimmed, nothing is
    # left" (checked on every code point), at a fifth of the cost
    blank = pc.or_(pc.equal(data, ""), pc.utf8_is_space(data))
    if pc.any(blank).as_py():
        data = pc.if_else(blank, pa.scalar(None, data.type), data)
    return data if data.null_count < len(data) else None
