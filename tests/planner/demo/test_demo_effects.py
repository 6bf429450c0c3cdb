"""The demo tells the effectiveness story: a randomly mailed service reminder that works
(its interval holds the effect the generator built in), a random invitation without effect,
the loyalty card whose members are known only at the end (selection warning) and which the
members list with join dates beside the plan makes judgeable, and the service contract planned
with a random holdout, which shows before its start what it can detect (issue 32's "Done when")."""

from __future__ import annotations

from datetime import date

import pytest

from planner.demo.goals import MEMBERS_FILE
from planner.demo.project import fresh_demo_copy
from planner.demo.sales import demo_card_members, reminder_true_effect_points
from planner.effect.evaluate import SalesData
from planner.effect.holdout import holdout_size, parse_holdout
from planner.effect.measure_power import measure_power
from planner.effect.participant_file import read_participants_list
from planner.effect.participants import parse_participants, spec_text
from planner.effect.project import evaluate_measure, evaluate_project, project_settings
from planner.goals import goal_table as g
from planner.sales.storage import load_sales


@pytest.fixture(scope="module")
def demo():
    store = fresh_demo_copy("en")
    try:
        data = SalesData(load_sales(store))
        judged = evaluate_project(store, data, project_settings(store))
        yield store, data, judged
    finally:
        store.close()


@pytest.fixture(scope="module")
def verdicts(demo):
    return {m.catalog_key: e for m, e in demo[2]}


def test_the_service_reminder_works_and_its_interval_holds_the_true_effect(verdicts) -> None:
    reminder = verdicts["post_purchase"]
    assert reminder.verdict == "works"
    lo, hi = reminder.comparison.retention.ci
    assert lo <= reminder_true_effect_points() <= hi
    assert "selection" not in [code for code, _ in reminder.warnings]  # a random draw
    assert reminder.kind == "matched" and len(reminder.placebo) == 3
    assert reminder.money is not None and reminder.money.extra_margin is not None
    assert reminder.power is not None and reminder.power.mde_points > 0


def test_the_invitation_has_no_clear_effect(verdicts) -> None:
    assert verdicts["events"].verdict == "no_clear_effect"


def test_the_loyalty_card_is_not_judgeable_without_join_dates(verdicts) -> None:
    card = verdicts["loyalty_programme"]
    assert "selection" in [code for code, _ in card.warnings]
    assert card.verdict == "not_judgeable"
    assert "join dates" in card.sentence
    assert card.participants_label == "Customers with Kundenkarte = ja"


def test_measures_without_participants_say_what_is_missing(verdicts) -> None:
    assert verdicts["knowledge_sharing"].reasons[0].code == "no_start"
    assert "no_participants" in [r.code for r in verdicts["complaints"].reasons]


def test_the_service_contract_is_planned_with_a_holdout_and_shows_its_power_before_the_start(demo) -> None:
    """689 workshop customers of the last year, 15 % of them (rounded up: 104) held out at
    random; the offer starts 2026-12-01, after the data (to 2026-09-30): no verdict yet, the
    smallest effect it can detect and the day it can be judged from (2027-03-01)."""
    store, data, judged = demo
    measure, evaluation = next((m, e) for m, e in judged if m.catalog_key == "service_contract")
    listed = parse_participants(measure.participants).customers
    held = parse_holdout(measure.holdout)
    assert len(listed) == 689 and len(held) == holdout_size(689) == 104 and set(held) <= set(listed)
    assert measure.status == "planned" and measure.start == "2026-12-01"
    assert evaluation.verdict == "not_enough_data" and evaluation.ready_on == date(2027, 3, 1)
    assert evaluation.power is not None and evaluation.power.mde_points > 0 and evaluation.power.mde_money > 0
    shown = measure_power({goal.id: goal for goal in g.goals(store)}, data, measure, project_settings(store))
    assert shown.source == "participants" and shown.randomised and shown.holdout == 104
    assert shown.power.mde_points == evaluation.power.mde_points  # the form and the section agree
    assert shown.judgeable_from == date(2027, 3, 1)


def test_the_card_with_its_members_join_dates_gets_a_verdict(demo, verdicts) -> None:
    """The members list beside the demo plan, read as the window's "Import list…" reads it:
    583 members, each judged from the day they joined; no selection verdict."""
    store, data, _judged = demo
    read = read_participants_list(store.path.parent / MEMBERS_FILE)
    assert read.date_column == 1 and len(read.spec.customers) == len(demo_card_members()) == 583
    card = next(m for m in g.measures(store) if m.catalog_key == "loyalty_programme")
    assert verdicts["loyalty_programme"].verdict == "not_judgeable"  # as stored: Kundenkarte=ja
    with_dates = evaluate_measure(
        {}, data, card.with_changes(participants=spec_text(read.spec)), project_settings(store)
    )
    assert with_dates.by_join_date and with_dates.verdict not in ("not_judgeable", "not_enough_data")
    assert "selection" not in [code for code, _ in with_dates.warnings]
    assert "compared with before they joined" in with_dates.sentence


def test_the_shops_next_export_gives_the_service_contract_its_randomised_verdict() -> None:
    """The follow-up export beside the demo plan (October 2026 to May 2027), imported as the
    window imports it: the contract, offered from 2026-12-01 to the participants outside its
    holdout, is judged against the holdout ("randomised comparison") and its interval holds
    the effect the generator built in (18.0 points for the demo's seeds)."""
    from planner.demo.goals import FOLLOW_UP_FILE
    from planner.demo.sales import contract_true_effect_points
    from planner.sales.clean import clean_sales
    from planner.sales.mapping import resolve_mapping
    from planner.sales.reader import read_table
    from planner.sales.storage import append_import, remembered_mapping

    store = fresh_demo_copy("en")
    try:
        raw = read_table(store.path.parent / FOLLOW_UP_FILE)
        mapping = remembered_mapping(store, list(raw.columns))  # the first export's layout: one click
        assert mapping == resolve_mapping(raw.frame)
        table, report = clean_sales(raw, mapping)
        append_import(store, table, report)
        contract = next(m for m in g.measures(store) if m.catalog_key == "service_contract")
        result = evaluate_measure(
            {goal.id: goal for goal in g.goals(store)}, SalesData(load_sales(store)), contract, project_settings(store)
        )
        offered = {int(c) for c in parse_participants(contract.participants).customers} - {
            int(c) for c in parse_holdout(contract.holdout)
        }
        truth = contract_true_effect_points(offered)
        assert result.kind == "holdout" and result.verdict == "works"
        assert "randomly held-out customers" in result.sentence
        lo, hi = result.comparison.retention.ci
        assert lo <= truth <= hi and 10 < truth < 20
    finally:
        store.close()
