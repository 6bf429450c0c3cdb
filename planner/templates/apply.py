"""Writing a checked template into a new plan, in the plan's language, as one transaction:
the plan either gets the whole template or stays as it was."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date
from typing import Any

from planner import journey as j
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.goals.catalog import catalog
from planner.model import Goal, Measure, Persona, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore
from planner.templates.reading import LANGUAGES, Template, in_language


@dataclass(frozen=True)
class AppliedTemplate:
    """What the template put into the plan, by the template's keys."""

    stages: dict[str, int]
    team: dict[str, int]
    personas: dict[str, int]
    touchpoints: dict[str, int]
    goals: dict[str, int]
    measures: tuple[int, ...]


def end_of_month_after(today: date, months: int) -> date:
    """The last day of the month `months` after today's: a deadline a team can remember."""
    index = today.year * 12 + today.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, calendar.monthrange(year, month + 1)[1])


def apply_template(
    store: ProjectStore, template: Template, *, name: str, language: str, today: date | None = None
) -> AppliedTemplate:
    """Fill a new, empty plan from `template`. A plan that already has stages or personas
    is refused: a template is a start, not something to pour over a user's work."""
    language = language if language in LANGUAGES else "en"
    today = today or date.today()
    conn = store.connection
    if conn.execute("SELECT (SELECT COUNT(*) FROM stage) + (SELECT COUNT(*) FROM persona)").fetchone()[0]:
        raise PlannerError(
            "A template can only start a new plan; this plan already has stages or personas.",
            hint="Create a new plan and choose the template there.",
            code="template_plan_not_empty",
        )

    def text(value: object) -> str:
        return in_language(value, language)  # type: ignore[arg-type]

    entries = {m.key: m for m in catalog(language)}
    with store.transaction():
        settings: dict[str, Any] = {"name": name, "language": language}
        if template.period is not None:
            settings["period"] = template.period
        if template.activity_window_months is not None:
            settings["activity_window_months"] = template.activity_window_months
        if template.gross_margin_pct is not None:
            settings["gross_margin_pct"] = template.gross_margin_pct
        store.update_settings(**settings)
        stages = {s.key: j.insert_stage(store, Stage(name=text(s.name))).id for s in template.stages}
        team = {
            m.key: j.insert_member(store, TeamMember(name=text(m.name), role=text(m.role))).id for m in template.team
        }
        personas = {
            p.key: store.insert_persona(
                Persona().with_changes(**{field: text(value) for field, value in p.texts.items()})
            ).id
            for p in template.personas
        }
        touchpoints = {}
        for t in template.touchpoints:
            values = {field: text(value) for field, value in t.texts.items()}
            channel = t.channel if isinstance(t.channel, str) else text(t.channel)
            touchpoints[t.key] = j.insert_touchpoint(
                store,
                Touchpoint(
                    stage_id=stages[t.stage],
                    channel=channel,
                    owner_id=team[t.owner],
                    emotion=t.emotion,
                    personas=tuple(personas[k] for k in t.personas),
                ).with_changes(**values),
            ).id
        goals = {}
        for goal in template.goals:
            goals[goal.key] = g.GOALS.insert(
                store,
                Goal(
                    title=text(goal.texts["title"]),
                    description=text(goal.texts["description"]),
                    relevance=text(goal.texts["relevance"]),
                    metric=goal.metric,
                    unit=text(goal.unit),
                    baseline_value=goal.baseline,
                    baseline_date=today.isoformat() if goal.baseline is not None else "",
                    target_value=goal.target,
                    deadline=end_of_month_after(today, goal.deadline_months).isoformat(),
                    owner_id=team[goal.owner],
                    bond_types=goal.bond_types,
                    personas=tuple(personas[k] for k in goal.personas),
                    stages=tuple(stages[k] for k in goal.stages),
                    status="draft",
                ),
            ).id
        measures = []
        for m in template.measures:
            entry = entries[m.catalog_key]
            measures.append(
                g.MEASURES.insert(
                    store,
                    Measure(
                        title=text(m.texts["title"]) or entry.title,
                        description=text(m.texts["description"]) or entry.description,
                        goal_ids=tuple(goals[k] for k in m.goals),
                        owner_id=team[m.owner],
                        touchpoints=tuple(touchpoints[k] for k in m.touchpoints),
                        bond_type=entry.bond_type,
                        lock_in=entry.lock_in,
                        effort=m.effort,
                        impact=m.impact,
                        status="idea",
                        catalog_key=m.catalog_key,
                    ),
                ).id
            )
    return AppliedTemplate(stages, team, personas, touchpoints, goals, tuple(measures))
