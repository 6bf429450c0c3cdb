"""Survey answers (NPS): mapping, bad scores reported, storage without doubles, NPS per
period with its interval, and NPS goals taking their current value from the answers."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from planner.goals import goal_table as g
from planner.metrics.nps import compute_nps, latest_nps
from planner.model import Goal
from planner.predict.goal_value import goal_figures
from planner.sales.reader import RawTable
from planner.store import ProjectStore
from planner.survey.answers import clean_answers, guess_survey_mapping, import_survey
from planner.survey.storage import append_answers, list_survey_imports, load_answers, nps_periods

ROOT = Path(__file__).resolve().parents[3]


def raw(frame: pd.DataFrame) -> RawTable:
    return RawTable(source="umfrage.csv", sheet="", frame=frame, header_row=1, first_row=2)


def german_export() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Zeitstempel": ["03.01.2024", "09.01.2024", "15.01.2024", "20.01.2024", "31.01.2024", "01.02.2024", "x"],
            "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?": ["10", "9", "7", "11", "3", "7,5", "8"],
            "Kundennummer": ["1001", None, "1003", "1004", "1005", "1006", "1007"],
            "Kommentar": ["Super Beratung", "", None, "zu teuer", "Wartezeit", "ok", "gut"],
        }
    )


def test_german_export_is_mapped_by_its_headers() -> None:
    mapping = guess_survey_mapping(german_export())
    assert mapping == {
        "date": "Zeitstempel",
        "score": "Wie wahrscheinlich ist es, dass Sie uns weiterempfehlen?",
        "customer_id": "Kundennummer",
        "comment": "Kommentar",
    }


def test_bad_scores_and_dates_are_reported_with_row_numbers() -> None:
    table, report = clean_answers(raw(german_export()), guess_survey_mapping(german_export()))
    # rows 2..8: 11 (row 5) and 7,5 (row 7) are no answers from 0 to 10; "x" (row 8) is no date
    assert (report.rows_read, report.rows_used, report.rows_bad_score, report.rows_bad_date) == (7, 4, 2, 1)
    assert report.examples == {"rows_bad_date": [8], "rows_bad_score": [5, 7]}
    assert report.bad_scores == ["11", "7,5"]
    assert table["score"].tolist() == [10, 9, 7, 3]
    assert table["customer_id"].isna().tolist() == [False, True, False, False]
    # used: rows 2, 3, 4, 6; row 3 has no customer; rows 3 ("") and 4 have no comment
    assert (report.with_customer, report.with_comment) == (3, 2)


def test_scores_found_by_their_values_when_headers_say_nothing() -> None:
    frame = pd.DataFrame({"A": ["2024-01-02", "2024-01-03", "2024-01-05"], "B": [0, 10, 8], "C": ["x", "y", "z"]})
    assert guess_survey_mapping(frame) == {"date": "A", "score": "B"}


def test_nps_per_period_with_partial_and_interval() -> None:
    answers = pd.DataFrame({"date": pd.to_datetime(["2024-01-01", "2024-01-31", "2024-02-10"]), "score": [10, 0, 9]})
    jan, feb = compute_nps(answers, "month")
    # January: 1 promoter, 1 detractor of 2 -> NPS 0; the answers cover all of it
    assert (jan["nps"], jan["partial"], jan["few_answers"]) == (0.0, False, True)
    # variance of +1/-1 answers with p = d = 0.5: (0.5 + 0.5 - 0) / 2 = 0.5 -> 1.96 * sqrt(0.5) * 100
    assert jan["margin"] == pytest.approx(1.96 * np.sqrt(0.5) * 100)
    # February: answers end on the 10th -> partial, so the goal compares with January
    assert feb["partial"] is True and latest_nps([jan, feb]) == 0.0


def test_interval_covers_the_true_nps_about_95_percent_of_the_time() -> None:
    """Calibration over many samples: 40 % promoters, 35 % passives, 25 % detractors -> NPS 15."""
    rng = np.random.default_rng(11)
    covered, runs = 0, 2000
    for _ in range(runs):
        scores = rng.choice([10, 8, 3], size=200, p=[0.40, 0.35, 0.25])
        (row,) = compute_nps(pd.DataFrame({"date": pd.Timestamp("2024-03-05"), "score": scores}), "year")
        covered += abs(row["nps"] - 15.0) <= row["margin"]
    assert 0.93 <= covered / runs <= 0.97


def test_stored_once_and_nps_goal_follows_the_answers(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "plan.rplan")
    table, report = clean_answers(raw(german_export()), guess_survey_mapping(german_export()))
    append_answers(store, table, report)
    again = append_answers(store, *clean_answers(raw(german_export()), guess_survey_mapping(german_export())))
    assert again.answers == 0 and again.report.duplicates_of_earlier_imports == 4
    stored = load_answers(store)
    assert len(stored) == 4 and stored["date"].min() == pd.Timestamp("2024-01-03")
    assert [i.answers for i in list_survey_imports(store)] == [4, 0]
    # January: 10, 9, 7, 3 -> 2 promoters, 1 detractor of 4 -> NPS 25; the answers begin on
    # the 3rd, so January is not covered whole (partial) and a goal would not compare with it
    # (goal_figures is given the NPS directly here).
    (jan,) = nps_periods(store, "month")
    assert jan["nps"] == 25.0 and jan["partial"] is True
    goal = g.GOALS.insert(store, Goal(title="Empfehlen", metric="nps", baseline_value=10.0, target_value=40.0))
    progress, _ = goal_figures(
        store, [goal], None, period="month", window_months=12, margin_pct=30.0, today=date(2024, 3, 1), nps=25.0
    )
    assert progress[goal.id].current == 25.0 and progress[goal.id].fraction == 0.5
    store.close()


def test_cli_nps(tmp_path: Path) -> None:
    path = tmp_path / "umfrage.csv"
    german_export().to_csv(path, sep=";", index=False)
    done = subprocess.run(
        [sys.executable, "-m", "retention_planner", "nps", str(path), "--json"],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    data = json.loads(done.stdout)
    assert data["import_report"]["rows_bad_score"] == 2 and data["periods"][0]["nps"] == 25.0
    _raw, table, _report = import_survey(path, map_options=["comment=Kundennummer"])
    assert table["comment"].tolist()[0] == "1001"


def test_emails_in_answers_are_compared_without_case() -> None:
    # a survey tool writes the address as the customer typed it; the sales import stores
    # e-mails trimmed and in lower case, so the answers must too (issue 27)
    frame = pd.DataFrame(
        {
            "Datum": ["03.01.2024", "09.01.2024"],
            "Empfehlung (0-10)": ["10", "6"],
            "E-Mail": [" Anna.Meier@Web.DE", "bob@example.org"],
        }
    )
    answers, _report = clean_answers(
        raw(frame), {"date": "Datum", "score": "Empfehlung (0-10)", "customer_id": "E-Mail"}
    )
    assert list(answers["customer_id"]) == ["anna.meier@web.de", "bob@example.org"]
