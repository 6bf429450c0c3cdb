"""Laying text out on an A4 landscape matplotlib figure: headings, wrapped paragraphs, and
tables that continue on the next page with their header repeated.

matplotlib does not flow text, so lines are wrapped here by the measured advance widths of
the font's glyphs (FreeType through matplotlib, unhinted: the widths the PDF uses), with a
few per cent to spare for the hinted raster of a preview. Table columns take the width their
text needs, and share what is left. Positions are in inches from the top left, turned into
figure coordinates at the last moment.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any

from matplotlib.figure import Figure
from matplotlib.font_manager import FontProperties, findfont, get_font
from matplotlib.ft2font import LoadFlags
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle
from matplotlib.text import Text

from planner.charts.sales import PALETTE
from planner.journey.syllables import break_at

PAGE_W, PAGE_H = 11.69, 8.27  # A4 landscape, inches
MARGIN = 0.6
WIDTH = PAGE_W - 2 * MARGIN  # the width of the content
TOP = 1.15  # first line of content below the page heading
BOTTOM = PAGE_H - 0.7  # lowest line of content above the footer
BODY = 8.5  # points
HEADER_BLUE = "#1F4E79"
GOAL_BLUE = "#DDEBF7"
GREY = "#55606B"
SPARE = 1.03  # a raster preview hints glyphs a little wider than the PDF draws them
PAD = 0.06  # inches inside a table cell

Draw = Callable[[Figure], object]


@lru_cache(maxsize=8)
def _font_file(weight: str, style: str) -> str:
    return findfont(FontProperties(weight=weight, style=style))  # type: ignore[arg-type]


@lru_cache(maxsize=65536)
def text_width(text: str, size: float = BODY, weight: str = "normal", style: str = "normal") -> float:
    """The width of one line of text in inches, from the font's glyph advances and kerning."""
    if not text:
        return 0.0
    font = get_font(_font_file(weight, style))
    font.set_size(size, 72)
    font.set_text(text, 0.0, flags=LoadFlags.NO_HINTING)
    return font.get_width_height()[0] / 64 / 72 * SPARE


@lru_cache(maxsize=16384)
def _pieces(word: str) -> tuple[str, ...]:
    """A long word may break after a hyphen or a slash ("Rechnung/" "Garantie")."""
    parts = re.split(r"(?<=[^\W\d_]{2}[-/])(?=\w)", word)  # "E-Mail" stays whole
    return tuple(p for p in parts if p)


@lru_cache(maxsize=8192)
def _words(paragraph: str) -> tuple[str, ...]:
    stripped = paragraph.strip(" \t")
    return tuple(re.split(r"[ \t]+", stripped)) if stripped else ()


def _cut(word: str, width: float, size: float, weight: str, style: str) -> int:
    """How many characters of a word too wide for the line fit on it, with a hyphen (at least
    one): at a syllable's end where one fits in the better part of the line, else where the
    line ends."""
    low, high = 1, max(1, len(word) - 2)  # never a lone letter on the next line
    while low < high:
        mid = (low + high + 1) // 2
        if text_width(word[:mid] + "-", size, weight, style) <= width:
            low = mid
        else:
            high = mid - 1
    return break_at(word, low)


def wrap(
    text: str,
    width_in: float,
    size: float = BODY,
    max_lines: int = 0,
    weight: str = "normal",
    style: str = "normal",
    first: float | None = None,
) -> list[str]:
    """Lines of `text` no wider than `width_in` inches (the first no wider than `first`);
    paragraphs (newlines) kept; with `max_lines`, the last line ends in "…" when text was
    left out. Lines break at spaces, after a hyphen or slash, else inside a word."""
    lines: list[str] = []
    width_in += 1e-6  # a column as wide as its longest word holds it

    def room() -> float:
        return first + 1e-6 if first is not None and not lines else width_in

    space = text_width(" ", size, weight, style)
    for paragraph in str(text).splitlines() or [""]:
        line, used = "", 0.0  # the line so far, and its width: the sum of its pieces' and spaces'
        for word in _words(paragraph):
            for k, piece in enumerate(_pieces(word)):
                glue = 0.0 if (k or not line) else space
                wide = text_width(piece, size, weight, style)
                if used + glue + wide <= room():
                    line, used = (line + piece) if not glue else f"{line} {piece}", used + glue + wide
                    continue
                if line:
                    lines.append(line)
                elif first is not None and not lines and text_width(piece, size, weight, style) <= width_in:
                    lines.append("")  # nothing fits beside: start under it
                rest = piece
                while len(rest) > 1 and text_width(rest, size, weight, style) > room():
                    cut = _cut(rest, room(), size, weight, style)
                    hyphen = rest[cut - 1].isalpha() and rest[cut].isalpha()
                    lines.append(rest[:cut] + ("-" if hyphen else ""))
                    rest = rest[cut:]
                line, used = rest, text_width(rest, size, weight, style)
        lines.append(line)
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        last = lines[-1]
        limit = first if first is not None and max_lines == 1 else width_in
        while last and text_width(last + "…", size, weight, style) > limit:
            last = last[:-1]
        lines[-1] = last.rstrip(" ,;:-") + "…"
    return lines


def line_height(size: float = BODY) -> float:
    return size * 1.35 / 72


ASCENT = 0.76  # em: the top of an "l" above the baseline (DejaVu Sans)


def put(fig: Figure, x: float, y: float, text: str, size: float = BODY, **style: Any) -> Text:
    """A line of text whose letters (an "l") start at (x, y) inches from the page's top left
    (its top right with ha="right"). Placed by its baseline, so that "Özdemir" stands on
    the same line as "Petra": matplotlib's va="top" would lower a line with an umlaut."""
    style.setdefault("color", PALETTE["text"])
    style.setdefault("ha", "left")
    baseline = y + ASCENT * size / 72
    return fig.text(x / PAGE_W, 1 - baseline / PAGE_H, text, fontsize=size, va="baseline", **style)


def lines(
    fig: Figure, x: float, y: float, texts: Sequence[str], size: float = BODY, spacing: float = 0.0, **style: Any
) -> float:
    """Lines one under the other from (x, y); returns the y below the last."""
    step = spacing or line_height(size)
    for text in texts:
        put(fig, x, y, text, size, **style)
        y += step
    return y


def box(fig: Figure, x: float, y: float, w: float, h: float, color: str, **style: Any) -> Rectangle:
    style.setdefault("edgecolor", "none")
    style.setdefault("zorder", 0)
    patch = Rectangle(
        (x / PAGE_W, 1 - (y + h) / PAGE_H),
        w / PAGE_W,
        h / PAGE_H,
        transform=fig.transFigure,
        facecolor=color,
        **style,
    )
    fig.add_artist(patch)
    return patch


def heading(fig: Figure, title: str, intro: str = "") -> float:
    """The page heading and an optional paragraph; returns where content may start."""
    put(fig, MARGIN, 0.45, title, 15, fontweight="bold", color=HEADER_BLUE)
    return content_top(intro, fig)


def content_top(intro: str, fig: Figure | None = None) -> float:
    """Where content starts under a heading with `intro` (drawn when `fig` is given)."""
    if not intro:
        return TOP
    y = 0.9
    for line in wrap(intro, WIDTH, 9):
        if fig is not None:
            put(fig, MARGIN, y, line, 9, color=GREY)
        y += line_height(9)
    return y + 0.1


@dataclass(frozen=True)
class Bar:
    """A progress bar in a table cell: `fraction` 0..1 (None: no bar), the text beside it."""

    fraction: float | None
    text: str
    color: str = PALETTE["good"]


BAR_W = 0.42  # inches: the bar in a progress cell


@dataclass(frozen=True)
class Column:
    """A table column; `width` 0 takes the width its text needs (see `fit_widths`)."""

    header: str
    width: float = 0.0  # inches
    align: str = "left"


@dataclass
class Row:
    cells: Sequence[object]  # str or Bar
    fill: str = ""
    bold: bool = False
    indent: float = 0.0  # inches, first column
    size: float = BODY
    keep: bool = False  # on the same page as the row after it (a goal and its first measure)
    group: str = ""  # a row inside a block: the block's name, repeated when a page break falls inside it


def _weight(row: Row, i: int) -> str:
    return "bold" if row.bold and i == 0 else "normal"


def _cell_widths(row: Row, i: int, cell: object) -> tuple[float, float]:
    """(natural, least) width of a cell's content: one line per paragraph, and its longest word."""
    indent = row.indent if i == 0 else 0.0
    if isinstance(cell, Bar):
        words = cell.text.split() or [""]
        least = max(text_width(w, row.size) for w in words)
        return BAR_W + 0.06 + text_width(cell.text, row.size), BAR_W + 0.06 + least
    text = str(cell)
    weight = _weight(row, i)
    natural = max((text_width(p, row.size, weight) for p in text.splitlines()), default=0.0)
    longest = max((text_width(w, row.size, weight) for w in re.split(r"[ \t\n]+", text)), default=0.0)
    return natural + indent, min(longest, 1.6) + indent  # a very long word may break


def fit_widths(columns: Sequence[Column], rows: Sequence[Row], total: float = WIDTH) -> list[float]:
    """Column widths filling `total`: each column gets the width its longest line needs when
    they all fit; otherwise each gets its longest word and the rest is shared by how much
    more each would need. Fixed widths stay."""
    natural, least = [], []
    for i, column in enumerate(columns):
        header = [text_width(w, BODY, "bold") for w in column.header.split()] or [0.0]
        nat, low = max(header), max(header)
        nat = max(nat, min(text_width(column.header, BODY, "bold"), 1.4))
        for row in rows:
            if i < len(row.cells):
                n, least_ = _cell_widths(row, i, row.cells[i])
                nat, low = max(nat, n), max(low, least_)
        natural.append(nat + 2 * PAD)
        least.append(low + 2 * PAD)
    fixed = sum(c.width for c in columns if c.width)
    free = [i for i, c in enumerate(columns) if not c.width]
    room = total - fixed
    widths = [c.width for c in columns]
    if not free:
        return widths
    need = sum(natural[i] for i in free)
    if need <= room:  # all fit on one line: the spare room goes to the wordy columns
        spare = room - need
        for i in free:
            widths[i] = natural[i] + spare * natural[i] / need
        return widths
    base = sum(least[i] for i in free)
    if base >= room:  # even the longest words do not fit: shrink them alike (words break)
        return [w if columns[i].width else least[i] * room / base for i, w in enumerate(widths)]
    return _shortest(columns, rows, free, least, natural, room, widths)


def _cell_lines(row: Row, i: int, width: float) -> int:
    cell = row.cells[i] if i < len(row.cells) else ""
    inner = width - 2 * PAD - (row.indent if i == 0 else 0)
    if isinstance(cell, Bar):
        return len(wrap(cell.text, inner - BAR_W - 0.06, row.size))
    return len(wrap(str(cell), inner, row.size, weight=_weight(row, i)))


def _shortest(
    columns: Sequence[Column],
    rows: Sequence[Row],
    free: list[int],
    least: list[float],
    natural: list[float],
    room: float,
    widths: list[float],
) -> list[float]:
    """From each column's longest word, the room left goes where it makes the table shortest
    for the width it takes. A step takes a line off one row: it widens each of the row's
    cells with the most lines just enough to lose one (a name and a date in one row, say),
    and the step with the best gain per inch over the whole table comes first. What no step
    shortens is shared by how much more each column would need."""
    for i in free:
        widths[i] = least[i]
    heights = [line_height(row.size) for row in rows]
    known: dict[tuple[int, int, float], int] = {}

    def cell(c: int, r: int, width: float) -> int:
        key = (c, r, round(width, 4))
        if key not in known:
            known[key] = _cell_lines(rows[r], c, width)
        return known[key]

    def lines_at(c: int, width: float) -> list[int]:
        return [cell(c, r, width) for r in range(len(rows))]

    lines = {c: lines_at(c, widths[c]) for c in range(len(columns))}

    def total(changed: dict[int, list[int]]) -> float:
        return sum(
            h * max(changed[c][r] if c in changed else lines[c][r] for c in lines) for r, h in enumerate(heights)
        )

    def one_less(c: int, r: int) -> float | None:
        """The least width at which cell (r, c) takes a line fewer (None: not within its natural width)."""
        now = cell(c, r, widths[c])
        if cell(c, r, natural[c]) >= now:
            return None
        low, high = widths[c], natural[c]
        while high - low > 0.01:
            mid = (low + high) / 2
            low, high = (low, mid) if cell(c, r, mid) < now else (mid, high)
        return high

    left = room - sum(widths[i] for i in free)
    while left > 1e-9:
        now = total({})
        best: tuple[float, dict[int, float]] | None = None
        for r in range(len(rows)):
            most = max(lines[c][r] for c in lines)
            if most <= 1:
                continue
            move: dict[int, float] = {}
            for c in lines:
                if lines[c][r] == most:
                    width = one_less(c, r) if c in free else None
                    if width is None:
                        move = {}
                        break
                    move[c] = width
            cost = sum(w - widths[c] for c, w in move.items())
            if not move or cost > left + 1e-9:
                continue
            gain = (now - total({c: lines_at(c, w) for c, w in move.items()})) / max(cost, 1e-6)
            if gain > 1e-9 and (best is None or gain > best[0]):
                best = (gain, move)
        if best is None:
            break
        for c, width in best[1].items():
            left -= width - widths[c]
            widths[c] = width
            lines[c] = lines_at(c, width)
    if left > 1e-9:  # the rest by how much more each column would need, else by its width
        more = {i: max(0.0, natural[i] - widths[i]) for i in free}
        weight = sum(more.values())
        for i in free:
            widths[i] += left * (more[i] / weight if weight > 1e-9 else natural[i] / sum(natural[j] for j in free))
    return widths


def table_pages(
    title: str, intro: str, columns: Sequence[Column], rows: Sequence[Row], *, max_lines: int = 40
) -> list[Draw]:
    """As many pages as the rows need; a row is never split, the header repeats. When the
    text a little smaller saves a page (a last page with a row or two), it is set smaller."""
    best: tuple[list[list[_Laid]], list[Column], float] | None = None
    for scale in (1.0, 0.94, 0.88):
        scaled = [replace(row, size=row.size * scale) for row in rows]
        laid = _paginate(intro, columns, scaled, max_lines)
        if best is None or len(laid[0]) < len(best[0]):
            best = laid
    assert best is not None
    pages, widths, header_h = best

    def page(number: int, items: list[_Laid]) -> Draw:
        def draw(fig: Figure) -> None:
            top = heading(fig, title if number == 0 else f"{title} ({number + 1})", intro if number == 0 else "")
            _table(fig, top, widths, items, header_h)

        return draw

    return [page(n, items) for n, items in enumerate(pages)]


_Laid = tuple[Row, list[list[str]], float]  # a row, the lines of its cells, its height


def _paginate(
    intro: str, columns: Sequence[Column], rows: Sequence[Row], max_lines: int
) -> tuple[list[list[_Laid]], list[Column], float]:
    widths = fit_widths(columns, rows)
    columns = [Column(c.header, w, c.align) for c, w in zip(columns, widths, strict=True)]
    header_h = max(len(_header_lines(c)) for c in columns) * line_height() + 2 * PAD
    laid = [_lay(row, columns, max_lines) for row in rows]
    pages: list[list[_Laid]] = [[]]
    y = content_top(intro) + header_h
    for k, item in enumerate(laid):
        need = item[2] + (laid[k + 1][2] if item[0].keep and k + 1 < len(laid) else 0.0)
        if pages[-1] and y + need > BOTTOM:
            pages.append([])
            y = TOP + header_h
            if item[0].group:  # a block going on: its name first, so the page says whose rows these are
                head = Row([item[0].group, *[""] * (len(columns) - 1)], fill=GOAL_BLUE, bold=True, size=item[0].size)
                pages[-1].append(_lay(head, columns, max_lines))
                y += pages[-1][-1][2]
        pages[-1].append(item)
        y += item[2]
    return pages, columns, header_h


def _lay(row: Row, columns: Sequence[Column], max_lines: int) -> _Laid:
    """A row's cells wrapped to their columns, and its height."""
    cells: list[list[str]] = []
    for i, (column, cell) in enumerate(zip(columns, row.cells, strict=False)):
        width = column.width - 2 * PAD - (row.indent if i == 0 else 0)
        if isinstance(cell, Bar):
            cells.append(wrap(cell.text, width - BAR_W - 0.06, row.size))
        else:
            cells.append(wrap(str(cell), width, row.size, max_lines=max_lines, weight=_weight(row, i)))
    height = max([len(c) for c in cells] + [1]) * line_height(row.size) + 2 * PAD
    return (row, cells, height)


def _header_lines(column: Column) -> list[str]:
    return wrap(column.header, column.width - 2 * PAD, weight="bold")


def _table(fig: Figure, top: float, columns: Sequence[Column], items: list, header_h: float) -> None:
    total = sum(c.width for c in columns)
    box(fig, MARGIN, top, total, header_h, HEADER_BLUE)
    x = MARGIN
    for column in columns:
        right = column.align == "right"  # a header stands over its numbers
        for k, line in enumerate(_header_lines(column)):
            at = x + column.width - PAD if right else x + PAD
            put(fig, at, top + PAD + k * line_height(), line, color="white", fontweight="bold", ha=column.align)
        x += column.width
    y = top + header_h
    for index, (row, cells, height) in enumerate(items):
        if row.fill or index % 2:
            box(fig, MARGIN, y, total, height, row.fill or "#F5F7FA")
        x = MARGIN
        for i, (column, cell_lines) in enumerate(zip(columns, cells, strict=False)):
            cell = row.cells[i]
            if isinstance(cell, Bar):
                _bar(fig, x + PAD, y + PAD, cell, cell_lines, row.size)
            else:
                right = column.align == "right"
                at = x + column.width - PAD if right else x + PAD + (row.indent if i == 0 else 0)
                style: dict[str, Any] = {"fontweight": "bold"} if row.bold and i == 0 else {}
                for k, line in enumerate(cell_lines):
                    put(fig, at, y + PAD + k * line_height(row.size), line, row.size, ha=column.align, **style)
            x += column.width
        y += height
    rule(fig, MARGIN, y, total)


def _bar(fig: Figure, x: float, y: float, bar: Bar, text_lines: list[str], size: float) -> None:
    h = line_height(size) * 0.7
    if bar.fraction is not None:
        box(fig, x, y + 0.02, BAR_W, h, "#E3E8EE")
        box(fig, x, y + 0.02, BAR_W * max(0.0, min(1.0, bar.fraction)), h, bar.color)
    lines(fig, x + BAR_W + 0.06, y, text_lines, size)


def rule(fig: Figure, x: float, y: float, w: float, color: str = PALETTE["muted"]) -> Line2D:
    """A horizontal line from (x, y), `w` inches long."""
    line = Line2D(
        [x / PAGE_W, (x + w) / PAGE_W],
        [1 - y / PAGE_H, 1 - y / PAGE_H],
        transform=fig.transFigure,
        color=color,
        linewidth=0.6,
    )
    fig.add_artist(line)
    return line


def footer(fig: Figure, left: str, right: str) -> None:
    room = WIDTH - text_width(right, 7.5) - 0.4
    put(fig, MARGIN, PAGE_H - 0.42, wrap(left, room, 7.5, max_lines=1)[0], 7.5, color="#7A8591")
    put(fig, PAGE_W - MARGIN, PAGE_H - 0.42, right, 7.5, ha="right", color="#7A8591")
