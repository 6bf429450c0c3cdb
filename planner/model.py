"""The plan's domain objects as plain dataclasses.

They hold values only; reading and writing them is `planner.store`'s job, so the same
objects serve the UI, the command line and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum
from typing import Any


class Period(str, Enum):
    MONTH = "month"
    QUARTER = "quarter"
    YEAR = "year"


@dataclass(frozen=True)
class ProjectSettings:
    """Project-wide settings (DESIGN section 3, Project)."""

    name: str = ""
    company: str = ""
    currency: str = "EUR"
    language: str = ""  # "" = follow the system
    period: Period = Period.MONTH
    activity_window_months: int = 12
    gross_margin_pct: float = 30.0
    created: str = ""
    modified: str = ""

    def with_changes(self, **changes: Any) -> ProjectSettings:
        return replace(self, **changes)


SETTINGS_FIELDS = tuple(f.name for f in fields(ProjectSettings) if f.name not in ("created", "modified"))


@dataclass(frozen=True)
class Persona:
    """Who the customers are (method step 1). `id` is 0 until the store assigns one."""

    id: int = 0
    name: str = ""
    segment: str = ""
    goals: str = ""
    expectations: str = ""
    pains: str = ""
    channels: str = ""
    notes: str = ""
    # what makes the persona a person on the journey (issue 34): a sentence in their own
    # words, an age as typed ("52", "Mitte 30") and their situation in life
    quote: str = ""
    age: str = ""
    situation: str = ""
    # the photo (JPEG bytes) where the report needs it; the store keeps it apart
    # (planner.personas.photo), so it is not read with every persona
    photo: bytes = field(default=b"", repr=False, compare=False)

    def with_changes(self, **changes: Any) -> Persona:
        return replace(self, **changes)


PERSONA_TEXT_FIELDS = (
    "name",
    "segment",
    "goals",
    "expectations",
    "pains",
    "channels",
    "notes",
    "quote",
    "age",
    "situation",
)


@dataclass(frozen=True)
class TeamMember:
    id: int = 0
    name: str = ""
    role: str = ""
    email: str = ""

    def with_changes(self, **changes: Any) -> TeamMember:
        return replace(self, **changes)


TEAM_FIELDS = ("name", "role", "email")


@dataclass(frozen=True)
class Stage:
    """A phase of the customer journey (DOMAIN section 2). `lanes` holds the stage's lane
    texts (what the customer does, thinks, feels; what happens backstage) as (key, text)
    pairs in lane order, only those with text: a tuple, so a stage stays hashable."""

    id: int = 0
    name: str = ""
    lanes: tuple[tuple[str, str], ...] = ()

    def with_changes(self, **changes: Any) -> Stage:
        return replace(self, **changes)


@dataclass(frozen=True)
class Touchpoint:
    """Where a customer meets the business. `emotion` runs from -2 (very negative) to +2;
    `personas` holds the ids of the personas it concerns (empty = all)."""

    id: int = 0
    stage_id: int = 0
    channel: str = ""
    name: str = ""
    description: str = ""
    owner_id: int | None = None
    emotion: int = 0
    pain_points: str = ""
    ideas: str = ""
    wait_target: str = ""
    personas: tuple[int, ...] = ()

    def with_changes(self, **changes: Any) -> Touchpoint:
        return replace(self, **changes)


TOUCHPOINT_FIELDS = (
    "channel",
    "name",
    "description",
    "owner_id",
    "emotion",
    "pain_points",
    "ideas",
    "wait_target",
    "personas",
)


BOND_TYPES = ("situational", "market", "contractual", "technical", "economic", "emotional")
GOAL_STATUSES = ("draft", "active", "achieved", "missed", "dropped")
MEASURE_STATUSES = ("idea", "planned", "active", "done", "stopped")
DECISIONS = ("keep", "adjust", "stop")


@dataclass(frozen=True)
class Goal:
    """A SMART retention goal. `metric` is a data KPI key (DESIGN section 6: e.g.
    "retention_rate"), "nps", or "manual" with `unit`. Progress is derived, never stored."""

    id: int = 0
    title: str = ""
    description: str = ""
    metric: str = "retention_rate"
    unit: str = ""
    baseline_value: float | None = None
    baseline_date: str = ""
    target_value: float | None = None
    deadline: str = ""
    owner_id: int | None = None
    relevance: str = ""
    bond_types: tuple[str, ...] = ()
    personas: tuple[int, ...] = ()
    stages: tuple[int, ...] = ()
    status: str = "draft"
    # measured on a segment of the data (e.g. channel = Online shop); both empty: all data
    segment_column: str = ""
    segment_value: str = ""

    def with_changes(self, **changes: Any) -> Goal:
        return replace(self, **changes)


GOAL_FIELDS = (
    "title",
    "description",
    "metric",
    "unit",
    "baseline_value",
    "baseline_date",
    "target_value",
    "deadline",
    "owner_id",
    "relevance",
    "bond_types",
    "personas",
    "stages",
    "status",
    "segment_column",
    "segment_value",
)


@dataclass(frozen=True)
class Measure:
    """A measure serving one or more goals, placed on touchpoints, with an owner."""

    id: int = 0
    title: str = ""
    description: str = ""
    goal_ids: tuple[int, ...] = ()
    owner_id: int | None = None
    touchpoints: tuple[int, ...] = ()
    bond_type: str = ""
    lock_in: bool = False  # False: attachment by choice; True: lock-in
    cost: float | None = None
    effort: int = 3  # 1..5
    impact: int = 3  # 1..5
    start: str = ""
    end: str = ""
    status: str = "idea"
    participants: str = ""  # "" all customers; "column=value"; or a pasted list of customer ids
    evaluation_note: str = ""
    verdict: str = ""
    catalog_key: str = ""
    decision: str = ""  # the team's review: "" not yet, "keep", "adjust" or "stop"
    decided: str = ""  # ISO date of that decision
    holdout: str = ""  # customers drawn at random from the participants and kept out, one a line
    worth_having: float | None = None  # smallest effect worth having, points of coming back

    def with_changes(self, **changes: Any) -> Measure:
        return replace(self, **changes)


MEASURE_FIELDS = (
    "title",
    "description",
    "goal_ids",
    "owner_id",
    "touchpoints",
    "bond_type",
    "lock_in",
    "cost",
    "effort",
    "impact",
    "start",
    "end",
    "status",
    "participants",
    "evaluation_note",
    "verdict",
    "catalog_key",
    "decision",
    "decided",
    "holdout",
    "worth_having",
)


@dataclass(frozen=True)
class CheckIn:
    """A manual KPI value over time, for a goal (or a measure or touchpoint)."""

    id: int = 0
    kind: str = "goal"
    target_id: int = 0
    date: str = ""
    value: float = 0.0
    note: str = ""


@dataclass(frozen=True)
class ProjectCounts:
    """What the plan holds, for the overview."""

    personas: int = 0
    touchpoints: int = 0
    goals: int = 0
    measures: int = 0
    sales_imports: int = 0
    sales_rows: int = 0
    extra: dict[str, int] = field(default_factory=dict)
