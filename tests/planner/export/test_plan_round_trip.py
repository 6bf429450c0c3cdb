"""The consultant's round trip (issue 28): export the plan, the owner edits the workbook in
both sheets, it comes back; the same file again changes nothing; a later version of it
gives only the later edits; a change made in the plan meanwhile is kept, one made in both
is asked about; units and check-ins come back; read-only cells are named, never read."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import load_workbook

from planner.export.plan_apply import apply_plan_import, undo_plan_import
from planner.export.plan_import import PlanImport, read_plan_import
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.journey import insert_member, insert_stage, insert_touchpoint, team
from planner.model import CheckIn, Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

TODAY = date(2026, 11, 23)
WORDS = {
    "en": {
        "Goals": "Goals",
        "Measures": "Measures",
        "Check-ins": "Check-ins",
        "Status": "Status",
        "Owner": "Owner",
        "Target": "Target",
        "Start": "Start",
        "Cost": "Cost",
        "Title": "Title",
        "Unit": "Unit",
        "Goal": "Goal",
        "Date": "Date",
        "Value": "Value",
        "Note": "Note",
        "planned": "planned",
        "active": "active",
        "done": "done",
        "idea": "idea",
        "Description": "Description",
    },
    "de": {
        "Goals": "Ziele",
        "Measures": "Maßnahmen",
        "Check-ins": "Check-ins",
        "Status": "Status",
        "Owner": "Verantwortlich",
        "Target": "Zielwert",
        "Start": "Start",
        "Cost": "Kosten",
        "Title": "Titel",
        "Unit": "Einheit",
        "Goal": "Ziel",
        "Date": "Datum",
        "Value": "Wert",
        "Note": "Notiz",
        "planned": "geplant",
        "active": "aktiv",
        "done": "erledigt",
        "idea": "Idee",
        "Description": "Beschreibung",
    },
}


def _plan(tmp_path: Path, language: str = "en") -> ProjectStore:
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
    calls = g.GOALS.insert(store, Goal(title="Fewer calls", metric="manual", unit="calls", target_value=20.0))
    g.MEASURES.insert(
        store, Measure(title="Card", goal_ids=(keep.id,), status="planned", start="2027-01-01", owner_id=anna.id)
    )
    g.MEASURES.insert(store, Measure(title="Newsletter", goal_ids=(keep.id, calls.id), owner_id=anna.id, cost=500.0))
    g.MEASURES.insert(store, Measure(title="Hotline", goal_ids=(calls.id,), effort=2, impact=4))
    g.add_checkin(store, CheckIn(kind="goal", target_id=calls.id, date="2026-09-30", value=40.0, note="September"))
    g.add_checkin(store, CheckIn(kind="goal", target_id=calls.id, date="2026-10-31", value=35.0))
    return store


def _export(store: ProjectStore, path: Path, language: str) -> Path:
    write_plan_workbook(collect_plan(store, language, today=TODAY), path)
    return path


class Book:
    """An exported workbook as the owner edits it: cells found by title and header."""

    def __init__(self, path: Path, language: str) -> None:
        self.path, self.words = path, WORDS[language]
        self.wb = load_workbook(path)

    def sheet(self, name: str):
        return self.wb[self.words[name]]

    def column(self, sheet: str, header: str) -> int:
        ws = self.sheet(sheet)
        return next(c.column for c in ws[1] if c.value == self.words[header])

    def row(self, sheet: str, title: str) -> int:
        ws = self.sheet(sheet)
        return next(r for r in range(2, ws.max_row + 1) if title in (c.value for c in ws[r]))

    def set(self, sheet: str, title: str, header: str, value: object) -> None:
        self.sheet(sheet).cell(row=self.row(sheet, title), column=self.column(sheet, header), value=value)

    def get(self, sheet: str, title: str, header: str) -> object:
        return self.sheet(sheet).cell(row=self.row(sheet, title), column=self.column(sheet, header)).value

    def add_row(self, sheet: str, values: dict[str, object]) -> None:
        ws = self.sheet(sheet)
        r = ws.max_row + 1
        for header, value in values.items():
            ws.cell(row=r, column=self.column(sheet, header), value=value)

    def save(self) -> Path:
        self.wb.save(self.path)
        return self.path


def _summary(found: PlanImport) -> list[tuple]:
    return sorted((c.kind, c.table, c.field or "", str(c.old), str(c.new), c.conflict) for c in found.changes)


def _apply_as_offered(store: ProjectStore, found: PlanImport) -> list:
    """As the preview offers it: everything ticked except the changes made in both."""
    return apply_plan_import(store, [c for c in found.changes if not c.conflict], found)


def _measure(store: ProjectStore, title: str) -> Measure:
    return next(m for m in g.measures(store) if m.title == title)


@pytest.mark.parametrize("language", ["en", "de"])
def test_the_consultants_round_trip(tmp_path, language):
    w = WORDS[language]
    store = _plan(tmp_path, language)
    path = _export(store, tmp_path / "plan.xlsx", language)
    # the owner edits both sheets a week later
    book = Book(path, language)
    book.set("Measures", "Card", "Status", w["active"])
    book.set("Measures", "Card", "Owner", "Lena")  # a new team member
    book.set("Goals", "Keep customers", "Target", 92)
    book.set("Goals", "Fewer calls", "Unit", "calls a week")
    book.set("Measures", "Hotline", "Start", "nach Ostern")
    book.add_row("Measures", {"Title": "Call-back service", "Cost": 250, "Status": w["idea"]})
    book.add_row("Check-ins", {"Goal": "Fewer calls", "Date": datetime(2026, 11, 30), "Value": 31})
    book.save()

    first = read_plan_import(store, path)
    assert _summary(first) == sorted(
        [
            ("add", "member", "owner", "None", "Lena", False),
            ("add", "measure", "", "None", "Call-back service", False),
            ("add", "checkin", "", "None", "Fewer calls 2026-11-30: 31.0", False),
            ("update", "measure", "status", w["planned"], w["active"], False),
            ("update", "measure", "owner", "Anna", "Lena", False),
            ("update", "goal", "target", "90.0", "92.0", False),
            ("update", "goal", "unit", "calls", "calls a week", False),
        ]
    )
    assert [(p.code, p.params.get("value"), p.outcome) for p in first.problems] == [
        ("not_a_date", "nach Ostern", "cell")
    ]
    _apply_as_offered(store, first)
    lena = next(m for m in team(store) if m.name == "Lena")
    assert (_measure(store, "Card").status, _measure(store, "Card").owner_id) == ("active", lena.id)
    assert _measure(store, "Call-back service").cost == 250.0
    calls = next(x for x in g.goals(store) if x.title == "Fewer calls")
    assert calls.unit == "calls a week"
    assert [c.value for c in g.checkins(store, "goal", calls.id)] == [40.0, 35.0, 31.0]

    # the same workbook again: nothing to do (the bad date is named again, not a change)
    again = read_plan_import(store, path)
    assert again.changes == []
    assert [p.code for p in again.problems] == ["not_a_date"]

    # meanwhile the consultant changes the plan: kept, the workbook did not touch it
    g.MEASURES.update(store, _measure(store, "Newsletter").id, owner_id=2, cost=650.0)
    # the owner goes on editing the same file, sorts it, moves a column, and sends it again
    book = Book(path, language)
    book.set("Measures", "Call-back service", "Status", w["planned"])  # the row the first import added
    book.set("Measures", "Card", "Cost", 120)
    book.set("Measures", "Hotline", "Start", datetime(2027, 4, 6))  # the date written as a date now
    ws = book.sheet("Measures")
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    for r, values in enumerate(sorted(rows, key=lambda v: str(v[1]), reverse=True), start=2):
        for c, value in enumerate(values, start=1):
            ws.cell(row=r, column=c).value = value  # cell(value=None) would leave the old value
    ws.move_range(f"C1:C{ws.max_row}", cols=ws.max_column)  # the description column to the far right
    book.save()

    later = read_plan_import(store, path)
    assert _summary(later) == sorted(
        [
            ("update", "measure", "status", w["idea"], w["planned"], False),
            ("update", "measure", "cost", "None", "120.0", False),
            ("update", "measure", "start", "", "2027-04-06", False),
        ]
    )
    assert later.problems == []
    _apply_as_offered(store, later)
    assert _measure(store, "Call-back service").status == "planned"
    assert (_measure(store, "Newsletter").owner_id, _measure(store, "Newsletter").cost) == (2, 650.0)
    assert len(g.measures(store)) == 4
    assert read_plan_import(store, path).changes == []


def test_a_field_changed_in_both_is_asked_and_the_answer_remembered(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    book = Book(path, "en")
    book.set("Measures", "Card", "Status", "active")
    book.set("Measures", "Card", "Cost", 99)
    book.save()
    g.MEASURES.update(store, _measure(store, "Card").id, status="done")  # the plan, meanwhile
    found = read_plan_import(store, path)
    status = next(c for c in found.changes if c.field == "status")
    assert status.conflict and (status.before, status.after, status.exported) == ("done", "active", "planned")
    assert not next(c for c in found.changes if c.field == "cost").conflict
    _apply_as_offered(store, found)  # the plan's value stays
    assert (_measure(store, "Card").status, _measure(store, "Card").cost) == ("done", 99.0)
    assert read_plan_import(store, path).changes == []


def test_undo_forgets_what_the_import_took_in(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    book = Book(path, "en")
    book.add_row("Measures", {"Title": "Loyalty app"})
    book.set("Goals", "Keep customers", "Target", 95)
    book.save()
    found = read_plan_import(store, path)
    steps = apply_plan_import(store, found.changes, found)
    assert read_plan_import(store, path).changes == []
    undo_plan_import(store, steps)
    assert "Loyalty app" not in {m.title for m in g.measures(store)}
    assert _summary(read_plan_import(store, path)) == _summary(found)


def test_deleted_rows_and_records_added_in_the_plan_since(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    g.MEASURES.insert(store, Measure(title="Added in the plan after the export"))
    book = Book(path, "en")
    book.sheet("Measures").delete_rows(book.row("Measures", "Hotline"))
    book.sheet("Check-ins").delete_rows(book.row("Check-ins", "September"))
    book.save()
    found = read_plan_import(store, path)
    assert _summary(found) == [
        ("delete", "checkin", "", "Fewer calls 2026-09-30: 40.0", "None", False),
        ("delete", "measure", "", "Hotline", "None", False),
    ]
    apply_plan_import(store, [c for c in found.changes if c.table == "checkin"], found)  # the measure stays
    assert "Hotline" in {m.title for m in g.measures(store)}
    assert read_plan_import(store, path).changes == []  # the deletion left unticked is not offered again


def test_a_record_the_plan_changed_and_the_workbook_deleted_is_asked(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    g.MEASURES.update(store, _measure(store, "Hotline").id, cost=75.0)
    book = Book(path, "en")
    book.sheet("Measures").delete_rows(book.row("Measures", "Hotline"))
    book.save()
    (change,) = read_plan_import(store, path).changes
    assert (change.kind, change.conflict) == ("delete", True)


def test_units_and_check_ins_are_written_and_come_back(tmp_path):
    store = _plan(tmp_path, "de")
    path = _export(store, tmp_path / "plan.xlsx", "de")
    book = Book(path, "de")
    assert book.get("Goals", "Fewer calls", "Unit") == "calls"
    checkins = book.sheet("Check-ins")
    assert [c.value for c in checkins[1]][1:] == ["Ziel", "Datum", "Wert", "Einheit", "Notiz"]
    assert checkins.cell(row=2, column=3).value == datetime(2026, 9, 30) and checkins.cell(row=2, column=4).value == 40
    assert read_plan_import(store, path).changes == []
    book.set("Check-ins", "September", "Value", "38,5")
    book.set("Check-ins", "September", "Note", "September, counted again")
    book.add_row("Check-ins", {"Goal": "Fewer calls", "Date": "30.11.2026", "Value": 30})
    book.add_row("Check-ins", {"Goal": "No such goal", "Date": "30.11.2026", "Value": 30})
    book.save()
    found = read_plan_import(store, path)
    assert _summary(found) == [
        ("add", "checkin", "", "None", "Fewer calls 2026-11-30: 30.0", False),
        ("update", "checkin", "note", "September", "September, counted again", False),
        ("update", "checkin", "value", "40.0", "38.5", False),
    ]
    assert [(p.code, p.outcome) for p in found.problems] == [("unknown_name", "row")]
    apply_plan_import(store, found.changes, found)
    calls = next(x for x in g.goals(store) if x.title == "Fewer calls")
    assert [(c.date, c.value) for c in g.checkins(store, "goal", calls.id)] == [
        ("2026-09-30", 38.5),
        ("2026-10-31", 35.0),
        ("2026-11-30", 30.0),
    ]
    assert read_plan_import(store, path).changes == []


def test_read_only_cells_are_marked_named_and_never_read(tmp_path):
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    book = Book(path, "en")
    goals = book.sheet("Goals")
    card = book.row("Goals", "Card")
    status = book.column("Goals", "Status")
    assert goals.cell(row=card, column=status).fill.fgColor.rgb.endswith("E4E4E4")  # grey
    assert "Measures sheet" in goals.cell(row=card, column=book.column("Goals", "Title")).comment.text
    progress = next(c for c in goals[1] if c.value == "Progress")
    assert "not read back" in progress.comment.text
    goals.cell(row=card, column=status, value="stopped")
    book.save()
    found = read_plan_import(store, path)
    assert found.changes == []
    assert [(p.code, p.params["where"]) for p in found.problems] == [("read_only", "measures")]
    assert "edit it in the Measures sheet" in found.problems[0].message


def test_a_workbook_without_its_exported_values_still_comes_back(tmp_path):
    """An export of an older version, or the hidden sheet deleted: every cell that differs
    from the plan counts, as before."""
    store = _plan(tmp_path)
    path = _export(store, tmp_path / "plan.xlsx", "en")
    book = Book(path, "en")
    del book.wb["As exported"]
    book.set("Measures", "Card", "Cost", 42)
    book.save()
    assert _summary(read_plan_import(store, path)) == [("update", "measure", "cost", "None", "42.0", False)]


def _saved_at(path: Path, when: str) -> Path:
    """Set the workbook's save time (its docProps/core.xml), as Excel writes it on saving:
    openpyxl stamps the current second, too coarse for versions saved within one test."""
    import re
    import zipfile

    parts = {}
    with zipfile.ZipFile(path) as zf:
        for info in zf.infolist():
            parts[info.filename] = zf.read(info)
    core = parts["docProps/core.xml"].decode()
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{when}\g<2>", core)
    parts["docProps/core.xml"] = core.encode()
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, data in parts.items():
            zf.writestr(name, data)
    return path


def test_an_older_version_of_the_workbook_undoes_nothing(tmp_path):
    """The owner sends the untouched export, or the first edit again, after the second edit
    was taken in: nothing the later one brought is offered back. Worked through: the export
    has Card planned/Anna, cost blank; edit 1 makes Card active and adds "Call-back"; edit 2
    sets Card's cost to 120, renames "Call-back" to "Call-back service" and deletes the
    Hotline. Each older file holds values the plan replaced since (Card planned, no cost,
    "Call-back", the Hotline row, no "Call-back" row at all): old copies, not edits."""
    import shutil

    store = _plan(tmp_path)
    export = _export(store, tmp_path / "export.xlsx", "en")
    _saved_at(export, "2026-11-23T09:00:00Z")
    first = shutil.copy(export, tmp_path / "edit1.xlsx")
    book = Book(first, "en")
    book.set("Measures", "Card", "Status", "active")
    book.add_row("Measures", {"Title": "Call-back", "Cost": 250, "Status": "idea"})
    _saved_at(book.save(), "2026-11-30T10:00:00Z")
    _apply_as_offered(store, read_plan_import(store, first))
    second = shutil.copy(first, tmp_path / "edit2.xlsx")
    book = Book(second, "en")
    book.set("Measures", "Card", "Cost", 120)
    book.set("Measures", "Call-back", "Title", "Call-back service")
    book.sheet("Measures").delete_rows(book.row("Measures", "Hotline"))
    _saved_at(book.save(), "2026-12-07T11:00:00Z")
    found = read_plan_import(store, second)
    assert _summary(found) == [
        ("delete", "measure", "", "Hotline", "None", False),
        ("update", "measure", "cost", "None", "120.0", False),
        ("update", "measure", "title", "Call-back", "Call-back service", False),
    ]
    _apply_as_offered(store, found)
    plan = sorted((m.title, m.status, m.cost) for m in g.measures(store))

    for older in (export, first):
        found = read_plan_import(store, older)
        assert found.changes == [], older.name
        assert found.older >= 2  # named in the preview, not silently
        assert sorted((m.title, m.status, m.cost) for m in g.measures(store)) == plan

    # a third version, saved later, sets Card back to planned on purpose: that is an edit
    third = shutil.copy(second, tmp_path / "edit3.xlsx")
    book = Book(third, "en")
    book.set("Measures", "Card", "Status", "planned")
    _saved_at(book.save(), "2026-12-14T08:00:00Z")
    assert _summary(read_plan_import(store, third)) == [("update", "measure", "status", "active", "planned", False)]


def test_a_personas_age_situation_and_quote_go_out_and_come_back(tmp_path):
    """Issue 34: the Personas sheet is where a persona's age, situation and quote are edited.
    Petra has none; the owner types them in the German workbook: three changes, taken in."""
    store = _plan(tmp_path, "de")
    path = _export(store, tmp_path / "plan.xlsx", "de")
    wb = load_workbook(path)
    ws = wb["Personas"]
    header = [c.value for c in ws[1]]
    assert header[1:7] == ["Name", "Segment", "Alter", "Situation", "Zitat", "Ziele"]
    row = next(r for r in range(2, ws.max_row + 1) if ws.cell(row=r, column=2).value == "Petra")
    for name, value in (("Alter", "52"), ("Situation", "Büro, zwei Kinder"), ("Zitat", "Ich will nicht suchen.")):
        ws.cell(row=row, column=header.index(name) + 1, value=value)
    wb.save(path)
    found = read_plan_import(store, path)
    assert _summary(found) == [
        ("update", "persona", "age", "", "52", False),
        ("update", "persona", "quote", "", "Ich will nicht suchen.", False),
        ("update", "persona", "situation", "", "Büro, zwei Kinder", False),
    ]
    apply_plan_import(store, found.changes, found)
    petra = next(p for p in store.personas() if p.name == "Petra")
    assert (petra.age, petra.situation, petra.quote) == ("52", "Büro, zwei Kinder", "Ich will nicht suchen.")
    assert read_plan_import(store, path).changes == []
