"""Maximum likelihood on log-parameters, shared by the purchase models and Gamma-Gamma.

Identical customers are fitted once with a weight (CDNOW's 2,357 customers are 1,400
distinct rows; a shop with a million one-time buyers has a few hundred). The optimiser
sees the mean log-likelihood per customer, so its tolerances mean the same for ten
customers and for a million; BFGS with the analytic gradient converges in a few dozen
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
    # BFGS's approximation of the inverse Hessian of the mean log-likelihood per customer at
    # the optimum: a fit of the same model on similar data starts from it (see `minimise`)
    curvature: np.ndarray | None = None


def group_rows(*columns: np.ndarray) -> tuple[tuple[np.ndarray, ...], np.ndarray]:
    """Distinct rows of the stacked columns and how often each occurs."""
    unique, _inverse, counts = distinct_rows(*columns)
    return unique, counts.astype(np.float64)


def distinct_rows(*columns: np.ndarray) -> tuple[tuple[np.ndarray, ...], np.ndarray, np.ndarray]:
    """Distinct rows (in lexicographic order), for each input row the index of its distinct
    row, and how often each occurs. By lexsort: np.unique(axis=0) sorts rows as byte
    strings, ten times slower on CDNOW's 23,570 customers."""
    n = len(columns[0])
    if n == 0:
        return tuple(c[:0] for c in columns), np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)
    order = np.lexsort(columns[::-1])
    ordered = [c[order] for c in columns]
    new = np.zeros(n, dtype=bool)
    new[0] = True
    for c in ordered:
        new[1:] |= c[1:] != c[:-1]
    starts = np.flatnonzero(new)
    inverse = np.empty(n, dtype=np.int64)
    inverse[order] = np.cumsum(new) - 1
    counts = np.diff(np.r_[starts, n])
    return tuple(c[starts] for c in ordered), inverse, counts


def fit_log_params(
    loglik: LogLikelihood,
    data: tuple[np.ndarray, ...],
    weights: np.ndarray,
    start: np.ndarray | Fit,
    covariance: bool = False,
) -> Fit:
    """Maximise sum(weights x loglik) over log-parameters. `loglik(params, data)` returns the
    per-row log-likelihood and its gradient with respect to the parameters (rows x params).
    `start`: the parameters to begin at, or a fit of the same model on similar data (the
    earlier part of the same shop), whose curvature BFGS then starts from as well."""
    total = float(weights.sum())

    def objective(log_params: np.ndarray) -> tuple[float, np.ndarray]:
        params = np.exp(log_params)
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            ll, grad = loglik(params, data)
            value = -float(weights @ ll) / total
            # chain rule: d/d(log p) = p x d/dp
            gradient = -(weights @ grad) * params / total
        if not np.isfinite(value) or not np.all(np.isfinite(gradient)):
            return np.inf, np.zeros_like(log_params)
        return value, gradient

    if isinstance(start, Fit):
        found = minimise(objective, np.log(start.params), start.curvature)
    else:
        found = minimise(objective, np.log(start))
    at_bound = bool(np.any(np.abs(found.x) >= LOG_BOUND - 1e-6))
    # the line search may find no lower value when it sits on the optimum and the next step
    # gains less than rounding: a flat gradient says it got there
    flat = bool(np.max(np.abs(found.gradient)) < GRADIENT_TOLERANCE)
    converged = (found.success or flat) and np.isfinite(found.value) and not at_bound
    params = np.exp(found.x)
    return Fit(
        params=params,
        log_likelihood=-found.value * total,
        converged=converged,
        message=found.message,
        iterations=found.iterations,
        at_bound=at_bound,
        covariance=log_covariance(loglik, data, weights, params) if covariance and converged else None,
        curvature=found.inverse,
    )


@dataclass(frozen=True)
class Minimum:
    x: np.ndarray
    value: float
    gradient: np.ndarray
    success: bool
    message: str
    iterations: int
    inverse: np.ndarray | None = None  # BFGS's inverse Hessian approximation at x


MAX_ITERATIONS = 2000
GTOL = 1e-10  # largest gradient component at the optimum (mean log-likelihood, log-parameters)
FTOL = 1e-15  # relative change of the value that counts as no progress
MAX_STEP = 3.0  # in log-parameters: a factor of 20 per step at most, so no step overflows


def minimise(
    objective: Callable[[np.ndarray], tuple[float, np.ndarray]], x0: np.ndarray, inverse0: np.ndarray | None = None
) -> Minimum:
    """BFGS on a handful of log-parameters within [-LOG_BOUND, LOG_BOUND], with a
    backtracking (Armijo) line search. Four parameters need no limited memory and no
    Fortran: scipy.optimize's L-BFGS-B gave the same optima but its import cost about a
    second of every command-line run on a busy machine. `inverse0`: an approximation of the
    inverse Hessian to start from (a fit on similar data ended with it) instead of a
    multiple of the identity found on the first step: the refit of the chosen model then
    needs fewer steps."""
    x = np.clip(np.asarray(x0, dtype=np.float64), -LOG_BOUND, LOG_BOUND)
    value, gradient = objective(x)
    if not np.isfinite(value):
        return Minimum(x, value, gradient, False, "the start is not a valid point", 0)
    k = len(x)
    usable = inverse0 is not None and inverse0.shape == (k, k) and bool(np.all(np.isfinite(inverse0)))
    inverse = np.array(inverse0, dtype=np.float64) if usable else np.eye(k)
    scaled = usable
    for iteration in range(1, MAX_ITERATIONS + 1):
        if np.max(np.abs(gradient)) < GTOL:
            return Minimum(x, value, gradient, True, "the gradient vanished", iteration - 1, inverse)
        direction = -inverse @ gradient
        slope = float(gradient @ direction)
        if slope >= 0:  # the approximation lost its way: start it again from steepest descent
            inverse, scaled = np.eye(k), False
            direction, slope = -gradient, -float(gradient @ gradient)
        longest = np.max(np.abs(direction))
        if longest > MAX_STEP:
            direction, slope = direction * (MAX_STEP / longest), slope * (MAX_STEP / longest)
        step = 1.0
        while True:
            trial = np.clip(x + step * direction, -LOG_BOUND, LOG_BOUND)
            new_value, new_gradient = objective(trial)
            if new_value <= value + 1e-4 * step * slope:
                break
            step /= 2
            if step < 1e-12:
                return Minimum(
                    x, value, gradient, False, "the line search found no lower value", iteration - 1, inverse
                )
        moved = trial - x
        change = new_gradient - gradient
        previous = value
        x, value, gradient = trial, new_value, new_gradient
        if previous - value <= FTOL * max(abs(previous), abs(value), 1.0):
            return Minimum(x, value, gradient, True, "the value stopped changing", iteration, inverse)
        curvature = float(change @ moved)
        if curvature > 1e-12 * float(np.sqrt((change @ change) * (moved @ moved))):
            if not scaled:  # the first step sets the scale of the initial approximation
                inverse = np.eye(k) * curvature / float(change @ change)
                scaled = True
            rho = 1.0 / curvature
            left = np.eye(k) - rho * np.outer(moved, change)
            inverse = left @ inverse @ left.T + rho * np.outer(moved, moved)
    return Minimum(x, value, gradient, False, "too many iterations", MAX_ITERATIONS, inverse)


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
