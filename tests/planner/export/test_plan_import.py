"""An edited plan workbook comes back (issue 13): exactly the cells changed in Excel become
changes, bad cells are named with their address and left out, deleted rows are offered,
a workbook of another plan is refused, and applying is undone exactly."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook, load_workbook

from planner.errors import PlannerError
from planner.export.plan_apply import apply_plan_import, undo_plan_import
from planner.export.plan_import import read_plan_import
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.journey import insert_member, insert_stage, insert_touchpoint, touchpoints
from planner.model import Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

ROOT = Path(__file__).resolve().parents[3]
TODAY = date(2026, 11, 23)


def _plan(tmp_path: Path, language: str = "en") -> ProjectStore:
    """Two goals, three measures, a touchpoint, a persona, two team members."""
    store = ProjectStore.create(tmp_path / "plan.rplan", ProjectSettings(name="Plan", language=language))
    anna = insert_member(store, TeamMember(name="Anna"))
    insert_member(store, TeamMember(name="Ben"))
    stage = insert_stage(store, Stage(name="Purchase"))
    insert_touchpoint(store, Touchpoint(stage_id=stage.id, name="Checkout", emotion=1, owner_id=anna.id))
    store.insert_persona(Persona(name="Petra", segment="regulars"))
    keep = g.GOALS.insert(
        store,
        Goal(title="Keep customers", baseline_value=80.0, target_value=90.0, deadline="2027-06-30", owner_id=anna.id),
    )
    calls = g.GOALS.insert(store, Goal(title="Fewer calls", metric="manual", unit="calls"))
    g.MEASURES.insert(store, Measure(title="Card", goal_ids=(keep.id,), status="planned", start="2027-01-01"))
    g.MEASURES.insert(store, Measure(title="Newsletter", goal_ids=(keep.id,), owner_id=anna.id, cost=500.0))
    g.MEASURES.insert(store, Measure(title="Hotline", goal_ids=(calls.id,), effort=2, impact=4))
    return store


def _export(store: ProjectStore, path: Path, language: str = "en") -> Path:
    write_plan_workbook(collect_plan(store, language, today=TODAY), path)
    return path


def _row_of(ws, title: str) -> int:
    return next(r for r in range(2, ws.max_row + 1) if title in (ws.cell(row=r, column=c).value for c in (2, 3)))


@pytest.mark.parametrize("language", ["en", "de"])
def test_an_unedited_workbook_gives_no_changes(tmp_path, language):
    store = _plan(tmp_path, language)
    found = read_plan_import(store, _export(store, tmp_path / "plan.xlsx", language))
    assert found.changes == [] and found.problems == []


def test_the_demo_comes_back_unchanged_in_both_languages(tmp_path):
    from planner.demo.project import fresh_demo_copy

    for language in ("en", "de"):
        store = fresh_demo_copy(language)
        try:
            found = read_plan_import(store, _export(store, tmp_path / f"demo-{language}.xlsx", language))
            assert found.changes == [] and found.problems == [], language
        finally:
            store.close()


def test_edits_in_excel_become_exactly_those_changes(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    goals, measures = wb["Goals"], wb["Measures"]
    headers = {c.value: c.column for c in goals[1]}
    # 1. the card's status, in the Measures sheet, with the word a German colleague would type
    m_headers = {c.value: c.column for c in measures[1]}
    measures.cell(row=_row_of(measures, "Card"), column=m_headers["Status"], value="aktiv")
    # 2. the goal's owner: Ben, an existing team member (case does not matter)
    goals.cell(row=_row_of(goals, "Keep customers"), column=headers["Owner"], value="ben")
    # 3. a new measure row under "Fewer calls" (no id): it serves that goal
    new_row = goals.max_row + 1
    goals.cell(row=new_row, column=2, value="Measure")
    goals.cell(row=new_row, column=3, value="Call-back service")
    goals.cell(row=new_row, column=headers["Cost"], value=250)
    # 4. the newsletter's row deleted in the Measures sheet
    measures.delete_rows(_row_of(measures, "Newsletter"))
    # 5. a date typed as text: left out, named by its cell
    bad_row = _row_of(measures, "Hotline")
    measures.cell(row=bad_row, column=m_headers["Start"], value="mid-March")
    wb.save(path)

    found = read_plan_import(store, path)
    summary = sorted((c.kind, c.table, c.field, c.old, c.new) for c in found.changes)
    assert summary == [
        ("add", "measure", None, None, "Call-back service"),
        ("delete", "measure", None, "Newsletter", None),
        ("update", "goal", "owner", "Anna", "Ben"),
        ("update", "measure", "status", "planned", "active"),
    ]
    start_letter = measures.cell(row=1, column=m_headers["Start"]).column_letter
    assert [(p.sheet, p.cell) for p in found.problems] == [("Measures", f"{start_letter}{bad_row}")]
    assert "mid-March" in found.problems[0].message and "not a date" in found.problems[0].message

    before = {m.id: m for m in g.measures(store)}
    undo = apply_plan_import(store, found.changes)
    after = {m.title: m for m in g.measures(store)}
    assert set(after) == {"Card", "Hotline", "Call-back service"}
    assert after["Card"].status == "active"
    calls = next(goal for goal in g.goals(store) if goal.title == "Fewer calls")
    assert after["Call-back service"].goal_ids == (calls.id,) and after["Call-back service"].cost == 250.0
    assert after["Hotline"].start == ""  # the bad date was left out
    assert next(goal for goal in g.goals(store) if goal.title == "Keep customers").owner_id == 2

    undo_plan_import(store, undo)
    assert {m.id: m for m in g.measures(store)} == before
    assert next(goal for goal in g.goals(store) if goal.title == "Keep customers").owner_id == 1


def test_a_new_owner_is_offered_as_a_team_member_and_new_goals_take_their_measures(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    goals = wb["Goals"]
    headers = {c.value: c.column for c in goals[1]}
    r = goals.max_row + 1
    goals.cell(row=r, column=2, value="Goal")
    goals.cell(row=r, column=3, value="More reviews")
    goals.cell(row=r, column=headers["Metric"], value="Von Hand erfasst")
    goals.cell(row=r, column=headers["Target"], value=50)
    goals.cell(row=r, column=headers["Deadline"], value=datetime(2027, 3, 31))
    goals.cell(row=r, column=headers["Owner"], value="Carla")
    goals.cell(row=r + 1, column=3, value="Ask after repair")  # no kind: a measure of the goal above
    goals.cell(row=r + 1, column=headers["Owner"], value="Carla")
    wb.save(path)

    found = read_plan_import(store, path)
    kinds = [(c.kind, c.table, c.new) for c in found.changes]
    assert kinds == [
        ("add", "member", "Carla"),
        ("add", "goal", "More reviews"),
        ("add", "measure", "Ask after repair"),
    ]
    apply_plan_import(store, found.changes)
    carla = next(m for m in __import__("planner.journey", fromlist=["team"]).team(store) if m.name == "Carla")
    goal = next(x for x in g.goals(store) if x.title == "More reviews")
    assert (goal.metric, goal.target_value, goal.deadline, goal.owner_id) == ("manual", 50.0, "2027-03-31", carla.id)
    measure = next(m for m in g.measures(store) if m.title == "Ask after repair")
    assert measure.goal_ids == (goal.id,) and measure.owner_id == carla.id


def test_a_new_member_not_chosen_leaves_the_owner_empty(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    measures = wb["Measures"]
    headers = {c.value: c.column for c in measures[1]}
    measures.cell(row=_row_of(measures, "Card"), column=headers["Owner"], value="Dora")
    wb.save(path)
    found = read_plan_import(store, path)
    assert [(c.kind, c.table) for c in found.changes] == [("add", "member"), ("update", "measure")]
    apply_plan_import(store, [c for c in found.changes if c.table != "member"])
    assert next(m for m in g.measures(store) if m.title == "Card").owner_id is None
    assert [m.name for m in __import__("planner.journey", fromlist=["team"]).team(store)] == ["Anna", "Ben"]


def test_bad_values_are_named_by_cell_and_the_rest_of_the_row_counts(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    measures, journey = wb["Measures"], wb["Journey"]
    h = {c.value: c.column for c in measures[1]}
    r = _row_of(measures, "Hotline")
    measures.cell(row=r, column=h["Status"], value="half done")  # unknown status
    measures.cell(row=r, column=h["Effort (1–5)"], value=7)  # out of range
    measures.cell(row=r, column=h["Cost"], value="1.250,50 €")  # German money text: fine
    measures.cell(row=r, column=h["Goals"], value="Fewer calls; Unknown goal")
    jh = {c.value: c.column for c in journey[1]}
    journey.cell(row=2, column=jh["Emotion (−2…+2)"], value="-1")
    wb.save(path)
    found = read_plan_import(store, path)
    assert sorted((c.field, c.new) for c in found.changes) == [("cost", 1250.5), ("emotion", -1)]
    messages = {p.cell: p.message for p in found.problems}
    assert set(messages) == {
        f"{measures.cell(row=1, column=h[k]).column_letter}{r}" for k in ("Status", "Effort (1–5)", "Goals")
    }
    assert any("half done" in m for m in messages.values())
    assert any("Unknown goal" in m for m in messages.values())


def test_a_foreign_or_other_plans_workbook_is_refused_and_nothing_changes(tmp_path):
    store = _plan(tmp_path)
    other = ProjectStore.create(tmp_path / "other.rplan", ProjectSettings(name="Other"))
    other_path = _export(other, tmp_path / "other.xlsx")
    # same second of creation is possible in a test: make the stamps differ for sure
    wb = load_workbook(other_path)
    wb.worksheets[-1]["E2"] = "2020-01-01T00:00:00+00:00"
    wb.save(other_path)
    with pytest.raises(PlannerError, match="another plan"):
        read_plan_import(store, other_path)
    foreign = tmp_path / "sales.xlsx"
    wb = Workbook()
    wb.active.append(["customer", "date", "amount"])
    wb.save(foreign)
    with pytest.raises(PlannerError, match="not a plan workbook"):
        read_plan_import(store, foreign)
    text = tmp_path / "notes.xlsx"
    text.write_text("not a zip")
    with pytest.raises(PlannerError, match="cannot be read"):
        read_plan_import(store, text)


def test_a_missing_sheet_deletes_nothing(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    del wb["Journey"]
    wb.save(path)
    found = read_plan_import(store, path)
    assert found.changes == []
    assert [p.sheet for p in found.problems] == ["Journey"]
    assert len(touchpoints(store)) == 1


def test_a_copied_row_is_a_new_record(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    wb = load_workbook(path)
    personas = wb["Personas"]
    personas.append([cell.value for cell in personas[2]][:1] + ["Paul", "new customers"])
    wb.save(path)
    found = read_plan_import(store, path)
    assert [(c.kind, c.table, c.new) for c in found.changes] == [("add", "persona", "Paul")]


def test_the_command_line_lists_changes_as_json_and_applies_only_when_asked(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx")
    store.close()
    wb = load_workbook(path)
    goals = wb["Goals"]
    headers = {c.value: c.column for c in goals[1]}
    goals.cell(row=_row_of(goals, "Keep customers"), column=headers["Target"], value=92)
    measures = wb["Measures"]
    m_headers = {c.value: c.column for c in measures[1]}
    measures.cell(row=_row_of(measures, "Card"), column=m_headers["End"], value="sometime")
    wb.save(path)
    command = [sys.executable, "-m", "retention_planner", "import-plan", str(tmp_path / "plan.rplan"), str(path)]
    listed = subprocess.run([*command, "--json"], capture_output=True, text=True, cwd=ROOT, check=True)
    result = json.loads(listed.stdout)
    assert result["changes"] == [
        {
            "sheet": "Goals",
            "row": 2,
            "id": "g1",
            "field": "target",
            "old": 90.0,
            "new": 92.0,
            "kind": "update",
            "conflict": False,
        }
    ]
    end_column = measures.cell(row=1, column=m_headers["End"]).column_letter
    assert [(p["sheet"], p["cell"], p["code"]) for p in result["problems"]] == [
        ("Measures", f"{end_column}{_row_of(measures, 'Card')}", "not_a_date")
    ]
    reopened = ProjectStore.open(tmp_path / "plan.rplan")
    assert g.goals(reopened)[0].target_value == 90.0  # not applied without --apply
    reopened.close()
    shown = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, check=True)
    assert "target: 90 -> 92" in shown.stdout  # whole numbers as a reader writes them
    applied = subprocess.run([*command, "--apply"], capture_output=True, text=True, cwd=ROOT, check=True)
    assert "1 changes applied" in applied.stdout
    reopened = ProjectStore.open(tmp_path / "plan.rplan")
    assert g.goals(reopened)[0].target_value == 92.0
    reopened.close()


def test_the_demo_exported_from_the_command_line_comes_back(tmp_path):
    out = tmp_path / "demo.xlsx"
    run = [sys.executable, "-m", "retention_planner"]
    subprocess.run([*run, "export", "--demo", "--xlsx", str(out), "--lang", "de"], cwd=ROOT, check=True)
    listed = subprocess.run(
        [*run, "import-plan", "--demo", str(out), "--json"], check=False, capture_output=True, text=True, cwd=ROOT
    )
    assert listed.returncode == 0, listed.stderr
    assert json.loads(listed.stdout) == {"changes": [], "problems": [], "older": 0}


def test_a_goals_segment_is_shown_and_comes_back_unchanged(tmp_path):
    from planner.demo.project import fresh_demo_copy
    from planner.export.plan_records import GOAL_COLUMNS

    store = fresh_demo_copy("de")
    try:
        goal = next(x for x in g.goals(store) if x.metric == "retention_rate")
        g.GOALS.update(store, goal.id, segment_column="channel", segment_value="Online-Shop")
        path = _export(store, tmp_path / "plan.xlsx", "de")
        sheet = load_workbook(path).worksheets[1]
        column = GOAL_COLUMNS.index("measured_on") + 1
        assert sheet.cell(row=1, column=column).value == "Gemessen an"
        row = next(r for r in range(2, sheet.max_row + 1) if sheet.cell(row=r, column=1).value == f"g{goal.id}")
        assert sheet.cell(row=row, column=column).value == "Kanal = Online-Shop"
        found = read_plan_import(store, path)
        assert found.changes == [] and found.problems == []
    finally:
        store.close()


def test_the_demo_saved_as_an_own_plan_refuses_workbooks_of_other_demo_copies(tmp_path):
    """Issue 29 item 7: every demo copy carries the demo's creation stamp, so without a
    fresh identity a workbook from Anna's plan (saved from the demo) would be applied to
    Ben's plan (also saved from the demo). Saving as an own plan gives each its own stamp;
    a workbook still comes back into the plan it came from."""
    from planner.demo.project import fresh_demo_copy

    plans = []
    for name in ("anna", "ben"):
        demo = fresh_demo_copy("en")
        demo.save_as(tmp_path / f"{name}.rplan", own_identity=True)
        plans.append(demo)
    anna, ben = plans
    try:
        assert anna.settings().created != ben.settings().created
        workbook = _export(anna, tmp_path / "anna.xlsx")
        assert read_plan_import(anna, workbook).changes == []
        with pytest.raises(PlannerError) as refused:
            read_plan_import(ben, workbook)
        assert refused.value.code == "other_plan"
    finally:
        anna.close()
        ben.close()


def test_a_plain_save_as_keeps_the_identity(tmp_path):
    """Save as of an own plan is the same plan in a new place: its workbooks still fit."""
    store = ProjectStore.create(tmp_path / "a.rplan", ProjectSettings(name="A"))
    created = store.settings().created
    store.save_as(tmp_path / "b.rplan")
    try:
        assert store.settings().created == created
    finally:
        store.close()
