"""Charts in a dark system palette (issue 31). The planner's chart functions draw for paper
(dark ink on white), which is what the report and exported pictures need; in a dark window
a white chart glares. This recolours a drawn figure's frame to the window's palette: the
background, the axes' ink (ticks, labels, titles, legends, notes on the background), spines
and grid. What sits on a patch of its own (a journey card, a heatmap cell's number, a
tooltip box) keeps its colours, so it stays readable on that patch. Nothing about the data
changes; only colours.

Presentation mode (issue 34) draws the charts' text larger too: with `set_text_scale(1.5)` a
chart is drawn at 1.5 times the dots per inch on the same pixels, so every text (legends,
ticks, labels: sized in points) grows by that much and the chart lays itself out for its
smaller size in inches, as it does in a narrow window: larger letters, never cut ones.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtGui import QGuiApplication, QPalette

if TYPE_CHECKING:
    from matplotlib.figure import Figure


_scale = {"text": 1.0}  # one per app: presentation mode is the window's, and charts read it when drawing


def set_text_scale(scale: float) -> None:
    _scale["text"] = scale


def text_scale() -> float:
    return _scale["text"]


def scale_text(figure: Figure, scale: float) -> None:
    """The figure at `scale` times its own dots per inch on the same pixels."""
    base = getattr(figure, "_normal_dpi", None)
    if base is None:
        base = figure.dpi
        figure._normal_dpi = base  # type: ignore[attr-defined]
    target = base * scale
    if abs(figure.dpi - target) < 1e-6:
        return
    width, height = figure.get_size_inches() * figure.dpi
    figure.set_dpi(target)
    figure.set_size_inches(width / target, height / target, forward=False)


@dataclass(frozen=True)
class ChartColors:
    background: str
    text: str
    muted: str
    grid: str


def window_chart_colors() -> ChartColors | None:
    """The window's colours for a chart when its palette is dark; None for a light one."""
    palette = QGuiApplication.palette()
    base = palette.color(QPalette.ColorRole.Window)
    if base.lightnessF() >= 0.5:
        return None
    text = palette.color(QPalette.ColorRole.WindowText)
    muted = palette.color(QPalette.ColorRole.PlaceholderText)
    grid = base.lighter(140)
    return ChartColors(base.name(), text.name(), muted.name(), grid.name())


def _luminance(colour: object) -> float | None:
    from matplotlib.colors import to_rgba

    try:
        r, g, b, alpha = to_rgba(colour)  # type: ignore[arg-type]
    except ValueError:
        return None
    return None if alpha == 0 else 0.2126 * r + 0.7152 * g + 0.0722 * b


def _dark_ink(colour: object, below: float = 0.45) -> bool:
    value = _luminance(colour)
    return value is not None and value < below


def _light(colour: object) -> bool:
    value = _luminance(colour)
    return value is not None and value > 0.7


def recolour(figure: Figure, colours: ChartColors) -> None:
    from matplotlib.collections import QuadMesh
    from matplotlib.legend import Legend
    from matplotlib.lines import Line2D
    from matplotlib.patches import FancyBboxPatch
    from matplotlib.text import Text

    figure.patch.set_facecolor(colours.background)
    for ax in figure.axes:
        if not any(isinstance(c, QuadMesh) for c in ax.collections):
            ax.set_facecolor(colours.background)  # a heatmap keeps its paper: empty cells stay light
        for patch in ax.patches:  # shaded spans (a period not covered) dim instead of glaring
            if not isinstance(patch, FancyBboxPatch) and _light(patch.get_facecolor()):
                patch.set_facecolor(colours.grid)
        for spine in ax.spines.values():
            spine.set_color(colours.muted)
        ax.tick_params(colors=colours.text, which="both")
        for line in ax.xaxis.get_gridlines() + ax.yaxis.get_gridlines():
            line.set_color(colours.grid)
        for line in ax.get_lines():
            if _dark_ink(line.get_color(), below=0.25):  # a black line would vanish
                line.set_color(colours.text)
            if line.get_markerfacecolor() in ("white", "w", "#ffffff", "#FFFFFF"):
                line.set_markerfacecolor(colours.background)  # hollow markers stay hollow
    for legend in figure.findobj(Legend):
        legend.get_frame().set_facecolor(colours.background)
        legend.get_frame().set_edgecolor(colours.muted)
        for handle in legend.legend_handles:
            if isinstance(handle, Line2D) and _dark_ink(handle.get_color(), below=0.25):
                handle.set_color(colours.text)
    for text in figure.findobj(Text):
        if not text.get_text() or text.get_bbox_patch() is not None or not _dark_ink(text.get_color()):
            continue
        ax = text.axes
        on_cells = ax is not None and any(isinstance(c, QuadMesh) for c in ax.collections)
        if on_cells and text.get_transform() == ax.transData:
            continue  # a number on a heatmap cell, coloured for that cell
        text.set_color(colours.text)


def themed(painter: Callable[[Figure], None], colours: ChartColors | None) -> Callable[[Figure], None]:
    """`painter` at the text scale of the moment (read when it draws), followed by the
    recolouring when the window is dark."""

    def draw(figure: Figure) -> None:
        scale_text(figure, text_scale())
        painter(figure)
        if colours is not None:
            recolour(figure, colours)

    return draw
