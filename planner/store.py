"""The project file: one SQLite database per plan (DESIGN section 4).

Every mutator runs in its own transaction and returns only after the commit, so a
change the caller has seen succeed survives a crash or a power cut. The mutators return
what they replaced, which is exactly what an undo command needs to put it back.

Opening is careful: a file that is not ours, is damaged, or comes from a newer version is
refused with a clear message and never written to; an older file is copied to a backup
before it is migrated.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import struct
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from planner.errors import (
    DamagedProjectError,
    DiskFullError,
    NewerVersionError,
    NotAProjectError,
    ProjectFileError,
    ProjectNotFoundError,
    check_expected,
    record_gone,
)
from planner.model import (
    PERSONA_TEXT_FIELDS,
    SETTINGS_FIELDS,
    Period,
    Persona,
    ProjectCounts,
    ProjectSettings,
)
from planner.schema import APPLICATION_ID, LATEST_VERSION, MIGRATIONS

PROJECT_SUFFIX = ".rplan"
_SQLITE_MAGIC = b"SQLite format 3\x00"


def _now() -> str:
    return datetime.now(UTC).replace(microsecond=0).isoformat()


def read_header(path: Path) -> tuple[int, int]:
    """(application_id, user_version) straight from the file header, without SQLite.

    Reading the header ourselves means a foreign or newer file is recognised without
    ever handing it to a library that might write to it.
    """
    try:
        with open(path, "rb") as fh:
            head = fh.read(100)
    except FileNotFoundError:
        raise ProjectNotFoundError(f"The file {path} does not exist.", path=str(path)) from None
    except OSError as exc:
        raise ProjectFileError(
            f"The file {path} cannot be read: {exc.strerror}.", path=str(path), reason=exc.strerror or ""
        ) from None
    if len(head) < 100 or not head.startswith(_SQLITE_MAGIC):
        raise NotAProjectError(
            f"{path.name} is not a Retention Planner project.",
            hint="Open a .rplan file created by Retention Planner.",
            path=str(path),
        )
    (user_version,) = struct.unpack(">I", head[60:64])
    (application_id,) = struct.unpack(">I", head[68:72])
    return application_id, user_version


class ProjectStore:
    """An open project file. Use `create()` or `open()`; close with `close()`."""

    def __init__(self, path: Path, conn: sqlite3.Connection) -> None:
        self.path = path
        self._conn = conn
        self._depth = 0  # transaction nesting: inner ones join the outermost

    # -- opening and closing ----------------------------------------------------------

    @classmethod
    def create(cls, path: str | os.PathLike[str], settings: ProjectSettings | None = None) -> ProjectStore:
        """Create a new project file. An existing file at `path` is replaced only once
        the new one is complete (written beside it, then renamed)."""
        path = Path(path)
        tmp = path.with_name(path.name + ".creating")
        tmp.unlink(missing_ok=True)
        conn = _connect(tmp)
        try:
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            _migrate(conn, 0)
            now = _now()
            settings = (settings or ProjectSettings()).with_changes(created=now, modified=now)
            with _transaction(conn):
                for key, value in _settings_rows(settings):
                    conn.execute("INSERT INTO meta(key, value) VALUES (?, ?)", (key, value))
            conn.close()
            os.replace(tmp, path)
        except BaseException:
            conn.close()
            tmp.unlink(missing_ok=True)
            raise
        return cls(path, _connect(path))

    @classmethod
    def open(cls, path: str | os.PathLike[str]) -> ProjectStore:
        path = Path(path)
        application_id, version = read_header(path)
        if application_id != APPLICATION_ID:
            raise NotAProjectError(
                f"{path.name} is a database, but not a Retention Planner project.",
                hint="Open a .rplan file created by Retention Planner.",
                path=str(path),
            )
        if version > LATEST_VERSION:
            raise NewerVersionError(
                f"{path.name} was saved by a newer version of Retention Planner "
                f"(file format {version}, this version reads up to {LATEST_VERSION}).",
                hint="Update Retention Planner to open it; the file was not changed.",
                path=str(path),
                version=version,
                supported=LATEST_VERSION,
            )
        _check_integrity(path)
        if version < LATEST_VERSION:
            backup = path.with_name(f"{path.stem}.v{version}-backup{path.suffix}")
            shutil.copy2(path, backup)
        conn = _connect(path)
        try:
            _migrate(conn, version)
            _load_settings(conn)  # proves the content is readable
        except sqlite3.DatabaseError as exc:
            conn.close()
            raise DamagedProjectError(f"{path.name} is damaged and cannot be opened ({exc}).", path=str(path)) from None
        return cls(path, conn)

    def close(self) -> None:
        self._conn.close()

    def save_as(self, path: str | os.PathLike[str], *, own_identity: bool = False) -> None:
        """Write a complete copy to `path` and continue working in the copy.

        `own_identity` gives the copy a creation stamp of its own. The stamp is what a plan
        workbook names as the plan it came from, so copies that share it (every copy of the
        demo) accept each other's workbooks; a copy that becomes someone's own plan must
        not. It is set in the copy before the copy takes the name, so a failed save leaves
        neither a half-renamed plan nor a copy with the old stamp."""
        path = Path(path)
        if path.resolve() == self.path.resolve():
            return
        tmp = path.with_name(path.name + ".saving")
        tmp.unlink(missing_ok=True)
        try:
            dest = sqlite3.connect(tmp)
            with dest:
                self._conn.backup(dest)
            if own_identity:  # microseconds keep two plans made in the same second apart
                with dest:
                    dest.execute("UPDATE meta SET value = ? WHERE key = 'created'", (datetime.now(UTC).isoformat(),))
            dest.close()
            os.replace(tmp, path)
        except (OSError, sqlite3.Error) as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectFileError(f"Could not save to {path}: {exc}.", path=str(path), reason=str(exc)) from None
        self._conn.close()
        self.path = path
        self._conn = _connect(path)

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One committed unit of change; also stamps the project's modification time.

        Transactions nest: an inner one joins the outermost, which commits everything or
        nothing. So a user action made of several mutators (delete a goal and take it off
        its measures; undo it) is one transaction when it runs inside one.
        """
        if self._depth:
            self._depth += 1
            try:
                yield self._conn
            finally:
                self._depth -= 1
            return
        self._depth = 1
        try:
            with _transaction(self._conn) as conn:
                yield conn
                conn.execute("UPDATE meta SET value = ? WHERE key = 'modified'", (_now(),))
        except sqlite3.Error as exc:
            if _is_write_failure(exc):
                raise _write_failed(self.path) from exc
            raise
        finally:
            self._depth = 0

    @property
    def connection(self) -> sqlite3.Connection:
        return self._conn

    # -- settings ---------------------------------------------------------------------

    def settings(self) -> ProjectSettings:
        return _load_settings(self._conn)

    def update_settings(self, *, expected: dict[str, object] | None = None, **changes: object) -> ProjectSettings:
        """Change project settings; returns the settings as they were before. `expected`:
        as in `RecordTable.update`."""
        unknown = set(changes) - set(SETTINGS_FIELDS)
        if unknown:
            raise ValueError(f"unknown settings: {sorted(unknown)}")
        with self.transaction() as conn:
            old = self.settings()
            check_expected("settings", old, expected)
            new = old.with_changes(**changes)
            for key, value in _settings_rows(new):
                if key in changes:
                    conn.execute("UPDATE meta SET value = ? WHERE key = ?", (value, key))
        return old

    # -- personas ---------------------------------------------------------------------

    def personas(self) -> list[Persona]:
        cols = ", ".join(("id",) + PERSONA_TEXT_FIELDS)
        rows = self._conn.execute(f"SELECT {cols} FROM persona ORDER BY position, id").fetchall()
        return [Persona(*row) for row in rows]

    def persona(self, persona_id: int) -> Persona:
        for p in self.personas():
            if p.id == persona_id:
                return p
        raise record_gone("persona", persona_id)

    def insert_persona(self, persona: Persona, position: int | None = None) -> Persona:
        """Insert at `position` (default: at the end). A persona with an id keeps it, so
        undoing a deletion restores the very same record."""
        with self.transaction() as conn:
            count = conn.execute("SELECT COUNT(*) FROM persona").fetchone()[0]
            position = count if position is None else max(0, min(position, count))
            ids = [r[0] for r in conn.execute("SELECT id FROM persona ORDER BY position, id")]
            ids_new = ids[:position] + [None] + ids[position:]
            values = {name: getattr(persona, name) for name in PERSONA_TEXT_FIELDS}
            cols = ", ".join(("id", "position") + PERSONA_TEXT_FIELDS)
            marks = ", ".join("?" * (2 + len(PERSONA_TEXT_FIELDS)))
            cur = conn.execute(
                f"INSERT INTO persona({cols}) VALUES ({marks})",
                (persona.id or None, position, *values.values()),
            )
            new_id = persona.id or cur.lastrowid
            ids_new[position] = new_id
            renumber(conn, "persona", ids_new)
            if persona.photo:  # an undone deletion brings the photo back too
                conn.execute("INSERT INTO persona_photo(persona_id, image) VALUES (?, ?)", (new_id, persona.photo))
        return persona.with_changes(id=new_id)

    def update_persona(self, persona_id: int, *, expected: dict[str, object] | None = None, **changes: str) -> Persona:
        """Change fields of one persona; returns the persona as it was. `expected`: as in
        `RecordTable.update`."""
        unknown = set(changes) - set(PERSONA_TEXT_FIELDS)
        if unknown:
            raise ValueError(f"unknown persona fields: {sorted(unknown)}")
        with self.transaction() as conn:
            old = self.persona(persona_id)
            check_expected("persona", old, expected)
            if changes:
                sets = ", ".join(f"{name} = ?" for name in changes)
                conn.execute(f"UPDATE persona SET {sets} WHERE id = ?", (*changes.values(), persona_id))
        return old

    def delete_persona(self, persona_id: int) -> tuple[Persona, int]:
        """Delete one persona; returns it and the position it had."""
        with self.transaction() as conn:
            old = self.persona(persona_id)
            photo = conn.execute("SELECT image FROM persona_photo WHERE persona_id = ?", (persona_id,)).fetchone()
            if photo:  # what an undo needs to put it back whole
                old = old.with_changes(photo=bytes(photo[0]))
            ids = [r[0] for r in conn.execute("SELECT id FROM persona ORDER BY position, id")]
            position = ids.index(persona_id)
            conn.execute("DELETE FROM persona WHERE id = ?", (persona_id,))
            ids.remove(persona_id)
            renumber(conn, "persona", ids)
        return old, position

    # -- overview ---------------------------------------------------------------------

    def counts(self) -> ProjectCounts:
        personas = self._conn.execute("SELECT COUNT(*) FROM persona").fetchone()[0]
        touchpoints = self._conn.execute("SELECT COUNT(*) FROM touchpoint").fetchone()[0]
        goals = self._conn.execute("SELECT COUNT(*) FROM goal").fetchone()[0]
        measures = self._conn.execute("SELECT COUNT(*) FROM measure").fetchone()[0]
        imports, rows = self._conn.execute("SELECT COUNT(*), COALESCE(SUM(row_count), 0) FROM sales_import").fetchone()
        return ProjectCounts(
            personas=personas,
            touchpoints=touchpoints,
            goals=goals,
            measures=measures,
            sales_imports=imports,
            sales_rows=rows,
        )


# -- helpers ----------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, isolation_level=None)
    # A rollback journal (not WAL) keeps the plan in one self-contained file that can be
    # mailed or copied at any moment; FULL sync makes a commit survive a power cut.
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.execute("PRAGMA synchronous = FULL")
    conn.execute("PRAGMA foreign_keys = ON")
    return conn


@contextmanager
def _transaction(conn: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    conn.execute("BEGIN IMMEDIATE")
    try:
        yield conn
        conn.execute("COMMIT")
    except BaseException:
        # On a full disk SQLite has often rolled back already: a ROLLBACK then fails with
        # "no transaction is active" and would hide the real cause. If the rollback itself
        # cannot write, the journal stays hot and SQLite finishes the rollback on the next
        # access; either way nothing of the change remains.
        if conn.in_transaction:
            with suppress(sqlite3.Error):
                conn.execute("ROLLBACK")
        raise


def _is_write_failure(exc: sqlite3.Error) -> bool:
    """SQLITE_FULL, or an I/O error (what a full disk gives while the journal is written)."""
    name = getattr(exc, "sqlite_errorname", "") or ""
    return name.startswith(("SQLITE_FULL", "SQLITE_IOERR")) or "disk is full" in str(exc)


def _write_failed(path: Path) -> DiskFullError:
    try:
        free = shutil.disk_usage(path.parent).free
    except OSError:
        free = 0
    if free < 64 * 1024**2:
        return DiskFullError(
            f"The disk holding {path.name} is full: the change was not saved, and the plan is as it was.",
            hint="Free some space (empty the recycle bin, move large files), then make the change again.",
            code="disk_full",
            path=str(path),
        )
    return DiskFullError(
        f"{path.name} could not be written: the change was not saved, and the plan is as it was.",
        hint="Check that the drive is still connected and writable, then make the change again.",
        code="disk_write_failed",
        path=str(path),
    )


def _migrate(conn: sqlite3.Connection, from_version: int) -> None:
    for version in range(from_version + 1, LATEST_VERSION + 1):
        with _transaction(conn):
            for statement in MIGRATIONS[version - 1].split(";"):
                if statement.strip():
                    conn.execute(statement)
            conn.execute(f"PRAGMA user_version = {version}")


def _check_integrity(path: Path) -> None:
    """Refuse a damaged file before anything can write to it.

    The check runs on a read-only connection. A leftover journal means an interrupted
    transaction that SQLite must roll back before reading; that recovery is SQLite's
    own crash safety and is the one write we allow.
    """
    journal = path.with_name(path.name + "-journal")
    uri = f"{path.resolve().as_uri()}?mode={'rw' if journal.exists() else 'ro'}"
    try:
        conn = sqlite3.connect(uri, uri=True)
    except sqlite3.Error as exc:
        raise ProjectFileError(f"{path.name} cannot be opened: {exc}.", path=str(path), reason=str(exc)) from None
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if result != [("ok",)]:
            raise DamagedProjectError(
                f"{path.name} is damaged ({result[0][0]}).",
                hint="Open a backup copy; the damaged file was not changed.",
                path=str(path),
            )
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if "meta" not in tables:
            raise DamagedProjectError(f"{path.name} is incomplete (no project settings).", path=str(path))
    except sqlite3.DatabaseError as exc:
        raise DamagedProjectError(
            f"{path.name} is damaged and cannot be read ({exc}).",
            hint="Open a backup copy; the damaged file was not changed.",
            path=str(path),
        ) from None
    finally:
        conn.close()


def _settings_rows(settings: ProjectSettings) -> list[tuple[str, str]]:
    rows = []
    for key, value in asdict(settings).items():
        rows.append((key, value.value if isinstance(value, Period) else str(value)))
    return rows


def _load_settings(conn: sqlite3.Connection) -> ProjectSettings:
    stored = dict(conn.execute("SELECT key, value FROM meta").fetchall())
    base = ProjectSettings()
    values: dict[str, object] = {}
    for key, default in asdict(base).items():
        if key not in stored:
            continue
        raw = stored[key]
        try:
            if isinstance(default, Period):
                values[key] = Period(raw)
            elif isinstance(default, int):
                values[key] = int(raw)
            elif isinstance(default, float):
                values[key] = float(raw)
            else:
                values[key] = raw
        except ValueError:
            continue  # a hand-edited bad value falls back to the default
    return base.with_changes(**values)


def new_row_id(cursor: sqlite3.Cursor) -> int:
    """The id SQLite gave the row an INSERT just wrote."""
    if cursor.lastrowid is None:
        raise RuntimeError("INSERT wrote no row")
    return cursor.lastrowid


def renumber(conn: sqlite3.Connection, table: str, ids: Sequence[int | None]) -> None:
    """Store the list order of `ids` as their positions."""
    conn.executemany(f"UPDATE {table} SET position = ? WHERE id = ?", [(i, pid) for i, pid in enumerate(ids)])


@dataclass(frozen=True)
class GroupOrder:
    """Records kept in an order of their own within a group (touchpoints per stage, the ideas
    board's notes per stage): `position` counts within the value of `column`. Every step runs
    inside the caller's transaction."""

    table: str
    column: str

    def ids(self, conn: sqlite3.Connection, group: object) -> list[int]:
        rows = conn.execute(f"SELECT id FROM {self.table} WHERE {self.column} = ? ORDER BY position, id", (group,))
        return [r[0] for r in rows]

    def slot(self, conn: sqlite3.Connection, group: object, position: int | None) -> tuple[list[int], int]:
        """The group's ids and where a new record goes (`position` kept within them; None: last)."""
        ids = self.ids(conn, group)
        return ids, len(ids) if position is None else max(0, min(position, len(ids)))

    def take_out(self, conn: sqlite3.Connection, group: object, record_id: int) -> int:
        """Close the gap a record leaves in its group (before it is deleted or moved); its old position."""
        ids = self.ids(conn, group)
        position = ids.index(record_id)
        ids.remove(record_id)
        renumber(conn, self.table, ids)
        return position

    def move(self, conn: sqlite3.Connection, record_id: int, old: object, new: object, position: int) -> int:
        """Move a record to group `new` at `position` (within its own group too); its old position."""
        old_position = self.take_out(conn, old, record_id)
        target = [i for i in self.ids(conn, new) if i != record_id]
        target.insert(max(0, min(position, len(target))), record_id)
        conn.execute(f"UPDATE {self.table} SET {self.column} = ? WHERE id = ?", (new, record_id))
        renumber(conn, self.table, target)
        return old_position
