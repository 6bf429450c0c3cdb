"""Writing a customer list (or any table) to .xlsx or .csv for mail merges and calls.

CSV is written the way Excel opens it without a dialog in the user's language: German
gets ';' and a decimal comma, English ',' and a decimal point, both UTF-8 with BOM.
In .xlsx, text is always text: a customer id like "=HYPERLINK(...)" is never a formula,
and dates are real date cells (sortable, filterable), shown in the app's date format.
In CSV, which has no types, text that a spreadsheet would run as a formula or DDE command
(starting with =, +, -, @, tab or carriage return) gets a leading apostrophe, as the OWASP
guidance on CSV injection advises; numbers stay numbers.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.errors import PlannerError

DATE_FORMATS = {"de": "DD.MM.YYYY", "en": "YYYY-MM-DD"}  # real date cells, shown the app's way


def write_table(
    frame: pd.DataFrame, path: Path, *, headers: list[str] | None = None, language: str = "en", sheet: str = "List"
) -> None:
    headers = headers or [str(c) for c in frame.columns]
    try:
        if path.suffix.lower() == ".csv":
            out = frame.copy()
            out.columns = [csv_safe(h) for h in headers]
            for column in out.columns:
                if out[column].dtype == object or pd.api.types.is_string_dtype(out[column]):
                    out[column] = out[column].map(lambda v: csv_safe(v) if isinstance(v, str) else v)
            german = language == "de"
            out.to_csv(
                path,
                index=False,
                sep=";" if german else ",",
                decimal="," if german else ".",
                date_format="%d.%m.%Y" if german else "%Y-%m-%d",
                encoding="utf-8-sig",
                lineterminator="\r\n",
            )  # RFC 4180: a CR in a value gets quoted
            return
        wb = Workbook()
        ws = wb.active
        ws.title = sheet[:31]
        for c, name in enumerate(headers, start=1):
            cell = ws.cell(row=1, column=c, value=name)
            cell.data_type = "s"
            cell.font = Font(bold=True)
            ws.column_dimensions[get_column_letter(c)].width = max(12, min(40, len(name) + 4))
        for r, row in enumerate(frame.itertuples(index=False), start=2):
            for c, raw in enumerate(row, start=1):
                if raw is None or (not isinstance(raw, str) and pd.isna(raw)):
                    continue
                value = raw
                if isinstance(raw, pd.Timestamp):
                    value = raw.to_pydatetime().date() if raw == raw.normalize() else raw.to_pydatetime()
                cell = ws.cell(row=r, column=c, value=value.item() if hasattr(value, "item") else value)
                if isinstance(value, str):
                    cell.data_type = "s"
                elif isinstance(cell.value, float):
                    cell.number_format = "#,##0.00"  # 77,183.60 (Excel shows the reader's separators)
                elif isinstance(value, (date, datetime)):
                    cell.number_format = DATE_FORMATS["de" if language == "de" else "en"]
        for c, column in enumerate(frame.columns, start=1):
            longest = frame[column].astype(str).str.len().max() if len(frame) else 0
            letter = get_column_letter(c)
            ws.column_dimensions[letter].width = max(ws.column_dimensions[letter].width, min(40, int(longest or 0) + 3))
        ws.freeze_panes = "A2"
        ws.auto_filter.ref = f"A1:{get_column_letter(len(headers))}{len(frame) + 1}"
        fit_to_page_width(ws)
        wb.save(path)
    except OSError as exc:
        raise PlannerError(
            f"Cannot write {path.name}: {exc.strerror}.",
            code="cannot_write",
            path=str(path),
            hint="Choose another folder, or close the file if it is open in Excel.",
        ) from None


def fit_to_page_width(ws: Worksheet) -> None:
    """Printed (or turned into PDF), a sheet runs down the pages at a readable size, the header
    row repeated on every page and, where it runs across pages too, its first column
    (planner.export.print_setup)."""
    from planner.export.print_setup import setup_print

    setup_print(ws, ws.max_column, repeat_columns=1)


FORMULA_LEADS = ("=", "+", "-", "@", "\t", "\r")


def csv_safe(text: str) -> str:
    """Text that no spreadsheet will run when it opens the CSV file."""
    return "'" + text if text.startswith(FORMULA_LEADS) else text
