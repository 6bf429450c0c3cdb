"""The demo tells the effectiveness story: a randomly mailed service reminder that works
(its interval holds the effect the generator built in), a random invitation without effect,
and the loyalty card whose members are known only at the end (selection warning)."""

from __future__ import annotations

import pytest

from planner.demo.project import fresh_demo_copy
from planner.demo.sales import reminder_true_effect_points
from planner.effect.evaluate import SalesData
from planner.effect.project import evaluate_project, project_settings
from planner.sales.storage import load_sales


@pytest.fixture(scope="module")
def verdicts():
    store = fresh_demo_copy("en")
    try:
        data = SalesData(load_sales(store))
        return {m.catalog_key: e for m, e in evaluate_project(store, data, project_settings(store))}
    finally:
        store.close()


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
