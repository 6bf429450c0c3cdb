"""Shops drawn from the three purchase models, vectorised (thousands of customers in
milliseconds), for the recovery, choice and interval tests.

Each customer joins at a uniform time in the first quarter of the calibration, buys at a
Poisson rate lambda ~ Gamma(r, scale 1 / alpha) while alive, and dies:
- bgnbd: after each repeat purchase with probability p ~ Beta(a, b);
- mbgnbd: also right after the first purchase (so after the first heads among coins tossed
  at the first purchase and at every repeat one);
- pareto: at an exponential time of rate mu ~ Gamma(s, scale 1 / beta).
Purchases in a window are a Poisson count with uniform times; the dropout models keep the
first N of them, N the purchases made before the fatal coin.
"""

from __future__ import annotations

import numpy as np


def simulate(model: str, params, rng: np.random.Generator, n: int, calibration: float, holdout: float):
    """(x, t_x, T, later): calibration summary and repeat purchases in the holdout."""
    r, alpha, c, d = params
    rate = rng.gamma(r, 1 / alpha, n)
    join = rng.uniform(0, calibration / 4, n)
    T = calibration - join
    window = T + holdout
    if model == "pareto":
        death = rng.exponential(1 / rng.gamma(c, 1 / d, n))
        live = np.minimum(death, window)
        cap = np.full(n, np.iinfo(np.int64).max)
    else:
        live = window
        first_heads = rng.geometric(rng.beta(c, d, n))  # 1, 2, ...: the coin that kills
        cap = first_heads - 1 if model == "mbgnbd" else first_heads
    counts = rng.poisson(rate * live)
    owner = np.repeat(np.arange(n), counts)
    times = rng.uniform(0, 1, counts.sum()) * live[owner]
    order = np.lexsort((times, owner))
    owner, times = owner[order], times[order]
    starts = np.r_[0, np.cumsum(counts)[:-1]]
    rank = np.arange(len(owner)) - starts[owner]
    kept = rank < cap[owner]
    owner, times = owner[kept], times[kept]
    before = times <= T[owner]
    x = np.bincount(owner[before], minlength=n).astype(float)
    t_x = np.zeros(n)
    np.maximum.at(t_x, owner[before], times[before])
    later = np.bincount(owner[~before], minlength=n).astype(float)
    return x, t_x, T, later
