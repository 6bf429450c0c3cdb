"""Who took part in a measure: a data column value, or a list of customers (optionally with
the day each one joined). Stored as the measure's `participants` text, which a user can
read and edit:

    ""                       nobody defined: the measure is judged before/after only
    "Kundenkarte=ja"         every customer with that value in that column on any row
    "12345\\n12346;2025-05-02" one customer per line, optionally ';' and the join date

List ids get the import's normalisation ("17850.0" is "17850", e-mails lower case). A join
date that cannot be read is kept as written (nothing imported is lost); that participant is
left out of the judgement with the reason `bad_join_date` (see `planner.effect.matching`).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from planner.effect.matching import CustomerLookup, Missing
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
    bad_dates: tuple[str, ...] = ()  # per customer: a join date as written that is no date, or ""; () when none

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
                code="participants_no_column",
                column=lines[0],
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
    """A customer list with optional join dates, normalised like the import does it. A
    customer listed twice counts once, from the earlier join date."""
    normal = parse_ids(pd.Series(list(ids), dtype=object))
    raw_dates = pd.Series(list(dates) if dates is not None else [None] * len(ids), dtype=object)
    raw_dates = raw_dates.mask(raw_dates.astype("string").str.strip().fillna("") == "")
    parsed = parse_dates(raw_dates) if raw_dates.notna().any() else pd.Series(pd.NaT, index=raw_dates.index)
    seen: dict[str, tuple[str, str]] = {}  # customer -> (ISO join date or "", unreadable date or "")
    for customer, day, raw in zip(normal, parsed, raw_dates, strict=True):
        if pd.isna(customer):
            continue
        iso = "" if pd.isna(day) else pd.Timestamp(day).date().isoformat()
        bad = "" if iso or pd.isna(raw) else str(raw).strip()
        before = seen.get(str(customer))
        if before is None or (iso and (not before[0] or iso < before[0])) or (not before[0] and before[1] and not bad):
            seen[str(customer)] = (iso, bad)  # listed twice: the earlier (readable) join counts
    if not seen:
        return ParticipantsSpec("none")
    bad_dates = tuple(bad for _iso, bad in seen.values())
    return ParticipantsSpec(
        "list",
        customers=tuple(seen),
        join_dates=tuple(iso for iso, _bad in seen.values()),
        bad_dates=bad_dates if any(bad_dates) else (),
    )


def spec_text(spec: ParticipantsSpec) -> str:
    """The stored form of a definition (see the module docstring)."""
    if spec.kind == "column":
        return f"{spec.column}={spec.value}"
    if spec.kind == "list":
        bad = spec.bad_dates or ("",) * len(spec.customers)
        dates = [d or b for d, b in zip(spec.join_dates, bad, strict=True)]
        return "\n".join(f"{c};{d}" if d else c for c, d in zip(spec.customers, dates, strict=True))
    return ""


@dataclass(frozen=True)
class Participants:
    """A definition resolved against the data: customer codes, each with its own start."""

    codes: np.ndarray  # customer codes of the participants found in the data
    join_days: np.ndarray  # datetime64[D] per participant; NaT = from the measure start
    listed: int  # customers the definition names (for a column: found in the data)
    first_tagged: np.ndarray | None  # column definitions: first day each participant carries the value
    missing: tuple[Missing, ...] = ()  # lists: each listed customer left out, with the reason


def require_column(spec: ParticipantsSpec, table: pd.DataFrame) -> None:
    """A column definition typed by the user (the command line) must name a column of the
    data; a stored one that no longer does is a reason a measure cannot be judged."""
    if spec.kind == "column" and spec.column not in table.columns:
        known = ", ".join(c for c in table.columns if not c.startswith("_"))
        raise PlannerError(
            f"The sales data has no column '{spec.column}'.",
            hint=f"Use one of: {known}.",
            code="participants_unknown_column",
            column=spec.column,
            columns=known,
        )


def resolve(spec: ParticipantsSpec, table: pd.DataFrame, customer_ids: pd.Index) -> Participants:
    empty = np.zeros(0, dtype=np.int64)
    if spec.kind == "column":
        require_column(spec, table)
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
        return _resolve_list(spec, CustomerLookup(customer_ids, table))
    return Participants(codes=empty, join_days=np.zeros(0, dtype="datetime64[D]"), listed=0, first_tagged=None)


def _resolve_list(spec: ParticipantsSpec, lookup: CustomerLookup) -> Participants:
    codes = lookup.codes(spec.customers)
    days = np.array([d or "NaT" for d in spec.join_dates], dtype="datetime64[D]")
    bad_dates = spec.bad_dates or ("",) * len(codes)
    bad = np.array([bool(b) for b in bad_dates], dtype=bool)
    missing = [lookup.why(c) for c, code in zip(spec.customers, codes, strict=True) if code < 0]
    missing += [
        Missing(c, "bad_join_date", b)
        for c, b, code in zip(spec.customers, bad_dates, codes, strict=True)
        if b and code >= 0  # not in the data at all: that is the reason to give
    ]
    keep = (codes >= 0) & ~bad
    frame = pd.DataFrame({"code": codes[keep], "day": days[keep]})
    # two listed ids of one customer (an e-mail and its number's e-mail column): once, from the earlier join
    frame = frame.sort_values("day", kind="stable", na_position="last").drop_duplicates("code").sort_index()
    return Participants(
        codes=frame["code"].to_numpy(dtype=np.int64),
        join_days=frame["day"].to_numpy(dtype="datetime64[D]"),
        listed=len(spec.customers),
        first_tagged=None,
        missing=tuple(missing),
    )


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
