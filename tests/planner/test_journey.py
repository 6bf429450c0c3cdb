"""Journey map data: stages, touchpoints, team, undo-friendly mutators, emotion curve."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import journey as j
from planner.model import Stage, TeamMember, Touchpoint
from planner.store import ProjectStore


@pytest.fixture
def store(tmp_path: Path):
    s = ProjectStore.create(tmp_path / "j.rplan")
    yield s
    s.close()


def names(store, stage_id):
    return [tp.name for tp in j.touchpoints(store, stage_id)]


def test_stages_and_touchpoints_round_trip(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    b = j.insert_stage(store, Stage(name="Purchase"))
    anna = j.insert_member(store, TeamMember(name="Anna", role="Shop"))
    t1 = j.insert_touchpoint(
        store,
        Touchpoint(stage_id=a.id, channel="social", name="Instagram", emotion=1, owner_id=anna.id, personas=(3, 5)),
    )
    t2 = j.insert_touchpoint(store, Touchpoint(stage_id=a.id, channel="website", name="Website"))
    t3 = j.insert_touchpoint(
        store, Touchpoint(stage_id=b.id, channel="store", name="Checkout", emotion=-2, pain_points="queue")
    )
    path = store.path
    store.close()
    again = ProjectStore.open(path)
    assert [s.name for s in j.stages(again)] == ["Awareness", "Purchase"]
    assert [tp.name for tp in j.touchpoints(again)] == ["Instagram", "Website", "Checkout"]
    got = j.touchpoint(again, t1.id)
    assert (got.owner_id, got.personas, got.emotion, got.channel) == (anna.id, (3, 5), 1, "social")
    assert again.counts().touchpoints == 3
    again.close()
    assert t2.id and t3.id


def test_move_within_and_between_stages_returns_the_old_place(store) -> None:
    a = j.insert_stage(store, Stage(name="A"))
    b = j.insert_stage(store, Stage(name="B"))
    ids = [j.insert_touchpoint(store, Touchpoint(stage_id=a.id, name=n)).id for n in ("x", "y", "z")]
    assert j.move_touchpoint(store, ids[0], a.id, 2) == (a.id, 0)
    assert names(store, a.id) == ["y", "z", "x"]
    assert j.move_touchpoint(store, ids[1], b.id, 0) == (a.id, 0)
    assert names(store, a.id) == ["z", "x"] and names(store, b.id) == ["y"]
    j.move_touchpoint(store, ids[1], a.id, 0)  # undo puts it back
    assert names(store, a.id) == ["y", "z", "x"]


def test_stage_reorder_and_rename(store) -> None:
    ids = [j.insert_stage(store, Stage(name=n)).id for n in ("one", "two", "three")]
    assert j.move_stage(store, ids[2], 0) == 2
    assert [s.name for s in j.stages(store)] == ["three", "one", "two"]
    assert j.rename_stage(store, ids[0], "eins") == "one"
    assert [s.name for s in j.stages(store)] == ["three", "eins", "two"]


def test_delete_stage_with_its_touchpoints_and_restore(store) -> None:
    a = j.insert_stage(store, Stage(name="A"))
    b = j.insert_stage(store, Stage(name="B"))
    for n in ("p", "q"):
        j.insert_touchpoint(store, Touchpoint(stage_id=a.id, name=n))
    removed = j.delete_stage(store, a.id)
    assert [s.name for s in j.stages(store)] == ["B"] and j.touchpoints(store) == []
    j.restore_stage(store, removed)
    assert [s.name for s in j.stages(store)] == ["A", "B"] and names(store, a.id) == ["p", "q"]
    # or move them to another stage first
    j.insert_touchpoint(store, Touchpoint(stage_id=b.id, name="r"))
    removed = j.delete_stage(store, a.id, move_touchpoints_to=b.id)
    assert names(store, b.id) == ["r", "p", "q"]
    j.restore_stage(store, removed)
    assert names(store, a.id) == ["p", "q"] and names(store, b.id) == ["r"]


def test_deleting_a_team_member_clears_and_restores_ownership(store) -> None:
    s = j.insert_stage(store, Stage(name="S"))
    ben = j.insert_member(store, TeamMember(name="Ben"))
    tp = j.insert_touchpoint(store, Touchpoint(stage_id=s.id, name="Call", owner_id=ben.id))
    removed = j.delete_member(store, ben.id)
    assert j.touchpoint(store, tp.id).owner_id is None and j.team(store) == []
    j.restore_member(store, removed)
    assert j.touchpoint(store, tp.id).owner_id == ben.id and j.team(store)[0].name == "Ben"


def test_emotion_must_stay_in_range(store) -> None:
    s = j.insert_stage(store, Stage(name="S"))
    with pytest.raises(ValueError):
        j.insert_touchpoint(store, Touchpoint(stage_id=s.id, emotion=3))
    tp = j.insert_touchpoint(store, Touchpoint(stage_id=s.id, emotion=2))
    with pytest.raises(ValueError):
        j.update_touchpoint(store, tp.id, emotion=-3)


def test_emotion_curve_for_a_crafted_map() -> None:
    # Stage 1: +2 (persona 1 only), 0 (everyone)            -> average 1.0; P1 1.0; P2 0.0
    # Stage 2: -2 (everyone, pain point), -1 (persona 2)     -> average -1.5; P1 -2.0; P2 -1.5
    # Stage 3: no touchpoints                                -> None everywhere
    stages = [Stage(id=1, name="Aware"), Stage(id=2, name="Buy"), Stage(id=3, name="Use")]
    points = [
        Touchpoint(stage_id=1, emotion=2, personas=(1,)),
        Touchpoint(stage_id=1, emotion=0),
        Touchpoint(stage_id=2, emotion=-2, pain_points="waiting"),
        Touchpoint(stage_id=2, emotion=-1, personas=(2,)),
    ]
    curve = j.emotion_curve(stages, points, [1, 2])
    assert curve.average == (1.0, -1.5, None)
    assert curve.by_persona == {1: (1.0, -2.0, None), 2: (0.0, -1.5, None)}
    assert curve.pain_points == (0, 1, 0)
    assert curve.lowest == (1,)


def test_channels_speak_both_languages() -> None:
    assert j.channel_label("phone", "de") == "Telefon-Hotline" and j.channel_label("phone", "en") == "Phone hotline"
    assert j.channel_label("Carrier pigeon", "de") == "Carrier pigeon"
    assert len(j.DEFAULT_STAGES["de"]) == len(j.DEFAULT_STAGES["en"]) == 7
