"""The ideas board as plain data for the workbook's "Ideas" sheet and the report's ideas
chapter, in the plan's language. Nothing here writes a file: the workbook and the report
lay these rows out as they do their other sheets and chapters.
"""

from __future__ import annotations

from dataclasses import dataclass

from planner.ideas.convert import converted_title
from planner.ideas.notes import KINDS, IdeaNote, notes
from planner.ideas.voting import Ranked, ranking
from planner.journey.stages import stages
from planner.store import ProjectStore

WORDS = {
    "en": {
        "stage": "Stage",
        "kind": "Kind",
        "text": "Note",
        "author": "Author",
        "cluster": "Cluster",
        "votes": "Votes",
        "turned_into": "Turned into",
        "idea": "Idea",
        "pain": "Pain",
        "question": "Question",
        "touchpoint": "Touchpoint",
        "measure": "Measure",
        "goal": "Goal",
        "deleted": "(deleted since)",
        "no_stage": "No stage",
        "sheet": "Ideas",
        "chapter": "Ideas from the workshop",
    },
    "de": {
        "stage": "Phase",
        "kind": "Art",
        "text": "Notiz",
        "author": "Von",
        "cluster": "Gruppe",
        "votes": "Punkte",
        "turned_into": "Daraus wurde",
        "idea": "Idee",
        "pain": "Schmerzpunkt",
        "question": "Frage",
        "touchpoint": "Touchpoint",
        "measure": "Maßnahme",
        "goal": "Ziel",
        "deleted": "(inzwischen gelöscht)",
        "no_stage": "Ohne Phase",
        "sheet": "Ideen",
        "chapter": "Ideen aus dem Workshop",
    },
}

COLUMNS = ("stage", "kind", "text", "author", "cluster", "votes", "turned_into")


def words(language: str) -> dict[str, str]:
    return WORDS["de" if language == "de" else "en"]


@dataclass(frozen=True)
class IdeaRow:
    stage: str
    kind: str
    text: str
    author: str
    cluster: str
    votes: int
    turned_into: str  # "Measure: Newsletter", "" when the note became nothing


def _ordered(store: ProjectStore) -> list[tuple[str, IdeaNote]]:
    """Notes in board order: the plan's stages in order, then notes on no (or a deleted) stage."""
    by_stage: dict[int, list[IdeaNote]] = {}
    for item in notes(store):
        by_stage.setdefault(item.stage_id, []).append(item)
    out: list[tuple[str, IdeaNote]] = []
    for stage in stages(store):
        out += [(stage.name, item) for item in by_stage.pop(stage.id, [])]
    return out + [("", item) for rest in by_stage.values() for item in rest]


def _turned_into(store: ProjectStore, item: IdeaNote, w: dict[str, str]) -> str:
    if not item.converted_kind:
        return ""
    title = converted_title(store, item)
    return f"{w[item.converted_kind]}: {title}" if title is not None else f"{w[item.converted_kind]} {w['deleted']}"


def idea_rows(store: ProjectStore, language: str) -> list[IdeaRow]:
    """One row per note, in board order, texts in `language`."""
    w = words(language)
    return [
        IdeaRow(
            stage=stage or w["no_stage"],
            kind=w[item.kind],
            text=item.text,
            author=item.author,
            cluster=item.cluster,
            votes=item.votes,
            turned_into=_turned_into(store, item, w),
        )
        for stage, item in _ordered(store)
    ]


def idea_sheet(store: ProjectStore, language: str) -> tuple[str, list[str], list[list[object]]]:
    """(sheet name, header, rows) for the workbook: the header in `language`."""
    w = words(language)
    rows = [[getattr(row, column) for column in COLUMNS] for row in idea_rows(store, language)]
    return w["sheet"], [w[column] for column in COLUMNS], rows


@dataclass(frozen=True)
class StageIdeas:
    stage: str
    counts: dict[str, int]  # kind label -> number of notes
    rows: list[IdeaRow]


@dataclass(frozen=True)
class IdeasChapter:
    """The report's chapter: the title, the ranking of the voted notes (rank, row), the
    notes per stage, and what became of them. Empty (`rows` empty) when the board is."""

    title: str
    header: list[str]
    ranking: list[tuple[int, IdeaRow]]
    stages: list[StageIdeas]
    turned_into: list[IdeaRow]
    rows: list[IdeaRow]


def ideas_chapter(store: ProjectStore, language: str) -> IdeasChapter:
    w = words(language)
    ordered = _ordered(store)
    rows = idea_rows(store, language)
    row_of = {item.id: row for (_stage, item), row in zip(ordered, rows)}
    ranked: list[Ranked] = ranking([item for _stage, item in ordered])
    per_stage: dict[str, list[IdeaRow]] = {}
    for row in rows:
        per_stage.setdefault(row.stage, []).append(row)
    return IdeasChapter(
        title=w["chapter"],
        header=[w[column] for column in COLUMNS],
        ranking=[(r.rank, row_of[r.note.id]) for r in ranked],
        stages=[
            StageIdeas(stage, {w[k]: sum(1 for r in stage_rows if r.kind == w[k]) for k in KINDS}, stage_rows)
            for stage, stage_rows in per_stage.items()
        ],
        turned_into=[row for row in rows if row.turned_into],
        rows=rows,
    )
