"""The `kpis --xlsx` workbook: the same tables as `kpis --json`, formatted for reading.

Sheets: KPIs (one row per period; figures the activity window does not cover are grey
and italic with a note saying why), Cohorts (a heatmap by conditional formatting), Import
(the import report and the column mapping). Text is always written as text, never as a
formula, whatever it starts with.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.comments import Comment
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.errors import PlannerError
from planner.export.tables import fit_to_page_width
from planner.metrics.coverage import judgeable_periods
from planner.metrics.periods import PERIOD_FIELDS

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
UNCOVERED_FONT = Font(italic=True, color="8A8A8A")
UNCOVERED_NOTE = (
    "Not judgeable: the activity window reaches back before the first sale in the data, so this figure "
    "is understated or distorted. Use a shorter window or more history."
)
HEADER_FONT = Font(bold=True, color="FFFFFF")
PERCENT_FIELDS = {"retention_rate", "churn_rate", "repeat_purchase_rate"}
MONEY_FIELDS = {"revenue", "aov"}


def _put(ws: Worksheet, row: int, column: int, value: object) -> Cell:
    cell = ws.cell(row=row, column=column)
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"  # "=1+1" typed by a user stays text
    return cell


def _header(ws: Worksheet, names: list[str]) -> None:
    for i, name in enumerate(names, start=1):
        cell = _put(ws, 1, i, name)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(horizontal="center", wrap_text=True)
        ws.column_dimensions[get_column_letter(i)].width = max(11, min(24, len(name) + 3))
    ws.freeze_panes = "B2"


def write_kpi_workbook(result: dict, path: Path) -> None:
    wb = Workbook()
    ws = wb.active
    ws.title = "KPIs"
    _header(ws, list(PERIOD_FIELDS))
    window = result.get("window_months")
    judged = judgeable_periods(result["periods"], int(window)) if isinstance(window, int) else []
    for r, period in enumerate(result["periods"], start=2):
        blank = judged[r - 2]["not_judgeable"] if judged else frozenset()
        for c, name in enumerate(PERIOD_FIELDS, start=1):
            cell = _put(ws, r, c, period[name])
            if name in blank and period[name] is not None:
                # the figure stays (the table is the engine's), but a reader sees it is not one to quote
                cell.font = UNCOVERED_FONT
                cell.comment = Comment(UNCOVERED_NOTE, "Retention Planner")
            if name in PERCENT_FIELDS:
                cell.number_format = "0.0"
            elif name in MONEY_FIELDS or name == "purchase_frequency":
                cell.number_format = "#,##0.00"
    if result["periods"]:
        ws.auto_filter.ref = f"A1:{get_column_letter(len(PERIOD_FIELDS))}{len(result['periods']) + 1}"

    cohorts = wb.create_sheet("Cohorts")
    width = max((len(c["retention"]) for c in result["cohorts"]), default=0)
    _header(cohorts, ["cohort", "size"] + [f"+{j}" for j in range(width)])
    for r, cohort in enumerate(result["cohorts"], start=2):
        _put(cohorts, r, 1, cohort["cohort"])
        _put(cohorts, r, 2, cohort["size"])
        for j, value in enumerate(cohort["retention"]):
            _put(cohorts, r, 3 + j, round(value, 2)).number_format = "0.0"
    if result["cohorts"] and width:
        area = f"C2:{get_column_letter(2 + width)}{len(result['cohorts']) + 1}"
        cohorts.conditional_formatting.add(
            area,
            ColorScaleRule(
                start_type="num", start_value=0, start_color="FFFFFF", end_type="num", end_value=100, end_color="2E75B6"
            ),
        )

    info = wb.create_sheet("Import")
    _header(info, ["item", "value"])
    info.column_dimensions["A"].width = 44  # "rows with missing customer (first rows)" whole
    info.column_dimensions["B"].width = 48
    row = 2
    entries = [
        ("source", result.get("source", "")),
        ("period", result.get("period", "")),
        ("window_months", result.get("window_months", "")),
    ]
    entries += [(k, v) for k, v in result["import_report"].items() if not isinstance(v, (dict, list))]
    entries += [
        (f"rows with {k.removeprefix('rows_').replace('_', ' ')} (first rows)", ", ".join(map(str, v)))
        for k, v in result["import_report"].get("examples", {}).items()
    ]
    entries += [(f"column for {field}", column) for field, column in result["mapping"].items()]
    entries += [(f"total {k}", v) for k, v in result["totals"].items()]
    for key, value in entries:
        _put(info, row, 1, key)
        _put(info, row, 2, value)
        row += 1
    for sheet in wb.worksheets:
        fit_to_page_width(sheet)
    try:
        wb.save(path)
    except OSError as exc:
        raise PlannerError(
            f"Cannot write {path}: {exc.strerror}.", hint="Choose another folder or close the file in Excel."
        ) from None
