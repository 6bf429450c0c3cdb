"""Drawing the journey: the emotion curve, and the whole map for PNG/SVG/PDF export.

The map export is laid out for landscape A4 and a projector: one column per stage, a
card per touchpoint (channel, name, emotion colour, pain points), the emotion curve
beneath. A stage with more cards than fit on a page continues on the next page of the
PDF, with the stage names repeated.
"""

from __future__ import annotations

import textwrap
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal

import numpy as np

from planner.charts.sales import PALETTE, finish, style_axes
from planner.errors import PlannerError
from planner.journey import EmotionCurve, channel_badge, channel_label
from planner.journey.syllables import syllable_breaks
from planner.model import Stage, Touchpoint

if TYPE_CHECKING:  # matplotlib loads when a map is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

EMOTION_COLORS = {-2: "#C0392B", -1: "#E67E22", 0: "#95A5A6", 1: "#7DBE5A", 2: "#2E8B57"}
PERSONA_COLORS = ("#1F6FB2", "#8E44AD", "#16A085", "#D35400", "#2C3E50", "#C2185B")
A4_LANDSCAPE = (11.69, 8.27)
CURVE_LABELS = {
    "average": "Average",
    "pain": "Pain points",
    "lowest": "Lowest point",
    "no_data": "No touchpoints yet",
    # a narrow chart's legend, on one line under the curve
    "average_short": "Average",
    "lowest_short": "Lowest point",
}
CARDS_PER_PAGE = 6


def plot_curve(
    ax: Axes, curve: EmotionCurve, x: np.ndarray, persona_names: Mapping[int, str] | None, t: Mapping[str, str]
) -> None:
    """The curve as the window and the exported map draw it: personas thin, the average
    thick, pain points and the lowest stage(s) marked, the scale from -2 to +2."""
    avg = np.array([np.nan if v is None else v for v in curve.average], dtype=float)
    ax.axhline(0, color=PALETTE["grid"], linewidth=1.5, zorder=0)
    for i, (pid, values) in enumerate(curve.by_persona.items()):
        y = np.array([np.nan if v is None else v for v in values], dtype=float)
        name = (persona_names or {}).get(pid, str(pid))
        ax.plot(x, y, color=PERSONA_COLORS[i % len(PERSONA_COLORS)], linewidth=1.4, alpha=0.8, marker=".", label=name)
    ax.plot(x, avg, color=PALETTE["text"], linewidth=3, marker="o", markersize=7, label=t["average"])
    pains = [i for i, n in enumerate(curve.pain_points) if n]
    if pains:
        ax.scatter(x[pains], avg[pains] - 0.25, marker="v", color=PALETTE["bad"], s=60, zorder=5, label=t["pain"])
    for i in curve.lowest:
        ax.scatter(
            [x[i]],
            [avg[i]],
            s=320,
            facecolors="none",
            edgecolors=PALETTE["bad"],
            linewidths=2.5,
            zorder=6,
            label=t["lowest"] if i == curve.lowest[0] else "_lowest",
        )
    ax.set_ylim(-2.6, 2.6)
    ax.set_yticks([-2, -1, 0, 1, 2], ["−2", "−1", "0", "+1", "+2"])


def _fitted(names: Sequence[str], room: float, size: float) -> tuple[list[str], float]:
    """The names on the longest lines that are no wider than `room` points, at `size` or, in
    a small window, a little smaller (measured in the font, not counted in letters:
    "Bewusstwer-" is twice as wide as "Illinois"); the names and the size they take."""
    from matplotlib.font_manager import FontProperties
    from matplotlib.textpath import TextToPath

    measure = TextToPath()
    longest = max((len(n) for n in names), default=1)
    for scale in (1.0, 0.85, 0.7):
        font = FontProperties(size=size * scale)

        def widest(text: str, font: FontProperties = font) -> float:
            return max(measure.get_text_width_height_descent(ln, font, ismath=False)[0] for ln in text.split("\n"))

        for chars in range(longest, 3, -1):
            lines = [_lines(n, chars) for n in names]
            if all(widest(text) <= room for text in lines):
                return lines, size * scale
    return [_lines(n, 4) for n in names], size * 0.7


def _lines(text: str, width: int) -> str:
    """A name on lines of about `width` characters, broken between words, a longer word
    where a syllable ends ("Unbewusst-" "heit"): under the curve a stage's name is read from
    the back row, never guessed from "Besuch und Best…" (issue 34)."""
    pieces: list[str] = []
    for word in text.split():
        rest = word
        while len(rest) > width:
            ends = [b for b in syllable_breaks(rest) if b <= width - 1] if rest.isalpha() else []
            if not ends:
                break
            pieces.append(rest[: ends[-1]] + "-")
            rest = rest[ends[-1] :]
        pieces.append(rest)
    lines: list[str] = []
    for piece in pieces:
        if lines and not lines[-1].endswith("-") and len(lines[-1]) + 1 + len(piece) <= width:
            lines[-1] += " " + piece
        else:
            lines.append(piece)
    return "\n".join(lines) or text


def emotion_chart(
    fig: Figure,
    curve: EmotionCurve,
    *,
    persona_names: Mapping[int, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    """Average emotion per stage (thick), one thin line per persona, pain points marked,
    the lowest stage(s) highlighted: that is where customers are lost."""
    t = {**CURVE_LABELS, **(labels or {})}
    fig.clear()
    ax = fig.add_subplot()
    if not curve.stages or all(v is None for v in curve.average):
        ax.axis("off")
        ax.text(0.5, 0.5, t["no_data"], ha="center", va="center", color=PALETTE["muted"], transform=ax.transAxes)
        return
    x = np.arange(len(curve.stages))
    plot_curve(ax, curve, x, persona_names, t)
    width, _height = fig.get_size_inches()
    wide = width >= 6  # a narrow window's chart: shorter, steeper stage names and legend entries
    style_axes(ax)  # the tick labels' size, which the names are fitted to
    if wide:
        ax.set_xticks(x, [_lines(s, 16) for s in curve.stages], rotation=20, ha="right", rotation_mode="anchor")
    else:  # upright on short lines: slanted names took the curve's height in a small window
        room = width * 72 * 0.8 / len(x) * 0.92  # points under each stage, a gap between
        names, size = _fitted(curve.stages, room, float(ax.xaxis.get_majorticklabels()[0].get_fontsize()))
        ax.set_xticks(x, names, fontsize=size)
    ax.set_xlim(-0.5, len(x) - 0.5)
    handles, names = ax.get_legend_handles_labels()
    if wide:
        ax.legend(handles, names, loc="center left", bbox_to_anchor=(1.0, 0.5), frameon=False, fontsize=8)
    else:  # below the curve, so the curve keeps the width
        place: Literal["outside lower center", "lower center"] = (
            "outside lower center" if fig.get_layout_engine() is not None else "lower center"
        )
        fig.legend(
            handles=handles,
            labels=[{t["average"]: t["average_short"], t["lowest"]: t["lowest_short"]}.get(n, n) for n in names],
            loc=place,
            frameon=False,
            fontsize=7,
            ncol=4,
            columnspacing=0.6,
            handlelength=1.0,
            handletextpad=0.4,
            markerscale=0.5,
        )
    finish(fig)


def _map_page(
    fig: Figure,
    title: str,
    stages: Sequence[Stage],
    cards: Mapping[int, Sequence[Touchpoint]],
    owners: Mapping[int, str],
    language: str,
    curve: EmotionCurve | None,
    labels: Mapping[str, str],
    rows: int = CARDS_PER_PAGE,
    persona_names: Mapping[int, str] | None = None,
) -> None:
    from matplotlib.patches import FancyBboxPatch

    fig.clear()
    fig.suptitle(title, fontsize=14, fontweight="bold", x=0.02, ha="left")
    n = max(1, len(stages))
    board = fig.add_axes((0.02, 0.31 if curve else 0.04, 0.96, 0.61 if curve else 0.88))
    board.set_xlim(0, n)
    board.set_ylim(-rows - 0.2, 1)
    board.axis("off")
    # characters of a 6.8 pt line that fit a card of this column width
    column_inches = fig.get_figwidth() * 0.96 / n
    card_inches = column_inches * 0.8

    def badge_units(code: str) -> float:
        """The badge's width in column units: 5.5 pt bold capitals plus its padding."""
        return (len(code) * 5.5 * 0.68 + 5.5 * 0.4 + 1) / 72 / column_inches

    chars = max(10, int(card_inches * 72 / (6.8 * 0.6)))
    for i, stage in enumerate(stages):
        board.add_patch(
            FancyBboxPatch((i + 0.04, 0.25), 0.92, 0.6, boxstyle="round,pad=0.02", color=PALETTE["primary"])
        )
        board.text(
            i + 0.5,
            0.55,
            textwrap.fill(stage.name, 16),
            ha="center",
            va="center",
            color="white",
            fontsize=8.5,
            fontweight="bold",
        )
        for row, tp in enumerate(cards.get(stage.id, [])):
            top = -row - 0.05
            board.add_patch(
                FancyBboxPatch(
                    (i + 0.06, top - 0.85), 0.88, 0.8, boxstyle="round,pad=0.02", facecolor="white", edgecolor="#C9D1D9"
                )
            )
            board.add_patch(
                FancyBboxPatch(
                    (i + 0.06, top - 0.85),
                    0.04,
                    0.8,
                    boxstyle="square,pad=0",
                    color=EMOTION_COLORS.get(tp.emotion, "#95A5A6"),
                )
            )
            # channel badge and emotion score, as on the card on screen
            code, colour = channel_badge(tp.channel)
            board.text(
                i + 0.13,
                top - 0.1,
                code,
                fontsize=5.5,
                fontweight="bold",
                color="white",
                va="top",
                bbox={"boxstyle": "round,pad=0.2", "facecolor": colour, "edgecolor": "none"},
            )
            board.text(
                i + 0.9,
                top - 0.1,
                f"{tp.emotion:+d}" if tp.emotion else "0",
                fontsize=5.8,
                fontweight="bold",
                color="white",
                ha="right",
                va="top",
                bbox={
                    "boxstyle": "round,pad=0.25",
                    "facecolor": EMOTION_COLORS.get(tp.emotion, "#95A5A6"),
                    "edgecolor": "none",
                },
            )
            lines = textwrap.wrap(tp.name, max(6, chars - 8)) or [""]
            name = "\n".join(lines[:2]) + ("…" if len(lines) > 2 else "")
            board.text(
                i + 0.13 + badge_units(code) + 0.02,
                top - 0.1,
                name,
                fontsize=6.8,
                fontweight="bold",
                va="top",
                linespacing=1.1,
            )
            meta = " · ".join(p for p in (channel_label(tp.channel, language), owners.get(tp.owner_id or 0, "")) if p)
            board.text(
                i + 0.13,
                top - 0.47,
                textwrap.shorten(meta, int(chars * 1.1), placeholder="…"),
                fontsize=5.8,
                color="#5B6773",
                va="top",
            )
            if tp.pain_points:
                board.text(
                    i + 0.13,
                    top - 0.64,
                    "⚠ " + textwrap.shorten(tp.pain_points, int(chars * 1.05), placeholder="…"),
                    fontsize=5.8,
                    color=PALETTE["bad"],
                    va="top",
                )
    if curve is not None and curve.stages:
        # the whole curve as the window shows it, its points under the stage columns
        ax = fig.add_axes((0.02, 0.09, 0.96, 0.17))
        x = np.arange(len(curve.stages)) + 0.5
        plot_curve(ax, curve, x, persona_names, {**CURVE_LABELS, **labels})
        ax.set_xlim(0, len(x))
        ax.set_xticks(x, [_lines(s, 22) for s in curve.stages], fontsize=7)
        ax.tick_params(axis="y", direction="in", pad=-16, labelsize=7)
        ax.set_ylabel(labels.get("emotion", "Emotion"), fontsize=8)
        style_axes(ax)
        handles, names = ax.get_legend_handles_labels()
        fig.legend(
            handles=handles,
            labels=names,
            loc="lower center",
            ncol=min(len(names), 7),
            frameon=False,
            fontsize=7,
            markerscale=0.6,
            bbox_to_anchor=(0.5, 0.0),
        )


def journey_map_pages(
    *,
    title: str,
    stages: Sequence[Stage],
    touchpoints: Sequence[Touchpoint],
    owners: Mapping[int, str],
    language: str,
    curve: EmotionCurve | None,
    labels: Mapping[str, str] | None = None,
    persona_names: Mapping[int, str] | None = None,
) -> list[Callable[[Figure], None]]:
    """The map as A4 landscape pages, each a function drawing on a fresh figure: as many
    pages as the fullest stage needs, the emotion curve on the first."""
    labels = dict(labels or {})
    by_stage = {s.id: [tp for tp in touchpoints if tp.stage_id == s.id] for s in stages}
    longest = max((len(v) for v in by_stage.values()), default=0)
    count = max(1, -(-longest // CARDS_PER_PAGE))

    def page(number: int) -> Callable[[Figure], None]:
        chunk = {sid: cards[number * CARDS_PER_PAGE : (number + 1) * CARDS_PER_PAGE] for sid, cards in by_stage.items()}
        page_title = title if count == 1 else f"{title} ({number + 1}/{count})"
        return lambda fig: _map_page(
            fig,
            page_title,
            stages,
            chunk,
            owners,
            language,
            curve if number == 0 else None,
            labels,
            persona_names=persona_names,
        )

    return [page(number) for number in range(count)]


def export_journey_map(
    path: Path,
    *,
    title: str,
    stages: Sequence[Stage],
    touchpoints: Sequence[Touchpoint],
    owners: Mapping[int, str],
    language: str,
    curve: EmotionCurve | None,
    labels: Mapping[str, str] | None = None,
    persona_names: Mapping[int, str] | None = None,
) -> int:
    """Write the map as .png, .svg or .pdf; returns the number of pages (PNG/SVG: 1, with
    every card; PDF: as many as the fullest stage needs)."""
    from matplotlib.backends.backend_pdf import PdfPages
    from matplotlib.figure import Figure

    labels = dict(labels or {})
    by_stage = {s.id: [tp for tp in touchpoints if tp.stage_id == s.id] for s in stages}
    suffix = path.suffix.lower()
    try:
        if suffix == ".pdf":
            pages = journey_map_pages(
                title=title,
                stages=stages,
                touchpoints=touchpoints,
                owners=owners,
                language=language,
                curve=curve,
                labels=labels,
                persona_names=persona_names,
            )
            with PdfPages(path) as pdf:
                for draw in pages:
                    fig = Figure(figsize=A4_LANDSCAPE)
                    draw(fig)
                    pdf.savefig(fig)
            return len(pages)
        if suffix not in (".png", ".svg"):
            raise PlannerError(f"{path.name}: choose .png, .svg or .pdf.", code="bad_export_type")
        longest = max((len(v) for v in by_stage.values()), default=0)
        height = A4_LANDSCAPE[1] * max(1.0, (longest + 3) / (CARDS_PER_PAGE + 3))
        fig = Figure(figsize=(A4_LANDSCAPE[0], height))
        _map_page(
            fig,
            title,
            stages,
            by_stage,
            owners,
            language,
            curve,
            labels,
            rows=max(CARDS_PER_PAGE, longest),
            persona_names=persona_names,
        )
        fig.savefig(path, dpi=150 if suffix == ".png" else None)
        return 1
    except OSError as exc:
        raise PlannerError(f"Cannot write {path.name}: {exc.strerror}.", code="cannot_write", path=str(path)) from None
