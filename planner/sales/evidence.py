"""What a column's values say about the field it holds, for headers that name nothing (`A`,
`Column 3`, `Feld1`): a customer id repeats and has no decimals, a date column reads as
dates in most rows, an amount is numeric with decimals, a quantity is small whole numbers.

Evidence from values is weaker than a header name: a guess made from it is marked weak, so
the wizard asks the user to check it and `kpis --json` says why in `mapping_notes`.
Numbers are never taken for Excel date serials here (customer numbers 20000 to 70000 would
read as dates); only real date cells, date text, or eight-digit yyyymmdd numbers count.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from planner.sales.values import parse_text_dates

SAMPLE = 500  # rows looked at per column
MOST = 0.8  # share of the filled sample that must fit


def _sample(series: pd.Series) -> pd.Series:
    return series.dropna().head(SAMPLE)


def as_numbers(values: pd.Series) -> pd.Series | None:
    """The values as numbers when (nearly) all of them are; None otherwise."""
    if pd.api.types.is_bool_dtype(values.dtype):
        return None
    if pd.api.types.is_numeric_dtype(values.dtype):
        return values.astype("float64")
    text = values.astype("string").str.strip().str.replace(",", ".", regex=False)
    numbers = pd.to_numeric(text, errors="coerce")
    return numbers.astype("float64") if numbers.notna().mean() >= MOST else None


def mostly_numbers(series: pd.Series) -> bool:
    return as_numbers(_sample(series)) is not None


def date_share(series: pd.Series) -> float:
    """Share of the filled sample that reads as a date."""
    values = _sample(series)
    if values.empty:
        return 0.0
    if pd.api.types.is_datetime64_any_dtype(values.dtype):
        return 1.0
    numbers = as_numbers(values)
    if numbers is not None:  # only yyyymmdd, never serials
        whole = numbers[numbers == np.floor(numbers)]
        ok = pd.to_datetime(whole.astype("int64").astype("string"), format="%Y%m%d", errors="coerce")
        return float(ok.notna().sum() / len(values))
    parsed = parse_text_dates(values.astype("string"))
    return float(parsed.notna().mean())


def amount_share(series: pd.Series) -> float:
    """How much the column looks like money: numeric, with decimals in a good part of it."""
    numbers = as_numbers(_sample(series))
    if numbers is None or numbers.empty:
        return 0.0
    hundredths = numbers * 100
    cents = (hundredths - hundredths.round()).abs() > 1e-6  # more than two decimals: not money
    decimals = numbers != np.floor(numbers)
    if cents.mean() > 0.2 or decimals.mean() < 0.2:
        return 0.0
    return float(decimals.mean())


_EMAIL = r"[^@\s]+@[^@\s]+\.[A-Za-z]{2,}"


def email_share(series: pd.Series) -> float:
    """Share of the filled sample that is an e-mail address (a shop's customer identity)."""
    values = _sample(series)
    if values.empty or pd.api.types.is_numeric_dtype(values.dtype) or few_distinct(series):
        return 0.0
    return float(values.astype("string").str.strip().str.fullmatch(_EMAIL).fillna(False).mean())


def quantity_share(series: pd.Series) -> float:
    """Small whole numbers (1 to 1,000), most of them at most 20."""
    numbers = as_numbers(_sample(series))
    if numbers is None or numbers.empty:
        return 0.0
    whole = numbers == np.floor(numbers)
    small = numbers.abs().between(1, 1000)
    if whole.mean() < 0.98 or small.mean() < MOST or numbers.abs().median() > 20:
        return 0.0
    return float(small.mean())


FEW_IDS = 20  # fewer distinct values than this (or than 1 % of the rows): a currency, a country, a status


def few_distinct(series: pd.Series) -> bool:
    """Too few distinct values for the customers of a sales table: a Currency column (every
    row "EUR"), a country or a status repeats as much as an id and more."""
    filled = series.dropna()
    distinct = filled.nunique()
    return distinct < FEW_IDS or distinct < 0.01 * len(filled)


def id_share(series: pd.Series) -> float:
    """A customer id: no decimals, not dates, and values that repeat (a customer buys again),
    but not so few of them that they are a currency, a country or a status."""
    values = _sample(series)
    if len(values) < 4 or date_share(values) >= 0.5 or few_distinct(series):
        return 0.0
    text = values.astype("string").str.strip()
    codes = not pd.api.types.is_numeric_dtype(values.dtype) and text.str.match(r"0\d").any()  # "00042"
    numbers = None if codes else as_numbers(values)
    if numbers is not None and ((numbers != np.floor(numbers)).any() or numbers.abs().median() <= 20):
        return 0.0  # amounts and quantities
    if text.str.len().max() > 40 or text.str.contains(r"\s{1}\S+\s", regex=True).mean() > 0.5:
        return 0.0  # sentences, product names
    repeats = 1 - text.nunique() / len(text)
    return float(repeats) if repeats >= 0.05 else 0.0
