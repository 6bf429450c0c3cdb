"""The report's chapters, each a list of page-drawing functions: the five steps of the
method (personas, goal table, measures, journey, effectiveness) and the sales figures. A
chapter with nothing in it has no pages; `EMPTY` says why, for the contents."""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import numpy as np
from matplotlib.figure import Figure

from planner.charts.sales import PALETTE, buyers_chart, cohort_heatmap, retention_chart
from planner.export import plan_texts as px
from planner.export.plan_sheet import PlanContent
from planner.model import Goal, Persona
from planner.personas.profile import quoted
from planner.predict.goal_value import GoalValue
from planner.report import layout as lay
from planner.report import texts as rt
from planner.report.effect_chapter import effect
from planner.report.ideas_chapter import ideas
from planner.report.journey_map import journey
from planner.report.lanes_page import lanes
from planner.report.layout import Bar, Column, Draw, Row
from planner.report.winback_chapter import winback

STATUS_COLORS = {
    "achieved": PALETTE["good"],
    "on_track": PALETTE["good"],
    "at_risk": "#E0A526",
    "off_track": PALETTE["bad"],
    "no_data": PALETTE["muted"],
}
# the impact/effort matrix as the Measures section draws it: quadrant colours, dots by status
QUADRANT_COLORS = {"quick_wins": "#E8F6EF", "big_bets": "#FDF2E3", "fill_ins": "#F2F4F6", "money_pits": "#FBEAEA"}
MEASURE_COLORS = {"idea": "#95A5A6", "planned": "#1F6FB2", "active": "#2E8B57", "done": "#7D3C98", "stopped": "#C0392B"}


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


def _decimals(value: float) -> int:
    """As many decimals as the value has, at most two: 12, 2.5, 0.25."""
    for decimals in (0, 1):
        if abs(value - round(value, decimals)) < 1e-6:
            return decimals
    return 2


def goal_value(goal: Goal, value: float | None, lang: str, currency: str) -> str:
    """A goal's value written by its metric's unit: counts whole, shares with one decimal and
    "%", money in the plan's currency, a manual KPI with the decimals it has and its unit."""
    if value is None:
        return "–"
    kind = px.METRIC_KINDS.get(goal.metric, "")
    unit = goal.unit.strip()
    if kind == "percent":
        return f"{number(value, lang, 1)}\u00a0%"  # no line break between a number and its unit
    if kind == "money":
        return f"{number(value, lang, 0 if abs(value) >= 1000 else 2)}\u00a0{currency}"
    if kind == "count":
        text = number(round(value), lang, 0)
    elif kind == "ratio":
        text = number(value, lang, 2)
    else:  # NPS, a manual KPI
        text = number(value, lang, _decimals(value))
    return f"{text}\u00a0{unit}" if unit else text


# -- 1 personas -------------------------------------------------------------------------


@dataclass
class _Card:
    height: float
    draw: Callable[[Figure, float, float, float], None]  # fig, x, y, height of its row


PERSONA_FIELDS = ("persona_goals", "expectations", "pains", "channels", "notes")
CARD_GAP = 0.25
PHOTO = 1.05  # inches, the side of a persona's photo


def _photo(persona: Persona) -> np.ndarray | None:
    """The persona's photo, if it has one (bytes or a file path); None when it cannot be read."""
    photo = getattr(persona, "photo", None)
    if not photo:
        return None
    from PIL import Image

    try:  # JPEG as stored (matplotlib's imread reads only PNG from memory)
        source = io.BytesIO(photo) if isinstance(photo, (bytes, bytearray)) else Path(str(photo))
        with Image.open(source) as image:
            return np.asarray(image.convert("RGB"))
    except (OSError, ValueError, SyntaxError):
        return None


def _persona_card(persona: Persona, width: float, lang: str, scale: float = 1.0, max_lines: int = 0) -> _Card:
    """A persona's card: name, segment, age and situation, its quote, an optional photo, then its fields; in a wide card
    the field names stand left of their text, in a narrow one above it."""
    big, small, body, label = 14 * scale, 9.5 * scale, 9 * scale, 8 * scale
    side_photo = PHOTO * min(1.0, scale)  # no larger than it needs to be: the text is what counts
    inner = width - 0.36
    image = _photo(persona)
    beside = inner - (side_photo + 0.12 if image is not None else 0)  # name and segment beside the photo
    name = lay.wrap(persona.name, beside, big, weight="bold")
    about = " · ".join(part.strip() for part in (persona.segment, persona.age, persona.situation) if part.strip())
    segment = lay.wrap(about, beside, small, style="italic") if about else []
    said = lay.wrap(quoted(persona.quote, lang), beside, small, style="italic") if persona.quote.strip() else []
    values = {
        "persona_goals": persona.goals,
        "expectations": persona.expectations,
        "pains": persona.pains,
        "channels": persona.channels,
        "notes": persona.notes,
    }
    shown = [key for key in PERSONA_FIELDS if values[key].strip()]
    labels = {key: _w(key, lang) for key in shown}
    label_w = max((lay.text_width(text, label, "bold") for text in labels.values()), default=0.0) + 0.15
    side = inner - label_w >= 2.6  # room for the text beside its name
    text_w = inner - label_w if side else inner
    fields = [(labels[key], lay.wrap(values[key], text_w, body, max_lines=max_lines)) for key in shown]
    gap = 0.09 * scale
    head = len(name) * lay.line_height(big) + (len(segment) + len(said)) * lay.line_height(small)
    head += 0.06 if said else 0.0
    head = max(head, side_photo if image is not None else 0.0)
    height = 0.16 + head + 0.12 + 0.08
    for _label, text in fields:
        height += len(text) * lay.line_height(body) + gap + (0 if side else lay.line_height(label))

    def draw(fig: Figure, x: float, y: float, row_height: float) -> None:
        lay.box(fig, x, y, width, row_height, "#F5F7FA")
        lay.box(fig, x, y, width, 0.05, lay.HEADER_BLUE)
        left = x + 0.18
        at = lay.lines(fig, left, y + 0.16, name, big, fontweight="bold", color=lay.HEADER_BLUE)
        at = lay.lines(fig, left, at, segment, small, style="italic", color=lay.GREY)
        if said:  # the persona in its own words
            at = lay.lines(fig, left, at + 0.06, said, small, style="italic", color=lay.HEADER_BLUE)
        if image is not None:
            box = (x + width - 0.18 - side_photo, y + 0.16 + side_photo)
            ax = fig.add_axes(
                (box[0] / lay.PAGE_W, 1 - box[1] / lay.PAGE_H, side_photo / lay.PAGE_W, side_photo / lay.PAGE_H)
            )
            ax.imshow(image)
            ax.set_axis_off()
            at = max(at, y + 0.16 + side_photo)
        at += 0.12
        for text_label, text in fields:
            if side:  # the name a little lower: it is smaller than the text beside it
                lay.put(fig, left, at + (body - label) / 72 * 0.8, text_label, label, fontweight="bold", color=lay.GREY)
                at = lay.lines(fig, left + label_w, at, text, body) + gap
            else:
                lay.put(fig, left, at, text_label, label, fontweight="bold", color=lay.GREY)
                at = lay.lines(fig, left, at + lay.line_height(label), text, body) + gap

    return _Card(height, draw)


def personas(content: PlanContent) -> list[Draw]:
    """Cards as tall as their text, two or three to a row, on as few pages as they need, the
    text as large as that allows."""
    lang, title = content.language, rt.pick(rt.CHAPTERS["personas"], content.language)
    if not content.personas:
        return []
    room = lay.BOTTOM - lay.TOP
    best: tuple[tuple[int, float, int], list[list[list[_Card]]], float] | None = None
    for columns in (2, 3):
        width = (lay.WIDTH - CARD_GAP * (columns - 1)) / columns
        for scale in (0.85, 0.9, 0.95, 1.0, 1.1, 1.2, 1.3):  # on fewer pages a little smaller
            cards = []
            for persona in content.personas:
                card = _persona_card(persona, width, lang, scale)
                for lines in (24, 16, 10, 6, 3):  # a card taller than a page: its fields shortened
                    if card.height <= room:
                        break
                    card = _persona_card(persona, width, lang, scale, max_lines=lines)
                cards.append(card)
            pages = _pack(cards, columns)
            score = (len(pages), -scale, columns)
            if best is None or score < best[0]:
                best = (score, pages, width)
    assert best is not None
    _score, chosen, width = best

    def page(number_: int, rows: list[list[_Card]]) -> Draw:
        def draw(fig: Figure) -> None:
            y = lay.heading(fig, title if number_ == 0 else f"{title} ({number_ + 1})")
            for row in rows:
                height = max(card.height for card in row)
                for i, card in enumerate(row):
                    card.draw(fig, lay.MARGIN + i * (width + CARD_GAP), y, height)
                y += height + CARD_GAP

        return draw

    return [page(n, rows) for n, rows in enumerate(chosen)]


def _pack(cards: list[_Card], columns: int) -> list[list[list[_Card]]]:
    """Rows of `columns` cards, as many rows to a page as fit."""
    pages: list[list[list[_Card]]] = [[]]
    y = lay.TOP
    for i in range(0, len(cards), columns):
        row = cards[i : i + columns]
        height = max(card.height for card in row)
        if pages[-1] and y + height > lay.BOTTOM:
            pages.append([])
            y = lay.TOP
        pages[-1].append(row)
        y += height + CARD_GAP
    return pages


# -- 2 the goal table -------------------------------------------------------------------


def goal_table(content: PlanContent) -> list[Draw]:
    """Each goal with its figures, then its measures; a measure's status and dates stand in
    columns of their own."""
    lang = content.language
    title = rt.pick(rt.CHAPTERS["goals"], lang)
    if not content.goals:
        return []
    owners = {m.id: m.name for m in content.team}
    currency = content.settings.currency
    valued = bool(content.values)  # a "worth a year" column only when some goal has a value
    keys = ["metric", "span", "current", *(["worth"] if valued else []), "deadline", "progress"]
    keys += ["owner", "status", "dates"]
    right = {"current", "worth"}
    headers = {"span": f"{_w('baseline', lang)} → {_w('target', lang)}"}
    columns = [Column(f"{_w('goal', lang)} / {_w('measure', lang)}")] + [
        Column(headers.get(key) or _w(key, lang), align="right" if key in right else "left") for key in keys
    ]
    rows: list[Row] = []
    for goal in content.goals:
        p = content.progress[goal.id]
        status = px.pick(px.PROGRESS_STATUS[p.status], lang)
        shown = status if p.fraction is None else f"{p.fraction * 100:.0f} % · {status}"
        metric = px.pick(px.METRICS.get(goal.metric, (goal.metric, goal.metric)), lang) + px.segment_text(goal, lang)
        cells: dict[str, object] = {
            "metric": metric,
            "span": f"{goal_value(goal, goal.baseline_value, lang, currency)}\u00a0→ "
            f"{goal_value(goal, goal.target_value, lang, currency)}",
            "current": goal_value(goal, p.current, lang, currency),
            "worth": _worth(content.values.get(goal.id), currency, lang),
            "deadline": day(goal.deadline, lang),
            "progress": Bar(p.fraction, shown, STATUS_COLORS[p.status]),
            "owner": owners.get(goal.owner_id or 0, ""),
        }
        acting = [m for m in content.measures if goal.id in m.goal_ids]
        row = Row([goal.title, *(cells.get(key, "") for key in keys)], fill=lay.GOAL_BLUE, bold=True, keep=bool(acting))
        rows.append(row)
        for m in acting:
            cells = {
                "owner": owners.get(m.owner_id or 0, ""),
                "status": px.pick(px.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang),
                "dates": _span(day(m.start, lang), day(m.end, lang)),
            }
            rows.append(Row(["↳ " + m.title, *(cells.get(key, "") for key in keys)], indent=0.12, size=8))
    intro = _w("goals_intro", lang) + (" " + _w("worth_intro", lang) if valued else "")
    return lay.table_pages(title, intro, columns, rows)


def _span(start: str, end: str) -> str:
    """Start and end joined by a dash, the line breaking after the dash when it must."""
    return "\u00a0– ".join(x for x in (start, end) if x)


def _worth(value: GoalValue | None, currency: str, lang: str) -> str:
    """The margin a year once the target holds; the computation is in the intro."""
    if value is None:
        return ""
    if value.gap <= 0:
        return _w("reached", lang)
    return f"{number(value.margin, lang, 0)}\u00a0{currency}"


# -- 3 measures -------------------------------------------------------------------------


def measures(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["measures"], lang)
    if not content.measures:
        return []
    owners = {m.id: m.name for m in content.team}
    goal_titles = {goal.id: goal.title for goal in content.goals}
    currency = content.settings.currency
    columns = [
        Column(_w("measure", lang)),
        Column(_w("goals", lang)),
        Column(_w("owner", lang)),
        Column(_w("status", lang)),
        Column(_w("dates", lang)),
        Column(_w("cost", lang), align="right"),
        Column(_w("effort", lang), align="right"),
        Column(_w("impact", lang), align="right"),
    ]
    rows = [
        Row(
            [
                m.title,
                "; ".join(goal_titles[i] for i in m.goal_ids if i in goal_titles),
                owners.get(m.owner_id or 0, ""),
                px.pick(px.MEASURE_STATUS.get(m.status, (m.status, m.status)), lang),
                _span(day(m.start, lang), day(m.end, lang)),
                "" if m.cost is None else f"{number(m.cost, lang, 0)} {currency}",
                str(m.effort),
                str(m.impact),
            ]
        )
        for m in content.measures
    ]
    return [*lay.table_pages(title, "", columns, rows), lambda fig: _matrix(fig, content)]


def _matrix(fig: Figure, content: PlanContent) -> None:
    """Impact against effort, the quadrants named and coloured as the Measures section shows
    them, each measure a numbered dot in the colour of its status."""
    lang = content.language
    lay.heading(fig, f"{rt.pick(rt.CHAPTERS['measures'], lang)}: {_w('matrix', lang)}")
    side = lay.BOTTOM - lay.TOP - 0.55  # a square matrix, its axis names below and left
    left = lay.MARGIN + 0.55
    ax = fig.add_axes((left / lay.PAGE_W, 1 - (lay.TOP + side) / lay.PAGE_H, side / lay.PAGE_W, side / lay.PAGE_H))
    ax.set_xlim(0.5, 5.5)
    ax.set_ylim(0.5, 5.5)
    quadrants = (
        ((0.5, 3.0), "quick_wins"),
        ((3.0, 3.0), "big_bets"),
        ((0.5, 0.5), "fill_ins"),
        ((3.0, 0.5), "money_pits"),
    )
    for (x0, y0), key in quadrants:
        ax.fill_between([x0, x0 + 2.5], y0, y0 + 2.5, color=QUADRANT_COLORS[key], zorder=0, linewidth=0)
        low = y0 < 3  # the lower quadrants named at their foot, clear of the dots on the middle line
        ax.text(
            x0 + 0.08,
            y0 + (0.08 if low else 2.42),
            _w(key, lang),
            ha="left",
            va="bottom" if low else "top",
            fontsize=9,
            fontweight="bold",
            color="#7A8794",
        )
    placed: dict[tuple[int, int], int] = {}
    legend = []
    for number_, m in enumerate(content.measures, start=1):
        k = placed.get((m.effort, m.impact), 0)
        placed[(m.effort, m.impact)] = k + 1
        angle = k * 2.4
        x, y = m.effort + 0.24 * np.cos(angle) * (k > 0), m.impact + 0.24 * np.sin(angle) * (k > 0)
        colour = MEASURE_COLORS.get(m.status, "#95A5A6")
        ax.scatter([x], [y], s=250, color=colour, edgecolors="white", linewidths=1.2, zorder=3)
        ax.text(x, y, str(number_), ha="center", va="center", color="white", fontsize=7, fontweight="bold", zorder=4)
        legend.append((number_, m.title, colour))
    ax.set_xlabel(_w("effort_axis", lang), fontsize=9)
    ax.set_ylabel(_w("impact_axis", lang), fontsize=9)
    ax.set_xticks(range(1, 6))
    ax.set_yticks(range(1, 6))
    ax.tick_params(labelsize=8)
    ax.spines[["top", "right"]].set_visible(False)
    # the numbered list beside the matrix, and what the colours mean
    x = left + side + 0.45
    room = lay.PAGE_W - lay.MARGIN - x - 0.3
    y = lay.TOP
    for number_, name, colour in legend:
        text = lay.wrap(name, room, 8.5, max_lines=2)
        if y + len(text) * lay.line_height(8.5) > lay.BOTTOM - 0.9:
            lay.put(fig, x, y, "…", 8.5)
            break
        lay.put(fig, x + 0.22, y, str(number_), 8.5, ha="right", fontweight="bold", color=colour)
        y = lay.lines(fig, x + 0.3, y, text, 8.5) + 0.04
    y = max(y + 0.2, lay.BOTTOM - 0.75)
    lay.put(fig, x, y, _w("colour_status", lang), 8, fontweight="bold", color=lay.GREY)
    y += lay.line_height(8)
    spots = [(key, px.pick(name, lang)) for key, name in px.MEASURE_STATUS.items()]
    at = x
    for key, name in spots:
        width = 0.16 + lay.text_width(name, 8) + 0.18
        if at + width > lay.PAGE_W - lay.MARGIN:
            at, y = x, y + lay.line_height(8)
        lay.box(fig, at, y + 0.02, 0.1, 0.1, MEASURE_COLORS[key])
        lay.put(fig, at + 0.16, y, name, 8)
        at += width


# -- 5 effectiveness, figures -----------------------------------------------------------


def kpis(content: PlanContent) -> list[Draw]:
    lang = content.language
    title = rt.pick(rt.CHAPTERS["kpis"], lang)
    labels = rt.labels(rt.CHART_LABELS, lang)
    if not content.periods:
        return []

    def chart(intro: str, draw_chart: Callable[[Figure], None]) -> Draw:
        def draw(fig: Figure) -> None:
            draw_chart(fig)  # laid out for the whole page: moved into the room under the heading
            top = lay.content_top(_w(intro, lang))
            for ax in fig.axes:
                x0, y0, w, h = ax.get_position().bounds
                room = 1 - (top + 0.1) / lay.PAGE_H - 0.1
                ax.set_position((0.05 + x0 * 0.9, 0.1 + y0 * room, w * 0.9, h * room))
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
    "journey": lambda content: journey(content) + lanes(content),
    "effect": effect,
    "kpis": kpis,
    "winback": winback,
    "ideas": ideas,
}
EMPTY = {  # why a chapter has no pages
    "personas": "no_personas",
    "goals": "no_goals",
    "measures": "no_measures",
    "journey": "no_journey",
    "effect": "no_effect",
    "kpis": "no_sales",
    "winback": "no_sales",
    "ideas": "no_ideas",
}
