"""A persona as one line of who they are: name, age, situation and their quote in the
language's quotation marks. The journey shows it above the board when filtered to one
persona; the report's persona card can print the same pieces."""

from __future__ import annotations

from planner.model import Persona

# opening and closing marks per language (German „…“, English “…”)
QUOTE_MARKS = {"de": ("„", "“"), "en": ("“", "”")}


def quoted(text: str, language: str) -> str:
    """`text` in quotation marks; marks the persona typed already are not doubled."""
    text = text.strip()
    if not text:
        return ""
    opening, closing = QUOTE_MARKS.get(language, QUOTE_MARKS["en"])
    text = text.strip('"„“”«» ')
    return f"{opening}{text}{closing}"


def profile_parts(persona: Persona) -> list[str]:
    """Name, age and situation, those that are filled in, in that order."""
    return [part.strip() for part in (persona.name, persona.age, persona.situation) if part.strip()]


def profile_line(persona: Persona, language: str) -> str:
    """ "Claudia, 52, works full time: „I want to be known.“" as plain text."""
    who = ", ".join(profile_parts(persona))
    quote = quoted(persona.quote, language)
    return f"{who}: {quote}" if who and quote else who or quote
