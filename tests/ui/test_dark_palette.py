"""A dark system palette (issue 31): the app draws with the palette's roles; where it paints
a fixed light background (a notice, a weak guess, a verdict), it also sets a dark text
colour, or the palette's light text would vanish on it. Checked on every style sheet in ui/."""

from __future__ import annotations

import ast
import re
from pathlib import Path

UI = Path(__file__).resolve().parents[2] / "ui"
# behind the report's page pictures: paper on a light desk, no text of its own; a scroll
# bar's track and handle (presentation mode's wide bars) carry no text either
NO_TEXT_ON_IT = ("#report_pages", "QScrollBar {")
LIGHT_BACKGROUND = re.compile(r"background(?:-color)?:\s*#([0-9A-Fa-f]{6})")


def light(hex_colour: str) -> bool:
    r, g, b = (int(hex_colour[i : i + 2], 16) / 255 for i in (0, 2, 4))
    return 0.2126 * r + 0.7152 * g + 0.0722 * b > 0.6


def style_sheets() -> list[tuple[str, str]]:
    """Every string literal (adjacent literals joined) that sets a background."""
    found = []
    for path in sorted(UI.rglob("*.py")):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and "background" in node.value:
                found.append((f"{path.relative_to(UI.parent)}:{node.lineno}", node.value))
    return found


def test_a_fixed_light_background_always_comes_with_its_text_colour() -> None:
    missing = []
    for where, sheet in style_sheets():
        colours = LIGHT_BACKGROUND.findall(sheet)
        if any(light(c) for c in colours) and not re.search(r"(?<![-\w])color:", sheet):
            if any(name in sheet for name in NO_TEXT_ON_IT):
                continue
            missing.append(f"{where}: {sheet.strip()}")
    assert missing == []
