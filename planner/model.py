"""The plan's domain objects as plain dataclasses.

They hold values only; reading and writing them is `planner.store`'s job, so the same
objects serve the UI, the command line and the tests.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields, replace
from enum import Enum


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

    def with_changes(self, **changes: object) -> ProjectSettings:
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

    def with_changes(self, **changes: object) -> Persona:
        return replace(self, **changes)


PERSONA_TEXT_FIELDS = ("name", "segment", "goals", "expectations", "pains", "channels", "notes")


@dataclass(frozen=True)
class TeamMember:
    id: int = 0
    name: str = ""
    role: str = ""
    email: str = ""

    def with_changes(self, **changes: object) -> TeamMember:
        return replace(self, **changes)


TEAM_FIELDS = ("name", "role", "email")


@dataclass(frozen=True)
class Stage:
    """A phase of the customer journey (DOMAIN section 2)."""

    id: int = 0
    name: str = ""

    def with_changes(self, **changes: object) -> Stage:
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

    def with_changes(self, **changes: object) -> Touchpoint:
        return replace(self, **changes)


TOUCHPOINT_FIELDS = ("channel", "name", "description", "owner_id", "emotion", "pain_points", "ideas",
                     "wait_target", "personas")


@dataclass(frozen=True)
class ProjectCounts:
    """What the plan holds, for the overview."""

    personas: int = 0
    touchpoints: int = 0
    sales_imports: int = 0
    sales_rows: int = 0
    extra: dict[str, int] = field(default_factory=dict)
