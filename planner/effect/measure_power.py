"""What a measure's form says before the start (DESIGN section 7, Power): the smallest effect
the measure could detect with its participants, holdout and horizon, in points and in money
per participant, and the day from which it can be judged.

Participants the data already holds are judged exactly as the Effectiveness section judges
them (the same bootstrap, the same seed, so both places show the same figure). A planned list
whose customers are not in the data yet, or a count the team plans to reach, gets the
shop's customers as stand-ins, scaled to the planned counts (`planner.effect.planned_power`).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from planner.effect.evaluate import SalesData, Settings
from planner.effect.holdout import parse_holdout
from planner.effect.money import Power
from planner.effect.participants import ParticipantsSpec, parse_participants, resolve
from planner.effect.planned_power import group_sizes, judgeable_from, planned_power, stand_in
from planner.effect.project import evaluate_measure, start_of
from planner.errors import PlannerError
from planner.model import Goal, Measure


@dataclass
class MeasurePower:
    power: Power | None
    source: str  # "participants" (found in the data), "planned" (stand-ins scaled), "" (none)
    # why there is none: no_start, no_data, no_history, no_participants, not_in_data (a column the
    # data does not have yet: a planned count estimates it), unreadable, too_few
    reason: str = ""
    planned: int = 0  # participants it assumes
    found: int = 0  # of them in the sales data
    holdout: int = 0  # held out (drawn), or planned to be held out
    randomised: bool = False
    judgeable_from: date | None = None


def measure_power(
    goals: dict[int, Goal],
    data: SalesData | None,
    measure: Measure,
    settings: Settings,
    *,
    planned: int | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> MeasurePower:
    """`planned`: a participant count the team plans to reach (None: the measure's own list)."""
    start = start_of(measure)
    if start is None:
        return MeasurePower(None, "", "no_start")
    ready = judgeable_from(start, settings)
    if data is None or data.empty:
        return MeasurePower(None, "", "no_data", judgeable_from=ready)
    try:
        spec = parse_participants(measure.participants)
    except PlannerError:
        return MeasurePower(None, "", "unreadable", judgeable_from=ready)
    held = parse_holdout(measure.holdout)
    found = _found(spec, data)
    if planned is None and (spec.kind != "list" or found > 0):
        evaluation = evaluate_measure(goals, data, measure, settings, cancelled=cancelled)
        if evaluation.power is not None:
            return MeasurePower(
                evaluation.power,
                "participants",
                planned=evaluation.power.participants + evaluation.holdout_size,
                found=found,
                holdout=evaluation.holdout_size,
                randomised=evaluation.kind == "holdout",
                judgeable_from=ready,
            )
        if spec.kind != "list":
            reason = "no_participants" if not spec.defined else "not_in_data" if found == 0 else "no_history"
            return MeasurePower(None, "", reason, found=found, judgeable_from=ready)
    count = planned if planned is not None else len(spec.customers)
    base = stand_in(data, start, settings, cancelled)
    if base is None:
        return MeasurePower(None, "", "no_history", planned=count, found=found, judgeable_from=ready)
    holdout = bool(held)
    power = planned_power(base, count, ready, holdout=holdout, others=base.customers - found)
    if power is None:
        return MeasurePower(None, "", "too_few", planned=count, found=found, judgeable_from=ready)
    return MeasurePower(
        power,
        "planned",
        planned=count,
        found=found,
        holdout=count - _taking_part(count, holdout),
        randomised=holdout,
        judgeable_from=ready,
    )


def _taking_part(count: int, holdout: bool) -> int:
    sizes = group_sizes(count, holdout, 1)
    return sizes[0] if sizes else count


def _found(spec: ParticipantsSpec, data: SalesData) -> int:
    """Participants of the definition in the data (0 for a column the data lacks)."""
    if not spec.defined:
        return 0
    try:
        return len(set(resolve(spec, data.table, data.purchases.customer_ids).codes.tolist()))
    except PlannerError:
        return 0
