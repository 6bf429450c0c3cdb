"""MBG/NBD and Pareto/NBD checked by hand, against an independent integral, by simulation
over seeds, and on the CDNOW sample (Pareto/NBD against the published fit)."""

from __future__ import annotations

import math

import numpy as np
import pytest

from planner.predict import mbgnbd, pareto
from tests.planner.predict.simulate import simulate
from tests.planner.predict.test_bgnbd import _finite_difference, hyp2f1_series

MBG = np.array([0.5, 6.0, 0.9, 1.6])  # r, alpha, a, b
PNBD = np.array([0.55, 10.6, 0.61, 11.7])  # r, alpha, s, beta
CUSTOMERS = [(0, 0.0, 39.0), (2, 30.0, 39.0), (7, 35.5, 38.0), (12, 5.0, 39.0)]


def _mbg_by_hand(params, x, t_x, T):
    """log of B(a, b+x+1)/B(a, b) Gamma(r+x) alpha^r / Gamma(r)
    x [(alpha+T)^-(r+x) + a/(b+x) (alpha+t_x)^-(r+x)], with math.lgamma."""
    r, alpha, a, b = params

    def log_beta(p, q):
        return math.lgamma(p) + math.lgamma(q) - math.lgamma(p + q)

    head = log_beta(a, b + x + 1) - log_beta(a, b) + math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha)
    bracket = (alpha + T) ** -(r + x) + a / (b + x) * (alpha + t_x) ** -(r + x)
    return head + math.log(bracket)


@pytest.mark.parametrize(("x", "t_x", "T"), CUSTOMERS)
def test_mbgnbd_likelihood_by_hand(x, t_x, T):
    got = mbgnbd.log_likelihood(MBG, (np.array([float(x)]), np.array([t_x]), np.array([T])))[0][0]
    assert got == pytest.approx(_mbg_by_hand(MBG, x, t_x, T), rel=1e-12)


def test_mbgnbd_gradient_matches_finite_differences():
    data = tuple(np.array(column, dtype=float) for column in zip(*CUSTOMERS, strict=True))
    _ll, grad = mbgnbd.log_likelihood(MBG, data)
    for i in range(4):
        assert grad[:, i] == pytest.approx(_finite_difference(mbgnbd.log_likelihood, MBG, data, i), rel=1e-5, abs=1e-8)


def test_one_time_buyers_can_be_gone():
    r, alpha, a, b = MBG
    one = (np.array([0.0]), np.array([0.0]), np.array([39.0]))
    # MBG/NBD, x = 0: odds gone = a / b x ((alpha + T) / alpha)^r = 0.5625 x 7.5^0.5 = 1.5405
    odds = a / b * ((alpha + 39) / alpha) ** r
    assert mbgnbd.p_alive(MBG, *one)[0] == pytest.approx(1 / (1 + odds), rel=1e-12)
    assert mbgnbd.p_alive(MBG, *one)[0] == pytest.approx(0.3937, abs=1e-4)
    # Pareto/NBD, x = 0: P(alive) = ((alpha+T)^-r (beta+T)^-s) / (that + s / (r+s) A0)
    assert pareto.p_alive(PNBD, *one)[0] < 0.5
    # a one-time buyer silent for longer is less likely alive, under both
    longer = (np.array([0.0]), np.array([0.0]), np.array([78.0]))
    assert mbgnbd.p_alive(MBG, *longer)[0] < mbgnbd.p_alive(MBG, *one)[0]
    assert pareto.p_alive(PNBD, *longer)[0] < pareto.p_alive(PNBD, *one)[0]


def _pareto_by_integral(params, x, t_x, T):
    """The model's own definition, integrated numerically (independent of 2F1):
    L = E[lambda^x e^-(lambda+mu)T] + int_{t_x}^{T} E[lambda^x e^-lambda y] E[mu e^-mu y] dy
      = C [(alpha+T)^-(r+x) (beta+T)^-s + s beta^s / beta^s int (alpha+y)^-(r+x) (beta+y)^-(s+1) dy]
    with C = Gamma(r+x) alpha^r beta^s / Gamma(r)."""
    from scipy.integrate import quad

    r, alpha, s, beta = params
    log_c = math.lgamma(r + x) - math.lgamma(r) + r * math.log(alpha) + s * math.log(beta)
    alive = (alpha + T) ** -(r + x) * (beta + T) ** -s
    died = quad(lambda y: s * (alpha + y) ** -(r + x) * (beta + y) ** -(s + 1), t_x, T, epsabs=0, epsrel=1e-13)[0]
    return log_c + math.log(alive + died), alive / (alive + died)


@pytest.mark.parametrize("params", [PNBD, np.array([0.55, 12.0, 0.61, 5.0]), np.array([0.5, 5.0, 0.6, 5.0])])
@pytest.mark.parametrize(("x", "t_x", "T"), [*CUSTOMERS, (100, 10.0, 78.0), (40, 38.9, 39.0)])
def test_pareto_likelihood_and_p_alive_against_the_integral(params, x, t_x, T):
    # alpha < beta, alpha > beta and alpha = beta take the three branches of the formula
    ll, alive = _pareto_by_integral(params, x, t_x, T)
    data = (np.array([float(x)]), np.array([t_x]), np.array([T]))
    assert pareto.log_likelihood(params, data)[0][0] == pytest.approx(ll, abs=1e-10)
    assert pareto.p_alive(params, *data)[0] == pytest.approx(alive, rel=1e-9)


@pytest.mark.parametrize("params", [PNBD, np.array([0.55, 12.0, 0.61, 5.0]), np.array([0.6, 81.0, 50.0, 6e4])])
def test_pareto_p_alive_for_the_interval_draws_agrees_with_the_full_rule(params):
    # the intervals' 200 draws compute P(alive) with pareto.DRAW_NODES nodes instead of 32
    extreme = [(100, 10.0, 78.0), (40, 38.9, 39.0), (100, 70.0, 78.0), (300, 5.0, 78.0)]
    x, t_x, T = (np.array(c, dtype=float) for c in zip(*CUSTOMERS, *extreme, strict=True))
    assert pareto.p_alive_draws(params, x, t_x, T) == pytest.approx(pareto.p_alive(params, x, t_x, T), abs=1e-9)


def test_pareto_gradient_matches_finite_differences():
    data = tuple(np.array(column, dtype=float) for column in zip(*CUSTOMERS, strict=True))
    _ll, grad = pareto.log_likelihood(PNBD, data)
    for i in range(4):
        assert grad[:, i] == pytest.approx(_finite_difference(pareto.log_likelihood, PNBD, data, i, h=1e-4), rel=1e-5)


@pytest.mark.parametrize(("x", "t_x", "T", "t"), [(0, 0, 39, 39), (2, 30, 39, 39), (7, 35.5, 38, 52)])
def test_expected_purchases_by_hand(x, t_x, T, t):
    data = (np.array([float(x)]), np.array([t_x]), np.array([T]))
    r, alpha, a, b = MBG
    # MBG/NBD: (a+b+x)/(a-1) [1 - ((alpha+T)/(alpha+T+t))^(r+x) 2F1(r+x, b+x+1; a+b+x; t/(alpha+T+t))] P(alive)
    hyp = hyp2f1_series(r + x, b + x + 1, a + b + x, t / (alpha + T + t))
    mbg = (a + b + x) / (a - 1) * (1 - ((alpha + T) / (alpha + T + t)) ** (r + x) * hyp)
    mbg *= mbgnbd.p_alive(MBG, *data)[0]
    assert mbgnbd.expected_purchases(MBG, t, *data)[0] == pytest.approx(mbg, rel=1e-9)
    r, alpha, s, beta = PNBD
    # Pareto/NBD: (r+x)(beta+T) / ((alpha+T)(s-1)) [1 - ((beta+T)/(beta+T+t))^(s-1)] P(alive)
    pnbd = (r + x) * (beta + T) / ((alpha + T) * (s - 1)) * (1 - ((beta + T) / (beta + T + t)) ** (s - 1))
    pnbd *= pareto.p_alive(PNBD, *data)[0]
    assert pareto.expected_purchases(PNBD, t, *data)[0] == pytest.approx(pnbd, rel=1e-9)


def test_expected_purchases_of_a_new_customer_by_hand():
    t = 20.0
    r, alpha, a, b = MBG
    expected = b / (a - 1) * (1 - (alpha / (alpha + t)) ** r * hyp2f1_series(r, b + 1, a + b, t / (alpha + t)))
    assert mbgnbd.expected_purchases_new(MBG, t) == pytest.approx(expected, rel=1e-9)
    r, alpha, s, beta = PNBD
    expected = r * beta / (alpha * (s - 1)) * (1 - (beta / (beta + t)) ** (s - 1))
    assert pareto.expected_purchases_new(PNBD, t) == pytest.approx(expected, rel=1e-9)


@pytest.mark.parametrize(
    ("key", "module", "truth"),
    [("mbgnbd", mbgnbd, np.array([0.5, 6.0, 0.7, 3.0])), ("pareto", pareto, np.array([0.6, 8.0, 0.8, 12.0]))],
)
def test_fit_recovers_simulated_parameters_over_seeds(key, module, truth):
    """8 seeds x 2,000 customers (52 weeks, then 26 kept back): the median fitted parameter
    lies near the truth and the predicted holdout totals are unbiased on average."""
    fits, errors = [], []
    for seed in range(8):
        x, t_x, T, later = simulate(key, truth, np.random.default_rng(seed), 2000, 52.0, 26.0)
        fit = module.fit(x, t_x, T)
        assert fit.converged
        fits.append(fit.params)
        predicted = module.expected_purchases(fit.params, 26.0, x, t_x, T).sum()
        errors.append((predicted - later.sum()) / later.sum())
    median = np.median(fits, axis=0)
    assert median[:2] == pytest.approx(truth[:2], rel=0.1)  # the purchase rate's r and alpha
    assert median[2:] == pytest.approx(truth[2:], rel=0.25)  # dropout is seen less often
    assert np.mean(errors) == pytest.approx(0.0, abs=0.04)


def test_cdnow_fits():
    """Pareto/NBD against Fader & Hardie's published CDNOW fit (r 0.55, alpha 10.58,
    s 0.61, beta 11.67, LL -9595.0); MBG/NBD fits a little better than BG/NBD (-9582.4)."""
    from planner.predict.summary import summarise, transaction_days
    from tests.planner.predict.test_published_fit import cdnow_table

    s = summarise(transaction_days(cdnow_table()), "1997-09-30", "week")
    fit = pareto.fit(s.x, s.t_x, s.T)
    assert fit.converged
    assert list(np.round(fit.params, 2)) == [0.55, 10.58, 0.61, 11.67]
    assert round(fit.log_likelihood, 1) == -9595.0
    mbg = mbgnbd.fit(s.x, s.t_x, s.T)
    assert mbg.converged and -9582.4 < mbg.log_likelihood < -9570
    one_time = s.x == 0
    assert (mbgnbd.p_alive(mbg.params, s.x, s.t_x, s.T)[one_time] < 1).all()
    assert (pareto.p_alive(fit.params, s.x, s.t_x, s.T)[one_time] < 1).all()
