"""The journey on a projector (issue 34): every column shows all its cards whole and the board
scrolls down as one page with a scroll bar the room can see; the emotion curve's legend is
drawn in the larger type and lies inside the chart."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QScrollArea

from tests.ui.presentation.conftest import german_plan, present  # noqa: F401 (fixture)
from ui.journey.column_height import cards_height
from ui.presentation.mode import CLEAR_SCROLL_BAR


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_columns_show_every_card_and_the_board_scrolls_as_one(qtbot, make_app, german_plan, size) -> None:  # noqa: F811
    window = make_app(german_plan, language="de").window
    window.show_section("journey")
    present(window, size)
    panel = window.panels["journey"]
    board = panel.board
    qtbot.waitUntil(lambda: all(c.view.height() == cards_height(c.view) for c in board.columns))
    for column in board.columns:
        view = column.view
        assert view.verticalScrollBar().maximum() == 0, column.stage.name  # nothing hidden inside a column
        rows = [view.visualRect(view.model().index(r, 0)) for r in range(view.model().rowCount())]
        assert all(view.viewport().rect().contains(rect) for rect in rows), column.stage.name
    scroll = board.parentWidget().parentWidget()
    assert isinstance(scroll, QScrollArea)
    bar = scroll.verticalScrollBar()
    # the demo's tallest column is longer than the screen: one clear bar for the whole board
    assert bar.isVisible() and bar.maximum() > 0
    assert bar.styleSheet() == CLEAR_SCROLL_BAR and bar.width() >= 18
    window.presentation.leave()
    QApplication.processEvents()
    assert all(c.view.maximumHeight() > 10_000 for c in board.columns)  # columns scroll by themselves again
    assert bar.styleSheet() == ""


def test_the_curve_legend_is_larger_and_inside_the_chart(qtbot, make_app, german_plan) -> None:  # noqa: F811
    window = make_app(german_plan, language="de").window
    window.resize(1280, 720)
    window.show_section("journey")
    panel = window.panels["journey"]
    chart = panel._curve_view.chart
    qtbot.waitUntil(lambda: chart is not None and bool(chart.figure.axes))

    def legend_pixels() -> tuple[float, object]:
        figure = chart.figure
        legend = figure.axes[0].get_legend() or figure.legends[0]
        figure.canvas.draw()
        size = legend.get_texts()[0].get_fontsize() * figure.dpi / 72  # points at the figure's dpi
        return size, legend.get_window_extent(figure.canvas.get_renderer())

    normal, _box = legend_pixels()
    present(window, (1280, 720))
    qtbot.waitUntil(lambda: chart.figure.dpi > 100)
    QApplication.processEvents()
    larger, box = legend_pixels()
    assert larger >= 1.4 * normal  # the presentation type's 1.5, give or take the legend's own choice
    figure_box = chart.figure.bbox
    assert box.y0 >= figure_box.y0 - 1 and box.y1 <= figure_box.y1 + 1  # not cut at the top or bottom
    assert box.x0 >= figure_box.x0 - 1 and box.x1 <= figure_box.x1 + 1
    assert not chart.copy_button.isVisible() and not chart.save_button.isVisible()
    window.presentation.leave()
    qtbot.waitUntil(lambda: chart.figure.dpi < 101)  # drawn at its own dots per inch again
    assert chart.copy_button.isVisible()
