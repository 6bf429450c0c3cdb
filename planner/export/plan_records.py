"""The plan's records as sheets: Goals (each goal, then its measures), Measures, Check-ins,
Journey, Personas, and the hidden Lists sheet with the drop-down choices, the plan mark and
the export's id. Column A is each record's id, hidden, so an edited workbook can come back
into the plan. Each field is edited in one sheet (planner.export.plan_fields); a cell that
repeats a field of another sheet, or shows what the app computes, is grey with a comment
and never read back."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from planner.effect.texts import VERDICT_NAMES, day, number
from planner.export import plan_texts as tx
from planner.export.plan_fields import (
    CHECKIN_COLUMNS,
    COMPUTED,
    GOAL_COLUMNS,
    JOURNEY_COLUMNS,
    MEASURE_COLUMNS,
    PERSONA_COLUMNS,
    read_only_columns,
)
from planner.export.plan_sheet import (
    GOAL_FILL,
    PLAN_MARK,
    PlanContent,
    PlanSheet,
    day_cell,
    goal_number_kind,
    owner_names,
)
from planner.model import Measure
from planner.predict.goal_value import GoalValue

RO_FILL = PatternFill("solid", fgColor="E4E4E4")  # read-only: shown, never read back
RO_HEADER_FILL = PatternFill("solid", fgColor="7F7F7F")
RO_FONT = Font(color="595959")


def goals_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "goals", content)
    lang, owners = content.language, owner_names(content)
    sheet.header(GOAL_COLUMNS)
    _mark_computed_headers(sheet, "goals", GOAL_COLUMNS)
    read_only = set(read_only_columns("goals", "goal"))
    r = 2
    for goal in content.goals:
        p = content.progress[goal.id]
        worth = content.values.get(goal.id)
        cells: dict[str, tuple[object, str]] = {
            "id": (f"g{goal.id}", ""),
            "kind": (tx.pick(tx.KINDS["goal"], lang), ""),
            "title": (goal.title, ""),
            "metric": (tx.pick(tx.METRICS.get(goal.metric, (goal.metric, goal.metric)), lang), ""),
            "unit": (goal.unit, ""),
            "baseline": (goal.baseline_value, goal_number_kind(goal)),
            "target": (goal.target_value, goal_number_kind(goal)),
            "deadline": (day_cell(goal.deadline), ""),
            "owner": (owners.get(goal.owner_id or 0, ""), ""),
            "progress": (None if p.fraction is None else p.fraction * 100, "pct"),
            "progress_status": (tx.pick(tx.PROGRESS_STATUS[p.status], lang), ""),
            "worth_margin": (None, "") if worth is None else (worth.margin, "money"),
            "worth_revenue": (None, "") if worth is None else (worth.revenue, "money"),
            "status": (tx.pick(tx.GOAL_STATUS.get(goal.status, (goal.status, goal.status)), lang), ""),
            "start": (day_cell(goal.baseline_date), ""),
            "measured_on": (tx.segment_text(goal, lang).strip(" ()") or tx.pick(tx.ALL_DATA, lang), ""),
        }
        for c, column in enumerate(GOAL_COLUMNS, start=1):
            value, kind = cells.get(column, (None, ""))
            cell = sheet.put(r, c, value, kind)
            cell.fill = RO_FILL if column in read_only else GOAL_FILL
            if column in read_only:
                cell.font = RO_FONT
        sheet.ws.cell(row=r, column=GOAL_COLUMNS.index("title") + 1).font = Font(bold=True)
        if worth is not None:
            comment = Comment(worth_comment(worth, content.settings.currency, lang), "Retention Planner")
            comment.width, comment.height = 420, 150
            sheet.ws.cell(row=r, column=GOAL_COLUMNS.index("worth_margin") + 1).comment = comment
        r += 1
        for m in (m for m in content.measures if goal.id in m.goal_ids):
            _measure_row(sheet, r, m, owners)
            r += 1
    sheet.finish(len(GOAL_COLUMNS), r - 2)
    _validate(sheet, "owner", len(GOAL_COLUMNS), r - 1, GOAL_COLUMNS)


def _mark_computed_headers(sheet: PlanSheet, key: str, columns: Sequence[str]) -> None:
    """A grey header with a comment over each column the app fills in."""
    for column in COMPUTED.get(key, ()):
        if column in columns:
            cell = sheet.ws.cell(row=1, column=list(columns).index(column) + 1)
            cell.fill = RO_HEADER_FILL
            cell.comment = _comment(tx.pick(tx.READ_ONLY["computed"], sheet.lang))


def _comment(text: str) -> Comment:
    comment = Comment(text, "Retention Planner")
    comment.width, comment.height = 300, 70
    return comment


def worth_comment(value: GoalValue, currency: str, lang: str) -> str:
    """The computation behind the cells, step by step, as the goal table's tooltip shows it."""
    if value.gap <= 0:
        return tx.pick(tx.WORTH["reached"], lang)
    basis = value.basis
    money = lambda amount: f"{number(amount, lang, 2)} {currency}"  # noqa: E731
    day_text = lambda d: day(d, lang)  # noqa: E731
    steps = [tx.pick(tx.WORTH["head"], lang).format(margin=money(value.margin), revenue=money(value.revenue))]
    common = {
        "base": number(value.base, lang, 0),
        "gap": number(value.gap, lang),
        "extra": number(value.extra_customers, lang),
    }
    each = {
        "each": money(value.value_per_customer),
        "revenue": money(basis.revenue),
        "buyers": number(basis.buyers, lang, 0),
        "start": day_text(basis.start),
        "end": day_text(basis.end),
    }
    if value.metric == "repeat_purchase_rate":
        steps.append(tx.pick(tx.WORTH["repeat"], lang).format(period=value.base_period, **common))
        steps.append(tx.pick(tx.WORTH["repeat_each"], lang).format(**each))
    else:
        per_year = number(value.periods_per_year, lang, 0)
        steps.append(tx.pick(tx.WORTH["kept"], lang).format(period=value.base_period, per_year=per_year, **common))
        steps.append(tx.pick(tx.WORTH["kept_each"], lang).format(**each))
    steps.append(tx.pick(tx.WORTH["margin"], lang).format(pct=number(value.margin_pct, lang)))
    return "\n".join(steps)


def _measure_row(sheet: PlanSheet, r: int, m: Measure, owners: dict[int, str]) -> None:
    """A measure under its goal, for reading: it is edited in the Measures sheet."""
    lang = sheet.lang
    evaluation = sheet.content.evaluations.get(m.id)
    verdict = "" if evaluation is None else tx.pick(VERDICT_NAMES[evaluation.verdict], lang)
    cells: dict[str, tuple[object, str]] = {
        "id": (f"m{m.id}", ""),
        "kind": (tx.pick(tx.KINDS["measure"], lang), ""),
        "title": (m.title, ""),
        "owner": (owners.get(m.owner_id or 0, ""), ""),
        "status": (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
        "start": (day_cell(m.start), ""),
        "end": (day_cell(m.end), ""),
        "cost": (m.cost, "money"),
        "verdict": (verdict, ""),
    }
    for c, column in enumerate(GOAL_COLUMNS, start=1):
        value, kind = cells.get(column, (None, ""))
        cell = sheet.put(r, c, value, kind)
        cell.fill, cell.font = RO_FILL, RO_FONT
    title = sheet.ws.cell(row=r, column=GOAL_COLUMNS.index("title") + 1)
    title.comment = _comment(tx.pick(tx.READ_ONLY["measure_row"], lang))


def measures_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "measures", content)
    lang, owners = content.language, owner_names(content)
    goal_titles = {goal.id: goal.title for goal in content.goals}
    tp_names = {tp.id: tp.name for tp in content.touchpoints}
    sheet.header(MEASURE_COLUMNS)
    _mark_computed_headers(sheet, "measures", MEASURE_COLUMNS)
    read_only = set(read_only_columns("measures", "measure"))
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
            (day_cell(m.start), ""),
            (day_cell(m.end), ""),
            (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
            (participants, ""),
            ("" if evaluation is None else tx.pick(VERDICT_NAMES[evaluation.verdict], lang), ""),
            ("" if not m.decision else tx.pick(tx.DECISIONS[m.decision], lang), ""),
            (m.evaluation_note, ""),
        ]
        for c, (value, kind) in enumerate(values, start=1):
            cell = sheet.put(r, c, value, kind)
            if MEASURE_COLUMNS[c - 1] in read_only:
                cell.fill, cell.font = RO_FILL, RO_FONT
    for c, cap in ((3, 40), (4, 26), (6, 30), (17, 40)):
        sheet.widths[c] = min(sheet.widths.get(c, 10), cap)
    sheet.finish(len(MEASURE_COLUMNS), len(content.measures))
    _validate(sheet, "owner", len(MEASURE_COLUMNS), len(content.measures) + 1, MEASURE_COLUMNS)
    _validate(sheet, "measure_status", len(MEASURE_COLUMNS), len(content.measures) + 1, MEASURE_COLUMNS)


def checkins_sheet(wb: Workbook, content: PlanContent) -> None:
    """The values entered by hand for goals (manual KPIs): goal, date, value, note; the
    goal's unit beside them for reading (it is edited in the Goals sheet)."""
    sheet = PlanSheet(wb, "checkins", content)
    sheet.header(CHECKIN_COLUMNS)
    goals = {goal.id: goal for goal in content.goals}
    unit_column = CHECKIN_COLUMNS.index("unit") + 1
    head = sheet.ws.cell(row=1, column=unit_column)
    head.fill, head.comment = RO_HEADER_FILL, _comment(tx.pick(tx.READ_ONLY["unit"], sheet.lang))
    sheet.ws.cell(row=1, column=CHECKIN_COLUMNS.index("goal") + 1).comment = _comment(
        tx.pick(tx.READ_ONLY["checkin_goal"], sheet.lang)
    )
    order = {goal.id: i for i, goal in enumerate(content.goals)}
    rows = sorted(
        (c for c in content.checkins if c.kind == "goal" and c.target_id in goals),
        key=lambda c: (order[c.target_id], c.date, c.id),
    )
    for r, checkin in enumerate(rows, start=2):
        goal = goals[checkin.target_id]
        values: dict[str, tuple[object, str]] = {
            "id": (checkin.id, ""),
            "goal": (goal.title, ""),
            "date": (day_cell(checkin.date), ""),
            "value": (checkin.value, ""),
            "unit": (goal.unit, ""),
            "note": (checkin.note, ""),
        }
        for c, column in enumerate(CHECKIN_COLUMNS, start=1):
            cell = sheet.put(r, c, *values[column])
            if column == "unit":
                cell.fill, cell.font = RO_FILL, RO_FONT
    sheet.widths[CHECKIN_COLUMNS.index("note") + 1] = min(sheet.widths.get(CHECKIN_COLUMNS.index("note") + 1, 10), 50)
    sheet.finish(len(CHECKIN_COLUMNS), len(rows))


def journey_sheet(wb: Workbook, content: PlanContent) -> None:
    from planner.journey import channel_label

    sheet = PlanSheet(wb, "journey", content)
    owners = owner_names(content)
    stage_names = {s.id: s.name for s in content.stages}
    order = {s.id: i for i, s in enumerate(content.stages)}
    persona_names = {p.id: p.name for p in content.personas}
    sheet.header(JOURNEY_COLUMNS)
    touchpoints = sorted(content.touchpoints, key=lambda tp: order.get(tp.stage_id, 99))
    for r, tp in enumerate(touchpoints, start=2):
        values: list[object] = [
            tp.id,
            stage_names.get(tp.stage_id, ""),
            channel_label(tp.channel, content.language),  # named as the window names it
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


def personas_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "personas", content)
    sheet.header(PERSONA_COLUMNS)
    for r, p in enumerate(content.personas, start=2):
        values = [p.id, p.name, p.segment, p.age, p.situation, p.quote]
        for c, value in enumerate([*values, p.goals, p.expectations, p.pains, p.channels, p.notes], start=1):
            sheet.put(r, c, value)
    for c in range(3, len(PERSONA_COLUMNS) + 1):
        sheet.widths[c] = min(sheet.widths.get(c, 10), 40)
    sheet.finish(len(PERSONA_COLUMNS), len(content.personas))


LIST_KEYS = ("owner", "measure_status", "goal_status")


def lists_sheet(wb: Workbook, content: PlanContent) -> None:
    """The drop-down choices, the mark that says which plan this workbook came from, its
    language, and the id of this export (what earlier imports of it took in is kept under
    that id in the plan: planner.export.plan_baseline)."""
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
    ws.cell(row=4, column=5, value=uuid.uuid4().hex).data_type = "s"  # this export, for the round trip
    ws.sheet_state = "hidden"


def _validate(sheet: PlanSheet, key: str, columns: int, last_row: int, keys: Sequence[str]) -> None:
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
