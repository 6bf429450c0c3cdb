"""A persona's photo in the window (issue 28): chosen, shown, undone, and kept through a
deleted-and-restored persona; a file that is not a picture changes nothing."""

from __future__ import annotations

from pathlib import Path

from PIL import Image
from PySide6.QtCore import Qt

from planner.personas.photo import photo


def test_choose_undo_and_keep_a_photo(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    window.show_section("personas")
    panel = window.panels["personas"]
    persona_id = panel._current_id
    assert panel.photo_label.pixmap().isNull() and not panel.remove_photo_button.isEnabled()
    picture = tmp_path / "petra.jpg"
    Image.new("RGB", (1200, 900), "#2980b9").save(picture)
    # through the button, as a user does (clicked(bool) once reached choose_photo as its path)
    monkeypatch.setattr("ui.personas.panel.ask_open_file", lambda *_a, **_k: picture)
    qtbot.mouseClick(panel.photo_button, Qt.MouseButton.LeftButton)
    assert not panel.photo_label.pixmap().isNull() and panel.remove_photo_button.isEnabled()
    assert photo(window.doc.store, persona_id)
    assert window.menus.undo_action.text().startswith("&Undo Set photo of")
    window.menus.undo_action.trigger()
    assert photo(window.doc.store, persona_id) == b"" and panel.photo_label.pixmap().isNull()
    window.menus.redo_action.trigger()
    kept = photo(window.doc.store, persona_id)
    assert kept
    # deleting the persona and undoing it brings the photo back
    panel.delete_current()
    window.menus.undo_action.trigger()
    assert photo(window.doc.store, persona_id) == kept

    shown: list[str] = []
    monkeypatch.setattr("ui.personas.panel.show_planner_error", lambda _p, _t, error: shown.append(error.code))
    not_a_picture = tmp_path / "notiz.jpg"
    not_a_picture.write_text("Einkaufsliste")
    steps = window.doc.undo_stack.count()
    panel.choose_photo(not_a_picture)
    assert shown == ["photo_unreadable"] and window.doc.undo_stack.count() == steps


def test_the_journey_filtered_to_a_persona_shows_its_photo(qtbot, window, tmp_path: Path, monkeypatch) -> None:
    """Issue 34: the persona's photo "shown on the journey": beside the line with name, age,
    situation and quote when the journey is filtered to that persona, gone with an undo."""
    window.show_section("personas")
    panel = window.panels["personas"]
    persona_id = panel._current_id
    picture = tmp_path / "petra.png"
    Image.new("RGB", (600, 800), "#c0392b").save(picture)
    monkeypatch.setattr("ui.personas.panel.ask_open_file", lambda *_a, **_k: picture)
    qtbot.mouseClick(panel.photo_button, Qt.MouseButton.LeftButton)
    window.show_section("journey")
    journey = window.panels["journey"]
    assert not journey.persona_photo.isVisible()  # all personas: whose photo would it be?
    journey.persona_filter.setCurrentIndex(journey.persona_filter.findData(persona_id))
    shown = journey.persona_photo.pixmap()
    assert journey.persona_photo.isVisible() and not shown.isNull()
    assert shown.height() == journey.persona_line.fontMetrics().height() * 3  # portrait: as tall as 3 lines
    window.menus.undo_action.trigger()  # the photo's step
    assert not journey.persona_photo.isVisible()
    window.menus.redo_action.trigger()
    assert journey.persona_photo.isVisible()
