"""The team that owns touchpoints, goals and measures. Removing a member takes them off
their touchpoints in the same transaction, and an undo puts them back where they were."""

from __future__ import annotations

from dataclasses import dataclass

from planner.errors import record_gone
from planner.model import TEAM_FIELDS, TeamMember
from planner.records import RecordTable
from planner.store import ProjectStore, renumber

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
