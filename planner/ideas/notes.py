"""Sticky notes on the ideas board, in columns per journey stage.

A note names its stage by the stage's id, kept as text in `idea_note.stage` ("" for a note
on no stage): a renamed stage keeps its notes, and a note whose stage was deleted is still
read (the board shows it apart) instead of vanishing. Positions count within a stage, as
the touchpoints' do, so moving a note never renumbers the other columns.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import UTC, datetime
from typing import Any

from planner.errors import check_expected, record_gone
from planner.store import GroupOrder, ProjectStore, new_row_id, renumber

KINDS = ("idea", "pain", "question")
CONVERTED_KINDS = ("", "touchpoint", "measure", "goal")


@dataclass(frozen=True)
class IdeaNote:
    """`stage_id` 0: on no stage. `votes` is the total of dots the note got; who gave them
    is known only during the session (`planner.ideas.voting`)."""

    id: int = 0
    stage_id: int = 0
    kind: str = "idea"
    text: str = ""
    author: str = ""
    cluster: str = ""
    votes: int = 0
    converted_kind: str = ""
    converted_id: int | None = None
    created: str = ""

    def with_changes(self, **changes: Any) -> IdeaNote:
        return replace(self, **changes)


NOTE_FIELDS = ("kind", "text", "author", "cluster", "votes", "converted_kind", "converted_id")
_COLUMNS = ("id", "stage", "kind", "text", "author", "cluster", "votes", "converted_kind", "converted_id", "created")


def _stage_key(stage_id: int) -> str:
    return str(stage_id) if stage_id else ""


def _stage_id(text: object) -> int:
    try:
        return int(str(text))
    except ValueError:  # "" or a hand-written name: on no stage
        return 0


def _note(row: Sequence[object]) -> IdeaNote:
    values = dict(zip(_COLUMNS, row))
    return IdeaNote(
        id=int(values["id"]),  # type: ignore[call-overload]
        stage_id=_stage_id(values["stage"]),
        kind=str(values["kind"]) if values["kind"] in KINDS else "idea",
        text=str(values["text"]),
        author=str(values["author"]),
        cluster=str(values["cluster"]),
        votes=int(values["votes"]),  # type: ignore[call-overload]
        converted_kind=str(values["converted_kind"]),
        converted_id=None if values["converted_id"] is None else int(values["converted_id"]),  # type: ignore[call-overload]
        created=str(values["created"]),
    )


def notes(store: ProjectStore, stage_id: int | None = None) -> list[IdeaNote]:
    """Notes by stage (as text, so grouped), then their place in the stage."""
    where = " WHERE stage = ?" if stage_id is not None else ""
    rows = store.connection.execute(
        f"SELECT {', '.join(_COLUMNS)} FROM idea_note{where} ORDER BY stage, position, id",
        (_stage_key(stage_id),) if stage_id is not None else (),
    )
    return [_note(row) for row in rows]


def note(store: ProjectStore, note_id: int) -> IdeaNote:
    row = store.connection.execute(f"SELECT {', '.join(_COLUMNS)} FROM idea_note WHERE id = ?", (note_id,)).fetchone()
    if row is None:
        raise record_gone("idea_note", note_id)
    return _note(row)


ORDER = GroupOrder("idea_note", "stage")  # a stage's notes in their order (the stage's id as text)


def _check(changes: dict[str, object]) -> None:
    if "kind" in changes and changes["kind"] not in KINDS:
        raise ValueError(f"a note's kind is one of {KINDS}")
    if "converted_kind" in changes and changes["converted_kind"] not in CONVERTED_KINDS:
        raise ValueError(f"a note is turned into one of {CONVERTED_KINDS[1:]}")
    if "votes" in changes and int(changes["votes"]) < 0:  # type: ignore[call-overload]
        raise ValueError("votes cannot be negative")


def insert_note(store: ProjectStore, new: IdeaNote, position: int | None = None) -> IdeaNote:
    """Put a note on its stage at `position` (default: last). A note with an id keeps it,
    so an undone deletion brings back the very same note."""
    _check({name: getattr(new, name) for name in NOTE_FIELDS})
    created = new.created or datetime.now(UTC).replace(microsecond=0).isoformat()
    with store.transaction() as conn:
        ids, position = ORDER.slot(conn, _stage_key(new.stage_id), position)
        cur = conn.execute(
            f"INSERT INTO idea_note({', '.join(_COLUMNS)}, position) VALUES ({', '.join('?' * (len(_COLUMNS) + 1))})",
            (
                new.id or None,
                _stage_key(new.stage_id),
                *(getattr(new, name) for name in NOTE_FIELDS),
                created,
                position,
            ),
        )
        new_id = new.id or new_row_id(cur)
        renumber(conn, "idea_note", ids[:position] + [new_id] + ids[position:])
    return new.with_changes(id=new_id, created=created)


def update_note(
    store: ProjectStore, note_id: int, *, expected: dict[str, object] | None = None, **changes: object
) -> IdeaNote:
    """Write only the fields in `changes`; returns the note as it was. With `expected`,
    nothing is written when a colleague changed one of those fields meanwhile."""
    unknown = set(changes) - set(NOTE_FIELDS)
    if unknown:
        raise ValueError(f"unknown note fields: {sorted(unknown)}")
    _check(changes)
    with store.transaction() as conn:
        old = note(store, note_id)
        check_expected("idea_note", old, expected)
        if changes:
            sets = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(f"UPDATE idea_note SET {sets} WHERE id = ?", (*changes.values(), note_id))
    return old


def delete_note(store: ProjectStore, note_id: int) -> tuple[IdeaNote, int]:
    """Remove a note; returns it and its place in its stage."""
    with store.transaction() as conn:
        old = note(store, note_id)
        position = ORDER.take_out(conn, _stage_key(old.stage_id), note_id)
        conn.execute("DELETE FROM idea_note WHERE id = ?", (note_id,))
    return old, position


def move_note(store: ProjectStore, note_id: int, stage_id: int, position: int) -> tuple[int, int]:
    """Move a note to `stage_id` at `position` (within its stage too); returns (old stage
    id, old position), which is the move that undoes it."""
    with store.transaction() as conn:
        old = note(store, note_id)
        old_position = ORDER.move(conn, note_id, _stage_key(old.stage_id), _stage_key(stage_id), position)
    return old.stage_id, old_position


def set_cluster(store: ProjectStore, note_ids: Sequence[int], name: str) -> dict[int, str]:
    """Put several notes into one cluster ("" takes them out); returns each note's old
    cluster, which `restore_clusters` puts back."""
    with store.transaction():
        return {note_id: update_note(store, note_id, cluster=name.strip()).cluster for note_id in note_ids}


def restore_clusters(store: ProjectStore, old: dict[int, str]) -> None:
    with store.transaction():
        for note_id, cluster in old.items():
            update_note(store, note_id, cluster=cluster)


AUTHOR_SLOTS = 8


def author_mark(name: str) -> tuple[str, int]:
    """The initials shown on an author's notes and the colour slot (0 to AUTHOR_SLOTS - 1)
    they get: the same name the same colour in every session, unlike Python's hash()."""
    words = [w for w in name.replace("-", " ").split() if w]
    initials = "".join(w[0] for w in words[:2]).upper() if len(words) > 1 else name.strip()[:2].title()
    return initials, sum(ord(c) for c in name.strip().lower()) % AUTHOR_SLOTS
