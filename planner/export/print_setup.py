"""How an exported sheet prints: on A4, readable, the header on every page.

A sheet one page wide at its natural size prints at 100 % (portrait when it fits, landscape
otherwise). A wider one is shrunk to one page wide only while that keeps it at 70 % or more;
a sheet wider still is printed landscape at a readable scale across several pages, broken
between columns (never inside one), pages numbered across first, and its key columns (the
title a row is known by) repeated on the left of every page along with the header rows.
Seen in LibreOffice's PDF of the plan workbook: with every sheet squeezed to one page wide,
the 18 columns of the goal table printed at about 40 %, too small to read.

Widths are Excel's column widths: characters of the default font's digits (Calibri 11,
7 pixels at 96 dpi, plus 5 pixels of padding per column).
"""

from __future__ import annotations

from dataclasses import dataclass

from openpyxl.utils import get_column_letter
from openpyxl.worksheet.page import PageMargins
from openpyxl.worksheet.pagebreak import Break
from openpyxl.worksheet.worksheet import Worksheet

A4_INCHES = (8.27, 11.69)
SIDE_MARGIN = 0.4  # inches, left and right
MIN_SCALE = 70  # per cent: smaller is no longer comfortable to read
DEFAULT_WIDTH = 8.43  # Excel's width of a column nobody sized
KEY_SHARE = 0.5  # key columns repeated on every page take at most this share of its width


SPARE = 1.06  # LibreOffice lays Carlito out a little wider than Excel lays out Calibri


def column_inches(width: float) -> float:
    """The printed width (at 100 %) of a column `width` characters wide, with a little to spare."""
    return (width * 7 + 5) / 96 * SPARE


def page_inches(orientation: str) -> float:
    """The printable width of an A4 page."""
    paper = A4_INCHES[1] if orientation == "landscape" else A4_INCHES[0]
    return paper - 2 * SIDE_MARGIN


@dataclass(frozen=True)
class PrintPlan:
    orientation: str  # "portrait" or "landscape"
    scale: int  # per cent; with `fit`, the scale one page wide comes to
    fit: bool  # one page wide (fitToWidth 1), the program shrinks it
    breaks: tuple[int, ...] = ()  # a page ends after each of these columns (1-based)
    repeat: int = 0  # the first `repeat` columns are printed on every page


def printed_widths(ws: Worksheet, columns: int) -> list[float]:
    """Each column's printed width in inches at 100 % (hidden columns: 0)."""
    widths = []
    for c in range(1, columns + 1):
        dimension = ws.column_dimensions.get(get_column_letter(c))
        if dimension is not None and dimension.hidden:
            widths.append(0.0)
        else:
            width = dimension.width if dimension is not None and dimension.width else DEFAULT_WIDTH
            widths.append(column_inches(width))
    return widths


def plan_print(widths: list[float], repeat: int = 0) -> PrintPlan:
    """How a table with these column widths (inches at 100 %) prints best."""
    total = sum(widths)
    if total <= page_inches("portrait"):
        return PrintPlan("portrait", 100, False)
    page = page_inches("landscape")
    if total <= page:
        return PrintPlan("landscape", 100, False)
    if page / (total / SPARE) * 100 >= MIN_SCALE:  # the scale Excel comes to (LibreOffice: a little less)
        return PrintPlan("landscape", int(page / (total / SPARE) * 100), True)
    best: tuple[tuple[int, int, int], tuple[int, ...], int] | None = None  # ((pages, keys?, -scale), breaks, keys)
    for scale in range(100, MIN_SCALE - 1, -5):
        room = page * 100 / scale
        for keys in {repeat if sum(widths[:repeat]) <= KEY_SHARE * room else 0, 0}:
            breaks = _breaks(widths, room, sum(widths[:keys]), keys)
            score = (len(breaks) + 1, 0 if keys else 1, -scale)  # fewest pages, the key columns, largest
            if best is None or score < best[0]:
                best = (score, breaks, keys)
    assert best is not None
    return PrintPlan("landscape", -best[0][2], False, best[1], best[2])


def _breaks(widths: list[float], room: float, keys_width: float, keys: int) -> tuple[int, ...]:
    """The last column of each page but the last, filling pages from the left."""
    breaks: list[int] = []
    used = 0.0
    for c, width in enumerate(widths, start=1):
        if used and used + width > room:
            breaks.append(c - 1)
            used = keys_width  # the key columns again on the new page
        used += width
    if keys:  # the key columns are on the first page already; a break inside them helps no one
        breaks = [b for b in breaks if b > keys]
    return tuple(breaks)


def setup_print(ws: Worksheet, columns: int, *, header_rows: int = 1, repeat_columns: int = 0) -> PrintPlan:
    """A4 print settings for a sheet whose table has `columns` columns: orientation, scale or
    fit to one page wide, page breaks between columns, the first `header_rows` rows (and the
    first `repeat_columns` columns where the sheet runs across pages) on every page."""
    plan = plan_print(printed_widths(ws, columns), repeat_columns)
    setup = ws.page_setup
    setup.paperSize = ws.PAPERSIZE_A4
    setup.orientation = plan.orientation
    setup.pageOrder = "overThenDown"  # a row's columns on consecutive pages
    ws.page_margins = PageMargins(left=SIDE_MARGIN, right=SIDE_MARGIN, top=0.7, bottom=0.7, header=0.3, footer=0.3)
    ws.sheet_properties.pageSetUpPr.fitToPage = plan.fit
    if plan.fit:
        setup.fitToWidth, setup.fitToHeight = 1, 0
        setup.scale = None
    else:
        setup.fitToWidth = setup.fitToHeight = None
        setup.scale = plan.scale
    ws.col_breaks.brk = []
    for column in plan.breaks:
        ws.col_breaks.append(Break(id=column, man=True))
    if header_rows:
        ws.print_title_rows = f"1:{header_rows}"
    if plan.repeat:
        ws.print_title_cols = f"A:{get_column_letter(plan.repeat)}"
    return plan
