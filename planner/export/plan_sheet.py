"""The shared part of the plan workbook: what is read from the project (`PlanContent`) and
one formatted sheet (`PlanSheet`: typed cells, widths, row heights, print setup). User text is
always a string cell, whatever it starts with (see planner.export.plan_workbook)."""

from __future__ import annotations

from collections.abc import Sequence
from copy import copy
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from planner.effect.evaluate import Evaluation
from planner.export import plan_texts as tx
from planner.export.print_setup import setup_print
from planner.export.tables import DATE_FORMATS
from planner.goals.smart import Progress
from planner.model import CheckIn, Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.predict.goal_value import GoalValue
from planner.predict.pipeline import Prediction

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
FONT_NAME = "Calibri"  # the workbook's own typeface (openpyxl's default style)
HEADER_FONT = Font(name=FONT_NAME, bold=True, color="FFFFFF")
GOAL_FILL = PatternFill("solid", fgColor="DDEBF7")
GREY = Font(name=FONT_NAME, italic=True, color="8A8A8A")
PERCENT_KPIS = {"retention_rate", "churn_rate", "repeat_purchase_rate"}
MONEY_KPIS = {"revenue", "aov"}
PLAN_MARK = "retention-planner plan workbook"  # in the hidden Lists sheet: this is a plan export
# the column a row is known by, repeated on every printed page of a sheet that runs across pages
KEY_COLUMNS = {
    "goals": "title",
    "measures": "title",
    "journey": "touchpoint",
    "personas": "name",
    "effect": "title",
    "at_risk": "customer",
    "kpis": "period",
    "cohorts": "size",
}


@dataclass
class PlanContent:
    """Everything the workbook shows, read from the project on the store's thread."""

    language: str
    settings: ProjectSettings
    team: list[TeamMember]
    personas: list[Persona]
    stages: list[Stage]
    touchpoints: list[Touchpoint]
    goals: list[Goal]
    measures: list[Measure]
    progress: dict[int, Progress]
    periods: list[dict] = field(default_factory=list)
    cohorts: list[dict] = field(default_factory=list)
    at_risk: pd.DataFrame | None = None
    evaluations: dict[int, Evaluation] = field(default_factory=dict)
    values: dict[int, GoalValue] = field(default_factory=dict)  # what a goal is worth a year
    exported: date = field(default_factory=date.today)
    checkins: list[CheckIn] = field(default_factory=list)  # the goals' values entered by hand
    prediction: Prediction | None = None  # the churn model and its win-back list (planner.predict)
    history: dict[int, list] = field(default_factory=dict)  # each measure's earlier judgements, oldest first
    ideas: list = field(default_factory=list)  # the ideas board's notes (planner.ideas.export.IdeaRow), board order


def goal_number_kind(goal: Goal) -> str:
    """How a goal's baseline and target are shown: counts whole, money in the currency, shares
    and scores with one decimal, a manual KPI as typed (Excel's General)."""
    kind = tx.METRIC_KINDS.get(goal.metric, "")
    return {"count": "whole", "money": "money", "ratio": "ratio", "percent": "float1", "score": "float1"}.get(kind, "")


def day_cell(text: str) -> date | str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


class PlanSheet:
    """One formatted table: header row, typed cells, widths, print setup."""

    def __init__(self, wb: Workbook, key: str, content: PlanContent, *, first: bool = False) -> None:
        self.content = content
        self.lang = content.language
        self.ws: Worksheet = wb.active if first else wb.create_sheet()
        self.ws.title = tx.pick(tx.SHEETS[key], self.lang)[:31]
        self.widths: dict[int, int] = {}
        self.key = key
        self.keys: list[str] = []  # the header's column keys
        self.money = f'#,##0.00 "{content.settings.currency}"'

    def put(self, row: int, column: int, value: object, kind: str = "") -> Cell:
        cell = self.ws.cell(row=row, column=column)
        if value is None or (isinstance(value, float) and pd.isna(value)):
            return cell
        if isinstance(value, pd.Timestamp):
            value = value.date()
        if hasattr(value, "item"):
            value = value.item()  # numpy scalars
        if kind == "pct" and isinstance(value, (int, float)):
            cell.value = float(value) / 100
            cell.number_format = "0.0%"
        else:
            cell.value = value
        if isinstance(value, str):
            cell.data_type = "s"  # user text stays text, whatever it starts with
            # a step in from the left: text after a right-aligned number would touch it
            cell.alignment = Alignment(
                horizontal="left", wrap_text=len(value) > 30 or "\n" in value, vertical="top", indent=1
            )
        else:
            cell.alignment = Alignment(vertical="top")
        if kind == "money" and not isinstance(value, str):
            cell.number_format = self.money
        elif isinstance(value, date):
            cell.number_format = DATE_FORMATS["de" if self.lang == "de" else "en"]
        elif kind == "float1":
            cell.number_format = "0.0"
        elif kind == "whole":
            cell.number_format = "#,##0"
        elif kind == "ratio":
            cell.number_format = "0.00"
        if isinstance(value, date):
            width = 12
        elif kind == "money" and isinstance(value, (int, float)):
            width = len(f"{value:,.2f}") + len(self.content.settings.currency) + 3
        else:
            width = max((len(line) for line in str(value).splitlines()), default=0) + (
                4 if isinstance(value, str) else 2
            )
        self.widths[column] = max(self.widths.get(column, 0), min(width, 50))
        return cell

    def note(self, row: int, text: str) -> None:
        """A grey paragraph of explanation under a table, as wide as the table: merged across its
        columns and wrapped, so that it prints on the table's pages (text running on into empty
        cells would add pages of its own)."""
        width = self.widths.get(1, 10)
        cell = self.put(row, 1, text)
        cell.font = GREY
        self.widths[1] = width
        last = max(self.widths, default=1)
        cell.alignment = Alignment(wrap_text=True, vertical="top")
        if last > 1:
            self.ws.merge_cells(start_row=row, start_column=1, end_row=row, end_column=last)
        room = sum(max(8, self.widths.get(c, 10)) for c in range(1, last + 1))
        lines = -(-len(text) * 11 // 10 // max(10, room))
        self.ws.row_dimensions[row].height = 15 * max(1, lines)

    def header(self, keys: Sequence[str], row: int = 1, names: dict | None = None) -> None:
        self.keys = list(keys)
        for c, key in enumerate(keys, start=1):
            cell = self.put(row, c, tx.pick((names or tx.HEADERS)[key], self.lang))
            cell.fill, cell.font = HEADER_FILL, HEADER_FONT
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self.widths[c] = _header_width(str(cell.value))
        self.ws.row_dimensions[row].height = 30  # room for a header in two lines

    def finish(self, columns: int, rows: int, *, header_row: int = 1, hidden_id: bool = True) -> None:
        ws = self.ws
        for c in range(1, columns + 1):
            ws.column_dimensions[get_column_letter(c)].width = max(8, self.widths.get(c, 10))
        if hidden_id:
            ws.column_dimensions["A"].hidden = True
        self._fit_rows(header_row + 1, header_row + rows)
        ws.freeze_panes = ws.cell(row=header_row + 1, column=2 if hidden_id else 1)
        if rows:
            ws.auto_filter.ref = f"A{header_row}:{get_column_letter(columns)}{header_row + rows}"
        _name_fonts(ws)
        key = KEY_COLUMNS.get(self.key, "")
        setup_print(
            ws, columns, header_rows=header_row, repeat_columns=self.keys.index(key) + 1 if key in self.keys else 0
        )
        ws.print_options.gridLines = False
        name = self.content.settings.name or tx.pick(tx.OVERVIEW["title"], self.lang)
        ws.oddHeader.left.text = _header_text(name)
        ws.oddHeader.right.text = _header_text(self.content.settings.company)
        ws.oddFooter.left.text = "&A"
        ws.oddFooter.center.text = tx.pick(tx.OVERVIEW["page"], self.lang)
        ws.oddFooter.right.text = self.content.exported.isoformat()

    def _fit_rows(self, first: int, last: int) -> None:
        """Rows as tall as their wrapped text: spreadsheet programs do not grow a row for text
        written by a program, so the lines would run into the next row."""
        for r in range(first, last + 1):
            lines = 1
            for cell in self.ws[r]:
                if isinstance(cell.value, str) and cell.alignment.wrap_text:
                    width = max(4, self.widths.get(cell.column, 10) - 1)
                    lines = max(lines, sum(-(-max(1, len(part)) // width) for part in cell.value.split("\n")))
            if lines > 1:
                self.ws.row_dimensions[r].height = 14 * min(lines, 12)


def text_lines(text: str, width: float) -> int:
    """Lines a wrapped text takes in a cell `width` characters wide (with some to spare:
    words do not break where the characters run out)."""
    room = max(4, int(width) - 2)
    return sum(max(1, -(-len(part) // room)) for part in str(text).split("\n"))


def _header_width(text: str) -> int:
    """A header's column: wide enough for the header in two lines (its longest word whole)."""
    longest = max((len(word) for word in text.split()), default=0)
    return max(10, min(22, max(longest + 2, -(-len(text) // 2) + 3)))


def _name_fonts(ws: Worksheet) -> None:
    """Give every font the workbook's typeface by name: a font set only bold or grey has none,
    and LibreOffice then prints that cell in a serif face of its own."""
    for row in ws.iter_rows():
        for cell in row:
            if cell.has_style and cell.font is not None and not cell.font.name:
                font = copy(cell.font)
                font.name = FONT_NAME
                cell.font = font


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a header code in Excel


def owner_names(content: PlanContent) -> dict[int, str]:
    return {m.id: m.name for m in content.team}
