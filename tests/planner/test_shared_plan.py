"""Edits that stay whole, and two people with the same plan open (issue 9, points 4 and 5).

Two `ProjectStore`s on one file stand for two apps on a shared drive: each has its own
SQLite connection, exactly as two processes would.
"""

from __future__ import annotations

import os
import socket
from pathlib import Path

import pytest

from planner import journey as j
from planner.demo.project import build_demo
from planner.errors import ConflictError, RecordGoneError
from planner.goals import goal_table as g
from planner.lock import PlanInUseError, PlanLock, holder, lock_path, read_lock
from planner.model import Measure, TeamMember
from planner.store import ProjectStore


@pytest.fixture
def plan(tmp_path: Path) -> Path:
    path = tmp_path / "shared.rplan"
    build_demo(path, "en").close()
    return path


def _count_transactions(store: ProjectStore) -> list[str]:
    begun: list[str] = []
    store.connection.set_trace_callback(lambda sql: begun.append(sql) if sql.startswith("BEGIN") else None)
    return begun


# -- point 4: every action and its undo is exactly one transaction ---------------------------


def test_goal_delete_and_its_undo_are_one_transaction_each(plan: Path) -> None:
    store = ProjectStore.open(plan)
    goal = next(goal for goal in g.goals(store) if g.measures(store, goal.id))
    begun = _count_transactions(store)
    removed = g.delete_goal(store, goal.id)
    assert len(begun) == 1 and removed.measures  # several measures unlinked, still one commit
    begun.clear()
    g.restore_goal(store, removed)
    assert len(begun) == 1
    assert {m.id for m in g.measures(store, goal.id)} == set(removed.measures)
    store.close()


def test_member_and_stage_delete_and_undo_are_one_transaction_each(plan: Path) -> None:
    store = ProjectStore.open(plan)
    member = next(m for m in j.team(store) if any(tp.owner_id == m.id for tp in j.touchpoints(store)))
    stage = next(s for s in j.stages(store) if j.touchpoints(store, s.id))
    begun = _count_transactions(store)
    for delete, restore, key in (
        (j.delete_member, j.restore_member, member.id),
        (j.delete_stage, j.restore_stage, stage.id),
    ):
        begun.clear()
        removed = delete(store, key)
        assert len(begun) == 1
        begun.clear()
        restore(store, removed)
        assert len(begun) == 1
    assert any(tp.owner_id == member.id for tp in j.touchpoints(store))
    assert j.touchpoints(store, stage.id)
    store.close()


def test_a_failure_inside_goal_delete_leaves_everything_as_it_was(plan: Path, monkeypatch) -> None:
    # before: the measures were unlinked in their own commits, then the goal delete failed
    store = ProjectStore.open(plan)
    goal = next(goal for goal in g.goals(store) if g.measures(store, goal.id))
    linked = {m.id for m in g.measures(store, goal.id)}

    def broken_delete(store_, record_id):
        raise OSError("disk went away")

    monkeypatch.setattr(g.GOALS, "delete", broken_delete)
    with pytest.raises(OSError):
        g.delete_goal(store, goal.id)
    monkeypatch.undo()
    assert {m.id for m in g.measures(store, goal.id)} == linked
    assert g.GOALS.get(store, goal.id) == goal
    store.close()


def test_nested_transactions_commit_once_or_not_at_all(plan: Path) -> None:
    store = ProjectStore.open(plan)
    before = store.settings().company
    with pytest.raises(RuntimeError), store.transaction():
        store.update_settings(company="Inner commit?")
        raise RuntimeError("the outer action fails after the inner step")
    assert store.settings().company == before
    store.close()


# -- point 5: two apps with the same plan ------------------------------------------------------


def test_updates_write_only_the_fields_that_changed(plan: Path) -> None:
    anna, ben = ProjectStore.open(plan), ProjectStore.open(plan)
    goal = g.goals(anna)[0]
    measure = g.measures(anna)[0]
    tp = j.touchpoints(anna)[0]
    member = j.team(anna)[0]
    persona = anna.personas()[0]
    # Ben read everything earlier; Anna changes one field, Ben another
    g.GOALS.update(anna, goal.id, title="Anna's title")
    g.GOALS.update(ben, goal.id, status="active" if goal.status != "active" else "draft")
    g.MEASURES.update(anna, measure.id, cost=999.0)
    g.MEASURES.update(ben, measure.id, effort=5)
    j.update_touchpoint(anna, tp.id, name="Anna's touchpoint")
    j.update_touchpoint(ben, tp.id, emotion=-2)
    j.update_member(anna, member.id, role="Anna's role")
    j.update_member(ben, member.id, email="ben@example.org")
    anna.update_persona(persona.id, notes="Anna's note")
    ben.update_persona(persona.id, pains="Ben's pain")
    check = ProjectStore.open(plan)
    assert g.GOALS.get(check, goal.id).title == "Anna's title"
    assert g.GOALS.get(check, goal.id).status != goal.status
    assert (g.MEASURES.get(check, measure.id).cost, g.MEASURES.get(check, measure.id).effort) == (999.0, 5)
    assert (j.touchpoint(check, tp.id).name, j.touchpoint(check, tp.id).emotion) == ("Anna's touchpoint", -2)
    assert (j.TEAM.get(check, member.id).role, j.TEAM.get(check, member.id).email) == ("Anna's role", "ben@example.org")
    assert (check.persona(persona.id).notes, check.persona(persona.id).pains) == ("Anna's note", "Ben's pain")
    for store in (anna, ben, check):
        store.close()


def test_a_colleagues_commit_between_read_and_write_is_kept(plan: Path, monkeypatch) -> None:
    """The race seen in stress runs: Ben's app reads the goal, Anna's app commits a change
    to another field, Ben's app writes. Reading and writing in one transaction makes
    Anna wait for Ben's commit instead of being overwritten by it."""
    import threading

    from planner.records import RecordTable

    anna, ben = ProjectStore.open(plan), ProjectStore.open(plan)
    goal = g.goals(anna)[0]
    real_get = RecordTable.get
    annas_edit: list[threading.Thread] = []

    def get_then_let_anna_write(self, store, record_id):
        record = real_get(self, store, record_id)
        if store is ben and not annas_edit:

            def edit() -> None:
                other = ProjectStore.open(plan)  # her own connection, as in her own process
                g.GOALS.update(other, goal.id, title="Anna's title")
                other.close()

            annas_edit.append(threading.Thread(target=edit))
            annas_edit[0].start()
            annas_edit[0].join(0.5)  # long enough for her commit, unless she has to wait for Ben
        return record

    monkeypatch.setattr(RecordTable, "get", get_then_let_anna_write)
    g.GOALS.update(ben, goal.id, status="dropped")
    annas_edit[0].join()
    monkeypatch.undo()
    final = g.GOALS.get(anna, goal.id)
    assert (final.title, final.status) == ("Anna's title", "dropped")
    anna.close()
    ben.close()


def test_an_undo_never_overwrites_a_colleagues_newer_value(plan: Path) -> None:
    anna, ben = ProjectStore.open(plan), ProjectStore.open(plan)
    goal = g.goals(anna)[0]
    old = g.GOALS.update(anna, goal.id, expected={"title": goal.title}, title="Anna's title")
    g.GOALS.update(ben, goal.id, title="Ben's title")  # Ben edits the same field later
    with pytest.raises(ConflictError) as caught:  # Anna's undo would put the old title back
        g.GOALS.update(anna, goal.id, expected={"title": "Anna's title"}, title=old.title)
    assert caught.value.code == "record_changed" and "title" in caught.value.params["fields"]
    assert g.GOALS.get(anna, goal.id).title == "Ben's title"
    # lists compare by value, whatever sequence type the caller holds
    measure = g.measures(anna)[0]
    g.MEASURES.update(anna, measure.id, expected={"goal_ids": list(measure.goal_ids)}, effort=1)
    anna.close()
    ben.close()


def test_a_record_deleted_elsewhere_gives_a_plain_error(plan: Path) -> None:
    anna, ben = ProjectStore.open(plan), ProjectStore.open(plan)
    measure_id = g.MEASURES.insert(anna, Measure(title="Flyer")).id
    member = j.insert_member(anna, TeamMember(name="Temp"))
    tp = j.touchpoints(anna)[0]
    g.MEASURES.delete(ben, measure_id)
    j.delete_member(ben, member.id)
    j.delete_touchpoint(ben, tp.id)
    for attempt in (
        lambda: g.MEASURES.update(anna, measure_id, title="Flyer 2"),
        lambda: g.MEASURES.move(anna, measure_id, 0),
        lambda: j.update_member(anna, member.id, role="x"),
        lambda: j.delete_member(anna, member.id),
        lambda: j.update_touchpoint(anna, tp.id, name="x"),
        lambda: j.move_touchpoint(anna, tp.id, tp.stage_id, 0),
    ):
        with pytest.raises(RecordGoneError) as caught:
            attempt()
        assert "deleted meanwhile" in caught.value.message and caught.value.code == "record_gone"
    anna.close()
    ben.close()


# -- the lock: who has the plan open ------------------------------------------------------------


def test_second_opener_learns_who_has_the_plan_and_can_take_over(plan: Path) -> None:
    first = PlanLock.acquire(plan)
    info = read_lock(plan)
    assert info is not None and info.pid == os.getpid() and info.host == socket.gethostname()
    with pytest.raises(PlanInUseError) as caught:
        PlanLock.acquire(plan)
    assert caught.value.holder.token == first.info.token
    assert caught.value.params["user"] == info.user
    second = PlanLock.acquire(plan, take_over=True)
    # the first app learns at its next heartbeat that it lost the lock, and writes nothing
    assert first.renew() == second.info
    assert read_lock(plan) == second.info
    first.release()  # not the owner any more: the lock stays
    assert lock_path(plan).exists()
    second.release()
    assert not lock_path(plan).exists() and holder(plan) is None


def test_stale_locks_are_taken_over_without_asking(plan: Path, tmp_path: Path) -> None:
    old = PlanLock.acquire(plan)
    # a heartbeat three minutes old: the app crashed or the laptop sleeps
    stale = old.info.__class__(old.info.user, "elsewhere", 1, old.info.opened_at, "2020-01-01T00:00:00+00:00", "x")
    lock_path(plan).write_text(__import__("json").dumps(stale.__dict__), encoding="utf-8")
    assert holder(plan) is None
    PlanLock.acquire(plan).release()
    # a process on this machine that no longer runs
    dead = old.info.__class__(
        old.info.user, socket.gethostname(), 2**22 + 12345, old.info.opened_at, old.info.heartbeat, "y"
    )
    lock_path(plan).write_text(__import__("json").dumps(dead.__dict__), encoding="utf-8")
    assert holder(plan) is None
    PlanLock.acquire(plan).release()
    # a lock file that is garbage does not block anyone
    lock_path(plan).write_bytes(b"\x00\xff garbage")
    PlanLock.acquire(plan).release()
