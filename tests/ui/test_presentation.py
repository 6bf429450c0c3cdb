"""Presentation mode (issue 34): F11 shows only the content in large type, Page Down/Up step
through the sections, Esc or F11 put the window back exactly; the journey's cards show
whole names in columns that grow with the type; the matrix fills the screen with numbered
dots and a legend, its quadrants named as everywhere else."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QCoreApplication, QRect, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication

from ui.journey.board import card_lines
from ui.main_window import MainWindow


def present(window: MainWindow) -> None:
    window.presentation.full_screen = False  # offscreen: the test chooses the size
    window.menus.fullscreen_action.trigger()  # F11, the View menu's and the toolbar's entry
    QApplication.processEvents()


def test_f11_shows_only_the_content_and_esc_restores_the_window(qtbot, window: MainWindow) -> None:
    window.resize(1100, 700)
    window.show_section("journey")
    QApplication.processEvents()
    geometry = QRect(window.geometry())
    panel = window.panels["journey"]
    font_size = panel.board.font().pointSizeF()
    assert window.menus.fullscreen_action.shortcut().toString() == "F11"
    present(window)
    assert window.presentation.active and window.menus.fullscreen_action.isChecked()
    for chrome in (window.menuBar(), window.toolbar, window.nav, window.statusBar(), panel._side, panel.intro):
        assert not chrome.isVisible(), chrome
    assert panel.board.isVisible()
    assert panel.board.font().pointSizeF() == pytest.approx(font_size * 1.5)  # large type
    text = panel.board.palette().color(panel.board.palette().ColorRole.Text)
    assert text.name() == "#000000"  # black on white
    window.presentation.leave_action.trigger()  # Esc
    QApplication.processEvents()
    assert not window.presentation.active and not window.menus.fullscreen_action.isChecked()
    for chrome in (window.menuBar(), window.toolbar, window.nav, panel._side, panel.intro):
        assert chrome.isVisible(), chrome
    assert panel.board.font().pointSizeF() == pytest.approx(font_size)
    assert window.geometry() == geometry


def test_page_down_and_up_step_through_the_sections(qtbot, window: MainWindow) -> None:
    window.show_section("personas")
    present(window)
    window.presentation.next_action.trigger()  # Page Down
    assert window.current_section() == "journey"
    window.presentation.next_action.trigger()
    assert window.current_section() == "goals"
    assert not window.panels["goals"].detail.isVisible()  # the details panel stays out of the picture
    window.presentation.previous_action.trigger()  # Page Up
    assert window.current_section() == "journey"
    window.menus.fullscreen_action.trigger()  # F11 leaves too
    assert not window.presentation.active
    assert not window.presentation.next_action.isEnabled()  # Page Down belongs to the lists again
    assert window.panels["goals"].detail.isVisibleTo(window.panels["goals"])


def test_closing_while_presenting_remembers_the_arranged_window(qtbot, window: MainWindow) -> None:
    present(window)
    window.close()
    assert not window.presentation.active
    assert window.settings.window_state() is not None
    assert window.toolbar.isVisibleTo(window)  # what was saved: the toolbar shown


@pytest.mark.parametrize("size", [(900, 600), (1366, 768)])
def test_journey_cards_show_whole_names_in_columns_that_grow(qtbot, make_app, project_path, size) -> None:
    window = make_app(project_path, language="de").window
    window.resize(*size)
    window.show_section("journey")
    board = window.panels["journey"].board
    QApplication.processEvents()
    normal = board.column_width()
    board.set_zoom(1.5)
    assert board.column_width() == round(normal * 1.5)  # the zoom widens the columns too
    assert all(c.minimumWidth() == board.column_width() for c in board.columns)
    board.set_zoom(1.0)
    present(window)
    assert board.column_width() >= round(normal * 1.5) - 1  # and so does the larger type
    for column in board.columns:
        width = column.view.viewport().width() - 26
        for tp in column.model.items:
            lines = card_lines(tp, board.card_font(), width)
            assert " ".join(lines.name).replace("- ", "-").replace("-", "") == tp.name.replace("-", "")
            assert all("…" not in line for line in lines.name + lines.pain)
            metrics = QFontMetrics(board.card_font())
            assert all(metrics.horizontalAdvance(line) <= width for line in lines.pain)
        assert "…" not in column.header.text()


def test_the_matrix_fills_the_screen_with_numbered_dots_and_a_legend(qtbot, window: MainWindow) -> None:
    window.resize(1366, 768)
    window.show_section("measures")
    panel = window.panels["measures"]
    QApplication.processEvents()
    small = panel.matrix.height()
    present(window)
    QApplication.processEvents()
    matrix = panel.matrix
    assert not panel.table.isVisible() and panel.legend.isVisible()
    assert matrix.height() > small and matrix.height() >= 0.8 * window.height()
    numbers = sorted(int(dot.childItems()[0].text()) for dot in matrix.dots.values())
    assert numbers == list(range(1, len(matrix.dots) + 1))
    for dot in matrix.dots.values():  # the legend holds every title whole
        assert dot.measure.title in panel.legend.text()
    scene_items = matrix.scene().items()
    quadrants = [i for i in scene_items if i.data(0) == "quadrant"]
    names = {q.text() for q in quadrants}
    expected = {
        QCoreApplication.translate("MeasuresPanel", n) for n in ("Quick wins", "Big bets", "Fill-ins", "Money pits")
    }
    assert names == expected  # the names the Measures section and the report use
    dots = [d.sceneBoundingRect() for d in matrix.dots.values()]
    square = next(i for i in scene_items if i.data(0) is None and i.boundingRect().width() > 500).sceneBoundingRect()
    for quadrant in quadrants:
        box = quadrant.sceneBoundingRect()
        assert not any(box.intersects(d) for d in dots)  # no dot or label under a quadrant's name
        assert not box.intersects(square.adjusted(1, 1, -1, -1))  # outside the square
    window.presentation.leave()
    assert panel.table.isVisible() and not panel.legend.isVisible()
    assert all(not dot.childItems()[0].text().isdigit() for dot in matrix.dots.values())


def test_esc_restores_a_maximised_window(qtbot, window: MainWindow) -> None:
    window.showMaximized()
    QApplication.processEvents()
    present(window)
    window.presentation.leave()
    assert window.windowState() & Qt.WindowState.WindowMaximized
