"""The DiD at the start and at the placebo starts judged from the same replicates (issue 30:
drawing them was three quarters of `effect`'s time): each customer is drawn as often in
replicate r of every comparison, so each comparison is exactly the one `compare_groups`
makes on its own with that seed, and the replicates are drawn once, not once per comparison."""

from __future__ import annotations

from datetime import date

import numpy as np
import pytest

from planner.effect import did
from planner.effect.did import compare_groups, compare_many
from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.participants import list_spec
from tests.planner.effect.shop import shop


def _customers(rng: np.random.Generator, n: int) -> np.ndarray:
    """n customers active at both instants, coming back at random; 9 columns as in did.py."""
    before, after = rng.integers(0, 2, n), rng.integers(0, 2, n)
    return np.column_stack(
        [np.ones(n), before, before, 10.0 * before, np.ones(n), after, after, 10.0 * after, np.ones(n)]
    )


def test_each_comparison_is_the_one_made_alone_with_the_seed() -> None:
    """Three comparisons of 60 participants and 90 others: plain, matched on two strata, and
    matched on four strata in another order of the customers' rows (so its counts are
    gathered in another order). Each equals `compare_groups` alone, interval included."""
    rng = np.random.default_rng(7)
    p, o = _customers(rng, 60), _customers(rng, 90)
    pairs = [
        (p, o, None, None),
        (p, o, rng.integers(0, 2, 60), rng.integers(0, 2, 90)),
        (_customers(rng, 60), _customers(rng, 90), rng.integers(0, 4, 60), rng.integers(0, 4, 90)),
    ]
    together = compare_many(pairs, replicates=300, seed=5)
    for pair, shared in zip(pairs, together, strict=True):
        alone = compare_groups(*pair, replicates=300, seed=5)
        assert shared.retention == alone.retention
        assert shared.unmatched == alone.unmatched
        assert shared.revenue == alone.revenue
        assert shared.retention.ci is not None


def test_the_replicates_are_drawn_once_for_all_comparisons(monkeypatch: pytest.MonkeyPatch) -> None:
    """300 replicates of 60 and 90 customers fit one chunk: two draws (participants, others)
    serve four comparisons, where four separate bootstraps drew eight times."""
    draws: list[int] = []
    real = did._counts

    def counted(rng, n, count):  # type: ignore[no-untyped-def]
        draws.append(n)
        return real(rng, n, count)

    monkeypatch.setattr(did, "_counts", counted)
    rng = np.random.default_rng(1)
    p, o = _customers(rng, 60), _customers(rng, 90)
    compare_many([(p, o, None, None)] * 4, replicates=300, seed=0)
    assert draws == [60, 90]


def test_evaluate_judges_the_start_and_its_placebos_in_one_bootstrap(monkeypatch: pytest.MonkeyPatch) -> None:
    """A shop with two years of history before the start: three placebo starts fit, and the
    four comparisons come out of one `compare_many` with the measure's seed."""
    calls: list[tuple[int, int]] = []
    real = did.compare_many

    def counted(pairs, **kwargs):  # type: ignore[no-untyped-def]
        calls.append((len(pairs), kwargs["seed"]))
        return real(pairs, **kwargs)

    monkeypatch.setattr("planner.effect.evaluate.compare_many", counted)
    frame, participants = shop(3)
    result = evaluate(
        SalesData(frame), date(2024, 7, 1), list_spec(participants), settings=Settings(replicates=200, seed=11)
    )
    assert calls == [(4, 11)]
    assert len(result.placebo) == 3 and result.comparison is not None
