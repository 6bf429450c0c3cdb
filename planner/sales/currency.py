"""Which currency the amounts are in, guessed from the data.

A plan that says "Revenue 1,132,408" without a currency cannot be signed; the Online
Retail data is in pounds, a German till export in euros. Money signs in the amount
columns decide first (text files keep them: "1.299,00 €"); then a currency column, as shop
exports have one ("Currency": EUR on most rows); else the country column, when most rows name
one country whose currency we know. No guess is better than a wrong one:
the import then asks.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from planner.sales.fields import normalise
from planner.sales.known_exports import KnownExport

# signs first, then codes written out ("EUR 12,50"); the first one most values carry wins
SIGNS = (("€", "EUR"), ("£", "GBP"), ("$", "USD"), ("CHF", "CHF"), ("EUR", "EUR"), ("GBP", "GBP"))
CURRENCY_HEADERS = {"currency", "currencycode", "währung", "waehrung", "währungscode", "isocurrencycode"}
COUNTRY_HEADERS = {"country", "land", "countrycode", "ländercode", "landcode", "staat", "nation"}
COUNTRY_CURRENCY = {
    "GBP": ("united kingdom", "uk", "gb", "great britain", "england", "scotland", "wales", "großbritannien"),
    "USD": ("united states", "united states of america", "usa", "us", "vereinigte staaten"),
    "CHF": ("switzerland", "schweiz", "suisse", "svizzera", "ch", "liechtenstein"),
    "EUR": (
        "germany",
        "deutschland",
        "de",
        "austria",
        "österreich",
        "at",
        "france",
        "frankreich",
        "fr",
        "netherlands",
        "niederlande",
        "nl",
        "belgium",
        "belgien",
        "be",
        "ireland",
        "eire",
        "irland",
        "ie",
        "spain",
        "spanien",
        "es",
        "italy",
        "italien",
        "it",
        "portugal",
        "pt",
        "finland",
        "finnland",
        "fi",
        "greece",
        "griechenland",
        "luxembourg",
        "luxemburg",
    ),
}
SAMPLE = 5000
MAJORITY = 0.5


@dataclass(frozen=True)
class CurrencyGuess:
    code: str  # ISO 4217
    source: str  # "sign", "column" or "country"
    evidence: str  # the sign ("£"), the code as written ("EUR") or the country ("United Kingdom")
    column: str  # the column it was found in


def guess_currency(
    frame: pd.DataFrame, mapping: Mapping[str, str], known: KnownExport | None = None
) -> CurrencyGuess | None:
    """`known`: the recognised export, whose table names its currency column (or its one
    currency, for a system that sells in one only)."""
    for field in ("amount", "unit_price"):
        column = mapping.get(field)
        if column is not None and column in frame.columns:
            guess = _from_signs(frame[column], column)
            if guess is not None:
                return guess
    if known is not None and known.currency:
        return CurrencyGuess(known.currency, "column", known.currency, known.name())
    named = known.currency_of([str(c) for c in frame.columns]) if known is not None else ""
    for column in [named] * bool(named) + list(frame.columns):
        if column == named or normalise(str(column)) in CURRENCY_HEADERS:
            guess = _from_code(frame[column], str(column))
            if guess is not None:
                return guess
    candidates = [c for c in frame.columns if normalise(str(c)) in COUNTRY_HEADERS]
    region = mapping.get("region")
    if region is not None and region in frame.columns and region not in candidates:
        candidates.append(region)
    for column in candidates:
        guess = _from_country(frame[column], str(column))
        if guess is not None:
            return guess
    return None


def _texts(series: pd.Series) -> pd.Series:
    values = series.dropna().head(SAMPLE)
    if not (pd.api.types.is_string_dtype(values.dtype) or values.dtype == object):
        return pd.Series([], dtype=str)  # numbers from a workbook carry no sign
    texts = values.astype(str).str.strip()
    return texts[texts != ""]


def _from_signs(series: pd.Series, column: str) -> CurrencyGuess | None:
    texts = _texts(series)
    if texts.empty:
        return None
    for sign, code in SIGNS:
        if texts.str.contains(sign, regex=False).mean() >= MAJORITY:
            return CurrencyGuess(code, "sign", sign, column)
    return None


def _from_code(series: pd.Series, column: str) -> CurrencyGuess | None:
    """Most rows of a currency column hold one ISO code (three letters)."""
    texts = _texts(series)
    if texts.empty:
        return None
    top = texts.str.upper().value_counts()
    code, count = str(top.index[0]), int(top.iloc[0])
    if count / len(texts) < MAJORITY or len(code) != 3 or not code.isalpha() or not code.isascii():
        return None
    return CurrencyGuess(code, "column", str(texts[texts.str.upper() == code].iloc[0]), column)


def _from_country(series: pd.Series, column: str) -> CurrencyGuess | None:
    texts = _texts(series)
    if texts.empty:
        return None
    top = texts.str.lower().value_counts()
    country, count = str(top.index[0]), int(top.iloc[0])
    if count / len(texts) < MAJORITY:
        return None
    for code, names in COUNTRY_CURRENCY.items():
        if country in names:
            original = texts[texts.str.lower() == country].iloc[0]
            return CurrencyGuess(code, "country", str(original), column)
    return None
