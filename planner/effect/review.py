"""Step 5 of the method: the team looks at each judged measure and decides to keep, adjust or
stop it.

Two questions are answered here without judging anything (a judgement is a bootstrap per
measure and belongs to a background task): which measures have enough data since their start
to be judged but no decision yet, and which goals are off track or reached. A third needs the
judgement: which measures show no clear effect although they have run long enough that an
effect would have shown (lean thinking: what brings no value is waste, a candidate to stop).
The comparison at the start does not change with more data, so "for a long time" is measured
in running time: at least STOP_AFTER_HORIZONS horizons of data after the start.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

import numpy as np

from planner.effect.evaluate import Evaluation, Settings
from planner.effect.horizon import shift_months
from planner.effect.participants import parse_participants
from planner.effect.project import start_of
from planner.errors import PlannerError
from planner.goals.smart import PERIOD_MONTHS, Progress
from planner.model import Goal, Measure

STOP_AFTER_HORIZONS = 2
UNJUDGED_STATUSES = ("idea",)  # a measure that is only an idea has nothing to review


def add_months(day: date, months: int) -> date:
    """Calendar months exactly as the horizon counts them (31 March + 1 month = 30 April)."""
    return date.fromisoformat(str(shift_months(np.datetime64(day, "D"), months)[0]))


def judgeable_from(measure: Measure, settings: Settings) -> date | None:
    """The first day after the data a judgement needs: with participants, the start plus one
    horizon; without, the end of the n-th whole period that begins on or after the start
    (the before/after rule of DESIGN section 7.2)."""
    start = start_of(measure)
    if start is None:
        return None
    try:
        defined = parse_participants(measure.participants).defined
    except PlannerError:
        defined = False
    if defined:
        return add_months(start, settings.horizon_months)
    length = PERIOD_MONTHS[settings.period]
    month0 = start.year * 12 + start.month - 1
    first = -(-month0 // length) * length  # the first period boundary on or after the start's month
    if first == month0 and start.day > 1:
        first += length
    return add_months(date(first // 12, first % 12 + 1, 1), length * settings.periods)


def due_for_review(measures: list[Measure], last_day: date | None, settings: Settings) -> list[Measure]:
    """Measures whose horizon after the start lies inside the data and that have no decision
    yet, longest waiting first."""
    if last_day is None:
        return []
    due = []
    for m in measures:
        ready = judgeable_from(m, settings)
        if (
            ready is not None
            and ready <= add_days(last_day, 1)
            and not m.decision
            and m.status not in UNJUDGED_STATUSES
        ):
            due.append((ready, m))
    return [m for _ready, m in sorted(due, key=lambda pair: pair[0])]


def add_days(day: date, days: int) -> date:
    return date.fromordinal(day.toordinal() + days)


def months_running(measure: Measure, last_day: date | None) -> int:
    """Whole calendar months of data from the start (0 without start or data)."""
    start = start_of(measure)
    if start is None or last_day is None or last_day < start:
        return 0
    end = add_days(last_day, 1)  # the first day the data does not cover
    months = (end.year - start.year) * 12 + end.month - start.month
    while months > 0 and add_months(start, months) > end:
        months -= 1
    return months


def stop_candidate(measure: Measure, evaluation: Evaluation | None, last_day: date | None, settings: Settings) -> bool:
    """No clear effect although the data covers STOP_AFTER_HORIZONS horizons after the start,
    and the team has not stopped it already."""
    if evaluation is None or evaluation.verdict != "no_clear_effect":
        return False
    if measure.decision == "stop" or measure.status == "stopped":
        return False
    return months_running(measure, last_day) >= STOP_AFTER_HORIZONS * settings.horizon_months


@dataclass(frozen=True)
class GoalState:
    goal: Goal
    progress: Progress

    @property
    def achieved(self) -> bool:
        return self.goal.status == "achieved" or self.progress.status == "achieved"

    @property
    def off_track(self) -> bool:
        return not self.achieved and self.goal.status in ("draft", "active") and self.progress.status == "off_track"


def achieved_goals(states: list[GoalState]) -> list[Goal]:
    return [s.goal for s in states if s.achieved and s.goal.status != "dropped"]


def off_track_goals(states: list[GoalState]) -> list[Goal]:
    return [s.goal for s in states if s.off_track]
