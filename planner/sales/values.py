"""Parsing cell values as people type them: customer ids written as floats, dates from
Excel, ISO, German and US text, amounts with currency signs and German number format.

Every parser takes a pandas Series and returns one of the same length with missing values
(NaN / NaT / NA) where a cell cannot be read; the caller counts those in the import report.
Text is parsed per distinct value, which is what makes half a million dates cheap: a
year of sales has only a few thousand distinct date strings.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

EXCEL_EPOCH = pd.Timestamp("1899-12-30")
# Excel serial day numbers we accept as dates when a date column holds plain numbers:
# 1 Jan 1950 .. 31 Dec 2099
SERIAL_MIN, SERIAL_MAX = 18264, 73415
YEAR_MIN, YEAR_MAX = 1900, 2199


def parse_ids(series: pd.Series) -> pd.Series:
    """Customer and order ids as text; 17850.0 and "17850" are the same id, and an e-mail
    is the same customer however its letters are cased (`Anna.Meier@web.de` is
    `anna.meier@web.de`): shops export the address as the customer typed it each time."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        values = series.astype("float64")
        integral = values.notna() & (values == np.floor(values)) & (values.abs() < 2**53)
        out = pd.Series(pd.NA, index=series.index, dtype="string")
        out[integral] = values[integral].astype("int64").astype("string")
        other = values.notna() & ~integral
        out[other] = values[other].astype("string")
        return out
    text = series.astype("string").str.strip()
    text = text.str.replace(r"^([+-]?\d+)\.0+$", r"\1", regex=True)
    mails = text.str.contains("@", regex=False).fillna(False)
    if mails.any():
        text = text.where(~mails, text.str.lower())
    return text.mask(text == "")


def parse_dates(series: pd.Series, typed: pd.Series | None = None) -> pd.Series:
    """Dates as datetime64. `typed` is the same column read with a date type by the
    workbook reader, which knows real date cells even in a column that mixes in text."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        result = series.astype("datetime64[ms]")
    elif pd.api.types.is_numeric_dtype(series.dtype):
        result = _from_serial(series.astype("float64"))
    else:
        result = pd.Series(pd.NaT, index=series.index, dtype="datetime64[ms]")
        if typed is not None and pd.api.types.is_datetime64_any_dtype(typed.dtype):
            result = typed.astype("datetime64[ms]").set_axis(series.index)
        todo = result.isna() & series.notna()
        if todo.any():
            result[todo] = parse_text_dates(series[todo].astype("string"))
    years = result.dt.year
    return result.mask((years < YEAR_MIN) | (years > YEAR_MAX))


def _from_serial(values: pd.Series) -> pd.Series:
    ok = values.between(SERIAL_MIN, SERIAL_MAX)
    days = values.where(ok)
    return (EXCEL_EPOCH + pd.to_timedelta(days, unit="D")).astype("datetime64[ms]")


_ISO = re.compile(r"^\d{4}-\d{1,2}-\d{1,2}")
# a time of day followed by a zone: "…T18:30:00Z", "… 23:49:12 +0100", "…+01:00", "… -0500",
# "… UTC". The zone is dropped, not converted: a sale counts on the day its own clock showed.
_ZONED = re.compile(r"(?i)^(.*\d:\d\d(?::\d\d(?:[.,]\d+)?)?)\s*(?:z|utc|gmt|[+-]\d\d(?::?\d\d)?|cet|cest|mez|mesz)$")
# a comma between a German date and its time, as SumUp writes them: "17.04.2023, 12:32"
_DATE_COMMA_TIME = r"^(\d{1,2}\.\d{1,2}\.\d{2,4}),\s*(?=\d{1,2}:\d\d)"
_GERMAN_FORMATS = ("%d.%m.%Y %H:%M:%S", "%d.%m.%Y %H:%M", "%d.%m.%Y", "%d.%m.%y %H:%M", "%d.%m.%y")
_MONTH_FIRST = ("%m/%d/%Y %H:%M:%S", "%m/%d/%Y %H:%M", "%m/%d/%Y %I:%M %p", "%m/%d/%Y", "%m/%d/%y %H:%M", "%m/%d/%y")
_DAY_FIRST = ("%d/%m/%Y %H:%M:%S", "%d/%m/%Y %H:%M", "%d/%m/%Y", "%d/%m/%y %H:%M", "%d/%m/%y")
_OTHER = ("%Y/%m/%d %H:%M:%S", "%Y/%m/%d", "%Y%m%d", "%d-%m-%Y", "%d-%m-%Y %H:%M")


def parse_text_dates(text: pd.Series) -> pd.Series:
    """Dates written as text. Slashed dates are read month first (US) unless some value
    of the column only makes sense day first (13/01/2024), then the column is day first."""
    text = text.str.strip()
    codes, uniques = pd.factorize(text)  # rows -> distinct texts, in one pass
    distinct = pd.Series(uniques, dtype="string")
    parsed = pd.Series(pd.NaT, index=distinct.index, dtype="datetime64[ms]")
    if distinct.empty:
        return pd.Series(pd.NaT, index=text.index, dtype="datetime64[ms]")
    distinct = distinct.str.replace(_ZONED, r"\1", regex=True).str.replace(_DATE_COMMA_TIME, r"\1 ", regex=True)
    slashed = distinct[distinct.str.contains("/", regex=False)]
    first = pd.to_numeric(slashed.str.extract(r"^(\d{1,2})/\d{1,2}/", expand=False), errors="coerce")
    second = pd.to_numeric(slashed.str.extract(r"^\d{1,2}/(\d{1,2})/", expand=False), errors="coerce")
    day_first = bool((first > 12).any()) and not bool((second > 12).any())
    iso = distinct.str.match(_ISO)
    if iso.any():
        parsed[iso] = pd.to_datetime(
            distinct[iso].str.replace("T", " ", regex=False), format="ISO8601", errors="coerce"
        ).astype("datetime64[ms]")
    formats = _GERMAN_FORMATS + (_DAY_FIRST + _MONTH_FIRST if day_first else _MONTH_FIRST + _DAY_FIRST) + _OTHER
    for fmt in formats:
        todo = parsed.isna()
        if not todo.any():
            break
        parsed[todo] = pd.to_datetime(distinct[todo], format=fmt, errors="coerce").astype("datetime64[ms]")
    days = parsed.to_numpy(dtype="datetime64[ms]")
    out = np.full(len(text), np.datetime64("NaT"), dtype="datetime64[ms]")
    out[codes >= 0] = days[codes[codes >= 0]]
    return pd.Series(out, index=text.index, dtype="datetime64[ms]")


def zoned_count(series: pd.Series) -> int:
    """How many cells of a date column carry a time zone (the import report says so: the
    zone was dropped, each sale counts on its own clock's day)."""
    if not (pd.api.types.is_string_dtype(series.dtype) or series.dtype == object):
        return 0
    counts = series.dropna().astype("string").str.strip().value_counts()
    if counts.empty:
        return 0
    zoned = counts.index.to_series().str.match(_ZONED).fillna(False).to_numpy()
    return int(counts.to_numpy()[zoned].sum())


def parse_amounts(
    series: pd.Series, typed: pd.Series | None = None, *, prefer_decimal_comma: bool = False
) -> pd.Series:
    """Numbers as float64. Text may carry currency signs, blanks, thousands separators,
    a decimal comma, a trailing minus or brackets for negatives."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return pd.Series(np.nan, index=series.index, dtype="float64")
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.astype("float64")
    result = pd.Series(np.nan, index=series.index, dtype="float64")
    if typed is not None and pd.api.types.is_numeric_dtype(typed.dtype):
        result = typed.astype("float64").set_axis(series.index)
    todo = result.isna() & series.notna()
    if todo.any():
        result[todo] = parse_text_numbers(series[todo].astype("string"), prefer_decimal_comma=prefer_decimal_comma)
    return result


_CURRENCY = r"(?i)(eur|usd|chf|gbp|€|\$|£|fr\.|sfr\.?)"
_NUMBER_SHAPE = r"[-−+]?\(?[-−+]?\d[\d.,']*\)?[-−]?"


def parse_text_numbers(text: pd.Series, *, prefer_decimal_comma: bool = False) -> pd.Series:
    """Each distinct text parsed once (Online Retail's 541,909 prices are 1,630 texts), the
    format decided by rows, not by distinct texts, then mapped back to the rows."""
    codes, distinct = pd.factorize(text.astype("string"))
    if len(distinct) == 0:
        return pd.Series(np.nan, index=text.index, dtype="float64")
    rows = np.bincount(codes[codes >= 0], minlength=len(distinct))
    parsed = _parse_distinct(
        pd.Series(distinct, dtype="string"), rows, prefer_decimal_comma=prefer_decimal_comma
    ).to_numpy(dtype="float64", na_value=np.nan)
    out = np.full(len(text), np.nan)
    out[codes >= 0] = parsed[codes[codes >= 0]]
    return pd.Series(out, index=text.index, dtype="float64")


def _parse_distinct(text: pd.Series, rows: np.ndarray, *, prefer_decimal_comma: bool) -> pd.Series:
    """`text` holds distinct values, `rows` how many rows hold each."""
    t = text.str.replace(_CURRENCY, "", regex=True).str.replace(r"[\s\u00a0\u202f]", "", regex=True)
    shaped = t.str.fullmatch(_NUMBER_SHAPE).fillna(False)  # "=1+1" or "12 pcs" are not amounts
    t = t.where(shaped)
    negative = (
        t.str.startswith("-")
        | t.str.startswith("−")
        | t.str.endswith("-")
        | t.str.endswith("−")
        | (t.str.startswith("(") & t.str.endswith(")"))
    ).fillna(False)
    digits = t.str.replace(r"[^\d.,]", "", regex=True)
    has_comma = digits.str.contains(",", regex=False).fillna(False)
    has_dot = digits.str.contains(".", regex=False).fillna(False)
    comma_last = digits.str.contains(r",[^.]*$", regex=True).fillna(False)  # a comma after the last dot
    thousands_comma = digits.str.fullmatch(r"\d{1,3}(,\d{3})+").fillna(False)
    thousands_dot = digits.str.fullmatch(r"\d{1,3}(\.\d{3})+").fillna(False)
    german = (((has_comma & ~has_dot & ~thousands_comma) | (has_comma & has_dot & comma_last)).to_numpy() * rows).sum()
    english = (((has_dot & ~has_comma & ~thousands_dot) | (has_comma & has_dot & ~comma_last)).to_numpy() * rows).sum()
    decimal_comma = german > english or (german == english and prefer_decimal_comma)
    # a value with both separators says itself which is the decimal one
    use_comma = (has_comma & has_dot & comma_last) | (~(has_comma & has_dot) & decimal_comma)
    as_german = digits.str.replace(".", "", regex=False).str.replace(",", ".", regex=False)
    as_english = digits.str.replace(",", "", regex=False)
    chosen = as_german.where(use_comma, as_english)
    numbers = pd.to_numeric(chosen.mask(chosen == ""), errors="coerce").astype("float64")
    return numbers.where(~negative, -numbers)
