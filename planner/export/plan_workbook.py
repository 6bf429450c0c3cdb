"""The plan as an Excel workbook for teams that work in Excel (DESIGN section 10).

`collect_plan` reads everything from the project (on the thread that owns the store);
`write_plan_workbook` only formats it, so the window can write in the background. Sheets in
the plan's language: Overview, Goals (each goal, then its measures), Measures, Journey,
Personas, KPIs (with a native line chart), Cohorts (heatmap), At risk, Effectiveness.

Every cell has its type: numbers are numbers, percentages are fractions shown as %, money
has the plan's currency, dates are date cells. Text the user typed is always text: a title
starting with "=", "+", "-" or "@" is written as a string cell, never as a formula (the
cell's data type is set after the value, which is what openpyxl writes). Column A of the
record sheets is a hidden id, so an edited workbook can come back into the plan; the hidden
sheet "Lists" holds the drop-down choices for status and owner.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell.cell import Cell
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planner.effect.evaluate import Evaluation
from planner.errors import PlannerError
from planner.export import plan_texts as tx
from planner.export.tables import DATE_FORMATS
from planner.goals import goal_table as g
from planner.goals.smart import Progress
from planner.metrics.coverage import judgeable_periods
from planner.model import Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

HEADER_FILL = PatternFill("solid", fgColor="1F4E79")
HEADER_FONT = Font(bold=True, color="FFFFFF")
GOAL_FILL = PatternFill("solid", fgColor="DDEBF7")
GREY = Font(italic=True, color="8A8A8A")
PERCENT_KPIS = {"retention_rate", "churn_rate", "repeat_purchase_rate"}
MONEY_KPIS = {"revenue", "aov"}
PLAN_MARK = "retention-planner plan workbook"  # in the hidden Lists sheet: this is a plan export


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
    exported: date = field(default_factory=date.today)


def collect_plan(
    store: ProjectStore,
    language: str,
    *,
    periods: list[dict] | None = None,
    cohorts: list[dict] | None = None,
    at_risk: pd.DataFrame | None = None,
    evaluations: dict[int, Evaluation] | None = None,
    today: date | None = None,
) -> PlanContent:
    from planner.journey import stages, team, touchpoints

    day = today or date.today()
    settings = store.settings()
    judged = judgeable_periods(periods, settings.activity_window_months) if periods else []
    goals = g.goals(store)
    return PlanContent(
        language=language,
        settings=settings,
        team=team(store),
        personas=store.personas(),
        stages=stages(store),
        touchpoints=touchpoints(store),
        goals=goals,
        measures=g.measures(store),
        progress={goal.id: g.progress_of(store, goal, judged, day) for goal in goals},
        periods=list(periods or []),
        cohorts=list(cohorts or []),
        at_risk=at_risk,
        evaluations=dict(evaluations or {}),
        exported=day,
    )


def _day(text: str) -> date | str | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return text


class _Sheet:
    """One formatted table: header row, typed cells, widths, print setup."""

    def __init__(self, wb: Workbook, key: str, content: PlanContent, *, first: bool = False) -> None:
        self.content = content
        self.lang = content.language
        self.ws: Worksheet = wb.active if first else wb.create_sheet()
        self.ws.title = tx.pick(tx.SHEETS[key], self.lang)[:31]
        self.widths: dict[int, int] = {}
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
            cell.alignment = Alignment(wrap_text=len(value) > 30 or "\n" in value, vertical="top")
        else:
            cell.alignment = Alignment(vertical="top")
        if kind == "money" and not isinstance(value, str):
            cell.number_format = self.money
        elif isinstance(value, date):
            cell.number_format = DATE_FORMATS["de" if self.lang == "de" else "en"]
        elif kind == "float1":
            cell.number_format = "0.0"
        if isinstance(value, date):
            width = 12
        elif kind == "money" and isinstance(value, (int, float)):
            width = len(f"{value:,.2f}") + len(self.content.settings.currency) + 3
        else:
            width = max((len(line) for line in str(value).splitlines()), default=0) + 2
        self.widths[column] = max(self.widths.get(column, 0), min(width, 50))
        return cell

    def note(self, row: int, text: str) -> None:
        """A grey line of explanation under a table, running across the columns beside it."""
        width = self.widths.get(1, 10)
        cell = self.put(row, 1, text)
        cell.font = GREY
        cell.alignment = Alignment(wrap_text=False)
        self.widths[1] = width  # the note runs over the empty cells beside it

    def header(self, keys: Sequence[str], row: int = 1, names: dict | None = None) -> None:
        for c, key in enumerate(keys, start=1):
            cell = self.put(row, c, tx.pick((names or tx.HEADERS)[key], self.lang))
            cell.fill, cell.font = HEADER_FILL, HEADER_FONT
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
            self.widths[c] = max(10, min(len(str(cell.value)) + 2, 22))
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
        ws.print_title_rows = f"{header_row}:{header_row}"
        ws.page_setup.orientation = "landscape"
        ws.page_setup.paperSize = ws.PAPERSIZE_A4
        ws.page_setup.fitToWidth = 1
        ws.page_setup.fitToHeight = 0
        ws.sheet_properties.pageSetUpPr.fitToPage = True
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


def _header_text(text: str) -> str:
    return text.replace("&", "&&")  # "&" starts a header code in Excel


def _owner_names(content: PlanContent) -> dict[int, str]:
    return {m.id: m.name for m in content.team}


def write_plan_workbook(
    content: PlanContent, path: Path, *, progress: Callable[[float, str], None] = lambda _f, _t: None
) -> None:
    wb = Workbook()
    steps: list[tuple[str, Callable[[Workbook, PlanContent], None]]] = [
        ("overview", _overview),
        ("goals", _goals),
        ("measures", _measures),
        ("journey", _journey),
        ("personas", _personas),
        ("kpis", _kpis),
        ("cohorts", _cohorts),
        ("at_risk", _at_risk),
        ("effect", _effect),
        ("lists", _lists),
    ]
    for i, (name, step) in enumerate(steps):
        progress(i / len(steps), name)
        step(wb, content)
    progress(1.0, "saving")
    try:
        wb.save(path)
    except OSError as exc:
        raise PlannerError(
            f"Cannot write {path.name}: {exc.strerror or exc}.",
            hint="Close the file if it is open in Excel, or choose another folder.",
        ) from None


def _overview(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "overview", content, first=True)
    ws, lang, s = sheet.ws, content.language, content.settings
    title = sheet.put(1, 1, s.name or tx.pick(tx.OVERVIEW["title"], lang))
    title.font = Font(bold=True, size=16, color="1F4E79")
    rows: list[tuple[str, object, str]] = [
        (tx.pick(tx.OVERVIEW["company"], lang), s.company, ""),
        (tx.pick(tx.OVERVIEW["exported"], lang), content.exported, ""),
        (tx.pick(tx.OVERVIEW["currency"], lang), s.currency, ""),
        (tx.pick(tx.OVERVIEW["period"], lang), tx.pick(tx.PERIODS[s.period.value], lang), ""),
        (tx.pick(tx.OVERVIEW["window"], lang), s.activity_window_months, ""),
        (tx.pick(tx.OVERVIEW["margin"], lang), s.gross_margin_pct, "pct"),
    ]
    r = 3
    for label, value, kind in rows:
        sheet.put(r, 1, label).font = Font(bold=True)
        sheet.put(r, 2, value, kind)
        r += 1
    r += 1
    sheet.put(r, 1, tx.pick(tx.OVERVIEW["counts"], lang)).font = Font(bold=True, size=12)
    r += 1
    for key, count in (
        ("personas", len(content.personas)),
        ("touchpoints", len(content.touchpoints)),
        ("goals", len(content.goals)),
        ("measures", len(content.measures)),
    ):
        sheet.put(r, 1, tx.pick(tx.HEADERS[key], lang))
        sheet.put(r, 2, count)
        r += 1
    r += 1
    latest = next((p for p in reversed(content.periods) if not p.get("partial")), None)
    sheet.put(r, 1, tx.pick(tx.OVERVIEW["latest"], lang)).font = Font(bold=True, size=12)
    r += 1
    if latest is None:
        sheet.put(r, 1, tx.pick(tx.OVERVIEW["no_sales"], lang))
        r += 1
    else:
        sheet.put(r, 1, tx.pick(tx.PERIOD_HEADERS["period"], lang))
        sheet.put(r, 2, str(latest["period"]))
        r += 1
        for key in ("customers_end", "retention_rate", "churn_rate", "repeat_purchase_rate", "revenue", "aov"):
            sheet.put(r, 1, tx.pick(tx.PERIOD_HEADERS[key], lang))
            kind = "pct" if key in PERCENT_KPIS else "money" if key in MONEY_KPIS else ""
            sheet.put(r, 2, latest.get(key), kind)
            r += 1
    r += 1
    reached = [goal.title for goal in content.goals if content.progress[goal.id].status == "achieved"]
    behind = [
        goal.title
        for goal in content.goals
        if content.progress[goal.id].status == "off_track" and goal.status in ("draft", "active")
    ]
    for key, titles in (("goals_reached", reached), ("goals_off_track", behind)):
        sheet.put(r, 1, tx.pick(tx.OVERVIEW[key], lang)).font = Font(bold=True)
        sheet.put(r, 2, ", ".join(titles) or "–")
        r += 1
    r += 1
    sheet.note(r, tx.pick(tx.OVERVIEW["id_note"], lang))
    sheet.widths[1], sheet.widths[2] = 34, 60
    sheet.finish(2, 0, header_row=1, hidden_id=False)
    ws.freeze_panes = None
    ws.print_title_rows = None


GOAL_COLUMNS = (
    "id",
    "kind",
    "title",
    "metric",
    "baseline",
    "target",
    "deadline",
    "owner",
    "progress",
    "progress_status",
    "status",
    "start",
    "end",
    "cost",
    "verdict",
)


def _goals(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "goals", content)
    lang, owners = content.language, _owner_names(content)
    sheet.header(GOAL_COLUMNS)
    r = 2
    for goal in content.goals:
        p = content.progress[goal.id]
        cells: list[tuple[object, str]] = [
            (f"g{goal.id}", ""),
            (tx.pick(tx.KINDS["goal"], lang), ""),
            (goal.title, ""),
            (tx.pick(tx.METRICS.get(goal.metric, (goal.metric, goal.metric)), lang), ""),
            (goal.baseline_value, "float1"),
            (goal.target_value, "float1"),
            (_day(goal.deadline), ""),
            (owners.get(goal.owner_id or 0, ""), ""),
            (None if p.fraction is None else p.fraction * 100, "pct"),
            (tx.pick(tx.PROGRESS_STATUS[p.status], lang), ""),
            (tx.pick(tx.GOAL_STATUS.get(goal.status, (goal.status, goal.status)), lang), ""),
            (_day(goal.baseline_date), ""),
            (None, ""),
            (None, ""),
            (None, ""),
        ]
        for c, (value, kind) in enumerate(cells, start=1):
            sheet.put(r, c, value, kind).fill = GOAL_FILL
        sheet.ws.cell(row=r, column=3).font = Font(bold=True)
        r += 1
        for m in (m for m in content.measures if goal.id in m.goal_ids):
            _measure_row(sheet, r, m, owners)
            r += 1
    sheet.finish(len(GOAL_COLUMNS), r - 2)
    _validate(sheet, "owner", len(GOAL_COLUMNS), r - 1, GOAL_COLUMNS)


def _measure_row(sheet: _Sheet, r: int, m: Measure, owners: dict[int, str]) -> None:
    lang = sheet.lang
    evaluation = sheet.content.evaluations.get(m.id)
    verdict = "" if evaluation is None else tx.pick(VERDICTS[evaluation.verdict], lang)
    cells: list[tuple[object, str]] = [
        (f"m{m.id}", ""),
        (tx.pick(tx.KINDS["measure"], lang), ""),
        (m.title, ""),
        (None, ""),
        (None, ""),
        (None, ""),
        (None, ""),
        (owners.get(m.owner_id or 0, ""), ""),
        (None, ""),
        (None, ""),
        (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
        (_day(m.start), ""),
        (_day(m.end), ""),
        (m.cost, "money"),
        (verdict, ""),
    ]
    for c, (value, kind) in enumerate(cells, start=1):
        sheet.put(r, c, value, kind)


VERDICTS = {
    "works": ("works", "wirkt"),
    "harmful": ("harmful", "schadet"),
    "no_clear_effect": ("no clear effect", "keine klare Wirkung"),
    "not_enough_data": ("not enough data", "zu wenig Daten"),
}

MEASURE_COLUMNS = (
    "id",
    "title",
    "description",
    "goals",
    "owner",
    "touchpoints",
    "bond_type",
    "cost",
    "effort",
    "impact",
    "start",
    "end",
    "status",
    "participants",
    "verdict",
    "decision",
    "note",
)


def _measures(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "measures", content)
    lang, owners = content.language, _owner_names(content)
    goal_titles = {goal.id: goal.title for goal in content.goals}
    tp_names = {tp.id: tp.name for tp in content.touchpoints}
    sheet.header(MEASURE_COLUMNS)
    for r, m in enumerate(content.measures, start=2):
        evaluation = content.evaluations.get(m.id)
        lines = [line for line in m.participants.splitlines() if line.strip()]
        participants = m.participants if len(lines) <= 1 else f"{len(lines)} ({tx.pick(tx.HEADERS['customer'], lang)})"
        values: list[tuple[object, str]] = [
            (m.id, ""),
            (m.title, ""),
            (m.description, ""),
            ("; ".join(goal_titles[i] for i in m.goal_ids if i in goal_titles), ""),
            (owners.get(m.owner_id or 0, ""), ""),
            ("; ".join(tp_names[i] for i in m.touchpoints if i in tp_names), ""),
            (tx.pick(tx.BOND_TYPES.get(m.bond_type, (m.bond_type, m.bond_type)), lang), ""),
            (m.cost, "money"),
            (m.effort, ""),
            (m.impact, ""),
            (_day(m.start), ""),
            (_day(m.end), ""),
            (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
            (participants, ""),
            ("" if evaluation is None else tx.pick(VERDICTS[evaluation.verdict], lang), ""),
            ("" if not m.decision else tx.pick(tx.DECISIONS[m.decision], lang), ""),
            (m.evaluation_note, ""),
        ]
        for c, (value, kind) in enumerate(values, start=1):
            sheet.put(r, c, value, kind)
    for c, cap in ((3, 40), (4, 26), (6, 30), (17, 40)):
        sheet.widths[c] = min(sheet.widths.get(c, 10), cap)
    sheet.finish(len(MEASURE_COLUMNS), len(content.measures))
    _validate(sheet, "owner", len(MEASURE_COLUMNS), len(content.measures) + 1, MEASURE_COLUMNS)
    _validate(sheet, "measure_status", len(MEASURE_COLUMNS), len(content.measures) + 1, MEASURE_COLUMNS)


JOURNEY_COLUMNS = (
    "id",
    "stage",
    "channel",
    "touchpoint",
    "description",
    "emotion",
    "pains",
    "ideas",
    "owner",
    "personas",
)


def _journey(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "journey", content)
    owners = _owner_names(content)
    stage_names = {s.id: s.name for s in content.stages}
    order = {s.id: i for i, s in enumerate(content.stages)}
    persona_names = {p.id: p.name for p in content.personas}
    sheet.header(JOURNEY_COLUMNS)
    touchpoints = sorted(content.touchpoints, key=lambda tp: order.get(tp.stage_id, 99))
    for r, tp in enumerate(touchpoints, start=2):
        values: list[object] = [
            tp.id,
            stage_names.get(tp.stage_id, ""),
            tp.channel,
            tp.name,
            tp.description,
            tp.emotion,
            tp.pain_points,
            tp.ideas,
            owners.get(tp.owner_id or 0, ""),
            "; ".join(persona_names[i] for i in tp.personas if i in persona_names),
        ]
        for c, value in enumerate(values, start=1):
            sheet.put(r, c, value)
    for c in (5, 7, 8):
        sheet.widths[c] = min(sheet.widths.get(c, 10), 40)
    sheet.finish(len(JOURNEY_COLUMNS), len(touchpoints))
    _validate(sheet, "owner", len(JOURNEY_COLUMNS), len(touchpoints) + 1, JOURNEY_COLUMNS)


PERSONA_COLUMNS = ("id", "name", "segment", "persona_goals", "expectations", "pains", "channels", "notes")


def _personas(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "personas", content)
    sheet.header(PERSONA_COLUMNS)
    for r, p in enumerate(content.personas, start=2):
        for c, value in enumerate(
            [p.id, p.name, p.segment, p.goals, p.expectations, p.pains, p.channels, p.notes], start=1
        ):
            sheet.put(r, c, value)
    for c in range(3, 9):
        sheet.widths[c] = min(sheet.widths.get(c, 10), 40)
    sheet.finish(len(PERSONA_COLUMNS), len(content.personas))


def _kpis(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "kpis", content)
    keys = list(tx.PERIOD_HEADERS)
    sheet.header(keys, names=tx.PERIOD_HEADERS)
    window = content.settings.activity_window_months
    judged = judgeable_periods(content.periods, window) if content.periods else []
    for r, (p, j) in enumerate(zip(content.periods, judged, strict=True), start=2):
        uncovered = set(j.get("not_judgeable") or [])
        for c, key in enumerate(keys, start=1):
            label = str(p["period"]) + (" *" if p.get("partial") else "") if key == "period" else p.get(key)
            kind = "pct" if key in PERCENT_KPIS else "money" if key in MONEY_KPIS else ""
            cell = sheet.put(r, c, label, kind)
            if key in uncovered:
                cell.font = GREY
    rows = len(content.periods)
    sheet.finish(len(keys), rows, hidden_id=False)
    if not rows:
        sheet.put(2, 1, tx.pick(tx.OVERVIEW["no_sales"], content.language))
        return
    sheet.note(rows + 3, tx.pick(tx.OVERVIEW["not_covered"], content.language))
    chart = LineChart()
    chart.title = tx.pick(tx.OVERVIEW["chart"], content.language)
    chart.height, chart.width = 8, 22
    chart.y_axis.number_format = "0%"
    chart.y_axis.title = "%"
    for key in ("retention_rate", "churn_rate"):
        c = keys.index(key) + 1
        chart.add_data(Reference(sheet.ws, min_col=c, min_row=1, max_row=rows + 1), titles_from_data=True)
    chart.set_categories(Reference(sheet.ws, min_col=1, min_row=2, max_row=rows + 1))
    sheet.ws.add_chart(chart, f"A{rows + 5}")


def _cohorts(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "cohorts", content)
    lang = content.language
    cohorts = content.cohorts
    length = max((len(c["retention"]) for c in cohorts), default=0)
    sheet.header(["cohort", "size"])
    for i in range(length):
        cell = sheet.put(1, 3 + i, i)
        cell.fill, cell.font = HEADER_FILL, HEADER_FONT
        cell.alignment = Alignment(horizontal="center")
    for r, cohort in enumerate(cohorts, start=2):
        sheet.put(r, 1, str(cohort["cohort"]))
        sheet.put(r, 2, cohort["size"])
        for i, share in enumerate(cohort["retention"]):
            cell = sheet.put(r, 3 + i, share, "float1")
            sheet.widths[3 + i] = 6
            cell.alignment = Alignment(horizontal="center")
    if cohorts and length:
        area = f"C2:{get_column_letter(2 + length)}{len(cohorts) + 1}"
        sheet.ws.conditional_formatting.add(
            area,
            ColorScaleRule(
                start_type="num", start_value=0, start_color="FFFFFF", end_type="num", end_value=100, end_color="1F6FB2"
            ),
        )
    sheet.finish(2 + length, len(cohorts), hidden_id=False)
    sheet.note(len(cohorts) + 3, tx.pick(tx.OVERVIEW["cohort_note"], lang))


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


def _at_risk(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "at_risk", content)
    lang = content.language
    keys = [
        "customer",
        "segment",
        "value_at_risk",
        "last_purchase",
        "days_since",
        "usual_interval",
        "purchases",
        "revenue",
    ]
    sheet.header(keys)
    frame = content.at_risk if content.at_risk is not None else pd.DataFrame(columns=list(RISK_COLUMNS))
    frame = frame.sort_values("value_at_risk", ascending=False) if len(frame) else frame
    for r, row in enumerate(frame[list(RISK_COLUMNS)].itertuples(index=False), start=2):
        values: dict[str, Any] = dict(zip(RISK_COLUMNS, row, strict=True))
        segment = values["segment"]
        cells: list[tuple[object, str]] = [
            (str(values["customer_id"]), ""),
            (tx.pick(tx.SEGMENTS.get(segment, (segment, segment)), lang) if isinstance(segment, str) else None, ""),
            (values["value_at_risk"], "money"),
            (values["last_purchase"], ""),
            (values["days_since"], ""),
            (values["usual_interval"], "float1"),
            (values["purchases"], ""),
            (values["revenue"], "money"),
        ]
        for c, (value, kind) in enumerate(cells, start=1):
            sheet.put(r, c, value, kind)
    sheet.finish(len(keys), len(frame), hidden_id=False)


EFFECT_COLUMNS = ("id", "title", "start", "verdict", "sentence", "did", "ci_low", "ci_high", "warnings")


def _effect(wb: Workbook, content: PlanContent) -> None:
    sheet = _Sheet(wb, "effect", content)
    sheet.header(EFFECT_COLUMNS)
    lang = content.language
    rows = [m for m in content.measures if m.id in content.evaluations]
    for r, m in enumerate(rows, start=2):
        e = content.evaluations[m.id]
        did = ci = None
        if e.comparison is not None:
            did, ci = e.comparison.retention.did, e.comparison.retention.ci
        elif e.before_after is not None and e.before_after.current.difference is not None:
            did, ci = e.before_after.current.difference, e.before_after.current.ci
        values: list[tuple[object, str]] = [
            (m.id, ""),
            (m.title, ""),
            (_day(m.start), ""),
            (tx.pick(VERDICTS[e.verdict], lang), ""),
            (e.sentence, ""),
            (did, "float1"),
            (None if ci is None else ci[0], "float1"),
            (None if ci is None else ci[1], "float1"),
            ("\n".join(text for _code, text in e.warnings), ""),
        ]
        for c, (value, kind) in enumerate(values, start=1):
            sheet.put(r, c, value, kind)
    sheet.widths[5] = 70
    sheet.widths[9] = 50
    sheet.finish(len(EFFECT_COLUMNS), len(rows))


LIST_KEYS = ("owner", "measure_status", "goal_status")


def _lists(wb: Workbook, content: PlanContent) -> None:
    """The drop-down choices, and the mark that says which plan this workbook came from."""
    ws = wb.create_sheet(tx.pick(tx.SHEETS["lists"], content.language))
    lang = content.language
    columns = {
        "owner": [m.name for m in content.team],
        "measure_status": [tx.pick(v, lang) for v in tx.MEASURE_STATUS.values()],
        "goal_status": [tx.pick(v, lang) for v in tx.GOAL_STATUS.values()],
    }
    for c, key in enumerate(LIST_KEYS, start=1):
        ws.cell(row=1, column=c, value=key)
        for r, value in enumerate(columns[key], start=2):
            cell = ws.cell(row=r, column=c, value=value)
            cell.data_type = "s"
    ws.cell(row=1, column=5, value=PLAN_MARK)
    ws.cell(row=2, column=5, value=content.settings.created).data_type = "s"
    ws.cell(row=3, column=5, value=content.language)
    ws.sheet_state = "hidden"


def _validate(sheet: _Sheet, key: str, columns: int, last_row: int, keys: Sequence[str]) -> None:
    """A drop-down from the Lists sheet on a column (the Lists sheet is written last)."""
    column_key = {"owner": "owner", "measure_status": "status", "goal_status": "status"}[key]
    if column_key not in keys or last_row < 2:
        return
    lists = quote_sheetname(tx.pick(tx.SHEETS["lists"], sheet.lang))
    letter = get_column_letter(LIST_KEYS.index(key) + 1)
    count = {"owner": len(sheet.content.team), "measure_status": 5, "goal_status": 5}[key]
    if count == 0:
        return
    rule = DataValidation(type="list", formula1=f"={lists}!${letter}$2:${letter}${count + 1}", allow_blank=True)
    rule.error = tx.pick(("Choose a value from the list.", "Bitte einen Wert aus der Liste wählen."), sheet.lang)
    rule.showErrorMessage = True
    column = get_column_letter(list(keys).index(column_key) + 1)
    sheet.ws.add_data_validation(rule)
    rule.add(f"{column}2:{column}{last_row}")
