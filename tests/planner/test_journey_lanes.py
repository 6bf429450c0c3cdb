"""Journey lanes (issue 34): four optional texts per stage, written in one transaction,
kept through a stage's deletion and its undo, and listed plainly for workbook and report."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import journey as j
from planner.errors import ConflictError
from planner.journey.lanes import lanes_from_json, lanes_to_json, normalised
from planner.model import Stage, Touchpoint
from planner.store import ProjectStore


@pytest.fixture
def store(tmp_path: Path):
    s = ProjectStore.create(tmp_path / "lanes.rplan")
    yield s
    s.close()


def test_lanes_are_stored_in_lane_order_without_empty_ones(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    old = j.set_stage_lanes(store, a.id, {"feeling": " curious ", "doing": "scrolls Instagram", "backstage": "  "})
    assert old == ()  # a new stage has no lanes ('{}' in the file)
    path = store.path
    store.close()
    again = ProjectStore.open(path)
    try:
        # lane order (doing before feeling), the blank backstage left out, blanks trimmed
        assert j.stages(again)[0].lanes == (("doing", "scrolls Instagram"), ("feeling", "curious"))
        assert j.lane_text(j.stages(again)[0], "feeling") == "curious"
        assert j.lane_text(j.stages(again)[0], "thinking") == ""
        raw = again.connection.execute("SELECT lanes FROM stage").fetchone()[0]
        assert raw == '{"doing": "scrolls Instagram", "feeling": "curious"}'
    finally:
        again.close()


def test_set_returns_the_old_lanes_and_refuses_a_changed_stage(store) -> None:
    a = j.insert_stage(store, Stage(name="Purchase"))
    j.set_stage_lanes(store, a.id, {"doing": "pays"})
    old = j.set_stage_lanes(
        store, a.id, {"doing": "pays by card", "thinking": "is it safe?"}, expected={"doing": "pays"}
    )
    assert old == (("doing", "pays"),)
    # someone else's change meanwhile: this user still expects "pays", nothing is written
    with pytest.raises(ConflictError):
        j.set_stage_lanes(store, a.id, {}, expected={"doing": "pays"})
    assert j.stages(store)[0].lanes == (("doing", "pays by card"), ("thinking", "is it safe?"))
    # the undo of the last edit: back to what it returned
    j.set_stage_lanes(store, a.id, old, expected=j.stages(store)[0].lanes)
    assert j.stages(store)[0].lanes == (("doing", "pays"),)
    with pytest.raises(ValueError):
        j.set_stage_lanes(store, a.id, {"dreaming": "x"})


def test_deleted_stage_comes_back_with_its_lanes(store) -> None:
    a = j.insert_stage(store, Stage(name="A"))
    b = j.insert_stage(store, Stage(name="B"))
    j.insert_touchpoint(store, Touchpoint(stage_id=b.id, name="Shop"))
    j.set_stage_lanes(store, b.id, {"backstage": "stock is counted"})
    removed = j.delete_stage(store, b.id, move_touchpoints_to=a.id)
    assert [s.name for s in j.stages(store)] == ["A"]
    j.restore_stage(store, removed)
    assert j.stages(store)[1] == Stage(b.id, "B", (("backstage", "stock is counted"),))


def test_lane_rows_for_workbook_and_report(store) -> None:
    a = j.insert_stage(store, Stage(name="Bewusstwerden"))
    j.insert_stage(store, Stage(name="Lösungssuche"))  # no lanes: no rows
    c = j.insert_stage(store, Stage(name="Kaufphase"))
    j.set_stage_lanes(store, c.id, {"backstage": "Lager prüft", "feeling": "nervös"})
    j.set_stage_lanes(store, a.id, {"thinking": "Gibt es das hier?"})
    assert j.lane_rows(store, "de") == [
        ("Bewusstwerden", "Denken", "Gibt es das hier?"),
        ("Kaufphase", "Fühlen", "nervös"),
        ("Kaufphase", "Hinter den Kulissen", "Lager prüft"),
    ]
    assert [row[1] for row in j.lane_rows(store, "en")] == ["Thinking", "Feeling", "Backstage"]


def test_damaged_or_foreign_lane_values_read_as_no_lanes() -> None:
    assert lanes_from_json("not json") == ()
    assert lanes_from_json("[1, 2]") == ()
    assert lanes_from_json(None) == ()
    # a key a later version added is left out; a non-text value too
    assert lanes_from_json('{"doing": "x", "smelling": "y", "feeling": 3}') == (("doing", "x"),)
    assert lanes_to_json(normalised({"feeling": "froh"})) == '{"feeling": "froh"}'
