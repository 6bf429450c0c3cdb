"""What a cell of an edited plan workbook means: one reader per kind of column.

A reader turns the cell into the model's value or raises `BadCell` with a code and its
values (the window says it in its own language; `PROBLEM_TEXTS` is the English of the
command line); `show_choice` gives a choice as the workbook writes it. The
choices (status, bond type, metric, decision) are recognised in both languages, whatever
the workbook's language, because a German team may well paste an English word.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from planner.export import plan_texts as tx

PROBLEM_TEXTS = {  # English, for the command line; the window has its own translated texts
    "name_needed": "a name is needed here",
    "not_a_date": "“{value}” is not a date (write it as a date, e.g. 2027-03-31)",
    "date_needed": "a date is needed here",
    "not_a_number": "“{value}” is not a number",
    "number_needed": "a number is needed here",
    "not_whole": "“{value}” is not a whole number from {low} to {high}",
    "not_a_choice": "“{value}” is not one of: {choices}",
    "unknown_name": "there is no {what} “{value}” in the plan",
    "one_stage": "name one journey stage",
    "one_goal": "name one goal",
    "sheet_missing": "the sheet is missing or has no id column; nothing in it was read",
    "bad_id": "“{value}” is not an id this app wrote",
    "record_gone": "the {what} of this row was deleted in the plan since the export; its changes were left out",
    "stage_needed": "a new touchpoint needs its journey stage",
    "goal_needed": "a new check-in needs the goal it belongs to",
    "read_only": "shown for reading only, not read back: {where}",
    "text_at_limit": "the text has {length} characters, as many as an Excel cell holds, so it was most likely "
    "cut when the file was saved; edit long texts in the app",
}
WHERE_TEXTS = {
    "computed": "the app fills it in",
    "none": "this column holds nothing for such a row",
    "measures": "edit it in the Measures sheet",
    "goals": "edit it in the Goals sheet",
}
OUTCOME_TEXTS = {"cell": "; left out", "row": "; the row was left out", "": ""}


def problem_text(code: str, params: Mapping[str, object]) -> str:
    """A problem in English (the command line and the JSON listing)."""
    values = {key: str(value) for key, value in params.items()}
    if code == "not_a_choice":
        values["choices"] = ", ".join(en for en, _de in CHOICES[str(params.get("choice"))][0].values())
    if code == "not_whole":
        for key in ("low", "high"):
            values[key] = f"{int(str(params[key])):+d}".replace("+0", "0")
    if code == "text_at_limit":
        values["length"] = f"{int(str(params['length'])):,}"
    if code == "read_only":
        values["where"] = WHERE_TEXTS.get(values.get("where", ""), values.get("where", ""))
    return PROBLEM_TEXTS.get(code, code).format_map(_Missing(values))


class _Missing(dict):
    def __missing__(self, key: str) -> str:
        return ""


class BadCell(ValueError):
    """A value that does not fit its column: a problem code and its values."""

    def __init__(self, code: str, **params: object) -> None:
        super().__init__(code)
        self.code, self.params = code, params


@dataclass(frozen=True)
class Ref:
    """A row added by the same import (a new goal, a new team member), known by its key
    until it is written and has an id."""

    key: str


def _choices(table: Mapping[str, tuple[str, str]]) -> dict[str, str]:
    found = {key.lower(): key for key in table}
    for key, (en, de) in table.items():
        found[en.lower()] = key
        found[de.lower()] = key
    return found


CHOICES = {
    "goal_status": (tx.GOAL_STATUS, _choices(tx.GOAL_STATUS)),
    "measure_status": (tx.MEASURE_STATUS, _choices(tx.MEASURE_STATUS)),
    "bond_type": (tx.BOND_TYPES, _choices(tx.BOND_TYPES)),
    "decision": (tx.DECISIONS, _choices(tx.DECISIONS)),
    "metric": (tx.METRICS, {**tx.METRIC_ALIASES, **_choices(tx.METRICS)}),
}
KIND_WORDS = _choices(tx.KINDS)


def plain(value: object) -> object:
    """A cell's value as JSON can hold it (dates as ISO text)."""
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


CELL_LIMIT = 32_767  # the most characters an Excel cell holds; longer text was cut on saving


def text(value: object) -> str:
    if value is None:
        return ""
    value = plain(value)
    return value if isinstance(value, str) else str(value)


def read_text(value: object) -> str:
    """User text from a cell; text at Excel's limit was most likely cut when the file was
    saved, and taking it would lose the rest of what the plan holds."""
    result = text(value)
    if len(result) >= CELL_LIMIT:
        raise BadCell("text_at_limit", length=len(result))
    return result


def read_title(value: object) -> str:
    result = read_text(value).strip()
    if not result:
        raise BadCell("name_needed")
    return result


_GERMAN_DATE = re.compile(r"^\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*$")


def read_date(value: object) -> str:
    if value is None or (isinstance(value, str) and not value.strip()):
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
        match = _GERMAN_DATE.match(value)
        if match:
            day, month, year = (int(part) for part in match.groups())
            try:
                return date(year, month, day).isoformat()
            except ValueError:
                pass
    raise BadCell("not_a_date", value=text(value))


def read_number(value: object) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, bool):
        raise BadCell("not_a_number", value=text(value))
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        cleaned = re.sub(r"[\s€$£%]|EUR|USD|CHF|GBP", "", value)
        if "," in cleaned and "." in cleaned:
            cleaned = cleaned.replace(".", "").replace(",", ".")  # German thousands and decimals
        cleaned = cleaned.replace(",", ".").replace("−", "-")
        try:
            return float(cleaned)
        except ValueError:
            pass
    raise BadCell("not_a_number", value=text(value))


def read_whole(value: object, low: int, high: int) -> int:
    number = read_number(value if not isinstance(value, str) else value.replace("+", ""))
    if number is None or not number.is_integer() or not low <= number <= high:
        raise BadCell("not_whole", value=text(value), low=low, high=high)
    return int(number)


def read_choice(kind: str, value: object, *, allow_empty: bool = False) -> str:
    words = CHOICES[kind][1]
    word = text(value).strip().lower()
    if not word and allow_empty:
        return ""
    if word in words:
        return words[word]
    raise BadCell("not_a_choice", value=text(value), choice=kind)


def read_channel(value: object) -> str:
    """A touchpoint's channel: the workbook names known channels (in either language); they
    come back as the app's keys, any other text as typed."""
    from planner.journey import channel_key

    return channel_key(text(value))


def show_choice(kind: str, key: str, language: str) -> str:
    pair = CHOICES[kind][0].get(key)
    return key if pair is None else tx.pick(pair, language)


def split_names(value: object) -> list[str]:
    return [part.strip() for part in text(value).split(";") if part.strip()]


def read_names(value: object, known: Mapping[str, object], what: str) -> tuple[Any, ...]:
    """ "A; B" → the ids of the records with those names (case does not matter); a `Ref`
    for a record added by the same import."""
    ids: list[object] = []
    lower = {name.lower(): record_id for name, record_id in known.items()}
    for name in split_names(value):
        if name.lower() not in lower:
            raise BadCell("unknown_name", value=name, what=what)
        ids.append(lower[name.lower()])
    return tuple(dict.fromkeys(ids))


def same_value(a: object, b: object) -> bool:
    if isinstance(a, float) and isinstance(b, float):
        return abs(a - b) <= 1e-9 * max(1.0, abs(a), abs(b))
    if isinstance(a, (int, float)) and isinstance(b, (int, float)) and not isinstance(a, bool):
        return float(a) == float(b)
    return a == b
