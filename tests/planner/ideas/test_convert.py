"""Turning a note into a touchpoint, a measure (from the catalogue) or a goal: one
transaction making the record and the link, an undo removing both, a redo making the very
same record; and the catalogue's matching measures computed by hand."""

from __future__ import annotations

from pathlib import Path

import pytest

from planner import journey as j
from planner.goals.catalog import catalog
from planner.goals.goal_table import goals, measures
from planner.ideas import IdeaNote, insert_note, note
from planner.ideas.convert import (
    AlreadyConvertedError,
    convert,
    converted_title,
    goal_from,
    measure_from,
    touchpoint_from,
    undo_conversion,
)
from planner.ideas.suggest import matching_measures, score
from planner.model import Stage
from planner.store import ProjectStore


@pytest.fixture
def store(tmp_path: Path):
    s = ProjectStore.create(tmp_path / "ideas.rplan")
    yield s
    s.close()


def test_a_pain_becomes_a_touchpoint_on_its_stage_and_back(store) -> None:
    stage = j.insert_stage(store, Stage(name="Purchase"))
    pain = insert_note(store, IdeaNote(stage_id=stage.id, kind="pain", text="Long queue at the till"))
    done = convert(store, pain.id, "touchpoint", touchpoint_from(pain))
    made = j.touchpoints(store, stage.id)
    assert [(t.name, t.pain_points, t.ideas) for t in made] == [
        ("Long queue at the till", "Long queue at the till", "")
    ]
    linked = note(store, pain.id)
    assert (linked.converted_kind, linked.converted_id) == ("touchpoint", made[0].id)
    assert converted_title(store, linked) == "Long queue at the till"
    with pytest.raises(AlreadyConvertedError):
        convert(store, pain.id, "goal", goal_from(pain))
    undo_conversion(store, done)
    assert j.touchpoints(store, stage.id) == [] and note(store, pain.id) == pain
    again = convert(store, pain.id, "touchpoint", done.record)  # redo: the very same record
    assert again.record == done.record and j.touchpoints(store, stage.id) == [done.record]


def test_a_note_becomes_a_catalogue_measure_keeping_its_words(store) -> None:
    idea = insert_note(store, IdeaNote(text="Thank every reviewer"))
    entry = next(e for e in catalog("en") if e.key == "respond_feedback")
    done = convert(store, idea.id, "measure", measure_from(idea, entry))
    (made,) = measures(store)
    assert made.title == entry.title and made.catalog_key == "respond_feedback"
    assert made.description.startswith("Thank every reviewer\n\n")
    undo_conversion(store, done)
    assert measures(store) == [] and note(store, idea.id).converted_kind == ""


def test_a_note_becomes_a_draft_goal_on_its_stage(store) -> None:
    stage = j.insert_stage(store, Stage(name="Loyalty"))
    idea = insert_note(store, IdeaNote(stage_id=stage.id, text="More regulars\nwho come monthly"))
    done = convert(store, idea.id, "goal", goal_from(idea))
    (made,) = goals(store)
    assert (made.title, made.stages, made.status) == ("More regulars", (stage.id,), "draft")
    # deleted later in the Goals section: the link stays, the title is gone
    from planner.goals.goal_table import delete_goal

    delete_goal(store, made.id)
    assert converted_title(store, note(store, idea.id)) is None
    assert done.record.id == made.id


def test_matching_measures_by_stage_and_shared_words() -> None:
    entries = catalog("en")
    by_key = {e.key: e for e in entries}
    # "Complaint management" (stages (5,)): "One owner per complaint, answer within a day, ...".
    # The note's stems of 4+ letters: compl, answe, late. Shared: compl, answe -> 2 points;
    # on stage index 5 -> 2 more: 4. On stage 0 it is the 2 shared stems only.
    text = "Complaint answered too late"
    assert score(by_key["complaints"], text, 5) == 4
    assert score(by_key["complaints"], text, 0) == 2
    found = matching_measures(entries, text, 5)
    assert found[0].key == "complaints"
    assert all(score(e, text, 5) > 0 for e in found) and len(found) <= 8
    # no stage, no shared word: nothing offered
    assert matching_measures(entries, "xyzzy", None) == []
