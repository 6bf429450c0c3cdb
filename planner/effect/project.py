"""The measures of a plan judged on the plan's own sales data: the goal's KPI, the project's
period and activity window, each measure's participants definition."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import date

from planner.effect.evaluate import Evaluation, SalesData, Settings, evaluate
from planner.effect.history import judgements, keep_if_writable
from planner.effect.holdout import parse_holdout
from planner.effect.participants import list_spec, parse_participants
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.goals.smart import DATA_KPIS
from planner.model import Goal, Measure
from planner.store import ProjectStore


def measure_kpi(measure: Measure, goals: dict[int, Goal]) -> str:
    """The KPI of the first of the measure's goals that is measured from the data."""
    for goal_id in measure.goal_ids:
        goal = goals.get(goal_id)
        if goal is not None and goal.metric in DATA_KPIS:
            return goal.metric
    return "retention_rate"


def start_of(measure: Measure) -> date | None:
    try:
        return date.fromisoformat(measure.start) if measure.start else None
    except ValueError:
        return None


def end_of(measure: Measure) -> date | None:
    try:
        return date.fromisoformat(measure.end) if measure.end else None
    except ValueError:
        return None


def project_settings(store: ProjectStore, **changes: object) -> Settings:
    project = store.settings()
    base = Settings(
        window_months=project.activity_window_months,
        period=str(project.period.value),
        margin_pct=project.gross_margin_pct,
        currency=project.currency,
    )
    return replace(base, **changes)  # type: ignore[arg-type]


def evaluation_key(goals: dict[int, Goal], measure: Measure, settings: Settings) -> tuple[object, ...]:
    """All a measure's judgement depends on besides the sales data: a review decision or a new
    title need no new bootstrap."""
    return (
        measure.start,
        measure.end,
        measure.participants,
        measure.holdout,
        measure.cost,
        measure.worth_having,
        measure_kpi(measure, goals),
        settings,
    )


def evaluate_measure(
    goals: dict[int, Goal],
    data: SalesData | None,
    measure: Measure,
    settings: Settings,
    *,
    progress: Callable[[float, str], None] = lambda _f, _t: None,
    cancelled: Callable[[], bool] = lambda: False,
) -> Evaluation:
    """Needs no store: a worker thread judges with what the GUI thread read for it."""
    spec = parse_participants(measure.participants)
    held = parse_holdout(measure.holdout)
    return evaluate(
        data,
        start_of(measure),
        spec,
        kpi=measure_kpi(measure, goals),
        settings=settings,
        cost=measure.cost,
        holdout=list_spec(held) if held else None,
        worth_having=measure.worth_having,
        end=end_of(measure),
        progress=progress,
        cancelled=cancelled,
    )


def evaluate_project(
    store: ProjectStore,
    data: SalesData | None,
    settings: Settings,
    measure_id: int | None = None,
    *,
    keep: bool = True,
) -> list[tuple[Measure, Evaluation]]:
    """Every measure judged (or the one asked for), the open ones' judgements kept in the plan's
    history when the data range is new (`keep`), each evaluation with its history attached."""
    measures = g.measures(store)
    if measure_id is not None:
        measures = [m for m in measures if m.id == measure_id]
        if not measures:
            known = ", ".join(str(m.id) for m in g.measures(store)) or "none"
            raise PlannerError(f"The plan has no measure {measure_id}.", hint=f"Measure ids in this plan: {known}.")
    goals = {goal.id: goal for goal in g.goals(store)}
    judged = [(m, evaluate_measure(goals, data, m, settings)) for m in measures]
    if keep:
        keep_if_writable(store, judged, data)
    for m, e in judged:
        e.history = judgements(store, m.id)
    return judged
