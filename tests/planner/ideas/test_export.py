"""The rows for the workbook's Ideas sheet and the report's chapter, by hand on a small
board: board order (stages in plan order, then notes on no stage), words in the plan's
language, what a note became, the ranking of the voted ones."""

from __future__ import annotations

from pathlib import Path

from planner import journey as j
from planner.ideas import IdeaNote, insert_note
from planner.ideas.convert import convert, measure_from
from planner.ideas.export import IdeaRow, idea_rows, idea_sheet, ideas_chapter
from planner.model import Stage
from planner.store import ProjectStore


def test_rows_sheet_and_chapter(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "x.rplan")
    try:
        awareness = j.insert_stage(store, Stage(name="Bewusstwerden"))
        loyalty = j.insert_stage(store, Stage(name="Bindungsphase"))
        # inserted out of board order: loyalty first, a note on no stage in between
        club = insert_note(store, IdeaNote(stage_id=loyalty.id, text="Kundenclub", author="Anna", votes=3))
        insert_note(store, IdeaNote(kind="question", text="Wer pflegt das?", author="Ben"))
        insert_note(
            store,
            IdeaNote(stage_id=awareness.id, kind="pain", text="Keiner kennt uns", cluster="Sichtbarkeit", votes=3),
        )
        convert(store, club.id, "measure", measure_from(club))
        assert idea_rows(store, "de") == [
            IdeaRow("Bewusstwerden", "Schmerzpunkt", "Keiner kennt uns", "", "Sichtbarkeit", 3, ""),
            IdeaRow("Bindungsphase", "Idee", "Kundenclub", "Anna", "", 3, "Maßnahme: Kundenclub"),
            IdeaRow("Ohne Phase", "Frage", "Wer pflegt das?", "Ben", "", 0, ""),
        ]
        name, header, rows = idea_sheet(store, "en")
        assert name == "Ideas"
        assert header == ["Stage", "Kind", "Note", "Author", "Cluster", "Votes", "Turned into"]
        assert rows[1] == ["Bindungsphase", "Idea", "Kundenclub", "Anna", "", 3, "Measure: Kundenclub"]
        chapter = ideas_chapter(store, "en")
        # two notes with 3 dots share rank 1; the unvoted question is not ranked
        assert [(rank, row.text) for rank, row in chapter.ranking] == [(1, "Keiner kennt uns"), (1, "Kundenclub")]
        assert [(s.stage, s.counts) for s in chapter.stages] == [
            ("Bewusstwerden", {"Idea": 0, "Pain": 1, "Question": 0}),
            ("Bindungsphase", {"Idea": 1, "Pain": 0, "Question": 0}),
            ("No stage", {"Idea": 0, "Pain": 0, "Question": 1}),
        ]
        assert [row.text for row in chapter.turned_into] == ["Kundenclub"]
    finally:
        store.close()
