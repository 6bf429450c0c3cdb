"""A persona's age, situation and quote (issue 34): typed in the persona form, one undo
step each, and shown above the journey when it is filtered to that persona."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit

from planner.store import ProjectStore
from ui.goals.record_form import TextField
from ui.journey.panel import JourneyPanel
from ui.personas.panel import PersonasPanel


def test_quote_typed_in_the_form_is_shown_on_the_journey(qtbot, make_app, project_path: Path) -> None:
    window = make_app(project_path, language="de").window
    window.show_section("personas")
    personas = window.panels["personas"]
    assert isinstance(personas, PersonasPanel)
    persona = personas.model.persona_at(0)
    age, situation = personas.fields["age"], personas.fields["situation"]
    assert isinstance(age, QLineEdit) and isinstance(situation, QLineEdit)
    age.setFocus()
    age.selectAll()
    qtbot.keyClicks(age, "52")
    qtbot.keyClick(age, Qt.Key.Key_Return)
    situation.setFocus()
    situation.selectAll()
    qtbot.keyClicks(situation, "Lehrerin, zwei Kinder")
    qtbot.keyClick(situation, Qt.Key.Key_Return)
    quote = personas.fields["quote"]
    quote.setFocus()
    quote.selectAll()
    qtbot.keyClicks(quote, "Ich will nicht lange suchen.")
    qtbot.keyClick(quote, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)  # commits it
    store = ProjectStore.open(project_path)
    saved = store.persona(persona.id)
    store.close()
    assert (saved.age, saved.situation, saved.quote) == ("52", "Lehrerin, zwei Kinder", "Ich will nicht lange suchen.")

    window.show_section("journey")
    journey = window.panels["journey"]
    assert isinstance(journey, JourneyPanel)
    assert not journey.persona_line.isVisible()  # all personas: whose quote would it be?
    journey.persona_filter.setCurrentIndex(journey.persona_filter.findData(persona.id))
    assert journey.persona_line.isVisible()
    shown = journey.persona_line.text()
    # the German quotation marks around what was typed, name, age and situation before it
    assert "„Ich will nicht lange suchen.“" in shown
    assert f"<b>{persona.name}</b>, 52, Lehrerin, zwei Kinder" in shown

    window.menus.undo_action.trigger()  # the quote: one step
    assert "Ich will nicht lange suchen." not in journey.persona_line.text()
    assert "52, Lehrerin" in journey.persona_line.text()
    window.menus.redo_action.trigger()
    assert "„Ich will nicht lange suchen.“" in journey.persona_line.text()
    journey.persona_filter.setCurrentIndex(0)
    assert not journey.persona_line.isVisible()


def test_a_long_value_is_shown_from_its_beginning(qtbot, make_app, project_path: Path) -> None:
    """Seen on a projector: "…n der Nähe, 41, dreimal pro Woche Mittagstisch" in the persona's
    segment field, its beginning scrolled out of view (a line field shows where its cursor
    is, and setting a text puts the cursor at its end). Forms show a value from its start."""
    window = make_app(project_path, language="de").window
    window.show_section("personas")
    personas = window.panels["personas"]
    assert isinstance(personas, PersonasPanel)
    segment = personas.fields["segment"]
    assert isinstance(segment, QLineEdit)
    personas.table.selectRow(1)
    personas.table.selectRow(0)  # shown again: the value set anew
    assert segment.text() and segment.cursorPosition() == 0
    window.show_section("goals")
    goals = window.panels["goals"]
    # the goal form's text fields (numbers and dates are short)
    shown = [field.edit for field in goals.findChildren(TextField) if isinstance(field.edit, QLineEdit)]
    assert [e.text() for e in shown if e.text()] and all(e.cursorPosition() == 0 for e in shown)
