"""Reading a template file and checking every part of it before anything is written.

A template is written by hand (a consultant adds a kind of business by adding a file), so
a slip must be named where it is: the file, the record and the field, in one sentence. All
checks run at load time, which is why applying a loaded template cannot stop half-way for
a reason in the file.
"""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from importlib import resources
from importlib.abc import Traversable
from pathlib import Path
from typing import Any

from planner.errors import PlannerError
from planner.goals.catalog import catalog
from planner.goals.smart import DATA_KPIS, OTHER_METRICS
from planner.journey.channels import CHANNELS
from planner.model import BOND_TYPES, Period

LANGUAGES = ("en", "de")
FORMAT = 1  # the newest template format this version reads

Text = Mapping[str, str]  # one text in every language of LANGUAGES


class TemplateError(PlannerError):
    """A template file that cannot be used; nothing was written."""


def in_language(text: Text, language: str) -> str:
    return text.get(language) or text.get("en", "")


@dataclass(frozen=True)
class TemplateStage:
    key: str
    name: Text


@dataclass(frozen=True)
class TemplateRole:
    """A team role the touchpoints, goals and measures are owned by; the user puts a
    person's name in its place."""

    key: str
    name: Text
    role: Text


@dataclass(frozen=True)
class TemplatePersona:
    key: str
    texts: Mapping[str, Text]  # persona field -> text


@dataclass(frozen=True)
class TemplateTouchpoint:
    key: str
    stage: str
    channel: str | Text  # a key of CHANNELS, or a channel of this trade named in each language
    owner: str
    emotion: int
    personas: tuple[str, ...]
    texts: Mapping[str, Text]  # name, description, pain_points, ideas, wait_target


@dataclass(frozen=True)
class TemplateGoal:
    """Dates are relative to the day the plan is made: the baseline (when the template can
    know it, e.g. a new programme starts from 0) is measured today, the deadline lies at
    the end of the month `deadline_months` from today."""

    key: str
    metric: str
    unit: Text
    baseline: float | None
    target: float
    deadline_months: int
    owner: str
    bond_types: tuple[str, ...]
    personas: tuple[str, ...]
    stages: tuple[str, ...]
    texts: Mapping[str, Text]  # title, description, relevance


@dataclass(frozen=True)
class TemplateMeasure:
    """A measure from the catalogue (`catalog_key`), with the trade's own wording where
    the file gives one; bond type and lock-in are the catalogue's."""

    catalog_key: str
    goals: tuple[str, ...]
    owner: str
    touchpoints: tuple[str, ...]
    effort: int
    impact: int
    texts: Mapping[str, Text]  # title, description: empty means the catalogue's


@dataclass(frozen=True)
class Template:
    key: str
    source: str  # the file name, for messages
    order: int
    names: Text
    summaries: Text
    period: Period | None
    activity_window_months: int | None
    gross_margin_pct: float | None
    stages: tuple[TemplateStage, ...]
    team: tuple[TemplateRole, ...]
    personas: tuple[TemplatePersona, ...]
    touchpoints: tuple[TemplateTouchpoint, ...]
    goals: tuple[TemplateGoal, ...]
    measures: tuple[TemplateMeasure, ...]

    def name(self, language: str) -> str:
        return in_language(self.names, language)

    def summary(self, language: str) -> str:
        return in_language(self.summaries, language)

    def stage_names(self, language: str) -> list[str]:
        return [in_language(s.name, language) for s in self.stages]


PERSONA_TEXTS = ("name", "segment", "goals", "expectations", "pains", "channels", "notes")
TOUCHPOINT_TEXTS = ("name", "description", "pain_points", "ideas", "wait_target")
GOAL_TEXTS = ("title", "description", "relevance")
MEASURE_TEXTS = ("title", "description")


class _Reader:
    """Checks one file's content; every complaint names the file and the place."""

    def __init__(self, source: str) -> None:
        self.source = source

    def fail(self, where: str, problem: str) -> TemplateError:
        place = f" ({where})" if where else ""
        return TemplateError(
            f"The template {self.source} is damaged{place}: {problem}",
            hint="Choose another template or an empty plan; nothing was changed.",
            code="template_damaged",
            file=self.source,
            where=where,
            problem=problem,
        )

    def obj(self, value: object, where: str) -> Mapping[str, Any]:
        if not isinstance(value, dict):
            raise self.fail(where, "expected an object with named fields.")
        return value

    def items(self, data: Mapping[str, Any], name: str, *, least: int = 0) -> list[Mapping[str, Any]]:
        value = data.get(name, [])
        if not isinstance(value, list):
            raise self.fail(name, "expected a list.")
        if len(value) < least:
            raise self.fail(name, f"at least {least} expected, found {len(value)}.")
        return [self.obj(item, f"{name}[{i + 1}]") for i, item in enumerate(value)]

    def text(self, data: Mapping[str, Any], name: str, where: str, *, required: bool = True) -> Text:
        value = data.get(name)
        if value is None and not required:
            return dict.fromkeys(LANGUAGES, "")
        if not isinstance(value, dict):
            raise self.fail(f"{where}.{name}", f"expected a text in each language ({', '.join(LANGUAGES)}).")
        for language in LANGUAGES:
            if not isinstance(value.get(language), str) or not value[language].strip():
                raise self.fail(f"{where}.{name}", f"the {language!r} text is missing or empty.")
        return {language: value[language].strip() for language in LANGUAGES}

    def texts(self, data: Mapping[str, Any], names: Sequence[str], where: str, required: Sequence[str]) -> dict:
        return {name: self.text(data, name, where, required=name in required) for name in names}

    def key(self, data: Mapping[str, Any], where: str, seen: set[str]) -> str:
        value = data.get("key")
        if not isinstance(value, str) or not value.strip():
            raise self.fail(where, "a record needs a non-empty 'key'.")
        if value in seen:
            raise self.fail(where, f"the key {value!r} is used twice.")
        seen.add(value)
        return value

    def ref(self, value: object, where: str, known: Sequence[str], kind: str) -> str:
        if value not in known:
            raise self.fail(where, f"{value!r} is not one of the template's {kind} ({', '.join(known)}).")
        return str(value)

    def refs(self, data: Mapping[str, Any], name: str, where: str, known: Sequence[str], kind: str) -> tuple:
        value = data.get(name, [])
        if not isinstance(value, list):
            raise self.fail(f"{where}.{name}", "expected a list of keys.")
        return tuple(self.ref(item, f"{where}.{name}", known, kind) for item in value)

    def integer(self, data: Mapping[str, Any], name: str, where: str, low: int, high: int, default: int) -> int:
        value = data.get(name, default)
        if isinstance(value, bool) or not isinstance(value, int) or not low <= value <= high:
            raise self.fail(f"{where}.{name}", f"expected a whole number from {low} to {high}, found {value!r}.")
        return value

    def number(self, value: object, where: str) -> float:
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise self.fail(where, f"expected a number, found {value!r}.")
        return float(value)


def _settings(r: _Reader, data: Mapping[str, Any]) -> tuple[Period | None, int | None, float | None]:
    raw = r.obj(data.get("settings", {}), "settings")
    period = None
    if "period" in raw:
        try:
            period = Period(raw["period"])
        except ValueError:
            raise r.fail("settings.period", f"{raw['period']!r} is not month, quarter or year.") from None
    window = r.integer(raw, "activity_window_months", "settings", 1, 60, 0) if "activity_window_months" in raw else None
    margin = None
    if "gross_margin_pct" in raw:
        margin = r.number(raw["gross_margin_pct"], "settings.gross_margin_pct")
        if not 0 <= margin <= 100:
            raise r.fail("settings.gross_margin_pct", f"expected a share from 0 to 100, found {margin}.")
    return period, window, margin


def _channel(r: _Reader, data: Mapping[str, Any], where: str) -> str | Text:
    value = data.get("channel")
    if isinstance(value, str):
        if value not in CHANNELS:
            raise r.fail(
                f"{where}.channel",
                f"{value!r} is no known channel ({', '.join(CHANNELS)}); name another channel in each language.",
            )
        return value
    return r.text(data, "channel", where)


def parse_template(data: object, source: str) -> Template:
    """Check a template's content (as read from JSON) and return it; `TemplateError`
    names the first problem."""
    r = _Reader(source)
    top = r.obj(data, "")
    version = top.get("format")
    if not isinstance(version, int) or isinstance(version, bool):
        raise r.fail("format", "the file does not say which template format it uses.")
    if version > FORMAT:
        raise TemplateError(
            f"The template {source} needs a newer version of Retention Planner (format {version}, "
            f"this version reads up to {FORMAT}).",
            hint="Update Retention Planner to use it, or choose another template; nothing was changed.",
            code="template_newer",
            file=source,
            version=version,
        )
    key = top.get("key")
    if not isinstance(key, str) or not key.strip():
        raise r.fail("key", "the template needs a non-empty 'key'.")
    period, window, margin = _settings(r, top)

    seen: set[str] = set()
    stages = tuple(
        TemplateStage(r.key(s, f"stages[{i + 1}]", seen), r.text(s, "name", f"stages[{i + 1}]"))
        for i, s in enumerate(r.items(top, "stages", least=1))
    )
    stage_keys = [s.key for s in stages]
    seen = set()
    team = tuple(
        TemplateRole(
            r.key(m, f"team[{i + 1}]", seen), r.text(m, "name", f"team[{i + 1}]"), r.text(m, "role", f"team[{i + 1}]")
        )
        for i, m in enumerate(r.items(top, "team", least=1))
    )
    role_keys = [m.key for m in team]
    seen = set()
    personas = tuple(
        TemplatePersona(
            r.key(p, f"personas[{i + 1}]", seen), r.texts(p, PERSONA_TEXTS, f"personas[{i + 1}]", ("name",))
        )
        for i, p in enumerate(r.items(top, "personas"))
    )
    persona_keys = [p.key for p in personas]

    seen = set()
    touchpoints = []
    for i, t in enumerate(r.items(top, "touchpoints")):
        where = f"touchpoints[{i + 1}]"
        touchpoints.append(
            TemplateTouchpoint(
                key=r.key(t, where, seen),
                stage=r.ref(t.get("stage"), f"{where}.stage", stage_keys, "stages"),
                channel=_channel(r, t, where),
                owner=r.ref(t.get("owner"), f"{where}.owner", role_keys, "team roles"),
                emotion=r.integer(t, "emotion", where, -2, 2, 0),
                personas=r.refs(t, "personas", where, persona_keys, "personas"),
                texts=r.texts(t, TOUCHPOINT_TEXTS, where, ("name",)),
            )
        )
    touchpoint_keys = [t.key for t in touchpoints]

    seen = set()
    goals = []
    for i, g in enumerate(r.items(top, "goals")):
        where = f"goals[{i + 1}]"
        goal_key = r.key(g, where, seen)
        metric = g.get("metric")
        if metric not in DATA_KPIS and metric not in OTHER_METRICS:
            raise r.fail(f"{where}.metric", f"{metric!r} is no KPI ({', '.join((*DATA_KPIS, *OTHER_METRICS))}).")
        unit = r.text(g, "unit", where, required=metric == "manual")
        bonds = g.get("bond_types", [])
        if not isinstance(bonds, list) or any(b not in BOND_TYPES for b in bonds):
            raise r.fail(f"{where}.bond_types", f"expected a list from {', '.join(BOND_TYPES)}, found {bonds!r}.")
        if "target" not in g:
            raise r.fail(f"{where}.target", "a goal needs a target value (the M of SMART).")
        goals.append(
            TemplateGoal(
                key=goal_key,
                metric=str(metric),
                unit=unit,
                baseline=r.number(g["baseline"], f"{where}.baseline") if g.get("baseline") is not None else None,
                target=r.number(g["target"], f"{where}.target"),
                deadline_months=r.integer(g, "deadline_months", where, 1, 60, 0),
                owner=r.ref(g.get("owner"), f"{where}.owner", role_keys, "team roles"),
                bond_types=tuple(bonds),
                personas=r.refs(g, "personas", where, persona_keys, "personas"),
                stages=r.refs(g, "stages", where, stage_keys, "stages"),
                texts=r.texts(g, GOAL_TEXTS, where, GOAL_TEXTS),
            )
        )
    goal_keys = [g.key for g in goals]

    catalogue_keys = [m.key for m in catalog("en")]
    measures = []
    for i, m in enumerate(r.items(top, "measures")):
        where = f"measures[{i + 1}]"
        measures.append(
            TemplateMeasure(
                catalog_key=r.ref(m.get("catalog"), f"{where}.catalog", catalogue_keys, "catalogue measures"),
                goals=r.refs(m, "goals", where, goal_keys, "goals"),
                owner=r.ref(m.get("owner"), f"{where}.owner", role_keys, "team roles"),
                touchpoints=r.refs(m, "touchpoints", where, touchpoint_keys, "touchpoints"),
                effort=r.integer(m, "effort", where, 1, 5, 3),
                impact=r.integer(m, "impact", where, 1, 5, 3),
                texts=r.texts(m, MEASURE_TEXTS, where, ()),
            )
        )
    return Template(
        key=key,
        source=source,
        order=r.integer(top, "order", "", 0, 10_000, 1000),
        names=r.text(top, "name", "template"),
        summaries=r.text(top, "summary", "template"),
        period=period,
        activity_window_months=window,
        gross_margin_pct=margin,
        stages=stages,
        team=team,
        personas=personas,
        touchpoints=tuple(touchpoints),
        goals=tuple(goals),
        measures=tuple(measures),
    )


def load_template(file: Path | Traversable) -> Template:
    """Read and check one template file."""
    source = file.name
    try:
        raw = file.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise TemplateError(
            f"The template {source} cannot be read ({exc}).",
            hint="Choose another template or an empty plan; nothing was changed.",
            code="template_unreadable",
            file=source,
        ) from None
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise _Reader(source).fail(f"line {exc.lineno}, column {exc.colno}", f"not valid JSON ({exc.msg}).") from None
    return parse_template(data, source)


def shipped_template_files() -> list[Traversable]:
    folder = resources.files("resources") / "templates"
    return sorted((f for f in folder.iterdir() if f.name.endswith(".json") and f.is_file()), key=lambda f: f.name)


def available_templates(
    files: Sequence[Path | Traversable] | None = None,
) -> tuple[list[Template], list[TemplateError]]:
    """The templates that load, in their intended order, and the problems of those that do
    not (shown to the user, not hidden, so a damaged file is noticed)."""
    loaded: list[Template] = []
    problems: list[TemplateError] = []
    for file in shipped_template_files() if files is None else files:
        try:
            loaded.append(load_template(file))
        except TemplateError as error:
            problems.append(error)
    keys: set[str] = set()
    unique = []
    for template in sorted(loaded, key=lambda t: (t.order, t.key)):
        if template.key in keys:
            problems.append(
                _Reader(template.source).fail("key", f"another template already has the key {template.key!r}.")
            )
            continue
        keys.add(template.key)
        unique.append(template)
    return unique, problems
