"""Charts of the analytics, drawn on a matplotlib Figure (no Qt: the same functions serve
the window, the PDF report and the tests).

Every time chart takes `spans`: (start, end, label) date ranges drawn as shaded bands,
which is how measures' active periods appear on the KPI series. Texts come in `labels`
so the caller decides the language. Partial periods are drawn hollow, periods whose
activity window is not covered by the data are greyed, as the numbers there are
understated.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # matplotlib loads when a chart is drawn, not when a module imports this one
    from matplotlib.axes import Axes
    from matplotlib.axis import Axis
    from matplotlib.figure import Figure

PALETTE = {
    "primary": "#1F6FB2",
    "secondary": "#E07B39",
    "good": "#2E8B57",
    "bad": "#C0392B",
    "muted": "#9AA5B1",
    "grid": "#E3E8EE",
    "text": "#25303B",
    "span": "#F2C94C",
}

Span = tuple[str | pd.Timestamp, str | pd.Timestamp | None, str]

DEFAULT_LABELS = {
    "retention": "Retention rate %",
    "churn": "Churn rate %",
    "percent": "%",
    "new": "New buyers",
    "returning": "Returning buyers",
    "buyers": "Buyers",
    "revenue": "Revenue",
    "aov": "Average order value",
    "cohort": "Cohort",
    "offset": "Periods after first purchase",
    "customers_share": "Customers %",
    "revenue_share": "Revenue %",
    "no_data": "No sales data yet",
    "not_covered": "window not covered",
    "cohort_scale": "Bought again, % of the cohort",
    "small_cohorts": "grey: cohorts under %1 customers (too few to compare)",
    # number format of the axes: German readers expect 120.000 and 2,5
    "decimal": ".",
    "group": ",",
}
# A cohort this small says little: 2 of 3 customers coming back is 67 %, and it would set
# the colour scale for everyone. Such cohorts are greyed out and left out of the scale.
MIN_COHORT_SIZE = 20


def finish(fig: Figure) -> None:
    """Lay the figure out: a window's chart uses constrained layout (redone at every size),
    a one-off figure without a layout engine gets a tight layout now."""
    if fig.get_layout_engine() is None:
        fig.tight_layout()


def style_axes(ax: Axes, *, percent: bool = False) -> None:
    ax.spines[["top", "right"]].set_visible(False)
    ax.spines[["left", "bottom"]].set_color(PALETTE["muted"])
    ax.tick_params(colors=PALETTE["text"], labelsize=10)
    ax.grid(axis="y", color=PALETTE["grid"], linewidth=1)
    ax.set_axisbelow(True)
    if percent:
        ax.set_ylim(0, 105)


def format_number(value: float, labels: Mapping[str, str], decimals: int = 0) -> str:
    """A number with the caller's decimal and group separators (1,234.5 or 1.234,5)."""
    text = f"{value:,.{decimals}f}"
    return text.replace(",", "\0").replace(".", labels["decimal"]).replace("\0", labels["group"])


def _number_axis(axis: Axis, labels: Mapping[str, str]) -> None:
    """Tick labels in the caller's number format; whole numbers without decimals."""

    def tick(value: float, _pos: object) -> str:
        whole = abs(value - round(value)) < 1e-9
        return format_number(value, labels, 0 if whole else 1)

    axis.set_major_formatter(tick)


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    merged = dict(DEFAULT_LABELS)
    merged.update(labels or {})
    return merged


def _empty(fig: Figure, text: str) -> None:
    fig.clear()
    ax = fig.add_subplot()
    ax.axis("off")
    note = ax.text(
        0.5, 0.5, text, ha="center", va="center", fontsize=13, color=PALETTE["muted"], transform=ax.transAxes, wrap=True
    )
    note.set_in_layout(False)  # a long text wraps at the figure's edge instead of shrinking it


def _period_axis(ax: Axes, periods: Sequence[Mapping]) -> np.ndarray:
    x = np.arange(len(periods))
    names = [p["period"] for p in periods]
    step = max(1, int(np.ceil(len(names) / 14)))  # keep labels readable on long series
    ax.set_xticks(
        x[::step], names[::step], rotation=45 if len(names) > 6 else 0, ha="right" if len(names) > 6 else "center"
    )
    ax.set_xlim(-0.6, len(periods) - 0.4)
    return x


def draw_spans(ax: Axes, periods: Sequence[Mapping], spans: Sequence[Span] | None) -> None:
    """Shade each span over the periods it touches (positions by period start/end)."""
    if not spans or not periods:
        return
    starts = pd.to_datetime([p["start"] for p in periods])
    ends = pd.to_datetime([p["end"] for p in periods])
    for start, end, label in spans:
        s = pd.Timestamp(start)
        e = pd.Timestamp(end) if end is not None else ends[-1]
        hit = np.flatnonzero((ends >= s) & (starts <= e))
        if len(hit) == 0:
            continue
        ax.axvspan(hit[0] - 0.45, hit[-1] + 0.45, color=PALETTE["span"], alpha=0.25, zorder=0)
        ax.text(
            hit[0] - 0.4, 0.98, label, transform=ax.get_xaxis_transform(), va="top", fontsize=9, color=PALETTE["text"]
        )


def _mark_uncovered(ax: Axes, periods: Sequence[Mapping], labels: Mapping[str, str]) -> None:
    uncovered = [i for i, p in enumerate(periods) if not p["window_covered"]]
    if uncovered:
        ax.axvspan(-0.6, uncovered[-1] + 0.5, color=PALETTE["grid"], alpha=0.6, zorder=0)
        ax.text(0.01, 0.02, labels["not_covered"], transform=ax.transAxes, fontsize=9, color=PALETTE["muted"])


def _time_axes(
    fig: Figure, periods: Sequence[Mapping], labels: Mapping[str, str] | None
) -> tuple[Axes, np.ndarray, dict[str, str]] | None:
    """A fresh axes over the periods, or None (after saying so) when there is no data."""
    t = _labels(labels)
    if not periods:
        _empty(fig, t["no_data"])
        return None
    fig.clear()
    ax = fig.add_subplot()
    return ax, _period_axis(ax, periods), t


def plot_series(
    ax: Axes,
    x: np.ndarray,
    y: np.ndarray,
    partial: list[int],
    *,
    color: str,
    label: str,
    size: float = 6,
    width: float = 2.4,
) -> None:
    """A KPI line over the periods, its partial periods drawn as hollow dots."""
    ax.plot(x, y, color=color, linewidth=width, marker="o", markersize=size, label=label)
    ax.plot(
        x[partial],
        y[partial],
        linestyle="none",
        marker="o",
        markersize=size + 2,
        markerfacecolor="white",
        markeredgecolor=color,
        markeredgewidth=2,
        label="_partial",
    )


def retention_chart(
    fig: Figure,
    periods: Sequence[Mapping],
    *,
    spans: Sequence[Span] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    axes = _time_axes(fig, periods, labels)
    if axes is None:
        return
    ax, x, t = axes
    _mark_uncovered(ax, periods, t)
    for key, color, label in (
        ("retention_rate", PALETTE["good"], t["retention"]),
        ("churn_rate", PALETTE["bad"], t["churn"]),
    ):
        y = np.array([np.nan if p[key] is None else p[key] for p in periods], dtype=float)
        partial = [i for i, p in enumerate(periods) if p["partial"]]
        plot_series(ax, x, y, partial, color=color, label=label)
    style_axes(ax, percent=True)
    _number_axis(ax.yaxis, t)
    ax.set_ylabel(t["percent"])
    draw_spans(ax, periods, spans)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18 if len(periods) > 6 else -0.1), ncol=2, frameon=False)
    finish(fig)


def buyers_chart(
    fig: Figure,
    periods: Sequence[Mapping],
    *,
    spans: Sequence[Span] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    axes = _time_axes(fig, periods, labels)
    if axes is None:
        return
    ax, x, t = axes
    new = np.array([p["new_buyers"] for p in periods])
    returning = np.array([p["returning_buyers"] for p in periods])
    ax.bar(x, returning, color=PALETTE["primary"], label=t["returning"], width=0.7)
    ax.bar(x, new, bottom=returning, color=PALETTE["secondary"], label=t["new"], width=0.7)
    style_axes(ax)
    _number_axis(ax.yaxis, t)
    ax.set_ylabel(t["buyers"])
    draw_spans(ax, periods, spans)
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.18 if len(periods) > 6 else -0.1), ncol=2, frameon=False)
    finish(fig)


def revenue_chart(
    fig: Figure,
    periods: Sequence[Mapping],
    *,
    currency: str = "EUR",
    spans: Sequence[Span] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    axes = _time_axes(fig, periods, labels)
    if axes is None:
        return
    ax, x, t = axes
    revenue = np.array([p["revenue"] for p in periods])
    ax.bar(x, revenue, color=PALETTE["primary"], width=0.7, label=f"{t['revenue']} ({currency})")
    style_axes(ax)
    ax.set_ylabel(f"{t['revenue']} ({currency})")
    _number_axis(ax.yaxis, t)
    ax2 = ax.twinx()
    aov = np.array([np.nan if p["aov"] is None else p["aov"] for p in periods], dtype=float)
    ax2.plot(x, aov, color=PALETTE["secondary"], linewidth=2.4, marker="o", label=f"{t['aov']} ({currency})")
    ax2.spines[["top"]].set_visible(False)
    ax2.set_ylim(0, np.nanmax(aov) * 1.25 if np.isfinite(aov).any() else 1)
    ax2.set_ylabel(f"{t['aov']} ({currency})")
    _number_axis(ax2.yaxis, t)
    draw_spans(ax, periods, spans)
    handles = ax.get_legend_handles_labels()[0] + ax2.get_legend_handles_labels()[0]
    ax.legend(
        handles=handles,
        loc="upper center",
        bbox_to_anchor=(0.5, -0.18 if len(periods) > 6 else -0.1),
        ncol=2,
        frameon=False,
    )
    finish(fig)


def cohort_heatmap(fig: Figure, cohorts: Sequence[Mapping], *, labels: Mapping[str, str] | None = None) -> None:
    t = _labels(labels)
    if not cohorts:
        _empty(fig, t["no_data"])
        return
    fig.clear()
    ax = fig.add_subplot()
    width = max(len(c["retention"]) for c in cohorts)
    matrix = np.full((len(cohorts), width), np.nan)
    for i, c in enumerate(cohorts):
        matrix[i, : len(c["retention"])] = c["retention"]
    small = np.array([c["size"] < MIN_COHORT_SIZE for c in cohorts])
    shown = matrix.copy()
    shown[:, 0] = np.nan  # offset 0 is always 100: keep the colour scale for what matters
    shown[small, :] = np.nan
    vmax = np.nanmax(shown) if np.isfinite(shown).any() else 100
    # cells as a mesh of rectangles, not an image: crisp at any zoom and vectors in the PDF
    xs, ys = np.arange(width + 1) - 0.5, np.arange(len(cohorts) + 1) - 0.5
    if small.any():  # small cohorts in grey beneath the coloured cells
        grey = np.where(small[:, None] & np.isfinite(matrix), 1.0, np.nan)
        ax.pcolormesh(xs, ys, np.ma.masked_invalid(grey), cmap="Greys", vmin=0, vmax=5)
    image = ax.pcolormesh(xs, ys, np.ma.masked_invalid(shown), cmap="Blues", vmin=0, vmax=max(vmax, 1))
    ax.set_xlim(-0.5, width - 0.5)
    ax.set_ylim(len(cohorts) - 0.5, -0.5)  # the first cohort on top
    legend = fig.colorbar(image, ax=ax, fraction=0.04, pad=0.02)
    if legend.solids is not None:
        legend.solids.set_rasterized(False)  # matplotlib would make a long gradient a picture
    legend.set_label(t["cohort_scale"], fontsize=9)
    legend.ax.tick_params(labelsize=8)
    _number_axis(legend.ax.yaxis, t)
    if small.any():
        ax.set_title(
            t["small_cohorts"].replace("%1", str(MIN_COHORT_SIZE)), fontsize=9, color=PALETTE["muted"], loc="left"
        )
    if len(cohorts) <= 24 and width <= 24:
        for i in range(len(cohorts)):
            for j in range(width):
                if np.isfinite(matrix[i, j]):
                    dark = j > 0 and not small[i] and matrix[i, j] > vmax * 0.6
                    ax.text(
                        j,
                        i,
                        f"{matrix[i, j]:.0f}",
                        ha="center",
                        va="center",
                        fontsize=8,
                        color="white" if dark else PALETTE["text"],
                    )
    ax.set_yticks(range(len(cohorts)), [f"{c['cohort']}  ({c['size']})" for c in cohorts], fontsize=9)
    step = max(1, int(np.ceil(width / 16)))
    ax.set_xticks(range(0, width, step), [str(j) for j in range(0, width, step)], fontsize=9)
    ax.set_xlabel(t["offset"])
    ax.set_ylabel(t["cohort"])
    for side in ("top", "right", "left", "bottom"):
        ax.spines[side].set_visible(False)
    finish(fig)


def rfm_chart(
    fig: Figure,
    summary: pd.DataFrame,
    *,
    segment_names: Mapping[str, str] | None = None,
    labels: Mapping[str, str] | None = None,
) -> None:
    t = _labels(labels)
    if summary.empty or summary["customers"].sum() == 0:
        _empty(fig, t["no_data"])
        return
    fig.clear()
    ax = fig.add_subplot()
    names = [(segment_names or {}).get(s, s) for s in summary["segment"]]
    y = np.arange(len(names))
    money = bool(summary["revenue_share"].notna().any())  # data without amounts: customers only
    offset, height = (0.2, 0.38) if money else (0.0, 0.6)
    ax.barh(y - offset, summary["customer_share"], height=height, color=PALETTE["primary"], label=t["customers_share"])
    if money:
        ax.barh(
            y + offset, summary["revenue_share"], height=height, color=PALETTE["secondary"], label=t["revenue_share"]
        )
    ax.set_yticks(y, names)
    ax.invert_yaxis()
    ax.spines[["top", "right"]].set_visible(False)
    ax.grid(axis="x", color=PALETTE["grid"])
    ax.set_axisbelow(True)
    ax.set_xlabel(t["percent"])
    _number_axis(ax.xaxis, t)
    ax.legend(loc="lower right", frameon=False)
    finish(fig)


def sparkline(fig: Figure, values: Sequence[float | None], *, color: str = PALETTE["primary"]) -> None:
    fig.clear()
    ax = fig.add_axes((0, 0, 1, 1))
    y = np.array([np.nan if v is None else v for v in values], dtype=float)
    ax.plot(np.arange(len(y)), y, color=color, linewidth=1.8)
    if len(y) and np.isfinite(y[-1]):
        ax.plot([len(y) - 1], [y[-1]], marker="o", color=color, markersize=3.5)
    ax.axis("off")
