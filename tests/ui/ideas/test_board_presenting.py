"""The ideas board on a projector (issue 34): the stages continue in further rows rather than
off the right edge, every word of every note and header within its column, and the "Turn
into" button's menu arrow clear of its text."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QLabel, QStyle, QStyleOptionButton

from tests.ui.presentation.conftest import german_plan, present  # noqa: F401 (fixture)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1920, 1080)])
def test_stage_columns_lie_inside_the_board_and_words_fit(qtbot, make_app, german_plan, size) -> None:  # noqa: F811
    window = make_app(german_plan, language="de").window
    window.show_section("ideas")
    present(window, size)
    board = window.panels["ideas"].board
    QApplication.processEvents()
    viewport = board.viewport()
    assert not board.horizontalScrollBar().isVisible()
    assert board.per_row < len(board.columns) or size[0] >= 1920  # seven stages: more rows on 1280 and 1366
    for column in board.columns:
        left = column.mapTo(viewport, QPoint(0, 0)).x()
        assert left >= 0 and left + column.width() <= viewport.width(), column.stage.name
        for label in [column.header, *column.findChildren(QLabel)]:
            if not label.isVisible() or not label.text():
                continue
            metrics = QFontMetrics(label.font())
            width = label.contentsRect().width()
            words = label.text().replace("<b>", " ").replace("</b>", " ").split()
            assert all(metrics.horizontalAdvance(w) <= width for w in words), (label.text(), width)


def test_turn_into_keeps_its_arrow_apart_from_its_text(qtbot, make_app, german_plan) -> None:  # noqa: F811
    window = make_app(german_plan, language="de").window
    window.show_section("ideas")
    present(window, (1366, 768))
    button = window.panels["ideas"].convert_button
    assert button.menu() is not None
    option = QStyleOptionButton()
    button.initStyleOption(option)
    arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, option, button)
    text = QFontMetrics(button.font()).horizontalAdvance(button.text())
    # the style reserves the arrow's width beside the text, with at least a few pixels between
    assert button.width() >= text + arrow + 8
