"""The buying-cycle stages of the journey. A removed stage comes back with its id, its
place and its touchpoints; every mutator is one committed transaction."""

from __future__ import annotations

from dataclasses import dataclass

from planner.errors import check_expected, record_gone
from planner.journey.lanes import lanes_from_json, lanes_to_json
from planner.journey.touchpoints import insert_touchpoint, move_touchpoint, touchpoints
from planner.model import Stage, Touchpoint
from planner.store import ProjectStore, new_row_id, renumber

# The 7 buying-cycle stages (DOMAIN section 2), in the project language.
DEFAULT_STAGES = {
    "en": ("Unawareness", "Awareness", "Solution search", "Selection", "Purchase", "Experience", "Loyalty"),
    "de": (
        "Unbewusstheit",
        "Bewusstwerden",
        "Lösungssuche",
        "Auswahlphase",
        "Kaufphase",
        "Erfahrungsphase",
        "Bindungsphase",
    ),
}


# -- stages -----------------------------------------------------------------------------------


def stages(store: ProjectStore) -> list[Stage]:
    rows = store.connection.execute("SELECT id, name, lanes FROM stage ORDER BY position, id")
    return [Stage(stage_id, name, lanes_from_json(lanes)) for stage_id, name, lanes in rows]


def insert_stage(store: ProjectStore, stage: Stage, position: int | None = None) -> Stage:
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM stage ORDER BY position, id")]
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        cur = conn.execute(  # the lanes too: an undone deletion brings them back
            "INSERT INTO stage(id, position, name, lanes) VALUES (?, ?, ?, ?)",
            (stage.id or None, position, stage.name, lanes_to_json(stage.lanes)),
        )
        new_id = stage.id or new_row_id(cur)
        renumber(conn, "stage", ids[:position] + [new_id] + ids[position:])
    return stage.with_changes(id=new_id)


def start_new_plan(store: ProjectStore, *, name: str, language: str) -> list[Stage]:
    """A new plan starts like the demo, with the seven buying-cycle stages in its language,
    so the first touchpoint has somewhere to go (each stage can be removed, undoably)."""
    language = language if language in DEFAULT_STAGES else "en"
    with store.transaction():
        store.update_settings(name=name, language=language)
        return [insert_stage(store, Stage(name=stage)) for stage in DEFAULT_STAGES[language]]


def rename_stage(store: ProjectStore, stage_id: int, name: str, *, expected: str | None = None) -> str:
    with store.transaction() as conn:
        row = conn.execute("SELECT name FROM stage WHERE id = ?", (stage_id,)).fetchone()
        if row is None:
            raise record_gone("stage", stage_id)
        if expected is not None:
            check_expected("stage", Stage(stage_id, row[0]), {"name": expected})
        conn.execute("UPDATE stage SET name = ? WHERE id = ?", (name, stage_id))
    return row[0]


def move_stage(store: ProjectStore, stage_id: int, position: int) -> int:
    """Move a stage to `position`; returns its old position."""
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM stage ORDER BY position, id")]
        if stage_id not in ids:
            raise record_gone("stage", stage_id)
        old = ids.index(stage_id)
        ids.remove(stage_id)
        ids.insert(max(0, min(position, len(ids))), stage_id)
        renumber(conn, "stage", ids)
    return old


@dataclass(frozen=True)
class RemovedStage:
    stage: Stage
    position: int
    touchpoints: tuple[tuple[Touchpoint, int], ...]  # deleted with it, with their positions
    moved_to: int | None  # or moved to this stage (then `touchpoints` is empty)
    moved: tuple[int, ...] = ()


def delete_stage(store: ProjectStore, stage_id: int, *, move_touchpoints_to: int | None = None) -> RemovedStage:
    """Delete a stage. Its touchpoints go to `move_touchpoints_to` (appended there) or, if
    None, are deleted with it."""
    with store.transaction() as conn:
        all_stages = stages(store)
        if stage_id not in [s.id for s in all_stages]:
            raise record_gone("stage", stage_id)
        position = [s.id for s in all_stages].index(stage_id)
        own = touchpoints(store, stage_id)
        deleted: tuple[tuple[Touchpoint, int], ...] = ()
        moved: tuple[int, ...] = ()
        if move_touchpoints_to is not None:
            start = conn.execute(
                "SELECT COUNT(*) FROM touchpoint WHERE stage_id = ?", (move_touchpoints_to,)
            ).fetchone()[0]
            conn.executemany(
                "UPDATE touchpoint SET stage_id = ?, position = ? WHERE id = ?",
                [(move_touchpoints_to, start + i, tp.id) for i, tp in enumerate(own)],
            )
            moved = tuple(tp.id for tp in own)
        else:
            deleted = tuple((tp, i) for i, tp in enumerate(own))
            conn.execute("DELETE FROM touchpoint WHERE stage_id = ?", (stage_id,))
        conn.execute("DELETE FROM stage WHERE id = ?", (stage_id,))
        renumber(conn, "stage", [s.id for s in all_stages if s.id != stage_id])
    return RemovedStage(all_stages[position], position, deleted, move_touchpoints_to, moved)


def restore_stage(store: ProjectStore, removed: RemovedStage) -> None:
    """Undo `delete_stage`: one transaction."""
    with store.transaction() as conn:
        insert_stage(store, removed.stage, removed.position)
        for tp, position in removed.touchpoints:
            insert_touchpoint(store, tp, position)
        present = {r[0] for r in conn.execute("SELECT id FROM touchpoint")}
        for i, tp_id in enumerate(t for t in removed.moved if t in present):
            move_touchpoint(store, tp_id, removed.stage.id, i)
