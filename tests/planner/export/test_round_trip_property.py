"""The round trip as a property (issue 28): for any plan and any edits to its exported
workbook (cells in any sheet, rows added, rows sorted, columns moved) and to the plan
meanwhile, the import offers exactly the workbook's edits; applied as offered (a field
changed on both sides keeps the plan's value) the plan holds the workbook's edits and its
own; the same workbook again offers nothing; a later version of it offers only what was
edited since."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook

from planner.export import plan_texts as tx
from planner.export.plan_apply import apply_plan_import
from planner.export.plan_import import read_plan_import
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.goals import goal_table as g
from planner.journey import insert_member, insert_stage, insert_touchpoint, touchpoints, update_touchpoint
from planner.model import CheckIn, Goal, Measure, Persona, ProjectSettings, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

MEMBERS = ("Anna", "Ben", "Carla")
WORDS = ("alpha", "beta", "gamma", "Übergabe", "=1+1", "-minus", "two words", "x")
# (sheet, table, column, attribute, kind): the fields the edits touch
FIELDS = [
    ("goals", "goal", "unit", "unit", "text"),
    ("goals", "goal", "target", "target_value", "number"),
    ("goals", "goal", "deadline", "deadline", "date"),
    ("goals", "goal", "owner", "owner_id", "owner"),
    ("goals", "goal", "status", "status", "goal_status"),
    ("measures", "measure", "title", "title", "title"),
    ("measures", "measure", "description", "description", "text"),
    ("measures", "measure", "cost", "cost", "number"),
    ("measures", "measure", "status", "status", "measure_status"),
    ("measures", "measure", "owner", "owner_id", "owner"),
    ("measures", "measure", "start", "start", "date"),
    ("measures", "measure", "effort", "effort", "score"),
    ("checkins", "checkin", "value", "value", "number"),
    ("checkins", "checkin", "note", "note", "text"),
    ("checkins", "checkin", "date", "date", "date"),
    ("journey", "touchpoint", "touchpoint", "name", "title"),
    ("journey", "touchpoint", "emotion", "emotion", "emotion"),
    ("personas", "persona", "name", "name", "title"),
    ("personas", "persona", "segment", "segment", "text"),
]
STATUS = {"goal_status": tx.GOAL_STATUS, "measure_status": tx.MEASURE_STATUS}


@dataclass
class Plan:
    goals: int
    measures: list[tuple[int, ...]]  # each measure's goals (indexes)
    checkins: list[int]  # each check-in's goal (index)
    touchpoints: int
    personas: int


def value_for(kind: str) -> st.SearchStrategy[Any]:
    """A model value of a field kind (titles get a unique suffix where they are used)."""
    return {
        "text": st.sampled_from(WORDS),
        "title": st.sampled_from(WORDS),
        "number": st.integers(0, 500).map(lambda n: n / 2),
        "date": st.dates(date(2025, 1, 1), date(2028, 12, 31)).map(date.isoformat),
        "owner": st.sampled_from((1, 2, 3)),
        "goal_status": st.sampled_from(tuple(tx.GOAL_STATUS)),
        "measure_status": st.sampled_from(tuple(tx.MEASURE_STATUS)),
        "score": st.integers(1, 5),
        "emotion": st.integers(-2, 2),
    }[kind]


@st.composite
def plans(draw) -> Plan:
    goals = draw(st.integers(1, 3))
    measures = draw(st.lists(st.sets(st.integers(0, goals - 1), max_size=2).map(tuple), max_size=4))
    checkins = draw(st.lists(st.integers(0, goals - 1), max_size=3))
    return Plan(goals, measures, checkins, draw(st.integers(0, 2)), draw(st.integers(0, 2)))


@dataclass
class Edit:
    what: str  # "cell", "read_only", "add", "sort", "move", "plan"
    field: int = 0  # index into FIELDS
    record: int = 0  # index among the records of the field's table
    value: Any = None


edits = st.one_of(
    st.builds(
        Edit,
        st.just("cell"),
        st.integers(0, len(FIELDS) - 1),
        st.integers(0, 5),
        st.none(),
    ),
    st.builds(Edit, st.just("read_only"), st.just(0), st.integers(0, 5), st.sampled_from(WORDS)),
    st.builds(Edit, st.just("add"), st.sampled_from((0, 1, 2)), st.just(0), st.sampled_from(WORDS)),
    st.builds(Edit, st.just("sort"), st.integers(0, 4), st.integers(1, 6), st.booleans()),
    st.builds(Edit, st.just("move"), st.integers(0, 4), st.integers(1, 20), st.integers(1, 20)),
    st.builds(Edit, st.just("plan"), st.integers(0, len(FIELDS) - 1), st.integers(0, 5), st.none()),
)


def _make(folder: Path, plan: Plan, language: str) -> ProjectStore:
    store = ProjectStore.create(folder / "plan.rplan", ProjectSettings(name="P", language=language))
    for name in MEMBERS:
        insert_member(store, TeamMember(name=name))
    stage = insert_stage(store, Stage(name="Purchase"))
    goals = [
        g.GOALS.insert(store, Goal(title=f"Goal {i}", metric="manual", unit="u", target_value=10.0 + i))
        for i in range(plan.goals)
    ]
    for i, links in enumerate(plan.measures):
        g.MEASURES.insert(store, Measure(title=f"Measure {i}", goal_ids=tuple(goals[k].id for k in sorted(links))))
    for i, k in enumerate(plan.checkins):
        g.add_checkin(store, CheckIn(kind="goal", target_id=goals[k].id, date=f"2026-0{i + 1}-15", value=float(i)))
    for i in range(plan.touchpoints):
        insert_touchpoint(store, Touchpoint(stage_id=stage.id, name=f"Touchpoint {i}"))
    for i in range(plan.personas):
        store.insert_persona(Persona(name=f"Persona {i}"))
    return store


def _records(store: ProjectStore, table: str) -> list[Any]:
    return {
        "goal": lambda: g.goals(store),
        "measure": lambda: g.measures(store),
        "checkin": lambda: g.goal_checkins(store),
        "touchpoint": lambda: touchpoints(store),
        "persona": store.personas,
    }[table]()


def _snapshot(store: ProjectStore) -> dict[tuple[str, int, str], Any]:
    return {
        (table, record.id, attr): getattr(record, attr)
        for _sheet, table, _column, attr, _kind in FIELDS
        for record in _records(store, table)
    }


def _update(store: ProjectStore, table: str, record_id: int, attr: str, value: Any) -> None:
    if table == "goal":
        g.GOALS.update(store, record_id, **{attr: value})
    elif table == "measure":
        g.MEASURES.update(store, record_id, **{attr: value})
    elif table == "checkin":
        g.update_checkin(store, record_id, **{attr: value})
    elif table == "touchpoint":
        update_touchpoint(store, record_id, **{attr: value})
    else:
        store.update_persona(record_id, **{attr: value})


def _put(cell, value: Any) -> None:
    """A value as typed: text stays text, even when it starts with "=" (Excel would show an
    error for such a formula; the exported workbook writes it as text)."""
    cell.value = value
    if isinstance(value, str):
        cell.data_type = "s"


class Book:
    """The exported workbook, edited as a user would, cells found by header and id."""

    def __init__(self, path: Path, language: str) -> None:
        self.path, self.language = path, language
        self.wb = load_workbook(path)

    def ws(self, sheet: str):
        return self.wb[tx.pick(tx.SHEETS[sheet], self.language)]

    def column(self, sheet: str, key: str) -> int:
        names = set(tx.HEADERS[key])
        return next(c.column for c in self.ws(sheet)[1] if c.value in names)

    def row(self, sheet: str, row_id: str) -> int | None:
        ws, c = self.ws(sheet), self.column(sheet, "id")
        return next((r for r in range(2, ws.max_row + 1) if str(ws.cell(row=r, column=c).value) == row_id), None)

    def cell(self, kind: str, value: Any) -> Any:
        if kind in STATUS:
            return tx.pick(STATUS[kind][value], self.language)
        if kind == "owner":
            return MEMBERS[value - 1]
        if kind == "date":
            return datetime.fromisoformat(value)
        return value

    def sort(self, sheet: str, column: int, reverse: bool) -> None:
        ws = self.ws(sheet)
        rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2, max_col=ws.max_column)]
        column = min(column, ws.max_column)
        rows.sort(key=lambda v: str(v[column - 1]), reverse=reverse)
        for r, values in enumerate(rows, start=2):
            for c, value in enumerate(values, start=1):
                _put(ws.cell(row=r, column=c), value)

    def move(self, sheet: str, a: int, b: int) -> None:
        """Swap two columns, headers and all, with their cells' formats as Excel moves them
        (a number left under a date column's format would read back as a date)."""
        ws = self.ws(sheet)
        a, b = min(a, ws.max_column), min(b, ws.max_column)
        for r in range(1, ws.max_row + 1):
            first, second = ws.cell(row=r, column=a), ws.cell(row=r, column=b)
            one, other = first.value, second.value
            formats = first.number_format, second.number_format
            _put(first, other)
            _put(second, one)
            first.number_format, second.number_format = formats[1], formats[0]

    def add(self, sheet: str, values: dict[str, Any]) -> None:
        ws = self.ws(sheet)
        r = ws.max_row + 1
        for key, value in values.items():
            _put(ws.cell(row=r, column=self.column(sheet, key)), value)

    def save(self) -> Path:
        self.wb.save(self.path)
        return self.path


SHEETS = ("goals", "measures", "checkins", "journey", "personas")


def _edit_round(store, book: Book, steps: list[Edit], draw_value, counter: list[int], typed: dict) -> dict:
    """Run the edits (the plan's go straight into it); returns the workbook's edits
    {(table, id, attr): value}."""
    workbook: dict[tuple[str, int, str], Any] = {}
    for step in steps:
        if step.what in ("cell", "plan"):
            sheet, table, column, attr, kind = FIELDS[step.field]
            records = _records(store, table)
            if not records:
                continue
            record = records[step.record % len(records)]
            value = draw_value(kind)
            if kind == "title":
                counter[0] += 1
                value = f"{value} {counter[0]}"  # titles stay unique
            if step.what == "plan":
                _update(store, table, record.id, attr, value)
                continue
            row = book.row(sheet, f"g{record.id}" if table == "goal" else str(record.id))
            if row is None:
                continue
            _put(book.ws(sheet).cell(row=row, column=book.column(sheet, column)), book.cell(kind, value))
            workbook[(table, record.id, attr)] = value
        elif step.what == "read_only":
            measures = g.measures(store)
            row = measures and book.row("goals", f"m{measures[step.record % len(measures)].id}")
            if row:
                _put(book.ws("goals").cell(row=row, column=book.column("goals", "status")), step.value)
        elif step.what == "add":
            counter[0] += 1
            title = f"{step.value} new {counter[0]}"
            if step.field == 0:
                book.add("measures", {"title": title, "cost": float(counter[0]), "description": step.value})
                typed[("measure", title)] = {"cost": float(counter[0]), "description": step.value}
            elif step.field == 1:
                book.add("personas", {"name": title, "segment": step.value})
                typed[("persona", title)] = {"segment": step.value}
            else:
                goal = g.goals(store)[0]
                if (goal.title != f"Goal {0}") or any(k[0] == "goal" and k[2] == "title" for k in workbook):
                    continue
                book.add("checkins", {"goal": goal.title, "date": datetime(2027, 1, 1), "value": 1000 + counter[0]})
                typed[("checkin", float(1000 + counter[0]))] = {"target_id": goal.id, "date": "2027-01-01"}
        elif step.what == "sort":
            book.sort(SHEETS[step.field], step.record, bool(step.value))
        elif step.what == "move":
            book.move(SHEETS[step.field], max(2, step.record), max(2, step.value))  # column A stays the id
    book.save()
    return workbook


def _check_round(store, book: Book, synced: dict, workbook: dict, added: int) -> None:
    """`synced`: each field as the workbook last held it for the plan (as exported, or as
    an earlier import took it in); updated here."""
    found = read_plan_import(store, book.path)
    assert not [p for p in found.problems if p.code != "read_only"], found.problems
    assert len([c for c in found.changes if c.kind == "add"]) == added  # typed rows of earlier rounds are known
    assert not [c for c in found.changes if c.kind == "delete"]
    now = _snapshot(store)
    touched = {key: value for key, value in workbook.items() if value != synced[key]}
    expected = {key: (value, now[key] != synced[key]) for key, value in touched.items() if value != now[key]}
    got = {
        (c.table, c.record_id, _attr(c)): (c.values[_attr(c)], c.conflict) for c in found.changes if c.kind == "update"
    }
    assert got == expected
    apply_plan_import(store, [c for c in found.changes if not c.conflict], found)  # as the preview offers
    after = _snapshot(store)
    for key, value in now.items():
        if key in expected and not expected[key][1]:
            assert after[key] == expected[key][0], key  # the workbook's edit
        else:
            assert after[key] == value, key  # the plan's own, kept (also where both changed)
    synced.update(touched)
    assert read_plan_import(store, book.path).changes == []


def _attr(change) -> str:
    return next(iter(change.values))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    plan=plans(),
    language=st.sampled_from(("en", "de")),
    first=st.lists(edits, max_size=8),
    second=st.lists(edits, max_size=5),
    data=st.data(),
)
def test_the_import_gives_the_workbooks_edits_and_keeps_the_plans(plan, language, first, second, data):
    with tempfile.TemporaryDirectory() as folder:
        store = _make(Path(folder), plan, language)
        try:
            path = Path(folder) / "plan.xlsx"
            write_plan_workbook(collect_plan(store, language, today=date(2026, 11, 23)), path)
            draw_value = lambda kind: data.draw(value_for(kind))  # noqa: E731
            counter, typed, synced = [0], {}, _snapshot(store)
            counts = {table: len(_records(store, table)) for table in ("measure", "persona", "checkin")}
            for steps in (first, second):  # the second round: a later version of the same file
                earlier = set(typed)
                book = Book(path, language)
                workbook = _edit_round(store, book, steps, draw_value, counter, typed)
                _check_round(store, book, synced, workbook, len(typed) - len(earlier))
                for table, key in set(typed) - earlier:  # each typed row became one record, with its cells
                    if table == "checkin":
                        matches = [c for c in g.goal_checkins(store) if c.value == key]
                    else:
                        matches = [
                            r for r in _records(store, table) if getattr(r, "title", getattr(r, "name", "")) == key
                        ]
                    assert len(matches) == 1, (table, key)
                    for attr, value in typed[(table, key)].items():
                        assert getattr(matches[0], attr) == value
            for table, count in counts.items():  # and no typed row was added twice
                assert len(_records(store, table)) == count + sum(1 for t, _k in typed if t == table)
        finally:
            store.close()
