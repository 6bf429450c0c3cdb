"""The bootstrap interval of the randomised comparison (a holdout) is calibrated: over many generated datasets with a known effect,
the 95 % interval covers the true population DiD about 95 % of the time; with no effect the
verdict is "no clear effect" in the large majority; with a real one it is found.

Binomial spread over 200 seeds at 95 % is 1.5 points, so [89 %, 99 %] is four standard
deviations wide on either side of the claim: a miscalibrated interval (say, 85 % or one that
ignores the resampling of either group) fails, an honest one passes on every seed set."""

from __future__ import annotations

from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.participants import list_spec
from tests.planner.effect.generated import START, generate

SEEDS = range(200)


def _run(seed: int, effect: float, replicates: int = 1000):
    """The generated others are the holdout: the plain DiD, whose truth the generator knows
    (the groups' gap is constant apart from the effect; matching on history would not see it)."""
    frame, participants = generate(seed, effect=effect)
    others = [f"K{i}" for i in range(len(participants), 2 * len(participants))]
    return evaluate(
        SalesData(frame),
        START,
        list_spec(participants + others),
        holdout=list_spec(others),
        settings=Settings(replicates=replicates, seed=seed, placebo=False),
    )


def test_interval_covers_the_true_effect_about_95_percent_of_the_time() -> None:
    effect = 0.08  # +8 points of horizon retention for participants
    covered = 0
    for seed in SEEDS:
        lo, hi = _run(seed, effect).comparison.retention.ci
        covered += lo <= effect * 100 <= hi
    share = covered / len(SEEDS)
    assert 0.89 <= share <= 0.99, share


def test_no_effect_mostly_says_no_clear_effect() -> None:
    verdicts = [_run(seed, 0.0, replicates=500).verdict for seed in range(100)]
    assert verdicts.count("no_clear_effect") >= 88, verdicts
    assert set(verdicts) <= {"no_clear_effect", "works", "harmful"}


def test_a_real_effect_is_found() -> None:
    verdicts = [_run(seed, 0.20, replicates=500).verdict for seed in range(30)]
    assert verdicts.count("works") >= 27, verdicts
