"""The holdout drawn when participants are chosen, the money a measure earned against its cost,
and the power figure (DESIGN section 7)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import numpy as np
import pytest

from planner.effect.did import Comparison, Estimate
from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.holdout import draw_holdout, holdout_size
from planner.effect.money import money_of
from planner.effect.participants import list_spec
from planner.errors import PlannerError
from planner.goals import goal_table as g
from planner.model import Measure
from planner.store import ProjectStore
from tests.planner.effect.generated import START, generate


def test_holdout_size_is_the_share_rounded_up_but_at_least_30() -> None:
    assert holdout_size(1000) == 150  # 15 %
    assert holdout_size(101) == 30  # 15.15 -> 16, raised to the minimum
    assert holdout_size(59) == 0  # 30 held out would leave 29 taking part
    assert holdout_size(60) == 30
    assert holdout_size(400, share=0.25) == 100


def test_the_draw_is_seeded_random_and_a_subset() -> None:
    people = [f"K{i}" for i in range(500)]
    a, b, c = draw_holdout(people, seed=7), draw_holdout(people, seed=7), draw_holdout(people, seed=8)
    assert a == b and a.customers != c.customers
    assert len(a.customers) == 75 and a.treated == 425 and set(a.customers) <= set(people)
    # in the order listed, each customer once
    assert list(a.customers) == sorted(a.customers, key=people.index) and len(set(a.customers)) == 75
    with pytest.raises(PlannerError, match="too few for a holdout"):
        draw_holdout(people[:50])


def test_the_holdout_is_stored_with_the_measure(tmp_path: Path) -> None:
    store = ProjectStore.create(tmp_path / "plan.rplan")
    try:
        measure = g.MEASURES.insert(
            store, Measure(title="Reminder", participants="K1\nK2", holdout="K2", worth_having=2.5)
        )
    finally:
        store.close()
    store = ProjectStore.open(tmp_path / "plan.rplan")
    try:
        stored = g.MEASURES.get(store, measure.id)
        assert (stored.holdout, stored.worth_having) == ("K2", 2.5)
    finally:
        store.close()


def test_a_holdout_makes_the_randomised_comparison() -> None:
    """Participants and others of the generated data are one list, the others its holdout:
    the comparison is the holdout (no matching, no selection check), and it is the plain DiD."""
    frame, participants = generate(21, effect=0.1)
    others = [f"K{i}" for i in range(400, 800)]
    result = evaluate(
        SalesData(frame),
        START,
        list_spec(participants + others),
        holdout=list_spec(others),
        settings=Settings(replicates=300),
    )
    assert result.kind == "holdout" and result.holdout_size == 400
    assert result.comparison.retention.did == pytest.approx(result.comparison.unmatched.did)
    assert "randomly held-out customers" in result.sentence


def _comparison(n: int) -> Comparison:
    return Comparison(
        retention=Estimate(5.0, (1.0, 9.0), 50.0, 45.0, 40.0, 40.0),
        purchases=Estimate(0.5, (0.1, 0.9), 2.5, 2.0, 2.0, 2.0),
        revenue=Estimate(12.5, (5.0, 20.0), 60.0, 47.5, 40.0, 40.0),
        unmatched=Estimate(5.0, (1.0, 9.0), 50.0, 45.0, 40.0, 40.0),
        n_p_after=n,
        n_o_after=n,
        n_p_before=n,
        n_o_before=n,
        n_participants=n,
        n_others=n,
        replicates=2000,
        seed=0,
    )


def test_money_by_hand() -> None:
    """Purchases DiD 0.5 on the comparison group's 2.0 after the start: +25 %. Revenue DiD 12.5
    (5 to 20) x 100 participants active at the start = 1,250 (500 to 2,000); at 40 % margin
    500 (200 to 800). Against a cost of 150: return (500 - 150) / 150 = 2.33, and the margin
    interval's lower bound 200 > 150: it pays off; 900 > 800: it does not; 500 is inside."""
    m = money_of(_comparison(100), 40.0, 150.0)
    assert m.percent == pytest.approx(25.0)
    assert m.extra_revenue == pytest.approx(1250.0) and m.ci_revenue == pytest.approx((500.0, 2000.0))
    assert m.extra_margin == pytest.approx(500.0) and m.ci_margin == pytest.approx((200.0, 800.0))
    assert m.ret == pytest.approx(350 / 150) and m.pays_off == "yes"
    assert money_of(_comparison(100), 40.0, 900.0).pays_off == "no"
    assert money_of(_comparison(100), 40.0, 500.0).pays_off == "unclear"
    assert money_of(_comparison(100), 40.0, None).pays_off is None  # no cost, no return
    free = money_of(_comparison(100), 40.0, 0.0)  # a free measure: no ratio, but 200 > 0 pays off
    assert free.ret is None and free.pays_off == "yes"
    assert money_of(_comparison(100), None, 150.0).extra_margin is None  # no margin, no margin figure


def test_the_sentence_says_what_it_earned_against_its_cost() -> None:
    frame, participants = generate(22, effect=0.2)
    others = [f"K{i}" for i in range(400, 800)]
    result = evaluate(
        SalesData(frame),
        START,
        list_spec(participants + others),
        holdout=list_spec(others),
        cost=100.0,
        settings=Settings(replicates=300, margin_pct=40.0),
    )
    assert result.verdict == "works"
    assert "gross margin in 3 months" in result.sentence and "against 100 EUR cost" in result.sentence
    assert result.money.pays_off in {"yes", "no", "unclear"}
    assert result.money.extra_margin == pytest.approx(result.money.extra_revenue * 0.4)


def test_power_at_the_stated_effect_finds_it_about_80_percent_of_the_time() -> None:
    """The minimum detectable effect from one dataset without an effect (2.8 x the bootstrap
    standard error at the placebo start s - H); then 60 datasets with exactly that effect:
    about 80 % are called 'works' (binomial sd 5 points: 62 % to 95 % allowed)."""
    others = [f"K{i}" for i in range(400, 800)]

    def run(seed: int, effect: float, placebo: bool):
        frame, participants = generate(seed, effect=effect)
        return evaluate(
            SalesData(frame),
            START,
            list_spec(participants + others),
            holdout=list_spec(others),
            settings=Settings(replicates=300, seed=seed, placebo=placebo),
        )

    power = run(1000, 0.0, True).power
    assert power.at == date(2024, 4, 1) and power.judgeable_from == date(2024, 10, 1)
    mde = power.mde_points
    assert 5 < mde < 15
    works = [run(seed, mde / 100, False).verdict for seed in range(60)]
    share = works.count("works") / len(works)
    assert 0.62 <= share <= 0.95, (mde, share)


def test_power_before_the_start_is_shown_with_the_date_it_can_be_judged_from() -> None:
    """A measure starting after the data ends: not judged yet, but its power is there."""
    frame, participants = generate(23, end="2024-06-30")
    result = evaluate(SalesData(frame), START, list_spec(participants), settings=Settings(replicates=300))
    assert result.verdict == "not_enough_data" and result.ready_on == date(2024, 10, 1)
    assert result.power is not None and result.power.mde_points > 0
    assert result.power.judgeable_from == date(2024, 10, 1)
    assert np.isfinite(result.power.mde_money)


def test_the_sentence_weighs_the_interval_against_the_smallest_effect_worth_having() -> None:
    frame, participants = generate(24, effect=0.2)
    others = [f"K{i}" for i in range(400, 800)]

    def judged(points: float):
        return evaluate(
            SalesData(frame),
            START,
            list_spec(participants + others),
            holdout=list_spec(others),
            worth_having=points,
            settings=Settings(replicates=300, placebo=False),
        )

    lo, hi = judged(0.0).comparison.retention.ci
    assert judged(lo - 1).worth == "above" and "lies above the" in judged(lo - 1).sentence
    assert judged(hi + 1).worth == "below" and "lies below the" in judged(hi + 1).sentence
    middle = judged((lo + hi) / 2)
    assert middle.worth == "unclear" and "the interval includes them" in middle.sentence


def test_a_holdout_outside_the_participants_is_not_a_comparison_group() -> None:
    """A holdout left from an earlier definition: only its participants count as held out."""
    frame, participants = generate(25)
    others = [f"K{i}" for i in range(400, 800)]
    result = evaluate(
        SalesData(frame), START, list_spec(participants), holdout=list_spec(others), settings=Settings(replicates=200)
    )
    assert result.kind == "matched" and result.holdout_size == 0
