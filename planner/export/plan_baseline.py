"""What the plan workbook held when it was exported, and what the plan took in from it since.

A cell of an edited workbook counts as a change only when the user changed it after the
export. So the workbook carries, in a very hidden sheet, every record cell as exported (the
cell's value and, for a field edited there, the model's value: ids rather than names, keys
rather than words); a change made in the plan since the export is then told apart from one
made in the workbook, and both from one made in both.

The plan in turn keeps, per export (the id in the hidden Lists sheet), the rows it has taken
in from that workbook: the cells of a row as last imported, the rows it added (a row typed
into the workbook has no id, so a later import of the same file knows it by these cells),
and the rows whose deletion it has dealt with. Importing the same workbook again therefore
gives no change, and a later version of it gives only what was edited since. A change the
user left unticked counts as dealt with as well; undoing the import forgets it all again.

An older version of the workbook (the untouched export, or the owner's first edit sent
again after the second was taken in) must not undo what a later one brought. So each kept
row also holds the values its cells had before (`history`) and the save time of the
workbook that last changed it (`stamp`, from the file's properties). A cell that holds the
exported value or an earlier one, in a workbook saved no later than that row's stamp, is
an old copy, not an edit: it is counted and left alone. In a workbook saved later, the same
cell is the user's deliberate return to the earlier value and counts as a change.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from openpyxl import Workbook
from openpyxl.worksheet.worksheet import Worksheet

from planner.export import plan_cells as pc
from planner.export import plan_texts as tx
from planner.export.plan_fields import SHEET_COLUMNS, Field, editable_fields
from planner.export.plan_sheet import PlanContent
from planner.store import ProjectStore

MISSING = object()  # no model value known for a cell: compare with the plan as it is
BASELINE_HEADER = ("sheet", "row", "column", "value", "model")


@dataclass(frozen=True)
class Base:
    """One cell as the plan last knew it: the cell's value (plain) and the model's value."""

    cell: object
    model: object = MISSING


def to_json(value: object) -> object:
    if isinstance(value, tuple):
        return [to_json(v) for v in value]
    return value


def from_json(value: object) -> object:
    if isinstance(value, list):
        return tuple(from_json(v) for v in value)
    return value


def same_cell(a: object, b: object) -> bool:
    """Two cells hold the same thing (dates as ISO text, 80.0 as 80, blank as blank)."""
    a, b = pc.plain(a), pc.plain(b)
    if isinstance(a, str) and not a.strip():
        a = None
    if isinstance(b, str) and not b.strip():
        b = None
    if isinstance(a, str) and isinstance(b, str):
        return a.strip() == b.strip()
    return pc.same_value(a, b)


# -- in the workbook ---------------------------------------------------------------------


def baseline_sheet(wb: Workbook, content: PlanContent) -> None:
    """Every record cell of the record sheets as written, with the model's value of each
    field edited there. Written after the record sheets, before the Lists sheet."""
    lang = content.language
    ws = wb.create_sheet(tx.pick(tx.SHEETS["baseline"], lang)[:31])
    ws.append(list(BASELINE_HEADER))
    ws.cell(row=1, column=7, value="Values as exported, for importing the workbook again. Do not edit.")
    records: dict[str, dict[str, Any]] = {
        "goal": {f"g{x.id}": x for x in content.goals},
        "measure": {str(x.id): x for x in content.measures},
        "checkin": {str(x.id): x for x in content.checkins},
        "touchpoint": {str(x.id): x for x in content.touchpoints},
        "persona": {str(x.id): x for x in content.personas},
    }
    for key, columns in SHEET_COLUMNS.items():
        name = tx.pick(tx.SHEETS[key], lang)[:31]
        if name not in wb.sheetnames:
            continue
        sheet = wb[name]
        for r in range(2, sheet.max_row + 1):
            row_id = sheet.cell(row=r, column=1).value
            if row_id in (None, ""):
                continue
            row_key = str(row_id)
            table = row_table(key, row_key)
            record = records[table].get(row_key if table == "goal" else row_key.lstrip("m"))
            fields = {f[0]: f for f in editable_fields(key, table)} if record is not None else {}
            for c, column in enumerate(columns, start=1):
                if column in ("id", "kind"):
                    continue
                value = sheet.cell(row=r, column=c).value
                model: object = None
                if column in fields:
                    model = json.dumps(to_json(getattr(record, fields[column][1])), ensure_ascii=False)
                _append(ws, (key, row_key, column, value, model))
    ws.sheet_state = "veryHidden"


def _append(ws: Worksheet, values: tuple[object, ...]) -> None:
    ws.append(list(values))
    for cell in ws[ws.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"  # user text stays text


def row_table(sheet: str, row_key: str) -> str:
    """The table of a row in a record sheet, by its sheet and id text."""
    if sheet == "goals":
        return "measure" if row_key.startswith("m") else "goal"
    return {"measures": "measure", "checkins": "checkin", "journey": "touchpoint", "personas": "persona"}[sheet]


Baseline = dict[tuple[str, str, str], Base]  # (sheet, row id as written, column) -> cell


def read_baseline(workbook: Workbook) -> Baseline | None:
    """The cells as exported, or None for a workbook without them (an older export, or the
    sheet deleted): then every cell that differs from the plan counts."""
    name = next((n for n in tx.SHEETS["baseline"] if n[:31] in workbook.sheetnames), None)
    if name is None:
        return None
    found: Baseline = {}
    for row in workbook[name[:31]].iter_rows(min_row=2, values_only=True):
        values = (tuple(row) + (None,) * 5)[:5]
        sheet, row_id, column, value, model = values
        if not (isinstance(sheet, str) and isinstance(column, str)) or row_id in (None, ""):
            continue
        found[(sheet, str(pc.plain(row_id)), column)] = Base(pc.plain(value), _model(model))
    return found


def _model(raw: object) -> object:
    if not isinstance(raw, str) or not raw:
        return MISSING
    try:
        return from_json(json.loads(raw))
    except ValueError:
        return MISSING


# -- in the plan -------------------------------------------------------------------------


@dataclass
class RowState:
    """What the plan keeps of one workbook row once an import is applied. `cells`: column
    -> Base; None for a row whose deletion was dealt with. `new`: a row typed into the
    workbook (known by its cells, since it has no id); `key`: its add change, whose record
    id is known only once it is written."""

    sheet: str
    table: str
    record_id: int | None
    cells: dict[str, Base] | None
    new: bool = False
    key: str = ""
    history: dict[str, list[object]] = field(default_factory=dict)  # column -> earlier cells
    stamp: str = ""  # when the workbook that last changed this row was saved (ISO), "" unknown

    def held_before(self, column: str, value: object) -> bool:
        """Whether `value` is one the cell had before an import replaced it."""
        return any(same_cell(value, old) for old in self.history.get(column, ()))

    def was_deleted_with(self, cells: Mapping[str, object]) -> bool:
        """Whether a deleted row held `cells` when it was deleted (its history's latest)."""
        last = {column: values[-1] for column, values in self.history.items() if values}
        return bool(last) and all(same_cell(cells.get(c), last.get(c)) for c in set(cells) | set(last))


def saved_no_later(stamp: str, state: RowState | None) -> bool:
    """Whether a workbook saved at `stamp` is no newer than the one that last changed the
    row: then an old value in it is an old copy. Unknown save times count as no newer
    (the plan keeps what it has) unless the row's own time is unknown too."""
    if state is None or not state.stamp:
        return False
    return not stamp or stamp <= state.stamp


def old_copy(state: RowState | None, stamp: str, column: str, value: object, exported: Base | None) -> bool:
    """A cell that differs from what the plan took in last, but holds the exported value or
    an earlier one, in a workbook saved no later than that: left as the plan has it."""
    if state is None or not saved_no_later(stamp, state):
        return False
    return (exported is not None and same_cell(value, exported.cell)) or state.held_before(column, value)


def workbook_stamp(workbook: Workbook) -> str:
    """When the workbook was last saved, from its properties (ISO, UTC), "" when it does not say."""
    modified = getattr(workbook.properties, "modified", None)
    return modified.isoformat(timespec="seconds") if isinstance(modified, datetime) else ""


def next_history(state: RowState | None, cells: Mapping[str, Base] | None) -> dict[str, list[object]]:
    """The history a row keeps once `state`'s cells are replaced by `cells` (None: deleted)."""
    history = {column: list(values) for column, values in (state.history if state else {}).items()}
    if state is None or state.cells is None:
        return history
    for column, base in state.cells.items():
        if cells is None or column not in cells or not same_cell(cells[column].cell, base.cell):
            kept = history.setdefault(column, [])
            kept[:] = [old for old in kept if not same_cell(base.cell, old)] + [base.cell]  # latest last
    return history


def remembered(store: ProjectStore, export_id: str) -> dict[tuple[str, str], RowState]:
    """The rows earlier imports of this export took in: (table, record key) -> state."""
    if not export_id:
        return {}
    rows = store.connection.execute(
        "SELECT tbl, record_key, state FROM workbook_row WHERE export_id = ?", (export_id,)
    ).fetchall()
    found: dict[tuple[str, str], RowState] = {}
    for table, record_key, raw in rows:
        try:
            state = json.loads(raw)
            cells = state.get("cells")
            found[(table, record_key)] = RowState(
                sheet=str(state.get("sheet", "")),
                table=table,
                record_id=int(record_key) if str(record_key).isdigit() else None,
                cells=None
                if cells is None
                else {
                    column: Base(value[0], from_json(value[1]) if len(value) > 1 else MISSING)
                    for column, value in cells.items()
                },
                new=bool(state.get("new")),
                history={str(k): list(v) for k, v in (state.get("history") or {}).items() if isinstance(v, list)},
                stamp=str(state.get("stamp") or ""),
            )
        except (ValueError, TypeError, AttributeError, IndexError):
            continue  # a damaged entry: that row is compared with the workbook's baseline
    return found


def remember(
    store: ProjectStore, export_id: str, states: Mapping[tuple[str, str], RowState]
) -> Callable[[ProjectStore], object]:
    """Keep `states` for this export (in the caller's transaction); returns the undo step."""
    before: dict[tuple[str, str], str | None] = {}
    with store.transaction() as conn:
        for (table, record_key), state in states.items():
            old = conn.execute(
                "SELECT state FROM workbook_row WHERE export_id = ? AND tbl = ? AND record_key = ?",
                (export_id, table, record_key),
            ).fetchone()
            before[(table, record_key)] = None if old is None else old[0]
            conn.execute(
                "INSERT OR REPLACE INTO workbook_row(export_id, tbl, record_key, state) VALUES (?, ?, ?, ?)",
                (export_id, table, record_key, _state_json(state)),
            )

    def undo(s: ProjectStore) -> None:
        with s.transaction() as conn:
            for (table, record_key), raw in before.items():
                if raw is None:
                    conn.execute(
                        "DELETE FROM workbook_row WHERE export_id = ? AND tbl = ? AND record_key = ?",
                        (export_id, table, record_key),
                    )
                else:
                    conn.execute(
                        "INSERT OR REPLACE INTO workbook_row(export_id, tbl, record_key, state) VALUES (?, ?, ?, ?)",
                        (export_id, table, record_key, raw),
                    )

    return undo


def _state_json(state: RowState) -> str:
    cells = None
    if state.cells is not None:
        cells = {
            column: [base.cell] if base.model is MISSING else [base.cell, to_json(base.model)]
            for column, base in state.cells.items()
        }
    found = {"sheet": state.sheet, "new": state.new, "cells": cells, "history": state.history, "stamp": state.stamp}
    return json.dumps(found, ensure_ascii=False, default=str)


def fields_by_column(fields: tuple[Field, ...]) -> dict[str, Field]:
    return {f[0]: f for f in fields}
