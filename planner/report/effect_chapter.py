"""Chapter 5, does each measure work: per measure its verdict and sentence, then the figures
of planner.export.effect_lines (the same as the workbook's Effectiveness sheet), each warning
on a row of its own, and the team's decision."""

from __future__ import annotations

from datetime import date

from matplotlib.figure import Figure

from planner.effect import texts as et
from planner.effect.evaluate import Evaluation
from planner.effect.texts import VERDICT_NAMES
from planner.export import over_time_lines as ot
from planner.export import plan_texts as px
from planner.export.effect_lines import effect_lines, show, show_ci, word
from planner.export.plan_sheet import PlanContent, day_cell
from planner.report import layout as lay
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
    continued = rt.pick(rt.WORDS["continued"], lang)
    for m, e in judged:
        first = len(rows)
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
        rows += _over_time_rows(e, lang, currency)
        decision = "" if not m.decision else px.pick(px.DECISIONS[m.decision], lang)
        if m.evaluation_note:
            decision = f"{decision}: {m.evaluation_note}" if decision else m.evaluation_note
        if decision:
            rows.append(Row([word("decision", lang), "", "", decision], size=8))
        for row in rows[first + 1 :]:  # a page break inside the block repeats whose rows these are
            row.group = f"{m.title} ({continued})"
    title = rt.pick(rt.CHAPTERS["effect"], lang)
    pages = table_pages(title, rt.pick(rt.WORDS["effect_intro"], lang), columns, rows)
    return pages + [_curve_page(m.title, e, lang) for m, e in judged if ot.has_curve(e)]


def _over_time_rows(e: Evaluation, lang: str, currency: str) -> list[Row]:
    """The curve month by month (effect, interval, margin so far), paid for itself or faded,
    then the earlier judgements."""
    rows = []
    for point in ot.curve_rows(e) if ot.has_curve(e) else []:
        label = f"{ot.word('over_time', lang)} {show(point.label, 'date', lang)}"
        margin = (
            ""
            if point.extra is None
            else f"{ot.word('margin_so_far', lang)}: {show(point.extra, 'money', lang, currency)}"
        )
        if margin and point.ci_extra is not None:
            margin += f" (95 %: {show_ci(point.ci_extra, 'money', lang, currency)})"
        rows.append(Row([label, show(point.value, "points", lang), show_ci(point.ci, "points", lang), margin], size=8))
    if ot.has_curve(e):
        for label, value, warning in ot.curve_notes(e, lang):
            text = show(value, "date", lang) if label else f"⚠ {value}"
            rows.append(
                Row([label or f"⚠ {word('warning', lang)}", "", "", text], fill=WARN_FILL if warning else "", size=8)
            )
    history = ot.history_rows(e, lang)
    for row in history:
        label = f"{ot.word('history', lang)}: {row.label}"
        rows.append(
            Row([label, show(row.value, "points", lang), show_ci(row.ci, "points", lang), str(row.extra)], size=8)
        )
    sentence = ot.course(e, lang)
    if sentence:
        rows.append(Row([ot.word("course", lang), "", "", sentence], size=8))
    return rows


def _curve_page(title: str, e: Evaluation, lang: str) -> Draw:
    """The effect curve with its band and the cumulative margin against the cost, on a page
    of its own (planner.effect.over_time_chart)."""
    from planner.effect.over_time_chart import over_time_chart

    heading = ot.word("chart", lang).format(title=title)
    intro = ot.course(e, lang)

    def draw(fig: Figure) -> None:
        over_time_chart(fig, e.over_time, ot.chart_labels(lang))  # laid out for the whole page
        top = lay.content_top(intro)
        room = 1 - (top + 0.3) / lay.PAGE_H - 0.12
        for ax in fig.axes:
            x0, y0, w, h = ax.get_position().bounds
            ax.set_position((0.05 + x0 * 0.9, 0.12 + y0 * room, w * 0.9, h * room))
        lay.heading(fig, lay.wrap(heading, lay.WIDTH, 15, max_lines=1, weight="bold")[0], intro)

    return draw


def _day(text: str, lang: str) -> str:
    value = day_cell(text)
    return et.day(value, lang) if isinstance(value, date) else str(value or "")
