"""Participants definitions as stored and read from files; the before/after context."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from openpyxl import Workbook
from scipy import stats

from planner.effect.before_after import before_after, welch_interval
from planner.effect.participant_file import read_participants_file
from planner.effect.participants import parse_participants, spec_text
from planner.errors import PlannerError


def test_definitions_round_trip_through_their_stored_text() -> None:
    column = parse_participants("Kundenkarte = ja")
    assert (column.kind, column.column, column.value) == ("column", "Kundenkarte", "ja")
    listed = parse_participants("17850.0\n12346;2025-05-02\n12346;2025-04-01\n\n 13000 ")
    # ids normalised like the import; listed twice: the earlier join counts
    assert listed.customers == ("17850", "12346", "13000")
    assert listed.join_dates == ("", "2025-04-01", "")
    assert parse_participants(spec_text(listed)) == listed
    assert not parse_participants("  \n").defined


def test_a_bad_join_date_is_kept_as_written_and_reported_not_refused() -> None:
    """One unreadable join date must not refuse a list of hundreds: the participant stays in
    the stored text as written (nothing imported is lost) and is left out of the judgement
    with the reason bad_join_date (tests/planner/effect/test_participant_lists.py)."""
    spec = parse_participants("A\nB;soon")
    assert spec.customers == ("A", "B")
    assert spec.join_dates == ("", "")
    assert spec.bad_dates == ("", "soon")
    assert spec_text(spec) == "A\nB;soon"
    assert parse_participants(spec_text(spec)) == spec


def test_a_column_definition_without_a_column_is_a_coded_error() -> None:
    with pytest.raises(PlannerError) as caught:
        parse_participants("=ja")
    assert caught.value.code == "participants_no_column"


def test_customer_list_files_first_column_and_optional_join_dates(tmp_path: Path) -> None:
    csv = tmp_path / "mailing.csv"
    csv.write_text(
        "Kundennummer;Beitritt;Name\n20001;02.05.2025;Anna\n20002;;Ben\n20001.0;01.05.2025;Anna\n", encoding="utf-8"
    )
    spec = read_participants_file(csv)
    assert spec.customers == ("20001", "20002")
    assert spec.join_dates == ("2025-05-01", "")
    book = Workbook()
    book.active.append(["Customer", "Note"])
    for number in (1, 2, 3):
        book.active.append([number, "called"])
    book.save(tmp_path / "list.xlsx")
    spec = read_participants_file(tmp_path / "list.xlsx")
    assert spec.customers == ("1", "2", "3") and not spec.has_join_dates  # "called" is no date


def test_welch_interval_matches_scipy() -> None:
    after, before = [91.0, 93.5, 92.0], [88.0, 87.0, 89.5]
    diff, (lo, hi) = welch_interval(after, before)
    result = stats.ttest_ind(after, before, equal_var=False)
    ref = result.confidence_interval(0.95)
    assert diff == pytest.approx(4.0)
    assert (lo, hi) == pytest.approx((ref.low, ref.high))


def _quarters(values: dict[str, float]) -> list[dict]:
    out = []
    for label, value in values.items():
        year, q = int(label[:4]), int(label[-1])
        start = date(year, 3 * q - 2, 1)
        end = date(year + (q == 4), (3 * q) % 12 + 1, 1)
        out.append(
            {
                "period": label,
                "start": start.isoformat(),
                "end": date.fromordinal(end.toordinal() - 1).isoformat(),
                "partial": False,
                "window_covered": True,
                "churn_rate": value,
            }
        )
    return out


def test_before_after_takes_whole_periods_around_the_start_and_a_year_earlier() -> None:
    """Start 2025-05-15 falls inside 2025Q2, which belongs to neither side: before = 2024Q3..
    2025Q1, after = 2025Q3..2026Q1; a year earlier: 2023Q3..2024Q1 against 2024Q3..2025Q1."""
    labels = [f"{y}Q{q}" for y in (2023, 2024, 2025, 2026) for q in (1, 2, 3, 4)][:13]
    periods = _quarters({label: 10.0 + i for i, label in enumerate(labels)})
    result = before_after(periods, "churn_rate", date(2025, 5, 15), 3)
    assert result.current.before == ["2024Q3", "2024Q4", "2025Q1"]
    assert result.current.after == ["2025Q3", "2025Q4", "2026Q1"]
    assert result.current.difference == pytest.approx(4.0)  # each side rises by one per quarter
    assert result.year_earlier.before == ["2023Q3", "2023Q4", "2024Q1"]
    assert not result.higher_is_better  # churn: lower is better
