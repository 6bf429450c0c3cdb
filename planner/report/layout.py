"""Laying text out on an A4 landscape matplotlib figure: headings, wrapped paragraphs, and
tables that continue on the next page with their header repeated.

matplotlib does not flow text, so lines are wrapped by an estimate of the glyph width of
DejaVu Sans (0.55 em on average, generous for digits and capitals). Positions are in
inches from the top left, turned into figure coordinates at the last moment.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from matplotlib.figure import Figure
from matplotlib.lines import Line2D
from matplotlib.patches import Rectangle

from planner.charts.sales import PALETTE

PAGE_W, PAGE_H = 11.69, 8.27  # A4 landscape, inches
MARGIN = 0.6
TOP = 1.15  # first line of content below the page heading
BOTTOM = PAGE_H - 0.7  # lowest line of content above the footer
BODY = 8.5  # points
HEADER_BLUE = "#1F4E79"
GOAL_BLUE = "#DDEBF7"
BOLD_NARROWING = 0.88  # bold text (headers, goal rows) runs about a tenth wider than `wrap` measures

Draw = Callable[[Figure], object]


def chars_for(width_in: float, size: float = BODY) -> int:
    return max(4, int(width_in * 72 / (size * 0.55)))


def wrap(text: str, width_in: float, size: float = BODY, max_lines: int = 0) -> list[str]:
    lines: list[str] = []
    for part in str(text).splitlines() or [""]:
        lines.extend(textwrap.wrap(part, chars_for(width_in, size), break_long_words=True) or [""])
    if max_lines and len(lines) > max_lines:
        lines = lines[:max_lines]
        lines[-1] = lines[-1][: max(0, chars_for(width_in, size) - 1)].rstrip() + "…"
    return lines


def line_height(size: float = BODY) -> float:
    return size * 1.35 / 72


def put(fig: Figure, x: float, y: float, text: str, size: float = BODY, **style: Any) -> None:
    """Text with its top left (top right with ha="right") at (x, y) inches from the page's top left."""
    style.setdefault("color", PALETTE["text"])
    style.setdefault("ha", "left")
    fig.text(x / PAGE_W, 1 - y / PAGE_H, text, fontsize=size, va="top", **style)


def box(fig: Figure, x: float, y: float, w: float, h: float, color: str, **style: Any) -> None:
    fig.add_artist(
        Rectangle(
            (x / PAGE_W, 1 - (y + h) / PAGE_H),
            w / PAGE_W,
            h / PAGE_H,
            transform=fig.transFigure,
            facecolor=color,
            edgecolor="none",
            zorder=0,
            **style,
        )
    )


def heading(fig: Figure, title: str, intro: str = "") -> float:
    """The page heading and an optional paragraph; returns where content may start."""
    put(fig, MARGIN, 0.45, title, 15, fontweight="bold", color=HEADER_BLUE)
    y = 0.9
    if intro:
        for line in wrap(intro, PAGE_W - 2 * MARGIN, 9):
            put(fig, MARGIN, y, line, 9, color="#55606B")
            y += line_height(9)
        y += 0.1
    return max(y, TOP if not intro else y)


@dataclass(frozen=True)
class Bar:
    """A progress bar in a table cell: `fraction` 0..1 (None: no bar), the text beside it."""

    fraction: float | None
    text: str
    color: str = PALETTE["good"]


@dataclass(frozen=True)
class Column:
    header: str
    width: float  # inches
    align: str = "left"


@dataclass
class Row:
    cells: Sequence[object]  # str or Bar
    fill: str = ""
    bold: bool = False
    indent: float = 0.0  # inches, first column
    size: float = BODY


def table_pages(title: str, intro: str, columns: Sequence[Column], rows: Sequence[Row]) -> list[Draw]:
    """As many pages as the rows need; a row is never split."""
    pad = 0.06
    header_lines = max(len(_header_lines(c, pad)) for c in columns)
    header_h = header_lines * line_height() + 2 * pad
    laid: list[tuple[Row, list[list[str]], float]] = []
    for row in rows:
        cells = []
        for i, (column, cell) in enumerate(zip(columns, row.cells)):
            width = column.width - 2 * pad - (row.indent if i == 0 else 0)
            width *= BOLD_NARROWING if row.bold and i == 0 else 1.0
            cells.append([] if isinstance(cell, Bar) else wrap(str(cell), width, row.size, max_lines=12))
        height = max([len(c) for c in cells] + [1]) * line_height(row.size) + 2 * pad
        laid.append((row, cells, height))
    pages: list[list[tuple[Row, list[list[str]], float]]] = [[]]
    first_top = _content_top(intro)
    y = first_top + header_h
    for item in laid:
        if pages[-1] and y + item[2] > BOTTOM:
            pages.append([])
            y = TOP + header_h
        pages[-1].append(item)
        y += item[2]

    def page(number: int, items: list) -> Draw:
        def draw(fig: Figure) -> None:
            top = heading(fig, title if number == 0 else f"{title} ({number + 1})", intro if number == 0 else "")
            _table(fig, top, columns, items, header_h, pad)

        return draw

    return [page(n, items) for n, items in enumerate(pages)]


def _header_lines(column: Column, pad: float) -> list[str]:
    return wrap(column.header, (column.width - 2 * pad) * BOLD_NARROWING)


def _content_top(intro: str) -> float:
    if not intro:
        return TOP
    return 0.9 + len(wrap(intro, PAGE_W - 2 * MARGIN, 9)) * line_height(9) + 0.1


def _table(fig: Figure, top: float, columns: Sequence[Column], items: list, header_h: float, pad: float) -> None:
    total = sum(c.width for c in columns)
    box(fig, MARGIN, top, total, header_h, HEADER_BLUE)
    x = MARGIN
    for column in columns:
        for k, line in enumerate(_header_lines(column, pad)):
            right = column.align == "right"  # a header stands over its numbers
            at = x + column.width - pad if right else x + pad
            put(
                fig,
                at,
                top + pad + k * line_height(),
                line,
                color="white",
                fontweight="bold",
                ha="right" if right else "left",
            )
        x += column.width
    y = top + header_h
    for index, (row, cells, height) in enumerate(items):
        if row.fill or index % 2:
            box(fig, MARGIN, y, total, height, row.fill or "#F5F7FA")
        x = MARGIN
        for i, (column, lines) in enumerate(zip(columns, cells)):
            cell = row.cells[i]
            indent = row.indent if i == 0 else 0
            if isinstance(cell, Bar):
                _bar(fig, x + pad, y + pad, column.width - 2 * pad, cell)
            for k, line in enumerate(lines):
                style: dict[str, Any] = {"fontweight": "bold"} if row.bold and i == 0 else {}
                if column.align == "right":
                    fig.text(
                        (x + column.width - pad) / PAGE_W,
                        1 - (y + pad + k * line_height(row.size)) / PAGE_H,
                        line,
                        fontsize=row.size,
                        va="top",
                        ha="right",
                        color=PALETTE["text"],
                    )
                else:
                    put(fig, x + pad + indent, y + pad + k * line_height(row.size), line, row.size, **style)
            x += column.width
        y += height
    fig.add_artist(_rule(fig, MARGIN, y, total))


def _bar(fig: Figure, x: float, y: float, width: float, bar: Bar) -> None:
    bar_w = width * 0.3
    h = line_height() * 0.7
    if bar.fraction is not None:
        box(fig, x, y + 0.02, bar_w, h, "#E3E8EE")
        box(fig, x, y + 0.02, bar_w * max(0.0, min(1.0, bar.fraction)), h, bar.color)
    put(fig, x + bar_w + 0.06, y, bar.text)


def _rule(fig: Figure, x: float, y: float, w: float) -> Line2D:
    return Line2D(
        [x / PAGE_W, (x + w) / PAGE_W],
        [1 - y / PAGE_H, 1 - y / PAGE_H],
        transform=fig.transFigure,
        color=PALETTE["muted"],
        linewidth=0.6,
    )


def footer(fig: Figure, left: str, right: str) -> None:
    put(fig, MARGIN, PAGE_H - 0.42, left, 7.5, color="#7A8591")
    fig.text(1 - MARGIN / PAGE_W, 0.42 / PAGE_H, right, fontsize=7.5, ha="right", va="top", color="#7A8591")
