"""Exports of shop, till and accounting systems, recognised by their headers.

Each system is one TOML file in `resources/exports/` (adding a system is a data change, no
code): the headers that identify it, which column holds which field, the status values that
are not a sale, whether the amount is the order's total repeated on each row, where the
currency stands, and whether the export names no customer at all (a till's payment report).
A file is that export when it has every identifying header (compared as the mapping compares
headers: without case, blanks and punctuation); when several match, the one naming the most
headers wins.
"""

from __future__ import annotations

import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from functools import cache
from importlib import resources

from planner.sales.fields import FIELDS, normalise


@dataclass(frozen=True)
class KnownExport:
    id: str
    names: dict[str, str]  # language -> what the wizard calls it ("Shopify orders export")
    identify: tuple[str, ...]  # normalised headers, all present
    columns: dict[str, tuple[str, ...]]  # field -> its headers, the first present wins
    not_a_sale: tuple[str, ...] = ()  # this system's words for orders that are no sale
    order_total: bool = False  # the amount is the order's total, repeated on each of its rows
    currency_column: str = ""  # a column with the currency code of each row
    currency: str = ""  # the currency when the export has one only
    # the export names no customer (a till's payment report): no column is taken as the
    # customer, neither by this layout nor by a guess; the import asks for one
    no_customer: bool = False

    def name(self, language: str = "en") -> str:
        return self.names.get(language) or self.names.get("en") or self.id

    def mapping(self, columns: Sequence[str]) -> dict[str, str]:
        """field -> the file's column, for the fields this export has in this file."""
        by_key: dict[str, str] = {}
        for column in columns:
            by_key.setdefault(normalise(column), column)
        found: dict[str, str] = {}
        for field, headers in self.columns.items():
            present = next((by_key[normalise(h)] for h in headers if normalise(h) in by_key), None)
            if present is not None and present not in found.values():
                found[field] = present
        return found

    def currency_of(self, columns: Sequence[str]) -> str:
        """The column holding the currency in this file ("" if none)."""
        wanted = normalise(self.currency_column) if self.currency_column else None
        return next((c for c in columns if normalise(c) == wanted), "") if wanted else ""


def _load(name: str, text: str) -> KnownExport:
    data = tomllib.loads(text)
    columns = {field: tuple(v if isinstance(v, list) else [v]) for field, v in data.get("columns", {}).items()}
    unknown = set(columns) - set(FIELDS)
    no_customer = bool(data.get("no_customer", False))
    if unknown or "date" not in columns or (no_customer == ("customer_id" in columns)):
        raise ValueError(
            f"resources/exports/{name}: fields {sorted(unknown)} unknown, date missing, or customer_id "
            "missing (or given with no_customer)"
        )
    return KnownExport(
        id=str(data["id"]),
        names={str(k): str(v) for k, v in data["name"].items()},
        identify=tuple(normalise(h) for h in data["identify"]),
        columns=columns,
        not_a_sale=tuple(str(v) for v in data.get("not_a_sale", ())),
        order_total=bool(data.get("order_total", False)),
        currency_column=str(data.get("currency_column", "")),
        currency=str(data.get("currency", "")),
        no_customer=no_customer,
    )


@cache
def known_exports() -> tuple[KnownExport, ...]:
    folder = resources.files("resources") / "exports"
    entries = sorted((e for e in folder.iterdir() if e.name.endswith(".toml")), key=lambda e: e.name)
    return tuple(_load(e.name, e.read_text(encoding="utf-8")) for e in entries)


def recognise(columns: Sequence[str]) -> KnownExport | None:
    """The known export these headers are, if any."""
    keys = {normalise(c) for c in columns}
    matches = [e for e in known_exports() if set(e.identify) <= keys]
    return max(matches, key=lambda e: len(e.identify), default=None)


def by_id(export_id: str) -> KnownExport | None:
    return next((e for e in known_exports() if e.id == export_id), None)
