"""The plan's records as sheets: Goals (each goal, then its measures), Measures, Journey,
Personas, and the hidden Lists sheet with the drop-down choices and the plan mark. Column A
is each record's id, hidden, so an edited workbook can come back into the plan."""

from __future__ import annotations

from collections.abc import Sequence

from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles import Font
from openpyxl.utils import get_column_letter, quote_sheetname
from openpyxl.worksheet.datavalidation import DataValidation

from planner.effect.texts import VERDICT_NAMES, day, number
from planner.export import plan_texts as tx
from planner.export.plan_sheet import (
    GOAL_FILL,
    PLAN_MARK,
    PlanContent,
    PlanSheet,
    day_cell,
    owner_names,
)
from planner.model import Measure
from planner.predict.goal_value import GoalValue

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
    "worth_margin",
    "worth_revenue",
    "status",
    "start",
    "end",
    "cost",
    "verdict",
    "measured_on",  # a goal's segment; shown, not read back
)


def goals_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "goals", content)
    lang, owners = content.language, owner_names(content)
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
            (day_cell(goal.deadline), ""),
            (owners.get(goal.owner_id or 0, ""), ""),
            (None if p.fraction is None else p.fraction * 100, "pct"),
            (tx.pick(tx.PROGRESS_STATUS[p.status], lang), ""),
            *_worth(content.values.get(goal.id)),
            (tx.pick(tx.GOAL_STATUS.get(goal.status, (goal.status, goal.status)), lang), ""),
            (day_cell(goal.baseline_date), ""),
            (None, ""),
            (None, ""),
            (None, ""),
            (tx.segment_text(goal, lang).strip(" ()") or tx.pick(tx.ALL_DATA, lang), ""),
        ]
        for c, (value, kind) in enumerate(cells, start=1):
            sheet.put(r, c, value, kind).fill = GOAL_FILL
        sheet.ws.cell(row=r, column=3).font = Font(bold=True)
        worth = content.values.get(goal.id)
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


def _worth(value: GoalValue | None) -> list[tuple[object, str]]:
    """Margin and revenue a year once the target holds (planner.predict.goal_value); a
    reached target is worth nothing more, a goal without a value shows blank cells."""
    if value is None:
        return [(None, ""), (None, "")]
    return [(value.margin, "money"), (value.revenue, "money")]


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
    if value.metric == "repeat_purchase_rate":
        steps.append(tx.pick(tx.WORTH["repeat"], lang).format(**common))
        steps.append(
            tx.pick(tx.WORTH["repeat_each"], lang).format(
                each=money(value.value_per_customer),
                per_customer=money(basis.revenue_per_customer),
                order=money(basis.order_value),
            )
        )
    else:
        per_year = number(value.periods_per_year, lang, 0)
        steps.append(tx.pick(tx.WORTH["kept"], lang).format(period=value.base_period, per_year=per_year, **common))
        steps.append(
            tx.pick(tx.WORTH["kept_each"], lang).format(
                each=money(value.value_per_customer),
                revenue=money(basis.revenue),
                buyers=number(basis.buyers, lang, 0),
                start=day_text(basis.start),
                end=day_text(basis.end),
            )
        )
    steps.append(tx.pick(tx.WORTH["margin"], lang).format(pct=number(value.margin_pct, lang)))
    return "\n".join(steps)


def _measure_row(sheet: PlanSheet, r: int, m: Measure, owners: dict[int, str]) -> None:
    lang = sheet.lang
    evaluation = sheet.content.evaluations.get(m.id)
    verdict = "" if evaluation is None else tx.pick(VERDICT_NAMES[evaluation.verdict], lang)
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
        (None, ""),
        (None, ""),
        (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
        (day_cell(m.start), ""),
        (day_cell(m.end), ""),
        (m.cost, "money"),
        (verdict, ""),
    ]
    for c, (value, kind) in enumerate(cells, start=1):
        sheet.put(r, c, value, kind)


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


def measures_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "measures", content)
    lang, owners = content.language, owner_names(content)
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
            (day_cell(m.start), ""),
            (day_cell(m.end), ""),
            (tx.pick(tx.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang), ""),
            (participants, ""),
            ("" if evaluation is None else tx.pick(VERDICT_NAMES[evaluation.verdict], lang), ""),
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


def journey_sheet(wb: Workbook, content: PlanContent) -> None:
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


def personas_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "personas", content)
    sheet.header(PERSONA_COLUMNS)
    for r, p in enumerate(content.personas, start=2):
        for c, value in enumerate(
            [p.id, p.name, p.segment, p.goals, p.expectations, p.pains, p.channels, p.notes], start=1
        ):
            sheet.put(r, c, value)
    for c in range(3, 9):
        sheet.widths[c] = min(sheet.widths.get(c, 10), 40)
    sheet.finish(len(PERSONA_COLUMNS), len(content.personas))


LIST_KEYS = ("owner", "measure_status", "goal_status")


def lists_sheet(wb: Workbook, content: PlanContent) -> None:
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
