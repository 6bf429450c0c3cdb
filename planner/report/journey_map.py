"""The journey chapter: one column per stage, a card per touchpoint, laid out from the text.

Each card holds what a workshop wrote on it, wrapped to the column, nothing cut: the channel
(its badge and name) and the emotion score, the touchpoint's name, its owner, its pain points
and the measures acting on it. Cards stack from the top of the page under the stage names
and the emotion curve of those stages; a column that runs past the page goes on over the
next, with the stage names repeated. A journey of more stages than fit side by side at a
readable width is split into groups of stages, each on pages of its own with its part of
the curve.
"""

from __future__ import annotations

import math
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from functools import partial

import numpy as np
from matplotlib.figure import Figure

from planner.charts.journey import EMOTION_COLORS, plot_curve
from planner.charts.sales import PALETTE, style_axes
from planner.export import plan_texts as px
from planner.export.plan_sheet import PlanContent
from planner.journey import EmotionCurve, channel_badge, channel_label, emotion_curve
from planner.model import Measure, Stage, Touchpoint
from planner.report import layout as lay
from planner.report import texts as rt
from planner.report.layout import Draw

MAX_STAGES = 7  # side by side on one page: columns of 1.4 inches and more
GAP = 0.1  # inches between columns
STAGE_H = 0.42  # the stage names' row
CURVE_H = 1.0  # the emotion curve under it
LOW_CURVE_H = 0.7  # or lower, to keep the journey on one page
NAME, SMALL = 7.5, 6.5  # points: a card's name, and its other lines
SCALES = (1.0, 0.94)  # of the type, to keep a journey on one page (6.5 pt down to 6.1, no smaller)
PAD = 0.07
STRIPE = 0.05  # the emotion colour down a card's left edge


@dataclass
class _Card:
    touchpoint: Touchpoint
    badge: str
    colour: str
    name: list[str]
    meta: list[str]
    pains: list[str]
    measures: list[list[str]]
    height: float
    scale: float = 1.0  # of the type: a journey a little too long for its page is set smaller


def _badge_w(code: str) -> float:
    return lay.text_width(code, 6, "bold") + 0.08


SCORE_W = 0.2  # the emotion score's box


def _card(
    tp: Touchpoint, width: float, owner: str, measures: Sequence[Measure], language: str, scale: float = 1.0
) -> _Card:
    """A touchpoint's card, its text wrapped to the column: the name beside the channel's
    badge and the emotion score, then channel and owner, pain points, the measures acting here."""
    name_pt, small_pt = _sizes(scale)
    inner = width - 2 * PAD - STRIPE
    badge, colour = channel_badge(tp.channel)
    beside = inner - _badge_w(badge) - 0.05 - SCORE_W - 0.05
    name = lay.wrap(tp.name, inner, name_pt, max_lines=5, weight="bold", first=beside)
    meta_text = " · ".join(x for x in (channel_label(tp.channel, language), owner) if x)
    meta = lay.wrap(meta_text, inner, small_pt, max_lines=3)
    pains = lay.wrap("⚠\u00a0" + tp.pain_points, inner, small_pt, max_lines=8) if tp.pain_points.strip() else []
    measure_lines = [
        lay.wrap("▸\u00a0" + m.title + _status(m, language), inner - 0.04, small_pt, max_lines=3) for m in measures
    ]
    small = lay.line_height(small_pt)
    height = PAD + max(len(name) * lay.line_height(name_pt), small + 0.02) + len(meta) * small
    height += (len(pains) * small + 0.04) if pains else 0.0
    height += sum(len(lines) * small for lines in measure_lines) + (0.1 if measure_lines else 0.0)
    return _Card(tp, badge, colour, name, meta, pains, measure_lines, height + PAD, scale)


def _sizes(scale: float) -> tuple[float, float]:
    return NAME * scale, SMALL * scale


def _status(m: Measure, language: str) -> str:
    if m.status in ("active", "done"):
        return ""
    return f" ({px.pick(px.MEASURE_STATUS.get(m.status, (m.status, m.status)), language)})"


def _draw_card(fig: Figure, card: _Card, x: float, y: float, width: float) -> None:
    name_pt, small_pt = _sizes(card.scale)
    tp = card.touchpoint
    emotion = EMOTION_COLORS.get(tp.emotion, "#95A5A6")
    lay.box(fig, x, y, width, card.height, "white", edgecolor="#C9D1D9", linewidth=0.6)
    lay.box(fig, x, y, STRIPE, card.height, emotion, zorder=1)
    left, right = x + STRIPE + PAD, x + width - PAD
    small = lay.line_height(small_pt)
    badge_w = _badge_w(card.badge)
    top = y + PAD
    lay.box(fig, left, top, badge_w, small, card.colour, zorder=1)
    lay.put(fig, left + badge_w / 2, top + 0.025, card.badge, 6, ha="center", color="white", fontweight="bold")
    lay.box(fig, right - SCORE_W, top, SCORE_W, small, emotion, zorder=1)
    score = f"{tp.emotion:+d}".replace("-", "−") if tp.emotion else "0"
    lay.put(fig, right - SCORE_W / 2, top + 0.02, score, small_pt, ha="center", color="white", fontweight="bold")
    at = top
    for k, line in enumerate(card.name):
        lay.put(fig, left + (badge_w + 0.05 if k == 0 else 0.0), at, line, name_pt, fontweight="bold")
        at += lay.line_height(name_pt)
    at = max(at, top + small + 0.02)
    at = lay.lines(fig, left, at, card.meta, small_pt, color=lay.GREY)
    if card.pains:
        at = lay.lines(fig, left, at + 0.04, card.pains, small_pt, color=PALETTE["bad"])
    if card.measures:
        at += 0.05
        height = sum(len(lines) for lines in card.measures) * small
        lay.box(fig, left - 0.03, at - 0.02, right - left + 0.06, height + 0.04, "#E8F1FA", zorder=1)
        for lines in card.measures:
            at = lay.lines(fig, left, at, lines, small_pt, color=PALETTE["primary"])


def _groups(stages: Sequence[Stage]) -> list[list[int]]:
    """Stage indexes in groups of at most MAX_STAGES, as even as can be."""
    count = max(1, math.ceil(len(stages) / MAX_STAGES))
    size = math.ceil(len(stages) / count)
    return [list(range(i, min(i + size, len(stages)))) for i in range(0, len(stages), size)]


@dataclass
class _Stage:
    """A stage's place on a page: its column(s) and the cards in each."""

    index: int  # in the plan's stages
    x: float
    width: float  # all its columns
    columns: list[list[tuple[_Card, float]]]  # per column: (card, y)
    column_w: float


def journey(content: PlanContent) -> list[Draw]:
    if not content.touchpoints or not content.stages:
        return []
    lang = content.language
    title = rt.pick(rt.CHAPTERS["journey"], lang)
    owners = {m.id: m.name for m in content.team}
    curve = emotion_curve(content.stages, content.touchpoints, [p.id for p in content.personas])
    names = {p.id: p.name for p in content.personas}
    groups = _groups(content.stages)
    per_page = max(len(g) for g in groups)
    first_top = lay.TOP + STAGE_H + 0.1 + CURVE_H + _legend_h(curve, names, lang)

    def cards(group: list[int], width: float, scale: float) -> list[list[_Card]]:
        return [
            [
                _card(tp, width, owners.get(tp.owner_id or 0, ""), _acting(content.measures, tp), lang, scale)
                for tp in content.touchpoints
                if tp.stage_id == content.stages[index].id
            ]
            for index in group
        ]

    pages: list[Draw] = []
    for group in groups:
        for curve_h in (CURVE_H, LOW_CURVE_H):  # the curve a little lower before a page of a few cards
            one = _one_page(group, per_page, partial(cards, group), first_top - CURVE_H + curve_h)
            if one is not None:
                more = f" ({len(pages) + 1})" if pages else ""
                pages.append(_page(title + more, content.stages, one, curve, names, lang, curve_h))
                break
        if one is not None:
            continue
        # too long for one page even with a stage over two columns and smaller type: each stage
        # one column, going on over the next pages with the stage names repeated
        width = (lay.WIDTH - GAP * (per_page - 1)) / per_page
        columns = cards(group, width, 1.0)
        first = True
        while first or any(columns):
            top = first_top if first else lay.TOP + STAGE_H + 0.1
            placed: list[_Stage] = []
            for k, stage_cards in enumerate(columns):
                y, here = top, list[tuple[_Card, float]]()
                while stage_cards and (not here or y + stage_cards[0].height <= lay.BOTTOM):
                    card = stage_cards.pop(0)
                    here.append((card, y))
                    y += card.height + 0.08
                placed.append(_Stage(group[k], lay.MARGIN + k * (width + GAP), width, [here], width))
                columns[k] = stage_cards
            number = len(pages) + 1
            pages.append(
                _page(
                    title if not pages else f"{title} ({number})",
                    content.stages,
                    placed,
                    curve if first else None,
                    names,
                    lang,
                )
            )
            first = False
    return pages


MIN_COLUMN = 1.05  # inches: a card narrower than this is hard to read
MAX_SPAN = 3  # columns one stage may take


def _one_page(
    group: list[int], per_page: int, cards: Callable[[float, float], list[list[_Card]]], top: float
) -> list[_Stage] | None:
    """The stages on one page, a long stage over two or three columns where the page has room
    for more columns than stages, the type a little smaller if need be; None when it does not fit.
    Fewest columns first (the widest cards), then the largest type."""
    room = lay.BOTTOM - top
    for slots in range(max(per_page, len(group)), len(group) + MAX_SPAN):
        width = (lay.WIDTH - GAP * (slots - 1)) / slots
        if width < MIN_COLUMN and slots > len(group):
            break
        for scale in SCALES:
            stages = cards(width, scale)
            split = [_split(stage, room) for stage in stages]
            if any(s is None for s in split):
                continue
            spans = [len(s) for s in split if s is not None]
            if sum(spans) > slots:
                continue
            out, x = [], lay.MARGIN
            for index, columns in zip(group, split, strict=True):
                assert columns is not None
                span = len(columns)
                placed = []
                for column in columns:
                    y, here = top, []
                    for card in column:
                        here.append((card, y))
                        y += card.height + 0.08
                    placed.append(here)
                out.append(_Stage(index, x, span * width + (span - 1) * GAP, placed, width))
                x += span * (width + GAP)
            return out
    return None


def _split(cards: list[_Card], room: float) -> list[list[_Card]] | None:
    """The cards of a stage in as few columns as fit `room`, in reading order, the columns as
    even as can be; None when even MAX_SPAN columns do not."""
    for span in range(1, MAX_SPAN + 1):
        best: tuple[float, list[list[_Card]]] | None = None
        for cuts in _cuts(len(cards), span):
            columns = [cards[a:b] for a, b in zip((0, *cuts), (*cuts, len(cards)), strict=True)]
            tallest = max(_column_height(c) for c in columns)
            if tallest <= room and (best is None or tallest < best[0]):
                best = (tallest, columns)
        if best is not None:
            return [c for c in best[1] if c] or [[]]
    return None


def _cuts(n: int, span: int) -> list[tuple[int, ...]]:
    if span == 1:
        return [()]
    if span == 2:
        return [(i,) for i in range(1, n)]
    return [(i, j) for i in range(1, n) for j in range(i + 1, n)]


def _column_height(cards: Sequence[_Card]) -> float:
    return sum(card.height for card in cards) + 0.08 * max(0, len(cards) - 1)


def _acting(measures: Sequence[Measure], tp: Touchpoint) -> list[Measure]:
    return [m for m in measures if tp.id in m.touchpoints]


def _legend_h(curve: EmotionCurve, names: Mapping[int, str], lang: str) -> float:
    return 0.06 + len(_legend_rows(curve, names, lang)) * 0.15 + 0.06


def _legend_entries(curve: EmotionCurve, names: Mapping[int, str], lang: str) -> list[str]:
    labels = rt.labels(rt.CURVE_LABELS, lang)
    entries = [names.get(pid, str(pid)) for pid in curve.by_persona]
    entries.append(labels["average"])
    if any(curve.pain_points):
        entries.append(labels["pain"])
    if curve.lowest:
        entries.append(labels["lowest"])
    return entries


def _legend_rows(curve: EmotionCurve, names: Mapping[int, str], lang: str) -> list[list[str]]:
    rows: list[list[str]] = [[]]
    used = 0.0
    for entry in _legend_entries(curve, names, lang):
        width = 3.7 * 7 / 72 + lay.text_width(entry, 7)  # handle, its gap and the gap to the next
        if rows[-1] and used + width > lay.WIDTH:
            rows.append([])
            used = 0.0
        rows[-1].append(entry)
        used += width
    return rows


def _page(
    title: str,
    stages: Sequence[Stage],
    placed: list[_Stage],
    curve: EmotionCurve | None,
    names: Mapping[int, str],
    lang: str,
    curve_h: float = CURVE_H,
) -> Draw:
    def draw(fig: Figure) -> None:
        lay.heading(fig, title)
        for stage in placed:
            lay.box(fig, stage.x, lay.TOP, stage.width, STAGE_H, PALETTE["primary"])
            name = lay.wrap(stages[stage.index].name, stage.width - 0.12, 8.5, max_lines=2, weight="bold")
            y = lay.TOP + (STAGE_H - len(name) * lay.line_height(8.5)) / 2 + 0.01
            lay.lines(fig, stage.x + stage.width / 2, y, name, 8.5, ha="center", color="white", fontweight="bold")
            for k, column in enumerate(stage.columns):
                for card, at in column:
                    _draw_card(fig, card, stage.x + k * (stage.column_w + GAP), at, stage.column_w)
        if curve is not None:
            _curve(fig, curve, placed, names, lang, curve_h)

    return draw


def _curve(
    fig: Figure,
    curve: EmotionCurve,
    placed: list[_Stage],
    names: Mapping[int, str],
    lang: str,
    curve_h: float = CURVE_H,
) -> None:
    """The emotion curve under the stage names, each stage's point in the middle of its column(s)."""
    top = lay.TOP + STAGE_H + 0.08
    left = lay.MARGIN - GAP / 2
    span = placed[-1].x + placed[-1].width + GAP / 2 - left
    ax = fig.add_axes(
        (left / lay.PAGE_W, 1 - (top + curve_h - 0.05) / lay.PAGE_H, span / lay.PAGE_W, (curve_h - 0.1) / lay.PAGE_H)
    )
    # each stage at the middle of its columns, in inches from the axes' left; stages on other pages outside
    x = np.arange(len(curve.stages), dtype=float) * 10.0 + 1000.0
    first = placed[0].index
    for k in range(len(curve.stages)):
        x[k] = -1000.0 + k if k < first else x[k]
    for stage in placed:
        x[stage.index] = stage.x + stage.width / 2 - left
    labels = rt.labels(rt.CURVE_LABELS, lang)
    plot_curve(ax, curve, x, names, labels)
    if curve_h < CURVE_H:  # lower: every second step named, so the numbers keep apart
        ax.set_yticks([-2, 0, 2], ["−2", "0", "+2"])
    ax.set_xlim(0, span)
    ax.set_xticks([])
    ax.tick_params(axis="y", labelsize=6.5, length=2, pad=2)
    style_axes(ax)
    ax.spines[["bottom"]].set_visible(False)
    handles, texts = ax.get_legend_handles_labels()
    shown = [(h, t) for h, t in zip(handles, texts, strict=True) if not t.startswith("_")]
    rows = _legend_rows(curve, names, lang)
    fig.legend(
        [h for h, _t in shown],
        [t for _h, t in shown],
        loc="upper left",
        bbox_to_anchor=(lay.MARGIN / lay.PAGE_W, 1 - (top + curve_h) / lay.PAGE_H),
        ncol=max(1, len(rows[0])),
        frameon=False,
        fontsize=7,
        borderaxespad=0,
        borderpad=0.1,
        handlelength=2.0,
        handletextpad=0.5,
        columnspacing=1.2,
        labelspacing=0.25,
        markerscale=0.6,
    )
