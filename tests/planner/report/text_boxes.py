"""Where the text of a drawn page lies: each visible text artist's box in pixels, rotated
text as the rotated rectangle it fills (its upright box would overlap its neighbours'),
and which boxes overlap or leave the page."""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.text import Text

DPI = 150  # the raster of the printing; the PDF's widths differ from it by a per cent or two


@dataclass(frozen=True)
class TextBox:
    text: str
    corners: np.ndarray  # 4 x 2, pixels
    bounds: tuple[float, float, float, float]  # x0, y0, x1, y1


def text_boxes(fig: Figure) -> list[TextBox]:
    """The boxes of the text the renderer draws (a tick label beyond an axis's limits is an
    artist too, but never drawn)."""
    canvas = FigureCanvasAgg(fig)
    fig.set_dpi(DPI)
    renderer = canvas.get_renderer()
    drawn: list[Text] = []
    draw_text = renderer.draw_text

    def record(gc, x, y, s, prop, angle, ismath=False, mtext=None):
        if mtext is not None and mtext not in drawn:
            drawn.append(mtext)
        return draw_text(gc, x, y, s, prop, angle, ismath, mtext)

    renderer.draw_text = record  # type: ignore[method-assign]
    try:
        fig.draw(renderer)
    finally:
        del renderer.draw_text
    boxes = []
    for artist in drawn:
        text = artist.get_text()
        if not text.strip() or artist.get_alpha() == 0:
            continue
        extent = artist.get_window_extent(renderer)
        if extent.width <= 0 or extent.height <= 0:
            continue
        angle = artist.get_rotation() % 180
        if angle in (0, 90) or "\n" in text:
            x0, y0, x1, y1 = extent.x0, extent.y0, extent.x1, extent.y1
            corners = np.array([[x0, y0], [x1, y0], [x1, y1], [x0, y1]])
        else:  # the rotated rectangle about the centre of its upright box
            width, height, _descent = renderer.get_text_width_height_descent(
                text, artist.get_fontproperties(), ismath=False
            )
            centre = np.array([(extent.x0 + extent.x1) / 2, (extent.y0 + extent.y1) / 2])
            a = math.radians(artist.get_rotation())
            along, across = np.array([math.cos(a), math.sin(a)]), np.array([-math.sin(a), math.cos(a)])
            half_w, half_h = along * width / 2, across * height / 2
            corners = np.array(
                [centre - half_w - half_h, centre + half_w - half_h, centre + half_w + half_h, centre - half_w + half_h]
            )
        boxes.append(TextBox(text, corners, (extent.x0, extent.y0, extent.x1, extent.y1)))
    return boxes


def _separated(a: np.ndarray, b: np.ndarray, slack: float) -> bool:
    """Separating axis test of two convex quadrilaterals, `slack` pixels forgiven."""
    for poly in (a, b):
        for i in range(4):
            edge = poly[(i + 1) % 4] - poly[i]
            normal = np.array([-edge[1], edge[0]])
            length = float(np.hypot(*normal))
            if length == 0:
                continue
            normal /= length
            pa, pb = a @ normal, b @ normal
            if pa.max() - slack <= pb.min() or pb.max() - slack <= pa.min():
                return True
    return False


def overlaps(boxes: list[TextBox], slack: float = 0.5) -> list[tuple[str, str]]:
    found = []
    for i, a in enumerate(boxes):
        for b in boxes[i + 1 :]:
            ax0, ay0, ax1, ay1 = a.bounds
            bx0, by0, bx1, by1 = b.bounds
            if ax1 <= bx0 or bx1 <= ax0 or ay1 <= by0 or by1 <= ay0:
                continue
            if not _separated(a.corners, b.corners, slack):
                found.append((a.text, b.text))
    return found


def outside(boxes: list[TextBox], fig: Figure, slack: float = 1.0) -> list[str]:
    width, height = fig.bbox.width, fig.bbox.height
    return [
        b.text
        for b in boxes
        if b.bounds[0] < -slack or b.bounds[1] < -slack or b.bounds[2] > width + slack or b.bounds[3] > height + slack
    ]
