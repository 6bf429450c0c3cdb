"""The workbook's At-risk sheet: above the list, which churn model was chosen and why, how
many customers the list holds and their value at risk a year with its 90 % interval; then the
win-back list with each customer's P(alive) and CLV with its 90 % interval (the Win-back
section's list). Without a fit, why there is none, and the recency rule's list."""

from __future__ import annotations

from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from planner.export import plan_texts as tx
from planner.export.churn_lines import WORDS, ChurnLine, churn_lines, model_list
from planner.export.plan_sheet import GREY, PlanContent, PlanSheet, text_lines

RISK_COLUMNS = (
    "customer_id",
    "segment",
    "value_at_risk",
    "last_purchase",
    "days_since",
    "usual_interval",
    "purchases",
    "revenue",
)
MODEL_COLUMNS = (
    "customer_id",
    "p_alive_pct",
    "value_at_risk",
    "clv",
    "clv_lo",
    "clv_hi",
    "last_purchase",
    "days_since",
    "usual_interval",
    "purchases",
    "revenue",
)
KINDS = {
    "p_alive_pct": "pct",
    "value_at_risk": "money",
    "clv": "money",
    "clv_lo": "money",
    "clv_hi": "money",
    "usual_interval": "float1",
    "revenue": "money",
}
NAMES = {
    **tx.HEADERS,
    "p_alive_pct": WORDS["p_alive"],
    "clv": WORDS["clv"],
    "clv_lo": WORDS["clv_lo"],
    "clv_hi": WORDS["clv_hi"],
    "customer_id": tx.HEADERS["customer"],
}
LINE_PT = 15


def at_risk_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "at_risk", content)
    lang = content.language
    frame = model_list(content.prediction)
    columns = MODEL_COLUMNS if frame is not None else RISK_COLUMNS
    if frame is None:
        frame = content.at_risk if content.at_risk is not None else pd.DataFrame(columns=list(RISK_COLUMNS))
        frame = frame.sort_values("value_at_risk", ascending=False) if len(frame) else frame
    lines = churn_lines(content.prediction, lang)
    header_row = len(lines) + 2 if lines else 1
    sheet.header(["customer", *columns[1:]], row=header_row, names=NAMES)
    first = header_row + 1
    for r, row in enumerate(frame[list(columns)].itertuples(index=False), start=first):
        values: dict[str, Any] = dict(zip(columns, row, strict=True))
        for c, key in enumerate(columns, start=1):
            value = values[key]
            if key == "customer_id":
                value = str(value)
            elif key == "segment" and isinstance(value, str):
                value = tx.pick(tx.SEGMENTS.get(value, (value, value)), lang)
            sheet.put(r, c, value, KINDS.get(key, ""))
    sheet.finish(len(columns), len(frame), header_row=header_row, hidden_id=False)
    heights = {r: _summary(sheet, r, line, len(columns)) for r, line in enumerate(lines, start=1)}
    for r, n in heights.items():
        sheet.ws.row_dimensions[r].height = LINE_PT * max(1, n)
    sheet.ws.print_title_rows = f"{header_row}:{header_row}"  # the summary once, the header on every page


def _summary(sheet: PlanSheet, r: int, line: ChurnLine, columns: int) -> int:
    """A line above the list: its name over the first two columns, the value, the interval
    and a note across the rest."""
    ws = sheet.ws

    def span(first: int, last: int) -> float:  # the widths the columns were given (put() widens its own)
        return sum(ws.column_dimensions[get_column_letter(c)].width or 10 for c in range(first, last + 1))

    def merge(first: int, last: int) -> None:
        if last > first:
            ws.merge_cells(start_row=r, start_column=first, end_row=r, end_column=last)

    cell = ws.cell(row=r, column=1, value=line.label or None)
    cell.font = Font(name="Calibri", bold=True)
    cell.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
    merge(1, 2)
    heights = [text_lines(line.label, span(1, 2))]
    kind = {"money": "money", "count": "whole"}.get(line.kind, "")
    if line.kind == "text" and not line.note:
        text = sheet.put(r, 3, str(line.value))
        text.alignment = Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
        merge(3, columns)
        return max([*heights, text_lines(str(line.value), span(3, columns))])
    value = sheet.put(r, 3, line.value, kind)
    if kind == "money":
        value.number_format = f'#,##0 "{sheet.content.settings.currency}"'
    note_at = 4
    if line.ci is not None:
        for c, bound in ((4, line.ci[0]), (5, line.ci[1])):
            cell = sheet.put(r, c, bound, kind)
            cell.number_format = value.number_format
        note_at = 6
    if line.note:
        note = sheet.put(r, note_at, line.note)
        note.font, note.alignment = GREY, Alignment(horizontal="left", wrap_text=True, vertical="top", indent=1)
        merge(note_at, columns)
        heights.append(text_lines(line.note, span(note_at, columns)))
    return max(heights)
