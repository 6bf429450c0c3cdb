"""The import's question about money: which currency are these amounts in?

Asked on the first import of a plan (preset to what the data shows: £ signs, or a
country column that is mostly "United Kingdom"), and on later imports only when the
data plainly disagrees with the plan's currency."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QWidget

from planner.sales.currency import CurrencyGuess
from ui.texts.money import CURRENCIES, currency_symbol


class CurrencyChoice(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.combo = QComboBox()
        self.combo.setObjectName("import_currency")
        self.combo.setEditable(True)
        self.combo.addItems(CURRENCIES)
        self.label.setBuddy(self.combo)
        self.reason = QLabel()
        self.reason.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.label)
        layout.addWidget(self.combo)
        layout.addWidget(self.reason, 1)
        self._guess: CurrencyGuess | None = None
        self._current = ""
        self.asking = False
        self.setVisible(False)
        self.retranslate()

    def ask(self, guess: CurrencyGuess | None, current: str, first_import: bool) -> None:
        """Shown on a plan's first import, or when the data's currency is not the plan's."""
        self._guess, self._current = guess, current
        self.combo.setCurrentText(guess.code if guess is not None else current)
        self.asking = first_import or (guess is not None and guess.code != current)
        self.setVisible(self.asking)
        self._explain()

    def chosen(self) -> str | None:
        """The currency to set on the plan, or None to leave it as it is."""
        if not self.asking:
            return None
        code = self.combo.currentText().strip().upper()[:8]
        return code if code and code != self._current else None

    def _explain(self) -> None:
        guess = self._guess
        if guess is None:
            text = self.tr("The data does not show its currency: which currency are these amounts in?")
        elif guess.source == "sign":
            text = (
                self.tr("Guessed from the %1 signs in “%2”.").replace("%1", guess.evidence).replace("%2", guess.column)
            )
        elif guess.source == "column":
            text = (
                self.tr("Taken from the column “%1”: most rows are in %2.")
                .replace("%1", guess.column)
                .replace("%2", guess.evidence)
            )
        else:
            text = (
                self.tr("Guessed from the column “%1”: most rows are from %2.")
                .replace("%1", guess.column)
                .replace("%2", guess.evidence)
            )
        if guess is not None and self._current and guess.code != self._current:
            text += " " + self.tr("The plan so far counts in %1.").replace("%1", currency_symbol(self._current))
        self.reason.setText(text)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.label.setText(self.tr("&Currency of the amounts:"))
        self._explain()
