"""Goals, measures and check-ins in the project file (DESIGN section 3).

Mutators return what undo needs, as everywhere in the store. A measure names its goals
and touchpoints by id; deleting a goal takes it off its measures, and restoring the goal
puts it back on them.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import date
from typing import TYPE_CHECKING

from planner.errors import record_gone
from planner.model import GOAL_FIELDS, MEASURE_FIELDS, CheckIn, Goal, Measure
from planner.records import RecordTable
from planner.store import ProjectStore, new_row_id

if TYPE_CHECKING:  # smart imports this module
    from planner.goals.smart import Progress

GOALS: RecordTable[Goal] = RecordTable("goal", Goal, GOAL_FIELDS)
MEASURES: RecordTable[Measure] = RecordTable("measure", Measure, MEASURE_FIELDS)


def goals(store: ProjectStore) -> list[Goal]:
    return GOALS.all(store)


def measures(store: ProjectStore, goal_id: int | None = None) -> list[Measure]:
    everything = MEASURES.all(store)
    return everything if goal_id is None else [m for m in everything if goal_id in m.goal_ids]


@dataclass(frozen=True)
class RemovedGoal:
    goal: Goal
    position: int
    measures: tuple[int, ...]  # measures the goal was taken off


def delete_goal(store: ProjectStore, goal_id: int) -> RemovedGoal:
    """Delete a goal and take it off its measures: one transaction."""
    with store.transaction():
        linked = [m for m in MEASURES.all(store) if goal_id in m.goal_ids]
        for m in linked:
            MEASURES.update(store, m.id, goal_ids=tuple(g for g in m.goal_ids if g != goal_id))
        goal, position = GOALS.delete(store, goal_id)
    return RemovedGoal(goal, position, tuple(m.id for m in linked))


def restore_goal(store: ProjectStore, removed: RemovedGoal) -> None:
    """Undo `delete_goal`: one transaction. A measure deleted meanwhile stays deleted."""
    with store.transaction():
        GOALS.insert(store, removed.goal, removed.position)
        present = {m.id: m for m in MEASURES.all(store)}
        for measure_id in removed.measures:
            m = present.get(measure_id)
            if m is not None and removed.goal.id not in m.goal_ids:
                MEASURES.update(store, measure_id, goal_ids=m.goal_ids + (removed.goal.id,))


def measures_at_touchpoint(store: ProjectStore, touchpoint_id: int) -> list[Measure]:
    """The measures acting on a touchpoint (shown on the journey map)."""
    return [m for m in MEASURES.all(store) if touchpoint_id in m.touchpoints]


# -- check-ins --------------------------------------------------------------------------------


def checkins(store: ProjectStore, kind: str, target_id: int) -> list[CheckIn]:
    rows = store.connection.execute(
        "SELECT id, kind, target_id, date, value, note FROM checkin WHERE kind = ? AND target_id = ? ORDER BY date, id",
        (kind, target_id),
    )
    return [CheckIn(*row) for row in rows]


def add_checkin(store: ProjectStore, checkin: CheckIn) -> CheckIn:
    with store.transaction() as conn:
        cur = conn.execute(
            "INSERT INTO checkin(id, kind, target_id, date, value, note) VALUES (?, ?, ?, ?, ?, ?)",
            (checkin.id or None, checkin.kind, checkin.target_id, checkin.date, checkin.value, checkin.note),
        )
    return CheckIn(
        checkin.id or new_row_id(cur), checkin.kind, checkin.target_id, checkin.date, checkin.value, checkin.note
    )


def _checkin_row(conn: sqlite3.Connection, checkin_id: int) -> tuple:
    row = conn.execute(
        "SELECT id, kind, target_id, date, value, note FROM checkin WHERE id = ?", (checkin_id,)
    ).fetchone()
    if row is None:
        raise record_gone("checkin", checkin_id)
    return tuple(row)


def update_checkin(store: ProjectStore, checkin_id: int, **changes: object) -> CheckIn:
    """Change a check-in's goal, date, value or note; returns it as it was."""
    unknown = set(changes) - {"target_id", "date", "value", "note"}
    if unknown:
        raise ValueError(f"unknown check-in fields: {sorted(unknown)}")
    with store.transaction() as conn:
        row = _checkin_row(conn, checkin_id)
        if changes:
            sets = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(f"UPDATE checkin SET {sets} WHERE id = ?", (*changes.values(), checkin_id))
    return CheckIn(*row)


def goal_checkins(store: ProjectStore) -> list[CheckIn]:
    """Every goal's check-ins, by goal and date."""
    rows = store.connection.execute(
        "SELECT id, kind, target_id, date, value, note FROM checkin WHERE kind = 'goal' ORDER BY target_id, date, id"
    )
    return [CheckIn(*row) for row in rows]


def delete_checkin(store: ProjectStore, checkin_id: int) -> CheckIn:
    with store.transaction() as conn:
        row = _checkin_row(conn, checkin_id)
        conn.execute("DELETE FROM checkin WHERE id = ?", (checkin_id,))
    return CheckIn(*row)


@dataclass(frozen=True)
class Due:
    measure: Measure
    kind: str  # "starts", "ends" or "overdue"
    day: str


def measures_due(all_measures: list[Measure], today: date, days: int = 30) -> list[Due]:
    """Measures that start or end within `days`, and active ones past their end date,
    soonest first: what the team must act on next."""
    horizon = today.toordinal() + days
    due: list[Due] = []
    for m in all_measures:
        if m.status in ("done", "stopped"):
            continue
        start, end = _day(m.start), _day(m.end)
        if end is not None and end < today and m.status == "active":
            due.append(Due(m, "overdue", m.end))
        elif start is not None and today <= start and start.toordinal() <= horizon and m.status in ("idea", "planned"):
            due.append(Due(m, "starts", m.start))
        elif end is not None and today <= end and end.toordinal() <= horizon:
            due.append(Due(m, "ends", m.end))
    return sorted(due, key=lambda d: (d.kind != "overdue", d.day))


def _day(text: str) -> date | None:
    try:
        return date.fromisoformat(text) if text else None
    except ValueError:
        return None


def progress_of(
    store: ProjectStore, goal: Goal, periods: list[dict], today: date, nps: float | None = None
) -> Progress:
    """A goal's progress now: its current value from the data (`nps`: the survey's latest
    complete NPS) or its latest check-in."""
    from planner.goals.smart import current_value, goal_progress

    values = [c.value for c in checkins(store, "goal", goal.id)]
    return goal_progress(goal, current_value(goal, periods, values, nps), today=today)
