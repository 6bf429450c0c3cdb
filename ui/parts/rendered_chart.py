"""A chart drawn off the GUI thread: for views that redraw several charts at once when a
background result arrives, where matplotlib's layout and Agg rendering on the GUI thread
froze the window for 100-200 ms.

Each `draw` builds a fresh Figure in a worker, lays it out and renders it with plain Agg (no
Qt object is touched there; matplotlib keeps its font objects per thread), and hands the
finished figure and its pixels to the GUI thread, which only paints the image. The figure is
kept for hover values (the same lookup as ChartWidget, shown as a tooltip), saving and copying.
A resize shows the last picture scaled and renders again once the size has settled.
"""

from __future__ import annotations

from collections.abc import Callable
from types import SimpleNamespace
from typing import TYPE_CHECKING

import numpy as np
from PySide6.QtCore import QRect, QSize, QTimer, Signal
from PySide6.QtGui import QImage, QMouseEvent, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from ui.parts.chart_theme import themed, window_chart_colors
from ui.parts.chart_widget import ChartWidget, new_figure, value_at
from ui.parts.tasks import Task, run_task

if TYPE_CHECKING:
    from matplotlib.figure import Figure

DPI = 100
SETTLE_MS = 120  # a resize renders again once the size has not changed for this long


def render(painter: Callable[[Figure], None], width: int, height: int, dpi: float) -> tuple[Figure, np.ndarray]:
    """Worker side: a new figure of exactly width x height pixels, drawn and rendered
    (the first one imports matplotlib, here rather than on the GUI thread)."""
    figure = new_figure(figsize=(width / dpi, height / dpi), dpi=dpi)
    from matplotlib.backends.backend_agg import FigureCanvasAgg

    canvas = FigureCanvasAgg(figure)
    painter(figure)
    canvas.draw()
    return figure, np.asarray(canvas.buffer_rgba()).copy()


class _ImageCanvas(QWidget):
    """Paints the last rendered picture; reports the mouse in figure pixels."""

    def __init__(self, chart: RenderedChart) -> None:
        super().__init__(chart)
        self._chart = chart
        self.image: QImage | None = None
        self.setMouseTracking(True)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def sizeHint(self) -> QSize:
        return QSize(640, 360)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(event.rect(), self.palette().color(self.backgroundRole()))
        if self.image is not None:
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            painter.drawImage(QRect(0, 0, self.width(), self.height()), self.image)
        painter.end()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._chart.size_changed()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        text = self._chart.value_under(event.position().x(), event.position().y())
        if text:
            QToolTip.showText(event.globalPosition().toPoint(), text, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)


class RenderedChart(ChartWidget):
    """ChartWidget's buttons and hover, with the drawing done in the background."""

    rendered = Signal()  # a new picture is shown
    idle = Signal()  # nothing left to render

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        self._task: Task | None = None
        self._pending = False  # a newer drawing waits for the running render
        self._dirty = False  # drawn while hidden: rendered when shown
        super().__init__(name, parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self._render)

    def _make_canvas(self, redraw_on_resize: bool) -> QWidget:
        return _ImageCanvas(self)

    def busy(self) -> bool:
        return self._pending or (self._task is not None and self._task.running) or self._settle.isActive()

    def draw(self, painter: Callable[[Figure], None]) -> None:
        self._painter = themed(painter, window_chart_colors())
        if self.isVisible():
            self._render()
        else:
            self._dirty = True

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._dirty:
            self._render()

    def size_changed(self) -> None:
        if self._painter is not None and self.isVisible():
            self._settle.start()

    def _render(self) -> None:
        self._dirty = False
        if self._painter is None:
            return
        if self._task is not None and self._task.running:
            self._pending = True  # the newest drawing is rendered when this one is done
            return
        self._pending = False
        ratio = self.canvas.devicePixelRatioF()
        width = max(1, round(self.canvas.width() * ratio))
        height = max(1, round(self.canvas.height() * ratio))
        painter, dpi = self._painter, DPI * ratio
        task: Task | None = None

        def shown(result: object) -> None:
            figure, pixels = result  # type: ignore[misc]
            if task is not self._task:
                return
            image = QImage(pixels.data, pixels.shape[1], pixels.shape[0], QImage.Format.Format_RGBA8888).copy()
            image.setDevicePixelRatio(ratio)
            self.figure = figure
            self.canvas.image = image  # type: ignore[attr-defined]
            self.canvas.update()
            self.rendered.emit()

        def finished() -> None:
            if task is not self._task:
                return
            if self._pending:
                self._render()
            elif not self.busy():
                self.idle.emit()

        def failed(error: object) -> None:
            if isinstance(error, BaseException):
                raise error

        task = run_task(
            lambda _progress, _cancelled: render(painter, width, height, dpi),
            self,
            on_success=shown,
            on_failure=failed,
            on_finish=finished,
        )
        self._task = task

    def value_under(self, x: float, y: float) -> str | None:
        """The value under widget position (x, y), looked up in the rendered figure."""
        image = self.canvas.image  # type: ignore[attr-defined]
        if image is None or self.canvas.width() == 0 or self.canvas.height() == 0:
            return None
        # widget pixels to figure pixels (matplotlib counts from the bottom)
        fx = x * image.width() / self.canvas.width()
        fy = (self.canvas.height() - y) * image.height() / self.canvas.height()
        for ax in self.figure.axes:
            if ax.get_visible() and ax.bbox.contains(fx, fy):
                xdata, ydata = ax.transData.inverted().transform((fx, fy))
                event = SimpleNamespace(x=fx, y=fy, inaxes=ax, xdata=xdata, ydata=ydata)
                return value_at(self.figure, event)
        return None
