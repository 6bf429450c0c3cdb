"""Chapter 5, does each measure work: per measure its verdict and sentence, then the figures
of planner.export.effect_lines (the same as the workbook's Effectiveness sheet), each warning
on a row of its own, and the team's decision."""

from __future__ import annotations

from datetime import date

from planner.effect import texts as et
from planner.effect.texts import VERDICT_NAMES
from planner.export import plan_texts as px
from planner.export.effect_lines import effect_lines, show, show_ci, word
from planner.export.plan_sheet import PlanContent, day_cell
from planner.report import texts as rt
from planner.report.layout import Column, Draw, Row, table_pages

VERDICT_COLORS = {
    "works": "#E3F1E8",
    "harmful": "#F8E0DD",
    "no_clear_effect": "#EEF1F4",
    "not_enough_data": "#EEF1F4",
    "not_judgeable": "#FDF1DC",
}
WARN_FILL = "#FFF6E5"


def effect(content: PlanContent) -> list[Draw]:
    lang, currency = content.language, content.settings.currency
    judged = [(m, content.evaluations[m.id]) for m in content.measures if m.id in content.evaluations]
    if not judged:
        return []
    columns = [
        Column(word("figure", lang)),
        Column(word("value", lang), align="right"),
        Column(word("ci", lang), align="right"),
        Column(word("note", lang)),
    ]
    rows: list[Row] = []
    for m, e in judged:
        verdict = rt.pick(VERDICT_NAMES[e.verdict], lang) + (" ⚠" if e.warnings else "")
        start = f"{px.pick(px.HEADERS['start'], lang)} {_day(m.start, lang)}" if m.start else ""
        rows.append(Row([m.title, verdict, start, e.sentence], fill=VERDICT_COLORS[e.verdict], bold=True, keep=True))
        for line in effect_lines(e, lang, currency):
            if line.kind == "text" and not line.note and len(str(line.value)) > 16:  # a name, a warning: wide
                label = f"⚠ {line.label}" if line.warning else line.label
                rows.append(Row([label, "", "", str(line.value)], fill=WARN_FILL if line.warning else "", size=8))
                continue
            value = show(line.value, line.kind, lang, currency)
            note = f"⚠ {line.note}" if line.warning else line.note
            rows.append(
                Row(
                    [line.label, value, show_ci(line.ci, line.kind, lang, currency), note],
                    fill=WARN_FILL if line.warning else "",
                    size=8,
                )
            )
        decision = "" if not m.decision else px.pick(px.DECISIONS[m.decision], lang)
        if m.evaluation_note:
            decision = f"{decision}: {m.evaluation_note}" if decision else m.evaluation_note
        if decision:
            rows.append(Row([word("decision", lang), "", "", decision], size=8))
    title = rt.pick(rt.CHAPTERS["effect"], lang)
    return table_pages(title, rt.pick(rt.WORDS["effect_intro"], lang), columns, rows)


def _day(text: str, lang: str) -> str:
    value = day_cell(text)
    return et.day(value, lang) if isinstance(value, date) else str(value or "")
