"""Power for participants not yet in the data: the shop's customers stand in, scaled to the
planned counts (DESIGN section 7, Power), counted by hand on a table built for it.

200 customers K000..K199, each buying 10 EUR on 2024-06-15 (so every one of them is active at
both instants below, and every bootstrap resample has exactly 200 active customers a side).
The measure starts s = 2025-01-01; the data ends on 2024-12-31, so s' = s - H = 2024-10-01
and one horizon before it is 2024-07-01. Each customer comes back (a 10 EUR purchase) in
[2024-07-01, 2024-10-01) "before" and/or in [2024-10-01, 2025-01-01) "after":

    60 both (change 0), 40 only before (-1), 40 only after (+1), 60 neither (0)

The per-customer change in coming back has mean 0 and (population) variance 80/200 = 0.4.
A side of n customers has a bootstrap variance of its share's change of 0.4 / n, the two
sides are resampled independently, so

    SE(200, 200)  = 100 x sqrt(0.4 x (1/200 + 1/200))  = 6.325 points,  MDE = 2.8 x SE = 17.71
    SE(850, 150)  = 100 x sqrt(0.4 x (1/850 + 1/150))  = 5.601 points,  MDE = 15.68
                    (1,000 planned, 15 % held out = 150, 850 taking part)

and in money (each purchase 10 EUR, so revenue changes by 10 EUR per unit of change):
MDE 1.771 EUR and 1.568 EUR per participant. The bootstrap's standard error of 2,000
replicates is within a few percent of the exact one (its own relative error is about
1 / sqrt(2 x 2000) = 1.6 %); the tests allow 6 %.
"""

from __future__ import annotations

import math
from datetime import date

import pytest

from planner.effect.evaluate import SalesData, Settings
from planner.effect.measure_power import measure_power
from planner.effect.planned_power import group_sizes, judgeable_from, planned_power, scale_factor, stand_in
from planner.effect.project import evaluate_measure
from planner.model import Measure
from tests.planner.sales_helpers import table

START = date(2025, 1, 1)


def _rows() -> list[tuple]:
    rows = []
    kinds = [(True, True)] * 60 + [(True, False)] * 40 + [(False, True)] * 40 + [(False, False)] * 60
    for i, (before, after) in enumerate(kinds):
        customer = f"K{i:03d}"
        rows.append((customer, "2024-06-15", 10))
        if before:
            rows.append((customer, "2024-08-10", 10))
        if after:
            rows.append((customer, "2024-12-31" if i == 100 else "2024-11-10", 10))  # the data ends 2024-12-31
    return rows


@pytest.fixture(scope="module")
def data() -> SalesData:
    return SalesData(table(_rows()))


def exact_se(n_p: int, n_o: int) -> float:
    return 100 * math.sqrt(0.4 * (1 / n_p + 1 / n_o))


def test_the_stand_in_is_every_customer_at_the_latest_full_horizon_before_the_start(data) -> None:
    base = stand_in(data, START)
    assert base is not None
    assert base.at == date(2024, 10, 1) and base.customers == 200
    assert base.se_points == pytest.approx(exact_se(200, 200), rel=0.06)  # 6.325
    assert base.se_money == pytest.approx(exact_se(200, 200) / 10, rel=0.06)  # 0.632 EUR


def test_group_sizes_with_and_without_a_holdout() -> None:
    assert group_sizes(1000, True, 5000) == (850, 150)  # 15 %
    assert group_sizes(100, True, 5000) == (70, 30)  # at least 30 held out
    assert group_sizes(50, True, 5000) is None  # 30 held out would leave 20
    assert group_sizes(400, False, 1100) == (400, 1100)  # the others of the data
    assert scale_factor(200, 200, 200) == pytest.approx(1.0)
    assert scale_factor(200, 850, 150) == pytest.approx(math.sqrt(100 * (1 / 850 + 1 / 150)))


def test_a_planned_list_of_1000_with_a_holdout_by_hand(data) -> None:
    base = stand_in(data, START)
    power = planned_power(base, 1000, judgeable_from(START), holdout=True)
    assert power is not None
    assert power.mde_points == pytest.approx(2.8 * exact_se(850, 150), rel=0.06)  # 15.68 points
    assert power.mde_money == pytest.approx(2.8 * exact_se(850, 150) / 10, rel=0.06)  # 1.568 EUR
    assert power.judgeable_from == date(2025, 4, 1) and power.participants == 1000
    # the same groups as the stand-in's: exactly its standard error, nothing scaled
    same = planned_power(base, 200, judgeable_from(START), holdout=False, others=200)
    assert same.mde_points == pytest.approx(2.8 * base.se_points)
    # four times the customers on each side: half the detectable effect
    larger = planned_power(base, 800, judgeable_from(START), holdout=False, others=800)
    assert larger.mde_points == pytest.approx(same.mde_points / 2)


def test_the_form_scales_a_list_not_in_the_data_and_takes_the_holdout(data) -> None:
    newcomers = "\n".join(f"N{i:04d}" for i in range(1000))  # subscribers who have not bought yet
    measure = Measure(id=5, title="Welcome series", start=START.isoformat(), participants=newcomers)
    plain = measure_power({}, data, measure, Settings())
    assert plain.source == "planned" and plain.planned == 1000 and plain.found == 0 and not plain.randomised
    # without a holdout the comparison group is the 200 customers of the data
    assert plain.power.mde_points == pytest.approx(2.8 * exact_se(1000, 200), rel=0.06)
    held = measure_power({}, data, measure.with_changes(holdout="N0001\nN0002"), Settings())
    assert held.randomised and held.holdout == 150
    assert held.power.mde_points == pytest.approx(2.8 * exact_se(850, 150), rel=0.06)
    assert held.judgeable_from == date(2025, 4, 1)


def test_a_planned_count_the_team_types_is_scaled_the_same_way(data) -> None:
    measure = Measure(id=6, title="Card", start=START.isoformat(), participants="")
    power = measure_power({}, data, measure, Settings(), planned=1000)
    assert power.source == "planned" and power.planned == 1000
    assert power.power.mde_points == pytest.approx(2.8 * exact_se(1000, 200), rel=0.06)


def test_participants_in_the_data_get_the_effectiveness_sections_figure(data) -> None:
    """The same bootstrap as the Effectiveness section: the form and the section agree."""
    listed = "\n".join(f"K{i:03d}" for i in range(0, 200, 2))
    measure = Measure(id=7, title="Reminder", start=START.isoformat(), participants=listed)
    shown = measure_power({}, data, measure, Settings())
    judged = evaluate_measure({}, data, measure, Settings())
    assert shown.source == "participants" and shown.found == 100
    assert shown.power.mde_points == judged.power.mde_points


def test_a_column_the_data_does_not_have_yet_asks_for_a_planned_number(data) -> None:
    measure = Measure(id=8, title="Newsletter", start=START.isoformat(), participants="Newsletter=ja")
    assert measure_power({}, data, measure, Settings()).reason == "not_in_data"
    planned = measure_power({}, data, measure, Settings(), planned=500)
    assert planned.source == "planned" and planned.power.mde_points == pytest.approx(2.8 * exact_se(500, 200), rel=0.06)


def test_without_a_start_or_data_it_says_why() -> None:
    assert measure_power({}, None, Measure(title="x"), Settings()).reason == "no_start"
    assert measure_power({}, None, Measure(title="x", start="2025-01-01"), Settings()).reason == "no_data"


def test_at_the_planned_figure_a_randomised_run_finds_the_effect_about_80_percent_of_the_time() -> None:
    """Calibration of the scaling: the detectable effect for 300 planned participants with a
    holdout (255 taking part, 45 held out) estimated from a shop of 800 customers that has no
    participants yet (its data ends before the start); then 60 randomised runs of exactly that
    size with exactly that effect: about 80 % say "works" (binomial sd 5 points: 62 % to 95 %
    allowed, as for the measure's own power figure)."""
    from planner.effect.evaluate import evaluate
    from planner.effect.participants import list_spec
    from tests.planner.effect.generated import START as SIM_START
    from tests.planner.effect.generated import generate

    frame, _ = generate(1000, end="2024-06-30")
    base = stand_in(SalesData(frame), SIM_START, Settings(replicates=300))
    power = planned_power(base, 300, judgeable_from(SIM_START), holdout=True)
    assert 20 < power.mde_points < 40  # 45 held out: a large figure
    verdicts = []
    for seed in range(60):
        frame, treated = generate(seed, participants=255, others=45, effect=power.mde_points / 100)
        held = [f"K{i}" for i in range(255, 300)]
        result = evaluate(
            SalesData(frame),
            SIM_START,
            list_spec(treated + held),
            holdout=list_spec(held),
            settings=Settings(replicates=300, seed=seed, placebo=False),
        )
        verdicts.append(result.verdict)
    share = verdicts.count("works") / len(verdicts)
    assert 0.62 <= share <= 0.95, (power.mde_points, share)
