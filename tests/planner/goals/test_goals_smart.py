"""Goals, measures and check-ins in the store; every SMART rule; progress and status."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from planner.goals import goal_table as g
from planner.goals.smart import best_stretch, goal_progress, smart_checks
from planner.model import CheckIn, Goal, Measure
from planner.store import ProjectStore

TODAY = date(2026, 11, 22)
GOOD = Goal(
    title="Keep commuters",
    description="Raise the quarterly retention of our e-bike commuters",
    metric="retention_rate",
    baseline_value=88.0,
    baseline_date="2026-01-01",
    target_value=92.0,
    deadline="2027-12-31",
    relevance="Commuters bring 40 % of service revenue",
    personas=(1,),
)


def by_letter(checks):
    return {c.letter: c for c in checks}


def test_store_round_trip_and_goal_deletion_restores_links(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "g.rplan")
    a = g.GOALS.insert(store, GOOD)
    b = g.GOALS.insert(store, Goal(title="NPS up", metric="nps", bond_types=("emotional",)))
    m = g.MEASURES.insert(
        store,
        Measure(
            title="Loan bikes", goal_ids=(a.id, b.id), touchpoints=(7,), lock_in=True, cost=1200.0, effort=2, impact=4
        ),
    )
    assert g.GOALS.get(store, a.id).personas == (1,) and g.MEASURES.get(store, m.id).lock_in is True
    assert [x.title for x in g.measures(store, b.id)] == ["Loan bikes"]
    assert [x.id for x in g.measures_at_touchpoint(store, 7)] == [m.id]
    removed = g.delete_goal(store, a.id)
    assert g.MEASURES.get(store, m.id).goal_ids == (b.id,)
    g.restore_goal(store, removed)
    assert set(g.MEASURES.get(store, m.id).goal_ids) == {a.id, b.id}
    assert [x.title for x in g.goals(store)] == ["Keep commuters", "NPS up"]
    old = g.MEASURES.update(store, m.id, effort=5)
    assert old.effort == 2 and g.MEASURES.get(store, m.id).effort == 5
    c = g.add_checkin(store, CheckIn(kind="goal", target_id=b.id, date="2026-10-01", value=31.0, note="survey"))
    assert g.checkins(store, "goal", b.id) == [c]
    assert g.delete_checkin(store, c.id) == c and g.checkins(store, "goal", b.id) == []
    assert store.counts().goals == 2 and store.counts().measures == 1
    store.close()


def test_specific() -> None:
    assert by_letter(smart_checks(GOOD.with_changes(description="Better"), today=TODAY))["S"].code == "specific_short"
    vague = GOOD.with_changes(description="Increase the rate by working harder on it", personas=())
    assert by_letter(smart_checks(vague, today=TODAY))["S"].code == "specific_group"
    assert by_letter(smart_checks(GOOD, today=TODAY))["S"].ok is True


def test_measurable() -> None:
    assert by_letter(smart_checks(GOOD.with_changes(target_value=None), today=TODAY))["M"].code == "measurable_target"
    manual = GOOD.with_changes(metric="manual", unit="")
    assert by_letter(smart_checks(manual, today=TODAY))["M"].code == "measurable_unit"
    assert by_letter(smart_checks(GOOD, today=TODAY, has_sales=False))["M"].code == "measurable_no_data"
    assert by_letter(smart_checks(GOOD, today=TODAY, has_sales=True))["M"].ok is True


def test_achievable_compares_with_the_best_stretch_in_the_data() -> None:
    # Deadline 2027-12-31 from 2026-01-01: 23 months = 8 quarters; +4 points = 0.5 per quarter.
    history = [80.0, 81.0, 80.5, 82.0, 83.0, 82.5, 84.0, 85.0, 84.0, 86.0, 86.5, 87.0]
    # 8-quarter stretches: 80->84 0.5, 81->86 0.625, 80.5->86.5 0.75 (the best), 82->87 0.625 per quarter
    assert best_stretch(history, 8, True) == pytest.approx(0.75)
    ok = by_letter(smart_checks(GOOD, today=TODAY, history=history, period="quarter", has_sales=True))["A"]
    assert (ok.ok, ok.code, ok.params["periods"]) == (True, "achievable_ok", 8)
    assert ok.params["required"] == pytest.approx(0.5)
    steep = GOOD.with_changes(target_value=97.0)  # 9 points in 8 quarters = 1.125 per quarter
    check = by_letter(smart_checks(steep, today=TODAY, history=history, period="quarter", has_sales=True))["A"]
    assert (check.ok, check.code) == (False, "achievable_too_steep")
    # churn: lower is better, so the "best" stretch is the largest fall
    churn = GOOD.with_changes(metric="churn_rate", baseline_value=12.0, target_value=10.0)
    churn_history = [14.0, 13.0, 12.5, 12.0, 12.0, 11.0, 11.5, 11.0, 10.5, 10.0]
    check = by_letter(smart_checks(churn, today=TODAY, history=churn_history, period="quarter", has_sales=True))["A"]
    assert check.ok is True and check.params["required"] == pytest.approx(0.25)
    assert by_letter(smart_checks(GOOD, today=TODAY))["A"].ok is None  # no history: cannot judge


def test_relevant_and_timebound() -> None:
    assert by_letter(smart_checks(GOOD.with_changes(personas=()), today=TODAY))["R"].code == "relevant_link"
    assert by_letter(smart_checks(GOOD.with_changes(relevance=""), today=TODAY))["R"].code == "relevant_reason"
    assert by_letter(smart_checks(GOOD, today=TODAY))["R"].ok is True
    assert by_letter(smart_checks(GOOD.with_changes(deadline=""), today=TODAY))["T"].code == "timebound_deadline"
    assert by_letter(smart_checks(GOOD.with_changes(deadline="2026-06-30"), today=TODAY))["T"].code == "timebound_past"
    odd = GOOD.with_changes(baseline_date="2028-01-01")
    assert by_letter(smart_checks(odd, today=TODAY))["T"].code == "timebound_before_baseline"
    assert by_letter(smart_checks(GOOD, today=TODAY))["T"].ok is True


def test_progress_and_status() -> None:
    # Baseline 88 on 2026-01-01, target 92 by 2027-12-31 (729 days); on 2026-11-22, 325 days
    # have passed: the straight line expects 325/729 = 44.6 % of the way.
    expected = 325 / 729
    p = goal_progress(GOOD, 90.0, today=TODAY)  # half way: on track
    assert (p.fraction, p.status) == (0.5, "on_track") and p.expected == pytest.approx(expected)
    assert goal_progress(GOOD, 89.0, today=TODAY).status == "at_risk"  # 25 %: 19.6 points behind
    assert goal_progress(GOOD, 87.0, today=TODAY).status == "off_track"  # below baseline: 0 %
    assert goal_progress(GOOD, 87.0, today=TODAY).fraction == 0.0
    assert goal_progress(GOOD, 95.0, today=TODAY).status == "achieved"
    assert goal_progress(GOOD, None, today=TODAY).status == "no_data"
    churn = GOOD.with_changes(metric="churn_rate", baseline_value=12.0, target_value=8.0)
    assert goal_progress(churn, 10.0, today=TODAY).fraction == 0.5  # falling churn is progress


def test_catalogue_has_30_measures_in_both_languages() -> None:
    from planner.goals.catalog import catalog
    from planner.model import BOND_TYPES

    de, en = catalog("de"), catalog("en")
    assert len(de) == len(en) >= 30
    assert [m.key for m in de] == [m.key for m in en]
    assert all(m.title and m.description and m.bond_type in BOND_TYPES for m in de + en)
    assert sum(a.title != b.title for a, b in zip(de, en)) >= 30  # really written in both languages
    assert sum(m.winback for m in de) >= 3 and any(m.lock_in for m in de) and any(not m.lock_in for m in de)
    assert all(0 <= s <= 6 for m in de for s in m.stages)


def test_demo_plan_has_goals_and_measures_on_the_journey(tmp_path: Path) -> None:
    from planner.demo.project import build_demo

    store = build_demo(tmp_path / "d.rplan", "de")
    goals_, measures_ = g.goals(store), g.measures(store)
    assert 3 <= len(goals_) <= 4 and 8 <= len(measures_) <= 12
    assert all(m.owner_id for m in measures_) and sum(bool(m.touchpoints) for m in measures_) >= 7
    assert all(m.goal_ids for m in measures_)
    store.close()


def test_measures_due_soonest_first() -> None:
    today = date(2026, 11, 22)
    ms = [
        Measure(id=1, title="starts soon", start="2026-12-01", status="planned"),
        Measure(id=2, title="ends soon", start="2026-01-01", end="2026-12-10", status="active"),
        Measure(id=3, title="overdue", start="2026-01-01", end="2026-11-01", status="active"),
        Measure(id=4, title="far away", start="2027-06-01", status="planned"),
        Measure(id=5, title="finished", end="2026-11-30", status="done"),
        Measure(id=6, title="idea without dates", status="idea"),
    ]
    due = g.measures_due(ms, today)
    assert [(d.measure.id, d.kind, d.day) for d in due] == [
        (3, "overdue", "2026-11-01"),
        (1, "starts", "2026-12-01"),
        (2, "ends", "2026-12-10"),
    ]
