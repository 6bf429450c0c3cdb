"""The interrupted time series of DESIGN section 7 (no comparison group): least squares on the
complete, window-covered periods before the start with a trend and month-of-year (or
quarter-of-year) effects, at least two full years of them; effect = mean(actual - predicted)
over the first n complete periods from the start, with a t interval from the prediction error
of that mean."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest
from scipy import stats

from planner.effect.evaluate import SalesData, Settings, evaluate
from planner.effect.participants import parse_participants
from planner.effect.time_series import interrupted_time_series
from tests.planner.effect.shop import seasonal_shop


def _periods(
    values: list[float], first: str = "2022-01-01", freq: str = "MS", partial: set[int] = frozenset()
) -> list[dict]:
    starts = pd.date_range(first, periods=len(values), freq=freq)
    step = pd.DateOffset(months=3 if freq == "QS" else 1)
    return [
        {
            "period": s.strftime("%Y-%m"),
            "start": s.date().isoformat(),
            "end": (s + step - pd.Timedelta(days=1)).date().isoformat(),
            "partial": i in partial,
            "window_covered": True,
            "retention_rate": v,
        }
        for i, (s, v) in enumerate(zip(starts, values, strict=True))
    ]


SEASON = [0.0, -1.0, 2.0, 0.5, -0.5, 3.0, 1.0, -2.0, 0.0, 1.5, -1.5, 4.0]


def test_an_exact_trend_and_season_give_the_shift_and_no_width() -> None:
    """y = 50 + 0.2 t + season(month) for 24 months, then the same + 3 for three months: the
    model fits exactly, so the effect is 3 and the interval has no width."""
    values = [50 + 0.2 * t + SEASON[t % 12] for t in range(24)] + [
        50 + 0.2 * t + SEASON[t % 12] + 3 for t in range(24, 27)
    ]
    result = interrupted_time_series(_periods(values), "retention_rate", date(2024, 1, 1), "month", 3)
    assert result.effect == pytest.approx(3.0)
    assert result.ci == pytest.approx((3.0, 3.0), abs=1e-6)
    assert result.periods_before[0] == "2022-01" and result.periods_after == ["2024-01", "2024-02", "2024-03"]


def test_the_interval_equals_the_one_of_after_period_dummies() -> None:
    """An independent route to the same numbers: one regression over all 8 + 3 quarters with a
    dummy per after-period fits those exactly, so each dummy's coefficient is actual - predicted
    and the mean of the three has the variance sigma^2 c'(Z'Z)^-1 c (c = 1/3 on the dummies),
    sigma^2 from the 8 - 5 = 3 residual degrees of freedom; t(3) quantile."""
    rng = np.random.default_rng(3)
    t = np.arange(11)
    y = 20 + 0.7 * t + np.array([0, 2, -1, 3] * 3)[:11] + rng.normal(0, 1.0, 11)
    y[8:] += 1.5
    result = interrupted_time_series(_periods(list(y), freq="QS"), "retention_rate", date(2024, 1, 1), "quarter", 3)
    q = t % 4
    z = np.column_stack([np.ones(11), t, q == 1, q == 2, q == 3, t == 8, t == 9, t == 10]).astype(float)
    coef = np.linalg.solve(z.T @ z, z.T @ y)
    residual = y - z @ coef
    sigma2 = residual @ residual / (11 - 8)
    c = np.array([0, 0, 0, 0, 0, 1 / 3, 1 / 3, 1 / 3])
    se = np.sqrt(sigma2 * c @ np.linalg.inv(z.T @ z) @ c)
    effect = coef[5:].mean()
    half = stats.t.ppf(0.975, 3) * se
    assert result.effect == pytest.approx(effect)
    assert result.ci == pytest.approx((effect - half, effect + half))


def test_fewer_than_two_full_years_before_is_not_enough() -> None:
    """23 complete months before the start (one of 24 is partial): not judged."""
    values = [50 + SEASON[t % 12] for t in range(27)]
    short = interrupted_time_series(_periods(values, partial={5}), "retention_rate", date(2024, 1, 1), "month", 3)
    assert short.effect is None and len(short.periods_before) == 23 and short.needed_before == 24


def test_coverage_is_near_95_percent_when_the_model_holds() -> None:
    """2,000 series of 24 + 3 months with a trend, a season and normal noise, no effect: the
    interval covers 0 in 95 % of them (binomial sd 0.5 points; 93.5 to 96.5 allowed)."""
    rng = np.random.default_rng(0)
    base = np.array([40 + 0.1 * t + SEASON[t % 12] for t in range(27)])
    covered = 0
    for _ in range(2000):
        result = interrupted_time_series(
            _periods(list(base + rng.normal(0, 2.0, 27))), "retention_rate", date(2024, 1, 1), "month", 3
        )
        covered += result.ci[0] <= 0 <= result.ci[1]
    assert 0.935 <= covered / 2000 <= 0.965, covered


def test_a_seasonal_shop_where_nothing_happened_is_rarely_called_an_effect() -> None:
    """20 simulated shops with a strong December and a weak summer, a measure for every customer
    from 2024-07-01 that does nothing: the retention rate's time series calls at most 3 of them
    'works' or 'harmful' (a before/after comparison mistakes the season for an effect)."""
    verdicts = []
    for seed in range(20):
        result = evaluate(SalesData(seasonal_shop(seed)), date(2024, 7, 1), parse_participants(""), settings=Settings())
        assert result.kind == "time_series" and result.basis == "time_series"
        verdicts.append(result.verdict)
    assert verdicts.count("no_clear_effect") >= 17, verdicts
    assert "not a causal estimate" in result.sentence.lower() or "not causal" in result.sentence.lower()
