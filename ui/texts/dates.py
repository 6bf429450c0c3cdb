"""One date format per language, and a date field that takes what the user types.

German writes 31.12.2027, English the unambiguous 2027-12-31 (a British and an American
reader would read 01/12/2027 differently). Tables, forms, charts' labels and messages use
`show_date`; exports write real date cells.

`DateEdit` replaces QDateEdit, whose section-wise editing clamps the day to the month
shown while typing: typing 31.12.2027 into a field showing a November date gave 30.12.
or kept the old day. Here the text is read as a whole when the user leaves the field.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QLocale, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCalendarWidget, QHBoxLayout, QLineEdit, QMenu, QToolButton, QWidget, QWidgetAction


def is_german() -> bool:
    return QLocale().language() == QLocale.Language.German


def date_format() -> str:
    """The Qt date format of the current language."""
    return "dd.MM.yyyy" if is_german() else "yyyy-MM-dd"


def show_date(value: str | date | None) -> str:
    """An ISO date (or a date) as the current language writes it; '' if none."""
    if value is None or value == "":
        return ""
    try:
        day = value if isinstance(value, date) else date.fromisoformat(str(value)[:10])
    except ValueError:
        return ""
    if is_german():
        return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"
    return day.isoformat()


def show_time(value: str) -> str:
    """An ISO timestamp as date and hours:minutes in the current language's format."""
    day = show_date(value)
    clock = str(value)[11:16]
    return f"{day} {clock}" if day and clock else day


def parse_date(text: str) -> date | None:
    """What a user types: the language's format, ISO, or day.month.year with a short year."""
    text = text.strip()
    if not text:
        return None
    for fmt in ("yyyy-MM-dd", "d.M.yyyy", "d.M.yy", "d/M/yyyy", "yyyy/M/d"):
        parsed = QDate.fromString(text, fmt)
        if parsed.isValid():
            if fmt == "d.M.yy" and parsed.year() < 1950:  # Qt reads 27 as 1927
                parsed = parsed.addYears(100)
            return date(parsed.year(), parsed.month(), parsed.day())
    return None


class DateEdit(QWidget):
    """A date typed as text (read whole on leaving the field) or picked in a calendar.
    `committed` is emitted with the new ISO date when the user changed it; text that is
    not a date turns red and changes nothing."""

    committed = Signal(str)

    def __init__(self, parent: QWidget | None = None, *, allow_empty: bool = False) -> None:
        super().__init__(parent)
        self._date: date | None = None
        self._allow_empty = allow_empty
        self.line = QLineEdit()
        self.button = QToolButton()
        self.button.setText("▾")
        self.button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.calendar = QCalendarWidget()
        menu = QMenu(self.button)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self.calendar)
        menu.addAction(action)
        self.button.setMenu(menu)
        self._menu: QMenu = menu
        self._action: QAction = action
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.line, 1)
        layout.addWidget(self.button)
        self.setFocusProxy(self.line)
        self.line.editingFinished.connect(self._on_edited)
        self.line.textEdited.connect(lambda _text: self.line.setStyleSheet(""))
        self.calendar.clicked.connect(self._on_picked)
        menu.aboutToShow.connect(self._prepare_calendar)

    def date(self) -> date | None:
        return self._date

    def iso(self) -> str:
        return self._date.isoformat() if self._date else ""

    def set_date(self, value: str | date | None) -> None:
        """Shows a date without emitting `committed`."""
        try:
            self._date = value if isinstance(value, date) or value is None else date.fromisoformat(str(value)[:10])
        except ValueError:
            self._date = None
        self.line.setText(show_date(self._date))
        self.line.setPlaceholderText(show_date(date(2027, 12, 31)))
        self.line.setStyleSheet("")

    def text(self) -> str:
        return self.line.text()

    def _on_edited(self) -> None:
        parsed = parse_date(self.line.text())
        if parsed is None:
            if self.line.text().strip():
                self.line.setStyleSheet("QLineEdit { border: 1px solid #C0392B; }")
            elif self._allow_empty and self._date is not None:
                self._date = None
                self.committed.emit("")
            else:
                self.set_date(self._date)
            return
        self._accept(parsed)

    def _prepare_calendar(self) -> None:
        day = self._date or date.today()
        self.calendar.setSelectedDate(QDate(day.year, day.month, day.day))

    def _on_picked(self, picked: QDate) -> None:
        self._menu.hide()
        self._accept(date(picked.year(), picked.month(), picked.day()))

    def _accept(self, value: date) -> None:
        changed = value != self._date
        self.set_date(value)
        if changed:
            self.committed.emit(value.isoformat())
