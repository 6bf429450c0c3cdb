"""Touchpoint cards on the stages: each mutator is one transaction and returns what an
undo needs (the old place of a moved card, the removed card and its position)."""

from __future__ import annotations

import json
from collections.abc import Sequence

from planner.errors import check_expected, record_gone
from planner.model import TOUCHPOINT_FIELDS, Touchpoint
from planner.store import GroupOrder, ProjectStore, new_row_id, renumber

# -- touchpoints ------------------------------------------------------------------------------

_TP_COLUMNS = ("id", "stage_id") + TOUCHPOINT_FIELDS


def _touchpoint(row: Sequence[object]) -> Touchpoint:
    values = dict(zip(_TP_COLUMNS, row))
    values["personas"] = tuple(json.loads(values["personas"] or "[]"))  # type: ignore[arg-type]
    return Touchpoint(**values)  # type: ignore[arg-type]


def touchpoints(store: ProjectStore, stage_id: int | None = None) -> list[Touchpoint]:
    """Touchpoints in map order: by stage order, then their place in the stage."""
    sql = (
        f"SELECT {', '.join('t.' + c for c in _TP_COLUMNS)} FROM touchpoint t JOIN stage s ON s.id = t.stage_id"
        + (" WHERE t.stage_id = ?" if stage_id is not None else "")
        + " ORDER BY s.position, t.position, t.id"
    )
    rows = store.connection.execute(sql, (stage_id,) if stage_id is not None else ())
    return [_touchpoint(row) for row in rows]


def touchpoint(store: ProjectStore, touchpoint_id: int) -> Touchpoint:
    row = store.connection.execute(
        f"SELECT {', '.join(_TP_COLUMNS)} FROM touchpoint WHERE id = ?", (touchpoint_id,)
    ).fetchone()
    if row is None:
        raise record_gone("touchpoint", touchpoint_id)
    return _touchpoint(row)


ORDER = GroupOrder("touchpoint", "stage_id")  # a stage's touchpoints in their order


def _values(tp: Touchpoint) -> tuple[object, ...]:
    return tuple(
        json.dumps(list(tp.personas)) if name == "personas" else getattr(tp, name) for name in TOUCHPOINT_FIELDS
    )


def insert_touchpoint(store: ProjectStore, tp: Touchpoint, position: int | None = None) -> Touchpoint:
    if not -2 <= tp.emotion <= 2:
        raise ValueError("emotion must be between -2 and +2")
    with store.transaction() as conn:
        ids, position = ORDER.slot(conn, tp.stage_id, position)
        marks = ", ".join("?" * len(_TP_COLUMNS) + "?")
        cur = conn.execute(
            f"INSERT INTO touchpoint({', '.join(_TP_COLUMNS)}, position) VALUES ({marks})",
            (tp.id or None, tp.stage_id, *_values(tp), position),
        )
        new_id = tp.id or new_row_id(cur)
        renumber(conn, "touchpoint", ids[:position] + [new_id] + ids[position:])
    return tp.with_changes(id=new_id)


def update_touchpoint(
    store: ProjectStore, touchpoint_id: int, *, expected: dict[str, object] | None = None, **changes: object
) -> Touchpoint:
    """Write only the fields in `changes` (see `RecordTable.update` for `expected`)."""
    unknown = set(changes) - set(TOUCHPOINT_FIELDS)
    if unknown:
        raise ValueError(f"unknown touchpoint fields: {sorted(unknown)}")
    if "emotion" in changes and not -2 <= int(changes["emotion"]) <= 2:  # type: ignore[call-overload]
        raise ValueError("emotion must be between -2 and +2")
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        check_expected("touchpoint", old, expected)
        if changes:
            row = dict(zip(TOUCHPOINT_FIELDS, _values(old.with_changes(**changes))))
            sets = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(
                f"UPDATE touchpoint SET {sets} WHERE id = ?", (*(row[name] for name in changes), touchpoint_id)
            )
    return old


def delete_touchpoint(store: ProjectStore, touchpoint_id: int) -> tuple[Touchpoint, int]:
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        position = ORDER.take_out(conn, old.stage_id, touchpoint_id)
        conn.execute("DELETE FROM touchpoint WHERE id = ?", (touchpoint_id,))
    return old, position


def move_touchpoint(store: ProjectStore, touchpoint_id: int, stage_id: int, position: int) -> tuple[int, int]:
    """Move to `stage_id` at `position`; returns (old stage id, old position)."""
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        old_position = ORDER.move(conn, touchpoint_id, old.stage_id, stage_id, position)
    return old.stage_id, old_position
