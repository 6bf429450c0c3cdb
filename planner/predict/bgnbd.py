"""The BG/NBD model (Fader, Hardie & Lee 2005, "Counting Your Customers the Easy Way").

While alive, a customer buys at a Poisson rate lambda ~ Gamma(r, alpha); after each
purchase they drop out with probability p ~ Beta(a, b). For a customer with x repeat
purchases, the last at t_x, observed for T (all in one time unit):

    L = B(a, b + x) / B(a, b) x Gamma(r + x) alpha^r / Gamma(r)
        x [ (alpha + T)^-(r + x)  +  [x > 0] a / (b + x - 1) (alpha + t_x)^-(r + x) ]

The log-likelihood below is that formula term by term (A1 .. A4 as in the paper's note on
implementing it), the bracket summed with logaddexp, and the gradient is its derivative
by hand; `tests/planner/predict` compares it with finite differences.
"""

from __future__ import annotations

import numpy as np

from planner.predict.fitting import Fit, fit_log_params, group_rows

PARAMS = ("r", "alpha", "a", "b")


def log_likelihood(params: np.ndarray, data: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    from scipy.special import digamma, gammaln  # scipy loads on the first fit, not on import

    r, alpha, a, b = params
    x, t_x, T = data
    repeat = x > 0
    a1 = gammaln(r + x) - gammaln(r) + r * np.log(alpha)
    a2 = gammaln(a + b) + gammaln(b + x) - gammaln(b) - gammaln(a + b + x)
    a3 = -(r + x) * np.log(alpha + T)
    b_x1 = np.where(repeat, b + x - 1, 1.0)  # b + x - 1 only matters (and is > 0) for x > 0
    a4 = np.where(repeat, np.log(a) - np.log(b_x1) - (r + x) * np.log(alpha + t_x), -np.inf)
    bracket = np.logaddexp(a3, a4)
    ll = a1 + a2 + bracket
    w3 = np.exp(a3 - bracket)  # share of the bracket from "still alive at T"
    w4 = 1.0 - w3
    d_r = digamma(r + x) - digamma(r) + np.log(alpha) - w3 * np.log(alpha + T) - w4 * np.log(alpha + t_x)
    d_alpha = r / alpha - w3 * (r + x) / (alpha + T) - w4 * (r + x) / (alpha + t_x)
    d_a = digamma(a + b) - digamma(a + b + x) + w4 / a
    d_b = digamma(a + b) + digamma(b + x) - digamma(b) - digamma(a + b + x) - w4 / b_x1
    return ll, np.column_stack([d_r, d_alpha, d_a, d_b])


def fit(
    x: np.ndarray, t_x: np.ndarray, T: np.ndarray, covariance: bool = False, start: np.ndarray | Fit | None = None
) -> Fit:
    """`start`: where to begin, or the same model's fit on the earlier part of the data."""
    data, weights = group_rows(x, t_x, T)
    # start near the usual region: a few purchases per hundred units of time, a small dropout
    start = np.array([1.0, max(float(np.mean(T)), 1.0), 1.0, 1.0]) if start is None else start
    return fit_log_params(log_likelihood, data, weights, start, covariance)


def _alive_odds(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """Odds of having dropped out versus being alive, given the history (0 without repeats)."""
    r, alpha, a, b = params
    repeat = x > 0
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        log_odds = (
            np.log(a) - np.log(np.where(repeat, b + x - 1, 1.0)) + (r + x) * (np.log(alpha + T) - np.log(alpha + t_x))
        )
        return np.where(repeat, np.exp(log_odds), 0.0)


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(the customer still buys at T | x, t_x, T); 1 for customers without repeat purchases
    (in BG/NBD a customer can only drop out right after a purchase)."""
    return 1.0 / (1.0 + _alive_odds(params, x, t_x, T))


def expected_purchases(
    params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """E[purchases in (T, T + t] | x, t_x, T] (equation 10 of the paper)."""
    return expected_if_alive(params, t, x, T) * p_alive(params, x, t_x, T)


def expected_if_alive(params: np.ndarray, t: float | np.ndarray, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """E[purchases in (T, T + t] | alive at T, x, T]: equation 10 without its P(alive). It
    does not depend on t_x, so the intervals compute it once per distinct (x, T)."""
    from scipy.special import hyp2f1

    r, alpha, a, b = params
    t = np.asarray(t, dtype=np.float64)
    z = t / (alpha + T + t)
    hyp = hyp2f1(r + x, b + x, a + b + x - 1, z)
    tail = np.exp((r + x) * (np.log(alpha + T) - np.log(alpha + T + t)))
    return (a + b + x - 1) / (a - 1) * (1.0 - tail * hyp)


def expected_purchases_new(params: np.ndarray, t: float | np.ndarray) -> np.ndarray:
    """E[repeat purchases in (0, t]] of a customer who just made their first purchase."""
    from scipy.special import hyp2f1

    r, alpha, a, b = params
    t = np.asarray(t, dtype=np.float64)
    hyp = hyp2f1(r, b, a + b - 1, t / (alpha + t))
    return (a + b - 1) / (a - 1) * (1.0 - (alpha / (alpha + t)) ** r * hyp)
