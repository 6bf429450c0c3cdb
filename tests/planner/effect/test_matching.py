"""The matched comparison of DESIGN section 7: others weighted to the participants' mix over
strata of pre-start behaviour, by hand on a tiny table and on a simulated shop whose loyal
customers joined more (the bias the plain DiD has there is mostly removed)."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from planner.effect.did import compare_groups
from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.horizon import build_activity
from planner.effect.participants import list_spec
from planner.effect.strata import strata, stratum_of
from planner.metrics.periods import prepare
from tests.planner.effect.shop import shop
from tests.planner.sales_helpers import table


def test_strata_bins_by_hand() -> None:
    """Purchase-day classes 0 | 1 | 2 | 3-4 | 5-8 | 9+, recency 1-30 | 31-90 | 91-180 |
    181-365 | 366+ | none: stratum = day class x 6 + recency class."""
    days = np.array([0, 1, 2, 3, 4, 5, 8, 9, 40, 0])
    since = np.array([-1, 1, 30, 31, 90, 91, 180, 181, 365, 366])
    assert stratum_of(days, since).tolist() == [5, 6, 12, 19, 19, 26, 26, 33, 33, 4]


def test_strata_of_customers_count_purchase_days_not_orders() -> None:
    """s = 2024-07-01, the year before = [2023-07-01, 2024-07-01).
    A: two orders on 2024-06-20 and one on 2024-05-01 -> 2 days, last 11 days before s -> 2x6+0 = 12
    B: 2023-06-30 only (just outside the year) -> 0 days, 367 days before s -> 0x6+4 = 4
    C: first purchase after s -> no purchase before s -> 0x6+5 = 5"""
    rows = [
        ("A", "2024-06-20", 10),
        ("A", "2024-06-20", 20),
        ("A", "2024-05-01", 10),
        ("B", "2023-06-30", 10),
        ("C", "2024-08-01", 10),
    ]
    frame = table(rows)
    frame["order_id"] = ["1", "2", "3", "4", "5"]
    activity = build_activity(prepare(frame), frame)
    codes = activity.customer_ids.get_indexer(["A", "B", "C"])
    assert strata(activity, codes, np.datetime64("2024-07-01")).tolist() == [12, 4, 5]


def _matrix(rows: list[tuple[int, int]]) -> np.ndarray:
    """Customers active at both instants, came back before / after as given; 9 columns."""
    out = np.zeros((len(rows), 9))
    for i, (before, after) in enumerate(rows):
        out[i] = [1, before, before, 10 * before, 1, after, after, 10 * after, 1]
    return out


def test_weights_by_hand() -> None:
    """Participants p1, p2 in stratum 0, p3 in stratum 1, p4 in stratum 3 (no others there:
    left out and counted). Others: o1..o4 in stratum 0 (weight 2/4), o5 in stratum 1 (weight
    1/1), o6 in stratum 2 (no participants: weight 0).
        P(s-H) = (1 + 0 + 1) / 3 = 66.7 %, P(s) = 3 / 3 = 100 %
        O(s-H) = (0.5 (1 + 0 + 0 + 1) + 1 x 1) / (0.5 x 4 + 1) = 66.7 %
        O(s)   = (0.5 (1 + 0 + 0 + 0) + 1 x 0) / 3 = 16.7 %
        matched DiD = (100 - 16.7) - (66.7 - 66.7) = 83.3 points
    Unweighted, everybody: P 2/4 -> 3/4, O 4/6 -> 2/6: (75 - 33.3) - (50 - 66.7) = 58.3."""
    p = _matrix([(1, 1), (0, 1), (1, 1), (0, 0)])
    o = _matrix([(1, 1), (0, 0), (0, 0), (1, 0), (1, 0), (1, 1)])
    c = compare_groups(p, o, np.array([0, 0, 1, 3]), np.array([0, 0, 0, 0, 1, 2]), replicates=200)
    r = c.retention
    assert (r.p_before, r.p_after) == pytest.approx((200 / 3, 100.0))
    assert (r.o_before, r.o_after) == pytest.approx((200 / 3, 50 / 3))
    assert r.did == pytest.approx(250 / 3)
    assert c.unmatched.did == pytest.approx(175 / 3)
    assert (c.dropped_strata, c.dropped_participants) == (1, 1)
    assert c.n_o_after == 5  # o6 carries no weight: not compared
    # revenue per active customer is 10 x came back here, so its DiD is 10 x the share's / 100
    assert c.revenue.did == pytest.approx(250 / 3 / 10)


def test_weights_are_recomputed_in_each_replicate() -> None:
    """A stratum whose only other is not drawn in a replicate loses its participants there;
    with one other per stratum that happens in about 1/e of the replicates, and the interval
    still comes out (the remaining strata carry the replicate)."""
    p = _matrix([(1, 1)] * 20 + [(0, 0)] * 20)
    o = _matrix([(1, 1), (0, 0)])
    c = compare_groups(p, o, np.array([0] * 20 + [1] * 20), np.array([0, 1]), replicates=400)
    assert c.retention.did == pytest.approx(0.0)
    assert c.retention.ci is not None


SEEDS = range(40)


@pytest.fixture(scope="module")
def self_selected() -> list:
    out = []
    for seed in SEEDS:
        frame, joined = shop(seed)
        result = evaluate(
            SalesData(frame), date(2024, 7, 1), list_spec(joined), settings=Settings(replicates=300, placebo=False)
        )
        out.append(result)
    return out


def test_matching_removes_most_of_the_self_selection_bias(self_selected) -> None:
    """The measure does nothing; loyal customers joined more. The plain DiD is far off (about
    -11 points: participants were chosen on their buying just before s, which inflates their
    share one horizon earlier); weighted to the participants' mix, the estimate is near 0."""
    matched = np.mean([r.comparison.retention.did for r in self_selected])
    plain = np.mean([r.comparison.unmatched.did for r in self_selected])
    assert abs(plain) > 5, plain
    assert abs(matched) < 0.25 * abs(plain), (matched, plain)


def test_matched_interval_covers_the_null_and_rarely_claims_an_effect(self_selected) -> None:
    """40 shops: at 95 % the expected misses are 2 (binomial sd 1.4); up to 6 allowed."""
    misses = sum(not (r.comparison.retention.ci[0] <= 0 <= r.comparison.retention.ci[1]) for r in self_selected)
    assert misses <= 6, misses
    verdicts = [r.verdict for r in self_selected]
    assert verdicts.count("no_clear_effect") >= len(verdicts) - 6, verdicts
