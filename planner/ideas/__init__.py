"""The workshop's ideas board (issue 34): sticky notes per journey stage (`notes`), the
dots a session's participants give them (`voting`), what a note is turned into
(`convert`), the catalogue measures that fit a note (`suggest`), and the rows the
workbook and the report show (`export`).

Like the journey's, every mutator is one committed transaction and returns what an undo
needs to put things back.
"""

from __future__ import annotations

from planner.ideas.notes import (
    KINDS,
    IdeaNote,
    delete_note,
    insert_note,
    move_note,
    note,
    notes,
    set_cluster,
    update_note,
)

__all__ = [
    "KINDS",
    "IdeaNote",
    "delete_note",
    "insert_note",
    "move_note",
    "note",
    "notes",
    "set_cluster",
    "update_note",
]
