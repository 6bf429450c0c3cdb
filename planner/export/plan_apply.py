"""Writing the changes of a re-imported plan workbook: all of them in one transaction, and
the steps that take them back again (the window's undo, one step for the whole import).

Order matters: new team members first (owners of other rows), then new goals (a new
measure may serve one), then the other additions, the updates, and the deletions last.
A change that refers to a row added by the same import finds it by its key; when that
row was not chosen in the preview, the reference is dropped (no owner, one goal fewer).
Updates name the values they expect, so a colleague's edit since the export is not
overwritten: the store refuses and nothing at all is written.

With the import's `found`, the plan also keeps what it took in from that workbook
(planner.export.plan_baseline): the rows it read, with the ids of the records it added.
The changes left unticked count as dealt with too, so the same workbook does not offer
them again; undoing the import forgets it all.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Sequence
from typing import Any

from planner import journey as j
from planner.export.plan_baseline import MISSING, Base, RowState, remember
from planner.export.plan_cells import Ref
from planner.export.plan_import import Change, PlanImport
from planner.goals import goal_table as g
from planner.model import CheckIn, Goal, Measure, Persona, TeamMember, Touchpoint
from planner.records import RecordTable
from planner.store import ProjectStore

Step = Callable[[ProjectStore], object]
_ADD_ORDER = ("member", "goal", "measure", "checkin", "touchpoint", "persona")
_DELETE_ORDER = ("measure", "checkin", "touchpoint", "persona", "goal")


def apply_plan_import(
    store: ProjectStore,
    changes: Sequence[Change],
    found: PlanImport | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> list[Step]:
    """Write `changes` (those chosen of `found.changes`); returns the steps that undo
    them, in the order to run them. `progress(fraction, "")` is told now and then: 5,000
    rows take seconds, and the window applies them in a worker with a progress bar."""
    undo: list[Step] = []
    created: dict[str, int] = {}
    done = _Counted(len(changes), progress)
    with store.transaction():
        for table in _ADD_ORDER:
            for change in (c for c in changes if c.kind == "add" and c.table == table):
                done.step()
                values = _resolved(change.values, created)
                if table == "checkin" and "target_id" not in values:
                    continue  # its goal is a new one that was not chosen
                created[change.key] = _add(store, change, values, undo)
        updates: dict[tuple[str, int], dict[str, Any]] = {}
        for change in (c for c in changes if c.kind == "update"):
            done.step()
            values = _resolved(change.values, created)
            if values:
                updates.setdefault((change.table, change.record_id or 0), {}).update(values)
        for (table, record_id), values in updates.items():
            _update(store, table, record_id, values, undo)
        for table in _DELETE_ORDER:
            for change in (c for c in changes if c.kind == "delete" and c.table == table):
                done.step()
                _delete(store, table, change.record_id or 0, undo)
        if found is not None and found.export_id and found.rows:
            undo.append(remember(store, found.export_id, _taken_in(found.rows, created)))
    return undo[::-1]


class _Counted:
    """Tells `progress` about every fiftieth change (the rest of the work, remembering the
    rows, is the last few per cent)."""

    def __init__(self, total: int, progress: Callable[[float, str], None] | None) -> None:
        self.total, self.count, self.progress = max(total, 1), 0, progress

    def step(self) -> None:
        self.count += 1
        if self.progress is not None and self.count % 50 == 0:
            self.progress(0.95 * self.count / self.total, "")


def _taken_in(rows: Sequence[RowState], created: dict[str, int]) -> dict[tuple[str, str], RowState]:
    """The rows as the plan keeps them: with the ids of the records added for them; an
    added row not chosen is kept by its cells, so that it is not offered again."""
    states: dict[tuple[str, str], RowState] = {}
    for row in rows:
        record_id = row.record_id if row.record_id is not None else created.get(row.key)
        cells = None if row.cells is None else {c: _taken_cell(b, created) for c, b in row.cells.items()}
        if record_id is not None:
            record_key = str(record_id)
        else:
            plain = json.dumps({c: repr(b.cell) for c, b in (cells or {}).items()}, sort_keys=True)
            record_key = "new:" + hashlib.sha256(plain.encode()).hexdigest()[:16]
        states[(row.table, record_key)] = RowState(
            row.sheet, row.table, record_id, cells, new=row.new, history=row.history, stamp=row.stamp
        )
    return states


def _taken_cell(base: Base, created: dict[str, int]) -> Base:
    """A cell with the rows it names by Ref replaced by their ids (no model value when one
    of them was not added)."""
    model = base.model
    if isinstance(model, Ref):
        return Base(base.cell, created.get(model.key, MISSING))
    if isinstance(model, tuple) and any(isinstance(v, Ref) for v in model):
        if not all(v.key in created for v in model if isinstance(v, Ref)):
            return Base(base.cell)
        return Base(base.cell, tuple(created[v.key] if isinstance(v, Ref) else v for v in model))
    return base


def undo_plan_import(store: ProjectStore, steps: Sequence[Step]) -> None:
    with store.transaction():
        for step in steps:
            step(store)


def _resolved(values: dict[str, Any], created: dict[str, int]) -> dict[str, Any]:
    """Refs replaced by the ids of the rows they name; a field whose only value is a Ref to
    a row not added is left out."""
    result: dict[str, Any] = {}
    for name, value in values.items():
        if isinstance(value, Ref):
            if value.key in created:
                result[name] = created[value.key]
        elif isinstance(value, tuple):
            result[name] = tuple(
                created[v.key] if isinstance(v, Ref) else v for v in value if not isinstance(v, Ref) or v.key in created
            )
        else:
            result[name] = value
    return result


def _add(store: ProjectStore, change: Change, values: dict[str, Any], undo: list[Step]) -> int:
    table = change.table
    if table == "member":
        member = j.insert_member(store, TeamMember(**values))
        undo.append(lambda s: j.delete_member(s, member.id))
        return member.id
    if table == "goal":
        goal = g.GOALS.insert(store, Goal(**values))
        undo.append(lambda s: g.delete_goal(s, goal.id))
        return goal.id
    if table == "measure":
        measure = g.MEASURES.insert(store, Measure(**values))
        undo.append(lambda s: g.MEASURES.delete(s, measure.id))
        return measure.id
    if table == "checkin":
        checkin = g.add_checkin(store, CheckIn(kind="goal", **values))
        undo.append(lambda s: g.delete_checkin(s, checkin.id))
        return checkin.id
    if table == "touchpoint":
        tp = j.insert_touchpoint(store, Touchpoint(**values))
        undo.append(lambda s: j.delete_touchpoint(s, tp.id))
        return tp.id
    persona = store.insert_persona(Persona(**values))
    undo.append(lambda s: s.delete_persona(persona.id))
    return persona.id


def _update(store: ProjectStore, table: str, record_id: int, values: dict[str, Any], undo: list[Step]) -> None:
    if table == "touchpoint":
        stage = values.pop("stage_id", None)
        old_tp = j.touchpoint(store, record_id)
        if stage is not None and stage != old_tp.stage_id:
            old_stage, old_position = j.move_touchpoint(store, record_id, stage, 10**6)
            undo.append(lambda s: j.move_touchpoint(s, record_id, old_stage, old_position))
        if values:
            old = {name: getattr(old_tp, name) for name in values}
            j.update_touchpoint(store, record_id, expected=old, **values)
            undo.append(lambda s: j.update_touchpoint(s, record_id, expected=values, **old))
        return
    if table == "checkin":
        was = g.update_checkin(store, record_id, **values)
        old = {name: getattr(was, name) for name in values}
        undo.append(lambda s: g.update_checkin(s, record_id, **old))
        return
    if table == "persona":
        before = store.persona(record_id)
        old = {name: getattr(before, name) for name in values}
        store.update_persona(record_id, expected=old, **values)
        undo.append(lambda s: s.update_persona(record_id, expected=values, **old))
        return
    records: RecordTable[Any] = g.GOALS if table == "goal" else g.MEASURES
    old = {name: getattr(records.get(store, record_id), name) for name in values}
    records.update(store, record_id, expected=old, **values)
    undo.append(lambda s: records.update(s, record_id, expected=values, **old))


def _delete(store: ProjectStore, table: str, record_id: int, undo: list[Step]) -> None:
    if table == "goal":
        removed_goal = g.delete_goal(store, record_id)
        undo.append(lambda s: g.restore_goal(s, removed_goal))
    elif table == "measure":
        measure, position = g.MEASURES.delete(store, record_id)
        undo.append(lambda s: g.MEASURES.insert(s, measure, position))
    elif table == "checkin":
        checkin = g.delete_checkin(store, record_id)
        undo.append(lambda s: g.add_checkin(s, checkin))
    elif table == "touchpoint":
        tp, tp_position = j.delete_touchpoint(store, record_id)
        undo.append(lambda s: j.insert_touchpoint(s, tp, tp_position))
    else:
        persona, persona_position = store.delete_persona(record_id)
        undo.append(lambda s: s.insert_persona(persona, persona_position))
