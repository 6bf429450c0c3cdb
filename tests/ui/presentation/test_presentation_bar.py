"""The workshop timer while presenting (issue 34): shown on every section in the presentation
bar, counting on while the sections change, and back on the ideas board on leaving."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui.presentation.conftest import present


def test_the_timer_stays_on_screen_and_runs_on_every_section(qtbot, make_app, german_plan) -> None:
    window = make_app(german_plan, language="de").window
    window.show_section("ideas")
    timer = window.panels["ideas"].timer
    present(window, (1366, 768))
    qtbot.mouseClick(timer.start_button, Qt.MouseButton.LeftButton)
    assert timer.running
    bar = window.presentation.bar
    for key in ("journey", "goals", "measures", "data", "overview"):
        window.show_section(key)
        QApplication.processEvents()
        assert timer.isVisible(), key  # on screen, in the bar above the section
        assert bar.isAncestorOf(timer)
        assert timer.running, key
        # the section's own title row gives way to the bar's: the bar names the section
        panel = window.panels[key]
        own = getattr(panel, "title", None) or panel._title
        assert not own.isVisible() and bar.title.text() == own.text()
    before = timer.left_ms()
    qtbot.waitUntil(lambda: timer.left_ms() < before, timeout=5000)  # counting down meanwhile
    window.presentation.leave()
    ideas = window.panels["ideas"]
    assert not bar.isVisible() and ideas.isAncestorOf(timer)
    window.show_section("ideas")
    assert timer.isVisible() and ideas.title.isVisible() and timer.running


def test_a_plan_opened_while_presenting_brings_its_own_timer(qtbot, make_app, german_plan, project_path) -> None:
    window = make_app(german_plan, language="de").window
    present(window, (1280, 720))
    window.show_section("journey")
    old = window.panels["ideas"].timer
    assert window.presentation.bar.timer is old
    window.open_project(project_path)
    qtbot.waitUntil(lambda: window.current_section() is not None)
    window.show_section("goals")
    QApplication.processEvents()
    new = window.panels["ideas"].timer
    assert window.presentation.bar.timer is new and new.isVisible()
    window.presentation.leave()
    assert window.panels["ideas"].isAncestorOf(new)
