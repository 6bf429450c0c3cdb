"""Finding a sheet's header row and naming its columns, the same way for workbooks and text
files: both readers and the sheet chooser build on this module, so none of them reaches
into another for its helpers.

Wide sheets (5,003 columns, issue 29) made every cell-by-cell pass here count: each text is
judged once per call, however many cells repeat it.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable

import pandas as pd

HEADER_SCAN_ROWS = 40

_HEADER_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]")
_VALUE = re.compile(r"[-+]?[\d.,\s€$£%]+|\d{1,4}[-./]\d{1,2}[-./]\d{1,4}.*")


def looks_like_value(text: str) -> bool:
    """A number, an amount or a date: what a data cell holds and a header does not."""
    return _VALUE.fullmatch(text) is not None


def detect_header_row(head: pd.DataFrame) -> int:
    """Index (0-based) of the header row among the first rows of a sheet.

    Reports often start with a title, a date or blank rows. The header is the row with the
    most cells that name a known field; failing that, the first row whose cells are all
    text and which is as wide as the widest row in the sample.
    """
    from planner.sales.mapping import field_for_header

    best, best_score = 0, -1
    width = int(head.notna().sum(axis=1).max()) if not head.empty else 0
    # one conversion of the few rows looked at; pandas' row tuples over thousands of
    # Arrow columns cost seconds
    cells_by_row: list[list[object]] = head.to_numpy(dtype=object).tolist() if head.shape[1] else [[]] * len(head)
    known_of = _once(lambda c: field_for_header(c) is not None)
    texty_of = _once(lambda c: _HEADER_WORD.search(c) is not None and not looks_like_value(c))
    for i, row in enumerate(cells_by_row):
        cells = filled_cells(row)
        if not cells:
            continue
        known = sum(map(known_of, cells))
        texty = sum(map(texty_of, cells))
        score = known * 100 + (texty if texty == len(cells) else 0) * (1 if len(cells) >= max(2, width // 2) else 0)
        if score > best_score:
            best, best_score = i, score
    return best


def filled_cells(row: Iterable[object]) -> list[str]:
    """The row's cells as stripped texts, blanks and missing values left out."""
    out = []
    for v in row:
        if v is None:
            continue
        raw = str(v)
        text = raw.strip()
        if text and raw != "nan":
            out.append(text)
    return out


def _once(judge: Callable[[str], bool]) -> Callable[[str], bool]:
    """`judge` remembered per text: a sheet repeats the same few values in thousands of cells."""
    seen: dict[str, bool] = {}

    def judged(text: str) -> bool:
        verdict = seen.get(text)
        if verdict is None:
            verdict = seen[text] = judge(text)
        return verdict

    return judged


def unique_names(raw: list[object]) -> list[str]:
    """Column names from header cells: blanks become "Column N", repeats get " (2)", " (3)" …"""
    names: list[str] = []
    taken: set[str] = set()
    for i, value in enumerate(raw):
        empty = value is None or (isinstance(value, float) and math.isnan(value)) or not str(value).strip()
        name = f"Column {i + 1}" if empty else str(value).strip()
        base, n = name, 2
        while name in taken:
            name = f"{base} ({n})"
            n += 1
        names.append(name)
        taken.add(name)
    return names


def drop_trailing_empty(frame: pd.DataFrame) -> pd.DataFrame:
    """The table without the blank rows below its last filled one (a sheet's formatted tail)."""
    if frame.empty:
        return frame
    filled = frame.notna().any(axis=1).to_numpy()
    last = len(filled) - 1 - filled[::-1].argmax() if filled.any() else -1
    return frame.iloc[: last + 1]


def short_reason(exc: Exception) -> str:
    """A parser's exception as one short line for a message to the user."""
    text = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    return text[:160]
