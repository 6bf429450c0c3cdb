"""Plan templates (issue 34): every shipped file loads and starts a plan with exactly what it
lists, in both languages; a damaged file is named precisely and changes nothing."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from planner import journey as j
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.goals.catalog import catalog
from planner.goals.smart import smart_checks
from planner.journey.channels import CHANNELS
from planner.model import Period
from planner.store import ProjectStore
from planner.templates import (
    LANGUAGES,
    TemplateError,
    apply_template,
    available_templates,
    load_template,
    shipped_template_files,
)
from planner.templates.apply import end_of_month_after

TODAY = date(2026, 12, 6)
SHIPPED = {f.name: f for f in shipped_template_files()}
KINDS = {"online_shop", "cafe", "salon", "specialist_retail", "studio", "b2b_service"}


def new_store(tmp_path: Path, name: str = "plan") -> ProjectStore:
    return ProjectStore.create(tmp_path / f"{name}.rplan")


def raw(name: str) -> dict:
    return json.loads(SHIPPED[name].read_text(encoding="utf-8"))


def write(tmp_path: Path, data: object, name: str = "broken.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data) if not isinstance(data, str) else data, encoding="utf-8")
    return path


def text(value: dict | None, language: str) -> str:
    return (value or {}).get(language, "")


def test_the_six_kinds_of_business_are_shipped_and_none_is_damaged() -> None:
    templates, problems = available_templates()
    assert problems == []
    assert {t.key for t in templates} == KINDS
    for t in templates:
        # the size: two personas to adapt, 3-4 goals, 5-8 measures
        assert len(t.personas) == 2, t.key
        assert 3 <= len(t.goals) <= 4, t.key
        assert 5 <= len(t.measures) <= 8, t.key
        assert len(t.touchpoints) >= 10, t.key
        for language in LANGUAGES:
            assert t.name(language) and t.summary(language), (t.key, language)
        assert t.name("de") != t.name("en"), t.key  # each language has its own name


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("file_name", sorted(SHIPPED))
def test_applying_a_template_gives_exactly_what_its_file_lists(tmp_path: Path, file_name: str, language: str) -> None:
    """Compared with the JSON as written, not with the loader's objects, so a loader that
    dropped or mixed up a field would be caught."""
    data = raw(file_name)
    template = load_template(SHIPPED[file_name])
    store = new_store(tmp_path)
    applied = apply_template(store, template, name="Mein Plan", language=language, today=TODAY)

    settings = store.settings()
    assert settings.name == "Mein Plan" and settings.language == language
    assert settings.period == Period(data["settings"]["period"])
    assert settings.activity_window_months == data["settings"]["activity_window_months"]
    assert settings.gross_margin_pct == data["settings"]["gross_margin_pct"]

    assert [s.name for s in j.stages(store)] == [s["name"][language] for s in data["stages"]]
    stage_of = {s["key"]: s["name"][language] for s in data["stages"]}
    stage_name = {s.id: s.name for s in j.stages(store)}
    members = j.team(store)
    assert [(m.name, m.role) for m in members] == [(m["name"][language], m["role"][language]) for m in data["team"]]
    member_of = {m["key"]: m["name"][language] for m in data["team"]}
    member_name = {m.id: m.name for m in members}
    personas = store.personas()
    for persona, written in zip(personas, data["personas"], strict=True):
        for field in ("name", "segment", "goals", "expectations", "pains", "channels", "notes"):
            assert getattr(persona, field) == text(written.get(field), language), (persona.name, field)
    persona_of = {p["key"]: p["name"][language] for p in data["personas"]}
    persona_name = {p.id: p.name for p in personas}

    # touchpoints come back in map order: by stage, then in file order within the stage
    order = [s["key"] for s in data["stages"]]
    expected = sorted(data["touchpoints"], key=lambda t: order.index(t["stage"]))
    points = j.touchpoints(store)
    assert len(points) == len(expected)
    for tp, written in zip(points, expected, strict=True):
        channel = written["channel"]
        assert tp.channel == (channel if isinstance(channel, str) else channel[language])
        assert stage_name[tp.stage_id] == stage_of[written["stage"]]
        assert member_name[tp.owner_id] == member_of[written["owner"]]
        assert tp.emotion == written.get("emotion", 0)
        assert [persona_name[p] for p in tp.personas] == [persona_of[k] for k in written.get("personas", [])]
        for field in ("name", "description", "pain_points", "ideas", "wait_target"):
            assert getattr(tp, field) == text(written.get(field), language), (tp.name, field)
    tp_of = {t["key"]: t["name"][language] for t in data["touchpoints"]}
    tp_name = {tp.id: tp.name for tp in points}

    goals = g.goals(store)
    assert len(goals) == len(data["goals"])
    goal_of = {x["key"]: x["title"][language] for x in data["goals"]}
    for goal, written in zip(goals, data["goals"], strict=True):
        assert (goal.title, goal.description, goal.relevance) == (
            written["title"][language],
            written["description"][language],
            written["relevance"][language],
        )
        assert goal.metric == written["metric"] and goal.unit == text(written.get("unit"), language)
        assert goal.target_value == written["target"] and goal.status == "draft"
        assert goal.baseline_value == written.get("baseline")
        # a baseline the template can know (a new programme starts from 0) is dated today
        assert goal.baseline_date == ("2026-12-06" if "baseline" in written else "")
        assert goal.deadline == end_of_month_after(TODAY, written["deadline_months"]).isoformat()
        assert member_name[goal.owner_id] == member_of[written["owner"]]
        assert goal.bond_types == tuple(written.get("bond_types", []))
        assert [persona_name[p] for p in goal.personas] == [persona_of[k] for k in written.get("personas", [])]
        assert [stage_name[s] for s in goal.stages] == [stage_of[k] for k in written.get("stages", [])]

    entries = {m.key: m for m in catalog(language)}
    measures = g.measures(store)
    assert len(measures) == len(data["measures"]) == len(applied.measures)
    goal_title = {x.id: x.title for x in goals}
    for measure, written in zip(measures, data["measures"], strict=True):
        entry = entries[written["catalog"]]
        assert measure.catalog_key == entry.key
        assert measure.title == text(written.get("title"), language) or entry.title
        assert measure.description == text(written.get("description"), language) or entry.description
        assert (measure.bond_type, measure.lock_in) == (entry.bond_type, entry.lock_in)
        assert [goal_title[x] for x in measure.goal_ids] == [goal_of[k] for k in written["goals"]]
        assert [tp_name[t] for t in measure.touchpoints] == [tp_of[k] for k in written["touchpoints"]]
        assert member_name[measure.owner_id] == member_of[written["owner"]]
        assert (measure.effort, measure.impact, measure.status) == (written["effort"], written["impact"], "idea")
    store.close()


@pytest.mark.parametrize("file_name", sorted(SHIPPED))
def test_every_suggested_goal_passes_the_apps_smart_check(tmp_path: Path, file_name: str) -> None:
    """A new plan has no sales data yet, so a data KPI cannot be measured until the first
    import and A (achievable) cannot be judged without history: the check is run as it will
    be once the plan has its data. Then no letter may fail; A may only say 'cannot judge
    yet' (None), never that the target is out of reach."""
    store = new_store(tmp_path)
    apply_template(store, load_template(SHIPPED[file_name]), name="x", language="de", today=TODAY)
    for goal in g.goals(store):
        checks = smart_checks(goal, today=TODAY, has_sales=True, has_survey=True)
        failed = [(c.letter, c.code) for c in checks if c.ok is False]
        assert failed == [], (goal.title, failed)
        assert {c.letter: c.ok for c in checks}["T"] is True  # the deadline lies ahead of the plan's start
    store.close()


def test_channels_are_the_apps_keys_so_they_show_in_the_users_language() -> None:
    for name in SHIPPED:
        for tp in raw(name)["touchpoints"]:
            channel = tp["channel"]
            assert (isinstance(channel, str) and channel in CHANNELS) or set(channel) == set(LANGUAGES), (
                name,
                tp["key"],
            )


def test_deadlines_are_month_ends_counted_from_today() -> None:
    # 6 Dec 2026 + 12 months = December 2027, whose last day is the 31st
    assert end_of_month_after(date(2026, 12, 6), 12) == date(2027, 12, 31)
    # 31 Jan + 1 month: February 2026 has 28 days (2026 is no leap year)
    assert end_of_month_after(date(2026, 1, 31), 1) == date(2026, 2, 28)
    # November + 2 months crosses the year: January 2027
    assert end_of_month_after(date(2026, 11, 15), 2) == date(2027, 1, 31)
    # 2028 is a leap year
    assert end_of_month_after(date(2027, 8, 1), 6) == date(2028, 2, 29)


def damaged(case: str) -> object:
    data = raw("cafe.json")
    if case == "json":
        return '{"format": 1, "key": "cafe",\n "stages": [}'
    if case == "stage":
        data["touchpoints"][2]["stage"] = "kitchen"
    elif case == "german":
        del data["personas"][1]["pains"]["de"]
    elif case == "catalogue":
        data["measures"][0]["catalog"] = "free_beer"
    elif case == "channel":
        data["touchpoints"][0]["channel"] = "pigeon"
    elif case == "emotion":
        data["touchpoints"][0]["emotion"] = 5
    elif case == "metric":
        data["goals"][1]["metric"] = "happiness"
    elif case == "goal_ref":
        data["measures"][2]["goals"] = ["regulars", "world_peace"]
    elif case == "duplicate":
        data["touchpoints"][1]["key"] = data["touchpoints"][0]["key"]
    elif case == "newer":
        data["format"] = 99
    return data


MESSAGES = {
    "json": "broken.json is damaged (line 2, column 13): not valid JSON",  # the "}" where a value belongs
    "stage": "(touchpoints[3].stage): 'kitchen' is not one of the template's stages",
    "german": "(personas[2].pains): the 'de' text is missing or empty",
    "catalogue": "(measures[1].catalog): 'free_beer' is not one of the template's catalogue measures",
    "channel": "(touchpoints[1].channel): 'pigeon' is no known channel",
    "emotion": "(touchpoints[1].emotion): expected a whole number from -2 to 2, found 5",
    "metric": "(goals[2].metric): 'happiness' is no KPI",
    "goal_ref": "(measures[3].goals): 'world_peace' is not one of the template's goals",
    "duplicate": "(touchpoints[2]): the key 'insta' is used twice",
    "newer": "needs a newer version of Retention Planner (format 99",
}


@pytest.mark.parametrize("case", sorted(MESSAGES))
def test_a_damaged_template_is_named_where_it_is_broken_and_changes_nothing(tmp_path: Path, case: str) -> None:
    path = write(tmp_path, damaged(case))
    store = new_store(tmp_path)
    before = store.settings()
    with pytest.raises(TemplateError) as caught:
        apply_template(store, load_template(path), name="x", language="de")
    error = caught.value
    assert isinstance(error, PlannerError) and MESSAGES[case] in error.message, error.message
    assert "broken.json" in error.message and "nothing was changed" in error.hint
    assert store.settings() == before
    assert j.stages(store) == [] and store.personas() == [] and g.goals(store) == []
    # the list of templates shows the good ones and names the broken one
    templates, problems = available_templates([SHIPPED["salon.json"], path])
    assert [t.key for t in templates] == ["salon"]
    assert [p.params["file"] for p in problems] == ["broken.json"]
    store.close()


def test_a_failure_half_way_leaves_the_plan_as_it_was(tmp_path: Path, monkeypatch) -> None:
    """The disk fills while the seventh touchpoint is written: the stages, team and personas
    already inserted go too (one transaction)."""
    import planner.templates.apply as apply_module

    written: list[object] = []
    real = j.insert_touchpoint

    def failing(store, tp, position=None):
        if len(written) == 6:
            raise PlannerError("The disk is full.")
        written.append(tp)
        return real(store, tp, position)

    monkeypatch.setattr(apply_module.j, "insert_touchpoint", failing)
    store = new_store(tmp_path)
    before = store.settings()
    with pytest.raises(PlannerError, match="disk is full"):
        apply_template(store, load_template(SHIPPED["cafe.json"]), name="x", language="en")
    assert len(written) == 6
    assert store.settings() == before
    assert j.stages(store) == [] and j.team(store) == [] and store.personas() == [] and j.touchpoints(store) == []
    store.close()
    reopened = ProjectStore.open(tmp_path / "plan.rplan")
    assert j.stages(reopened) == []
    reopened.close()


def test_a_template_never_pours_over_a_plan_with_content(tmp_path: Path) -> None:
    store = new_store(tmp_path)
    j.start_new_plan(store, name="mine", language="en")
    with pytest.raises(PlannerError, match="only start a new plan"):
        apply_template(store, load_template(SHIPPED["studio.json"]), name="x", language="en")
    assert [s.name for s in j.stages(store)] == list(j.DEFAULT_STAGES["en"])
    store.close()


def test_a_new_kind_of_business_is_a_new_file(tmp_path: Path) -> None:
    """The smallest template: one stage, one role; everything else may be left out."""
    minimal = {
        "format": 1,
        "key": "bakery",
        "name": {"en": "Bakery", "de": "Bäckerei"},
        "summary": {"en": "Bread every morning.", "de": "Jeden Morgen Brot."},
        "stages": [{"key": "buy", "name": {"en": "Buy", "de": "Kaufen"}}],
        "team": [{"key": "owner", "name": {"en": "Owner", "de": "Inhaber"}, "role": {"en": "All", "de": "Alles"}}],
    }
    path = write(tmp_path, minimal, "bakery.json")
    templates, problems = available_templates([path, SHIPPED["cafe.json"]])
    assert problems == [] and [t.key for t in templates] == ["cafe", "bakery"]  # no order: after the shipped
    store = new_store(tmp_path)
    apply_template(store, templates[1], name="Brot", language="de")
    assert [s.name for s in j.stages(store)] == ["Kaufen"]
    assert store.settings().period == Period.MONTH  # the app's default where the file says nothing
    store.close()
