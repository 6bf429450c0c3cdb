"""Charts of the effectiveness view: the goal's KPI over time with the measure's active span
(and, on request, the other measures'), and the four horizon return shares of participants
and others before and after the start."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # matplotlib loads when a chart is drawn
    from matplotlib.axes import Axes
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
    "no_checkins": "No check-ins recorded yet",
    "target": "target",
    "date_format": "%Y-%m-%d",
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


def _span_label(ax: Axes, where: tuple[float, float], count: int, text: str, y: float, **style: Any) -> None:
    """A span's name inside the plot: from its left edge, or ending at its right edge when
    the span lies in the right half; never pushing the axes aside."""
    right = where[0] > count / 2
    x, ha = (where[1] - 0.05, "right") if right else (where[0] + 0.05, "left")
    label = ax.text(x, y, text, transform=ax.get_xaxis_transform(), ha=ha, **style)
    label.set_in_layout(False)


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
            _span_label(ax, where, len(periods), label, 0.02, fontsize=8, color=PALETTE["muted"])
    if span is not None:
        where = _span_positions(periods, span[0], span[1])
        if where:
            ax.axvspan(*where, color=PALETTE["span"], alpha=0.35, zorder=0)
            _span_label(ax, where, len(periods), span[2], 0.97, va="top", fontsize=9)
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


def checkin_chart(
    fig: Figure,
    checkins: Sequence[tuple[str, float]],
    target: float | None,
    span: Span | None,
    *,
    baseline: float | None = None,
    unit: str = "",
    labels: Mapping[str, str] | None = None,
) -> None:
    """A KPI entered by hand (DESIGN section 7.3): each check-in on its day, the target as a
    line, the measure's active span shaded. `checkins`: (ISO day, value), any order."""
    import matplotlib.dates as mdates

    t = _labels({**EFFECT_LABELS, **(labels or {})})
    points = sorted((float(mdates.date2num(pd.Timestamp(day))), float(value)) for day, value in checkins)
    if not points:
        _empty(fig, t["no_checkins"])
        return
    fig.clear()
    ax = fig.add_subplot()
    days = np.array([day for day, _value in points])
    left, right = float(days[0]), float(days[-1])
    if span is not None:
        start = float(mdates.date2num(pd.Timestamp(span[0])))
        end = float(mdates.date2num(pd.Timestamp(span[1]))) if span[1] else max(right, start)
        left, right = min(left, start), max(right, end)
        ax.axvspan(start, end, color=PALETTE["span"], alpha=0.35, zorder=0)
        name = ax.text(start, 0.97, " " + span[2], transform=ax.get_xaxis_transform(), va="top", fontsize=9)
        name.set_in_layout(False)
    margin = max(10.0, (right - left) * 0.04)  # days
    ax.set_xlim(left - margin, right + margin)
    ax.plot(days, [value for _day, value in points], color=PALETTE["primary"], linewidth=2.4, marker="o", markersize=6)
    for day, value in points:
        ax.annotate(
            format_number(value, t, 1), (day, value), textcoords="offset points", xytext=(0, 8), ha="center", fontsize=9
        )
    if target is not None:
        ax.axhline(target, color=PALETTE["good"], linestyle="--", linewidth=1.6)
        ax.text(
            0.99,
            target,
            f"{t['target']} {format_number(target, t, 1)}",
            transform=ax.get_yaxis_transform(),
            ha="right",
            va="bottom",
            color=PALETTE["good"],
            fontsize=9,
        )
    if baseline is not None:
        ax.axhline(baseline, color=PALETTE["muted"], linestyle=":", linewidth=1.2)
    values = [value for _day, value in points] + [v for v in (target, baseline) if v is not None]
    low, high = min(values), max(values)
    pad = (high - low) * 0.15 or 1.0
    ax.set_ylim(min(0.0, low - pad) if low >= 0 else low - pad, high + pad)
    style_axes(ax, percent=False)
    _number_axis(ax.yaxis, t)
    ax.xaxis.set_major_formatter(mdates.DateFormatter(t["date_format"]))
    ax.xaxis.set_major_locator(mdates.AutoDateLocator(maxticks=6))
    if unit:
        ax.set_ylabel(unit)
    finish(fig)
