"""The MBG/NBD model (Batislam, Denizel & Filiztekin 2007).

BG/NBD with one change: the customer may also drop out right after the first purchase, so
a one-time buyer who has been silent for long is probably gone (BG/NBD keeps every one of
them alive at 100 %). While alive a customer buys at a Poisson rate lambda ~ Gamma(r, alpha);
after every purchase, the first included, they drop out with probability p ~ Beta(a, b).
For x repeat purchases, the last at t_x, observed for T:

    alive at T:        (1 - p)^(x + 1) lambda^x e^(-lambda T)
    gone after t_x:    (1 - p)^x p     lambda^x e^(-lambda t_x)

and over the mixing distributions (E[(1 - p)^x p] / E[(1 - p)^(x + 1)] = a / (b + x)):

    L = B(a, b + x + 1) / B(a, b) x Gamma(r + x) alpha^r / Gamma(r)
        x [ (alpha + T)^-(r + x)  +  a / (b + x) (alpha + t_x)^-(r + x) ]

The second term exists for every customer, one-time buyers included (t_x = 0).
"""

from __future__ import annotations

import numpy as np

from planner.predict.fitting import Fit, fit_log_params, group_rows

PARAMS = ("r", "alpha", "a", "b")


def log_likelihood(params: np.ndarray, data: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    from scipy.special import digamma, gammaln

    r, alpha, a, b = params
    x, t_x, T = data
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x + 1) - gammaln(b) - gammaln(a + b + x + 1)
    a3 = -(r + x) * np.log(alpha + T)
    a4 = np.log(a) - np.log(b + x) - (r + x) * np.log(alpha + t_x)
    bracket = np.logaddexp(a3, a4)
    ll = a1 + a2 + bracket
    w3 = np.exp(a3 - bracket)
    w4 = 1.0 - w3
    d_r = digamma(r + x) - digamma(r) + np.log(alpha) - w3 * np.log(alpha + T) - w4 * np.log(alpha + t_x)
    d_alpha = r / alpha - w3 * (r + x) / (alpha + T) - w4 * (r + x) / (alpha + t_x)
    d_a = digamma(a + b) - digamma(a + b + x + 1) + w4 / a
    d_b = digamma(a + b) + digamma(b + x + 1) - digamma(b) - digamma(a + b + x + 1) - w4 / (b + x)
    return ll, np.column_stack([d_r, d_alpha, d_a, d_b])


def fit(
    x: np.ndarray, t_x: np.ndarray, T: np.ndarray, covariance: bool = False, start: np.ndarray | Fit | None = None
) -> Fit:
    """`start`: where to begin, or the same model's fit on the earlier part of the data."""
    data, weights = group_rows(x, t_x, T)
    start = np.array([1.0, max(float(np.mean(T)), 1.0), 1.0, 1.0]) if start is None else start
    return fit_log_params(log_likelihood, data, weights, start, covariance)


def _dropped_odds(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    r, alpha, a, b = params
    with np.errstate(over="ignore"):
        return np.exp(np.log(a) - np.log(b + x) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x)))


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    return 1.0 / (1.0 + _dropped_odds(params, x, t_x, T))


def expected_purchases(
    params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """E[purchases in (T, T + t] | x, t_x, T]: given alive at T, p is Beta(a, b + x + 1)
    and the future is BG/NBD's (dropout after each purchase)."""
    return expected_if_alive(params, t, x, T) * p_alive(params, x, t_x, T)


def expected_if_alive(params: np.ndarray, t: float | np.ndarray, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """E[purchases in (T, T + t] | alive at T, x, T] (no t_x in it: see bgnbd)."""
    from scipy.special import hyp2f1

    r, alpha, a, b = params
    t = np.asarray(t, dtype=np.float64)
    z = t / (alpha + T + t)
    hyp = hyp2f1(r + x, b + x + 1, a + b + x, z)
    tail = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    return (a + b + x) / (a - 1) * (1.0 - tail * hyp)


def expected_purchases_new(params: np.ndarray, t: float | np.ndarray) -> np.ndarray:
    """E[repeat purchases in (0, t]] right after a first purchase (alive with b / (a + b))."""
    from scipy.special import hyp2f1

    r, alpha, a, b = params
    t = np.asarray(t, dtype=np.float64)
    return b / (a - 1) * (1.0 - (alpha / (alpha + t)) ** r * hyp2f1(r, b + 1, a + b, t / (alpha + t)))
