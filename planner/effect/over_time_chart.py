"""The chart of a measure's effect over time: on the left the effect at each month from the
start with its 95 % band and the zero line, on the right the cumulative extra gross margin with
its band against the measure's cost, the month it paid for itself marked.

Drawn for the window (in a worker) and usable for documents; the texts come from the caller in
its language. It lives with the effect package (not planner.charts) because it draws nothing but
`planner.effect.over_time.OverTime`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np

from planner.effect.over_time import OverTime

if TYPE_CHECKING:  # matplotlib loads when a chart is drawn
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

COLOURS = {
    "effect": "#1F6FB2",
    "band": "#A9C8E6",
    "margin": "#2E8B57",
    "margin_band": "#B7DEC7",
    "cost": "#C0392B",
    "zero": "#52606D",
    "muted": "#9AA5B1",
    "grid": "#E3E8EE",
    "text": "#25303B",
}
LABELS = {
    "effect": "Effect on coming back (points)",
    "band": "95 % interval",
    "margin": "Extra gross margin so far",
    "cost": "Cost",
    "paid_off": "paid for itself",
    "no_curve": "No curve: the measure has no comparison group yet",
    "no_margin": "No gross margin set: no money figure",
    "date_format": "%Y-%m",
    "decimal": ".",
    "group": ",",
}


def _style(ax: Axes) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(COLOURS["muted"])
    ax.tick_params(colors=COLOURS["text"], labelsize=9)
    ax.grid(axis="y", color=COLOURS["grid"], linewidth=1)
    ax.set_axisbelow(True)


def _number(value: float, labels: Mapping[str, str]) -> str:
    text = f"{value:,.0f}"
    return text.replace(",", "\x00").replace(".", labels["decimal"]).replace("\x00", labels["group"])


def _months(ax: Axes, over: OverTime, labels: Mapping[str, str]) -> np.ndarray:
    x = np.arange(len(over.points))
    step = max(1, int(np.ceil(len(x) / 6)))  # at most about six month labels
    ax.set_xticks(x[::step])
    ax.set_xticklabels([p.at.strftime(labels["date_format"]) for p in over.points][::step])
    ax.set_xlim(-0.5, len(x) - 0.5)
    return x


def _band(values: list[tuple[float, float] | None]) -> tuple[np.ndarray, np.ndarray]:
    lo = np.array([np.nan if v is None else v[0] for v in values], dtype=float)
    hi = np.array([np.nan if v is None else v[1] for v in values], dtype=float)
    return lo, hi


def _empty(fig: Figure, text: str) -> None:
    fig.clear()
    ax = fig.add_subplot()
    ax.axis("off")
    note = ax.text(0.5, 0.5, text, ha="center", va="center", fontsize=12, color=COLOURS["muted"], wrap=True)
    note.set_in_layout(False)


def over_time_chart(fig: Figure, over: OverTime | None, labels: Mapping[str, str] | None = None) -> None:
    t = {**LABELS, **(labels or {})}
    if over is None or not over.points:
        _empty(fig, t["no_curve"])
        return
    fig.clear()
    effect_ax, money_ax = fig.subplots(1, 2)
    x = _months(effect_ax, over, t)
    effect = np.array([np.nan if p.effect is None else p.effect for p in over.points], dtype=float)
    lo, hi = _band([p.ci for p in over.points])
    effect_ax.fill_between(x, lo, hi, color=COLOURS["band"], alpha=0.7, linewidth=0, label=t["band"])
    effect_ax.plot(x, effect, color=COLOURS["effect"], marker="o", markersize=3.5, linewidth=2, label=t["effect"])
    effect_ax.axhline(0, color=COLOURS["zero"], linewidth=1, linestyle="--")
    effect_ax.set_title(t["effect"], fontsize=10, color=COLOURS["text"], wrap=True)  # never past the edge
    _style(effect_ax)

    _months(money_ax, over, t)
    margin = np.array([np.nan if p.cum_margin is None else p.cum_margin for p in over.points], dtype=float)
    if np.isnan(margin).all():
        money_ax.axis("off")
        note = money_ax.text(
            0.5, 0.5, t["no_margin"], ha="center", va="center", fontsize=10, color=COLOURS["muted"], wrap=True
        )
        note.set_in_layout(False)
        return
    lo, hi = _band([p.ci_margin for p in over.points])
    money_ax.fill_between(x, lo, hi, color=COLOURS["margin_band"], alpha=0.8, linewidth=0, label=t["band"])
    money_ax.plot(x, margin, color=COLOURS["margin"], marker="o", markersize=3.5, linewidth=2, label=t["margin"])
    money_ax.axhline(0, color=COLOURS["zero"], linewidth=1, linestyle="--")
    if over.cost is not None:
        money_ax.axhline(over.cost, color=COLOURS["cost"], linewidth=1.5, label=t["cost"])
        money_ax.annotate(
            f"{t['cost']} {_number(over.cost, t)}",
            xy=(len(x) - 1, over.cost),
            xytext=(0, 3),
            textcoords="offset points",
            ha="right",
            fontsize=8,
            color=COLOURS["cost"],
        )
    if over.paid_off is not None:
        i = next(i for i, p in enumerate(over.points) if p.at == over.paid_off)
        money_ax.plot(
            [i], [margin[i]], marker="*", markersize=13, color=COLOURS["cost"], linestyle="none", label=t["paid_off"]
        )
    money_ax.set_title(t["margin"], fontsize=10, color=COLOURS["text"], wrap=True)
    money_ax.yaxis.set_major_formatter(_formatter(t))
    _style(money_ax)


def _formatter(labels: Mapping[str, str]) -> object:
    from matplotlib.ticker import FuncFormatter

    return FuncFormatter(lambda value, _pos: _number(value, labels))
