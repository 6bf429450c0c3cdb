"""The raw table every reader returns (a sheet as read, before cleaning), and the progress
callback they report through. Its own module so the workbook reader, the text reader and the
huge-sheet reader share it without importing each other."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import pandas as pd

from planner.sales.text_codes import CodesAhead
from planner.sales.xlsx_columns import RowFacts

Progress = Callable[[float, str], None]


def no_progress(_fraction: float, _text: str) -> None:
    pass


@dataclass
class RawTable:
    """A sheet as read: header names, values (pandas), and where it came from.

    `first_row` is the 1-based spreadsheet row number of the first data row, so that
    report messages can point at real row numbers. `typed` re-reads one column with a
    fixed type (None when not applicable, e.g. CSV, where everything is text).
    """

    source: str
    sheet: str
    frame: pd.DataFrame
    header_row: int  # 1-based row number of the header
    first_row: int
    decimal_comma: bool = False  # a hint for ambiguous numbers such as "1,500" (CSV with ';')
    typed: Callable[[str, str], pd.Series | None] = field(default=lambda _c, _t: None, repr=False)
    # set when only some columns were read (a huge sheet): the report's whole-row counts
    row_facts: RowFacts | None = None
    first_column: int = 0  # 0-based sheet column of the frame's first column (huge-sheet heads)
    separator: str = ""  # text files: the separator used ("\t", ";", " " = runs of spaces …)
    # text files: the columns being factorized in a thread since they were read
    codes_ahead: CodesAhead | None = field(default=None, repr=False, compare=False)

    @property
    def columns(self) -> list[str]:
        return [str(c) for c in self.frame.columns]
