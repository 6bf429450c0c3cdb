"""File > New offers an empty plan or a template (issue 34); the new plan's journey and
goals show what the template brings, in the app's language."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QDialog, QLabel, QRadioButton

from planner import journey as j
from planner.store import ProjectStore
from planner.templates import available_templates, load_template, shipped_template_files
from ui.journey.panel import JourneyPanel
from ui.main_window import MainWindow
from ui.templates import TemplateDialog

CAFE = next(f for f in shipped_template_files() if f.name == "cafe.json")


def answer_with(monkeypatch, qtbot, click: str | None) -> list[TemplateDialog]:
    """The dialog answers itself: the radio button of `click` is clicked and Continue
    pressed, or (None) Cancel."""
    shown: list[TemplateDialog] = []

    def fake_exec(dialog: TemplateDialog) -> int:
        shown.append(dialog)
        dialog.show()  # as exec would: a hidden button takes no click
        qtbot.waitExposed(dialog)
        if click is None:
            dialog.reject()
        else:
            button = dialog.findChild(QRadioButton, f"template_{click}")
            # on the name, where a user clicks (the right of a wide radio button takes no click)
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton, pos=QPoint(30, button.height() // 2))
            dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TemplateDialog, "exec", fake_exec)
    return shown


def journey_of(window: MainWindow) -> JourneyPanel:
    window.show_section("journey")
    panel = window.panels["journey"]
    assert isinstance(panel, JourneyPanel)
    return panel


@pytest.mark.parametrize(
    ("language", "stages"),
    [
        ("en", ["Discover", "Look up", "Reserve", "Visit and order", "Pay", "Come back"]),
        ("de", ["Entdecken", "Informieren", "Reservieren", "Besuch und Bestellung", "Bezahlen", "Wiederkommen"]),
    ],
)
def test_choosing_cafe_starts_a_plan_with_the_cafes_journey(
    qtbot, make_app, tmp_path: Path, monkeypatch, language: str, stages: list[str]
) -> None:
    app = make_app(language=language)
    path = tmp_path / "cafe-am-markt.rplan"
    asked: list[str] = []
    monkeypatch.setattr(app.window, "_ask_new_path", lambda title: asked.append(title) or path)
    shown = answer_with(monkeypatch, qtbot, "cafe")
    app.window.new_project()
    # the choice came first, then the file name as before
    assert len(shown) == 1 and len(asked) == 1
    dialog = shown[0]
    expected_names = {"en": "Café or restaurant", "de": "Café oder Restaurant"}[language]
    assert dialog.findChild(QRadioButton, "template_cafe").text() == expected_names
    preview = dialog.findChild(QLabel, "template_preview").text()
    assert " → ".join(stages) in preview and ("Touchpoints: 12" if language == "en" else "12") in preview

    panel = journey_of(app.window)
    assert [column.header.stage.name for column in panel.board.columns] == stages
    cards = [tp.name for tp in panel.visible_touchpoints()]
    assert ("Lunch of the day" if language == "en" else "Mittagstisch") in cards
    store = ProjectStore.open(path)
    try:
        assert [s.name for s in j.stages(store)] == stages
        assert store.settings().name == "cafe-am-markt" and store.settings().language == language
        assert len(store.personas()) == 2
    finally:
        store.close()
    # the goals section lists the café's goals
    app.window.show_section("goals")
    goals = app.window.panels["goals"]
    model = goals.model
    titles = [model.index(r, 0).data() for r in range(model.rowCount())]
    assert ("More regulars" if language == "en" else "Mehr Stammgäste") in titles


def test_the_empty_plan_is_the_default_and_gives_the_seven_stages(qtbot, make_app, tmp_path: Path, monkeypatch) -> None:
    app = make_app(language="en")
    path = tmp_path / "empty.rplan"
    monkeypatch.setattr(app.window, "_ask_new_path", lambda title: path)
    seen: list[str] = []

    def fake_exec(dialog: TemplateDialog) -> int:
        seen.append(dialog.findChild(QLabel, "template_preview").text())
        assert dialog.buttons["empty"].isChecked()  # nothing chosen: the plan is empty
        dialog.accept()
        return dialog.result()

    monkeypatch.setattr(TemplateDialog, "exec", fake_exec)
    app.window.new_project()
    assert seen == ["An empty plan: you add personas, touchpoints, goals and measures yourself."]
    panel = journey_of(app.window)
    assert [column.header.stage.name for column in panel.board.columns] == list(j.DEFAULT_STAGES["en"])
    assert panel.visible_touchpoints() == []


def test_cancelling_the_choice_asks_for_no_file_and_keeps_the_open_plan(qtbot, window: MainWindow, monkeypatch) -> None:
    before = window.doc
    monkeypatch.setattr(window, "_ask_new_path", lambda title: pytest.fail("no file name is asked after Cancel"))
    answer_with(monkeypatch, qtbot, None)
    window.new_project()
    assert window.doc is before


def test_the_dialog_lists_every_template_with_a_line_and_names_a_damaged_file(qtbot, tmp_path: Path) -> None:
    broken = tmp_path / "kiosk.json"
    broken.write_text(json.dumps({"format": 1, "key": "kiosk"}), encoding="utf-8")
    templates, problems = available_templates([*shipped_template_files(), broken])
    dialog = TemplateDialog("en", templates, problems)
    qtbot.addWidget(dialog)
    names = [b.text() for b in dialog.findChildren(QRadioButton)]
    assert names == [
        "Empty plan",
        "Online shop",
        "Café or restaurant",
        "Hairdresser or beauty salon",
        "Bicycle shop or specialist retail",
        "Gym or studio",
        "B2B service",
    ]
    notice = dialog.findChild(QLabel, "damaged_templates")
    assert "kiosk.json" in notice.text() and "stages" in notice.toolTip()
    # the line under an option chooses it too
    salon = dialog.buttons["salon"]
    line = dialog.layout().itemAt(dialog.layout().indexOf(salon) + 1).widget()
    assert line.text().startswith("Appointments that come back")
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.mouseClick(line, Qt.MouseButton.LeftButton, pos=QPoint(40, line.height() // 2))
    assert dialog.chosen().template.key == "salon"
    assert "Stages: Discover → Choose a salon → Book" in dialog.findChild(QLabel, "template_preview").text()
    dialog.choose("studio")
    assert dialog.chosen().template == load_template(
        next(f for f in shipped_template_files() if f.name == "studio.json")
    )
    assert dialog.result() == QDialog.DialogCode.Rejected  # nothing accepted yet
