"""After a language switch at run time nothing keeps the old language: not the undo steps
made before the switch, not the Undo/Redo wording, not the number formats."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt

from ui.undo.undo_text import LazyText


def test_lazy_text_fills_placeholders_once_and_keeps_user_text() -> None:
    text = LazyText.plain("Rename %1 to %2").arg("50%2 off", "x")
    # a name that itself contains "%2" is shown as typed, not filled again
    assert str(text) == "Rename 50%2 off to x"
    assert str(LazyText.plain("Owner:").without_trailing(":")) == "Owner"


def test_undo_texts_made_before_a_switch_follow_the_new_language(qtbot, make_app, project_path: Path) -> None:
    app = make_app(project_path, language="en")
    window = app.window
    panel = window.panels["overview"]
    panel.window_spin.setValue(panel.window_spin.value() + 1)
    qtbot.keyClick(panel.window_spin, Qt.Key.Key_Return)
    assert window.menus.undo_action.text() == "&Undo Change activity window"

    window.menus.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Übersicht")
    # the command was made in English; its text and the verb are German now
    assert window.menus.undo_action.text() == "Aktivitätsfenster ändern &rückgängig machen"
    window.menus.undo_action.trigger()
    assert window.menus.redo_action.text() == "Aktivitätsfenster ändern &wiederherstellen"
    assert window.menus.undo_action.text() == "&Rückgängig"

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")
    assert window.menus.redo_action.text() == "&Redo Change activity window"


def test_numbers_follow_the_language(qtbot, make_app, project_path: Path) -> None:
    app = make_app(project_path, language="de")
    window = app.window
    margin = window.panels["overview"].margin_spin
    margin.setValue(30.0)
    assert margin.text() == "30,0 %"

    window.menus.language_actions["en"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Overview")
    assert margin.text() == "30.0 %"

    # chart axes: English groups thousands with a comma, German with a full stop
    window.show_section("data")
    data = window.panels["data"]
    data.show_chart("revenue")
    chart = data.chart("revenue")
    chart.canvas.draw()
    english = [t.get_text() for t in chart.figure.axes[0].get_yticklabels() if t.get_text()]
    assert any("," in t for t in english) and not any("." in t for t in english)

    window.menus.language_actions["de"].trigger()
    qtbot.waitUntil(lambda: window.nav.item(0).text() == "Übersicht")
    chart.canvas.draw()
    german = [t.get_text() for t in chart.figure.axes[0].get_yticklabels() if t.get_text()]
    assert any("." in t for t in german) and not any("," in t for t in german)
    assert margin.text() == "30,0 %"
