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
class ProjectCounts:
    """What the plan holds, for the overview."""

    personas: int = 0
    sales_imports: int = 0
    sales_rows: int = 0
    extra: dict[str, int] = field(default_factory=dict)
