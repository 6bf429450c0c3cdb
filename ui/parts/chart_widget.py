"""A matplotlib chart inside the window: hover values, save as PNG/SVG, copy.

The drawing itself is a `planner.charts.sales` function; this widget only hosts the figure,
shows the value under the mouse, and offers the chart to the user.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QEvent, QLocale, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QHBoxLayout,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.parts.chart_theme import themed, window_chart_colors
from ui.prefs.folders import ask_save_file

if TYPE_CHECKING:
    from matplotlib.figure import Figure


@cache
def load_matplotlib() -> None:
    """Import matplotlib and set it up for the window: on a chart's first figure, not when
    the window is built (the import takes about half a second). Safe in a worker thread."""
    import matplotlib

    matplotlib.use("QtAgg")
    matplotlib.rcParams.update({"font.size": 11, "axes.titlesize": 12, "svg.fonttype": "none"})


def new_figure(figsize: tuple[float, float], dpi: float) -> Figure:
    """A figure laid out again at every size."""
    load_matplotlib()
    from matplotlib.figure import Figure

    return Figure(figsize=figsize, dpi=dpi, layout="constrained")


def _number(value: float) -> str:
    return QLocale().toString(float(value), "f", 1)


def value_at(figure: Figure, event) -> str | None:
    """The nearest plotted value under the mouse (`event`: x, y in figure pixels, inaxes,
    xdata, ydata, as a matplotlib mouse event has them): a line point, a bar or a cell."""
    from matplotlib.collections import QuadMesh

    ax = event.inaxes
    axes = [ax] + [other for other in figure.axes if other is not ax and other.bbox.bounds == ax.bbox.bounds]
    for axis in axes:
        for bars in axis.containers:
            for patch in bars:
                contains, _ = patch.contains(event)
                if contains:
                    label = bars.get_label() or ""
                    value = (
                        patch.get_width() if patch.get_height() < 1 and patch.get_width() > 1 else patch.get_height()
                    )
                    return f"{_category(axis, patch)}{label}: {_number(value)}"
        best = None
        for line in axis.get_lines():
            if line.get_label().startswith("_"):
                continue
            data = line.get_xydata()
            if len(data) == 0:
                continue
            pixels = axis.transData.transform(data)
            distances = ((pixels[:, 0] - event.x) ** 2 + (pixels[:, 1] - event.y) ** 2) ** 0.5
            if not np.isfinite(distances).any():
                continue
            i = int(np.nanargmin(distances))  # periods without a value are NaN
            if distances[i] < 12 and (best is None or distances[i] < best[0]):
                best = (distances[i], line.get_label(), data[i], axis)
        if best is not None:
            _d, label, (x, y), axis_ = best
            return f"{_tick_label(axis_, x)}{label}: {_number(y)}"
    meshes = [c for c in ax.collections if isinstance(c, QuadMesh)]
    if meshes:  # the cohort heatmap: its coloured cells are the last mesh drawn
        array = np.ma.masked_invalid(np.ma.asarray(meshes[-1].get_array(), dtype=float))
        j, i = round(event.xdata), round(event.ydata)
        if 0 <= i < array.shape[0] and 0 <= j < array.shape[1] and array[i, j] is not np.ma.masked:
            return f"{_row_label(ax, i)}+{j}: {_number(float(array[i, j]))} %"
    return None


def _row_label(axis, i: int) -> str:
    labels = [t.get_text() for t in axis.get_yticklabels()]
    return f"{labels[i]} " if i < len(labels) else ""


def _tick_label(axis, x: float) -> str:
    for tick, text in zip(axis.get_xticks(), axis.get_xticklabels()):
        if abs(tick - x) < 0.01 and text.get_text():
            return f"{text.get_text()} — "
    return ""


def _category(axis, patch) -> str:
    center = patch.get_x() + patch.get_width() / 2
    return _tick_label(axis, round(center))


class ChartWidget(QWidget):
    def __init__(self, name: str, parent: QWidget | None = None, *, redraw_on_resize: bool = False) -> None:
        super().__init__(parent)
        self.name = name
        # charts that lay themselves out by their size (the emotion curve's legend goes
        # beside a wide chart and below a narrow one) are drawn again when resized
        self._painter: Callable[[Figure], None] | None = None
        self._figure: Figure | None = None  # made on first use: matplotlib loads then
        self._annotation = None
        self.canvas = self._make_canvas(redraw_on_resize)
        self.canvas.setObjectName(f"chart_{name}")
        self.save_button = QPushButton()
        self.copy_button = QPushButton()
        self.save_button.clicked.connect(self.save_dialog)
        self.copy_button.clicked.connect(self.copy_to_clipboard)
        bar = QHBoxLayout()
        bar.addStretch(1)
        bar.addWidget(self.copy_button)
        bar.addWidget(self.save_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.canvas, 1)
        layout.addLayout(bar)
        self.retranslate()

    @property
    def figure(self) -> Figure:
        if self._figure is None:
            self._figure = new_figure(figsize=(8, 4.5), dpi=100)
        return self._figure

    @figure.setter
    def figure(self, figure: Figure) -> None:
        self._figure = figure

    def _make_canvas(self, redraw_on_resize: bool) -> QWidget:
        from matplotlib.backends.backend_qtagg import FigureCanvasQTAgg

        canvas = FigureCanvasQTAgg(self.figure)
        canvas.mpl_connect("motion_notify_event", self._on_motion)
        if redraw_on_resize:
            canvas.mpl_connect("resize_event", self._on_canvas_resized)
        return canvas

    def draw(self, painter: Callable[[Figure], None]) -> None:
        """Redraw with `painter(figure)`, one of the planner.charts.sales functions bound to its data."""
        painter = themed(painter, window_chart_colors())
        self._painter = painter
        self._annotation = None
        painter(self.figure)
        self.canvas.draw_idle()

    def _on_canvas_resized(self, _event) -> None:
        if self._painter is not None:  # the figure has its new size already
            self._annotation = None
            self._painter(self.figure)

    # -- hover ------------------------------------------------------------------------

    def _on_motion(self, event) -> None:
        text = self._value_at(event) if event.inaxes is not None else None
        if text is None:
            if self._annotation is not None and self._annotation.get_visible():
                self._annotation.set_visible(False)
                self.canvas.draw_idle()
            return
        ax = event.inaxes
        if self._annotation is None or self._annotation.axes is not ax:
            self._annotation = ax.annotate(
                "",
                xy=(0, 0),
                xytext=(12, 12),
                textcoords="offset points",
                bbox={"boxstyle": "round", "fc": "white", "ec": "#9AA5B1"},
                fontsize=10,
                zorder=10,
            )
        self._annotation.xy = (event.xdata, event.ydata)
        self._annotation.set_text(text)
        self._annotation.set_visible(True)
        self.canvas.draw_idle()

    def _value_at(self, event) -> str | None:
        return value_at(self.figure, event)

    # -- export -----------------------------------------------------------------------

    def save(self, path: Path) -> None:
        self.figure.savefig(path, dpi=150 if path.suffix.lower() == ".png" else None, bbox_inches="tight")

    def save_dialog(self) -> None:
        target = ask_save_file(
            self, "chart", self.tr("Save chart"), f"{self.name}.png", self.tr("PNG image (*.png);;SVG drawing (*.svg)")
        )
        if target is not None:
            if target.suffix.lower() not in (".png", ".svg"):
                target = target.with_suffix(".png")
            self.save(target)

    def copy_to_clipboard(self) -> None:
        QGuiApplication.clipboard().setPixmap(self.canvas.grab())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.save_button.setText(self.tr("Save as PNG/SVG…"))
        self.copy_button.setText(self.tr("Copy"))
        self.copy_button.setToolTip(self.tr("Copy the chart as a picture"))
        self.canvas.setToolTip("")
        self.canvas.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
