"""The Gamma-Gamma spend model (Fader, Hardie & Lee 2005, "RFM and CLV"; Colombo &
Jiang 1999).

A customer's purchase values scatter around their own mean with shape p; the means vary
across customers as Gamma(q, v). Fitted on customers with repeat purchases: x repeat days
with mean value zbar,

    L = Gamma(p x + q) / (Gamma(p x) Gamma(q)) v^q zbar^(p x - 1) x^(p x) / (v + x zbar)^(p x + q)

and a customer's expected value per purchase is (p (v + x zbar)) / (p x + q - 1): their
own mean, shrunk towards the population's p v / (q - 1) the fewer purchases it rests on.
The model assumes spend does not depend on how often someone buys; customers whose repeat
purchases average zero or less cannot be fitted and are left out (and reported).
"""

from __future__ import annotations

import numpy as np

from planner.predict.fitting import Fit, fit_log_params, group_rows

PARAMS = ("p", "q", "v")


def log_likelihood(params: np.ndarray, data: tuple[np.ndarray, ...]) -> tuple[np.ndarray, np.ndarray]:
    from scipy.special import digamma, gammaln  # scipy loads on the first fit, not on import

    p, q, v = params
    x, zbar = data
    px = p * x
    log_total = np.log(x * zbar + v)
    ll = (
        gammaln(px + q)
        - gammaln(px)
        - gammaln(q)
        + q * np.log(v)
        + (px - 1) * np.log(zbar)
        + px * np.log(x)
        - (px + q) * log_total
    )
    d_p = x * (digamma(px + q) - digamma(px) + np.log(zbar) + np.log(x) - log_total)
    d_q = digamma(px + q) - digamma(q) + np.log(v) - log_total
    d_v = q / v - (px + q) / (x * zbar + v)
    return ll, np.column_stack([d_p, d_q, d_v])


def fit(x: np.ndarray, zbar: np.ndarray, covariance: bool = False) -> Fit:
    data, weights = group_rows(x, zbar)
    start = np.array([1.0, 2.0, max(float(np.mean(zbar)), 1e-3)])
    return fit_log_params(log_likelihood, data, weights, start, covariance)


def expected_value(params: np.ndarray, x: np.ndarray, zbar: np.ndarray) -> np.ndarray:
    """Expected value of a customer's future purchases; the population mean p v / (q - 1)
    for customers without repeat purchases."""
    p, q, v = params
    zbar = np.where(x > 0, zbar, 0.0)
    return p * (v + x * zbar) / (p * x + q - 1)
