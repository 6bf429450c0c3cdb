"""A figure the activity window does not cover is never a headline (issue 11): one year of
data with the default 12-month window showed 'Retention rate 100.0 %' on the overview."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from planner.sales.clean import ImportReport
from planner.sales.storage import append_import
from planner.store import ProjectStore
from tests.planner.metrics.test_coverage import ONE_YEAR
from ui.overview.panel import OverviewPanel


@pytest.fixture
def one_year_project(tmp_path: Path) -> Path:
    path = tmp_path / "year.rplan"
    store = ProjectStore.create(path)
    store.update_settings(period="quarter", activity_window_months=12)
    report = ImportReport(source="2025.xlsx", sheet="S", rows_read=len(ONE_YEAR), rows_used=len(ONE_YEAR))
    append_import(store, ONE_YEAR, report)
    store.close()
    return path


@pytest.mark.parametrize("language", ["en", "de"])
def test_uncovered_retention_says_why_and_offers_a_window(qtbot, make_app, one_year_project: Path, language) -> None:
    app = make_app(one_year_project, language=language)
    panel = app.window.panels["overview"]
    assert isinstance(panel, OverviewPanel)
    card = panel.cards["retention_rate"]
    assert card.value.text() == "–"  # not "100.0 %"
    assert ("Not judgeable yet" in card.change.text()) == (language == "en")
    assert panel.window_advice.isVisibleTo(panel)
    # the suggestion (too few repeat purchases here: 12 months) does not cover 2025Q4; the
    # longest window that does is 9 months, from 2025-01-01 to 2025-10-01
    assert panel.window_advice_button.text().startswith("Use a 9-month" if language == "en" else "9-Monats")
    assert ("2025-01-01" if language == "en" else "01.01.2025") in panel.window_advice.text()
    qtbot.mouseClick(panel.window_advice_button, Qt.MouseButton.LeftButton)
    assert app.window.doc.settings().activity_window_months == 9
    assert card.value.text() == ("66.7 %" if language == "en" else "66,7 %")  # 2 of 3 retained
    assert not panel.window_advice.isVisibleTo(panel)
    app.window.menus.undo_action.trigger()
    assert app.window.doc.settings().activity_window_months == 12 and card.value.text() == "–"
    # the goal baseline refuses the uncovered figure and says why
    goals = app.window.panels["goals"]
    app.window.show_section("goals")
    qtbot.mouseClick(goals.add_goal_button, Qt.MouseButton.LeftButton)
    notices: list[str] = []
    app.window.doc.notice.connect(notices.append)
    qtbot.mouseClick(goals.goal_form.suggest_button, Qt.MouseButton.LeftButton)
    from planner.goals import goal_table as g

    assert g.GOALS.get(app.window.doc.store, goals._current[1]).baseline_value is None
    assert notices and ("activity window" in notices[0] or "Aktivitätsfenster" in notices[0])


@pytest.mark.parametrize("language", ["en", "de"])
@pytest.mark.parametrize("size", [(1280, 800), (1366, 768), (1920, 1080)])
def test_overview_fits_the_window_without_clipping(qtbot, make_app, project_path: Path, language, size) -> None:
    """At the default 1280x800 the intro and the last card were cut off at the right edge."""
    from PySide6.QtWidgets import QApplication, QScrollArea

    app = make_app(project_path, language=language)
    app.window.resize(*size)
    app.window.show_section("overview")
    panel = app.window.panels["overview"]
    scroll = panel.findChild(QScrollArea)
    qtbot.waitUntil(lambda: scroll.viewport().width() > 0)
    QApplication.processEvents()
    assert scroll.widget().width() <= scroll.viewport().width()
    for card in panel.cards.values():
        assert card.geometry().right() <= panel._kpi_box.contentsRect().right()
