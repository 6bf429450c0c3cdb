"""A participants list read as shops and loyalty systems export it: CSV (';', ',' or tab)
or a workbook, with or without a header row (and a title line above it), the customers in
whichever column identifies them in the sales data, join dates German or ISO, with or
without a time.

The header: the last of the leading rows whose cells look like column names (letters; no
e-mail, date or number) when at least one of its cells looks unlike the values below it
(`Kundennummer` over `K-1001`) or names a known column. A one-column list's header is so
never a customer; a list without a header loses no customer.

The identity column, among the columns of ids (numbers, e-mails, codes without blanks, mostly
distinct): the one with the most customers found in the sales data; on a tie, a customer
number column when the data has numbers, else an e-mail column, else the first. A card
number that matches nobody is never chosen over an e-mail that matches someone. Without sales
data: a column named like a customer number, else an e-mail column, else the first.

The join date column: a column of dates named like one (Beitritt, Mitglied seit, joined ...),
else the only column of dates; never a birthday.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pandas as pd

from planner.effect.matching import CustomerLookup, is_mail
from planner.effect.participants import ParticipantsSpec, list_spec
from planner.errors import SalesDataError
from planner.sales.fields import normalise
from planner.sales.mapping import field_for_header
from planner.sales.values import parse_dates, parse_ids

HEADER_SCAN = 10  # rows at the top that may be a title or the header
SAMPLE = 500  # values per column looked at to tell its kind
SHARE = 0.8  # of a column's values that must have a kind for the column to have it
_JOIN_WORDS = (
    "beitritt",
    "seit",
    "anmeld",
    "eintritt",
    "registr",
    "join",
    "since",
    "signup",
    "datum",
    "date",
    "created",
)
_NOT_JOIN_WORDS = ("geburt", "birth", "letzte", "last", "bis", "until", "austritt", "ende", "kuendig", "kündig")
_NUMBER = re.compile(r"[+-]?\d+(?:[.,]0+)?")
_PLAIN_NUMBER = re.compile(r"[+-]?[\d.,\s]+")


@dataclass(frozen=True)
class ParticipantsList:
    """What was read, and from where: the window says which column it took."""

    spec: ParticipantsSpec
    id_column: int  # 0-based position of the identity column
    id_name: str  # its header ("" without a header row)
    date_column: int  # -1: no join dates
    date_name: str
    header: bool
    found: int | None  # listed customers found in the sales data (None: no sales data given)
    without_id: int = 0  # rows with nothing in the identity column: no participant, said, not dropped silently


def read_participants_list(path: Path, lookup: CustomerLookup | None = None) -> ParticipantsList:
    from planner.sales.reader import read_table

    try:
        raw = read_table(path, None, header_row=0)  # every row as it is: the header is found here
    except SalesDataError as error:
        if error.code in ("empty_sheet", "empty_file"):
            raise _empty(path) from None
        raise
    frame = raw.frame.dropna(how="all").reset_index(drop=True)
    frame = frame.loc[:, frame.notna().any()]
    if frame.empty:
        raise _empty(path)
    frame.columns = pd.RangeIndex(frame.shape[1])
    header_at = _header_row(frame)
    names = ["" if pd.isna(v) else str(v).strip() for v in frame.iloc[header_at]] if header_at >= 0 else []
    data = frame.iloc[header_at + 1 :].reset_index(drop=True)
    if data.empty:
        raise _empty(path)

    def name(i: int) -> str:
        return names[i] if i < len(names) else ""

    columns = range(data.shape[1])
    dates = [i for i in columns if _is_date_column(data.iloc[:, i], name(i))]
    ids = [i for i in columns if i not in dates and _id_kind(data.iloc[:, i])]
    if not ids:
        raise SalesDataError(
            f"{path.name}: no column holds customer numbers or e-mail addresses (one per row).",
            hint="Export the list with the customer number or the e-mail address of each participant.",
            code="participants_no_ids",
            path=str(path),
            columns=", ".join(n for n in names if n) or str(data.shape[1]),
        )
    values = {i: parse_ids(data.iloc[:, i]) for i in ids}
    chosen = max(ids, key=lambda i: _rank(i, name(i), values[i], lookup))
    date_column = _join_column(dates, name)
    spec = list_spec(data.iloc[:, chosen].tolist(), data.iloc[:, date_column].tolist() if date_column >= 0 else None)
    if spec.kind != "list":
        raise _empty(path)
    return ParticipantsList(
        spec=spec,
        id_column=int(chosen),
        id_name=name(chosen),
        date_column=int(date_column),
        date_name=name(date_column) if date_column >= 0 else "",
        header=header_at >= 0,
        found=None if lookup is None else lookup.found(spec.customers),
        without_id=int(values[chosen].isna().sum()),
    )


def _empty(path: Path) -> SalesDataError:
    return SalesDataError(
        f"{path.name} holds no customer numbers or e-mail addresses.",
        hint="Put one participant per row: the customer number or the e-mail address.",
        code="participants_empty",
        path=str(path),
    )


# -- the header row -------------------------------------------------------------------------


def _text(value: object) -> str:
    return "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value).strip()


def _shape(text: str) -> str:
    """Letters as a, digits as 9, runs collapsed: "K-1001" -> "a-9", "anna@web.de" -> "a@a.a"."""
    shape = re.sub(r"[^\W\d_]+", "a", text)
    return re.sub(r"\d+", "9", shape)


def _is_name(text: str) -> bool:
    if not text or "@" in text or len(text) > 80 or not re.search(r"[^\W\d_]", text):
        return False
    return bool(pd.isna(parse_dates(pd.Series([text], dtype=object)).iloc[0]))


def _known_name(text: str) -> bool:
    key = normalise(text)
    return bool(field_for_header(text)) or any(word in key for word in _JOIN_WORDS + ("kartennummer", "cardnumber"))


def _header_row(frame: pd.DataFrame) -> int:
    """Index of the header row, -1 when the list has none. Candidates are the leading rows
    whose cells all look like names and that are more than half as wide as the list (a title
    line is not): the first that names a known column, else the first with a cell shaped
    unlike the values below it."""
    filled = frame.notna().sum(axis=1).to_numpy()
    typical = int(pd.Series(filled[:200]).mode().iloc[0])
    rows = []
    for i in range(min(HEADER_SCAN, len(frame))):
        cells = [_text(v) for v in frame.iloc[i]]
        if not all(_is_name(c) for c in cells if c):
            break
        if filled[i] * 2 > typical:
            rows.append(i)
    for i in rows:
        if any(_known_name(c) for c in (_text(v) for v in frame.iloc[i]) if c):
            return i
    for i in rows:
        below = frame.iloc[i + 1 : i + 1 + SAMPLE]
        for column, value in enumerate(frame.iloc[i]):
            cell = _text(value)
            if not cell:
                continue
            shapes = below[column].dropna().map(lambda v: _shape(_text(v)))
            if shapes.empty or shapes.value_counts().index[0] != _shape(cell):
                return i
    return -1  # names shaped like the values below them (a list of letter codes): no header


# -- the columns ----------------------------------------------------------------------------


def _sample(column: pd.Series) -> pd.Series:
    filled = column.dropna()
    if not pd.api.types.is_numeric_dtype(filled.dtype) and not pd.api.types.is_datetime64_any_dtype(filled.dtype):
        filled = filled[filled.astype(str).str.strip() != ""]
    return filled.head(SAMPLE)


def _is_date_column(column: pd.Series, name: str) -> bool:
    sample = _sample(column)
    if sample.empty:
        return False
    if pd.api.types.is_datetime64_any_dtype(sample.dtype):
        return True
    if pd.api.types.is_numeric_dtype(sample.dtype):
        return False  # numbers are ids (an Excel date cell comes typed)
    text = sample.astype(str).str.strip()
    if text.str.fullmatch(_PLAIN_NUMBER).mean() >= SHARE and not _join_named(name):
        return False  # "20250401" is a number before it is a date
    # a column named as a join date may hold a few dates nobody can read: each is reported
    return bool(parse_dates(sample.astype(object)).notna().mean() >= (0.5 if _join_named(name) else SHARE))


def _join_named(name: str) -> bool:
    key = normalise(name)
    return any(word in key for word in _JOIN_WORDS) and not any(word in key for word in _NOT_JOIN_WORDS)


def _join_column(dates: list[int], name: Callable[[int], str]) -> int:
    named = [i for i in dates if _join_named(name(i))]
    if named:
        return named[0]
    unnamed = [i for i in dates if not any(word in normalise(name(i)) for word in _NOT_JOIN_WORDS)]
    return unnamed[0] if len(dates) == 1 and unnamed else -1


def _id_kind(column: pd.Series) -> str:
    """ "email", "number", "code" or "" (names, notes, amounts: no ids)."""
    sample = _sample(column)
    if sample.empty:
        return ""
    text = sample.astype(str).str.strip()
    if text.map(is_mail).mean() >= SHARE:
        return "email"
    distinct = text.nunique() / len(text)
    if pd.api.types.is_numeric_dtype(sample.dtype) or text.str.fullmatch(_NUMBER).mean() >= SHARE:
        return "number" if distinct >= 0.5 else ""
    blank_free = (~text.str.contains(r"\s", regex=True)) & (text.str.len() <= 40)
    return "code" if blank_free.mean() >= SHARE and distinct >= 0.5 else ""


def _rank(position: int, name: str, ids: pd.Series, lookup: CustomerLookup | None) -> tuple:
    kind = _id_kind(ids)
    customer_named = field_for_header(name) == "customer_id" if name else False
    mail = kind == "email"
    if lookup is None:
        return (customer_named, mail, -position)
    fits = mail == lookup.by_mail
    found = lookup.found([str(v) for v in ids.dropna()])
    return (found, fits and customer_named, mail, fits, customer_named, -position)


def read_participants_file(path: Path, lookup: CustomerLookup | None = None) -> ParticipantsSpec:
    """A participants list as shops export it, as the measure's definition; `lookup` (the
    sales data's customers) chooses the column that identifies them."""
    return read_participants_list(path, lookup).spec
