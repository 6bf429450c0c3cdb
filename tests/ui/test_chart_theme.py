"""Charts in a dark system palette (issue 31): the planner draws for paper, the window
recolours the frame of what it shows. Checked on drawn figures: the background and the
axes' ink follow the palette, what sits on a patch of its own keeps its colour, and a light
palette changes nothing."""

from __future__ import annotations

from functools import partial

import pytest
from matplotlib.colors import to_hex
from matplotlib.figure import Figure
from PySide6.QtGui import QColor, QGuiApplication, QPalette

from planner.charts.sales import PALETTE, cohort_heatmap, retention_chart
from ui.parts.chart_theme import themed, window_chart_colors

PERIODS = [
    {"period": f"2025-0{m}", "retention_rate": r, "churn_rate": 100 - r, "partial": m == 4, "window_covered": m > 1}
    for m, r in ((1, 80.0), (2, 82.0), (3, 85.0), (4, 84.0))
]
COHORTS = [
    {"cohort": "2025-01", "size": 40, "retention": [100, 45, 30]},
    {"cohort": "2025-02", "size": 50, "retention": [100, 40]},
]


@pytest.fixture
def dark(qapp):
    before = QGuiApplication.palette()
    palette = QPalette(before)
    palette.setColor(QPalette.ColorRole.Window, QColor("#2b2b2b"))
    palette.setColor(QPalette.ColorRole.WindowText, QColor("#e8e8e8"))
    palette.setColor(QPalette.ColorRole.PlaceholderText, QColor("#9a9a9a"))
    QGuiApplication.setPalette(palette)
    yield
    QGuiApplication.setPalette(before)


def test_a_light_palette_leaves_the_paper_drawing_as_it_is(qapp) -> None:
    assert window_chart_colors() is None  # the test platform's default palette is light


def test_a_dark_palette_recolours_background_ink_and_hollow_markers(dark) -> None:
    colours = window_chart_colors()
    assert colours is not None and colours.background == "#2b2b2b" and colours.text == "#e8e8e8"
    figure = Figure()
    themed(partial(retention_chart, periods=PERIODS), colours)(figure)
    ax = figure.axes[0]
    assert to_hex(figure.patch.get_facecolor()) == "#2b2b2b"
    assert {to_hex(label.get_color()) for label in ax.get_xticklabels()} == {"#e8e8e8"}
    assert to_hex(ax.yaxis.label.get_color()) == "#e8e8e8"
    # the partial period's hollow marker stays hollow: filled with the background, not white
    assert any(to_hex(line.get_markerfacecolor()) == "#2b2b2b" for line in ax.get_lines())
    # the data keep their colours
    assert {to_hex(line.get_color()) for line in ax.get_lines()} >= {PALETTE["good"].lower(), PALETTE["bad"].lower()}


def test_a_heatmap_keeps_its_paper_and_its_cells_numbers(dark) -> None:
    figure = Figure()
    themed(partial(cohort_heatmap, cohorts=COHORTS), window_chart_colors())(figure)
    ax = figure.axes[0]
    assert to_hex(ax.get_facecolor()) == "#ffffff"  # empty cells stay light
    numbers = [t for t in ax.texts if t.get_text().isdigit()]
    assert numbers and all(to_hex(t.get_color()) != "#e8e8e8" for t in numbers)
    assert {to_hex(label.get_color()) for label in ax.get_yticklabels()} == {"#e8e8e8"}
