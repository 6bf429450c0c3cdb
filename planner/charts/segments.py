"""Segments side by side: one line per segment over the periods (retention by channel, say).

Segments need not cover the same periods (a new shop opens later), so the time axis is the
union of their periods and a segment without a figure in a period has a gap there, never
a zero. Figures the activity window does not cover come in as None (judgeable periods) and
are gaps too.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:  # matplotlib loads when a chart is drawn
    from matplotlib.figure import Figure

from planner.charts.sales import (
    PALETTE,
    _empty,
    _labels,
    _number_axis,
    _period_axis,
    finish,
    plot_series,
    style_axes,
)

COLORS = (PALETTE["primary"], PALETTE["secondary"], PALETTE["good"], PALETTE["bad"], "#7B61FF")


def segments_chart(
    fig: Figure,
    series: Sequence[tuple[str, Sequence[Mapping]]],
    *,
    key: str,
    percent: bool,
    ylabel: str = "",
    labels: Mapping[str, str] | None = None,
) -> None:
    t = _labels(labels)
    names = sorted({p["period"] for _label, periods in series for p in periods})
    drawn = [
        (label, {p["period"]: p for p in periods})
        for label, periods in series
        if any(p.get(key) is not None for p in periods)
    ]
    if not names or not drawn:
        _empty(fig, t["no_data"])
        return
    fig.clear()
    ax = fig.add_subplot()
    x = _period_axis(ax, [{"period": name} for name in names])
    for (label, by_period), color in zip(drawn, COLORS, strict=False):
        rows = [by_period.get(name) for name in names]
        y = np.array([np.nan if r is None or r.get(key) is None else r[key] for r in rows], dtype=float)
        partial = [i for i, r in enumerate(rows) if r is not None and r.get("partial")]
        plot_series(ax, x, y, partial, color=color, label=label, size=5, width=2.2)
    style_axes(ax, percent=percent)
    _number_axis(ax.yaxis, t)
    ax.set_ylabel(ylabel or (t["percent"] if percent else ""))
    # above the plot: below it the legend would meet the rotated period names in a low window
    ax.legend(loc="lower left", bbox_to_anchor=(0, 1.0), ncol=min(5, len(drawn)), frameon=False, fontsize=9)
    finish(fig)
