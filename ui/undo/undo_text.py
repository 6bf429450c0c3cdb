"""Texts that are translated each time they are shown, not when they are made.

An undo command lives as long as the plan is open, and the user may switch language in
between: "Change activity window" made in English must read "Aktivitätsfenster ändern"
in the Edit menu after the switch. So a command keeps the untranslated source (and the
sources of its field labels) and asks the translator again whenever its text is needed.

`LazyText.translate("Context", "Source %1")` is spelled like Qt's own call so that
lupdate collects the source into the .ts files.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

_PLACEHOLDER = re.compile(r"%(\d+)")


@dataclass(frozen=True)
class LazyText:
    context: str
    source: str
    args: tuple[str | LazyText, ...] = ()
    strip: str = ""  # trailing characters to drop: a form caption "Owner:" names the field "Owner"

    @classmethod
    def translate(cls, context: str, source: str) -> LazyText:
        return cls(context, source)

    @classmethod
    def plain(cls, text: str) -> LazyText:
        """User data (a name, a file) that is shown as typed in every language."""
        return cls("", text)

    def arg(self, *values: str | LazyText) -> LazyText:
        """Fills %1, %2 … in order; a value may itself be a LazyText (a field's label)."""
        return LazyText(self.context, self.source, self.args + values, self.strip)

    def without_trailing(self, characters: str) -> LazyText:
        return LazyText(self.context, self.source, self.args, characters)

    def __str__(self) -> str:
        text = QCoreApplication.translate(self.context, self.source) if self.context else self.source
        # one pass, so a name that itself contains "%2" is shown as typed
        return _PLACEHOLDER.sub(lambda m: self._fill(int(m.group(1)), m.group(0)), text).rstrip(self.strip)

    def _fill(self, number: int, placeholder: str) -> str:
        return str(self.args[number - 1]) if 1 <= number <= len(self.args) else placeholder
