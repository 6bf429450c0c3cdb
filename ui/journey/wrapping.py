"""Breaking a text into lines of a given pixel width for the journey's painted cards, stage
headers and lanes, where nothing may be cut off."""

from __future__ import annotations

import re

from PySide6.QtGui import QFontMetrics

from planner.journey.syllables import break_at


def wrap_text(text: str, metrics: QFontMetrics, width: int) -> list[str]:
    """`text` in lines of at most `width` pixels, broken at spaces and after hyphens; a word
    wider than a line is broken between its letters, so nothing is ever cut off."""
    width = max(width, metrics.horizontalAdvance("W") + 1)
    lines: list[str] = []
    current = ""
    for token in re.findall(r"[^\s-]*-|[^\s-]+\s*|\s+", text.strip()):
        if metrics.horizontalAdvance((current + token).rstrip()) <= width:
            current += token
            continue
        if current.strip():
            lines.append(current.rstrip())
        current = token.lstrip()
        while metrics.horizontalAdvance(current.rstrip()) > width:  # one word wider than the card
            cut = len(current) - 1
            while cut > 1 and metrics.horizontalAdvance(current[:cut] + "-") > width:
                cut -= 1
            cut = break_at(current, cut)
            lines.append(current[:cut] + "-")  # a hyphen where the word was broken
            current = current[cut:]
    if current.strip() or not lines:
        lines.append(current.rstrip())
    return lines
