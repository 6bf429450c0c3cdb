"""An edited plan workbook back into the plan: what changed, and what does not fit.

The workbook comes from outside and is never trusted. It must carry the plan mark in its
hidden Lists sheet and the creation stamp of this very plan, or nothing is read. Rows are
matched to records by the hidden id in column A, columns by their header (in either
language), so sorted rows and moved columns still come back right. A changed cell becomes
an update, a row without id an added record, a record whose row is gone a deletion to be
confirmed; a value that does not fit its column is listed with its cell address and left
out, the rest of its row still counts. Nothing is written here: `plan_apply` does that.
Computed columns (progress, verdict, participants) are read-only.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from planner.errors import PlannerError
from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_records import GOAL_COLUMNS, JOURNEY_COLUMNS, MEASURE_COLUMNS, PERSONA_COLUMNS
from planner.export.plan_sheet import PLAN_MARK
from planner.goals import goal_table as g
from planner.model import Stage, TeamMember
from planner.store import ProjectStore

# (column key, model field, kind) per kind of row; kinds are read by `_Reader.read`
GOAL_FIELDS = (
    ("title", "title", "title"),
    ("metric", "metric", "metric"),
    ("baseline", "baseline_value", "number"),
    ("target", "target_value", "number"),
    ("deadline", "deadline", "date"),
    ("owner", "owner_id", "owner"),
    ("status", "status", "goal_status"),
    ("start", "baseline_date", "date"),
)
GOAL_SHEET_MEASURE_FIELDS = (
    ("title", "title", "title"),
    ("owner", "owner_id", "owner"),
    ("status", "status", "measure_status"),
    ("start", "start", "date"),
    ("end", "end", "date"),
    ("cost", "cost", "number"),
)
MEASURE_FIELDS = (
    ("title", "title", "title"),
    ("description", "description", "text"),
    ("goals", "goal_ids", "goal_names"),
    ("owner", "owner_id", "owner"),
    ("touchpoints", "touchpoints", "touchpoint_names"),
    ("bond_type", "bond_type", "bond_type"),
    ("cost", "cost", "number"),
    ("effort", "effort", "score"),
    ("impact", "impact", "score"),
    ("start", "start", "date"),
    ("end", "end", "date"),
    ("status", "status", "measure_status"),
    ("decision", "decision", "decision"),
    ("note", "evaluation_note", "text"),
)
TOUCHPOINT_FIELDS = (
    ("stage", "stage_id", "stage"),
    ("channel", "channel", "text"),
    ("touchpoint", "name", "title"),
    ("description", "description", "text"),
    ("emotion", "emotion", "emotion"),
    ("pains", "pain_points", "text"),
    ("ideas", "ideas", "text"),
    ("owner", "owner_id", "owner"),
    ("personas", "personas", "persona_names"),
)
PERSONA_FIELDS = (
    ("name", "name", "title"),
    ("segment", "segment", "text"),
    ("persona_goals", "goals", "text"),
    ("expectations", "expectations", "text"),
    ("pains", "pains", "text"),
    ("channels", "channels", "text"),
    ("notes", "notes", "text"),
)
NAME_KINDS = {"owner", "goal_names", "touchpoint_names", "persona_names", "stage"}


@dataclass
class Change:
    """One change the workbook asks for. `values` are the model fields to write (an added
    row: the whole record); a `Ref` in them names a row added by the same import."""

    sheet: str
    row: int | None
    id: object
    field: str | None
    old: object
    new: object
    kind: str  # "update", "add" or "delete"
    table: str  # "goal", "measure", "touchpoint", "persona" or "member"
    record_id: int | None = None
    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    key: str = ""  # an added row's handle for `Ref`

    def as_json(self) -> dict[str, object]:
        return {
            "sheet": self.sheet,
            "row": self.row,
            "id": self.id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "kind": self.kind,
        }


@dataclass(frozen=True)
class Problem:
    sheet: str
    cell: str
    message: str

    def as_json(self) -> dict[str, str]:
        return {"sheet": self.sheet, "cell": self.cell, "message": self.message}


@dataclass
class PlanImport:
    changes: list[Change]
    problems: list[Problem]
    language: str

    def as_json(self) -> dict[str, object]:
        return {
            "changes": [c.as_json() for c in self.changes],
            "problems": [p.as_json() for p in self.problems],
        }


@dataclass
class _Sheet:
    name: str
    rows: list[tuple[object, ...]]
    columns: dict[str, int]  # column key -> 0-based index

    def cell(self, row: int, key: str) -> object:
        index = self.columns.get(key)
        values = self.rows[row - 2]
        return values[index] if index is not None and index < len(values) else None

    def address(self, row: int, key: str) -> str:
        return f"{get_column_letter(self.columns.get(key, 0) + 1)}{row}"

    def numbered(self) -> Iterator[tuple[int, tuple[object, ...]]]:
        return enumerate(self.rows, start=2)


def read_plan_import(store: ProjectStore, path: Path, *, today: date | None = None) -> PlanImport:
    """Compare an edited plan workbook with the plan. Raises `PlannerError` for a file
    that is not a plan workbook of this plan; everything else ends up in the result."""
    workbook = _open(path)
    try:
        language = _check_mark(store, workbook, path)
        reader = _Reader(store, language, today or date.today())
        found = {key: _sheet(workbook, key, columns) for key, columns in _SHEETS.items()}
    finally:
        workbook.close()
    for key in _SHEETS:
        sheet = found[key]
        if sheet is None:
            name = tx.pick(tx.SHEETS[key], language)
            reader.problem(name, "", f"the sheet “{name}” is missing or has no id column; nothing in it was read")
    if found["goals"] is not None:
        reader.goal_sheet(found["goals"])
    if found["measures"] is not None:
        reader.record_sheet(found["measures"], "measure", MEASURE_FIELDS)
    if found["journey"] is not None:
        reader.record_sheet(found["journey"], "touchpoint", TOUCHPOINT_FIELDS)
    if found["personas"] is not None:
        reader.record_sheet(found["personas"], "persona", PERSONA_FIELDS)
    return PlanImport(reader.changes, reader.problems, language)


_SHEETS = {
    "goals": GOAL_COLUMNS,
    "measures": MEASURE_COLUMNS,
    "journey": JOURNEY_COLUMNS,
    "personas": PERSONA_COLUMNS,
}


def _open(path: Path) -> Workbook:
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise PlannerError(f"{path.name} does not exist.", hint="Check the file name and folder.") from None
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise PlannerError(
            f"{path.name} cannot be read as an Excel workbook ({type(exc).__name__}).",
            hint="Choose a plan workbook (.xlsx) exported by Retention Planner.",
        ) from None


def workbook_language(path: Path) -> str:
    """The language a plan workbook was written in ("en" when it does not say)."""
    workbook = _open(path)
    try:
        return _mark(workbook)[2] or "en"
    finally:
        workbook.close()


def _mark(workbook: Workbook) -> tuple[object, object, str]:
    """(plan mark, creation stamp of the plan, language) from the hidden Lists sheet."""
    lists = next((workbook[n] for n in tx.SHEETS["lists"] if n in workbook.sheetnames), None)
    values: list[object] = []
    if lists is not None:
        values = [row[4] if len(row) > 4 else None for row in lists.iter_rows(min_row=1, max_row=3, values_only=True)]
    mark, created, language = (values + [None, None, None])[:3]
    return mark, created, language if language in ("de", "en") else ""


def _check_mark(store: ProjectStore, workbook: Workbook, path: Path) -> str:
    mark, created, language = _mark(workbook)
    if mark != PLAN_MARK:
        raise PlannerError(
            f"{path.name} is not a plan workbook exported by Retention Planner; nothing was changed.",
            hint="Export the plan with File > Export plan as Excel workbook, edit that file, and import it.",
        )
    if created != store.settings().created:
        raise PlannerError(
            f"{path.name} was exported from another plan; nothing was changed.",
            hint="Open the plan the workbook came from, or import it there.",
        )
    return language or "en"


def _sheet(workbook: Workbook, key: str, columns: tuple[str, ...]) -> _Sheet | None:
    name = next((n for n in tx.SHEETS[key] if n in workbook.sheetnames), None)
    if name is None:
        return None
    rows = list(workbook[name].iter_rows(values_only=True))
    if not rows:
        return None
    header = [pc.text(v).strip().lower() for v in rows[0]]
    found: dict[str, int] = {}
    for key_ in columns:
        names = {n.lower() for n in tx.HEADERS[key_]}
        index = next((i for i, h in enumerate(header) if h in names), None)
        if index is not None:
            found[key_] = index
    if "id" not in found:
        return None
    return _Sheet(name, [tuple(r) for r in rows[1:]], found)


class _Reader:
    """Collects the changes and problems of one workbook against one plan."""

    def __init__(self, store: ProjectStore, language: str, today: date) -> None:
        from planner.journey import stages, team, touchpoints

        self.language, self.today = language, today
        self.records: dict[str, dict[int, Any]] = {
            "goal": {x.id: x for x in g.goals(store)},
            "measure": {x.id: x for x in g.measures(store)},
            "touchpoint": {x.id: x for x in touchpoints(store)},
            "persona": {x.id: x for x in store.personas()},
        }
        self.team: list[TeamMember] = team(store)
        self.stages: list[Stage] = stages(store)
        self.changes: list[Change] = []
        self.problems: list[Problem] = []
        self._written: dict[tuple[str, int, str], tuple[str, object]] = {}  # field -> (where, value)
        self._new_members: dict[str, str] = {}  # lower-case name -> key

    def problem(self, sheet: str, cell: str, message: str) -> None:
        self.problems.append(Problem(sheet, cell, message))

    # -- reading one cell ---------------------------------------------------------------

    def read(self, kind: str, value: object, sheet: _Sheet, row: int) -> object:
        if kind == "text":
            return pc.text(value)
        if kind == "title":
            return pc.read_title(value)
        if kind == "date":
            return pc.read_date(value)
        if kind == "number":
            return pc.read_number(value)
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
            return pc.read_names(value, self._names("goal", "title"), "goal")
        if kind == "touchpoint_names":
            return pc.read_names(value, self._names("touchpoint", "name"), "touchpoint")
        if kind == "persona_names":
            return pc.read_names(value, self._names("persona", "name"), "persona")
        if kind == "stage":
            ids = pc.read_names(value, {s.name: s.id for s in self.stages}, "journey stage")
            if len(ids) != 1:
                raise pc.BadCell("name one journey stage")
            return ids[0]
        raise ValueError(kind)

    def _names(self, table: str, attr: str) -> dict[str, int]:
        return {getattr(r, attr): r.id for r in reversed(list(self.records[table].values()))}

    def _owner(self, value: object, sheet: _Sheet, row: int) -> int | pc.Ref | None:
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
                Change(sheet.name, row, None, "owner", None, name, "add", "member", values={"name": name}, key=key)
            )
        return pc.Ref(key)

    def show(self, kind: str, value: object) -> object:
        """A model value as the workbook shows it (for the change list)."""
        if isinstance(value, pc.Ref):
            return next((c.new for c in self.changes if c.key == value.key), value.key)
        if kind in pc.CHOICES:
            return pc.show_choice(kind, str(value), self.language) if value else ""
        if kind == "owner":
            return next((m.name for m in self.team if m.id == value), "")
        if kind == "stage":
            return next((s.name for s in self.stages if s.id == value), "")
        lists = {"goal_names": ("goal", "title"), "touchpoint_names": ("touchpoint", "name")}
        lists["persona_names"] = ("persona", "name")
        if kind in lists:
            table, attr = lists[kind]
            refs = self.records[table]
            return "; ".join(getattr(refs[i], attr) for i in value if i in refs)  # type: ignore[attr-defined]
        return value

    # -- rows ---------------------------------------------------------------------------

    def compare(self, sheet: _Sheet, row: int, table: str, record: Any, fields: tuple, id_cell: object) -> None:
        """Each readable cell of an existing record's row against the record."""
        for column, attr, kind in fields:
            if column not in sheet.columns:
                continue
            value = sheet.cell(row, column)
            current = getattr(record, attr)
            if kind in NAME_KINDS and pc.text(value).strip() == str(self.show(kind, current)).strip():
                continue  # as exported: no need to resolve the names again
            try:
                new = self.read(kind, value, sheet, row)
            except pc.BadCell as bad:
                self.problem(sheet.name, sheet.address(row, column), f"{bad}; left out")
                continue
            if pc.same_value(new, current):
                continue
            slot = (table, record.id, attr)
            where = f"{sheet.name} {sheet.address(row, column)}"
            if slot in self._written:
                first, first_value = self._written[slot]
                if not pc.same_value(first_value, new):
                    self.problem(
                        sheet.name,
                        sheet.address(row, column),
                        f"changed differently in {first}; the value from {first} is used",
                    )
                continue
            self._written[slot] = (where, new)
            values: dict[str, Any] = {attr: new}
            if attr == "decision":
                values["decided"] = self.today.isoformat() if new else ""
            self.changes.append(
                Change(
                    sheet.name,
                    row,
                    pc.plain(id_cell),
                    column,
                    self.show(kind, current),
                    self.show(kind, new),
                    "update",
                    table,
                    record.id,
                    values,
                )
            )

    def new_record(self, sheet: _Sheet, row: int, table: str, fields: tuple, extra: dict[str, Any]) -> str | None:
        """An added row: its readable cells make the record. Returns its key."""
        values: dict[str, Any] = dict(extra)
        title = None
        for column, attr, kind in fields:
            if column not in sheet.columns or (kind != "title" and _blank((sheet.cell(row, column),))):
                continue  # an empty cell: the new record's default
            try:
                value = self.read(kind, sheet.cell(row, column), sheet, row)
            except pc.BadCell as bad:
                if kind == "title":
                    self.problem(sheet.name, sheet.address(row, column), f"{bad}; the new row was left out")
                    return None
                self.problem(sheet.name, sheet.address(row, column), f"{bad}; left out")
                continue
            if kind == "title":
                title = value
            if value not in ("", None, ()):
                values[attr] = value
        if title is None:
            return None
        if table == "touchpoint" and "stage_id" not in values:
            self.problem(
                sheet.name, sheet.address(row, "stage"), "a new touchpoint needs its journey stage; row left out"
            )
            return None
        key = f"{table}:{sheet.name}:{row}"
        self.changes.append(Change(sheet.name, row, None, None, None, title, "add", table, None, values, key))
        return key

    def deletions(
        self, sheet: _Sheet, table: str, seen: set[int], title: str, id_form: Callable[[int], object]
    ) -> None:
        for record_id, record in self.records[table].items():
            if record_id not in seen:
                name = getattr(record, title)
                self.changes.append(
                    Change(sheet.name, None, id_form(record_id), None, name, None, "delete", table, record_id)
                )

    def _row_id(self, sheet: _Sheet, row: int, table: str, prefix: str = "") -> int | bool | None:
        """The record id in column A; None for a new row; False when the row is left out."""
        raw = pc.plain(sheet.cell(row, "id"))
        if raw in (None, ""):
            return None
        text = str(raw).strip()
        if prefix:
            table, text = ("goal" if text[:1] == "g" else "measure"), (text[1:] if text[:1] in prefix else "")
        if not text.isdigit():
            self.problem(sheet.name, sheet.address(row, "id"), f"“{raw}” is not an id this app wrote; row left out")
            return False
        record_id = int(text)
        if record_id not in self.records[table]:
            self.problem(
                sheet.name,
                sheet.address(row, "id"),
                f"the {table} of this row is no longer in the plan (deleted since the export?); row left out",
            )
            return False
        return record_id

    def goal_sheet(self, sheet: _Sheet) -> None:
        """Goal rows, each followed by its measures; a new measure row belongs to the goal
        above it (also to a goal added in the same workbook)."""
        seen: set[int] = set()
        goal: int | pc.Ref | None = None
        for row, values in sheet.numbered():
            if _blank(values):
                continue
            raw = pc.text(sheet.cell(row, "id")).strip()
            kind = pc.KIND_WORDS.get(pc.text(sheet.cell(row, "kind")).strip().lower(), "")
            is_goal = raw.startswith("g") if raw else kind == "goal"
            record_id = self._row_id(sheet, row, "goal", prefix="gm")
            if record_id is False:
                continue
            if is_goal and isinstance(record_id, int) and record_id in seen:
                record_id = None  # a copied row: a new goal
            if is_goal:
                if record_id is None:
                    key = self.new_record(sheet, row, "goal", GOAL_FIELDS, {})
                    goal = pc.Ref(key) if key else None
                else:
                    seen.add(record_id)
                    goal = record_id
                    self.compare(sheet, row, "goal", self.records["goal"][record_id], GOAL_FIELDS, raw)
            elif record_id is None:
                extra = {"goal_ids": () if goal is None else (goal,)}
                self.new_record(sheet, row, "measure", GOAL_SHEET_MEASURE_FIELDS, extra)
            else:
                measure = self.records["measure"][record_id]
                self.compare(sheet, row, "measure", measure, GOAL_SHEET_MEASURE_FIELDS, raw)
        self.deletions(sheet, "goal", seen, "title", lambda i: f"g{i}")

    def record_sheet(self, sheet: _Sheet, table: str, fields: tuple) -> None:
        seen: set[int] = set()
        for row, values in sheet.numbered():
            if _blank(values):
                continue
            record_id = self._row_id(sheet, row, table)
            if record_id is False:
                continue
            if isinstance(record_id, int) and record_id in seen:
                record_id = None  # a copied row: a new record
            if record_id is None:
                self.new_record(sheet, row, table, fields, {})
            else:
                seen.add(record_id)
                self.compare(sheet, row, table, self.records[table][record_id], fields, record_id)
        title = "title" if table == "measure" else "name"
        self.deletions(sheet, table, seen, title, lambda i: i)


def _blank(values: tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
