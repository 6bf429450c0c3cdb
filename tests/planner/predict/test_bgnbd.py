"""BG/NBD and Gamma-Gamma formulas checked by hand, by finite differences, and by
simulation: data drawn from known parameters must give them back, and the predicted
holdout totals must match what the simulation produced, on average over many seeds."""

from __future__ import annotations

import math

import numpy as np
import pytest

from planner.predict import bgnbd, gamma_gamma

PARAMS = np.array([0.25, 4.0, 0.8, 2.5])  # r, alpha, a, b


def hyp2f1_series(a: float, b: float, c: float, z: float, terms: int = 400) -> float:
    """Gauss's series, summed by hand (|z| < 1), independent of scipy."""
    total, term = 1.0, 1.0
    for n in range(terms):
        term *= (a + n) * (b + n) / ((c + n) * (n + 1)) * z
        total += term
    return total


def test_p_alive_by_hand():
    r, alpha, a, b = PARAMS
    # x = 2 repeat purchases, the last at week 30, observed for 39 weeks:
    # odds of having dropped out = a / (b + x - 1) * ((alpha + T) / (alpha + t_x))^(r + x)
    odds = a / (b + 2 - 1) * ((alpha + 39) / (alpha + 30)) ** (r + 2)
    expected = 1 / (1 + odds)
    got = bgnbd.p_alive(PARAMS, np.array([2.0]), np.array([30.0]), np.array([39.0]))[0]
    assert got == pytest.approx(expected, rel=1e-12)
    assert 0.7 < got < 0.8  # 0.8 / 3.5 * (43/34)^2.25 = 0.387 -> 1 / 1.387
    # the same purchases, but the last one long ago: far less likely alive
    old = bgnbd.p_alive(PARAMS, np.array([2.0]), np.array([5.0]), np.array([39.0]))[0]
    assert old < got
    # no repeat purchase: BG/NBD lets customers drop out only after a purchase
    assert bgnbd.p_alive(PARAMS, np.array([0.0]), np.array([0.0]), np.array([39.0]))[0] == 1.0


@pytest.mark.parametrize(("x", "t_x", "T", "t"), [(0, 0, 39, 39), (2, 30, 39, 39), (7, 35.5, 38, 52), (1, 2, 39, 10)])
def test_expected_purchases_by_hand(x, t_x, T, t):
    r, alpha, a, b = PARAMS
    # equation 10 of the paper
    hyp = hyp2f1_series(r + x, b + x, a + b + x - 1, t / (alpha + T + t))
    numerator = (a + b + x - 1) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    odds = a / (b + x - 1) * ((alpha + T) / (alpha + t_x)) ** (r + x) if x > 0 else 0.0
    expected = numerator / (1 + odds)
    got = bgnbd.expected_purchases(PARAMS, t, np.array([float(x)]), np.array([t_x]), np.array([T]))[0]
    assert got == pytest.approx(expected, rel=1e-9)


def test_expected_purchases_of_a_new_customer_by_hand():
    r, alpha, a, b = PARAMS
    t = 20.0
    hyp = hyp2f1_series(r, b, a + b - 1, t / (alpha + t))
    expected = (a + b - 1) / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp)
    assert bgnbd.expected_purchases_new(PARAMS, t) == pytest.approx(expected, rel=1e-9)


def test_gamma_gamma_expected_value_by_hand():
    p, q, v = 6.0, 4.0, 15.0
    # 3 repeat purchases averaging 40: (p (v + x zbar)) / (p x + q - 1) = 6 * 135 / 21
    got = gamma_gamma.expected_value(np.array([p, q, v]), np.array([3.0]), np.array([40.0]))[0]
    assert got == pytest.approx(6 * (15 + 120) / (18 + 4 - 1))
    # without repeat purchases: the population mean p v / (q - 1) = 30
    assert gamma_gamma.expected_value(np.array([p, q, v]), np.array([0.0]), np.array([np.nan]))[0] == pytest.approx(30)


def _finite_difference(loglik, params, data, i, h=1e-6):
    up, down = params.copy(), params.copy()
    up[i] += h
    down[i] -= h
    return (loglik(up, data)[0] - loglik(down, data)[0]) / (2 * h)


def test_bgnbd_gradient_matches_finite_differences():
    data = (np.array([0.0, 1, 2, 5, 12]), np.array([0.0, 3, 20, 30, 38]), np.array([39.0, 39, 30, 38, 39]))
    _ll, grad = bgnbd.log_likelihood(PARAMS, data)
    for i in range(4):
        assert grad[:, i] == pytest.approx(
            _finite_difference(bgnbd.log_likelihood, PARAMS, data, i), rel=1e-5, abs=1e-8
        )


def test_gamma_gamma_gradient_matches_finite_differences():
    params = np.array([6.0, 4.0, 15.0])
    data = (np.array([1.0, 2, 5, 12]), np.array([10.0, 35.5, 20, 80]))
    _ll, grad = gamma_gamma.log_likelihood(params, data)
    for i in range(3):
        assert grad[:, i] == pytest.approx(
            _finite_difference(gamma_gamma.log_likelihood, params, data, i), rel=1e-5, abs=1e-8
        )


def simulate(rng: np.random.Generator, n: int, params: np.ndarray, calibration: float, holdout: float):
    """Customers join evenly over the first quarter of the calibration; while alive they buy
    at rate lambda ~ Gamma(r, 1/alpha) and drop out after each repeat purchase with
    probability p ~ Beta(a, b)."""
    r, alpha, a, b = params
    rate = rng.gamma(r, 1 / alpha, n)
    dropout = rng.beta(a, b, n)
    join = rng.uniform(0, calibration / 4, n)
    x, t_x, later = np.zeros(n), np.zeros(n), np.zeros(n)
    for i in range(n):
        t = 0.0
        end = calibration + holdout - join[i]
        while True:
            t += rng.exponential(1 / rate[i])
            if t > end:
                break
            if t <= calibration - join[i]:
                x[i] += 1
                t_x[i] = t
            else:
                later[i] += 1
            if rng.random() < dropout[i]:
                break
    return x, t_x, calibration - join, later


def test_fit_recovers_simulated_parameters_and_predicts_holdouts_without_bias():
    """20 seeds x 1,500 customers: the parameters come back close, and the predicted holdout
    total lies within its own spread of the actual total about as often as chance allows
    (the relative error averages near zero)."""
    truth = np.array([0.5, 6.0, 0.7, 3.0])
    errors, r_fits = [], []
    for seed in range(20):
        rng = np.random.default_rng(seed)
        x, t_x, T, later = simulate(rng, 1500, truth, calibration=52.0, holdout=26.0)
        fit = bgnbd.fit(x, t_x, T)
        assert fit.converged
        r_fits.append(fit.params[0])
        predicted = bgnbd.expected_purchases(fit.params, 26.0, x, t_x, T).sum()
        errors.append((predicted - later.sum()) / later.sum())
    assert np.mean(errors) == pytest.approx(0.0, abs=0.03)
    assert np.std(errors) < 0.1
    assert np.median(r_fits) == pytest.approx(truth[0], rel=0.15)


def test_identical_customers_are_grouped():
    from planner.predict.fitting import group_rows

    (x, t_x), weights = group_rows(np.array([0.0, 0, 1, 1, 0]), np.array([0.0, 0, 5, 5, 0]))
    assert list(x) == [0, 1] and list(t_x) == [0, 5] and list(weights) == [3, 2]
    assert math.isclose(weights.sum(), 5)
