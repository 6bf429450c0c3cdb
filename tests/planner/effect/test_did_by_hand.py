"""The participants-vs-others DiD of DESIGN section 7 on a table small enough to count.

W = 12 months, H = 3 months, start s = 2024-07-01, so s - H = 2024-04-01 and
s - 2H = 2024-01-01. Participants A and B; others C, D and E.

    A: 2023-12-01 (100), 2024-05-10 (10), 2024-08-01 (20), return 2024-08-15 (-5)
    B: 2024-02-15 (100), 2024-09-30 (30)
    C: 2024-03-01 (100), 2024-06-01 (40)
    D: 2023-05-01 (100)
    E: 2024-06-15 (100), 2024-07-01 (50)

At s - H (active: a purchase in [2023-04-01, 2024-04-01); back: one in [2024-04-01, 2024-07-01)):
    A active, back (05-10); B active, not back      -> P(s-H) = 50 %
    C active, back (06-01); D active, not back; E not active -> O(s-H) = 50 %
At s (active: [2023-07-01, 2024-07-01); back: [2024-07-01, 2024-10-01)):
    A active, back (08-01); B active, back (09-30)   -> P(s) = 100 %
    C active, not back; D not active (05-01 is too early); E active, back on
    07-01 itself (the horizon includes its first day) -> O(s) = 50 %
DiD = (100 - 50) - (50 - 50) = 50 points.

Purchases per active customer in [t, t+H): P after (1 + 1)/2 = 1, P before (1 + 0)/2 = 0.5,
O after (0 + 1)/2 = 0.5, O before (1 + 0)/2 = 0.5 -> DiD = 0.5.
Net revenue per active customer (returns count): P after (20 - 5 + 30)/2 = 22.5, P before
(10 + 0)/2 = 5, O after (0 + 50)/2 = 25, O before (40 + 0)/2 = 20 -> DiD = (22.5 - 25) - (5 - 20) = 12.5.

These are the plain (unweighted) group values: the comparison a random holdout gets. Here C, D
and E are the holdout drawn from the five listed participants (the hand count is the same: F
was never active at s or s - H), and the plain DiD beside the matched one (`unmatched`) of A
and B against all others is the same 50 points.
"""

from __future__ import annotations

from datetime import date

import pytest

from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.participants import list_spec, parse_participants
from tests.planner.sales_helpers import table

ROWS = [
    ("A", "2023-12-01", 100),
    ("A", "2024-05-10", 10),
    ("A", "2024-08-01", 20),
    ("A", "2024-08-15", -5),
    ("B", "2024-02-15", 100),
    ("B", "2024-09-30", 30),
    ("C", "2024-03-01", 100),
    ("C", "2024-06-01", 40),
    ("D", "2023-05-01", 100),
    ("E", "2024-06-15", 100),
    ("E", "2024-07-01", 50),
    ("F", "2024-12-31", 10),  # the data runs to the end of 2024, past s + H
]


@pytest.fixture(scope="module")
def evaluation():
    data = SalesData(table(ROWS))
    spec, holdout = parse_participants("A\nB\nC\nD\nE"), list_spec(["C", "D", "E"])
    return evaluate(data, date(2024, 7, 1), spec, holdout=holdout, settings=Settings(replicates=200))


def test_the_holdout_is_the_comparison_group(evaluation) -> None:
    assert evaluation.kind == "holdout" and evaluation.holdout_size == 3
    assert not evaluation.comparison.matched


def test_the_unmatched_did_against_all_others_is_the_plain_count() -> None:
    data = SalesData(table(ROWS))
    result = evaluate(data, date(2024, 7, 1), parse_participants("A\nB"), settings=Settings(replicates=200))
    assert result.kind == "matched"
    u = result.comparison.unmatched
    assert (u.p_before, u.o_before, u.p_after, u.o_after) == (50.0, 50.0, 100.0, 50.0)
    assert u.did == pytest.approx(50.0)


def test_retention_did_matches_the_hand_count(evaluation) -> None:
    r = evaluation.comparison.retention
    assert (r.p_before, r.o_before, r.p_after, r.o_after) == (50.0, 50.0, 100.0, 50.0)
    assert r.did == pytest.approx(50.0)


def test_purchases_and_revenue_dids(evaluation) -> None:
    assert evaluation.comparison.purchases.did == pytest.approx(0.5)
    revenue = evaluation.comparison.revenue
    assert (revenue.p_after, revenue.p_before, revenue.o_after, revenue.o_before) == pytest.approx(
        (22.5, 5.0, 25.0, 20.0)
    )
    assert revenue.did == pytest.approx(12.5)


def test_group_sizes(evaluation) -> None:
    c = evaluation.comparison
    # E was active only at s
    assert (c.n_p_after, c.n_o_after, c.n_p_before, c.n_o_before) == (2, 2, 2, 2)
    assert (c.n_participants, c.n_others) == (2, 3)


def test_four_customers_are_not_enough_to_judge(evaluation) -> None:
    assert evaluation.verdict == "not_enough_data"
    assert any(r.code == "small_group" for r in evaluation.reasons)
    assert evaluation.sentence.startswith("Cannot be judged yet.")


def test_join_dates_judge_each_participant_from_its_own_day() -> None:
    """B joined on 2024-02-01: its instant is 2024-02-01 (active: [2023-02-01, 2024-02-01) has
    nothing of B's) -> B drops out of the 'after' group; A keeps the measure start. P(s) = 1/1."""
    data = SalesData(table(ROWS))
    spec = parse_participants("A\nB;2024-02-01\nC\nD\nE")
    holdout = list_spec(["C", "D", "E"])
    result = evaluate(data, date(2024, 7, 1), spec, holdout=holdout, settings=Settings(replicates=100))
    assert result.comparison.n_p_after == 1
    assert result.comparison.retention.p_after == 100.0
    assert result.by_join_date


def test_members_who_joined_at_a_purchase_are_warned_of_a_high_reading() -> None:
    """A joined on 2024-08-01 and B on 2024-09-30: both days are purchases of theirs (a card
    handed out at the till), so 2 of 2 joined at a purchase: 100 % >= 50 % -> the warning. Judged
    from 2024-08-02 and 2024-10-01 instead, neither joined at a purchase -> no warning. The
    estimate itself follows section 7 either way."""
    data = SalesData(table(ROWS))
    holdout = list_spec(["C", "D", "E"])
    at_till = evaluate(
        data, date(2024, 7, 1), parse_participants("A;2024-08-01\nB;2024-09-30"), holdout=holdout,
        settings=Settings(replicates=50),
    )  # fmt: skip
    codes = [code for code, _text in at_till.warnings]
    assert "joined_at_purchase" in codes
    text = dict(at_till.warnings)["joined_at_purchase"]
    assert text.startswith("100 % of the participants bought on the day they joined")
    later = evaluate(
        data, date(2024, 7, 1), parse_participants("A;2024-08-02\nB;2024-06-01"), holdout=holdout,
        settings=Settings(replicates=50),
    )  # fmt: skip
    assert "joined_at_purchase" not in [code for code, _text in later.warnings]


def test_bootstrap_counts_are_how_often_each_customer_is_drawn() -> None:
    """The replicates' counts, computed in place in one flat bincount over all replicates (a
    copy fewer, issue 30's effect speed), are per replicate how often each of the n customers
    was drawn among n draws with replacement: the same draws, counted one replicate at a time."""
    import numpy as np

    from planner.effect.did import _counts

    n, count = 37, 25
    counts = _counts(np.random.default_rng(11), n, count)
    draws = np.random.default_rng(11).integers(0, n, size=(count, n))
    by_hand = np.stack([np.bincount(row, minlength=n) for row in draws]).astype(np.float64)
    assert counts.shape == (n, count) and np.array_equal(counts, by_hand.T)  # a row per customer
    assert (counts.sum(axis=0) == n).all()  # every replicate draws n customers
