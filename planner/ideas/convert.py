"""A note turned into a touchpoint (on its stage), a measure or a goal, in one step that
keeps the link on the note (`converted_kind`, `converted_id`), and taken back whole.

The record is built from the note here, so the window, the command line and the tests make
the same one; what a measure is named after may be a catalogue entry (`suggest`).
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.errors import PlannerError
from planner.goals.catalog import CatalogMeasure
from planner.goals.goal_table import GOALS, MEASURES, delete_goal
from planner.ideas.notes import IdeaNote, note, update_note
from planner.journey.touchpoints import delete_touchpoint, insert_touchpoint, touchpoint
from planner.model import Goal, Measure, Touchpoint
from planner.store import ProjectStore

Record = Touchpoint | Measure | Goal


@dataclass(frozen=True)
class Conversion:
    """What a conversion made (with the id it got), so an undo removes just that and a
    redo makes the very same record again."""

    note_id: int
    kind: str
    record: Record


def touchpoint_from(item: IdeaNote) -> Touchpoint:
    """On the note's stage; a pain goes to the pain points, an idea or question to the ideas."""
    text = item.text.strip()
    return Touchpoint(
        stage_id=item.stage_id,
        name=text.splitlines()[0][:120] if text else "",
        pain_points=text if item.kind == "pain" else "",
        ideas=text if item.kind != "pain" else "",
    )


def measure_from(item: IdeaNote, entry: CatalogMeasure | None = None) -> Measure:
    """Named after the catalogue entry when one was chosen, else after the note; the note's
    own words are kept in the description either way."""
    text = item.text.strip()
    if entry is None:
        return Measure(title=text.splitlines()[0][:120] if text else "", description=text, status="idea")
    description = entry.description if not text else f"{text}\n\n{entry.description}"
    return Measure(
        title=entry.title,
        description=description,
        bond_type=entry.bond_type,
        lock_in=entry.lock_in,
        catalog_key=entry.key,
        status="idea",
    )


def goal_from(item: IdeaNote) -> Goal:
    """A draft goal on the note's stage; its number and date are for the team to set."""
    text = item.text.strip()
    return Goal(
        title=text.splitlines()[0][:120] if text else "",
        description=text,
        stages=(item.stage_id,) if item.stage_id else (),
        status="draft",
    )


class AlreadyConvertedError(PlannerError):
    """A note is turned into one thing only: the link names that one."""


def convert(store: ProjectStore, note_id: int, kind: str, record: Record) -> Conversion:
    """Make `record` and link the note to it: one transaction."""
    with store.transaction():
        item = note(store, note_id)
        if item.converted_kind:
            raise AlreadyConvertedError(
                "This note was already turned into something; undo that first.",
                code="note_converted",
                kind=item.converted_kind,
            )
        if kind == "touchpoint" and isinstance(record, Touchpoint):
            made: Record = insert_touchpoint(store, record)
        elif kind == "measure" and isinstance(record, Measure):
            made = MEASURES.insert(store, record)
        elif kind == "goal" and isinstance(record, Goal):
            made = GOALS.insert(store, record)
        else:
            raise ValueError(f"cannot turn a note into {kind} with a {type(record).__name__}")
        update_note(store, note_id, converted_kind=kind, converted_id=made.id)
    return Conversion(note_id, kind, made)


def undo_conversion(store: ProjectStore, conversion: Conversion) -> None:
    """Remove what `convert` made and the note's link: one transaction."""
    with store.transaction():
        if conversion.kind == "touchpoint":
            delete_touchpoint(store, conversion.record.id)
        elif conversion.kind == "measure":
            MEASURES.delete(store, conversion.record.id)
        else:
            delete_goal(store, conversion.record.id)
        update_note(
            store,
            conversion.note_id,
            expected={"converted_kind": conversion.kind, "converted_id": conversion.record.id},
            converted_kind="",
            converted_id=None,
        )


def converted_title(store: ProjectStore, item: IdeaNote) -> str | None:
    """The name of what the note became; None when it became nothing or that was deleted since."""
    if not item.converted_kind or item.converted_id is None:
        return None
    try:
        if item.converted_kind == "touchpoint":
            return touchpoint(store, item.converted_id).name
        if item.converted_kind == "measure":
            return MEASURES.get(store, item.converted_id).title
        return GOALS.get(store, item.converted_id).title
    except PlannerError:
        return None
