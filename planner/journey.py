"""The customer journey: stages, touchpoints, the team that owns them, and the emotion curve.

Like `ProjectStore`'s persona methods, every mutator is one committed transaction and
returns what an undo needs to put things back (a removed stage comes back with its id,
its place and its touchpoints).
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass

from planner.model import TEAM_FIELDS, TOUCHPOINT_FIELDS, Stage, TeamMember, Touchpoint
from planner.records import RecordTable, check_expected, record_gone
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

# Channels named in practice (DOMAIN section 2): key -> (English, German, badge, colour).
# The badge is the channel's icon: a short code on its colour, legible on any system
# (emoji fonts are missing on many Linux machines and projectors' laptops).
CHANNELS: dict[str, tuple[str, str, str, str]] = {
    "email": ("E-mail", "E-Mail", "@", "#2980B9"),
    "newsletter": ("Newsletter", "Newsletter", "NL", "#2471A3"),
    "phone": ("Phone hotline", "Telefon-Hotline", "TEL", "#8E44AD"),
    "social": ("Social media", "Social Media", "#", "#C2185B"),
    "whatsapp": ("WhatsApp", "WhatsApp", "WA", "#27AE60"),
    "chatbot": ("Chatbot", "Chatbot", "BOT", "#7F8C8D"),
    "livechat": ("Live chat", "Live-Chat", "CH", "#16A085"),
    "form": ("Contact form", "Kontaktformular", "FO", "#5D6D7E"),
    "website": ("Website / FAQ", "Website / FAQ", "WEB", "#1F618D"),
    "shop": ("Online shop", "Onlineshop", "OS", "#D35400"),
    "store": ("Store / on site", "Laden / vor Ort", "LA", "#A04000"),
    "field": ("Field sales visit", "Außendienstbesuch", "AD", "#6E2C00"),
    "event": ("Events / fairs", "Events / Messen", "EV", "#B7950B"),
    "magazine": ("Customer magazine", "Kundenmagazin", "MAG", "#7D6608"),
    "webinar": ("Seminar / webinar", "Seminar / Webinar", "SEM", "#117864"),
    "community": ("Community", "Community", "COM", "#1E8449"),
    "loyalty": ("Loyalty card / app", "Kundenkarte / App", "KK", "#B03A2E"),
    "workshop": ("Workshop / service", "Werkstatt / Service", "WS", "#566573"),
}


def channel_label(channel: str, language: str) -> str:
    """Known channel keys in the user's language; free text as typed."""
    entry = CHANNELS.get(channel)
    if entry is None:
        return channel
    return entry[1] if language == "de" else entry[0]


def channel_key(text: str) -> str:
    """A channel as a workbook or a user writes it back: a known channel's name in either
    language (or its key) gives the key, any other text stays as typed."""
    word = text.strip()
    lower = word.lower()
    for key, (english, german, _badge, _colour) in CHANNELS.items():
        if lower in (key, english.lower(), german.lower()):
            return key
    return word


def channel_badge(channel: str) -> tuple[str, str]:
    """(short code, colour) of a channel; free-text channels get their first letters."""
    entry = CHANNELS.get(channel)
    if entry is None:
        return (channel[:2].upper() or "?"), "#7F8C8D"
    return entry[2], entry[3]


# -- team -------------------------------------------------------------------------------------


TEAM: RecordTable[TeamMember] = RecordTable("team_member", TeamMember, TEAM_FIELDS)


def team(store: ProjectStore) -> list[TeamMember]:
    return TEAM.all(store)


def insert_member(store: ProjectStore, member: TeamMember, position: int | None = None) -> TeamMember:
    return TEAM.insert(store, member, position)


def update_member(
    store: ProjectStore, member_id: int, *, expected: dict[str, object] | None = None, **changes: str
) -> TeamMember:
    return TEAM.update(store, member_id, expected=expected, **changes)


@dataclass(frozen=True)
class RemovedMember:
    member: TeamMember
    position: int
    owned_touchpoints: tuple[int, ...]  # touchpoints that named them as owner


def delete_member(store: ProjectStore, member_id: int) -> RemovedMember:
    with store.transaction() as conn:
        members = team(store)
        ids = [m.id for m in members]
        if member_id not in ids:
            raise record_gone("team_member", member_id)
        position = ids.index(member_id)
        owned = tuple(r[0] for r in conn.execute("SELECT id FROM touchpoint WHERE owner_id = ?", (member_id,)))
        conn.execute("UPDATE touchpoint SET owner_id = NULL WHERE owner_id = ?", (member_id,))
        conn.execute("DELETE FROM team_member WHERE id = ?", (member_id,))
        renumber(conn, "team_member", [m.id for m in members if m.id != member_id])
    return RemovedMember(members[position], position, owned)


def restore_member(store: ProjectStore, removed: RemovedMember) -> None:
    """Undo `delete_member`: one transaction. Touchpoints deleted meanwhile, or given
    another owner meanwhile, are left as they are."""
    with store.transaction() as conn:
        insert_member(store, removed.member, removed.position)
        conn.executemany(
            "UPDATE touchpoint SET owner_id = ? WHERE id = ? AND owner_id IS NULL",
            [(removed.member.id, tid) for tid in removed.owned_touchpoints],
        )


# -- stages -----------------------------------------------------------------------------------


def stages(store: ProjectStore) -> list[Stage]:
    return [Stage(*row) for row in store.connection.execute("SELECT id, name FROM stage ORDER BY position, id")]


def insert_stage(store: ProjectStore, stage: Stage, position: int | None = None) -> Stage:
    with store.transaction() as conn:
        ids = [r[0] for r in conn.execute("SELECT id FROM stage ORDER BY position, id")]
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        cur = conn.execute(
            "INSERT INTO stage(id, position, name) VALUES (?, ?, ?)", (stage.id or None, position, stage.name)
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


# -- touchpoints ------------------------------------------------------------------------------

_TP_COLUMNS = ("id", "stage_id") + TOUCHPOINT_FIELDS


def _touchpoint(row: Sequence[object]) -> Touchpoint:
    values = dict(zip(_TP_COLUMNS, row))
    values["personas"] = tuple(json.loads(values["personas"] or "[]"))  # type: ignore[arg-type]
    return Touchpoint(**values)  # type: ignore[arg-type]


def touchpoints(store: ProjectStore, stage_id: int | None = None) -> list[Touchpoint]:
    """Touchpoints in map order: by stage order, then their place in the stage."""
    sql = (
        f"SELECT {', '.join('t.' + c for c in _TP_COLUMNS)} FROM touchpoint t JOIN stage s ON s.id = t.stage_id"
        + (" WHERE t.stage_id = ?" if stage_id is not None else "")
        + " ORDER BY s.position, t.position, t.id"
    )
    rows = store.connection.execute(sql, (stage_id,) if stage_id is not None else ())
    return [_touchpoint(row) for row in rows]


def touchpoint(store: ProjectStore, touchpoint_id: int) -> Touchpoint:
    row = store.connection.execute(
        f"SELECT {', '.join(_TP_COLUMNS)} FROM touchpoint WHERE id = ?", (touchpoint_id,)
    ).fetchone()
    if row is None:
        raise record_gone("touchpoint", touchpoint_id)
    return _touchpoint(row)


def _stage_order(conn: sqlite3.Connection, stage_id: int) -> list[int]:
    return [
        r[0] for r in conn.execute("SELECT id FROM touchpoint WHERE stage_id = ? ORDER BY position, id", (stage_id,))
    ]


def _values(tp: Touchpoint) -> tuple[object, ...]:
    return tuple(
        json.dumps(list(tp.personas)) if name == "personas" else getattr(tp, name) for name in TOUCHPOINT_FIELDS
    )


def insert_touchpoint(store: ProjectStore, tp: Touchpoint, position: int | None = None) -> Touchpoint:
    if not -2 <= tp.emotion <= 2:
        raise ValueError("emotion must be between -2 and +2")
    with store.transaction() as conn:
        ids = _stage_order(conn, tp.stage_id)
        position = len(ids) if position is None else max(0, min(position, len(ids)))
        marks = ", ".join("?" * len(_TP_COLUMNS) + "?")
        cur = conn.execute(
            f"INSERT INTO touchpoint({', '.join(_TP_COLUMNS)}, position) VALUES ({marks})",
            (tp.id or None, tp.stage_id, *_values(tp), position),
        )
        new_id = tp.id or new_row_id(cur)
        renumber(conn, "touchpoint", ids[:position] + [new_id] + ids[position:])
    return tp.with_changes(id=new_id)


def update_touchpoint(
    store: ProjectStore, touchpoint_id: int, *, expected: dict[str, object] | None = None, **changes: object
) -> Touchpoint:
    """Write only the fields in `changes` (see `RecordTable.update` for `expected`)."""
    unknown = set(changes) - set(TOUCHPOINT_FIELDS)
    if unknown:
        raise ValueError(f"unknown touchpoint fields: {sorted(unknown)}")
    if "emotion" in changes and not -2 <= int(changes["emotion"]) <= 2:  # type: ignore[call-overload]
        raise ValueError("emotion must be between -2 and +2")
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        check_expected("touchpoint", old, expected)
        if changes:
            row = dict(zip(TOUCHPOINT_FIELDS, _values(old.with_changes(**changes))))
            sets = ", ".join(f"{name} = ?" for name in changes)
            conn.execute(
                f"UPDATE touchpoint SET {sets} WHERE id = ?", (*(row[name] for name in changes), touchpoint_id)
            )
    return old


def delete_touchpoint(store: ProjectStore, touchpoint_id: int) -> tuple[Touchpoint, int]:
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        ids = _stage_order(conn, old.stage_id)
        position = ids.index(touchpoint_id)
        conn.execute("DELETE FROM touchpoint WHERE id = ?", (touchpoint_id,))
        ids.remove(touchpoint_id)
        renumber(conn, "touchpoint", ids)
    return old, position


def move_touchpoint(store: ProjectStore, touchpoint_id: int, stage_id: int, position: int) -> tuple[int, int]:
    """Move to `stage_id` at `position`; returns (old stage id, old position)."""
    with store.transaction() as conn:
        old = touchpoint(store, touchpoint_id)
        source = _stage_order(conn, old.stage_id)
        old_position = source.index(touchpoint_id)
        source.remove(touchpoint_id)
        renumber(conn, "touchpoint", source)
        target = _stage_order(conn, stage_id) if stage_id != old.stage_id else source
        target.insert(max(0, min(position, len(target))), touchpoint_id)
        conn.execute("UPDATE touchpoint SET stage_id = ? WHERE id = ?", (stage_id, touchpoint_id))
        renumber(conn, "touchpoint", target)
    return old.stage_id, old_position


# -- emotion curve ----------------------------------------------------------------------------


@dataclass(frozen=True)
class EmotionCurve:
    stages: tuple[str, ...]
    average: tuple[float | None, ...]  # per stage over all touchpoints (None: no touchpoint)
    by_persona: dict[int, tuple[float | None, ...]]  # persona id -> per stage
    pain_points: tuple[int, ...]  # per stage: touchpoints with pain points noted
    lowest: tuple[int, ...]  # indexes of the stage(s) with the lowest average


def emotion_curve(
    stage_list: Sequence[Stage], points: Sequence[Touchpoint], persona_ids: Sequence[int] = ()
) -> EmotionCurve:
    """Average emotion per stage, overall and per persona. A touchpoint without personas
    concerns everyone, so it counts for every persona's line."""

    def mean(values: list[int]) -> float | None:
        return sum(values) / len(values) if values else None

    average, pains = [], []
    lines: dict[int, list[float | None]] = {pid: [] for pid in persona_ids}
    for stage in stage_list:
        own = [tp for tp in points if tp.stage_id == stage.id]
        average.append(mean([tp.emotion for tp in own]))
        pains.append(sum(1 for tp in own if tp.pain_points.strip()))
        for pid in persona_ids:
            lines[pid].append(mean([tp.emotion for tp in own if not tp.personas or pid in tp.personas]))
    known = [v for v in average if v is not None]
    low = min(known) if known else None
    lowest = tuple(i for i, v in enumerate(average) if v is not None and v == low)
    return EmotionCurve(
        tuple(s.name for s in stage_list),
        tuple(average),
        {pid: tuple(v) for pid, v in lines.items()},
        tuple(pains),
        lowest,
    )
