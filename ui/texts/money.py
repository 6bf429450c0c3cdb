"""Money as the reader expects it: the project's currency beside every amount, written
the way the current language writes money (English "£1,234.50", German "1.234,50 £").

Tables name the currency once in the column header rather than in every cell."""

from __future__ import annotations

from PySide6.QtCore import QLocale

CURRENCIES = ("EUR", "CHF", "USD", "GBP")
SYMBOLS = {"EUR": "€", "GBP": "£", "USD": "$", "CHF": "CHF", "JPY": "¥"}


def currency_symbol(code: str) -> str:
    return SYMBOLS.get(code.upper(), code.upper()) if code else ""


def show_money(value: float, code: str, decimals: int = 2) -> str:
    symbol = currency_symbol(code)
    if not symbol:
        return QLocale().toString(float(value), "f", decimals)
    return QLocale().toCurrencyString(float(value), symbol, decimals)


def show_headline_money(value: float, code: str) -> str:
    """A headline needs no cents once it runs into thousands: "£1,132,408", "£162.92"."""
    return show_money(value, code, 0 if abs(value) >= 10000 else 2)


def with_currency(title: str, code: str) -> str:
    """A column or axis title with the currency: "Net revenue (£)"."""
    symbol = currency_symbol(code)
    return f"{title} ({symbol})" if symbol else title
