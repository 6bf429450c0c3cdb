"""The plan as an Excel workbook for teams that work in Excel (DESIGN section 10).

`collect_plan` reads everything from the project (on the thread that owns the store);
`write_plan_workbook` only formats it, so the window can write in the background. Sheets in
the plan's language: Overview, Goals (each goal, then its measures), Measures, Check-ins,
Journey, Personas, KPIs (with a native line chart), Cohorts (heatmap), At risk, Effectiveness.

Every cell has its type: numbers are numbers, percentages are fractions shown as %, money
has the plan's currency, dates are date cells. Text the user typed is always text: a title
starting with "=", "+", "-" or "@" is written as a string cell, never as a formula (the
cell's data type is set after the value, which is what openpyxl writes). Column A of the
record sheets is a hidden id, so an edited workbook can come back into the plan; the hidden
sheet "Lists" holds the drop-down choices for status and owner, and a hidden sheet the
values as exported (planner.export.plan_baseline), so that only what was edited in the
workbook counts as a change when it comes back.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from planner.effect.evaluate import Evaluation, SalesData, Settings
from planner.effect.project import evaluate_measure, evaluation_key
from planner.errors import PlannerError
from planner.export.effect_sheet import effect_sheet
from planner.export.ideas_sheet import ideas_sheet
from planner.export.lanes_sheet import has_lanes, lanes_sheet
from planner.export.plan_baseline import baseline_sheet
from planner.export.plan_figures import cohorts_sheet, kpis_sheet, overview_sheet
from planner.export.plan_records import (
    checkins_sheet,
    goals_sheet,
    journey_sheet,
    lists_sheet,
    measures_sheet,
    personas_sheet,
)
from planner.export.plan_sheet import PLAN_MARK, PlanContent
from planner.export.risk_sheet import at_risk_sheet
from planner.goals import goal_table as g
from planner.goals.smart import Progress
from planner.metrics.coverage import judgeable_periods
from planner.metrics.dataset import SalesAnalysis
from planner.metrics.nps import latest_nps
from planner.model import ProjectSettings
from planner.personas.photo import with_photos
from planner.predict.goal_value import GoalValue, YearBasis, goal_figures, goal_values, year_basis
from planner.predict.pipeline import Prediction
from planner.store import ProjectStore
from planner.survey.storage import nps_periods

__all__ = [
    "PLAN_MARK",
    "PlanContent",
    "collect_plan",
    "gather_plan",
    "judge_measures",
    "plan_with_sales",
    "predict_churn",
    "write_plan_workbook",
]


def collect_plan(
    store: ProjectStore,
    language: str,
    *,
    periods: list[dict] | None = None,
    cohorts: list[dict] | None = None,
    at_risk: pd.DataFrame | None = None,
    evaluations: dict[int, Evaluation] | None = None,
    basis: YearBasis | None = None,
    today: date | None = None,
    figures: tuple[dict[int, Progress], dict[int, GoalValue]] | None = None,
) -> PlanContent:
    """`figures`: each goal's progress and worth measured on its own rows (goal_figures);
    without it, every goal is measured on `periods`."""
    from planner.ideas.export import idea_rows
    from planner.journey import stages, team, touchpoints

    day = today or date.today()
    settings = store.settings()
    judged = judgeable_periods(periods, settings.activity_window_months) if periods else []
    goals = g.goals(store)
    if figures is None:
        progress = {goal.id: g.progress_of(store, goal, judged, day) for goal in goals}
        values = goal_values(
            goals,
            {goal_id: p.current for goal_id, p in progress.items()},
            judged,
            basis,
            period=settings.period,
            margin_pct=settings.gross_margin_pct,
        )
    else:
        progress, values = figures
    return PlanContent(
        language=language,
        settings=settings,
        team=team(store),
        personas=with_photos(store, store.personas()),  # the report shows them
        stages=stages(store),
        touchpoints=touchpoints(store),
        goals=goals,
        measures=g.measures(store),
        progress=progress,
        periods=list(periods or []),
        cohorts=list(cohorts or []),
        at_risk=at_risk,
        evaluations=dict(evaluations or {}),
        values=values,
        exported=day,
        checkins=[c for goal in goals for c in g.checkins(store, "goal", goal.id)],
        history=_histories(store),
        ideas=idea_rows(store, language),
    )


def _histories(store: ProjectStore) -> dict[int, list]:
    """Each measure's kept judgements (planner.effect.history), for the documents."""
    from planner.effect.history import judgements

    kept: dict[int, list] = {}
    for judgement in judgements(store):
        kept.setdefault(judgement.measure_id, []).append(judgement)
    return kept


def gather_plan(store: ProjectStore, language: str, *, today: date | None = None) -> PlanContent:
    """Everything the workbook and the report show, computed from the project alone (the
    command line; the window has its analysis already and calls `plan_with_sales`)."""
    from planner.effect.project import project_settings
    from planner.sales.storage import load_sales

    analysis = SalesAnalysis(load_sales(store))
    content = plan_with_sales(store, language, analysis, today=today)
    if not analysis.empty:
        judge_measures(content, SalesData.from_analysis(analysis), project_settings(store, language=language))
        content.prediction = predict_churn(analysis.table, content.settings)
    return content


def predict_churn(table: pd.DataFrame, settings: ProjectSettings) -> Prediction:
    """The churn model as the Win-back section fits it (weeks, the model chosen on the shop's
    own holdout, the project's margin and activity window); a second or two, so in a worker."""
    from planner.predict.forecast import Settings as PredictSettings
    from planner.predict.pipeline import predict_table

    predict = PredictSettings(unit="week", margin_pct=settings.gross_margin_pct)
    return predict_table(table, predict, settings.activity_window_months)


def plan_with_sales(
    store: ProjectStore, language: str, analysis: SalesAnalysis, *, today: date | None = None
) -> PlanContent:
    """The plan with the period table, cohorts and at-risk list of `analysis`; measures
    not judged yet (`judge_measures` does that, in a worker if need be)."""
    settings = store.settings()
    figures = goal_figures(
        store,
        g.goals(store),
        None if analysis.empty else analysis,
        period=settings.period,
        window_months=settings.activity_window_months,
        margin_pct=settings.gross_margin_pct,
        today=today or date.today(),
        nps=latest_nps(nps_periods(store, settings.period)),
    )
    if analysis.empty:
        return collect_plan(store, language, today=today, figures=figures)
    return collect_plan(
        store,
        language,
        periods=analysis.periods(settings.period, settings.activity_window_months),
        cohorts=analysis.cohorts(settings.period),
        at_risk=analysis.win_back(settings.activity_window_months)[0],
        basis=year_basis(analysis.purchases, settings.activity_window_months),
        today=today,
        figures=figures,
    )


def judge_measures(
    content: PlanContent,
    data: SalesData,
    settings: Settings,
    *,
    known: dict[int, tuple[tuple[object, ...], Evaluation]] | None = None,
    cancelled: Callable[[], bool] = lambda: False,
) -> dict[int, tuple[tuple[object, ...], Evaluation]]:
    """Judge every measure of `content` not judged already (`known`: measure id -> (key,
    evaluation) of an earlier call on the same data); needs no store, so it runs in a
    worker. Returns what it knows now, for the next call."""
    goals = {goal.id: goal for goal in content.goals}
    result: dict[int, tuple[tuple[object, ...], Evaluation]] = {}
    for measure in content.measures:
        if cancelled():
            break
        key = evaluation_key(goals, measure, settings)
        earlier = (known or {}).get(measure.id)
        evaluation = earlier[1] if earlier and earlier[0] == key else evaluate_measure(goals, data, measure, settings)
        result[measure.id] = (key, evaluation)
        if not evaluation.history and measure.id in content.history:
            evaluation.history = list(content.history[measure.id])
        content.evaluations[measure.id] = evaluation
    return result


def empty_data_sheets(content: PlanContent) -> set[str]:
    """The sheets of figures that would have nothing in them, so are left out: a plan without
    sales data gets no KPI, cohort, at-risk or effectiveness sheet (the Overview says why), a
    plan without sticky notes no Ideas sheet, one without journey lanes no lanes sheet."""
    empty = set()
    if not content.periods:
        empty |= {"kpis", "cohorts"}
    if not content.cohorts:
        empty.add("cohorts")
    if content.at_risk is None and content.prediction is None:
        empty.add("at_risk")
    if not content.evaluations:
        empty.add("effect")
    if not content.ideas:
        empty.add("ideas")
    if not has_lanes(content):
        empty.add("lanes")
    return empty


def write_plan_workbook(
    content: PlanContent, path: Path, *, progress: Callable[[float, str], None] = lambda _f, _t: None
) -> None:
    wb = Workbook()
    steps: list[tuple[str, Callable[[Workbook, PlanContent], None]]] = [
        ("overview", overview_sheet),
        ("goals", goals_sheet),
        ("measures", measures_sheet),
        ("checkins", checkins_sheet),
        ("journey", journey_sheet),
        ("lanes", lanes_sheet),
        ("personas", personas_sheet),
        ("ideas", ideas_sheet),
        ("kpis", kpis_sheet),
        ("cohorts", cohorts_sheet),
        ("at_risk", at_risk_sheet),
        ("effect", effect_sheet),
        ("baseline", baseline_sheet),
        ("lists", lists_sheet),
    ]
    empty = empty_data_sheets(content)
    steps = [(name, step) for name, step in steps if name not in empty]
    for i, (name, step) in enumerate(steps):
        progress(i / len(steps), name)
        step(wb, content)
    progress(1.0, "saving")
    try:
        wb.save(path)
    except OSError as exc:
        raise PlannerError(
            f"Cannot write {path.name}: {exc.strerror or exc}.",
            hint="Close the file if it is open in Excel, or choose another folder.",
        ) from None
