"""When a measure is ready for the team's review, when it is a candidate to stop, and which
goals are reached or off track: rules checked by hand on crafted measures."""

from __future__ import annotations

from datetime import date

from planner.effect.evaluate import Evaluation, Settings
from planner.effect.review import (
    GoalState,
    achieved_goals,
    due_for_review,
    judgeable_from,
    months_running,
    off_track_goals,
    stop_candidate,
)
from planner.goals.smart import Progress
from planner.model import Goal, Measure

QUARTERS = Settings(period="quarter")  # horizon 3 months, 3 periods before/after


def test_ready_day_with_participants_is_start_plus_horizon() -> None:
    # the DiD needs [s, s + 3 months) inside the data
    assert judgeable_from(Measure(start="2026-03-01", participants="Karte=ja"), QUARTERS) == date(2026, 6, 1)
    # calendar months clip to the month's end, as the horizon does
    assert judgeable_from(Measure(start="2025-11-30", participants="Karte=ja"), QUARTERS) == date(2026, 2, 28)


def test_ready_day_without_participants_counts_whole_periods_from_the_start() -> None:
    # start 1 Feb: February's quarter began before the start, so the first quarter after it is
    # Q2 (1 Apr); three whole quarters end on 31 Dec, the day after is 1 Jan 2027
    assert judgeable_from(Measure(start="2026-02-01"), QUARTERS) == date(2027, 1, 1)
    # a start on a quarter's first day counts that quarter
    assert judgeable_from(Measure(start="2026-04-01"), QUARTERS) == date(2027, 1, 1)
    assert judgeable_from(Measure(start="2026-04-02"), QUARTERS) == date(2027, 4, 1)
    # months: February, March, April
    assert judgeable_from(Measure(start="2026-02-01"), Settings(period="month")) == date(2026, 5, 1)
    assert judgeable_from(Measure(start=""), QUARTERS) is None


def test_due_for_review_needs_data_past_the_ready_day_and_no_decision() -> None:
    last = date(2026, 9, 30)
    ready = Measure(id=1, start="2026-06-01", participants="a=b", status="active")  # ready 1 Sep
    just = Measure(id=2, start="2026-07-01", participants="a=b", status="done")  # ready 1 Oct = last + 1
    early = Measure(id=3, start="2026-07-02", participants="a=b", status="active")  # ready 2 Oct
    decided = Measure(id=4, start="2026-01-01", participants="a=b", decision="keep")
    idea = Measure(id=5, start="2026-01-01", participants="a=b", status="idea")
    oldest = Measure(id=6, start="2025-01-01", participants="a=b", status="active")
    due = due_for_review([ready, just, early, decided, idea, oldest], last, QUARTERS)
    assert [m.id for m in due] == [6, 1, 2]  # longest waiting first
    assert due_for_review([ready], None, QUARTERS) == []


def test_months_running_counts_whole_calendar_months_of_data() -> None:
    assert months_running(Measure(start="2026-03-01"), date(2026, 9, 30)) == 7  # March..September
    assert months_running(Measure(start="2026-03-01"), date(2026, 9, 29)) == 6
    assert months_running(Measure(start="2026-03-15"), date(2026, 9, 14)) == 6
    assert months_running(Measure(start="2026-10-01"), date(2026, 9, 30)) == 0
    assert months_running(Measure(start=""), date(2026, 9, 30)) == 0


def _evaluation(verdict: str) -> Evaluation:
    return Evaluation(verdict=verdict, sentence="", basis="participants")


def test_stop_candidate_is_no_clear_effect_after_two_horizons() -> None:
    last = date(2026, 9, 30)
    six = Measure(start="2026-04-01", status="active")  # 6 whole months = 2 horizons of 3
    five = Measure(start="2026-05-01", status="active")
    none = _evaluation("no_clear_effect")
    assert stop_candidate(six, none, last, QUARTERS)
    assert not stop_candidate(five, none, last, QUARTERS)  # too early to call it waste
    assert not stop_candidate(six, _evaluation("works"), last, QUARTERS)
    assert not stop_candidate(six, _evaluation("not_enough_data"), last, QUARTERS)
    assert not stop_candidate(six, None, last, QUARTERS)  # not judged yet
    assert not stop_candidate(six.with_changes(decision="stop"), none, last, QUARTERS)  # already decided
    assert not stop_candidate(six.with_changes(status="stopped"), none, last, QUARTERS)
    # keeping it after a review does not hide it: the data still shows no value
    assert stop_candidate(six.with_changes(decision="keep"), none, last, QUARTERS)


def test_goals_reached_and_off_track() -> None:
    reached_by_data = GoalState(Goal(id=1, status="active"), Progress(92.8, 1.0, None, "achieved"))
    marked_reached = GoalState(Goal(id=2, status="achieved"), Progress(None, None, None, "no_data"))
    behind = GoalState(Goal(id=3, status="draft"), Progress(10.0, 0.0, 0.4, "off_track"))
    dropped = GoalState(Goal(id=4, status="dropped"), Progress(10.0, 0.0, 0.4, "off_track"))
    on_track = GoalState(Goal(id=5, status="active"), Progress(50.0, 0.5, 0.45, "on_track"))
    states = [reached_by_data, marked_reached, behind, dropped, on_track]
    assert [goal.id for goal in achieved_goals(states)] == [1, 2]
    assert [goal.id for goal in off_track_goals(states)] == [3]  # a dropped goal is not chased
