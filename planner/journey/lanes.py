"""Journey lanes: per stage, what the customer does, thinks and feels there, and what happens
backstage (issue 34). Each lane is an optional text; the stage row keeps them as one JSON
object, so a stage deleted and restored by undo brings its lanes back with it.

The workbook and the report read `lane_rows` (plain data, named in the plan's language),
so they need not know how the lanes are stored."""

from __future__ import annotations

import json
from collections.abc import Mapping

from planner.errors import check_expected, record_gone
from planner.model import Stage
from planner.store import ProjectStore

LANE_KEYS = ("doing", "thinking", "feeling", "backstage")

# the lanes' names where no Qt translation is at hand (workbook, report)
LANE_NAMES = {
    "en": {"doing": "Doing", "thinking": "Thinking", "feeling": "Feeling", "backstage": "Backstage"},
    "de": {"doing": "Tun", "thinking": "Denken", "feeling": "Fühlen", "backstage": "Hinter den Kulissen"},
}

Lanes = tuple[tuple[str, str], ...]


def lane_name(key: str, language: str) -> str:
    return LANE_NAMES.get(language, LANE_NAMES["en"])[key]


def normalised(lanes: Mapping[str, str] | Lanes) -> Lanes:
    """The lanes in lane order, without empty ones, each text without outer blanks; an
    unknown key is refused rather than silently lost."""
    texts = dict(lanes)
    unknown = set(texts) - set(LANE_KEYS)
    if unknown:
        raise ValueError(f"unknown lanes: {sorted(unknown)}")
    return tuple((key, texts[key].strip()) for key in LANE_KEYS if texts.get(key, "").strip())


def lanes_from_json(text: str | None) -> Lanes:
    """What the stage row holds; a damaged or foreign value reads as no lanes, keys this
    version does not know are left out."""
    try:
        value = json.loads(text or "{}")
    except ValueError:
        return ()
    if not isinstance(value, dict):
        return ()
    return normalised({k: v for k, v in value.items() if k in LANE_KEYS and isinstance(v, str)})


def lanes_to_json(lanes: Lanes) -> str:
    return json.dumps(dict(normalised(lanes)), ensure_ascii=False)


def lane_text(stage: Stage, key: str) -> str:
    return dict(stage.lanes).get(key, "")


def set_stage_lanes(
    store: ProjectStore,
    stage_id: int,
    lanes: Mapping[str, str] | Lanes,
    *,
    expected: Mapping[str, str] | Lanes | None = None,
) -> Lanes:
    """Replace a stage's lanes (all four at once: one dialog, one undo step); returns the
    lanes as they were. `expected`: the lanes this user saw; if someone changed them
    meanwhile, nothing is written (ConflictError)."""
    new = normalised(lanes)
    with store.transaction() as conn:
        row = conn.execute("SELECT name, lanes FROM stage WHERE id = ?", (stage_id,)).fetchone()
        if row is None:
            raise record_gone("stage", stage_id)
        old = lanes_from_json(row[1])
        if expected is not None:
            check_expected("stage", Stage(stage_id, row[0], old), {"lanes": normalised(expected)})
        conn.execute("UPDATE stage SET lanes = ? WHERE id = ?", (lanes_to_json(new), stage_id))
    return old


def lane_rows(store: ProjectStore, language: str) -> list[tuple[str, str, str]]:
    """(stage name, lane name, text) for every lane with text, stages in journey order and
    lanes in lane order: what the workbook's Journey sheet and the report's journey page
    list. Empty when no stage has lanes (then both leave the lanes out)."""
    rows = store.connection.execute("SELECT name, lanes FROM stage ORDER BY position, id").fetchall()
    return [(name, lane_name(key, language), text) for name, lanes in rows for key, text in lanes_from_json(lanes)]
