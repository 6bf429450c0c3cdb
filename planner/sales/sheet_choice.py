"""Which sheet of a workbook holds the sales table, when the user names none.

Shop exports and hand-made workbooks often open with an "Info" or "Hinweise" sheet; the
sales rows are on another one. The sales sheet is the one with the most data rows among the
sheets whose first rows give a customer and a date column (DESIGN section 5); when no sheet
does, the one with the most rows.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd

from planner.sales.mapping import guess_fields
from planner.sales.reader import (
    CSV_SUFFIXES,
    HEADER_SCAN_ROWS,
    SheetInfo,
    detect_header_row,
    excel_reader,
    list_sheets,
    unique_names,
)
from planner.sales.xlsx_columns import is_big

HEAD_ROWS = 300  # rows below the header looked at per sheet


def sales_sheet(path: str | Path, sheets: list[SheetInfo] | None = None) -> str | None:
    """The name of the sheet holding the sales table; None for a text file (one 'sheet')."""
    path = Path(path)
    if path.suffix.lower() in CSV_SUFFIXES:
        return None
    sheets = sheets if sheets is not None else list_sheets(path)
    filled = sorted((s for s in sheets if s.data_rows > 0), key=lambda s: -s.data_rows)
    if not filled:
        return sheets[0].name if sheets else None
    if len(filled) == 1:
        return filled[0].name
    reader = excel_reader(path)
    for info in filled:
        if _has_customer_and_date(path, reader, info.name):
            return info.name
    return filled[0].name


def _has_customer_and_date(path: Path, reader: object, sheet: str) -> bool:
    index = reader.sheet_names.index(sheet)  # type: ignore[attr-defined]
    if is_big(path, index):
        return True  # a sheet of hundreds of MB is the data, not an info sheet
    try:
        raw = reader.load_sheet(  # type: ignore[attr-defined]
            sheet, header_row=None, n_rows=HEADER_SCAN_ROWS + HEAD_ROWS, schema_sample_rows=None
        ).to_pandas()
    except Exception:  # an unreadable sheet is not the sales sheet
        return False
    if raw.empty:
        return False
    head = raw.astype(object).where(raw.notna(), None)
    header = detect_header_row(head.head(HEADER_SCAN_ROWS))
    body = raw.iloc[header + 1 :].reset_index(drop=True)
    body.columns = unique_names(list(head.iloc[header]))
    body = body.dropna(how="all")
    if body.empty:
        return False
    guesses = guess_fields(pd.DataFrame(body))
    return "customer_id" in guesses and "date" in guesses
