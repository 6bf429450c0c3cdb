"""From a sheet of survey answers to the cleaned answers and their import report.

A survey export has a date, the 0-10 answer to "How likely are you to recommend us?", and
often a customer id and a comment. The columns are guessed from German and English headers
(the question itself is a common header) and, for the score, from the values: whole numbers
from 0 to 10. A score that is not a whole number from 0 to 10 (11, 7.5, "gut") is not an
answer: the row is counted under its reason with its row number, never dropped silently.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field
from pathlib import Path

import numpy as np
import pandas as pd

from planner.errors import SalesDataError
from planner.sales.evidence import as_numbers, date_share
from planner.sales.fields import normalise
from planner.sales.mapping import ALIASES, no_such_column, parse_map_options
from planner.sales.reader import RawTable
from planner.sales.values import parse_dates, parse_ids

FIELDS = ("date", "score", "customer_id", "comment")
REQUIRED = ("date", "score")
EXAMPLES = 5
SURVEY_ALIASES: dict[str, tuple[str, ...]] = {
    "date": (
        "date",
        "datum",
        "answered",
        "answeredat",
        "submitted",
        "submittedat",
        "submitdate",
        "responsedate",
        "antwortdatum",
        "befragungsdatum",
        "umfragedatum",
        "zeitpunkt",
        "timestamp",
        "zeitstempel",
        "created",
        "createdat",
        "eingang",
        "completed",
        "abgeschlossen",
    ),
    "score": (
        "nps",
        "npsscore",
        "score",
        "rating",
        "bewertung",
        "punkte",
        "empfehlung",
        "weiterempfehlung",
        "recommend",
        "likelihoodtorecommend",
        "recommendation",
        "antwort",
        "answer",
        "wert",
        "value",
    ),
    "customer_id": ALIASES["customer_id"],
    "comment": (
        "comment",
        "comments",
        "kommentar",
        "anmerkung",
        "anmerkungen",
        "feedback",
        "begründung",
        "reason",
        "why",
        "warum",
        "text",
        "freitext",
        "freetext",
        "remarks",
        "bemerkung",
        "verbatim",
    ),
}
# a question as the header: "How likely is it that you would recommend us to a friend?"
_QUESTION_WORDS = ("recommend", "empfehl")


@dataclass
class SurveyReport:
    source: str = ""
    sheet: str = ""
    header_row: int = 1
    rows_read: int = 0
    rows_used: int = 0
    rows_bad_score: int = 0
    rows_bad_date: int = 0
    empty_rows: int = 0
    with_customer: int = 0
    with_comment: int = 0
    duplicates_of_earlier_imports: int = 0
    examples: dict[str, list[int]] = field(default_factory=dict)
    bad_scores: list[str] = field(default_factory=list)  # a few of the values that are no answer
    mapping: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: Mapping[str, object]) -> SurveyReport:
        return cls(**{k: v for k, v in data.items() if k in cls.__dataclass_fields__})  # type: ignore[arg-type]


def _score_share(series: pd.Series) -> float:
    """Share of the filled values that are whole numbers from 0 to 10."""
    numbers = as_numbers(series.dropna().head(500))
    if numbers is None or numbers.empty:
        return 0.0
    return float(((numbers >= 0) & (numbers <= 10) & (numbers == np.floor(numbers))).mean())


def guess_survey_mapping(frame: pd.DataFrame) -> dict[str, str]:
    """Each field's column: by header name first, then (date, score) by the values."""
    mapping: dict[str, str] = {}
    columns = [str(c) for c in frame.columns]
    for name in FIELDS:
        for column in columns:
            key = normalise(column)
            fits = key in SURVEY_ALIASES[name] or (
                name == "score" and any(word in key for word in _QUESTION_WORDS) and _score_share(frame[column]) > 0.5
            )
            if fits and column not in mapping.values():
                mapping[name] = column
                break
    free = [c for c in columns if c not in mapping.values()]
    if "score" not in mapping:
        ranked = sorted(((_score_share(frame[c]), c) for c in free), reverse=True)
        if ranked and ranked[0][0] >= 0.8:
            mapping["score"] = ranked[0][1]
    if "date" not in mapping:
        ranked = sorted(((date_share(frame[c]), c) for c in free if c not in mapping.values()), reverse=True)
        if ranked and ranked[0][0] >= 0.8:
            mapping["date"] = ranked[0][1]
    return mapping


def check_mapping(mapping: Mapping[str, str], columns: list[str], where: str) -> None:
    missing = [f for f in REQUIRED if f not in mapping]
    if missing:
        raise SalesDataError(
            f"{where}: no column found for the survey's {' and '.join(missing)}.",
            hint=f"Name it with --map, e.g. --map score=NPS. Columns: {', '.join(columns)}.",
            code="survey_missing_column",
            where=where,
            fields=", ".join(missing),
            columns=", ".join(columns),
        )
    for name, column in mapping.items():
        if column not in columns:
            raise no_such_column(where, column, name, columns)


def parse_scores(series: pd.Series) -> pd.Series:
    """0-10 as whole numbers (Int64); anything else is missing."""
    if pd.api.types.is_numeric_dtype(series.dtype) and not pd.api.types.is_bool_dtype(series.dtype):
        numbers = series.astype("float64")
    else:
        text = series.astype("string").str.strip().str.replace(",", ".", regex=False)
        numbers = pd.to_numeric(text, errors="coerce").astype("float64")
    ok = (numbers >= 0) & (numbers <= 10) & (numbers == np.floor(numbers))
    return numbers.where(ok).astype("Int64")


def clean_answers(raw: RawTable, mapping: Mapping[str, str]) -> tuple[pd.DataFrame, SurveyReport]:
    """The answers with a readable date and a score from 0 to 10: row, date, score,
    customer_id (text or missing), comment (text or missing); and the report."""
    frame = raw.frame
    name = Path(raw.source).name
    where = f"{name}, sheet '{raw.sheet}'" if raw.sheet and raw.sheet != Path(raw.source).stem else name
    if frame.empty:  # the header on the last line: say so, not "none of the 0 rows ..."
        raise SalesDataError(
            f"{where}: there are no rows below the header (row {raw.header_row}).",
            code="no_rows",
            where=where,
            header_row=raw.header_row,
        )
    check_mapping(mapping, [str(c) for c in frame.columns], where)
    report = SurveyReport(source=raw.source, sheet=raw.sheet, header_row=raw.header_row, mapping=dict(mapping))
    rows = frame.index.to_numpy() + raw.first_row
    report.rows_read = len(frame)
    report.empty_rows = int(frame.isna().all(axis=1).sum())
    dates = parse_dates(frame[mapping["date"]])
    scores = parse_scores(frame[mapping["score"]])
    bad_date = dates.isna().to_numpy()
    bad_score = scores.isna().to_numpy()
    report.rows_bad_date, report.rows_bad_score = int(bad_date.sum()), int(bad_score.sum())
    for key, mask in (("rows_bad_date", bad_date), ("rows_bad_score", bad_score)):
        if mask.any():
            report.examples[key] = rows[mask][:EXAMPLES].tolist()
    given = frame[mapping["score"]][bad_score & frame[mapping["score"]].notna().to_numpy()]
    report.bad_scores = [str(v) for v in given.astype("string").head(EXAMPLES)]
    used = ~(bad_date | bad_score)
    report.rows_used = int(used.sum())
    if report.rows_used == 0:
        raise SalesDataError(
            f"{where}: none of the {report.rows_read} rows has a readable date and a score from 0 to 10 "
            f"(unreadable date: {report.rows_bad_date}, no score from 0 to 10: {report.rows_bad_score}).",
            hint="Check which columns hold the date and the score.",
            code="survey_no_answers",
            where=where,
        )
    none = pd.array([pd.NA] * report.rows_used, dtype="string")
    customer = parse_ids(frame[mapping["customer_id"]])[used] if "customer_id" in mapping else None
    comment = frame[mapping["comment"]].astype("string").str.strip()[used] if "comment" in mapping else None
    table = pd.DataFrame(
        {
            "row": rows[used],
            "date": dates.to_numpy()[used],
            "score": scores.to_numpy()[used],
            "customer_id": none if customer is None else customer.to_numpy(),
            "comment": none if comment is None else comment.mask(comment == "").to_numpy(),
        }
    )
    for column in ("customer_id", "comment"):
        table[column] = table[column].astype("string")
    table["score"] = table["score"].astype("int64")
    report.with_customer = int(table["customer_id"].notna().sum())
    report.with_comment = int(table["comment"].notna().sum())
    return table, report


def import_survey(
    path: Path,
    *,
    sheet: str | None = None,
    map_options: list[str] | None = None,
    header_row: int | None = None,
) -> tuple[RawTable, pd.DataFrame, SurveyReport]:
    """Read, map and clean one file of survey answers (`--map score=NPS` overrides a guess)."""
    from planner.sales.reader import read_table

    raw = read_table(path, sheet, header_row=header_row)
    mapping = guess_survey_mapping(raw.frame)
    for name, column in parse_map_options(map_options, FIELDS).items():
        mapping = {f: c for f, c in mapping.items() if c != column}
        mapping[name] = column
    table, report = clean_answers(raw, mapping)
    return raw, table, report
