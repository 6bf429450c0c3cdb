"""An edited plan workbook back into the plan: what changed, and what does not fit.

The workbook comes from outside and is never trusted. It must carry the plan mark in its
hidden Lists sheet and the creation stamp of this very plan, or nothing is read. Rows are
matched to records by the hidden id in column A, columns by their header (in either
language), so sorted rows and moved columns still come back right. Each field is read from
the one sheet where it is edited (planner.export.plan_fields); a read-only cell the user
changed anyway is named, not read.

A cell counts only when it was changed in the workbook since the export (or since an
earlier import of the same workbook took it in: planner.export.plan_baseline): a change
made in the plan meanwhile is kept, and where both changed the same field the change is a
`conflict`, for the user to decide. A row without id is a new record, unless an earlier
import of this workbook added it already (known by its cells); a record whose row is gone
is a deletion to be confirmed. A value that does not fit its column is a `Problem` with its
cell address and a code (the window says it in its language) and is left out; the rest of
its row still counts. Nothing is written here: `plan_apply` does that.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Any

from openpyxl import Workbook, load_workbook
from openpyxl.utils import get_column_letter

from planner.errors import PlannerError
from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_baseline import (
    MISSING,
    Base,
    Baseline,
    RowState,
    next_history,
    old_copy,
    read_baseline,
    remembered,
    same_cell,
    saved_no_later,
    workbook_stamp,
)
from planner.export.plan_fields import (
    GOAL_SHEET_MEASURE_FIELDS,
    NAME_KINDS,
    SHEET_COLUMNS,
    SHEET_TABLE,
    TABLE_FIELDS,
    Field,
    editable_fields,
    edited_in,
    read_only_columns,
)
from planner.export.plan_sheet import PLAN_MARK
from planner.goals import goal_table as g
from planner.model import CheckIn, Goal, Measure, Persona, Stage, TeamMember, Touchpoint
from planner.store import ProjectStore

DEFAULTS: dict[str, Any] = {
    "goal": Goal(),
    "measure": Measure(),
    "checkin": CheckIn(),
    "touchpoint": Touchpoint(),
    "persona": Persona(),
}
TITLES = {"goal": "title", "measure": "title", "touchpoint": "name", "persona": "name"}
NEEDED = {"title", "goal_name", "needed_date", "needed_number"}  # a new row without them is left out
IDENTITY = {"checkin": ("goal", "date")}  # what tells a typed row again when it was edited since


@dataclass
class Change:
    """One change the workbook asks for. `values` are the model fields to write (an added
    row: the whole record); a `Ref` in them names a row added by the same import. `old`
    and `new` are as the workbook writes them (the command line); `before`, `after` and
    `exported` are for the window to show in its language: a choice's key, an ISO date, a
    name, a number, as `value_kind` says."""

    sheet: str
    row: int | None
    id: object
    field: str | None
    old: object
    new: object
    kind: str  # "update", "add" or "delete"
    table: str  # "goal", "measure", "checkin", "touchpoint", "persona" or "member"
    record_id: int | None = None
    values: dict[str, Any] = dataclasses.field(default_factory=dict)
    key: str = ""  # an added row's handle for `Ref`
    conflict: bool = False  # changed in the plan too since the export: the user decides
    value_kind: str = ""
    before: object = None
    after: object = None
    exported: object = None
    title: object = None  # the record's title (a check-in: goal, date, value), for showing

    def as_json(self) -> dict[str, object]:
        found: dict[str, object] = {
            "sheet": self.sheet,
            "row": self.row,
            "id": self.id,
            "field": self.field,
            "old": self.old,
            "new": self.new,
            "kind": self.kind,
            "conflict": self.conflict,
        }
        if self.conflict and self.kind == "update":
            found["exported"] = self.exported
        return found


@dataclass(frozen=True)
class Problem:
    """A cell (or sheet) that was not read: `code` and `params` say why (plan_cells), in
    any language; `outcome` what was left out: "cell", "row", or "" (nothing: a read-only
    cell that was changed, which the plan never reads)."""

    sheet: str
    cell: str
    code: str
    params: dict[str, Any] = dataclasses.field(default_factory=dict)
    outcome: str = ""

    @property
    def message(self) -> str:
        return pc.problem_text(self.code, self.params) + pc.OUTCOME_TEXTS.get(self.outcome, "")

    def as_json(self) -> dict[str, object]:
        return {"sheet": self.sheet, "cell": self.cell, "code": self.code, "message": self.message}


@dataclass
class PlanImport:
    changes: list[Change]
    problems: list[Problem]
    language: str
    export_id: str = ""
    rows: list[RowState] = dataclasses.field(default_factory=list)  # what the plan keeps when applied
    older: int = 0  # values left alone: older than what an earlier import of this workbook brought

    def as_json(self) -> dict[str, object]:
        return {
            "changes": [c.as_json() for c in self.changes],
            "problems": [p.as_json() for p in self.problems],
            "older": self.older,
        }


@dataclass
class _Sheet:
    key: str
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
        export_id = _mark(workbook)[3]
        baseline = read_baseline(workbook) if export_id else None
        stamp = workbook_stamp(workbook)
        found = {key: _sheet(workbook, key, columns) for key, columns in SHEET_COLUMNS.items()}
    finally:
        workbook.close()
    reader = _Reader(store, language, today or date.today(), baseline, remembered(store, export_id), stamp)
    for key, sheet in found.items():
        if sheet is None and not (key == "checkins" and baseline is None):  # older exports had no check-ins
            reader.problem(
                tx.pick(tx.SHEETS[key], language), "", "sheet_missing", name=tx.pick(tx.SHEETS[key], language)
            )
    for sheet in found.values():
        if sheet is not None:
            reader.read_sheet(sheet)
    rows = reader.rows if export_id else []
    return PlanImport(reader.changes, reader.problems, language, export_id, rows, reader.older)


# A plan workbook is small: a plan of 500 records unpacks to about 1 MB. These bounds refuse
# what no plan workbook holds before it costs minutes or gigabytes (issue 29, item 3).
MAX_UNZIPPED_BYTES = 128 * 1024**2
MAX_ROWS = 5_000  # filled rows per record sheet
MAX_COLUMNS = 256


def _open(path: Path) -> Workbook:
    from planner.errors import SalesDataError
    from planner.sales.reader import check_zip

    try:
        if path.is_file() and path.stat().st_size > 0:
            check_zip(path, MAX_UNZIPPED_BYTES)
    except SalesDataError as error:
        if error.code != "zip_bomb":
            raise PlannerError(
                f"{path.name} cannot be read as an Excel workbook (it is damaged).",
                hint="Choose a plan workbook (.xlsx) exported by Retention Planner.",
                code="workbook_unreadable",
                path=path,
            ) from None
        raise PlannerError(
            f"{path.name} unpacks to far more than any plan workbook; it was not read to protect your computer, "
            "and nothing was changed.",
            hint="Export the plan again and make the edits in that file.",
            code="workbook_too_large",
            path=path,
        ) from None
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise PlannerError(
            f"{path.name} does not exist.", hint="Check the file name and folder.", code="workbook_missing", path=path
        ) from None
    except Exception as exc:  # openpyxl raises many kinds for a file that is not a workbook
        raise PlannerError(
            f"{path.name} cannot be read as an Excel workbook ({type(exc).__name__}).",
            hint="Choose a plan workbook (.xlsx) exported by Retention Planner.",
            code="workbook_unreadable",
            path=path,
        ) from None


def workbook_language(path: Path) -> str:
    """The language a plan workbook was written in ("en" when it does not say)."""
    workbook = _open(path)
    try:
        return _mark(workbook)[2] or "en"
    finally:
        workbook.close()


def _mark(workbook: Workbook) -> tuple[object, object, str, str]:
    """(plan mark, creation stamp of the plan, language, export id) from the hidden Lists sheet."""
    lists = next((workbook[n] for n in tx.SHEETS["lists"] if n in workbook.sheetnames), None)
    values: list[object] = []
    if lists is not None:
        values = [row[4] if len(row) > 4 else None for row in lists.iter_rows(min_row=1, max_row=4, values_only=True)]
    mark, created, language, export_id = (values + [None] * 4)[:4]
    return (
        mark,
        created,
        language if language in ("de", "en") else "",
        export_id if isinstance(export_id, str) and export_id.isalnum() else "",
    )


def _check_mark(store: ProjectStore, workbook: Workbook, path: Path) -> str:
    mark, created, language, _export = _mark(workbook)
    if mark != PLAN_MARK:
        raise PlannerError(
            f"{path.name} is not a plan workbook exported by Retention Planner; nothing was changed.",
            hint="Export the plan with File > Export plan as Excel workbook, edit that file, and import it.",
            code="not_a_plan_workbook",
            path=path,
        )
    if created != store.settings().created:
        raise PlannerError(
            f"{path.name} was exported from another plan; nothing was changed.",
            hint="Open the plan the workbook came from, or import it there.",
            code="other_plan",
            path=path,
        )
    return language or "en"


def _sheet(workbook: Workbook, key: str, columns: tuple[str, ...]) -> _Sheet | None:
    name = next((n for n in tx.SHEETS[key] if n in workbook.sheetnames), None)
    if name is None:
        return None
    rows: list[tuple[object, ...]] = []
    filled = 0
    for values in workbook[name].iter_rows(max_col=MAX_COLUMNS, values_only=True):
        rows.append(values)
        if not _blank(values):
            filled += 1
            if filled > MAX_ROWS + 1:
                raise PlannerError(
                    f"The sheet “{name}” has more than {MAX_ROWS:,} rows, far more than a plan holds; "
                    "nothing was changed.",
                    hint="Import a plan workbook exported by Retention Planner, with the rows you edited or added.",
                    code="too_many_rows",
                    sheet=name,
                )
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
    return _Sheet(key, name, [tuple(r) for r in rows[1:]], found)


@dataclass
class _Row:
    """A row of a sheet as found: its table, its record (None: typed in by hand) and, for a
    typed row, the earlier import's state it is known by."""

    row: int
    table: str
    record_id: int | None
    row_key: str = ""  # the id as written ("g3", "12"); "" for a typed row
    state: RowState | None = None
    parent: _Row | None = None  # in the Goals sheet: the goal row above
    resolved: int | pc.Ref | None = None  # a goal row's record, or the Ref of the goal it adds


class _Reader:
    """Collects the changes and problems of one workbook against one plan."""

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

    def read(self, kind: str, value: object, sheet: _Sheet, row: int) -> object:
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

    # -- sheets -------------------------------------------------------------------------

    def read_sheet(self, sheet: _Sheet) -> None:
        """Every row of a record sheet: rows with an id compared cell by cell, typed rows
        known from an earlier import compared with what it took in, the others added, and
        records whose rows are gone offered for deletion."""
        found = self._rows(sheet)
        self._recognise(sheet, [r for r in found if r.record_id is None])
        for r in found:
            if r.record_id is not None:
                self._existing(sheet, r)
            elif r.state is not None:
                self._known(sheet, r)
            else:
                self._add(sheet, r)
        self._deletions(sheet, found)

    def _rows(self, sheet: _Sheet) -> list[_Row]:
        """The rows worth reading, each with its table and record; ids of another kind or
        of records deleted since are named."""
        found: list[_Row] = []
        seen: set[tuple[str, int]] = set()
        goal: _Row | None = None
        for row, values in sheet.numbered():
            if _blank(values):
                continue
            raw = pc.text(pc.plain(sheet.cell(row, "id"))).strip()
            if sheet.key == "goals":
                kind = pc.KIND_WORDS.get(pc.text(sheet.cell(row, "kind")).strip().lower(), "")
                table = ("measure" if raw.startswith("m") else "goal") if raw else (kind or "measure")
                number = raw[1:] if raw[:1] in ("g", "m") else raw
            else:
                table, number = SHEET_TABLE[sheet.key], raw
            if not raw:
                found.append(_Row(row, table, None, parent=goal))
                if table == "goal":
                    goal = found[-1]  # its record is known once it is recognised or added
                continue
            if not number.isdigit() or (sheet.key == "goals" and raw[:1] not in ("g", "m")):
                self.problem(sheet.name, sheet.address(row, "id"), "bad_id", "row", value=raw)
                continue
            record_id = int(number)
            if (table, record_id) in seen and sheet.key == "goals" and table == "measure":
                continue  # a measure of two goals, shown under each
            if (table, record_id) in seen:  # a copied row: a new record
                found.append(_Row(row, table, None, parent=goal))
                if table == "goal":
                    goal = found[-1]
                continue
            seen.add((table, record_id))
            if record_id not in self.records[table]:
                if self._touched(sheet, row, raw, table):
                    self.problem(sheet.name, sheet.address(row, "id"), "record_gone", "row", what=table)
                if table == "goal":
                    goal = None
                continue
            found.append(_Row(row, table, record_id, raw, resolved=record_id))
            if table == "goal":
                goal = found[-1]
        return found

    def _touched(self, sheet: _Sheet, row: int, row_key: str, table: str) -> bool:
        """Whether any editable cell of an exported row differs from the export."""
        for column, _attr, _kind in editable_fields(sheet.key, table):
            base = self._base(sheet.key, row_key, column, self.known.get((table, row_key.lstrip("gm"))))
            if column in sheet.columns and (base is None or not same_cell(sheet.cell(row, column), base.cell)):
                return True
        return False

    def _base(self, sheet: str, row_key: str, column: str, state: RowState | None) -> Base | None:
        """A cell as the plan last knew it: as an earlier import took it in, else as exported."""
        if state is not None and state.cells is not None and column in state.cells:
            return state.cells[column]
        if self.baseline is not None:
            return self.baseline.get((sheet, row_key, column))
        return None

    def _fields(self, sheet: _Sheet, r: _Row) -> tuple[Field, ...]:
        if sheet.key == "goals" and r.table == "measure" and r.record_id is None:
            return GOAL_SHEET_MEASURE_FIELDS  # a measure typed under its goal
        return editable_fields(sheet.key, r.table)

    # -- typed rows known from an earlier import ------------------------------------------

    def _recognise(self, sheet: _Sheet, typed: list[_Row]) -> None:
        """Match rows without id to the rows an earlier import of this workbook took in:
        the same cells first, then the same title (or most cells the same)."""
        free = [
            state for state in self.known.values() if state.new and state.sheet == sheet.key and state.cells is not None
        ]
        cells = {id(r): self._cells(sheet, r) for r in typed}
        exact: dict[tuple[str, tuple[tuple[str, object], ...]], list[RowState]] = {}
        for state in free:  # by content, so a workbook of many typed rows is read in linear time
            shown = {c: v for c, v in _known_cells(state).items() if c in sheet.columns}
            exact.setdefault((state.table, _content_key(shown)), []).append(state)
        taken: set[int] = set()
        for r in typed:
            same = exact.get((r.table, _content_key(cells[id(r)])), [])
            match = next((s for s in same if id(s) not in taken and _same_cells(cells[id(r)], s)), None)
            if match is not None:
                r.state = match
                taken.add(id(match))
        free = [state for state in free if id(state) not in taken]
        for r in typed:
            if r.state is not None:
                continue
            scored = [(_likeness(cells[id(r)], s), s) for s in free if s.table == r.table and s.record_id is not None]
            scored = [(score, s) for score, s in scored if score > 0]
            if scored:
                best = max(scored, key=lambda pair: pair[0])[1]
                r.state = best
                free.remove(best)
        gone = [
            state
            for state in self.known.values()
            if state.new and state.sheet == sheet.key and state.cells is None and saved_no_later(self.stamp, state)
        ]
        for r in typed:
            if r.state is None:
                r.state = next((s for s in gone if s.table == r.table and s.was_deleted_with(cells[id(r)])), None)

    def _cells(self, sheet: _Sheet, r: _Row) -> dict[str, object]:
        return {
            column: pc.plain(sheet.cell(r.row, column))
            for column, _a, _k in self._fields(sheet, r)
            if column in sheet.columns
        }

    def _known(self, sheet: _Sheet, r: _Row) -> None:
        state = r.state
        assert state is not None
        if state.cells is None:
            self.older += 1  # an old copy of a row a later version of this workbook deleted
            return
        if state.record_id is None:
            return  # an added row the user did not take last time, unchanged since
        record = self.records[r.table].get(state.record_id)
        if record is None:
            if not _same_cells(self._cells(sheet, r), state):
                self.problem(sheet.name, sheet.address(r.row, "id"), "record_gone", "row", what=r.table)
            return
        r.resolved = record.id
        self._compare(sheet, r, record, self._fields(sheet, r), state)

    # -- rows with an id --------------------------------------------------------------------

    def _existing(self, sheet: _Sheet, r: _Row) -> None:
        record = self.records[r.table][r.record_id or 0]
        state = self.known.get((r.table, str(r.record_id)))
        if state is not None and state.cells is None:
            state = None  # its deletion was declined, and the row is back
        self._compare(sheet, r, record, editable_fields(sheet.key, r.table), state)
        if self.baseline is None:
            return
        for column in read_only_columns(sheet.key, r.table):
            base = self.baseline.get((sheet.key, r.row_key, column))
            if column in sheet.columns and base is not None and not same_cell(sheet.cell(r.row, column), base.cell):
                where = edited_in(sheet.key, r.table, column)
                self.problem(sheet.name, sheet.address(r.row, column), "read_only", where=where, column=column)

    def _compare(self, sheet: _Sheet, r: _Row, record: Any, fields: tuple[Field, ...], state: RowState | None) -> None:
        """Each editable cell of a row against the record: a cell the user did not change
        since the plan last saw it is no change, whatever the plan holds now."""
        cells: dict[str, Base] = {}
        touched = False
        for column, attr, kind in fields:
            base = self._base(sheet.key, r.row_key, column, state)
            if column not in sheet.columns:
                if base is not None:
                    cells[column] = base
                continue
            value = sheet.cell(r.row, column)
            if base is not None and same_cell(value, base.cell):
                cells[column] = base
                continue
            exported = self.baseline.get((sheet.key, r.row_key, column)) if self.baseline and r.row_key else None
            if base is not None and old_copy(state, self.stamp, column, value, exported):
                cells[column] = base
                self.older += 1
                continue
            current = getattr(record, attr)
            if kind in NAME_KINDS and pc.text(value).strip() == str(self.display(kind, current)).strip():
                new = current  # the plan's names as they are: nothing to resolve
            else:
                try:
                    new = self.read(kind, value, sheet, r.row)
                except pc.BadCell as bad:
                    self.problem(sheet.name, sheet.address(r.row, column), bad.code, "cell", **bad.params)
                    if base is not None:
                        cells[column] = base
                    continue
            touched = True
            cells[column] = Base(pc.plain(value), new)
            expected = current if base is None or base.model is MISSING else base.model
            if pc.same_value(new, expected) or pc.same_value(new, current):
                continue
            values: dict[str, Any] = {attr: new}
            if attr == "decision":
                values["decided"] = self.today.isoformat() if new else ""
            self.changes.append(
                Change(
                    sheet.name,
                    r.row,
                    r.row_key or None,
                    column,
                    self.show(kind, current),
                    self.show(kind, new),
                    "update",
                    r.table,
                    record.id,
                    values,
                    conflict=not pc.same_value(current, expected),
                    value_kind=kind,
                    before=self.display(kind, current),
                    after=self.display(kind, new),
                    exported=self.display(kind, expected),
                    title=self._title(r.table, record),
                )
            )
        if touched:
            new = state.new if state is not None else False
            history = next_history(state, cells)
            self.rows.append(RowState(sheet.key, r.table, record.id, cells, new, history=history, stamp=self.stamp))

    # -- new rows -------------------------------------------------------------------------

    def _add(self, sheet: _Sheet, r: _Row) -> None:
        """A typed row: its readable cells make the record."""
        fields = self._fields(sheet, r)
        default = DEFAULTS[r.table]
        values: dict[str, Any] = {}
        if r.table == "measure" and sheet.key == "goals":
            parent = None if r.parent is None else r.parent.resolved
            values["goal_ids"] = () if parent is None else (parent,)
        cells: dict[str, Base] = {}
        for column, attr, kind in fields:
            if column not in sheet.columns:
                continue
            raw = sheet.cell(r.row, column)
            if kind not in NEEDED and _blank((raw,)):
                cells[column] = Base(pc.plain(raw), getattr(default, attr))
                continue  # an empty cell: the new record's default
            try:
                value = self.read(kind, raw, sheet, r.row)
            except pc.BadCell as bad:
                outcome = "row" if kind in NEEDED else "cell"
                self.problem(sheet.name, sheet.address(r.row, column), bad.code, outcome, **bad.params)
                if outcome == "row":
                    return
                continue
            cells[column] = Base(pc.plain(raw), value)
            if value not in ("", None, ()):
                values[attr] = value
        if r.table == "touchpoint" and "stage_id" not in values:
            self.problem(sheet.name, sheet.address(r.row, "stage"), "stage_needed", "row")
            return
        if r.table == "checkin":
            if not {"target_id", "date", "value"} <= set(values):
                return  # a check-in needs its goal, date and value (each named if wrong)
            goal_title = self.display("goal_name", values["target_id"])
            title: object = (goal_title, values["date"], values["value"])
        else:
            title = values.get(TITLES[r.table], "")
        key = f"{r.table}:{sheet.key}:{r.row}"
        if r.table == "goal":
            self._new_goals.setdefault(str(title).lower(), key)
            r.resolved = pc.Ref(key)
        self.changes.append(
            Change(
                sheet.name,
                r.row,
                None,
                None,
                None,
                title if r.table != "checkin" else f"{title[0]} {title[1]}: {title[2]}",  # type: ignore[index]
                "add",
                r.table,
                None,
                values,
                key,
                value_kind="checkin" if r.table == "checkin" else "title",
                after=title,
                title=title,
            )
        )
        self.rows.append(RowState(sheet.key, r.table, None, cells, new=True, key=key, stamp=self.stamp))

    # -- rows gone --------------------------------------------------------------------------

    def _deletions(self, sheet: _Sheet, found: list[_Row]) -> None:
        """Records whose rows were in the workbook (exported, or added by an earlier
        import of it) and are gone now. A record the plan changed since is a conflict."""
        tables = ("goal", "measure") if sheet.key == "goals" else (SHEET_TABLE[sheet.key],)
        for table in tables:
            seen: set[int | None] = {r.record_id for r in found if r.table == table and r.record_id is not None}
            seen |= {r.state.record_id for r in found if r.state is not None and r.table == table}
            for record_id, record in self.records[table].items():
                if record_id not in seen:
                    self._gone(sheet, table, record_id, record)

    def _gone(self, sheet: _Sheet, table: str, record_id: int, record: Any) -> None:
        row_key = f"g{record_id}" if sheet.key == "goals" else str(record_id)
        state = self.known.get((table, str(record_id)))
        if state is not None and state.cells is None:
            return  # its deletion was dealt with by an earlier import
        typed_here = state is not None and state.new and state.sheet == sheet.key
        if typed_here and saved_no_later(self.stamp, state):
            self.older += 1  # added by a later version of this workbook
            return
        if self.baseline is None:
            if table == "checkin" or (sheet.key == "goals" and table == "measure"):
                return
        elif not (
            typed_here or ((sheet.key, row_key) in self.exported_rows and table == _table_of(sheet.key, row_key))
        ):
            return  # added to the plan after the export (or shown here only): not the workbook's to delete
        fields = GOAL_SHEET_MEASURE_FIELDS if (sheet.key, table) == ("goals", "measure") else TABLE_FIELDS[table]
        changed = False
        for column, attr, _kind in fields:
            base = self._base(sheet.key, row_key, column, state)
            if base is not None and base.model is not MISSING and not pc.same_value(getattr(record, attr), base.model):
                changed = True
        title = self._title(table, record)
        self.changes.append(
            Change(
                sheet.name,
                None,
                row_key if sheet.key == "goals" else record_id,
                None,
                title if table != "checkin" else f"{title[0]} {title[1]}: {title[2]}",
                None,
                "delete",
                table,
                record_id,
                conflict=changed,
                value_kind="checkin" if table == "checkin" else "title",
                before=title,
                title=title,
            )
        )
        history = next_history(state, None)
        self.rows.append(RowState(sheet.key, table, record_id, None, typed_here, history=history, stamp=self.stamp))

    def _title(self, table: str, record: Any) -> Any:
        if table == "checkin":
            return (self.display("goal_name", record.target_id), record.date, record.value)
        return getattr(record, TITLES[table])


def _table_of(sheet: str, row_key: str) -> str:
    if sheet == "goals":
        return "measure" if row_key.startswith("m") else "goal"
    return SHEET_TABLE[sheet]


def _known_cells(state: RowState) -> dict[str, object]:
    return {column: base.cell for column, base in (state.cells or {}).items()}


def _content_key(cells: dict[str, object]) -> tuple[tuple[str, object], ...]:
    """The filled cells of a row as `same_cell` compares them (blank left out, text
    stripped, 80.0 as 80): equal keys for rows `_same_cells` takes as the same."""
    found = []
    for column, raw in cells.items():
        value = pc.plain(raw)
        if isinstance(value, str):
            value = value.strip()
        if value is None or value == "":
            continue
        if isinstance(value, float) and value.is_integer():
            value = int(value)
        found.append((column, value if isinstance(value, (str, int, float)) else repr(value)))
    return tuple(sorted(found, key=lambda pair: pair[0]))


def _same_cells(cells: dict[str, object], state: RowState) -> bool:
    known = state.cells or {}
    return all(same_cell(value, known[column].cell if column in known else None) for column, value in cells.items())


def _likeness(cells: dict[str, object], state: RowState) -> int:
    """How surely a typed row is an earlier import's row edited since: its identity (title)
    the same, or at least two and half of its filled cells; 0 for not at all."""
    known = state.cells or {}
    filled = [c for c, base in known.items() if not _blank((base.cell,))]
    same = [c for c in filled if c in cells and same_cell(cells[c], known[c].cell)]
    identity = IDENTITY.get(state.table) or tuple(c for c in ("title", "touchpoint", "name") if c in known)[:1]
    if identity and all(c in same for c in identity):
        return 100 + len(same)
    if len(same) >= 2 and 2 * len(same) >= len(filled):
        return len(same)
    return 0


def _blank(values: tuple[object, ...]) -> bool:
    return all(v is None or (isinstance(v, str) and not v.strip()) for v in values)
