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
    assert window.menus.guide_action.shortcut().toString() == "F1"
    window.menus.guide_action.trigger()
    guide = window.findChild(GuideWindow, "guide")
    assert guide is not None and guide.isVisible()
    assert "Die Methode in fünf Schritten" in guide.browser.toPlainText()
    top = guide.browser.cursorForPosition(guide.browser.viewport().rect().topLeft())
    assert "Journey Map" in top.block().text() or guide.browser.verticalScrollBar().value() > 0
    window.menus.language_actions["en"].trigger()  # the guide follows the switch
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
    window.menus.about_action.trigger()
    table = shown[0].findChild(QTableWidget, "licences")
    rows = {table.item(r, 0).text().lower(): table.item(r, 2).text() for r in range(table.rowCount())}
    assert "BSD" in rows["pandas"] and "LGPL" in rows["pyside6_essentials"]
    assert {"numpy", "openpyxl", "matplotlib", "scipy", "pyarrow", "fastexcel"} <= set(rows)
    assert "pytest" not in rows and "retention-planner" not in rows  # test tools are not shipped
    assert table.horizontalHeaderItem(2).text() == "Lizenz"


def answer_welcome(monkeypatch, click: str) -> list:
    """The welcome answers itself by clicking the button named `click` (or the first recent plan)."""
    from PySide6.QtWidgets import QCommandLinkButton, QDialog, QListWidget

    from ui.help.welcome import WelcomeDialog

    shown: list[WelcomeDialog] = []

    def fake_exec(dialog: QDialog) -> int:
        shown.append(dialog)
        if click == "recent":
            recent = dialog.findChild(QListWidget, "recent_plans")
            recent.itemActivated.emit(recent.item(0))
        else:
            dialog.findChild(QCommandLinkButton, f"welcome_{click}").click()
        return dialog.result()

    monkeypatch.setattr(WelcomeDialog, "exec", fake_exec)
    return shown


def test_the_welcome_leads_to_the_demo_a_recent_plan_or_a_new_plan_with_its_sales(
    qtbot, make_app, project_path: Path, tmp_path: Path, monkeypatch
) -> None:
    window = make_app(language="de").window
    shown = answer_welcome(monkeypatch, "demo")
    window.menus.welcome_action.trigger()
    assert shown and shown[0].windowTitle() == "Willkommen bei Retention Planner"
    assert window.doc is not None and window.doc.is_demo

    window.settings.add_recent_file(project_path)
    answer_welcome(monkeypatch, "recent")
    monkeypatch.setattr(window.demo_guard, "may_leave", lambda: True)
    window.menus.welcome_action.trigger()
    assert window.doc.path == project_path

    target = tmp_path / "mein-laden.rplan"
    monkeypatch.setattr(window, "_ask_new_path", lambda title: target)
    imports: list[object] = []
    monkeypatch.setattr(window, "open_import_dialog", lambda *a, **k: imports.append(a))
    answer_welcome(monkeypatch, "import")
    window.menus.welcome_action.trigger()
    assert window.doc.path == target and target.exists() and imports  # a new plan, then the import


def test_the_bundles_list_of_libraries_is_pyprojects() -> None:
    """The bundle has no metadata of the app itself; About then starts from this list, which
    must name exactly the runtime dependencies of pyproject.toml."""
    import re
    import tomllib

    from ui.help.about import RUNTIME_LIBRARIES, bundled_libraries

    root = Path(__file__).resolve().parents[2]
    declared = tomllib.loads((root / "pyproject.toml").read_text(encoding="utf-8"))["project"]["dependencies"]
    names = {re.split(r"[ ;<>=!~\[(]", r, maxsplit=1)[0].lower() for r in declared}
    assert {n.lower() for n in RUNTIME_LIBRARIES} == names
    assert {row[0].lower() for row in bundled_libraries("no-such-app")} >= {"pandas", "scipy", "pillow"}
