"""Maximum likelihood on log-parameters, shared by both models.

Identical customers are fitted once with a weight (CDNOW's 2,357 customers are 1,400
distinct rows; a shop with a million one-time buyers has a few hundred). The optimiser
sees the mean log-likelihood per customer, so its tolerances mean the same for ten
customers and for a million; L-BFGS-B with the analytic gradient converges in a few dozen
steps. Parameters are kept within [1e-6, 1e6]: beyond that a fit says nothing usable.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

LOG_BOUND = float(np.log(1e6))
GRADIENT_TOLERANCE = 1e-5  # of the mean log-likelihood per customer, per log-parameter

LogLikelihood = Callable[[np.ndarray, tuple[np.ndarray, ...]], tuple[np.ndarray, np.ndarray]]


@dataclass(frozen=True)
class Fit:
    params: np.ndarray
    log_likelihood: float  # total over all customers
    converged: bool
    message: str
    iterations: int
    at_bound: bool  # a parameter ran to the edge of the search space
    # of the log-parameters: the inverse of the negative Hessian of the total log-likelihood,
    # the asymptotic normal that intervals draw from; None when not asked for or not definite
    covariance: np.ndarray | None = None


def group_rows(*columns: np.ndarray) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
    """Distinct rows of the stacked columns and how often each occurs."""
    stacked = np.column_stack(columns)
    unique, counts = np.unique(stacked, axis=0, return_counts=True)
    return tuple(unique[:, i] for i in range(unique.shape[1])), counts.astype(np.float64)


def fit_log_params(
    loglik: LogLikelihood,
    data: tuple[np.ndarray, ...],
    weights: np.ndarray,
    start: np.ndarray,
    covariance: bool = False,
) -> Fit:
    """Maximise sum(weights x loglik) over log-parameters. `loglik(params, data)` returns the
    per-row log-likelihood and its gradient with respect to the parameters (rows x params)."""
    from scipy.optimize import minimize  # scipy loads on the first fit, not on import

    total = float(weights.sum())

    def objective(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(log_params)
        ll, grad = loglik(params, data)
        value = -float(weights @ ll) / total
        # chain rule: d/d(log p) = p x d/dp
        gradient = -(weights @ grad) * params / total
        if not np.isfinite(value):
            return 1e10, np.zeros_like(log_params)
        return value, gradient

    bounds = [(-LOG_BOUND, LOG_BOUND)] * len(start)
    result = minimize(
        objective,
        np.log(start),
        jac=True,
        method="L-BFGS-B",
        bounds=bounds,
        options={"maxiter": 2000, "ftol": 1e-15, "gtol": 1e-10},
    )
    at_bound = bool(np.any(np.abs(result.x) >= LOG_BOUND - 1e-6))
    # L-BFGS-B may stop with "abnormal termination in line search" when it sits on the
    # optimum and the next step gains less than rounding: a flat gradient says it got there
    flat = bool(np.max(np.abs(result.jac)) < GRADIENT_TOLERANCE)
    converged = (bool(result.success) or flat) and np.isfinite(result.fun) and not at_bound
    return Fit(
        params=np.exp(result.x),
        log_likelihood=-float(result.fun) * total,
        converged=converged,
        message=str(result.message),
        iterations=int(result.nit),
        at_bound=at_bound,
        covariance=log_covariance(loglik, data, weights, np.exp(result.x)) if covariance and converged else None,
    )


HESSIAN_STEP = 1e-4  # in log-parameters


def log_covariance(
    loglik: LogLikelihood, data: tuple[np.ndarray, ...], weights: np.ndarray, params: np.ndarray
) -> np.ndarray | None:
    """Inverse of the negative Hessian of the total log-likelihood in log-parameters, by
    central differences of the gradient; None when it is not positive definite (a flat
    direction: the data does not pin that parameter down, and no interval can be drawn)."""
    log_params = np.log(params)

    def gradient(point: np.ndarray) -> np.ndarray:
        values = np.exp(point)
        return (weights @ loglik(values, data)[1]) * values

    k = len(params)
    hessian = np.empty((k, k))
    for j in range(k):
        step = np.zeros(k)
        step[j] = HESSIAN_STEP
        hessian[:, j] = (gradient(log_params + step) - gradient(log_params - step)) / (2 * HESSIAN_STEP)
    information = -(hessian + hessian.T) / 2
    if not np.all(np.isfinite(information)):
        return None
    try:
        np.linalg.cholesky(information)
    except np.linalg.LinAlgError:
        return None
    return np.linalg.inv(information)
