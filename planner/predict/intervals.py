"""90 % intervals from the fits' own uncertainty (DESIGN section 6).

200 parameter sets are drawn, with a fixed seed, from each fit's asymptotic normal: the
log-parameters around the optimum with the inverse Hessian as covariance. Every draw gives
every customer's expected purchases and CLV; the 5th and 95th percentiles over the draws
are the interval, for each customer and for sums (a sum's interval comes from the draws of
the sum, not from adding the customers' bounds). What it covers: how far the expected
values may be off because the parameters rest on a finite shop; a single customer's
actual purchases scatter much more widely around their expectation (Poisson chance),
which no interval of an expectation shows.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.predict.fitting import Fit

DRAWS = 200
SEED = 33
LEVEL = 0.90
CHUNK = 20_000  # customers per block of draws, to bound memory for large shops


@dataclass(frozen=True)
class Intervals:
    expected_lo: np.ndarray
    expected_hi: np.ndarray
    clv_lo: np.ndarray  # NaN without amounts
    clv_hi: np.ndarray
    expected_sum: tuple[float, float]
    clv_sum: tuple[float, float] | None
    purchase_draws: np.ndarray  # (DRAWS, parameters): for other sums, e.g. the win-back list's value at risk
    spend_draws: np.ndarray | None


def draw(fit: Fit, rng: np.random.Generator) -> np.ndarray | None:
    if fit.covariance is None:
        return None
    return np.exp(rng.multivariate_normal(np.log(fit.params), fit.covariance, DRAWS))


def bounds(values: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per column (draws in rows), the central LEVEL interval; NaN for a column with a NaN
    (a customer without a value has NaN in every draw). np.quantile on the complete columns
    at once: nanquantile goes column by column, seven seconds for CDNOW's master log."""
    tail = (1 - LEVEL) / 2
    complete = ~np.isnan(values).any(axis=0)
    lo = np.full(values.shape[1], np.nan)
    hi = np.full(values.shape[1], np.nan)
    if complete.any():
        lo[complete], hi[complete] = np.quantile(values[:, complete], [tail, 1 - tail], axis=0)
    return lo, hi


def sum_bounds(draws: np.ndarray) -> tuple[float, float]:
    lo, hi = bounds(draws[:, None])
    return float(lo[0]), float(hi[0])
