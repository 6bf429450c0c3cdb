"""Charts of the effectiveness view: the goal's KPI over time with the measure's active span
(and, on request, the other measures'), and the four horizon return shares of participants
and others before and after the start."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from planner.charts.sales import (
    PALETTE,
    Span,
    _empty,
    _labels,
    _mark_uncovered,
    _number_axis,
    _period_axis,
    finish,
    format_number,
    style_axes,
)

EFFECT_LABELS = {
    "participants": "Participants",
    "others": "Others",
    "before": "one horizon before the start",
    "after": "from the start",
    "share": "came back within the horizon, %",
    "no_comparison": "No participants to compare yet",
}


def _span_positions(
    periods: Sequence[Mapping], start: str | pd.Timestamp, end: str | pd.Timestamp | None
) -> tuple[float, float] | None:
    starts = pd.to_datetime([p["start"] for p in periods])
    ends = pd.to_datetime([p["end"] for p in periods])
    s = pd.Timestamp(start)
    e = pd.Timestamp(end) if end is not None else ends[-1]
    hit = np.flatnonzero((ends >= s) & (starts <= e))
    return None if len(hit) == 0 else (hit[0] - 0.45, hit[-1] + 0.45)


def kpi_chart(
    fig: Figure,
    periods: Sequence[Mapping],
    kpi: str,
    kpi_label: str,
    span: Span | None,
    *,
    other_spans: Sequence[Span] = (),
    percent: bool = True,
    labels: Mapping[str, str] | None = None,
) -> None:
    t = _labels(labels)
    if not periods:
        _empty(fig, t["no_data"])
        return
    fig.clear()
    ax = fig.add_subplot()
    x = _period_axis(ax, periods)
    _mark_uncovered(ax, periods, t)
    for start, end, label in other_spans:  # other measures: light, behind
        where = _span_positions(periods, start, end)
        if where:
            ax.axvspan(*where, color=PALETTE["muted"], alpha=0.12, zorder=0)
            ax.text(
                where[0] + 0.05, 0.02, label, transform=ax.get_xaxis_transform(), fontsize=8, color=PALETTE["muted"]
            )
    if span is not None:
        where = _span_positions(periods, span[0], span[1])
        if where:
            ax.axvspan(*where, color=PALETTE["span"], alpha=0.35, zorder=0)
            ax.text(where[0] + 0.05, 0.97, span[2], transform=ax.get_xaxis_transform(), va="top", fontsize=9)
    y = np.array([np.nan if p.get(kpi) is None else p[kpi] for p in periods], dtype=float)
    ax.plot(x, y, color=PALETTE["primary"], linewidth=2.4, marker="o", markersize=5, label=kpi_label)
    style_axes(ax, percent=False)
    _number_axis(ax.yaxis, t)
    ax.set_ylabel(kpi_label + (" %" if percent else ""))
    finish(fig)


def groups_chart(
    fig: Figure, shares: Mapping[str, float | None] | None, *, labels: Mapping[str, str] | None = None
) -> None:
    """`shares`: p_before, o_before, p_after, o_after in percent (None: not measurable)."""
    t = _labels({**EFFECT_LABELS, **(labels or {})})
    if not shares:
        _empty(fig, t["no_comparison"])
        return
    fig.clear()
    ax = fig.add_subplot()
    x = np.arange(2)
    width = 0.36
    for offset, (group, color) in zip((-width / 2, width / 2), (("p", PALETTE["primary"]), ("o", PALETTE["muted"]))):
        values = [shares.get(f"{group}_before"), shares.get(f"{group}_after")]
        heights = [0.0 if v is None else float(v) for v in values]
        name = t["participants"] if group == "p" else t["others"]
        bars = ax.bar(x + offset, heights, width, color=color, label=name)
        for bar, value in zip(bars, values, strict=True):
            text = "–" if value is None else format_number(float(value), t, 1)
            ax.text(bar.get_x() + bar.get_width() / 2, bar.get_height() + 1.5, text, ha="center", fontsize=9)
    ax.set_xticks(x, [t["before"], t["after"]])
    style_axes(ax, percent=True)
    _number_axis(ax.yaxis, t)
    ax.set_ylabel(t["share"])
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.12), ncol=2, frameon=False)
    finish(fig)
