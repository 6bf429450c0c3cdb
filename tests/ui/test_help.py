"""Help (issue 31): F1 opens the guide at the section the user is in, in the user's
language; every KPI card links to its definition; every section and KPI has its place in
both guides."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from ui.help.guide import GuideWindow, guide_html
from ui.main_window import SECTIONS
from ui.overview.kpi_cards import CARDS

KPI_KEYS = [
    "customers_start", "customers_end", "retained", "lost", "gained", "new", "reactivated", "retention_rate",
    "churn_rate", "buyers", "new_buyers", "returning_buyers", "orders", "revenue", "aov", "purchase_frequency",
    "repeat_purchase_rate", "nps",
]  # fmt: skip


@pytest.mark.parametrize("language", ["en", "de"])
def test_every_section_and_kpi_has_its_place_in_the_guide(language: str) -> None:
    anchors = set(re.findall(r'name="([^"]+)"', guide_html(language)))
    assert {key for key, _factory in SECTIONS} <= anchors
    assert {f"kpi-{key}" for key in [*KPI_KEYS, *CARDS]} <= anchors
    assert "method" in anchors


def test_f1_opens_the_guide_at_the_current_section(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path, language="de").window
    window.show_section("journey")
    assert window.guide_action.shortcut().toString() == "F1"
    window.guide_action.trigger()
    guide = window.findChild(GuideWindow, "guide")
    assert guide is not None and guide.isVisible()
    assert "Die Methode in fünf Schritten" in guide.browser.toPlainText()
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert "Journey Map" in top.block().text() or guide.browser.verticalScrollBar().value() > 0
    window.language_actions["en"].trigger()  # the guide follows the switch
    qtbot.waitUntil(lambda: "The method in five steps" in guide.browser.toPlainText())


def test_a_kpi_card_links_to_its_definition(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path).window
    card = window.panels["overview"].cards["retention_rate"]
    assert "How is this computed?" in card.how.text()
    card.how.linkActivated.emit("kpi-retention_rate")
    guide = window.findChild(GuideWindow, "guide")
    assert guide.isVisible() and guide.browser.verticalScrollBar().value() > 0


def test_about_lists_the_bundled_libraries_with_their_licences(qtbot, make_app, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QTableWidget

    shown: list[QDialog] = []
    monkeypatch.setattr(QDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    window = make_app(language="de").window
    window.about_action.trigger()
    table = shown[0].findChild(QTableWidget, "licences")
    rows = {table.item(r, 0).text().lower(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert "BSD" in rows["pandas"] and "LGPL" in rows["pyside6_essentials"]
    assert {"numpy", "openpyxl", "matplotlib", "scipy", "pyarrow", "fastexcel"} <= set(rows)
    assert "pytest" not in rows and "retention-planner" not in rows  # test tools are not shipped
    assert table.horizontalHeaderItem(2).text() == "Lizenz"
