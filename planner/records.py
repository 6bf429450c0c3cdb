"""A small, undo-friendly table of dataclass records with a user-defined order.

Goals and measures share this: list, get, insert at a place (keeping a given id, so an
undone deletion comes back as the same record), update returning the old record, delete
returning the record and its place, and move. Tuple fields are stored as JSON lists.

A colleague may have the same plan open: an update reads the record and writes only the
fields it changes inside one transaction, so their change to another field stays; with
`expected`, it writes only if those fields still hold what this user last saw (an undo
never overwrites a colleague's newer value). A record deleted meanwhile is a
`RecordGoneError` with a plain message.
"""

from __future__ import annotations

import json
from dataclasses import fields
from typing import Generic, Protocol, TypeVar

from planner.errors import check_expected, record_gone
from planner.store import ProjectStore, new_row_id, renumber


class _Record(Protocol):
    @property
    def id(self) -> int: ...


R = TypeVar("R", bound=_Record)


class RecordTable(Generic[R]):
    def __init__(self, table: str, record: type[R], editable: tuple[str, ...]) -> None:
        self.table = table
        self.record = record
        self.editable = editable
        types = {f.name: f.type for f in fields(record)}  # type: ignore[arg-type]
        self._tuples = {name for name in editable if str(types[name]).startswith("tuple")}
        self._bools = {name for name in editable if str(types[name]) == "bool"}

    # conversion
    def _to_row(self, record: R) -> tuple[object, ...]:
        out = []
        for name in self.editable:
            value = getattr(record, name)
            if name in self._tuples:
                value = json.dumps(list(value))
            elif name in self._bools:
                value = int(bool(value))
            out.append(value)
        return tuple(out)

    def _from_row(self, row: tuple[object, ...]) -> R:
        values = dict(zip(("id",) + self.editable, row))
        for name in self._tuples:
            values[name] = tuple(json.loads(values[name] or "[]"))  # type: ignore[arg-type]
        for name in self._bools:
            values[name] = bool(values[name])
        return self.record(**values)

    # reading
    def all(self, store: ProjectStore) -> list[R]:
        cols = ", ".join(("id",) + self.editable)
        rows = store.connection.execute(f"SELECT {cols} FROM {self.table} ORDER BY position, id")
        return [self._from_row(row) for row in rows]

    def get(self, store: ProjectStore, record_id: int) -> R:
        cols = ", ".join(("id",) + self.editable)
        row = store.connection.execute(f"SELECT {cols} FROM {self.table} WHERE id = ?", (record_id,)).fetchone()
        if row is None:
            raise record_gone(self.table, record_id)
        return self._from_row(row)

    def _order(self, store: ProjectStore) -> list[int]:
        return [r[0] for r in store.connection.execute(f"SELECT id FROM {self.table} ORDER BY position, id")]

    # changing
    def insert(self, store: ProjectStore, record: R, position: int | None = None) -> R:
        record_id = record.id
        with store.transaction() as conn:
            ids = self._order(store)
            position = len(ids) if position is None else max(0, min(position, len(ids)))
            last = position == len(ids)  # appended: after the others, without renumbering them all
            stored = conn.execute(f"SELECT COALESCE(MAX(position), -1) + 1 FROM {self.table}").fetchone()[0]
            cols = ", ".join(("id", "position") + self.editable)
            marks = ", ".join("?" * (2 + len(self.editable)))
            cur = conn.execute(
                f"INSERT INTO {self.table}({cols}) VALUES ({marks})",
                (record_id or None, stored if last else position, *self._to_row(record)),
            )
            new_id = record_id or new_row_id(cur)
            if not last:
                renumber(conn, self.table, ids[:position] + [new_id] + ids[position:])
        return record.with_changes(id=new_id)  # type: ignore[attr-defined]

    def update(
        self, store: ProjectStore, record_id: int, *, expected: dict[str, object] | None = None, **changes: object
    ) -> R:
        """Write `changes`; returns the record as it was. With `expected`, refuse with a
        `ConflictError` when any of those fields holds something else by now."""
        unknown = set(changes) - set(self.editable)
        if unknown:
            raise ValueError(f"unknown {self.table} fields: {sorted(unknown)}")
        with store.transaction() as conn:
            old = self.get(store, record_id)
            check_expected(self.table, old, expected)
            if changes:
                new = old.with_changes(**changes)  # type: ignore[attr-defined]
                row = dict(zip(self.editable, self._to_row(new)))
                sets = ", ".join(f"{name} = ?" for name in changes)
                conn.execute(
                    f"UPDATE {self.table} SET {sets} WHERE id = ?", (*(row[name] for name in changes), record_id)
                )
        return old

    def delete(self, store: ProjectStore, record_id: int) -> tuple[R, int]:
        with store.transaction() as conn:
            old = self.get(store, record_id)
            ids = self._order(store)
            position = ids.index(record_id)
            conn.execute(f"DELETE FROM {self.table} WHERE id = ?", (record_id,))
            ids.remove(record_id)
            renumber(conn, self.table, ids)
        return old, position

    def move(self, store: ProjectStore, record_id: int, position: int) -> int:
        with store.transaction() as conn:
            ids = self._order(store)
            if record_id not in ids:
                raise record_gone(self.table, record_id)
            old = ids.index(record_id)
            ids.remove(record_id)
            ids.insert(max(0, min(position, len(ids))), record_id)
            renumber(conn, self.table, ids)
        return old
