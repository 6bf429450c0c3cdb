"""The Pareto/NBD model (Schmittlein, Morrison & Colombo 1987).

While alive a customer buys at a Poisson rate lambda ~ Gamma(r, alpha) and dies at an
exponential time of rate mu ~ Gamma(s, beta), independent of purchases, so a one-time
buyer silent for long is probably gone too. For x repeat purchases, the last at t_x,
observed for T, the likelihood is the model's definition averaged over lambda and mu:

    L = E[lambda^x e^-(lambda + mu) T] + integral over y in (t_x, T] of E[lambda^x e^-lambda y] E[mu e^-mu y] dy
      = C [ (alpha + T)^-(r + x) (beta + T)^-s  +  s I ],   C = Gamma(r + x) alpha^r beta^s / Gamma(r),
    I = integral from t_x to T of (alpha + y)^-(r + x) (beta + y)^-(s + 1) dy.

The usual closed form writes I with the hypergeometric 2F1; scipy's 2F1 takes tens of
microseconds a customer when its argument nears 1 with large parameters (a shop whose
dropout rate hardly varies: s and beta large), which made a fit take minutes. I is
instead integrated by 32-point Gauss-Legendre after the substitution
w = log(1 + k (y - t_x)), k the integrand's decay rate at t_x, which turns the integrand's
sharp fall after t_x into a smooth bump: on CDNOW and the demo shop it agrees with the
2F1 form to 1e-10 in the log-likelihood (tests compare it with scipy's adaptive quad; 24
nodes miss that for a customer with 100 repeat purchases), in well under a millisecond for
a thousand customers, and its derivatives are the same sum with the
integrand's log-derivative as weights, so the gradient is analytic.

Where the times lie on a lattice (whole days, in days or in weeks: what `summarise`
gives), I is a difference of two sums of one-step pieces that depend on x and the step
only, not on t_x and T (see `_log_integral_on_lattice`): on a 100,000-customer log in
days 50 distinct x by 363 steps instead of 38,032 distinct customers, a likelihood with
gradient 95 -> about 10 ms, the same values to 1e-13. scipy's 2F1 form on those customers
(issue 33's comparison): 50-80 ms without a gradient where it works, and off by 0.6 in
log I, or not finite for 372 customers, at s 50, beta 60,000.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from planner.predict.fitting import Fit, fit_log_params, group_rows

PARAMS = ("r", "alpha", "s", "beta")
NODES = 32
# (NODES, DRAW_NODES and CHOICE_NODES hold for times off a lattice; on one, see PLAIN_NODES)
# P(alive) under each of the intervals' 200 parameter draws: 8 nodes agree with 32 to 5e-10
# on a 100,000-customer log in days (38,032 distinct customers) and to 1e-8 on 280,000
# synthetic customers (x up to 100, T up to 600, seven parameter sets), at a quarter of the
# time; P(alive) needs far less than the log-likelihood, which keeps 32 nodes (16 are off by
# up to 1e-5 per customer at x = 100)
DRAW_NODES = 8
# the model choice's fit on the earlier part: 16 nodes are within 1e-5 of 32 in a customer's
# log-likelihood even at 100 repeat purchases (1e-9 and less for most customers), which moves
# the fitted parameters and the holdout errors the choice ranks by far less than they differ
CHOICE_NODES = 16
_RULES: dict[int, tuple[np.ndarray, np.ndarray]] = {}


def _nodes(count: int = NODES) -> tuple[np.ndarray, np.ndarray]:
    if count not in _RULES:
        _RULES[count] = np.polynomial.legendre.leggauss(count)
    return _RULES[count]


def _terms(
    params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, gradient: bool = False, nodes_count: int = NODES
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None, np.ndarray | None]:
    """log C (alive term), log C s I (died term), and with `gradient` their derivatives."""
    from scipy.special import digamma, gammaln

    r, alpha, s, beta = params
    head = r * np.log(alpha) + s * np.log(beta) - gammaln(r) + gammaln(r + x)
    alive = head - (r + x) * np.log(alpha + T) - s * np.log(beta + T)
    log_integral, d_integral = _log_integral_either(params, x, t_x, T, gradient, nodes_count)
    died = head + np.log(s) + log_integral  # -inf when t_x = T
    if not gradient:
        return alive, died, None, None
    assert d_integral is not None
    d_head = np.column_stack(
        [
            np.log(alpha) - digamma(r) + digamma(r + x),
            np.full_like(x, r / alpha),
            np.full_like(x, np.log(beta)),
            np.full_like(x, s / beta),
        ]
    )
    d_alive = d_head - np.column_stack(
        [np.log(alpha + T), (r + x) / (alpha + T), np.log(beta + T), np.full_like(x, s) / (beta + T)]
    )
    d_died = d_head + d_integral
    d_died[:, 2] += 1 / s
    return alive, died, d_alive, d_died


def _log_integral_either(
    params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, gradient: bool, nodes_count: int
) -> tuple[np.ndarray, np.ndarray | None]:
    """On the lattice where the times lie on one and that is cheaper, else per customer."""
    grid = _lattice(x, t_x, T)
    if grid is not None and grid.pieces_cheaper(params, len(x), nodes_count):
        return _log_integral_on_lattice(params, grid, gradient)
    return _log_integral(params, x, t_x, T, gradient, nodes_count)


def _log_integral(
    params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, gradient: bool, nodes_count: int
) -> tuple[np.ndarray, np.ndarray | None]:
    """log I for each customer by `nodes_count`-point Gauss-Legendre over (t_x, T], and with
    `gradient` d(log I)/d(r, alpha, s, beta)."""
    r, alpha, s, beta = params
    nodes, weights = _nodes(nodes_count)
    k = (r + x) / (alpha + t_x) + (s + 1) / (beta + t_x)
    width = np.log1p(k * (T - t_x))
    # N x NODES arrays, worked on in place: this is most of a Pareto/NBD fit's time
    w = np.multiply.outer(width, (nodes + 1) / 2)
    y = np.expm1(w)
    y /= k[:, None]
    y += t_x[:, None]
    a_y, b_y = y + alpha, y + beta
    log_a, log_b = np.log(a_y), np.log(b_y)
    h0 = -(r + x) * np.log(alpha + t_x) - (s + 1) * np.log(beta + t_x)
    f = log_a * -(r + x)[:, None]
    f -= (s + 1) * log_b
    f += w
    f -= h0[:, None]
    np.exp(f, out=f)  # the integrand after the substitution, up to the common factor width / (2 k)
    total = f @ weights
    with np.errstate(divide="ignore"):
        log_integral = h0 + np.log(total * width / (2 * k))  # -inf when t_x = T
    if not gradient:
        return log_integral, None
    scale = np.divide(1.0, total, out=np.zeros_like(total), where=total > 0)
    share = f * weights[None, :]
    share *= scale[:, None]  # each node's share of the integral
    np.reciprocal(a_y, out=a_y)
    np.reciprocal(b_y, out=b_y)
    d_integral = np.column_stack(
        [
            -np.einsum("ij,ij->i", share, log_a),
            -(r + x) * np.einsum("ij,ij->i", share, a_y),
            -np.einsum("ij,ij->i", share, log_b),
            -(s + 1) * np.einsum("ij,ij->i", share, b_y),
        ]
    )
    return log_integral, d_integral


# Customers' times on a lattice (whole days, or days counted in weeks): I for every
# customer is a difference of two integrals from a lattice point to the lattice's end,
# each a sum of one-step pieces. The pieces are computed once per distinct x (a few dozen
# values) and step (a few hundred), not once per distinct (x, t_x, T) (38,032 on the
# 100,000-customer log in days). A step needs few Gauss-Legendre nodes unless the
# integrand falls steeply across it: k h large (k its log-derivative at the step's start,
# h the step), many repeat purchases and a small alpha. Up to k h = 4, plain nodes
# (the same points for every x, so the logs are taken once per step and node); steeper
# rows of x after the log substitution above, on each step. Each within 1e-10 of adaptive
# quadrature in log I, measured against scipy's quad for alpha from 0.3 to 100 steps and x
# up to 100 (in the tests too); plain nodes on one step: 4 nodes at k h 0.3 within 1e-13,
# 6 at k h 1 within 3e-15, 10 at k h 3.3 within 2e-13.
STEPS_PER_UNIT = (1.0, 7.0)  # days in days, days in weeks
PLAIN_NODES = ((0.3, 4), (1.0, 6), (4.0, 10))  # (largest k h of a row of x, nodes)
PIECE_NODES = ((1.0, 6), (4.0, 8), (12.0, 12), (40.0, 16), (400.0, 24))  # substituted: (largest k h, nodes)


@dataclass(frozen=True)
class _Lattice:
    step: float  # in units
    xs: np.ndarray  # distinct x, ascending
    x_row: np.ndarray  # each customer's row in xs
    upper_at: np.ndarray  # each customer's t_x in the flattened table of (lattice point, x)
    lower_at: np.ndarray  # and T
    points: int  # lattice points from 0 to the largest T

    def steepness(self, params: np.ndarray) -> np.ndarray:
        """k h at each row's steepest step, the first."""
        r, alpha, s, beta = params
        return ((r + self.xs) / alpha + (s + 1) / beta) * self.step

    def pieces_cheaper(self, params: np.ndarray, customers: int, nodes_count: int) -> bool:
        steepest = float(self.steepness(params)[-1])
        nodes = next((n for limit, n in (*PLAIN_NODES, *PIECE_NODES) if steepest <= limit), None)
        return nodes is not None and len(self.xs) * self.points * nodes < customers * nodes_count


_LAST: list[tuple[np.ndarray, np.ndarray, np.ndarray, _Lattice | None]] = []


def _lattice(x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> _Lattice | None:
    """The lattice the times lie on, if any; kept for the arrays last asked about (a fit
    asks for the same customers at every step; the arrays are held, so `is` is safe)."""
    if _LAST and _LAST[0][0] is x and _LAST[0][1] is t_x and _LAST[0][2] is T:
        return _LAST[0][3]
    found = None
    if len(x) and np.all(t_x >= 0) and np.all(t_x <= T):
        for per_unit in STEPS_PER_UNIT:
            t_at, T_at = np.rint(t_x * per_unit), np.rint(T * per_unit)
            if np.all(np.abs(t_x * per_unit - t_at) < 1e-6) and np.all(np.abs(T * per_unit - T_at) < 1e-6):
                xs, x_row = np.unique(x, return_inverse=True)
                rows = len(xs)
                found = _Lattice(
                    1.0 / per_unit,
                    xs,
                    x_row,
                    t_at.astype(np.int64) * rows + x_row,
                    T_at.astype(np.int64) * rows + x_row,
                    int(T_at.max()),
                )
                break
    _LAST[:] = [(x, t_x, T, found)]
    return found


LINEAR_SPAN = 650.0  # steps of a row within e^-650 of its first are summed as they are


def _plain_pieces(
    params: np.ndarray, rx: np.ndarray, left: np.ndarray, h: float, nodes_count: int, gradient: bool
) -> tuple[np.ndarray, np.ndarray]:
    """Each step's integral for the rows r + x = `rx`, by plain Gauss-Legendre: the log of
    the integrand at the step's start (steps x rows) and the node sums relative to it
    (steps x rows x 1 or 5: the integral, and for the gradient the integrals of the
    integrand times each shifted derivative of its log, see `_log_integral_on_lattice`)."""
    _r, alpha, s, beta = params
    nodes, weights = _nodes(nodes_count)
    y = left[:, None] + h * (nodes + 1) / 2  # steps x nodes
    log_a, log_b = np.log(alpha + y), np.log(beta + y)
    log_a0, log_b0 = np.log(alpha + left), np.log(beta + left)
    fall_a = log_a - log_a0[:, None]
    fall_b = (s + 1) * (log_b - log_b0[:, None])
    f = fall_a[:, None, :] * -rx[None, :, None]  # steps x rows x nodes
    f -= fall_b[:, None, :]
    np.exp(f, out=f)
    w = weights * (h / 2)
    if gradient:
        end_a, end_b = np.log(alpha + len(left) * h), np.log(beta + len(left) * h)
        by = np.stack(
            [w + 0 * y, w * (end_a - log_a), w / (alpha + y), w * (end_b - log_b), w * (s + 1) / (beta + y)], 2
        )
    else:
        by = (w + 0 * y)[:, :, None]
    sums = np.matmul(f, by)  # the sums over the nodes, as one product per step
    if gradient:
        sums[:, :, 2] *= rx
    scale = -np.multiply.outer(log_a0, rx) - ((s + 1) * log_b0)[:, None]
    return scale, sums


def _substituted_pieces(
    params: np.ndarray, rx: np.ndarray, left: np.ndarray, h: float, nodes_count: int, gradient: bool
) -> tuple[np.ndarray, np.ndarray]:
    """As `_plain_pieces`, after the log substitution on each step (steep rows)."""
    _r, alpha, s, beta = params
    nodes, weights = _nodes(nodes_count)
    rx = rx[None, :]
    k = rx / (alpha + left[:, None]) + (s + 1) / (beta + left[:, None])  # steps x rows
    width = np.log1p(k * h)
    w = width[:, :, None] * ((nodes + 1) / 2)
    y = np.expm1(w)
    y /= k[:, :, None]
    y += left[:, None, None]
    log_a, log_b = np.log(alpha + y), np.log(beta + y)
    h0 = -rx * np.log(alpha + left[:, None]) - (s + 1) * np.log(beta + left[:, None])  # log integrand at the start
    f = log_a * -rx[:, :, None]
    f -= (s + 1) * log_b
    f += w
    f -= h0[:, :, None]
    np.exp(f, out=f)
    f *= weights
    f *= (width / (2 * k))[:, :, None]
    found = [f.sum(axis=2)]
    if gradient:
        end_a, end_b = np.log(alpha + len(left) * h), np.log(beta + len(left) * h)
        found += [
            np.einsum("ijk,ijk->ij", f, end_a - log_a),
            np.einsum("ijk,ijk->ij", f, rx[:, :, None] / (alpha + y)),
            np.einsum("ijk,ijk->ij", f, end_b - log_b),
            np.einsum("ijk,ijk->ij", f, (s + 1) / (beta + y)),
        ]
    return h0, np.stack(found, axis=2)


def _log_integral_on_lattice(
    params: np.ndarray, grid: _Lattice, gradient: bool
) -> tuple[np.ndarray, np.ndarray | None]:
    """log I and with `gradient` d(log I)/d(r, alpha, s, beta), as `_log_integral`.

    G(j) = integral from lattice point j to the end, summed from the end, I = G(t_x) -
    G(T). The difference loses at most a factor of the lattice's length in precision: the
    integrand falls, so G(T) <= (points - T) x the integrand at T <= points x I. The
    derivatives are integrals of the integrand times -log(alpha + y), -(r + x) / (alpha + y),
    ...; the logs are shifted by their value at the lattice's end so that every integrand
    is positive and falls too, and the same bound holds."""
    r, alpha, _s, beta = params
    h = grid.step
    left = np.arange(grid.points) * h
    steepness = grid.steepness(params)
    count = 5 if gradient else 1
    rows_of_x = len(grid.xs)
    scale = np.empty((grid.points, rows_of_x))  # log of the integrand at each step's start
    sums = np.zeros((grid.points + 1, rows_of_x, count))  # nothing beyond the end
    done = np.zeros(rows_of_x, dtype=bool)
    for tables, pieces in ((PLAIN_NODES, _plain_pieces), (PIECE_NODES, _substituted_pieces)):
        for limit, nodes_count in tables:
            rows = ~done & (steepness <= limit)
            if pieces is _substituted_pieces and limit == tables[-1][0]:
                rows = ~done  # beyond the table: its most nodes
            if not rows.any():
                continue
            done |= rows
            scale[:, rows], sums[:-1, rows] = pieces(params, r + grid.xs[rows], left, h, nodes_count, gradient)
    # each row relative to its first step (the largest: the integrand falls); a row whose
    # steps span more than LINEAR_SPAN is summed in logs instead
    first = scale[:1] if grid.points else np.zeros((1, rows_of_x))
    relative = scale - first
    if grid.points and relative.min() < -LINEAR_SPAN:
        return _log_integral_in_logs(scale, sums, grid, alpha, beta, gradient)
    sums[:-1] *= np.exp(relative)[:, :, None]
    tails = np.cumsum(sums[::-1], axis=0)[::-1].reshape(-1, count)  # from each point to the end
    between = tails[grid.upper_at] - tails[grid.lower_at]
    with np.errstate(divide="ignore"):
        log_integral = np.log(between[:, 0]) + first[0, grid.x_row]  # -inf when t_x = T
    if not gradient:
        return log_integral, None
    return log_integral, _d_log_integral(between, alpha + grid.points * h, beta + grid.points * h)


def _d_log_integral(between: np.ndarray, alpha_end: float, beta_end: float) -> np.ndarray:
    """From the integrals (customers x 5: I and the four shifted ones) d(log I)/d(r, alpha,
    s, beta); 0 where I = 0."""
    some = between[:, 0] > 0
    mean = np.divide(between[:, 1:], between[:, :1], out=np.zeros_like(between[:, 1:]), where=some[:, None])
    mean *= np.array([1.0, -1.0, 1.0, -1.0])
    mean[:, 0] -= np.log(alpha_end)
    mean[:, 2] -= np.log(beta_end)
    mean[~some] = 0.0
    return mean


def _log_integral_in_logs(
    scale: np.ndarray, sums: np.ndarray, grid: _Lattice, alpha: float, beta: float, gradient: bool
) -> tuple[np.ndarray, np.ndarray | None]:
    """`_log_integral_on_lattice`'s sums from the end in logs (logaddexp.accumulate), for
    rows whose steps span more than LINEAR_SPAN (very many repeat purchases, small alpha)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        logs = np.log(sums)
        logs[:-1] += scale[:, :, None]
        tails = np.logaddexp.accumulate(logs[::-1], axis=0)[::-1].reshape(-1, sums.shape[2])
        upper, lower = tails[grid.upper_at], tails[grid.lower_at]
        found = np.where(lower < upper, upper + np.log(-np.expm1(lower - upper)), -np.inf)
    log_integral = found[:, 0]
    if not gradient:
        return log_integral, None
    some = np.isfinite(log_integral)
    with np.errstate(invalid="ignore", over="ignore"):
        between = np.exp(np.where(some[:, None], found - np.where(some, log_integral, 0.0)[:, None], -np.inf))
    h = grid.step
    return log_integral, _d_log_integral(between, alpha + grid.points * h, beta + grid.points * h)


def log_likelihood(
    params: np.ndarray, data: tuple[np.ndarray, ...], nodes_count: int = NODES
) -> tuple[np.ndarray, np.ndarray]:
    x, t_x, T = data
    alive, died, d_alive, d_died = _terms(params, x, t_x, T, gradient=True, nodes_count=nodes_count)
    assert d_alive is not None and d_died is not None
    ll = np.logaddexp(alive, died)
    w_alive = np.exp(alive - ll)[:, None]
    return ll, w_alive * d_alive + (1 - w_alive) * d_died


def fit(
    x: np.ndarray, t_x: np.ndarray, T: np.ndarray, covariance: bool = False, start: np.ndarray | Fit | None = None
) -> Fit:
    """`start`: where to begin, or the same model's fit on the earlier part of the data."""
    data, weights = group_rows(x, t_x, T)
    scale = max(float(np.mean(T)), 1.0)
    start = np.array([1.0, scale, 1.0, scale]) if start is None else start
    return fit_log_params(log_likelihood, data, weights, start, covariance)


def fit_for_choice(x: np.ndarray, t_x: np.ndarray, T: np.ndarray, start: np.ndarray | Fit | None = None) -> Fit:
    """The fit `--model auto` compares on the earlier part of the data, with CHOICE_NODES
    where the times are not on a lattice: it only ranks the models' holdout errors, and the
    chosen model is fitted again on all the data with 32 nodes (starting from here)."""
    data, weights = group_rows(x, t_x, T)
    scale = max(float(np.mean(T)), 1.0)
    start = np.array([1.0, scale, 1.0, scale]) if start is None else start
    return fit_log_params(lambda p, d: log_likelihood(p, d, CHOICE_NODES), data, weights, start)


def p_alive(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray, nodes_count: int = NODES) -> np.ndarray:
    """1 / (1 + died / alive): the common factor C of both terms cancels (no log-gamma
    for each of the intervals' 200 draws)."""
    r, alpha, s, beta = params
    log_integral, _ = _log_integral_either(params, x, t_x, T, False, nodes_count)
    log_odds = np.log(s) + log_integral + (r + x) * np.log(alpha + T) + s * np.log(beta + T)
    return np.exp(-np.logaddexp(0.0, log_odds))


def p_alive_draws(params: np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """P(alive) for one of the intervals' parameter draws (fewer nodes: see DRAW_NODES)."""
    return p_alive(params, x, t_x, T, DRAW_NODES)


def _rate_integral(s: float, beta_t: np.ndarray, t: np.ndarray) -> np.ndarray:
    """(beta_t / (s - 1)) [1 - (beta_t / (beta_t + t))^(s - 1)]: the expected time alive in
    the next t units given alive now, times the purchase rate's share; log form at s = 1."""
    log_ratio = np.log(beta_t) - np.log(beta_t + t)
    if abs(s - 1.0) < 1e-9:
        return -beta_t * log_ratio
    return -beta_t * np.expm1((s - 1.0) * log_ratio) / (s - 1.0)


def expected_purchases(
    params: np.ndarray, t: float | np.ndarray, x: np.ndarray, t_x: np.ndarray, T: np.ndarray
) -> np.ndarray:
    """E[purchases in (T, T + t] | x, t_x, T] = (r + x) / (alpha + T) x E[time alive in the
    next t units | alive] x P(alive)."""
    return expected_if_alive(params, t, x, T) * p_alive(params, x, t_x, T)


def expected_if_alive(params: np.ndarray, t: float | np.ndarray, x: np.ndarray, T: np.ndarray) -> np.ndarray:
    """E[purchases in (T, T + t] | alive at T, x, T] (no t_x in it: see bgnbd)."""
    r, alpha, s, beta = params
    t = np.asarray(t, dtype=np.float64)
    return (r + x) / (alpha + T) * _rate_integral(s, beta + T, t)


def expected_purchases_new(params: np.ndarray, t: float | np.ndarray) -> np.ndarray:
    r, alpha, s, beta = params
    t = np.asarray(t, dtype=np.float64)
    return r / alpha * _rate_integral(s, np.full_like(t, beta), t)
