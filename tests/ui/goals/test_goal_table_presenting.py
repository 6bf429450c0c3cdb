"""The goal table on a projector (issue 34): every column inside the table at 1280x720 and
1366x768, headers in the larger type (over two lines where they are long), titles and owners
wrapped onto further lines rather than cut, the other values whole on one line."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QModelIndex, QRect, Qt
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import QApplication

from tests.ui.presentation.conftest import german_plan, present  # noqa: F401 (fixture)
from ui.goals.tree import WRAP, header_lines


def test_long_headers_go_over_two_lines() -> None:
    assert header_lines("Start / Ausgangswert") == "Start /\nAusgangswert"
    assert header_lines("Wert pro Jahr (€)") == "Wert pro\nJahr (€)"  # "Wert pro" is 8 letters: one line
    assert header_lines("Status") == "Status"


def _rows(model, parent=QModelIndex()):
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        yield index
        yield from _rows(model, index)


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768)])
def test_every_column_on_screen_and_no_value_cut(qtbot, make_app, german_plan, size) -> None:  # noqa: F811
    window = make_app(german_plan, language="de").window
    window.show_section("goals")
    present(window, size)
    tree = window.panels["goals"].tree
    header = tree.header()
    for _ in range(3):
        QApplication.processEvents()
    width = tree.viewport().width()
    for column in range(header.count()):
        left = header.sectionViewportPosition(column)
        assert left >= 0 and left + header.sectionSize(column) <= width, column
    assert not tree.horizontalScrollBar().isVisible()
    # the header in the table's larger type, as tall as its lines
    header_font = tree.model().headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.FontRole)
    assert isinstance(header_font, QFont) and header_font.pointSizeF() == pytest.approx(tree.font().pointSizeF())
    assert header.height() >= 2 * QFontMetrics(header_font).height()
    for row in _rows(tree.model()):
        for column in range(header.count()):
            index = row.siblingAtColumn(column)
            text = str(index.data() or "")
            if not text or column == 3:  # the progress column draws a bar
                continue
            rect = tree.visualRect(index)
            font = index.data(Qt.ItemDataRole.FontRole)
            metrics = QFontMetrics(QFont(font).resolve(tree.font()) if isinstance(font, QFont) else tree.font())
            if column in (0, 1):  # every word within the cell, every line within its height
                assert all(metrics.horizontalAdvance(w) <= rect.width() for w in text.split()), text
                lines = metrics.boundingRect(QRect(0, 0, rect.width() - 12, 10_000), WRAP, text)
                assert lines.height() <= rect.height(), (text, lines.height(), rect.height())
            else:
                assert metrics.horizontalAdvance(text) <= rect.width(), (text, rect.width())
    window.presentation.leave()
    assert tree.uniformRowHeights() and not tree.wordWrap()
