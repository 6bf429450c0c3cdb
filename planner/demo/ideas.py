"""The demo's ideas board: what the bicycle shop's team pinned up in its retention workshop,
per journey stage, with the dots they gave and the notes that became the plan's measures (so
the Ideas section, the workbook's Ideas sheet and the report's last chapter have something to
show)."""

from __future__ import annotations

from planner.goals import goal_table as g
from planner.ideas import IdeaNote, insert_note
from planner.journey import stages
from planner.store import ProjectStore

# stage index, kind, English, German, author, cluster (en, de), dots, measure it became
NOTES = [
    (
        1,
        "pain",
        "Nobody knows our workshop exists",
        "Keiner kennt unsere Werkstatt",
        "Tom Becker",
        ("Visibility", "Sichtbarkeit"),
        4,
        "",
    ),
    (
        1,
        "idea",
        "Instagram reels from the workshop",
        "Instagram-Reels aus der Werkstatt",
        "Katrin Lindner",
        ("Visibility", "Sichtbarkeit"),
        2,
        "",
    ),
    (
        3,
        "question",
        "Do customers compare us with online shops?",
        "Vergleichen Kunden uns mit Onlineshops?",
        "Mira Schulz",
        ("", ""),
        0,
        "",
    ),
    (
        4,
        "pain",
        "Leasing paperwork takes 40 minutes",
        "Leasing-Papiere dauern 40 Minuten",
        "Jonas Weber",
        ("Waiting", "Wartezeit"),
        3,
        "",
    ),
    (
        5,
        "pain",
        "Repairs take a week without a word",
        "Reparatur dauert eine Woche ohne Rückmeldung",
        "Jonas Weber",
        ("Waiting", "Wartezeit"),
        5,
        "wait_time",
    ),
    (
        5,
        "idea",
        "Text the customer when the bike is ready",
        "SMS an den Kunden, wenn das Rad fertig ist",
        "Mira Schulz",
        ("Waiting", "Wartezeit"),
        3,
        "",
    ),
    (
        6,
        "idea",
        "Customer card with a free check after six months",
        "Kundenkarte mit kostenlosem Check nach sechs Monaten",
        "Katrin Lindner",
        ("", ""),
        4,
        "loyalty_programme",
    ),
    (
        6,
        "idea",
        "Call after the first ride",
        "Anruf nach der ersten Ausfahrt",
        "Mira Schulz",
        ("", ""),
        2,
        "post_purchase",
    ),
    (
        6,
        "question",
        "What do we do when a regular stops coming?",
        "Was tun, wenn ein Stammkunde wegbleibt?",
        "Tom Becker",
        ("", ""),
        1,
        "",
    ),
]


def add_demo_ideas(store: ProjectStore, language: str) -> None:
    de = language == "de"
    stage_ids = [stage.id for stage in stages(store)]
    measures = {m.catalog_key: m.id for m in g.measures(store)}
    for stage, kind, en, german, author, cluster, dots, became in NOTES:
        insert_note(
            store,
            IdeaNote(
                stage_id=stage_ids[stage] if stage < len(stage_ids) else 0,
                kind=kind,
                text=german if de else en,
                author=author,
                cluster=cluster[1 if de else 0],
                votes=dots,
                converted_kind="measure" if became in measures else "",
                converted_id=measures.get(became),
            ),
        )
