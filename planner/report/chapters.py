"""The report's chapters, each a list of page-drawing functions: the five steps of the
method (personas, goal table, measures, journey, effectiveness) and the sales figures."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import numpy as np
from matplotlib.figure import Figure

from planner.charts.sales import PALETTE, buyers_chart, cohort_heatmap, retention_chart
from planner.effect.texts import VERDICT_NAMES
from planner.export import plan_texts as px
from planner.export.plan_sheet import PERCENT_KPIS, PlanContent
from planner.model import Goal, Persona
from planner.predict.goal_value import GoalValue
from planner.report import layout as lay
from planner.report import texts as rt
from planner.report.layout import Bar, Column, Draw, Row

STATUS_COLORS = {
    "achieved": PALETTE["good"],
    "on_track": PALETTE["good"],
    "at_risk": "#E0A526",
    "off_track": PALETTE["bad"],
    "no_data": PALETTE["muted"],
}
VERDICT_COLORS = {"works": "#E3F1E8", "harmful": "#F8E0DD", "no_clear_effect": "", "not_enough_data": ""}


def number(value: float | None, language: str, decimals: int = 1) -> str:
    if value is None:
        return "–"
    text = f"{value:,.{decimals}f}"
    return text.translate(str.maketrans(",.", ".,")) if language == "de" else text


def day(text: str, language: str) -> str:
    if not text:
        return ""
    try:
        d = date.fromisoformat(text)
    except ValueError:
        return text
    return d.strftime("%d.%m.%Y") if language == "de" else d.isoformat()


def _w(key: str, lang: str) -> str:
    return rt.pick(rt.WORDS[key], lang)


def personas(content: PlanContent) -> list[Draw]:
    lang, title = content.language, rt.pick(rt.CHAPTERS["personas"], content.language)
    if not content.personas:
        return [lambda fig: lay.heading(fig, title, _w("no_personas", lang))]
    per_page = 4
    groups = [content.personas[i : i + per_page] for i in range(0, len(content.personas), per_page)]

    def page(number_: int, group: list[Persona]) -> Draw:
        def draw(fig: Figure) -> None:
            top = lay.heading(fig, title if number_ == 0 else f"{title} ({number_ + 1})")
            width = (lay.PAGE_W - 2 * lay.MARGIN - 0.3 * (per_page - 1)) / per_page
            for i, persona in enumerate(group):
                x = lay.MARGIN + i * (width + 0.3)
                lay.box(fig, x, top, width, lay.BOTTOM - top, "#F5F7FA")
                lay.put(fig, x + 0.15, top + 0.12, persona.name, 13, fontweight="bold", color=lay.HEADER_BLUE)
                y = top + 0.45
                if persona.segment:
                    lay.put(fig, x + 0.15, y, persona.segment, 9, style="italic")
                    y += 0.3
                for key, value in (
                    ("persona_goals", persona.goals),
                    ("expectations", persona.expectations),
                    ("pains", persona.pains),
                    ("channels", persona.channels),
                    ("notes", persona.notes),
                ):
                    if not value or y > lay.BOTTOM - 0.4:
                        continue
                    lay.put(fig, x + 0.15, y, _w(key, lang), 8, fontweight="bold", color="#55606B")
                    y += lay.line_height(8)
                    room = int((lay.BOTTOM - y - 0.1) / lay.line_height())
                    for line in lay.wrap(value, width - 0.3, max_lines=max(1, min(room, 7))):
                        lay.put(fig, x + 0.15, y, line)
                        y += lay.line_height()
                    y += 0.1

        return draw

    return [page(n, group) for n, group in enumerate(groups)]


def _value(goal: Goal, value: float | None, lang: str) -> str:
    if value is None:
        return "–"
    unit = " %" if goal.metric in PERCENT_KPIS else (f" {goal.unit}" if goal.unit else "")
    return number(value, lang) + unit


def goal_table(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["goals"], lang)
    if not content.goals:
        return [lambda fig: lay.heading(fig, title, _w("no_goals", lang))]
    owners = {m.id: m.name for m in content.team}
    valued = bool(content.values)  # a "worth a year" column only when some goal has a value
    # with the "worth a year" column, room taken from the title, current and deadline columns
    widths = (2.4, 1.5, 1.4, 0.65, 0.85, 0.8, 1.2, 1.69) if valued else (3.0, 1.5, 1.45, 0.75, 0.9, 1.2, 1.69)
    keys = ("metric", "span", "current", "worth", "deadline", "owner", "progress")
    headers = {"span": _w("baseline", lang) + " → " + _w("target", lang)}
    columns = [Column(f"{_w('goal', lang)} / {_w('measure', lang)}", widths[0])] + [
        Column(headers.get(key) or _w(key, lang), width, "right" if key in ("current", "worth") else "left")
        for key, width in zip((k for k in keys if valued or k != "worth"), widths[1:], strict=True)
    ]
    rows: list[Row] = []
    for goal in content.goals:
        p = content.progress[goal.id]
        status = px.pick(px.PROGRESS_STATUS[p.status], lang)
        shown = status if p.fraction is None else f"{p.fraction * 100:.0f} % · {status}"
        bar = Bar(p.fraction, shown, STATUS_COLORS[p.status])
        metric = px.pick(px.METRICS.get(goal.metric, (goal.metric, goal.metric)), lang) + px.segment_text(goal, lang)
        span = f"{_value(goal, goal.baseline_value, lang)} → {_value(goal, goal.target_value, lang)}"
        cells: list[object] = [goal.title, metric, span, _value(goal, p.current, lang)]
        if valued:
            cells.append(_worth(content.values.get(goal.id), content.settings.currency, lang))
        cells += [day(goal.deadline, lang), owners.get(goal.owner_id or 0, ""), bar]
        rows.append(Row(cells, fill=lay.GOAL_BLUE, bold=True))
        for m in (m for m in content.measures if goal.id in m.goal_ids):
            state = px.pick(px.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang)
            dates = " – ".join(x for x in (day(m.start, lang), day(m.end, lang)) if x)
            empty = ["", ""] if valued else [""]
            rows.append(
                Row(
                    ["↳ " + m.title, state, dates, *empty, "", owners.get(m.owner_id or 0, ""), ""], indent=0.15, size=8
                )
            )
    intro = _w("goals_intro", lang) + (" " + _w("worth_intro", lang) if valued else "")
    return lay.table_pages(title, intro, columns, rows)


def _worth(value: GoalValue | None, currency: str, lang: str) -> str:
    """The margin a year once the target holds; the computation is in the intro."""
    if value is None:
        return ""
    if value.gap <= 0:
        return _w("reached", lang)
    return f"{number(value.margin, lang, 0)} {currency}"


def measures(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["measures"], lang)
    if not content.measures:
        return [lambda fig: lay.heading(fig, title, _w("no_measures", lang))]
    owners = {m.id: m.name for m in content.team}
    goal_titles = {goal.id: goal.title for goal in content.goals}
    currency = content.settings.currency
    columns = [
        Column(_w("measure", lang), 2.4),
        Column(_w("goals", lang), 2.05),
        Column(_w("owner", lang), 1.2),
        Column(_w("status", lang), 0.85),
        Column(_w("dates", lang), 1.65),
        Column(_w("cost", lang), 0.9, "right"),
        Column(_w("effort", lang), 0.72, "right"),
        Column(_w("impact", lang), 0.72, "right"),
    ]
    rows = [
        Row(
            [
                m.title,
                "; ".join(goal_titles[i] for i in m.goal_ids if i in goal_titles),
                owners.get(m.owner_id or 0, ""),
                px.pick(px.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang),
                " – ".join(x for x in (day(m.start, lang), day(m.end, lang)) if x),
                "" if m.cost is None else f"{number(m.cost, lang, 0)} {currency}",
                str(m.effort),
                str(m.impact),
            ]
        )
        for m in content.measures
    ]
    return [*lay.table_pages(title, "", columns, rows), lambda fig: _matrix(fig, content)]


def _matrix(fig: Figure, content: PlanContent) -> None:
    """Impact against effort, the quadrants named as teams use them."""
    lang = content.language
    lay.heading(fig, f"{rt.pick(rt.CHAPTERS['measures'], lang)}: {_w('matrix', lang)}")
    ax = fig.add_axes((0.1, 0.12, 0.62, 0.72))
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    ax.axvline(3, color=PALETTE["grid"], linewidth=1.5)
    ax.axhline(3, color=PALETTE["grid"], linewidth=1.5)
    for (x, y), key in (((1, 5.3), "quick_wins"), ((5, 5.3), "big_bets"), ((1, 0.7), "fill_ins")):
        ax.text(x, y, _w(key, lang), ha="center", va="center", fontsize=9, color=PALETTE["muted"])
    ax.text(5, 0.7, _w("money_pits", lang), ha="center", va="center", fontsize=9, color=PALETTE["muted"])
    placed: dict[tuple[int, int], int] = {}
    legend = []
    for number_, m in enumerate(content.measures, start=1):
        k = placed.get((m.effort, m.impact), 0)
        placed[(m.effort, m.impact)] = k + 1
        angle = k * 2.4
        x, y = m.effort + 0.22 * np.cos(angle) * (k > 0), m.impact + 0.22 * np.sin(angle) * (k > 0)
        ax.scatter([x], [y], s=260, color=PALETTE["primary"], zorder=3)
        ax.text(x, y, str(number_), ha="center", va="center", color="white", fontsize=8, fontweight="bold", zorder=4)
        legend.append(f"{number_}  {m.title}")
    ax.set_xlabel(_w("effort", lang) + " (1–5)")
    ax.set_ylabel(_w("impact", lang) + " (1–5)")
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.spines[["top", "right"]].set_visible(False)
    y = 1.2
    for line in legend[:30]:
        for k, part in enumerate(lay.wrap(line, 2.6, 8, max_lines=2)):
            lay.put(fig, 8.7 + (0.2 if k else 0), y, part, 8)
            y += lay.line_height(8)


def journey(content: PlanContent) -> list[Draw]:
    from planner.charts.journey import journey_map_pages
    from planner.journey import emotion_curve

    lang = content.language
    owners = {m.id: m.name for m in content.team}
    curve = emotion_curve(content.stages, content.touchpoints, [p.id for p in content.personas])
    pages = journey_map_pages(
        title=rt.pick(rt.CHAPTERS["journey"], lang),
        stages=content.stages,
        touchpoints=content.touchpoints,
        owners=owners,
        language=lang,
        curve=curve,
        labels=rt.labels(rt.CURVE_LABELS, lang),
        persona_names={p.id: p.name for p in content.personas},
    )
    return [_above_footer(draw) for draw in pages]


def _above_footer(draw: Callable[[Figure], None]) -> Draw:
    """The map fills its page to the bottom edge: lift it to make room for the footer."""

    def lifted(fig: Figure) -> None:
        draw(fig)
        for ax in fig.axes:
            x0, y0, w, h = ax.get_position().bounds
            ax.set_position((x0, 0.08 + y0 * 0.92, w, h * 0.92))
        for legend in fig.legends:
            legend.set_bbox_to_anchor((0.5, 0.065), transform=fig.transFigure)

    return lifted


def effect(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["effect"], lang)
    judged = [(m, content.evaluations[m.id]) for m in content.measures if m.id in content.evaluations]
    if not judged:
        return [lambda fig: lay.heading(fig, title, _w("no_effect", lang))]
    columns = [
        Column(_w("measure", lang), 2.6),
        Column(_w("verdict", lang), 1.5),
        Column(_w("finding", lang), 4.6),
        Column(_w("decision", lang), 1.79),
    ]
    rows = []
    for m, evaluation in judged:
        verdict = rt.pick(VERDICT_NAMES[evaluation.verdict], lang) + (" ⚠" if evaluation.warnings else "")
        finding = evaluation.sentence
        if evaluation.warnings:
            finding += "\n⚠ " + "\n⚠ ".join(text for _code, text in evaluation.warnings)
        decision = "" if not m.decision else px.pick(px.DECISIONS[m.decision], lang)
        if m.evaluation_note:
            decision = f"{decision}: {m.evaluation_note}" if decision else m.evaluation_note
        rows.append(Row([m.title, verdict, finding, decision], fill=VERDICT_COLORS[evaluation.verdict]))
    return lay.table_pages(title, _w("effect_intro", lang), columns, rows)


def kpis(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["kpis"], lang)
    labels = rt.labels(rt.CHART_LABELS, lang)
    if not content.periods:
        return [lambda fig: lay.heading(fig, title, _w("no_sales", lang))]

    def chart(intro: str, draw_chart: Callable[[Figure], None]) -> Draw:
        def draw(fig: Figure) -> None:
            draw_chart(fig)  # laid out for the whole page: moved into the room under the heading
            for ax in fig.axes:
                x0, y0, w, h = ax.get_position().bounds
                ax.set_position((0.05 + x0 * 0.9, 0.09 + y0 * 0.72, w * 0.9, h * 0.72))
            lay.heading(fig, title, _w(intro, lang))

        return draw

    return [
        chart("retention_intro", lambda fig: retention_chart(fig, content.periods, labels=labels)),
        chart("buyers_intro", lambda fig: buyers_chart(fig, content.periods, labels=labels)),
        chart("cohort_intro", lambda fig: cohort_heatmap(fig, content.cohorts, labels=labels)),
    ]


CHAPTER_PAGES: dict[str, Callable[[PlanContent], list[Draw]]] = {
    "personas": personas,
    "goals": goal_table,
    "measures": measures,
    "journey": journey,
    "effect": effect,
    "kpis": kpis,
}
