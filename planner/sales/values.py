"""Parsing cell values as people type them: customer ids written as floats, dates from
Excel, ISO, German and US text, amounts with currency signs and German number format.

Every parser takes a pandas Series and returns one of the same length with missing values
(NaN / NaT / NA) where a cell cannot be read; the caller counts those in the import report.
Text is parsed per distinct value, which is what makes half a million dates cheap: a
year of sales has only a few thousand distinct date strings.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import pandas as pd
import pyarrow.compute as pc

from planner.sales.arrow_memory import pa

EXCEL_EPOCH = pd.Timestamp("1899-12-30")
# Excel serial day numbers we accept as dates when a date column holds plain numbers:
# 1 Jan 1950 .. 31 Dec 2099
SERIAL_MIN, SERIAL_MAX = 18264, 73415
YEAR_MIN, YEAR_MAX = 1900, 2199


def parse_ids(series: pd.Series, texts: Texts | None = None) -> pd.Series:
    """Customer and order ids as text; 17850.0 and "17850" are the same id, and an e-mail
    is the same customer however its letters are cased (`Anna.Meier@web.de` is
    `anna.meier@web.de`): shops export the address as the customer typed it each time."""
    return ids_and_codes(series, texts)[0]


def ids_and_codes(series: pd.Series, texts: Texts | None = None) -> tuple[pd.Series, np.ndarray]:
    """The ids as `parse_ids` gives them, and an integer per row naming its id (-1: none),
    so that orders are grouped without hashing the ids' text again. Each distinct value is
    turned into an id once, numbers too (a workbook's 406,829 customer numbers are 4,372)."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        codes, uniques = pd.factorize(series.astype("float64"))
        texts = Texts(codes.astype(np.int64), pd.Series(uniques, dtype="float64"), series.index)
        per_value = _ids_of_numbers(texts.values)
    else:
        texts = texts or texts_of(series)
        per_value = _ids_of(texts.values)
    id_of_value = pd.factorize(per_value)[0].astype(np.int64)  # two texts may be one id
    if not len(id_of_value):  # a column without a single value: no row names an id
        return texts.spread(per_value), np.full(len(texts.codes), -1, dtype=np.int64)
    row_codes = np.append(id_of_value, -1)[texts.codes]  # code -1 (no value) takes the -1 appended
    return texts.spread(per_value), row_codes


def _ids_of_numbers(values: pd.Series) -> pd.Series:
    """Whole numbers without ".0" (17850.0 is "17850"), others as written by pandas."""
    integral = values.notna() & (values == np.floor(values)) & (values.abs() < 2**53)
    out = pd.Series(pd.NA, index=values.index, dtype="string")
    out[integral] = values[integral].astype("int64").astype("string")
    other = values.notna() & ~integral
    out[other] = values[other].astype("string")
    return out


def _ids_of(text: pd.Series) -> pd.Series:
    text = text.astype("string").str.strip()
    text = text.str.replace(r"^([+-]?\d+)\.0+$", r"\1", regex=True)
    mails = text.str.contains("@", regex=False).fillna(False)
    if mails.any():
        text = text.where(~mails, text.str.lower())
    return text.mask(text == "")


@dataclass(frozen=True)
class Texts:
    """A column of text as its distinct values and, per row, which one it holds (-1: none).
    Every parser works on the few distinct values and spreads the result over the rows:
    Online Retail's 541,909 rows hold 4,373 customer ids, 23,260 date texts and 1,630
    prices. Made once per column, it serves the ids, the dates, their zones, the amounts
    and the duplicate rows alike."""

    codes: np.ndarray  # int64 per row
    values: pd.Series  # the distinct texts (dtype "string"), in order of first appearance
    index: pd.Index  # the rows' index

    def rows(self) -> np.ndarray:
        """How many rows hold each distinct value."""
        return np.bincount(self.codes[self.codes >= 0], minlength=len(self.values))

    def spread(self, per_value: pd.Series) -> pd.Series:
        """A result per distinct value as a result per row (missing where the row is)."""
        array = per_value.array.take(self.codes, allow_fill=True)
        return pd.Series(array, index=self.index, dtype=per_value.dtype)


def texts_of(series: pd.Series) -> Texts:
    """The column's distinct texts (Arrow text is factorized in Arrow, without Python
    strings per row)."""
    codes, uniques = pd.factorize(series.astype("string"))
    return Texts(codes.astype(np.int64), pd.Series(uniques, dtype="string"), series.index)


def parse_dates(series: pd.Series, typed: pd.Series | None = None, texts: Texts | None = None) -> pd.Series:
    """Dates as datetime64. `typed` is the same column read with a date type by the
    workbook reader, which knows real date cells even in a column that mixes in text.
    `texts`: the column's distinct texts, when the caller has them already."""
    if pd.api.types.is_datetime64_any_dtype(series.dtype):
        result = series.astype("datetime64[ms]")
    elif pd.api.types.is_numeric_dtype(series.dtype):
        result = _from_serial(series.astype("float64"))
    elif typed is None or not pd.api.types.is_datetime64_any_dtype(typed.dtype):
        # all text: each distinct text parsed once, the rows filled from it
        texts = texts or texts_of(series)
        return texts.spread(_in_years(_parse_distinct_dates(texts.values)))
    else:
        result = typed.astype("datetime64[ms]").set_axis(series.index)
        todo = result.isna() & series.notna()
        if todo.any():
            result[todo] = parse_text_dates(series[todo].astype("string"))
    return _in_years(result)


def _in_years(result: pd.Series) -> pd.Series:
    """Dates outside YEAR_MIN..YEAR_MAX as missing (a serial number or a typo, not a sale)."""
    days = result.to_numpy(dtype="datetime64[ms]")
    low, high = np.datetime64(f"{YEAR_MIN}-01-01", "ms"), np.datetime64(f"{YEAR_MAX + 1}-01-01", "ms")
    outside = (days < low) | (days >= high)  # NaT compares false: it stays missing
    return result.mask(outside) if outside.any() else result


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
    texts = texts_of(text)
    return texts.spread(_parse_distinct_dates(texts.values))


def _parse_distinct_dates(distinct: pd.Series) -> pd.Series:
    """`distinct` holds distinct texts (two may be one date once stripped)."""
    parsed = pd.Series(pd.NaT, index=distinct.index, dtype="datetime64[ms]")
    if distinct.empty:
        return parsed
    distinct = distinct.str.strip()
    distinct = _replaced(distinct, _zone_candidates(distinct), _ZONED, r"\1")
    distinct = _replaced(distinct, distinct.str.contains(",", regex=False), _DATE_COMMA_TIME, r"\1 ")
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
    return parsed


# what every text _ZONED matches ends with; Arrow tests this without Python per text, and
# _ZONED (a pattern Arrow cannot run) is then tried on these texts only
_ZONE_END = r"(?i)(?:z|utc|gmt|cet|cest|mez|mesz|[+-]\d\d|[+-]\d\d:?\d\d)$"


def _zone_candidates(text: pd.Series) -> pd.Series:
    """The texts _ZONED may match: a time (a colon) and a zone's ending."""
    ending = text.str.contains(_ZONE_END, regex=True).fillna(False).astype(bool)
    return ending & text.str.contains(":", regex=False).fillna(False).astype(bool)


def _replaced(text: pd.Series, where: pd.Series, pattern: re.Pattern[str] | str, repl: str) -> pd.Series:
    """`text` with the pattern replaced in the texts `where` marks (the others cannot match)."""
    if not bool(where.any()):
        return text
    out = text.copy()
    out[where] = text[where].str.replace(pattern, repl, regex=True)
    return out


def zoned_count(series: pd.Series, texts: Texts | None = None) -> int:
    """How many cells of a date column carry a time zone (the import report says so: the
    zone was dropped, each sale counts on its own clock's day)."""
    if not (pd.api.types.is_string_dtype(series.dtype) or series.dtype == object):
        return 0
    texts = texts or texts_of(series)
    if texts.values.empty:
        return 0
    text = texts.values.str.strip()
    maybe = _zone_candidates(text).to_numpy(dtype=bool)
    if not maybe.any():
        return 0
    zoned = np.zeros(len(text), dtype=bool)
    zoned[maybe] = text[maybe].str.match(_ZONED).fillna(False).to_numpy(dtype=bool)
    return int(texts.rows()[zoned].sum())


def parse_amounts(
    series: pd.Series,
    typed: pd.Series | None = None,
    *,
    prefer_decimal_comma: bool = False,
    texts: Texts | None = None,
) -> pd.Series:
    """Numbers as float64. Text may carry currency signs, blanks, thousands separators,
    a decimal comma, a trailing minus or brackets for negatives. `texts`: the column's
    distinct texts, when the caller has them already."""
    if pd.api.types.is_bool_dtype(series.dtype):
        return pd.Series(np.nan, index=series.index, dtype="float64")
    if pd.api.types.is_numeric_dtype(series.dtype):
        return series.astype("float64")
    if typed is None or not pd.api.types.is_numeric_dtype(typed.dtype):
        return _text_numbers(texts or texts_of(series), prefer_decimal_comma=prefer_decimal_comma)
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
    return _text_numbers(texts_of(text), prefer_decimal_comma=prefer_decimal_comma)


def _text_numbers(texts: Texts, *, prefer_decimal_comma: bool) -> pd.Series:
    if texts.values.empty:
        return pd.Series(np.nan, index=texts.index, dtype="float64")
    parsed = _plain_numbers(texts.values)
    if parsed is None:  # some text is more than a plain number: the rules below decide
        parsed = _parse_distinct(texts.values, texts.rows(), prefer_decimal_comma=prefer_decimal_comma)
    numbers = parsed.to_numpy(dtype="float64", na_value=np.nan)
    out = np.append(numbers, np.nan)[texts.codes]  # code -1 (no value) takes the NaN appended
    return pd.Series(out, index=texts.index, dtype="float64")


# digits with at most one point and nothing else: no currency sign, thousands separator or
# decimal comma. Whether "1.234" is 1.234 or 1234 depends on the column (a row with a point
# that cannot be a thousands separator settles it, see _parse_distinct), so such a text is
# plain only beside one that settles it.
_PLAIN = r"-?[0-9]+(\.[0-9]+)?"
_THOUSANDS_DOT = r"-?[0-9]{1,3}\.[0-9]{3}"


def _plain_numbers(distinct: pd.Series) -> pd.Series | None:
    """The distinct texts as numbers when each is a plain number that the rules of
    `_parse_distinct` read as written (Online Retail's prices and quantities); None
    otherwise. Arrow casts them in one step instead of a dozen string passes."""
    if not bool(distinct.str.fullmatch(_PLAIN).all()):
        return None
    dotted = distinct[distinct.str.contains(".", regex=False)]
    if not dotted.empty and bool(dotted.str.fullmatch(_THOUSANDS_DOT).all()):
        return None  # "1.234" and "12.500" only: a thousands dot or a decimal point, the rows decide
    numbers = pc.cast(pa.array(distinct.array), pa.float64())
    return pd.Series(numbers.to_numpy(zero_copy_only=False), index=distinct.index, dtype="float64")


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
