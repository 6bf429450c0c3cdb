"""A persona's quote, age and situation (issue 34): stored with the other persona fields
in one transaction, and the line the journey shows."""

from __future__ import annotations

from pathlib import Path

from planner.model import Persona
from planner.personas.profile import profile_line, quoted
from planner.store import ProjectStore


def test_quote_age_situation_are_stored_and_updated_with_the_other_fields(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "p.rplan")
    claudia = store.insert_persona(
        Persona(name="Claudia", age="52", situation="Lehrerin", quote="Ich will erkannt werden.")
    )
    old = store.update_persona(claudia.id, expected={"age": "52"}, age="53", quote="Kennt man mich noch?")
    assert (old.age, old.quote) == ("52", "Ich will erkannt werden.")  # what an undo writes back
    store.close()
    again = ProjectStore.open(tmp_path / "p.rplan")
    try:
        p = again.persona(claudia.id)
        assert (p.name, p.age, p.situation, p.quote) == ("Claudia", "53", "Lehrerin", "Kennt man mich noch?")
        # a deleted persona comes back whole, quote included
        removed, position = again.delete_persona(p.id)
        again.insert_persona(removed, position)
        assert again.persona(p.id) == p
    finally:
        again.close()


def test_quoted_uses_the_languages_marks_and_does_not_double_them() -> None:
    assert quoted("Schnell soll es gehen", "de") == "„Schnell soll es gehen“"
    assert quoted("„Schnell soll es gehen“", "de") == "„Schnell soll es gehen“"  # typed with marks
    assert quoted('"Fast, please"', "en") == "“Fast, please”"
    assert quoted("   ", "de") == ""


def test_profile_line_leaves_out_what_is_empty() -> None:
    full = Persona(name="Claudia", age="52", situation="Lehrerin, zwei Kinder", quote="Ich will erkannt werden.")
    assert profile_line(full, "de") == "Claudia, 52, Lehrerin, zwei Kinder: „Ich will erkannt werden.“"
    assert profile_line(Persona(name="Ben"), "en") == "Ben"
    assert profile_line(Persona(name="Ben", quote="Hi"), "en") == "Ben: “Hi”"
