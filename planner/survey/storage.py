"""Survey answers in the project file: each import one transaction; an answer that an
earlier import holds already (same date, score, customer and comment) is not stored twice."""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import dataclass
from datetime import UTC, datetime

import pandas as pd

from planner.store import ProjectStore, new_row_id
from planner.survey.answers import SurveyReport

IDENTITY = ("date", "score", "customer_id", "comment")


@dataclass(frozen=True)
class SurveyImport:
    id: int
    source: str
    sheet: str
    imported_at: str
    report: SurveyReport
    answers: int


def load_answers(store: ProjectStore) -> pd.DataFrame:
    """All stored answers: import_id, row, date (datetime), score, customer_id, comment."""
    frame = pd.read_sql_query(
        "SELECT import_id, row, date, score, customer_id, comment FROM survey_answer ORDER BY id",
        store.connection,
    )
    frame["date"] = pd.to_datetime(frame["date"], format="ISO8601").astype("datetime64[ms]")
    frame["score"] = frame["score"].astype("int64")
    for column in ("customer_id", "comment"):
        frame[column] = frame[column].astype("string")
    return frame


def has_answers(store: ProjectStore) -> bool:
    return store.connection.execute("SELECT EXISTS (SELECT 1 FROM survey_answer)").fetchone()[0] == 1


def _keys(frame: pd.DataFrame) -> pd.MultiIndex:
    shown = frame[list(IDENTITY)].copy()
    shown["date"] = shown["date"].astype("datetime64[ms]").dt.strftime("%Y-%m-%dT%H:%M:%S")
    return pd.MultiIndex.from_frame(shown.astype("string").fillna(""))


def count_overlap(store: ProjectStore, table: pd.DataFrame) -> int:
    stored = load_answers(store)
    return int(_keys(table).isin(_keys(stored)).sum()) if len(stored) else 0


def append_answers(store: ProjectStore, table: pd.DataFrame, report: SurveyReport) -> SurveyImport:
    stored = load_answers(store)
    if len(stored):
        seen = _keys(table).isin(_keys(stored))
        report.duplicates_of_earlier_imports = int(seen.sum())
        table = table.loc[~seen]
    imported_at = datetime.now(UTC).replace(microsecond=0).isoformat()
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO survey_import(source, sheet, imported_at, report) VALUES (?, ?, ?, ?)",
            (report.source, report.sheet, imported_at, json.dumps(report.to_dict())),
        )
        new_id = new_row_id(cur)
        texts = [table[c].astype(object).where(table[c].notna(), None).tolist() for c in ("customer_id", "comment")]
        conn.executemany(
            "INSERT INTO survey_answer(import_id, row, date, score, customer_id, comment) VALUES (?, ?, ?, ?, ?, ?)",
            zip(
                [new_id] * len(table),
                table["row"].astype("int64").tolist(),
                table["date"].dt.strftime("%Y-%m-%dT%H:%M:%S").tolist(),
                table["score"].astype("int64").tolist(),
                *texts,
                strict=True,
            ),
        )
    return SurveyImport(new_id, report.source, report.sheet, imported_at, report, len(table))


def list_survey_imports(store: ProjectStore) -> list[SurveyImport]:
    rows = store.connection.execute(
        "SELECT i.id, i.source, i.sheet, i.imported_at, i.report, "
        "(SELECT COUNT(*) FROM survey_answer a WHERE a.import_id = i.id) FROM survey_import i ORDER BY i.id"
    ).fetchall()
    return [
        SurveyImport(int(r[0]), r[1], r[2], r[3], SurveyReport.from_dict(json.loads(r[4] or "{}")), int(r[5]))
        for r in rows
    ]


def remove_survey_import(store: ProjectStore, import_id: int) -> None:
    with store.transaction() as conn:
        conn.execute("DELETE FROM survey_import WHERE id = ?", (import_id,))


def answers_of(answers: pd.DataFrame, customers: Collection[str] | None) -> pd.DataFrame:
    """The answers of `customers` (a segment's customers; None: every answer). An answer
    without a customer number belongs to no segment."""
    if customers is None:
        return answers
    return answers[answers["customer_id"].isin(list(customers)).fillna(False)].reset_index(drop=True)


def nps_periods(store: ProjectStore, period: str, customers: Collection[str] | None = None) -> list[dict[str, object]]:
    """The stored answers' NPS per period (planner.metrics.nps), of `customers` only if
    given; empty without answers."""
    from planner.metrics.nps import compute_nps

    return compute_nps(answers_of(load_answers(store), customers), period) if has_answers(store) else []
