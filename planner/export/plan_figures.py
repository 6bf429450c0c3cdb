"""The plan's figures as sheets: Overview, KPIs (with a native line chart), Cohorts (heatmap),
(At risk: planner.export.risk_sheet; Effectiveness: planner.export.effect_sheet)."""

from __future__ import annotations

from openpyxl import Workbook
from openpyxl.chart import LineChart, Reference
from openpyxl.formatting.rule import ColorScaleRule
from openpyxl.styles import Alignment, Font
from openpyxl.utils import get_column_letter

from planner.export import plan_texts as tx
from planner.export.plan_sheet import (
    GREY,
    HEADER_FILL,
    HEADER_FONT,
    MONEY_KPIS,
    PERCENT_KPIS,
    PlanContent,
    PlanSheet,
)
from planner.metrics.coverage import judgeable_periods


def overview_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "overview", content, first=True)
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


def kpis_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "kpis", content)
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
    for series in chart.series:  # straight lines: a smoothed curve overshoots, a share above 100 % or below 0
        series.smooth = False
    chart.y_axis.scaling.min, chart.y_axis.scaling.max = 0, 1
    sheet.ws.add_chart(chart, f"A{rows + 5}")


def cohorts_sheet(wb: Workbook, content: PlanContent) -> None:
    sheet = PlanSheet(wb, "cohorts", content)
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
