"""Cells of an edited plan workbook as model values, and model values as the workbook and the
window show them: the one place that knows each kind of cell (text, date, number, choice,
owner, names of goals, touchpoints, personas and stages)."""

from __future__ import annotations

from datetime import date
from typing import Any

from planner.export import plan_cells as pc
from planner.export.plan_baseline import Baseline, RowState
from planner.export.plan_import_file import SheetRows
from planner.export.plan_import_result import Change, Problem
from planner.goals import goal_table as g
from planner.model import Stage, TeamMember
from planner.store import ProjectStore

TITLES = {"goal": "title", "measure": "title", "touchpoint": "name", "persona": "name"}


class ValueReader:
    """Reads one cell of a workbook into a model value (names resolved against the plan,
    new team members and goals offered as additions), and shows model values back as the
    workbook and the window write them. The sheet reader builds on it."""

    def __init__(
        self,
        store: ProjectStore,
        language: str,
        today: date,
        baseline: Baseline | None,
        known: dict[tuple[str, str], RowState],
        stamp: str = "",
    ) -> None:
        from planner.journey import stages, team, touchpoints

        self.language, self.today = language, today
        self.baseline, self.known, self.stamp = baseline, known, stamp
        self.older = 0  # cells and rows that are older copies of what earlier imports took in
        self.records: dict[str, dict[int, Any]] = {
            "goal": {x.id: x for x in g.goals(store)},
            "measure": {x.id: x for x in g.measures(store)},
            "checkin": {x.id: x for x in g.goal_checkins(store)},
            "touchpoint": {x.id: x for x in touchpoints(store)},
            "persona": {x.id: x for x in store.personas()},
        }
        self.team: list[TeamMember] = team(store)
        self.stages: list[Stage] = stages(store)
        self.changes: list[Change] = []
        self.problems: list[Problem] = []
        self.rows: list[RowState] = []
        self._new_members: dict[str, str] = {}  # lower-case name -> key
        self._new_goals: dict[str, str] = {}  # lower-case title -> key
        self.exported_rows: set[tuple[str, str]] = {(s, r) for s, r, _c in baseline or {}}

    def problem(self, sheet: str, cell: str, code: str, outcome: str = "", **params: Any) -> None:
        self.problems.append(Problem(sheet, cell, code, params, outcome))

    # -- reading one cell ---------------------------------------------------------------

    def read(self, kind: str, value: object, sheet: SheetRows, row: int) -> object:
        if kind == "text":
            return pc.read_text(value)
        if kind == "channel":
            return pc.read_channel(value)
        if kind == "title":
            return pc.read_title(value)
        if kind in ("date", "needed_date"):
            day = pc.read_date(value)
            if not day and kind == "needed_date":
                raise pc.BadCell("date_needed")
            return day
        if kind in ("number", "needed_number"):
            number = pc.read_number(value)
            if number is None and kind == "needed_number":
                raise pc.BadCell("number_needed")
            return number
        if kind == "score":
            return pc.read_whole(value, 1, 5)
        if kind == "emotion":
            return pc.read_whole(value if value is not None else 0, -2, 2)
        if kind in ("goal_status", "measure_status", "bond_type", "metric"):
            return pc.read_choice(kind, value, allow_empty=kind == "bond_type")
        if kind == "decision":
            return pc.read_choice(kind, value, allow_empty=True)
        if kind == "owner":
            return self._owner(value, sheet, row)
        if kind == "goal_names":
            return pc.read_names(value, self._goal_names(), "goal")
        if kind == "goal_name":
            if not pc.text(value).strip():
                raise pc.BadCell("goal_needed")
            ids = pc.read_names(value, self._goal_names(), "goal")
            if len(ids) != 1:
                raise pc.BadCell("one_goal")
            return ids[0]
        if kind == "touchpoint_names":
            return pc.read_names(value, self._names("touchpoint", "name"), "touchpoint")
        if kind == "persona_names":
            return pc.read_names(value, self._names("persona", "name"), "persona")
        if kind == "stage":
            ids = pc.read_names(value, {s.name: s.id for s in self.stages}, "stage")
            if len(ids) != 1:
                raise pc.BadCell("one_stage")
            return ids[0]
        raise ValueError(kind)

    def _names(self, table: str, attr: str) -> dict[str, object]:
        return {getattr(r, attr): r.id for r in reversed(list(self.records[table].values()))}

    def _goal_names(self) -> dict[str, object]:
        names = self._names("goal", "title")
        for title, key in self._new_goals.items():
            if title not in {n.lower() for n in names}:
                names[title] = pc.Ref(key)
        return names

    def _owner(self, value: object, sheet: SheetRows, row: int) -> int | pc.Ref | None:
        name = pc.text(value).strip()
        if not name:
            return None
        for member in self.team:
            if member.name.strip().lower() == name.lower():
                return member.id
        key = self._new_members.get(name.lower())
        if key is None:
            key = self._new_members[name.lower()] = f"member:{name.lower()}"
            self.changes.append(
                Change(
                    sheet.name,
                    row,
                    None,
                    "owner",
                    None,
                    name,
                    "add",
                    "member",
                    values={"name": name},
                    key=key,
                    value_kind="title",
                    after=name,
                    title=name,
                )
            )
        return pc.Ref(key)

    def display(self, kind: str, value: object) -> object:
        """A model value for showing: a choice's key, a name for an id, as it is otherwise."""
        if isinstance(value, pc.Ref):
            return next((c.new for c in self.changes if c.key == value.key), value.key)
        if kind == "owner":
            return next((m.name for m in self.team if m.id == value), "")
        if kind == "stage":
            return next((s.name for s in self.stages if s.id == value), "")
        lists = {"goal_names": ("goal", "title"), "touchpoint_names": ("touchpoint", "name")}
        lists["persona_names"] = ("persona", "name")
        if kind in lists and isinstance(value, tuple):
            table, attr = lists[kind]
            refs = self.records[table]
            return "; ".join(
                str(self.display("", v)) if isinstance(v, pc.Ref) else getattr(refs[v], attr)
                for v in value
                if isinstance(v, pc.Ref) or v in refs
            )
        if kind == "goal_name":
            goal = self.records["goal"].get(value)  # type: ignore[call-overload]
            return "" if goal is None else goal.title
        if kind == "channel" and isinstance(value, str):
            from planner.journey import channel_label

            return channel_label(value, self.language)  # as the workbook names it
        return value

    def show(self, kind: str, value: object) -> object:
        """A model value as the workbook shows it (the command line's change list)."""
        shown = self.display(kind, value)
        if kind in pc.CHOICES:
            return pc.show_choice(kind, str(shown), self.language) if shown else ""
        return shown

    def _title(self, table: str, record: Any) -> Any:
        if table == "checkin":
            return (self.display("goal_name", record.target_id), record.date, record.value)
        return getattr(record, TITLES[table])
