"""Pareto/NBD's integral on the lattice of whole days (issue 33's speed work): the same
log-likelihood, gradient and P(alive) as the per-customer quadrature and as scipy's
adaptive quad, also where the integrand falls steeply (small alpha, 100 repeat purchases)."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from planner.predict import pareto
from planner.predict.fitting import group_rows
from tests.planner.predict.simulate import simulate


def _log_integral_by_quad(params, x, t_x, T):
    """log of the integral from t_x to T of (alpha+y)^-(r+x) (beta+y)^-(s+1) dy, by scipy's
    adaptive quad on the integrand divided by its value at t_x (so nothing underflows)."""
    from scipy.integrate import quad

    r, alpha, s, beta = params
    h0 = -(r + x) * math.log(alpha + t_x) - (s + 1) * math.log(beta + t_x)

    def scaled(y):
        return math.exp(-(r + x) * math.log(alpha + y) - (s + 1) * math.log(beta + y) - h0)

    # split where the integrand has fallen most, so quad sees the steep start on its own
    edges = sorted({t_x, min(T, t_x + 1.0), min(T, t_x + 10.0), T})
    total = sum(quad(scaled, a, b, epsabs=0, epsrel=1e-13, limit=400)[0] for a, b in itertools.pairwise(edges))
    return h0 + math.log(total)


def _customers(per_unit: float, last: int):
    """Whole days (per_unit 1) or days counted in weeks (per_unit 7), with the hard cases:
    100 repeat purchases right at the start, a last purchase one day before T, t_x = T."""
    rng = np.random.default_rng(3)
    T = rng.integers(1, last + 1, 40).astype(float)
    t_x = np.floor(rng.uniform(0, 1, 40) * T)
    x = np.where(t_x > 0, rng.integers(1, 101, 40), 0).astype(float)
    hard = [(100.0, 0.0, last), (100.0, 1.0, last), (30.0, last - 1.0, last), (5.0, 20.0, 20.0)]
    x, t_x, T = (np.r_[column, [h[i] for h in hard]] for i, column in enumerate((x, t_x, T)))
    return x, t_x / per_unit, T / per_unit


@pytest.mark.parametrize("alpha", [0.3, 1.0, 3.0, 10.0, 30.0, 100.0])
@pytest.mark.parametrize("per_unit", [1.0, 7.0])
def test_the_lattice_integral_against_adaptive_quadrature(alpha, per_unit):
    # alpha in days; the steepest step has k h = (r + 100) / alpha + ... up to 335
    x, t_x, T = _customers(per_unit, 300)
    params = np.array([0.5, alpha / per_unit, 0.7, 50.0 / per_unit])
    grid = pareto._lattice(x, t_x, T)
    assert grid is not None and grid.step == pytest.approx(1 / per_unit)
    got, _ = pareto._log_integral_on_lattice(params, grid, gradient=False)
    for i in range(len(x)):
        if t_x[i] == T[i]:
            assert got[i] == -np.inf  # nothing to integrate: the died term vanishes
        else:
            assert got[i] == pytest.approx(_log_integral_by_quad(params, x[i], t_x[i], T[i]), abs=1e-10)


@pytest.mark.parametrize("params", [np.array([0.55, 10.6, 0.61, 11.7]), np.array([0.5, 0.5, 2.0, 3.0])])
def test_the_lattice_gradient_matches_finite_differences(params):
    x, t_x, T = _customers(1.0, 80)
    grid = pareto._lattice(x, t_x, T)
    assert grid is not None
    log_i, d_log_i = pareto._log_integral_on_lattice(params, grid, gradient=True)
    assert d_log_i is not None
    some = np.isfinite(log_i)
    for j in range(4):
        step = np.zeros(4)
        step[j] = 1e-6 * params[j]
        up = pareto._log_integral_on_lattice(params + step, grid, gradient=False)[0]
        down = pareto._log_integral_on_lattice(params - step, grid, gradient=False)[0]
        numeric = (up[some] - down[some]) / (2 * step[j])
        assert d_log_i[some, j] == pytest.approx(numeric, rel=1e-6, abs=1e-7)
    assert np.all(d_log_i[~some] == 0)


def test_a_shop_in_whole_days_takes_the_lattice_and_fits_as_before():
    # 20,000 customers over a year in whole days: the lattice is cheaper than 32 nodes a
    # customer, and the log-likelihood, its gradient and P(alive) are those of the quadrature
    rng = np.random.default_rng(7)
    x, t_x, T, _ = simulate("pareto", [0.6, 40.0, 0.8, 80.0], rng, 20_000, 364.0, 0.0)
    t_x, T = np.floor(t_x), np.floor(T)  # whole days
    t_x = np.where(x > 0, t_x, 0.0)
    (xu, tu, Tu), weights = group_rows(x, t_x, T)
    params = np.array([0.6, 40.0, 0.8, 80.0])
    grid = pareto._lattice(xu, tu, Tu)
    assert grid is not None and grid.pieces_cheaper(params, len(xu), pareto.NODES)
    on_lattice = pareto.log_likelihood(params, (xu, tu, Tu))
    alive_lattice = pareto.p_alive(params, xu, tu, Tu)
    pareto._LAST[:] = [(xu, tu, Tu, None)]  # as if the times were not on a lattice
    try:
        by_nodes = pareto.log_likelihood(params, (xu, tu, Tu))
        alive_nodes = pareto.p_alive(params, xu, tu, Tu)
    finally:
        pareto._LAST.clear()
    assert np.max(np.abs(on_lattice[0] - by_nodes[0])) < 1e-9
    assert np.max(np.abs(on_lattice[1] - by_nodes[1])) < 1e-8
    assert np.max(np.abs(alive_lattice - alive_nodes)) < 1e-9
    fit = pareto.fit(x, t_x, T)
    assert fit.converged
    assert weights.sum() == 20_000


def test_times_off_the_lattice_are_integrated_per_customer():
    x, t_x, T = np.array([2.0, 0.0]), np.array([10.25, 0.0]), np.array([30.0, 30.0])
    assert pareto._lattice(x, t_x, T) is None


def test_rows_spanning_more_than_a_double_are_summed_in_logs(monkeypatch):
    # with LINEAR_SPAN 0 every row goes through logaddexp: the same values and gradient
    x, t_x, T = _customers(1.0, 120)
    params = np.array([0.55, 10.6, 0.61, 11.7])
    grid = pareto._lattice(x, t_x, T)
    assert grid is not None
    linear, d_linear = pareto._log_integral_on_lattice(params, grid, gradient=True)
    monkeypatch.setattr(pareto, "LINEAR_SPAN", 0.0)
    in_logs, d_in_logs = pareto._log_integral_on_lattice(params, grid, gradient=True)
    assert np.array_equal(np.isfinite(linear), np.isfinite(in_logs))
    some = np.isfinite(linear)
    assert in_logs[some] == pytest.approx(linear[some], abs=1e-11)
    assert d_in_logs == pytest.approx(d_linear, rel=1e-9, abs=1e-11)
