"""The ideas board in the documents (issue 34): the workbook's Ideas sheet and the report's
last chapter show the notes in board order with their votes and what they became; a plan
without notes has neither (the contents say why). Checked by hand on a three-note board:

    Bewusstwerden: pain "Keiner kennt uns" (Sichtbarkeit, 3 dots)
    Bindungsphase: idea "Kundenclub" by Anna (2 dots), turned into a measure
    no stage:      question "Wer pflegt das?" by Ben (0 dots)

Ranking: "Keiner kennt uns" 1st (3), "Kundenclub" 2nd (2); the question has no dot."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from planner import journey as j
from planner.export.plan_workbook import collect_plan, write_plan_workbook
from planner.ideas import IdeaNote, insert_note
from planner.ideas.convert import convert, measure_from
from planner.model import Stage
from planner.report.document import Report
from planner.store import ProjectStore


@pytest.fixture
def store(tmp_path: Path):
    store = ProjectStore.create(tmp_path / "x.rplan")
    yield store
    store.close()


def board(store: ProjectStore) -> None:
    awareness = j.insert_stage(store, Stage(name="Bewusstwerden"))
    loyalty = j.insert_stage(store, Stage(name="Bindungsphase"))
    club = insert_note(store, IdeaNote(stage_id=loyalty.id, text="Kundenclub", author="Anna", votes=2))
    insert_note(store, IdeaNote(kind="question", text="Wer pflegt das?", author="Ben"))
    insert_note(
        store, IdeaNote(stage_id=awareness.id, kind="pain", text="Keiner kennt uns", cluster="Sichtbarkeit", votes=3)
    )
    convert(store, club.id, "measure", measure_from(club))


def test_the_workbook_lists_the_notes_for_reading(store: ProjectStore, tmp_path: Path) -> None:
    board(store)
    write_plan_workbook(collect_plan(store, "de"), tmp_path / "plan.xlsx")
    ws = openpyxl.load_workbook(tmp_path / "plan.xlsx")["Ideen"]
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=1, max_row=4, max_col=7)]
    assert rows == [
        ["Phase", "Art", "Notiz", "Von", "Gruppe", "Punkte", "Daraus wurde"],
        ["Bewusstwerden", "Schmerzpunkt", "Keiner kennt uns", None, "Sichtbarkeit", 3, None],
        ["Bindungsphase", "Idee", "Kundenclub", "Anna", None, 2, "Maßnahme: Kundenclub"],
        ["Ohne Phase", "Frage", "Wer pflegt das?", "Ben", None, 0, None],
    ]
    assert ws.cell(row=6, column=1).value.startswith("Zum Lesen:")  # never read back


def test_a_plan_without_notes_has_no_ideas_sheet_or_chapter(store: ProjectStore, tmp_path: Path) -> None:
    content = collect_plan(store, "en")
    write_plan_workbook(content, tmp_path / "plan.xlsx")
    assert "Ideas" not in openpyxl.load_workbook(tmp_path / "plan.xlsx").sheetnames
    report = Report(content)
    assert "ideas" not in report.starts
    assert report.left_out["ideas"] == "No notes on the ideas board yet."


def test_the_report_closes_with_the_workshop_ideas(store: ProjectStore) -> None:
    board(store)
    report = Report(collect_plan(store, "en"))
    page = report.starts["ideas"] - 1
    texts = [t.get_text() for t in report.figure(page).texts]
    assert "Ideas from the workshop" in texts
    assert "3 notes on the ideas board: 1 × Idea, 1 × Pain, 1 × Question." in "\n".join(texts)
    assert "Most dots: 1. Keiner kennt uns (3); 2. Kundenclub (2)." in "\n".join(texts)
    assert {"Kundenclub", "Measure: Kundenclub", "Wer pflegt das?"} <= set(texts)
