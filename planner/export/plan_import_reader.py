"""Reading the record sheets of an edited plan workbook against the plan: rows with an id
compared cell by cell with what the plan last knew of them (the export, or what an earlier
import took in), typed rows added or known again, rows gone offered for deletion."""

from __future__ import annotations

from typing import Any

from planner.export import plan_cells as pc
from planner.export.plan_baseline import MISSING, Base, RowState, next_history, old_copy, same_cell, saved_no_later
from planner.export.plan_fields import (
    GOAL_SHEET_MEASURE_FIELDS,
    NAME_KINDS,
    SHEET_TABLE,
    TABLE_FIELDS,
    Field,
    editable_fields,
    edited_in,
    read_only_columns,
)
from planner.export.plan_import_file import SheetRows, blank
from planner.export.plan_import_result import Change
from planner.export.plan_import_rows import FoundRow, recognise, same_cells
from planner.export.plan_import_values import TITLES, ValueReader
from planner.model import CheckIn, Goal, Measure, Persona, Touchpoint

DEFAULTS: dict[str, Any] = {
    "goal": Goal(),
    "measure": Measure(),
    "checkin": CheckIn(),
    "touchpoint": Touchpoint(),
    "persona": Persona(),
}
NEEDED = {"title", "goal_name", "needed_date", "needed_number"}  # a new row without them is left out


class SheetReader(ValueReader):
    """Collects the changes and problems of one workbook against one plan, sheet by sheet."""

    # -- sheets -------------------------------------------------------------------------

    def read_sheet(self, sheet: SheetRows) -> None:
        """Every row of a record sheet: rows with an id compared cell by cell, typed rows
        known from an earlier import compared with what it took in, the others added, and
        records whose rows are gone offered for deletion."""
        found = self._rows(sheet)
        recognise(
            sheet,
            [r for r in found if r.record_id is None],
            self.known.values(),
            self.stamp,
            lambda r: self._cells(sheet, r),
        )
        for r in found:
            if r.record_id is not None:
                self._existing(sheet, r)
            elif r.state is not None:
                self._known(sheet, r)
            else:
                self._add(sheet, r)
        self._deletions(sheet, found)

    def _rows(self, sheet: SheetRows) -> list[FoundRow]:
        """The rows worth reading, each with its table and record; ids of another kind or
        of records deleted since are named."""
        found: list[FoundRow] = []
        seen: set[tuple[str, int]] = set()
        goal: FoundRow | None = None
        for row, values in sheet.numbered():
            if blank(values):
                continue
            raw = pc.text(pc.plain(sheet.cell(row, "id"))).strip()
            if sheet.key == "goals":
                kind = pc.KIND_WORDS.get(pc.text(sheet.cell(row, "kind")).strip().lower(), "")
                table = ("measure" if raw.startswith("m") else "goal") if raw else (kind or "measure")
                number = raw[1:] if raw[:1] in ("g", "m") else raw
            else:
                table, number = SHEET_TABLE[sheet.key], raw
            if not raw:
                found.append(FoundRow(row, table, None, parent=goal))
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
                found.append(FoundRow(row, table, None, parent=goal))
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
            found.append(FoundRow(row, table, record_id, raw, resolved=record_id))
            if table == "goal":
                goal = found[-1]
        return found

    def _touched(self, sheet: SheetRows, row: int, row_key: str, table: str) -> bool:
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

    def _fields(self, sheet: SheetRows, r: FoundRow) -> tuple[Field, ...]:
        if sheet.key == "goals" and r.table == "measure" and r.record_id is None:
            return GOAL_SHEET_MEASURE_FIELDS  # a measure typed under its goal
        return editable_fields(sheet.key, r.table)

    def _cells(self, sheet: SheetRows, r: FoundRow) -> dict[str, object]:
        return {
            column: pc.plain(sheet.cell(r.row, column))
            for column, _a, _k in self._fields(sheet, r)
            if column in sheet.columns
        }

    def _known(self, sheet: SheetRows, r: FoundRow) -> None:
        state = r.state
        assert state is not None
        if state.cells is None:
            self.older += 1  # an old copy of a row a later version of this workbook deleted
            return
        if state.record_id is None:
            return  # an added row the user did not take last time, unchanged since
        record = self.records[r.table].get(state.record_id)
        if record is None:
            if not same_cells(self._cells(sheet, r), state):
                self.problem(sheet.name, sheet.address(r.row, "id"), "record_gone", "row", what=r.table)
            return
        r.resolved = record.id
        self._compare(sheet, r, record, self._fields(sheet, r), state)

    # -- rows with an id --------------------------------------------------------------------

    def _existing(self, sheet: SheetRows, r: FoundRow) -> None:
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

    def _compare(
        self, sheet: SheetRows, r: FoundRow, record: Any, fields: tuple[Field, ...], state: RowState | None
    ) -> None:
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

    def _add(self, sheet: SheetRows, r: FoundRow) -> None:
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
            if kind not in NEEDED and blank((raw,)):
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

    def _deletions(self, sheet: SheetRows, found: list[FoundRow]) -> None:
        """Records whose rows were in the workbook (exported, or added by an earlier
        import of it) and are gone now. A record the plan changed since is a conflict."""
        tables = ("goal", "measure") if sheet.key == "goals" else (SHEET_TABLE[sheet.key],)
        for table in tables:
            seen: set[int | None] = {r.record_id for r in found if r.table == table and r.record_id is not None}
            seen |= {r.state.record_id for r in found if r.state is not None and r.table == table}
            for record_id, record in self.records[table].items():
                if record_id not in seen:
                    self._gone(sheet, table, record_id, record)

    def _gone(self, sheet: SheetRows, table: str, record_id: int, record: Any) -> None:
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


def _table_of(sheet: str, row_key: str) -> str:
    if sheet == "goals":
        return "measure" if row_key.startswith("m") else "goal"
    return SHEET_TABLE[sheet]
