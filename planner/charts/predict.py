"""Charts of the churn prediction: the holdout check (per-frequency bars and the cumulative
repeat purchases, the two standard pictures of a BG/NBD fit) and the distributions of
P(alive) and CLV. Texts come in `labels`, so the caller decides the language."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping
from typing import TYPE_CHECKING

import numpy as np
import pandas as pd

if TYPE_CHECKING:  # matplotlib loads when a chart is drawn
    from matplotlib.figure import Figure

from planner.charts.sales import PALETTE, finish, style_axes

DEFAULT_LABELS = {
    "frequency": "Repeat purchases in the calibration period",
    "mean_holdout": "Repeat purchases per customer in the holdout",
    "actual": "Actual",
    "predicted": "Model",
    "cumulative": "Repeat purchases, cumulative",
    "calibration_end": "calibration end",
    "p_alive": "P(still a customer) %",
    "clv": "Customer lifetime value",
    "customers": "Customers",
    "more": "%1+",
}


def _labels(labels: Mapping[str, str] | None) -> dict[str, str]:
    return DEFAULT_LABELS | dict(labels or {})


def holdout_frequency_chart(
    fig: Figure, by_frequency: pd.DataFrame, *, labels: Mapping[str, str] | None = None
) -> None:
    words = _labels(labels)
    ax = fig.add_subplot()
    x = np.arange(len(by_frequency))
    width = 0.4
    ax.bar(x - width / 2, by_frequency["actual"], width, color=PALETTE["primary"], label=words["actual"])
    ax.bar(x + width / 2, by_frequency["predicted"], width, color=PALETTE["secondary"], label=words["predicted"])
    last = int(by_frequency["frequency"].iloc[-1]) if len(by_frequency) else 0
    ticks = [str(int(f)) for f in by_frequency["frequency"]]
    if ticks and last >= 7:
        ticks[-1] = words["more"].replace("%1", str(last))
    ax.set_xticks(x, ticks)
    ax.set_xlabel(_fold(words["frequency"]))
    ax.set_ylabel(_fold(words["mean_holdout"]))
    ax.legend(frameon=False)
    style_axes(ax)
    finish(fig)


def holdout_cumulative_chart(
    fig: Figure, cumulative: pd.DataFrame, calibration_end: pd.Timestamp, *, labels: Mapping[str, str] | None = None
) -> None:
    words = _labels(labels)
    ax = fig.add_subplot()
    ax.plot(cumulative["day"], cumulative["actual"], color=PALETTE["primary"], label=words["actual"])
    ax.plot(
        cumulative["day"], cumulative["predicted"], color=PALETTE["secondary"], linestyle="--", label=words["predicted"]
    )
    ax.axvline(calibration_end, color=PALETTE["muted"], linestyle=":")  # type: ignore[arg-type]
    top = float(max(cumulative["actual"].max(), cumulative["predicted"].max())) if len(cumulative) else 0.0
    ax.annotate(
        words["calibration_end"],
        (calibration_end, top),
        xytext=(-4, -4),  # left of the line: the curve is low there, and the right edge is near
        textcoords="offset points",
        va="top",
        ha="right",
        fontsize=8,
        color=PALETTE["text"],
    )
    ax.set_ylabel(_fold(words["cumulative"]))
    ax.legend(frameon=False, loc="lower right")
    style_axes(ax)
    fig.autofmt_xdate()
    finish(fig)


def value_distribution_chart(fig: Figure, customers: pd.DataFrame, *, labels: Mapping[str, str] | None = None) -> None:
    """Left: how many customers at each P(alive); right: CLV (up to the 99th percentile, so a
    few big accounts do not squash the picture). Without amounts in the data, P(alive) alone."""
    words = _labels(labels)
    clv = customers["clv"].dropna()
    left, right = fig.subplots(1, 2) if len(clv) else (fig.add_subplot(), None)
    left.hist(customers["p_alive"] * 100, bins=list(np.linspace(0, 100, 21)), color=PALETTE["primary"])
    left.set_xlabel(words["p_alive"])
    left.set_ylabel(words["customers"])
    style_axes(left)
    if right is not None:
        top = float(np.quantile(clv, 0.99)) or 1.0
        right.hist(clv.clip(upper=top), bins=30, color=PALETTE["good"])
        right.set_xlabel(words["clv"])
        style_axes(right)
    finish(fig)


def _fold(label: str, width: int = 26) -> str:
    """Axis titles in lines, so they fit beside a chart half a small window wide."""
    return "\n".join(textwrap.wrap(label, width))
