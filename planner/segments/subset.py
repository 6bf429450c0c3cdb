"""Which rows belong to a segment.

A segment is a column of the cleaned sales table and one of its values. Values are
compared as text, the way ids are (`planner.sales.values.parse_ids`): a region code read
as 3.0 from one file and "3" from another is the same segment. The figures of a segment
are the figures of the filtered table, nothing else: no customer is moved in or out.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import pandas as pd

from planner.errors import SalesDataError
from planner.sales.values import parse_ids

# columns that are the sale itself, not a grouping
_NOT_GROUPS = frozenset({"row", "customer_id", "date", "amount", "order_id", "customer_name", "email", "phone"})
MAX_GROUPS = 200  # a column with more distinct values names customers or orders, not groups
MAX_SIDE_BY_SIDE = 5


@dataclass(frozen=True)
class Segment:
    column: str  # a column of the cleaned table: a field name (channel) or an attribute's header
    value: str

    def label(self) -> str:
        return f"{self.column} = {self.value}"

    def to_dict(self) -> dict[str, str]:
        return {"column": self.column, "value": self.value}


def of_goal(goal: object) -> Segment | None:
    """The segment a goal is measured on (planner.model.Goal), None for all data."""
    column, value = getattr(goal, "segment_column", ""), getattr(goal, "segment_value", "")
    return Segment(column, value) if column and value else None


def parse_segment(text: str) -> tuple[str, str]:
    """'COLUMN=VALUE' as typed on the command line (the value may itself hold '=')."""
    column, sep, value = text.partition("=")
    if not sep or not column.strip() or not value.strip():
        raise SalesDataError(
            f"--segment {text!r}: expected COLUMN=VALUE, e.g. Country=Germany.", code="segment_syntax", text=text
        )
    return column.strip(), value.strip()


def group_keys(series: pd.Series) -> pd.Series:
    """A column's values as the text a segment compares with."""
    return parse_ids(series)


def resolve_column(table: pd.DataFrame, name: str, mapping: Mapping[str, str] | None = None) -> str:
    """The table column `name` means: a column of the table, or the file's header of a
    mapped field (the cleaned table stores it under the field's name); case does not matter
    when only one column fits."""
    if name in table.columns and name not in _NOT_GROUPS:
        return name
    by_source = {column: field for field, column in (mapping or {}).items()}
    if by_source.get(name) in table.columns and by_source[name] not in _NOT_GROUPS:
        return by_source[name]
    folded = [c for c in group_columns(table, limit=None) if str(c).casefold() == name.casefold()]
    folded += [f for c, f in by_source.items() if c.casefold() == name.casefold() and f in table.columns]
    folded = [c for c in dict.fromkeys(folded) if c not in _NOT_GROUPS]
    if len(folded) == 1:
        return folded[0]
    usable = ", ".join(str(c) for c in group_columns(table, limit=None)) or "none"
    raise SalesDataError(
        f"--segment: the sales data has no column '{name}' to group by.",
        hint=f"Columns that can form segments: {usable}.",
        code="segment_no_column",
        column=name,
        columns=usable,
    )


def group_columns(table: pd.DataFrame, *, limit: int | None = MAX_GROUPS) -> list[str]:
    """Columns that can form segments: every field and attribute except the sale itself and
    whom to call, with at least one value; with `limit`, only those with 2 to `limit`
    distinct values (the app offers those)."""
    out = []
    for column in table.columns:
        if column in _NOT_GROUPS:
            continue
        keys = group_keys(table[column])
        distinct = keys.nunique(dropna=True)
        if distinct == 0 or (limit is not None and not 2 <= distinct <= limit):
            continue
        out.append(str(column))
    return out


def group_sizes(table: pd.DataFrame, column: str) -> pd.DataFrame:
    """One row per value of `column`: value, rows, customers; the largest first (ties by value)."""
    keys = group_keys(table[column])
    frame = pd.DataFrame({"value": keys, "customer": table["customer_id"]}).dropna(subset=["value"])
    sizes = frame.groupby("value", sort=False).agg(rows=("customer", "size"), customers=("customer", "nunique"))
    sizes = sizes.reset_index().sort_values(["rows", "value"], ascending=[False, True], kind="stable")
    return sizes.reset_index(drop=True)


def matched(table: pd.DataFrame, segment: Segment) -> Segment:
    """The segment with its value as the data writes it: 'germany' typed on the command line
    is 'Germany' when no other spelling differs only in case. A value no row has is an error
    that names the values there are, so a typo is not taken for an empty segment."""
    keys = group_keys(table[segment.column])
    if keys.eq(segment.value).fillna(False).any():
        return segment
    folded = keys[keys.str.casefold().eq(segment.value.casefold()).fillna(False)]
    if folded.nunique() == 1:
        return Segment(segment.column, str(folded.iloc[0]))
    sizes = group_sizes(table, segment.column)
    shown = ", ".join(f"{v} ({n:,} rows)" for v, n in zip(sizes["value"][:8], sizes["rows"][:8], strict=True))
    more = f" and {len(sizes) - 8} more" if len(sizes) > 8 else ""
    raise SalesDataError(
        f"--segment: no row has {segment.column} = '{segment.value}'.",
        hint=f"Values there: {shown or 'none'}{more}.",
        code="segment_no_rows",
        column=segment.column,
        value=segment.value,
    )


def subset(table: pd.DataFrame, segment: Segment) -> pd.DataFrame:
    """The rows of the segment (row order and columns kept); empty when no row has the value."""
    chosen = group_keys(table[segment.column]).eq(segment.value).fillna(False).to_numpy(dtype=bool)
    return table.loc[chosen].reset_index(drop=True)


def subset_all(table: pd.DataFrame, segments: Sequence[Segment]) -> pd.DataFrame:
    """The rows in every one of `segments` (segments on two columns narrow each other)."""
    for segment in segments:
        table = subset(table, segment)
    return table


def largest_groups(table: pd.DataFrame, column: str, count: int = MAX_SIDE_BY_SIDE) -> list[str]:
    """The `count` values of `column` with the most rows: the default side-by-side choice."""
    return group_sizes(table, column)["value"].head(count).astype(str).tolist()
