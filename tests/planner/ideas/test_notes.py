"""Sticky notes in the plan: written, read back from the file, moved between and within
stages with the move that undoes it, clustered, and a note on a deleted stage still read."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import journey as j
from planner.ideas import IdeaNote, delete_note, insert_note, move_note, note, notes, set_cluster, update_note
from planner.ideas.notes import restore_clusters
from planner.model import Stage
from planner.store import ProjectStore


@pytest.fixture
def store(tmp_path: Path):
    s = ProjectStore.create(tmp_path / "ideas.rplan")
    yield s
    s.close()


def texts(store, stage_id):
    return [n.text for n in notes(store, stage_id)]


def test_notes_are_kept_in_the_file_with_every_field(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    first = insert_note(store, IdeaNote(stage_id=a.id, kind="pain", text="Nobody knows the shop", author="Anna"))
    insert_note(store, IdeaNote(stage_id=a.id, kind="question", text="Which channel?", author="Ben"))
    assert first.id > 0 and first.created  # a stamp is given when none is passed
    path = store.path
    store.close()
    again = ProjectStore.open(path)
    try:
        kept = notes(again, a.id)
        assert [(n.kind, n.text, n.author, n.votes) for n in kept] == [
            ("pain", "Nobody knows the shop", "Anna", 0),
            ("question", "Which channel?", "Ben", 0),
        ]
        assert kept[0] == first  # the same note, id and stamp included
        # the stage is stored by its id, as text: a renamed stage keeps its notes
        assert again.connection.execute("SELECT stage FROM idea_note WHERE id = ?", (first.id,)).fetchone() == (
            str(a.id),
        )
    finally:
        again.close()


def test_moving_between_and_within_stages_and_back(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    b = j.insert_stage(store, Stage(name="Purchase"))
    n1, n2, n3 = (insert_note(store, IdeaNote(stage_id=a.id, text=t)) for t in ("one", "two", "three"))
    insert_note(store, IdeaNote(stage_id=b.id, text="four"))
    # "two" onto Purchase, before "four": the move that undoes it is (Awareness, place 1)
    assert move_note(store, n2.id, b.id, 0) == (a.id, 1)
    assert texts(store, a.id) == ["one", "three"] and texts(store, b.id) == ["two", "four"]
    assert move_note(store, n2.id, a.id, 1) == (b.id, 0)  # the undo
    assert texts(store, a.id) == ["one", "two", "three"] and texts(store, b.id) == ["four"]
    # within a stage: "three" to the top
    assert move_note(store, n3.id, a.id, 0) == (a.id, 2)
    assert texts(store, a.id) == ["three", "one", "two"]
    # a place past the end is the end
    move_note(store, n1.id, b.id, 99)
    assert texts(store, b.id) == ["four", "one"]


def test_delete_returns_what_brings_the_same_note_back_in_place(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    made = [insert_note(store, IdeaNote(stage_id=a.id, text=t, votes=i)) for i, t in enumerate(("x", "y", "z"))]
    old, position = delete_note(store, made[1].id)
    assert (old, position) == (made[1], 1)
    assert texts(store, a.id) == ["x", "z"]
    insert_note(store, old, position)
    assert notes(store, a.id) == made


def test_update_refuses_unknown_kinds_and_a_colleagues_newer_value(store) -> None:
    from planner.errors import ConflictError

    made = insert_note(store, IdeaNote(text="x"))
    assert update_note(store, made.id, text="y").text == "x"  # returns the old note
    with pytest.raises(ValueError):
        update_note(store, made.id, kind="wish")
    with pytest.raises(ValueError):
        update_note(store, made.id, votes=-1)
    with pytest.raises(ConflictError):
        update_note(store, made.id, expected={"text": "x"}, text="z")  # it holds "y" by now
    assert note(store, made.id).text == "y"


def test_clusters_group_several_notes_and_come_back(store) -> None:
    made = [insert_note(store, IdeaNote(text=t, cluster=c)) for t, c in (("a", ""), ("b", "Service"), ("c", ""))]
    old = set_cluster(store, [made[0].id, made[1].id], "  Waiting  ")
    assert old == {made[0].id: "", made[1].id: "Service"}
    assert [n.cluster for n in notes(store)] == ["Waiting", "Waiting", ""]
    restore_clusters(store, old)
    assert [n.cluster for n in notes(store)] == ["", "Service", ""]


def test_a_note_whose_stage_was_deleted_is_still_read(store) -> None:
    a = j.insert_stage(store, Stage(name="Awareness"))
    made = insert_note(store, IdeaNote(stage_id=a.id, text="keep me"))
    j.delete_stage(store, a.id, move_touchpoints_to=None)
    assert notes(store) == [made]  # the board shows it apart; nothing is lost


def test_author_marks_are_initials_and_a_stable_colour_slot() -> None:
    from planner.ideas.notes import author_mark

    # "anna": a 97 + n 110 + n 110 + a 97 = 414, 414 % 8 = 6; case and spaces do not matter
    assert author_mark("Anna") == ("An", 6) and author_mark(" anna ")[1] == 6
    assert author_mark("Jonas Weber")[0] == "JW"
    assert author_mark("")[0] == ""
