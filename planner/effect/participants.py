"""Who took part in a measure: a data column value, or a list of customers (optionally with
the day each one joined). Stored as the measure's `participants` text, which a user can
read and edit:

    ""                       nobody defined: the measure is judged before/after only
    "Kundenkarte=ja"         every customer with that value in that column on any row
    "12345\\n12346;2025-05-02" one customer per line, optionally ';' and the join date

List ids get the import's normalisation ("17850.0" is "17850").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

from planner.errors import PlannerError
from planner.sales.fields import DESCRIPTIVE, FIELDS
from planner.sales.values import parse_dates, parse_ids

_LIST_SPLIT = re.compile(r"[;\t,]")


@dataclass(frozen=True)
class ParticipantsSpec:
    kind: str  # "none", "column" or "list"
    column: str = ""
    value: str = ""
    customers: tuple[str, ...] = ()
    join_dates: tuple[str, ...] = ()  # ISO date or "" per customer

    @property
    def defined(self) -> bool:
        return self.kind != "none"

    @property
    def has_join_dates(self) -> bool:
        return any(self.join_dates)


def parse_participants(text: str) -> ParticipantsSpec:
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return ParticipantsSpec("none")
    if len(lines) == 1 and "=" in lines[0]:
        column, _, value = lines[0].partition("=")
        if not column.strip():
            raise PlannerError(
                f"The participants definition '{lines[0]}' names no column.",
                hint="Write it as COLUMN=VALUE, e.g. Kundenkarte=ja.",
            )
        return ParticipantsSpec("column", column=column.strip(), value=value.strip())
    ids, dates = [], []
    for line in lines:
        first, _, rest = _split(line)
        ids.append(first)
        dates.append(rest)
    return list_spec(ids, dates)


def _split(line: str) -> tuple[str, str, str]:
    parts = _LIST_SPLIT.split(line, maxsplit=1)
    return parts[0].strip(), "", (parts[1].strip() if len(parts) > 1 else "")


def list_spec(ids: Sequence[object], dates: Sequence[object] | None = None) -> ParticipantsSpec:
    """A customer list with optional join dates, normalised like the import does it."""
    normal = parse_ids(pd.Series(list(ids), dtype=object))
    raw_dates = pd.Series(list(dates) if dates is not None else [None] * len(ids), dtype=object)
    raw_dates = raw_dates.mask(raw_dates.astype("string").str.strip().fillna("") == "")
    parsed = parse_dates(raw_dates) if raw_dates.notna().any() else pd.Series(pd.NaT, index=raw_dates.index)
    bad = raw_dates.notna() & parsed.isna()
    if bad.any():
        where = int(np.flatnonzero(bad.to_numpy())[0])
        raise PlannerError(
            f"Participant {where + 1} ('{list(ids)[where]}') has a join date that is not a date: '{raw_dates.iloc[where]}'.",
            hint="Write join dates as 2025-05-02 or 02.05.2025, or leave them out.",
        )
    seen: dict[str, str] = {}
    for customer, day in zip(normal, parsed, strict=True):
        if pd.isna(customer):
            continue
        iso = "" if pd.isna(day) else pd.Timestamp(day).date().isoformat()
        if customer not in seen or (iso and (not seen[customer] or iso < seen[customer])):
            seen[str(customer)] = iso  # listed twice: the earlier join counts
    if not seen:
        return ParticipantsSpec("none")
    return ParticipantsSpec("list", customers=tuple(seen), join_dates=tuple(seen.values()))


def spec_text(spec: ParticipantsSpec) -> str:
    """The stored form of a definition (see the module docstring)."""
    if spec.kind == "column":
        return f"{spec.column}={spec.value}"
    if spec.kind == "list":
        return "\n".join(f"{c};{d}" if d else c for c, d in zip(spec.customers, spec.join_dates, strict=True))
    return ""


def read_participants_file(path: Path) -> ParticipantsSpec:
    """The first column of a CSV or Excel file as customer ids; a second column of dates,
    if there is one, as join dates. A header row is recognised by a first cell that is no id
    of the data's kind (text in a column of numbers) and skipped."""
    from planner.sales.reader import read_table

    raw = read_table(path, None, header_row=0)
    frame = raw.frame
    if frame.shape[1] == 0 or len(frame) == 0:
        raise PlannerError(
            f"{path.name} holds no customer numbers.", hint="Put one customer number per row in the first column."
        )
    ids = frame.iloc[:, 0].tolist()
    dates: list[object] | None = frame.iloc[:, 1].tolist() if frame.shape[1] > 1 else None
    if ids and _looks_like_header(ids):
        ids = ids[1:]
        dates = dates[1:] if dates is not None else None
    if dates is not None and not _mostly_dates(dates):
        dates = None  # a second column of names or notes is not a join date
    return list_spec(ids, dates)


def _looks_like_header(ids: list[object]) -> bool:
    first = str(ids[0]).strip()
    rest = [str(v).strip() for v in ids[1:50] if v is not None and str(v).strip()]
    numeric = sum(bool(re.fullmatch(r"[+-]?\d+(\.0+)?", v)) for v in rest)
    return bool(rest) and numeric >= 0.8 * len(rest) and not re.fullmatch(r"[+-]?\d+(\.0+)?", first)


def _mostly_dates(values: list[object]) -> bool:
    sample = pd.Series(values[:200], dtype=object)
    sample = sample[sample.notna() & (sample.astype(str).str.strip() != "")]
    if sample.empty:
        return False
    return bool(parse_dates(sample).notna().mean() >= 0.8)


@dataclass(frozen=True)
class Participants:
    """A definition resolved against the data: customer codes, each with its own start."""

    codes: np.ndarray  # customer codes of the participants found in the data
    join_days: np.ndarray  # datetime64[D] per participant; NaT = from the measure start
    listed: int  # customers the definition names (for a column: found in the data)
    first_tagged: np.ndarray | None  # column definitions: first day each participant carries the value


def resolve(spec: ParticipantsSpec, table: pd.DataFrame, customer_ids: pd.Index) -> Participants:
    empty = np.zeros(0, dtype=np.int64)
    if spec.kind == "column":
        if spec.column not in table.columns:
            known = ", ".join(c for c in table.columns if not c.startswith("_"))
            raise PlannerError(
                f"The sales data has no column '{spec.column}'.",
                hint=f"Use one of: {known}.",
            )
        values = table[spec.column].astype("string").str.strip()
        rows = table.loc[(values == spec.value).fillna(False).to_numpy(), ["customer_id", "date"]]
        first = rows.groupby("customer_id", sort=False)["date"].min()
        codes = customer_ids.get_indexer(first.index)
        keep = codes >= 0
        return Participants(
            codes=codes[keep].astype(np.int64),
            join_days=np.full(int(keep.sum()), np.datetime64("NaT"), dtype="datetime64[D]"),
            listed=int(keep.sum()),
            first_tagged=first.to_numpy(dtype="datetime64[ms]").astype("datetime64[D]")[keep],
        )
    if spec.kind == "list":
        codes = customer_ids.get_indexer(pd.Index(list(spec.customers), dtype=object))
        keep = codes >= 0
        days = np.array([d or "NaT" for d in spec.join_dates], dtype="datetime64[D]")
        return Participants(
            codes=codes[keep].astype(np.int64), join_days=days[keep], listed=len(spec.customers), first_tagged=None
        )
    return Participants(codes=empty, join_days=np.zeros(0, dtype="datetime64[D]"), listed=0, first_tagged=None)


# the row number and every mapped field but the descriptive ones (channel, region, ... can group)
NOT_A_GROUP = {"row", *FIELDS} - set(DESCRIPTIVE)


def column_choices(table: pd.DataFrame, limit: int = 40) -> dict[str, list[str]]:
    """Columns of the sales data that can define participants (a few distinct values each,
    like Kundenkarte = ja/nein or a campaign code), with their values, most frequent first."""
    out: dict[str, list[str]] = {}
    for column in table.columns:
        if column in NOT_A_GROUP or str(column).startswith("_"):
            continue
        values = table[column].astype("string").str.strip()
        counts = values[values.notna() & (values != "")].value_counts()
        if 1 <= len(counts) <= limit:
            out[str(column)] = [str(v) for v in counts.index]
    return out
